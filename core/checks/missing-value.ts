// Thiếu số liệu: a criterion's row is there but its figure is not (0 points until it is given).
import { readCriterionValue } from '../scoring/classify.js';
import { cellMessage, defineCheck, reportedCriteria } from './define.js';

export default defineCheck({
  id: 'missing-value',
  severity: 'warning',
  title: 'Thiếu số liệu',
  description: 'Tiêu chí có dòng trong báo cáo nhưng chưa nhập kết quả (hoặc thiếu tử số/mẫu số, điểm tự chấm); tiêu chí được 0 điểm.',
  run(ctx) {
    return reportedCriteria(ctx).flatMap(({ criterion, row }) => {
      const reading = readCriterionValue(criterion, row, ctx.report.columns);
      if (reading.kind !== 'missing') return [];
      return [{
        message: cellMessage(reading.cell, `${reading.what} → 0 điểm`, criterion.code),
        ...(reading.cell ? { cell: reading.cell } : {}),
        criterion: criterion.code,
        details: { missing: reading.what, row: row.row },
      }];
    });
  },
});
