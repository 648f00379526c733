// Công thức trong ô đơn vị nhập: a figure the unit should type (Kết quả, Tử số, Mẫu số, Điểm tự chấm)
// is a formula. Its cached result is what is scored; the council sees the formula, since a computed
// figure can hide where it came from (and a literal formula whose cache disagrees is not scored at all).
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

const FILLED_BY_UNIT = ['result', 'numerator', 'denominator', 'selfScore'] as const;

export default defineCheck({
  id: 'formula-in-input',
  severity: 'warning',
  title: 'Số liệu là công thức',
  titleEn: 'Figure typed as a formula',
  description: 'Ô đơn vị phải nhập số liệu (Kết quả, Tử số, Mẫu số, Điểm tự chấm) lại là công thức: số được tính chứ không phải nhập; Hội đồng xem công thức.',
  run(ctx) {
    const flags: FlagDraft[] = [];
    for (const { criterion, row } of reportedCriteria(ctx)) {
      for (const field of FILLED_BY_UNIT) {
        const cell = row[field];
        if (!cell?.formula) continue;
        flags.push({
          message: cellMessage(cell.address, `là công thức =${cell.formula}, không phải số liệu nhập tay`, criterion),
          cell: cell.address,
          criterion: criterion.code,
          details: { formula: cell.formula },
        });
      }
    }
    return flags;
  },
});

// Made for: workbooks where a unit typed a formula (=B5/B6*100) into a figure it should report: the cached result is
// scored, the council sees the formula.
