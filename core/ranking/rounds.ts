// Đợt xét và cấp khen (review rounds and award levels): which of a set's forms apply in a run, in the
// order they are tried. A run scores one round; district forms exist only for a round held before 1 July 2025.
import { normalizeLabel } from '../text.js';
import { AWARD_ROUND_TITLES, AwardLevel, AwardRound, type AwardForm, type CriteriaSet } from '../criteria/schema.js';

/** The day the district level ended (two-level local government, DOMAIN.md §9). */
export const DISTRICT_ABOLISHED = '2025-07-01';

/**
 * Whether a round held on `on` (YYYY-MM-DD, the run's scoring day) can still give a district form: a district chairman
 * decides it, and there is none from 01/07/2025 (DOMAIN.md §9), whatever period the set covers — a yearly round of
 * 2024 under a plan running to 2025 gave it, a round of the first half of 2025 scored after 30/06/2025 cannot.
 */
export function hasDistrictLevel(on: string): boolean {
  return on < DISTRICT_ABOLISHED;
}

/** The rounds a set has forms for, in the order of AwardRound. */
export function roundsOf(set: CriteriaSet): AwardRound[] {
  return AwardRound.options.filter((r) => set.awards.forms.some((f) => f.round === r));
}

/** The round a run scores when none is chosen: the yearly round if the set has one, else its first. */
export function defaultRound(set: CriteriaSet): AwardRound {
  return roundsOf(set)[0] ?? 'hang-nam';
}

/** Every form the set names for a round, in its order, the district's too (the run's record keeps them all). */
export function formsOfRound(set: Pick<CriteriaSet, 'awards'>, round: AwardRound): AwardForm[] {
  return set.awards.forms.filter((f) => f.round === round);
}

/**
 * The forms that apply in a round held on `on` (hasDistrictLevel), highest level first (the set's order within a
 * level). `on` absent — a computation given no day (the core's own tests) —: the set's period's end stands for it.
 */
export function formsForRound(set: CriteriaSet, round: AwardRound, on: string = set.period.to): AwardForm[] {
  const level = (f: AwardForm) => AwardLevel.options.indexOf(f.level);
  return formsOfRound(set, round)
    .filter((f) => f.level !== 'huyen' || hasDistrictLevel(on))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => level(a.f) - level(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** A round as an officer names it: its id («so-ket») or its title, in any case and with or without diacritics. */
export function readRound(text: string): AwardRound | undefined {
  const n = normalizeLabel(text);
  return AwardRound.options.find((r) => r === text.trim() || normalizeLabel(AWARD_ROUND_TITLES[r]) === n || normalizeLabel(r.replace('-', ' ')) === n);
}
