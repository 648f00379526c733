// Một đơn vị qua các ngày (one unit over the days): its standing on the latest day against the previous capture
// (whatever the gap: a Monday after a skipped weekend compares with Friday, the gap said) and the week before — each
// score compared only with the same score of the same period on the other day; a unit absent from the other day's
// capture, or a day without a capture, is «chưa đủ số liệu để so sánh», never a change of 0. A capture that holds the
// unit but not the score (the officer opened fewer groups that day) is passed over for the last one that holds it, its
// day said: a fall across a partial capture is a fall, never unsaid.
import type { IndicatorSnapshot, IndicatorValue } from '../indicators/schema.js';
import { addDays } from './data-day.js';
import type { WatchDay } from './captures.js';
import { unitLevel, type UnitLevel } from './level.js';
import { groupMeasures, headlineMeasure, type Measure } from './scores.js';
import { colourOf, type Colour, type Thresholds } from './thresholds.js';

/** A score against the same score on an earlier day. */
export type Comparison =
  /**
   * `day`: the capture compared with — the previous one, or the last before it holding the score (`passed` not);
   * `seen`: the part of a total's change those passed captures already showed in the groups they held (told then);
   * `since`: of a change against 7 days before, the capture since which the score has not moved (the change is not today's);
   * `sinceGroups`: that capture held not the total but these groups, whose move was the whole of the total's since.
   */
  | { kind: 'change'; day: string; from: number; delta: number; passed?: string[]; seen?: Seen; since?: string; sinceGroups?: string[] }
  /** No capture that day (a gap). */
  | { kind: 'no-capture'; day: string }
  /** That day's capture does not hold the unit. */
  | { kind: 'absent'; day: string }
  /** One side has no figure (the portal's null). */
  | { kind: 'no-data'; day: string }
  /** That day's capture holds the unit but not the score (fewer lists opened), nor does one before it that was looked at. */
  | { kind: 'not-held'; day: string };

/**
 * A total's change across captures of fewer lists that held some of its groups: what those groups had already moved
 * by the latest of them (`day`), the groups named — a fall told on that morning by its group, not a new fall of the
 * total the next full morning.
 */
export interface Seen {
  day: string;
  delta: number;
  groups: string[];
}

export interface MeasureWatch {
  measure: Measure;
  colour?: Colour;
  /** Against the previous capture (its day said in `day.day`). */
  day: Comparison;
  /** Against 7 days before. */
  week: Comparison;
  /** The values of the last captures when each fell below the one before (oldest first), `declineDays` falls or more. */
  decline?: number[];
  /** That run goes back to the first capture read: no capture before it to say where it began. */
  declineFromFirst?: true;
  /** The data days inside that run it passed over (runs are counted by capture): said with it, never a run told as unbroken. */
  declineGaps?: RunGaps;
}

/** Days a run of falls passed over, oldest first: without a capture, and captured without the score (fewer lists). */
export interface RunGaps {
  uncaptured: string[];
  notHeld: string[];
}

/** A metric's rate (percent) fallen since the day before by at least the threshold. */
export interface RateDrop {
  code: string;
  label: string;
  from: number;
  to: number;
}

/** A competition rank among the `of` units with a score, of the `among` present (clusters.ts competitionRank). */
export interface Place {
  rank: number;
  of: number;
  among: number;
  tied: boolean;
}

export interface UnitWatch {
  key: string;
  name: string;
  level: UnitLevel;
  own: boolean;
  snapshot: IndicatorSnapshot;
  /** The total, or the one group a one-group capture holds. */
  headline?: MeasureWatch;
  groups: MeasureWatch[];
  rateDrops: RateDrop[];
  /** Place within its level by the headline score (competition rank), among the `of` with one of the `among` present. */
  place?: Place;
  /** Place within its emulation cluster. */
  cluster?: Place & { name: string };
  /** Why it fell past the threshold, from the counts that moved (set by the digest for its fallers). */
  cause?: string;
  /**
   * A run of falls, or a score passed over to the capture holding it, reached the first capture read: captures before
   * it may lengthen the run or hold the score (a digest of the latest days only reads further back, digest.ts).
   */
  readsBack: boolean;
}

