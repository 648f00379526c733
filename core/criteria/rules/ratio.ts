// Tỷ lệ: min(1, value / target) × max; for "lower is better" targets (≤ 5%) the share is target / value.
// Below the target the points are rounded down and stay under the maximum (reason.ts, unmetPoints).
import { formatNumberVi } from '../../values.js';
import type { Criterion } from '../schema.js';
import type { Rule } from './rule.js';
import {
  comparedToTarget,
  decimalsApart,
  effectiveTarget,
  isPercentMeasure,
  lowerIsBetter,
  meetsTarget,
  pointsOf,
  roundPoints,
  unmetPoints,
} from './reason.js';
import { leastMeeting, rateRoom } from './ways-up.js';

export const ratio: Rule<'ratio'> = {
  kind: 'ratio',
  label: 'Tỷ lệ',
  example: 'Tỷ lệ',
  format: () => 'Tỷ lệ',
  parse: (n) => (['ty le', 'ratio'].includes(n) ? { ok: true, rule: { kind: 'ratio' } } : undefined),
  score(criterion, value) {
    const max = criterion.maxPoints;
    const stated = effectiveTarget(criterion);
    const target = stated ?? withoutTarget(criterion);
    const share = shareOfTarget(target.value, value, lowerIsBetter(target));
    const met = stated ? meetsTarget(stated, value) : null;
    const points = met === false ? unmetPoints(share * max, max) : roundPoints(share * max);
    const reason = () => {
      // Under a strict target ("> 40%") the value at the target itself earns the full share but does not meet it.
      const ofTarget = share < 1 ? ` (bằng ${formatNumberVi(share * 100, decimalsApart(share * 100, 100))}% chỉ tiêu)` : met === false ? ' (bằng mức chỉ tiêu)' : '';
      return `${comparedToTarget(criterion, target, value)}${ofTarget} → ${pointsOf(points, max)}`;
    };
    return { points, met, reason };
  },
  // Any gain up to the full points, from today's figure (none: nothing done, or far above a «lower is better» target)
  // to the least that meets the target.
  waysUp(criterion, today) {
    const target = effectiveTarget(criterion) ?? withoutTarget(criterion);
    const lower = lowerIsBetter(target);
    return rateRoom(today, { from: today.value ?? (lower ? Math.max(target.value * 10, 100) : 0), to: leastMeeting(criterion, target), lower });
  },
};

/** Without a target a rate is measured against 100%, a count against 1. */
function withoutTarget(criterion: Pick<Criterion, 'measure'>) {
  return { comparator: '>=' as const, value: isPercentMeasure(criterion) ? 100 : 1 };
}

/** How much of the target the value reaches, within 0..1. */
function shareOfTarget(target: number, value: number, lowerBetter: boolean): number {
  if (lowerBetter) {
    if (value <= target) return 1;
    return target > 0 ? target / value : 0;
  }
  if (value >= target) return 1;
  return target > 0 ? Math.max(0, value / target) : 0;
}

// Made for: criteria the plans score in proportion to their target («Tỷ lệ»), «lower is better» targets (≤ 5%) among
// them, written «Tỷ lệ» in «Cách tính».
