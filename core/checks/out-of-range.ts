// Ngoài phạm vi: a rate above 100%, a negative figure.
import type { Criterion } from '../criteria/schema.js';
import type { ReportCell } from '../sheet/cell.js';
import { cellNumber } from '../scoring/classify.js';
import { formatNumber, formatValue, isPercentMeasure } from '../criteria/rules/reason.js';
import { cellMessage, defineCheck, type FlagDraft } from './define.js';

/**
 * Deductions written as points may be typed "-8": that is how officers write a deduction — points typed by hand
 * (`byHand`) are points, a per-occurrence deduction's too —; so may a level that takes points («−2»).
 */
function negativeAllowed(criterion: Criterion, byHand = false): boolean {
  return (criterion.rule.kind === 'deduction' && (criterion.rule.pointsEach === undefined || byHand)) || (criterion.rule.kind === 'tiers' && criterion.rule.tiers.some((t) => t.points < 0));
}

/** A negative tử số, mẫu số or điểm tự chấm. */
function flagNegative(flags: FlagDraft[], name: string, cell: ReportCell | undefined, criterion: Criterion): void {
  const n = cellNumber(cell);
  if (cell && typeof n === 'number' && n < 0) {
    flags.push({ message: cellMessage(cell.address, `${name} ${formatNumber(n)} là số âm`, criterion), cell: cell.address, criterion: criterion.code, details: { value: n, field: name } });
  }
}

export default defineCheck({
  id: 'out-of-range',
  severity: 'warning',
  title: 'Số liệu ngoài phạm vi',
  titleEn: 'Figure out of range',
  description: 'Tỷ lệ lớn hơn 100% hoặc số âm ở kết quả, tử số, mẫu số hay điểm tự chấm.',
  criterion(ctx, { criterion, row, reading }, flags) {
    const code = criterion.code;
    // A rate computed from Tử số / Mẫu số is judged through those cells (and numerator-exceeds-denominator); points
    // read from «Điểm tự chấm» through that cell, below: one flag a cell, named by what the cell is.
    if (reading.kind === 'value' && reading.cell !== row.numerator?.address && reading.cell !== row.selfScore?.address) {
      if (isPercentMeasure(criterion) && reading.value > 100) {
        const shown = formatValue(criterion, reading.value);
        flags.push({ message: cellMessage(reading.cell, `tỷ lệ ${shown} lớn hơn 100%`, criterion), cell: reading.cell, criterion: code, details: { value: reading.value, limit: 100 } });
      } else if (reading.value < 0 && !negativeAllowed(criterion, reading.byHand)) {
        const shown = formatValue(criterion, reading.value);
        flags.push({ message: cellMessage(reading.cell, `kết quả ${shown} là số âm`, criterion), cell: reading.cell, criterion: code, details: { value: reading.value } });
      }
    }
    flagNegative(flags, 'tử số', row.numerator, criterion);
    flagNegative(flags, 'mẫu số', row.denominator, criterion);
    if (!negativeAllowed(criterion, true)) flagNegative(flags, 'điểm tự chấm', row.selfScore, criterion);
  },
});

// Made for: figures no criterion can have — a rate above 100%, a negative count — typed by hand into a unit's
// report.
