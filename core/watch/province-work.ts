// Việc của tỉnh (the province's work): the metrics of a capture no commune or agency can move — those the 766 model's
// `moverOf` finds the province's (the same numerator and denominator for every unit and for the province: the province
// publishes the procedures, so «0/89» stands everywhere; with too few units to tell, what the model declares), and
// those with no figures that score in full. Said once as the province's work with what they cost every unit, and
// never among a unit's drags or in what it would take.
import { definedIndicator } from '../indicators/codes.js';
import { moverOf } from '../indicators/model-766/index.js';
import type { IndicatorSnapshot, IndicatorValue } from '../indicators/schema.js';
import { unitLevel } from './level.js';

export interface ProvinceMetric {
  code: string;
  label: string;
  /** The group it counts in, as officers name it. */
  group: string;
  groupCode: string;
  value: number | null;
  max: number;
  numerator?: number;
  denominator?: number;
  /** The same figures everywhere, the model's word where too few units tell, or no figures and full points. */
  kind: 'same-figures' | 'declared' | 'no-figures';
  /** Points every unit loses by it. */
  cost: number;
}

/** A scored metric of a group (not the group's own score, not the portal's «thay đổi»). */
function isMetric(i: IndicatorValue): boolean {
  return i.unit === 'points' && (i.max ?? 0) > 0 && i.group !== undefined && i.code !== i.group && !i.code.endsWith('_THAY_DOI');
}

/** The province's metrics in one day's snapshots (the province's row among them when the view held it). */
export function provinceMetrics(snapshots: Iterable<IndicatorSnapshot>): ProvinceMetric[] {
  const byCode = new Map<string, { province?: IndicatorValue; units: IndicatorValue[] }>();
  for (const s of snapshots) {
    const level = unitLevel(s.unit);
    if (level === 'country') continue;
    for (const i of s.indicators) {
      if (!isMetric(i)) continue;
      let entry = byCode.get(i.code);
      if (!entry) byCode.set(i.code, (entry = { units: [] }));
      if (level === 'province') entry.province = i;
      else entry.units.push(i);
    }
  }
  return [...byCode].flatMap(([code, { province, units }]): ProvinceMetric[] => {
    const first = units[0];
    if (!first) return [];
    const max = first.max!;
    const noFigures = units.every((i) => i.numerator === undefined && i.denominator === undefined && i.value === i.max);
    const every = province ? [...units, province] : units;
    if (!noFigures && moverOf(code, every) !== 'province') return [];
    const counted = every.filter((i) => i.numerator !== undefined && i.denominator !== undefined).length;
    return [{
      code,
      label: first.label,
      group: definedIndicator(first.group!).label,
      groupCode: first.group!,
      value: first.value,
      max,
      ...(first.numerator !== undefined ? { numerator: first.numerator } : {}),
      ...(first.denominator !== undefined ? { denominator: first.denominator } : {}),
      kind: noFigures ? 'no-figures' : counted >= 2 ? 'same-figures' : 'declared',
      // The portal's two decimals: 2 − 1,66 is 0,34, never 0.33999999999999986.
      cost: first.value === null ? max : Math.max(0, Math.round((max - first.value) * 100) / 100),
    }];
  });
}

/** Points each group loses to the province's metrics. */
export function provinceCost(metrics: readonly ProvinceMetric[]): Map<string, number> {
  const cost = new Map<string, number>();
  for (const m of metrics) cost.set(m.groupCode, Math.round(((cost.get(m.groupCode) ?? 0) + m.cost) * 100) / 100);
  return cost;
}

/*
Made for: issue 47 item 3 — «from each capture find metrics whose figures are the province's (identical for every
unit and the province) and those with no figures scored in full; say them once, as the province's work».
*/
