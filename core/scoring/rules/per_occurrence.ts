// Mỗi lần: points for each occurrence, capped at the criterion's max.
import type { Rule } from './rule.js';
import { effectiveTarget, formatNumber, meetsTarget, occurrences, pointsOf } from './reason.js';

export const per_occurrence: Rule<'per_occurrence'> = {
  kind: 'per_occurrence',
  label: 'Mỗi lần',
  score(criterion, value) {
    const max = criterion.maxPoints;
    const target = effectiveTarget(criterion);
    const { amount, text } = occurrences(criterion, Math.max(0, value), criterion.rule.pointsEach);
    const points = Math.min(max, amount);
    const capped = amount > max ? `, vượt tối đa ${formatNumber(max)}` : '';
    return { points, met: target ? meetsTarget(target, value) : null, reason: `${text}${capped} → ${pointsOf(points, max)}` };
  },
};
