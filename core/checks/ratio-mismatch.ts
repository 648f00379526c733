// Tỷ lệ không khớp: the stated rate differs from numerator/denominator by more than the set's tolerance.
import { cellNumber } from '../scoring/classify.js';
import { formatNumber, isPercentMeasure } from '../scoring/rules/reason.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

export default defineCheck({
  id: 'ratio-mismatch',
  severity: 'warning',
  title: 'Tỷ lệ không khớp tử số/mẫu số',
  description: 'Kết quả ghi khác tỷ lệ tử số/mẫu số quá mức cho phép của bộ tiêu chí (điểm phần trăm).',
  run(ctx) {
    const tolerance = ctx.set.tolerances.ratioMismatch;
    const flags: FlagDraft[] = [];
    for (const { criterion, row, reading } of reportedCriteria(ctx)) {
      const n = cellNumber(row.numerator);
      const d = cellNumber(row.denominator);
      if (!isPercentMeasure(criterion) || !row.result || typeof n !== 'number' || typeof d !== 'number' || d === 0) continue;
      // Only a rate stated in Kết quả can disagree; a blank Kết quả is computed from the parts.
      if (reading.kind !== 'value' || reading.cell !== row.result.address) continue;
      const computed = (n / d) * 100;
      const gap = Math.abs(reading.value - computed);
      if (gap <= tolerance + 1e-9) continue;
      flags.push({
        message: cellMessage(
          reading.cell,
          `tỷ lệ ghi ${formatNumber(reading.value)}% khác tử số/mẫu số ${formatNumber(n)}/${formatNumber(d)} = ${formatNumber(computed)}% (lệch ${formatNumber(gap)} điểm %, cho phép ${formatNumber(tolerance)})`,
          criterion.code,
        ),
        cell: reading.cell,
        criterion: criterion.code,
        details: { stated: reading.value, numerator: n, denominator: d, computed: Math.round(computed * 100) / 100, tolerance },
      });
    }
    return flags;
  },
});
