// Điểm thẩm định vượt tối đa: the council's verified score is above the item's maximum — a slip of the hand on a
// form that has no formula to catch it. Held to the self-score's rule (self-score-over-max): flagged at its cell for
// every kind, what is counted said where the points stop at the maximum (manual items, bonus, deductions).
import { cellMessage, defineCheck } from './define.js';
import { overMax } from './self-score-over-max.js';

export default defineCheck({
  id: 'verified-score-over-max',
  severity: 'warning',
  title: 'Điểm thẩm định vượt điểm tối đa',
  titleEn: 'Verified score above the maximum',
  description: 'Điểm thẩm định (phúc tra) Hội đồng ghi lớn hơn điểm tối đa của mục; với mục chấm thủ công, điểm cộng, điểm trừ, điểm được tính không quá điểm tối đa và cờ nói điểm được tính.',
  needs: { typed: ['verifiedScore'] },
  criterion(ctx, reported, flags) {
    const { criterion, score, row } = reported;
    const cell = row.verifiedScore;
    if (cell?.value.kind !== 'number' || Math.abs(cell.value.value) <= score.max) return;
    flags.push({
      message: cellMessage(cell.address, overMax(reported, 'điểm thẩm định', cell.value.value, cell.address), criterion),
      cell: cell.address,
      criterion: criterion.code,
      details: { verifiedScore: cell.value.value, max: score.max },
    });
  },
});

// Made for: all-in-one scoring sheets whose «Điểm thẩm định» is above the item's maximum: a slip of the council's
// hand, capped and flagged — a bonus or a deduction as a self-scored one is (a bonus verified 7 over 5 passed unsaid).
