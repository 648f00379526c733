// Cộng điểm: added on top of the total, capped at the criterion's max; with pointsEach the value is a count.
import { labelWithPointsEach, type Rule } from './rule.js';
import { capitalize, formatNumber, occurrences } from './reason.js';
import { countSteps, pointsRoom } from './ways-up.js';

export const bonus: Rule<'bonus'> = {
  kind: 'bonus',
  label: 'Cộng điểm',
  example: 'Cộng điểm',
  ...labelWithPointsEach('bonus', 'Cộng điểm'),
  score(criterion, value) {
    const max = criterion.maxPoints;
    const counted = Math.max(0, value);
    const each = criterion.rule.pointsEach;
    const { amount, text } = each === undefined ? { amount: counted, text: undefined } : occurrences(criterion, counted, each);
    const points = Math.min(max, amount);
    const reason = () => {
      const negative = value < 0 ? `${formatNumber(value)} là số âm, tính 0 → ` : '';
      const worked = text ? `${text()} → ` : '';
      const added = `cộng ${formatNumber(points)} điểm (tối đa ${formatNumber(max)})`;
      return negative || worked ? `${negative}${worked}${added}` : capitalize(added);
    };
    return { points, met: null, reason };
  },
  // Points typed by hand, or occurrences counted when each gives its points.
  waysUp: (criterion, today) =>
    criterion.rule.pointsEach === undefined ? pointsRoom(criterion.maxPoints, today) : countSteps(criterion.maxPoints, criterion.rule.pointsEach, today),
};

// Made for: the plans' bonus points added on top of the total (an «ĐIỂM THƯỞNG» heading, the «Thưởng» column of an
// office's table), written «Cộng điểm» or «Cộng điểm: 1» in «Cách tính».