/** Days of the series by their date, oldest first (the series' order), for lookups. */
export type DayIndex = ReadonlyMap<string, WatchDay>;

/** The captured days before `day`, latest first. */
export function capturesBefore(days: DayIndex, day: string): string[] {
  return [...days.keys()].filter((d) => d < day).reverse();
}

/** An earlier capture of a unit: its data day, and the unit's figures that day (none: the unit absent). */
export type EarlierCapture = { day: string; snapshot: IndicatorSnapshot | undefined };

/**
 * The unit's captures before the one previous to `day`, latest first: where a metric the previous capture did not
 * hold (fewer groups opened that day) is found, as `compare` passes such a capture over (drags.ts reads them).
 */
export function olderCaptures(days: DayIndex, day: string, key: string): EarlierCapture[] {
  return capturesBefore(days, day).slice(1).map((d) => ({ day: d, snapshot: days.get(d)!.units.get(key) }));
}

function measureOn(s: IndicatorSnapshot | undefined, code: string, headline: boolean): Measure | undefined {
  if (!s) return undefined;
  return headline ? headlineMeasure(s) : groupMeasures(s).find((g) => g.code === code);
}

/** The score in a unit's snapshot of that day, when the capture holds it (not merely the unit). */
function held(s: IndicatorSnapshot, now: Measure, headline: boolean): Measure | undefined {
  const then = measureOn(s, now.code, headline);
  return then && then.code === now.code ? then : undefined;
}

/**
 * `now` against `day`'s capture; with `earlier` (the captures before `day`, latest first), past those lacking the score.
 * `back.reached`: every earlier capture passed over without the score (one before them may hold it).
 */
function compare(days: DayIndex, key: string, day: string, now: Measure, headline: boolean, earlier: readonly string[] = [], back = { reached: false }): Comparison {
  const d = days.get(day);
  if (!d) return { kind: 'no-capture', day };
  const s = d.units.get(key);
  if (!s) return { kind: 'absent', day };
  let then = held(s, now, headline);
  let on = day;
  const passed: string[] = [];
  for (const before of earlier) {
    if (then) break;
    const b = days.get(before)?.units.get(key);
    if (!b) break;
    passed.push(on);
    [then, on] = [held(b, now, headline), before];
  }
  // Past the first capture of the period nothing of it lies: no reading further back.
  if (!then && on === (earlier.at(-1) ?? day) && !days.get(on)?.periodBegins) back.reached = true;
  // A capture of fewer lists is not the portal's «no data»: said as the capture lacking the score, with its day.
  if (!then) return { kind: 'not-held', day };
  if (then.value === null || now.value === null) return { kind: 'no-data', day };
  // The portal's scores have two decimals: so has their difference (1,1, never 1.0999999999999943).
  return { kind: 'change', day: on, from: then.value, delta: Math.round((now.value - then.value) * 100) / 100, ...(passed.length > 0 && { passed }) };
}

/** The change a comparison brings that was not seen before: its delta, less what passed captures already showed. */
export function freshDelta(c: Extract<Comparison, { kind: 'change' }>): number {
  return c.seen ? Math.round((c.delta - c.seen.delta) * 100) / 100 : c.delta;
}

/**
 * What the captures a total's comparison passed over already showed of its change: each group's move from the
 * capture compared with to the latest passed capture holding it (a morning of two lists told a group's fall of 1;
 * the next full morning's total, compared with the day before, held the same 1 point).
 */
