// Mỗi lần: points for each occurrence, capped at the criterion's max.
import { formatNumberVi } from '../../values.js';
import { afterWord, positivePoints, type Rule } from './rule.js';
import { effectiveTarget, formatNumber, meetsTarget, occurrences, pointsOf } from './reason.js';
import { countSteps } from './ways-up.js';

export const per_occurrence: Rule<'per_occurrence'> = {
  kind: 'per_occurrence',
  label: 'Mỗi lần',
  example: 'Mỗi lần: 2',
  format: (rule) => `Mỗi lần: ${formatNumberVi(rule.pointsEach)}`,
  parse(n, text) {
    const after = afterWord(n, 'moi lan');
    if (after === undefined) return undefined;
    const each = positivePoints(after);
    if (each === undefined) return { ok: false, message: `«Mỗi lần» cần số điểm dương cho mỗi lần, ví dụ «Mỗi lần: 2», đang là «${text.trim()}»` };
    return { ok: true, rule: { kind: 'per_occurrence', pointsEach: each } };
  },
  score(criterion, value) {
    const max = criterion.maxPoints;
    const target = effectiveTarget(criterion);
    const { amount, text } = occurrences(criterion, Math.max(0, value), criterion.rule.pointsEach);
    const points = Math.min(max, amount);
    const reason = () => `${text()}${amount > max ? `, vượt tối đa ${formatNumber(max)}` : ''} → ${pointsOf(points, max)}`;
    return { points, met: target ? meetsTarget(target, value) : null, reason };
  },
  waysUp: (criterion, today) => countSteps(criterion.maxPoints, criterion.rule.pointsEach, today),
};

// Made for: criteria the plans score per occurrence up to the maximum, written «Mỗi lần: 2» in «Cách tính».
