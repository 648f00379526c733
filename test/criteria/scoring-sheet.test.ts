// The all-in-one scoring sheet (DOMAIN.md §8): one table that is criteria and score sheet at once —
// STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm | Điểm thẩm định | Tài liệu kiểm chứng | Ghi chú, grouped under
// roman numerals, sub-items «1.1», «a)», a «Tổng cộng» row with formulas — made with ExcelJS the way a
// commune office lays it out. Read as its own criteria set: its maxima, groups and the sheet's own arithmetic.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findCriteriaSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { ExcelJsWorkbook } from '../../excel-addin/workbook/exceljs-workbook.js';
import { tempDir } from '../cli/helpers.js';

type Line = [string | null, string, number | { formula: string; result: number } | null, number | null, number | null, string | null];

/** The commune's form, as a unit fills it: self-scores typed, the council's column still empty. */
const LINES: Line[] = [
  ['I', 'CHÍNH QUYỀN SỐ', { formula: 'C6+C9', result: 35 }, null, null, null],
  ['1', 'Ứng dụng công nghệ thông tin trong quản lý văn bản', { formula: 'C7+C8', result: 20 }, null, null, null],
  ['1.1', 'Văn bản đi được ký số và gửi trên môi trường mạng', 10, 9, null, 'Báo cáo iOffice tháng 12'],
  ['1.2', 'Hồ sơ công việc được xử lý trên môi trường mạng', 10, 8, null, null],
  ['2', 'Cổng/Trang thông tin điện tử của xã cập nhật thường xuyên', 15, 15, null, 'Đường dẫn trang tin'],
  ['II', 'XÃ HỘI SỐ', 65, null, null, null],
  ['3', 'Tuyên truyền, phổ biến về chuyển đổi số', 25, null, null, null],
  ['a)', 'Trên hệ thống truyền thanh cơ sở', 10, 10, null, null],
  ['b)', 'Trên mạng xã hội (Zalo, Facebook) của xã', 10, 7, null, null], // 10 + 10 ≠ 25: the form's own slip
  ['4', 'Tổ công nghệ số cộng đồng hoạt động hiệu quả', 40, 30, null, 'Biên bản sinh hoạt tổ'],
];

async function scoringSheet(path: string, total: { formula: string; result: number }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chấm điểm');
  ws.mergeCells('A1:G1');
  ws.getCell('A1').value = 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025';
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = '(Kèm theo Kế hoạch số 18/KH-UBND ngày 10/3/2025 của UBND xã)';
  ws.getRow(4).values = ['TT', 'Nội dung', 'Thang điểm', 'Tự chấm', 'Điểm phúc tra', 'Tài liệu kiểm chứng', 'Ghi chú'];
  LINES.forEach((line, i) => {
    ws.getRow(5 + i).values = [...line];
  });
  ws.getCell('B16').value = 'Tổng cộng';
  ws.getCell('C16').value = total;
  ws.getCell('D16').value = { formula: 'SUM(D7:D15)', result: 79 };
  await wb.xlsx.writeFile(path);
}

async function read(path: string) {
  const before = await readFile(path);
  const wb = await ExcelJsWorkbook.fromBuffer(before);
  const result = readCriteriaSheet(findCriteriaSheet(await wb.readSheets(await wb.listSheets()))!, { fileName: 'cham-diem.xlsx' });
  expect(await readFile(path)).toEqual(before);
  return result;
}

describe('the all-in-one scoring sheet, read as its own criteria', () => {
  it('takes the scored items (leaves) as criteria, items with sub-items as their sum, groups from the roman numerals', async () => {
    const path = join(await tempDir(), 'cham-diem.xlsx');
    await scoringSheet(path, { formula: 'C5+C10', result: 100 });
    const result = await read(path);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { set, notices } = result;
    expect(set.title).toBe('BẢNG TỰ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025');
    expect(set.groups).toEqual([
      { id: 'I', title: 'CHÍNH QUYỀN SỐ', maxPoints: 35 },
      { id: 'II', title: 'XÃ HỘI SỐ', maxPoints: 65 },
    ]);
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints, c.rule.kind])).toEqual([
      ['1.1', 'I', 10, 'manual'],
      ['1.2', 'I', 10, 'manual'],
      ['2', 'I', 15, 'manual'],
      ['3.a', 'II', 10, 'manual'],
      ['3.b', 'II', 10, 'manual'],
      ['4', 'II', 40, 'manual'],
    ]);
    // The sheet's own arithmetic, each slip at its cell; the council's and the unit's columns are not criteria.
    expect(notices.filter((n) => /được \d|Cách tính/.test(n.message))).toEqual([
      { cell: 'A4', message: 'Bảng tiêu chí không có cột «Cách tính»: mọi tiêu chí chấm thủ công (cán bộ nhập điểm từ 0 đến điểm tối đa).' },
      { cell: 'C10', message: 'Nhóm II (XÃ HỘI SỐ) ghi 65 điểm, nhưng các tiêu chí trong nhóm cộng được 60: nhóm tính 65, mỗi tiêu chí tính điểm của mình.' },
      { cell: 'C11', message: 'Mục 3 ghi 25 điểm, nhưng các mục con 3.a, 3.b cộng được 20: dùng điểm của từng mục con.' },
      { cell: 'C16', message: 'Dòng «Tổng cộng» ghi 100 điểm, nhưng cộng «Điểm tối đa» các tiêu chí (trừ điểm cộng, điểm trừ) được 95: dùng điểm của từng tiêu chí.' },
    ]);
  });
});