function seenAt(days: DayIndex, key: string, c: Extract<Comparison, { kind: 'change' }>): Seen | undefined {
  const then = days.get(c.day)?.units.get(key);
  if (!c.passed || !then) return undefined;
  const moved = groupMeasures(then).flatMap((g) => {
    const at = c.passed!.map((d) => ({ d, m: measureOn(days.get(d)?.units.get(key), g.code, false) })).find((x) => x.m?.value != null);
    return at && g.value !== null ? [{ day: at.d, label: g.label, delta: at.m!.value! - g.value }] : [];
  }).filter((x) => Math.abs(x.delta) >= 0.005);
  const delta = Math.round(moved.reduce((a, x) => a + x.delta, 0) * 100) / 100;
  if (Math.abs(delta) < 0.005) return undefined;
  return { day: moved.map((x) => x.day).sort().at(-1)!, delta, groups: moved.map((x) => x.label) };
}

/**
 * The earliest of the captures before today (latest first) over which the score has stayed as today's, captures
 * without the score passed over; undefined when it moved since the previous capture. A fall against 7 days before
 * that happened on an earlier morning is said as standing since then, never read as a new fall day after day. A
 * total's move that captures of fewer lists before it had shown whole in their groups (seenAt) stands since the
 * capture that showed it, its groups named: Sở Giáo dục's total, first captured again on 16/9 after its «Tiến độ
 * giải quyết» fell on 14/9 (two lists), was said on 18/9 «không đổi từ lần chụp 16/9», where 16/9 had said the fall
 * «đã thấy ở lần chụp 14/9».
 */
function unmovedSince(days: DayIndex, key: string, earlier: readonly string[], now: Measure, headline: boolean): { day: string; groups?: string[] } | undefined {
  let since: string | undefined;
  // The captures without the score walked over since `since`, latest first.
  let lacking: string[] = [];
  for (const day of earlier) {
    const s = days.get(day)?.units.get(key);
    if (!s) break;
    const m = held(s, now, headline);
    if (!m) {
      if (since) lacking.push(day);
      continue;
    }
    if (m.value === null || now.value === null || Math.abs(m.value - now.value) > EPSILON) {
      if (!since || lacking.length === 0 || now.value === null || m.value === null || now.code !== 'TONG_SCORE') break;
      const delta = Math.round((now.value - m.value) * 100) / 100;
      const seen = seenAt(days, key, { kind: 'change', day, from: m.value, delta, passed: lacking });
      return seen && Math.abs(seen.delta - delta) < 0.005 ? { day: seen.day, groups: seen.groups } : { day: since };
    }
    since = day;
    lacking = [];
  }
  return since ? { day: since } : undefined;
}

/** Tiny differences of floating sums are no change. */
const EPSILON = 1e-9;

/**
 * The values of the last captures while each fell (a run counted by capture, across gaps), and the days inside it
 * passed over (`gaps`, when any); undefined when fewer falls than `declineDays`. `back.reached`: the run went on to the
 * first capture read (one before it may lengthen it).
 */
function declineOf(days: DayIndex, key: string, today: string, earlier: readonly string[], now: Measure, headline: boolean, t: Thresholds, back: { reached: boolean }): { values: number[]; fromFirst: boolean; gaps?: RunGaps } | undefined {
  if (now.value === null) return undefined;
  const values = [now.value];
  const gaps: RunGaps = { uncaptured: [], notHeld: [] };
  // The day of the run's earliest value, and the captures without the score walked over since it.
  let from = today;
  let passed: string[] = [];
  let ended = false;
  for (const day of earlier) {
    const s = days.get(day)?.units.get(key);
    // A capture holding the unit but not this score (fewer groups opened) is passed over, as a day without one is.
    const m = s && held(s, now, headline);
    if (s && !m) {
      passed.push(day);
      continue;
    }
    if (!m || m.value === null || !(m.value > values[0]! + EPSILON)) {
      ended = true;
      break;
    }
    values.unshift(m.value);
    const between: string[] = [];
    for (let d = addDays(day, 1); d < from; d = addDays(d, 1)) between.push(d);
    gaps.uncaptured.unshift(...between.filter((d) => !passed.includes(d)));
    gaps.notHeld.unshift(...passed.reverse());
    from = day;
    passed = [];
  }
  // A run back to the first capture of its period (a month's figures from the 1st) is whole: it cannot have begun before.
  if (!ended && earlier.length > 0 && days.get(earlier.at(-1)!)?.periodBegins) ended = true;
  if (!ended) back.reached = true;
  if (values.length - 1 < t.declineDays) return undefined;
  return { values, fromFirst: !ended, ...(gaps.uncaptured.length + gaps.notHeld.length > 0 ? { gaps } : {}) };
}

