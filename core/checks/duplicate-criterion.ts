// Mã tiêu chí lặp: the same code on two rows; only the first is scored.
import { cellText } from '../values.js';
import { cellMessage, defineCheck, rowsOf } from './define.js';

export default defineCheck({
  id: 'duplicate-criterion',
  severity: 'error',
  title: 'Mã tiêu chí lặp lại',
  titleEn: 'Criterion code repeated',
  description: 'Một mã tiêu chí xuất hiện ở nhiều dòng; chỉ dòng đầu tiên được chấm.',
  run(ctx) {
    const { duplicates } = rowsOf(ctx);
    // Most reports have none: no closure made and no map called for them (issue 59).
    if (duplicates.length === 0) return [];
    return duplicates.map(({ row, first }) => {
      const code = cellText(row.code.raw);
      return {
        message: cellMessage(row.code.address, `mã tiêu chí "${code}" lặp lại dòng ${first.row}; chỉ dòng ${first.row} được chấm`),
        cell: row.code.address,
        criterion: code,
        details: { code, row: row.row, firstRow: first.row },
      };
    });
  },
});

// Made for: reports where a row was copied and pasted (two rows with one code): only the first is scored, and the
// council sees which row was left out.
