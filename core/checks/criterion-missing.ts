// Thiếu tiêu chí: a criterion that applies to the unit has no row in the report (0 points).
import { formatNumber } from '../scoring/rules/reason.js';
import { defineCheck } from './define.js';

export default defineCheck({
  id: 'criterion-missing',
  severity: 'warning',
  title: 'Báo cáo thiếu tiêu chí',
  titleEn: 'Criterion missing from the report',
  description: 'Tiêu chí áp dụng cho đơn vị nhưng báo cáo không có dòng nào mang mã đó; tiêu chí được 0 điểm.',
  run(ctx) {
    return ctx.scores
      .filter((s) => s.row === null && s.status === 'missing')
      .map((s) => ({
        message: `Báo cáo thiếu tiêu chí ${s.code} "${s.title}" → 0/${formatNumber(s.max)} điểm`,
        criterion: s.code,
        details: { title: s.title, max: s.max },
      }));
  },
});
