// Ngoài phạm vi: a rate above 100%, a negative figure.
import type { Criterion } from '../criteria/schema.js';
import { cellNumber, readCriterionValue } from '../scoring/classify.js';
import { formatNumber, formatValue, isPercentMeasure } from '../scoring/rules/reason.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

/** Deductions written as points may be typed "-8": that is how officers write a deduction. */
function negativeAllowed(criterion: Criterion): boolean {
  return criterion.rule.kind === 'deduction' && criterion.rule.pointsEach === undefined;
}

export default defineCheck({
  id: 'out-of-range',
  severity: 'warning',
  title: 'Số liệu ngoài phạm vi',
  description: 'Tỷ lệ lớn hơn 100% hoặc số âm ở kết quả, tử số, mẫu số hay điểm tự chấm.',
  run(ctx) {
    const flags: FlagDraft[] = [];
    for (const { criterion, row } of reportedCriteria(ctx)) {
      const code = criterion.code;
      const reading = readCriterionValue(criterion, row, ctx.report.columns);
      // A rate computed from Tử số / Mẫu số is judged through those cells (and numerator-exceeds-denominator).
      if (reading.kind === 'value' && reading.cell !== row.numerator?.address) {
        const shown = formatValue(criterion, reading.value);
        if (isPercentMeasure(criterion) && reading.value > 100) {
          flags.push({ message: cellMessage(reading.cell, `tỷ lệ ${shown} lớn hơn 100%`, code), cell: reading.cell, criterion: code, details: { value: reading.value, limit: 100 } });
        } else if (reading.value < 0 && !negativeAllowed(criterion)) {
          flags.push({ message: cellMessage(reading.cell, `kết quả ${shown} là số âm`, code), cell: reading.cell, criterion: code, details: { value: reading.value } });
        }
      }
      const parts = [
        ['tử số', row.numerator],
        ['mẫu số', row.denominator],
        ['điểm tự chấm', negativeAllowed(criterion) ? undefined : row.selfScore],
      ] as const;
      for (const [name, cell] of parts) {
        const n = cellNumber(cell);
        if (cell && typeof n === 'number' && n < 0) {
          flags.push({ message: cellMessage(cell.address, `${name} ${formatNumber(n)} là số âm`, code), cell: cell.address, criterion: code, details: { value: n, field: name } });
        }
      }
    }
    return flags;
  },
});
