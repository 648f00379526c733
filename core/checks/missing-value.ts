// Thiếu số liệu: a criterion's row is there but its figure is not (0 points until it is given).
import { blankReport } from './blank-report.js';
import { cellMessage, defineCheck } from './define.js';

export default defineCheck({
  id: 'missing-value',
  severity: 'warning',
  title: 'Thiếu số liệu',
  titleEn: 'Figure missing',
  description: 'Tiêu chí có dòng trong báo cáo nhưng chưa nhập kết quả (hoặc thiếu tử số/mẫu số, điểm tự chấm); tiêu chí được 0 điểm. Dòng điểm cộng, điểm trừ để trống là không có, không cảnh báo. Mẫu gửi lại chưa điền gì thì nêu một lần «Đơn vị chưa nộp báo cáo», không nêu từng tiêu chí.',
  needs: { reading: 'missing' },
  criterion(ctx, { criterion, row, reading }, flags) {
    // A template sent back blank is said once by blank-report, not at each of its rows.
    if (reading.kind !== 'missing' || blankReport(ctx)) return;
    flags.push({
      message: cellMessage(reading.cell, `${reading.what} → 0 điểm`, criterion),
      ...(reading.cell ? { cell: reading.cell } : {}),
      criterion: criterion.code,
      details: { missing: reading.what, row: row.row },
    });
  },
});

// Made for: rows a unit left blank: scored 0 until the figure is given, flagged so a blank is never read as a real
// zero.
