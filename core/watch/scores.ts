// Điểm của một đơn vị (a unit's scores in one capture): the total the portal gives (Tổng điểm), else the sum of the
// six groups' scores when the capture holds all six; and each group's own score. A capture of some groups only
// has no total: its groups are compared one by one, never a partial sum passed off as the total.
import { definedIndicator } from '../indicators/codes.js';
import { GROUPS_766 } from '../indicators/model-766/index.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';

/** A score with its maximum: the total, or one group's. `value` null: the portal has no figure. */
export interface Measure {
  code: string;
  /** As officers name it: «Tổng điểm», «Tiến độ giải quyết». */
  label: string;
  value: number | null;
  max: number;
}

const FIVE_GROUPS = ['CKMB', 'TDGQ', 'DVCTT', 'MDHL', 'MDSH'];

/** The unit's group scores in the portal's order (the older pages' five groups where the capture has those). */
export function groupMeasures(s: IndicatorSnapshot): Measure[] {
  const byCode = new Map(s.indicators.filter((i) => i.unit === 'points').map((i) => [i.code, i]));
  const codes = byCode.has('DVCTT') ? FIVE_GROUPS : GROUPS_766;
  return codes.flatMap((code) => {
    const i = byCode.get(code);
    const max = i?.max ?? definedIndicator(code).max;
    return i && max !== undefined ? [{ code, label: definedIndicator(code).label, value: i.value, max }] : [];
  });
}

/** Tổng điểm: the portal's own, else the six groups added up when all six are there with a figure. */
export function totalMeasure(s: IndicatorSnapshot): Measure | undefined {
  const given = s.indicators.find((i) => i.code === 'TONG_SCORE' && i.unit === 'points');
  if (given) return { code: 'TONG_SCORE', label: definedIndicator('TONG_SCORE').label, value: given.value, max: given.max ?? 100 };
  const groups = groupMeasures(s);
  if (groups.length < GROUPS_766.length || groups.some((g) => g.value === null)) return undefined;
  const sum = groups.reduce((a, g) => a + g.value!, 0);
  // The groups' scores have two decimals: so has their sum (no 78.10000000000001).
  return { code: 'TONG_SCORE', label: definedIndicator('TONG_SCORE').label, value: Math.round(sum * 100) / 100, max: groups.reduce((a, g) => a + g.max, 0) };
}

/** The score a unit is ranked and headlined by: its total, else its one group when the capture holds one group. */
export function headlineMeasure(s: IndicatorSnapshot): Measure | undefined {
  const total = totalMeasure(s);
  if (total) return total;
  const groups = groupMeasures(s);
  return groups.length === 1 ? groups[0] : undefined;
}

/*
Made for: issue 39 items 2 and 3 — each unit's standing «like with like (same period, same group)»: a total only
where the portal gives one or every group is there.
*/
