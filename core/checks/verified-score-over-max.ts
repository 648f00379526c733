// Điểm thẩm định vượt tối đa: the council's verified score on an all-in-one scoring sheet is above the
// item's maximum — a slip of the hand on a form that has no formula to catch it. The points are capped.
import { formatNumber } from '../criteria/rules/reason.js';
import { cellText } from '../values.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

export default defineCheck({
  id: 'verified-score-over-max',
  severity: 'warning',
  title: 'Điểm thẩm định vượt điểm tối đa',
  titleEn: 'Verified score above the maximum',
  description: 'Điểm thẩm định (phúc tra) Hội đồng ghi lớn hơn điểm tối đa của mục; điểm được tính bằng điểm tối đa.',
  run(ctx) {
    const flags: FlagDraft[] = [];
    for (const { criterion, score, row } of reportedCriteria(ctx)) {
      const cell = row.verifiedScore;
      if (criterion.rule.kind !== 'manual' || cell?.value.kind !== 'number' || Math.abs(cell.value.value) <= score.max) continue;
      flags.push({
        message: cellMessage(cell.address, `điểm thẩm định ${cellText(cell.raw)} vượt điểm tối đa ${formatNumber(score.max)} → tính ${formatNumber(score.max)}`, criterion),
        cell: cell.address,
        criterion: criterion.code,
        details: { verifiedScore: cell.value.value, max: score.max },
      });
    }
    return flags;
  },
});

// Made for: all-in-one scoring sheets whose «Điểm thẩm định» is above the item's maximum: a slip of the council's
// hand, capped and flagged.
