// Mã tiêu chí lạ: a row's code is not in the criteria set (a typo, or a sheet from another set).
import { cellText } from '../values.js';
import { cellMessage, defineCheck, rowsOf } from './define.js';

export default defineCheck({
  id: 'unknown-criterion',
  severity: 'warning',
  title: 'Mã tiêu chí không có trong bộ tiêu chí',
  titleEn: 'Criterion code not in the criteria set',
  description: 'Dòng có mã tiêu chí mà bộ tiêu chí không có; dòng đó không được chấm.',
  run(ctx) {
    const { unknown } = rowsOf(ctx);
    // Most reports have none: no closure made and no map called for them (issue 59).
    if (unknown.length === 0) return [];
    return unknown.map((row) => {
      const code = cellText(row.code.raw);
      return {
        message: cellMessage(row.code.address, `mã tiêu chí "${code}" không có trong bộ tiêu chí đang chấm (phiên bản ${ctx.set.version}); dòng này không được chấm`),
        cell: row.code.address,
        details: { code, row: row.row },
      };
    });
  },
});

// Made for: rows whose code is not in the set (a typo such as «CQS-1» for «CQS-01», or a row from another set's
// form): never scored, always named.
