// Thủ công: the officer (or, until the officer changes it, the unit's self-score) gives points within 0..max.
import type { Rule } from './rule.js';
import { effectiveTarget, formatNumber, meetsTarget, pointsOf } from './reason.js';
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
    const points = Math.min(max, Math.max(0, value));
    const target = effectiveTarget(criterion);
    const met = target ? meetsTarget(target, points) : null;
    const reason = () => {
      // The maximum just said is not said again: «→ tính 4 điểm», not «4/4 điểm».
      if (value > max) return `Chấm ${formatNumber(value)} vượt tối đa ${formatNumber(max)} → tính ${formatNumber(points)} điểm`;
      if (value < 0) return `Chấm ${formatNumber(value)} là số âm → tính ${pointsOf(points, max)}`;
      return `Chấm ${pointsOf(points, max)}`;
    };
    return { points, met, reason };
  },
  waysUp: handWaysUp,
};

// Made for: criteria the council scores by judgement within 0..max, written «Thủ công» in «Cách tính» — and every
// criterion of a sheet without that column or of a rubric whose wording is not understood.
