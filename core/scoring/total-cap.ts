// A unit's total past the cap its table states (TotalCap): counted at the cap, as the table rules, and kept with the
// card's capped groups (GroupCap, part «total»), so every face that lists them says it at the unit's total.
import { totalCapLine } from '../criteria/total-cap.js';
import type { TotalCap } from '../criteria/schema.js';
import { roundPoints } from '../criteria/rules/reason.js';
import { capLine, type GroupCap, type ScoreCard } from './score-card.js';

/**
 * The cap taken on a total of `total` with `bonus` in it: «không kể điểm thưởng» caps the total without the bonus; else
 * the whole total is capped, and where the words do not say and the bonus makes the two readings differ, that is said.
 * Undefined when the total is within it.
 */
export function overTotalCap(cap: TotalCap, total: number, bonus: number): GroupCap | undefined {
  const outside = roundPoints(Math.min(total - bonus, cap.maxPoints) + bonus);
  const counted = cap.bonus === 'outside' ? outside : Math.min(total, cap.maxPoints);
  if (counted >= total) return undefined;
  const doubt = cap.bonus === undefined && outside !== counted;
  return { group: 'Tổng điểm', title: 'Tổng điểm', part: 'total', summed: total, counted, said: totalCapLine(cap, total, counted, doubt) };
}

/**
 * «Nguyễn Văn An (trang «An»): Tổng điểm cộng được 112 điểm, tính tối đa 100 điểm …»: each unit whose total was capped,
 * for the run's lines, with the unit's sheet the line is about.
 */
export function cappedTotals(cards: readonly ScoreCard[]): { text: string; sheet: string }[] {
  return cards.flatMap((c) => (c.caps ?? []).filter((cap) => cap.part === 'total').map((cap) => ({ text: `${c.unitName} (trang «${c.sheet}»${c.file === undefined ? '' : `, tệp ${c.file}`}): ${capLine(cap)}.`, sheet: c.sheet })));
}

// Made for Saigon University's conduct form «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):»: until 2026-12-01 a student
// scored 112 «/100» with nothing said (test/cli/criteria-import-under-total.test.ts).
