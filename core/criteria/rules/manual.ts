// Thủ công: the officer (or, until the officer changes it, the unit's self-score) gives points within 0..max.
import type { Rule } from './rule.js';
import { formatNumberVi } from '../../values.js';
import { decimalsApart, effectiveTarget, formatNumber, meetsTarget, pointsOf, roundPoints, unmetPoints } from './reason.js';
import { handWaysUp } from './scoring-words.js';

export const manual: Rule<'manual'> = {
  kind: 'manual',
  label: 'Thủ công',
  example: 'Thủ công',
  measure: 'points',
  format: () => 'Thủ công',
  parse: (n) => (['thu cong', 'tu cham', 'manual'].includes(n) ? { ok: true, rule: { kind: 'manual' } } : undefined),
  score(criterion, value) {
    const max = criterion.maxPoints;
    // Points counted to hundredths, never rounded up: a figure short of the maximum never counts it, nor a band's edge
    // it does not reach (3,9966667 of 4, a rate × 4 worked in Excel, counts 3,99, not 4 «đầy đủ»). Within a float's
    // noise of the maximum (a formula's 1,9999999999999998) it is the maximum.
    const points = value >= max - 1e-6 ? max : unmetPoints(Math.max(0, value), max);
    const target = effectiveTarget(criterion);
    const met = target ? meetsTarget(target, points) : null;
    const reason = () => {
      // The maximum just said is not said again: «→ tính 4 điểm», not «4/4 điểm».
      if (value > max) return `Chấm ${formatNumber(value)} vượt tối đa ${formatNumber(max)} → tính ${formatNumber(points)} điểm`;
      if (value < 0) return `Chấm ${formatNumber(value)} là số âm → tính ${pointsOf(points, max)}`;
      if (Math.abs(value - points) > 1e-9 && value < max) return `Chấm ${formatNumberVi(value, decimalsApart(value, roundPoints(value)))} → tính ${pointsOf(points, max)} (điểm tính đến hai chữ số thập phân, không làm tròn lên)`;
      return `Chấm ${pointsOf(points, max)}`;
    };
    return { points, met, reason };
  },
  waysUp: handWaysUp,
};

// Made for: criteria the council scores by judgement within 0..max, written «Thủ công» in «Cách tính» — and every
// criterion of a sheet without that column or of a rubric whose wording is not understood. Points to the hundredth below
// for an officer's walk of Phước Hải's DTI set (dti-xa-phuoc-hai): a commune's DTI-33 «Tỷ lệ * Điểm tối đa» worked to
// 3,9966667 was counted 4/4, «đầy đủ», and carried it from 89,99 to 90 «Xuất sắc» without a word.
