// Tỷ lệ không khớp: the stated rate differs from numerator/denominator by more than the set's tolerance,
// or by any amount that changes whether the target is met. The counts are what is scored (classify.ts).
import { cellNumber, rateOf, statedResult } from '../scoring/classify.js';
import { effectiveTarget, formatNumber, isPercentMeasure, meetsTarget } from '../criteria/rules/reason.js';
import { cellMessage, defineCheck, rejectedSaid } from './define.js';

export default defineCheck({
  id: 'ratio-mismatch',
  severity: 'warning',
  title: 'Tỷ lệ không khớp tử số/mẫu số',
  titleEn: 'Ratio does not match numerator/denominator',
  description:
    'Kết quả ghi khác tỷ lệ tử số/mẫu số quá mức cho phép của bộ tiêu chí (điểm phần trăm), hoặc lệch làm đổi đạt/chưa đạt chỉ tiêu; điểm chấm theo tử số/mẫu số.',
  canFlag: (set) => set.criteria.some(isPercentMeasure),
  looksAt: isPercentMeasure,
  needs: { typed: ['numerator', 'denominator'] },
  criterion(ctx, { criterion, score, row }, flags) {
    const tolerance = ctx.set.tolerances.ratioMismatch;
    const n = cellNumber(row.numerator);
    const d = cellNumber(row.denominator);
    if (typeof n !== 'number' || typeof d !== 'number' || d === 0) return;
    const stated = statedResult(criterion, row);
    if (stated?.kind !== 'value') return;
    const computed = rateOf(n, d);
    if (computed === undefined) return; // the reading itself says the parts make no rate
    const gap = Math.abs(stated.value - computed);
    const target = effectiveTarget(criterion);
    const flipsTarget = target !== undefined && meetsTarget(target, stated.value) !== meetsTarget(target, computed);
    if (gap <= tolerance + 1e-9 && !flipsTarget) return;
    // Once the council rejected the figure, the counts are no longer what scores it: the message says so.
    const why = flipsTarget
      ? `lệch ${formatNumber(gap)} điểm %, đủ làm đổi đạt/chưa đạt chỉ tiêu`
      : `lệch ${formatNumber(gap)} điểm %, cho phép ${formatNumber(tolerance)}`;
    flags.push({
      message: cellMessage(
        stated.cell,
        `tỷ lệ ghi ${formatNumber(stated.value)}% khác tử số/mẫu số ${formatNumber(n)}/${formatNumber(d)} = ${formatNumber(computed)}% (${why})${rejectedSaid(score, 'điểm chấm theo tử số/mẫu số')}`,
        criterion,
      ),
      cell: stated.cell,
      criterion: criterion.code,
      details: { stated: stated.value, numerator: n, denominator: d, computed: Math.round(computed * 100) / 100, tolerance },
    });
  },
});

// Made for: reports that state a rate beside its numerator and denominator: a rate that does not follow from the
// counts (beyond the set's tolerance, or across the target) is flagged, and the counts are scored.
