// Trừ điểm: subtracted from the total, capped at the criterion's max; with pointsEach the value is a count.
// Officers write a deduction as "8" or "-8" alike, so the size of the value is what counts.
import { labelWithPointsEach, type Rule } from './rule.js';
import { capitalize, formatNumber, occurrences, roundPoints } from './reason.js';

export const deduction: Rule<'deduction'> = {
  kind: 'deduction',
  label: 'Trừ điểm',
  example: 'Trừ điểm: 8',
  ...labelWithPointsEach('deduction', 'Trừ điểm'),
  score(criterion, value) {
    const max = criterion.maxPoints;
    const size = Math.abs(value);
    const each = criterion.rule.pointsEach;
    const { amount, text } = each === undefined ? { amount: size, text: undefined } : occurrences(criterion, size, each);
    const points = roundPoints(-Math.min(max, amount));
    const reason = () => {
      const taken = `trừ ${formatNumber(-points)} điểm (tối đa ${formatNumber(max)})`;
      return text ? `${text()} → ${taken}` : capitalize(taken);
    };
    return { points, met: null, reason };
  },
  // A deduction only takes points away: no figure earns more.
  waysUp: () => undefined,
};

// Made for: the plans' deductions subtracted from the total (the «Trừ» column of an office's table), written «Trừ
// điểm» or «Trừ điểm: 8» in «Cách tính».