/** `m` against 7 days before; a change there said with the capture since which the score has stood (unmovedSince). */
function weekOf(days: DayIndex, key: string, today: string, earlier: readonly string[], m: Measure, headline: boolean): Comparison {
  const week = compare(days, key, addDays(today, -7), m, headline);
  if (week.kind !== 'change' || Math.abs(week.delta) < 0.005) return week;
  const since = unmovedSince(days, key, earlier, m, headline);
  return since ? { ...week, since: since.day, ...(since.groups && { sinceGroups: since.groups }) } : week;
}

function watchMeasure(days: DayIndex, key: string, today: string, earlier: readonly string[], m: Measure, headline: boolean, t: Thresholds, back: { reached: boolean }): MeasureWatch {
  const decline = declineOf(days, key, today, earlier, m, headline, t, back);
  const day = compare(days, key, earlier[0] ?? addDays(today, -1), m, headline, earlier.slice(1), back);
  const seen = day.kind === 'change' && m.code === 'TONG_SCORE' ? seenAt(days, key, day) : undefined;
  return {
    measure: m,
    ...(m.value !== null && m.max > 0 ? { colour: colourOf(m.value, m.max, t) } : {}),
    day: seen && day.kind === 'change' ? { ...day, seen } : day,
    week: weekOf(days, key, today, earlier, m, headline),
    ...(decline ? { decline: decline.values, ...(decline.fromFirst && { declineFromFirst: true as const }), ...(decline.gaps && { declineGaps: decline.gaps }) } : {}),
  };
}

/** Rates (percent figures of metrics) fallen by the threshold or more since the previous capture. */
function rateDrops(now: IndicatorSnapshot, before: IndicatorSnapshot | undefined, t: Thresholds): RateDrop[] {
  if (!before) return [];
  const rateOf = (i: IndicatorValue) => (i.unit === 'percent' ? i.value : undefined);
  const earlier = new Map(before.indicators.map((i) => [i.code, rateOf(i)]));
  return now.indicators.flatMap((i) => {
    const to = rateOf(i);
    const from = earlier.get(i.code);
    return typeof to === 'number' && typeof from === 'number' && from - to >= t.rateDrop - EPSILON ? [{ code: i.code, label: i.label, from, to }] : [];
  });
}

/** A unit on `today`, from its snapshot of that day, by the key the day holds it under (captures.ts). */
export function watchUnit(days: DayIndex, today: string, key: string, s: IndicatorSnapshot, own: boolean, t: Thresholds): UnitWatch {
  const headline = headlineMeasure(s);
  const earlier = capturesBefore(days, today);
  const back = { reached: false };
  return {
    key,
    name: s.unit.name,
    level: unitLevel(s.unit),
    own,
    snapshot: s,
    ...(headline ? { headline: watchMeasure(days, key, today, earlier, headline, true, t, back) } : {}),
    groups: groupMeasures(s).map((g) => watchMeasure(days, key, today, earlier, g, false, t, back)),
    rateDrops: rateDrops(s, earlier[0] === undefined ? undefined : days.get(earlier[0])?.units.get(key), t),
    readsBack: back.reached,
  };
}

/*
Made for: issue 39 item 2 — each unit against the previous day and 7 days before, like with like, absent units
and missed days said as such; the thresholds of core/watch/thresholds.ts.
*/
