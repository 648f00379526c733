// Công thức trong ô đơn vị nhập: a figure the unit should type (Kết quả, Tử số, Mẫu số, Điểm tự chấm)
// is a formula. Its cached result is what is scored; the council sees the formula, since a computed
// figure can hide where it came from (and a literal formula whose cache disagrees is not scored at all).
import type { Criterion } from '../criteria/schema.js';
import type { ReportCell } from '../sheet/cell.js';
import { cellMessage, defineCheck, type FlagDraft } from './define.js';

export default defineCheck({
  id: 'formula-in-input',
  severity: 'warning',
  title: 'Số liệu là công thức',
  titleEn: 'Figure typed as a formula',
  description: 'Ô đơn vị phải nhập số liệu (Kết quả, Tử số, Mẫu số, Điểm tự chấm) lại là công thức: số được tính chứ không phải nhập; Hội đồng xem công thức.',
  criterion(ctx, { criterion, row }, flags) {
    // The cells the unit fills, each read by its name: a row read by a field's name in a variable was a megamorphic
    // lookup, four on every criterion of every report, right after a workbook's reading (issue 59).
    if (row.result?.formula) flags.push(formulaFlag(row.result, criterion));
    if (row.numerator?.formula) flags.push(formulaFlag(row.numerator, criterion));
    if (row.denominator?.formula) flags.push(formulaFlag(row.denominator, criterion));
    if (row.selfScore?.formula) flags.push(formulaFlag(row.selfScore, criterion));
  },
});

function formulaFlag(cell: ReportCell, criterion: Criterion): FlagDraft {
  return {
    message: cellMessage(cell.address, `là công thức =${cell.formula}, không phải số liệu nhập tay`, criterion),
    cell: cell.address,
    criterion: criterion.code,
    details: { formula: cell.formula },
  };
}

// Made for: workbooks where a unit typed a formula (=B5/B6*100) into a figure it should report: the cached result is
// scored, the council sees the formula.
