// Cộng điểm: added on top of the total, capped at the criterion's max; with pointsEach the value is a count.
import { labelWithPointsEach, type Rule } from './rule.js';
import { capitalize, formatNumber, occurrences } from './reason.js';
import { handWaysUp } from './scoring-words.js';
import { countSteps } from './ways-up.js';

const worded = labelWithPointsEach('bonus', 'Cộng điểm');
/** How «Cách tính» writes a bonus recorded beside the official total, not added to it. */
export const RECORDED_WORDS = 'ghi nhận, không cộng vào tổng';
const RECORDED = /\s*\(?\s*ghi nhan,?\s*khong (?:cong|tinh) vao tong( diem)?\s*\)?\s*$/;
/** How «Cách tính» writes a part's own bonus, which raises the part at most to its group's maximum. */
export const WITHIN_PART_WORDS = 'trong điểm tối đa của nhóm';
const WITHIN_PART = /\s*\(?\s*trong diem toi da cua nhom\s*\)?\s*$/;

export const bonus: Rule<'bonus'> = {
  kind: 'bonus',
  label: 'Cộng điểm',
  example: 'Cộng điểm',
  format: (rule) => `${worded.format(rule)}${rule.recorded ? ` (${RECORDED_WORDS})` : rule.withinPart ? ` (${WITHIN_PART_WORDS})` : ''}`,
  parse(n, text) {
    const recorded = RECORDED.test(n);
    const within = !recorded && WITHIN_PART.test(n);
    const read = worded.parse(n.replace(RECORDED, '').replace(WITHIN_PART, ''), text);
    if (!read?.ok || read.rule.kind !== 'bonus') return read;
    return recorded ? { ok: true, rule: { ...read.rule, recorded: true } } : within ? { ok: true, rule: { ...read.rule, withinPart: true } } : read;
  },
  score(criterion, value) {
    const max = criterion.maxPoints;
    const counted = Math.max(0, value);
    const each = criterion.rule.pointsEach;
    const { amount, text } = each === undefined ? { amount: counted, text: undefined } : occurrences(criterion, counted, each);
    const points = Math.min(max, amount);
    const reason = () => {
      const negative = value < 0 ? `${formatNumber(value)} là số âm, tính 0 → ` : '';
      const worked = text ? `${text()} → ` : '';
      const added = criterion.rule.recorded
        ? `ghi nhận ${formatNumber(points)} điểm cộng (tối đa ${formatNumber(max)}), không cộng vào tổng`
        : `cộng ${formatNumber(points)} điểm (tối đa ${formatNumber(max)})`;
      return negative || worked ? `${negative}${worked}${added}` : capitalize(added);
    };
    return { points, met: null, reason };
  },
  // Points typed by hand (held to the levels or the points each its row's words state), or occurrences counted when
  // each gives its points; a recorded bonus raises no total.
  waysUp: (criterion, today) =>
    criterion.rule.recorded ? undefined
    : criterion.rule.pointsEach === undefined ? handWaysUp(criterion, today) : countSteps(criterion.maxPoints, criterion.rule.pointsEach, today),
};

// Made for: the plans' bonus points added on top of the total (an «ĐIỂM THƯỞNG» heading, the «Thưởng» column of an
// office's table), written «Cộng điểm» or «Cộng điểm: 1» in «Cách tính».
