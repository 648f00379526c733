// Tỷ lệ: min(1, value / target) × max; for "lower is better" targets (≤ 5%) the share is target / value.
// Below the target the points are rounded down and stay under the maximum (reason.ts, unmetPoints).
// «Tỷ lệ × điểm tối đa, đủ điểm từ 90%» (`fullFrom`): the maximum from 90%, below it the rate of 100% × max — a jump at
// 90%, which no share of a target gives (at 85%: 8,5 of 10, where «đủ điểm từ 90%» as a target would give 9,44).
import { formatNumberVi, parseNumberText } from '../../values.js';
import type { Criterion } from '../schema.js';
import type { Rule } from './rule.js';
import {
  comparedToTarget,
  decimalsApart,
  effectiveTarget,
  formatValue,
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
  format: ({ fullFrom }) => (fullFrom === undefined ? 'Tỷ lệ' : `${FULL_FROM_WORDS}${formatNumberVi(fullFrom)}%`),
  parse(n) {
    if (['ty le', 'ratio'].includes(n)) return { ok: true, rule: { kind: 'ratio' } };
    const from = FULL_FROM.exec(n);
    if (!from) return undefined;
    const fullFrom = parseNumberText(from[1]!);
    return fullFrom !== undefined && fullFrom > 0 && fullFrom <= 100
      ? { ok: true, rule: { kind: 'ratio', fullFrom } }
      : { ok: false, message: `mức đủ điểm «${from[1]}%» phải lớn hơn 0% và không quá 100% (viết: «${FULL_FROM_WORDS}90%»)` };
  },
  score(criterion, value) {
    const max = criterion.maxPoints;
    const { fullFrom } = criterion.rule;
    if (fullFrom !== undefined) return fullFromScore(criterion, value, fullFrom);
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
    // Full from N%: the figure rises from today's towards N%, which the full points need.
    if (criterion.rule.fullFrom !== undefined) return rateRoom(today, { from: today.value ?? 0, to: criterion.rule.fullFrom, lower: false });
    const target = effectiveTarget(criterion) ?? withoutTarget(criterion);
    const lower = lowerIsBetter(target);
    return rateRoom(today, { from: today.value ?? (lower ? Math.max(target.value * 10, 100) : 0), to: leastMeeting(criterion, target), lower });
  },
};

/** «Tỷ lệ × điểm tối đa, đủ điểm từ 90%», as «Cách tính» writes it (normalized: without diacritics, × or x or *). */
const FULL_FROM_WORDS = 'Tỷ lệ × điểm tối đa, đủ điểm từ ';
const FULL_FROM = /^ty le\s*[x×*]\s*diem toi da\s*,?\s*du diem tu\s*([\d.,]+)\s*%$/;

/**
 * The maximum from `fullFrom`%, below it value% × max (rounded down, under the maximum); met as the target says
 * (check-set.ts holds it to ≥ `fullFrom`). The reason says the jump: «Kết quả 85% < 90% (mức đủ điểm) → 85% × 10 = 8,5/10 điểm».
 */
function fullFromScore(criterion: Criterion, value: number, fullFrom: number) {
  const max = criterion.maxPoints;
  const stated = effectiveTarget(criterion);
  const full = value >= fullFrom;
  const points = full ? roundPoints(max) : unmetPoints((Math.max(0, value) / 100) * max, max);
  const reason = () => {
    if (full) return `${comparedToTarget(criterion, stated ?? { comparator: '>=', value: fullFrom }, value)} → ${pointsOf(points, max)}`;
    const shown = formatValue(criterion, value, decimalsApart(value, fullFrom));
    return `Kết quả ${shown} < ${formatNumberVi(fullFrom)}% (mức đủ điểm) → ${shown} × ${formatNumberVi(max, 2)} = ${pointsOf(points, max)}`;
  };
  return { points, met: stated ? meetsTarget(stated, value) : null, reason };
}

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
// them, written «Tỷ lệ» in «Cách tính»; the DTI tables' «Tỷ lệ ≥ 90%: Điểm tối đa; Tỷ lệ < 90%: Tỷ lệ *Điểm tối đa»
// (cds-so-ban-nganh-bo-chi-so.xlsx 1.10, 1.15; cds-so-ban-nganh-hoat-dong-cds.docx 6.10, 6.15), «đủ điểm từ 90%».
