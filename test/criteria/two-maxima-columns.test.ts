// A commune's table writing both «Điểm chuẩn» and «Điểm tối đa», apart on two items («Kiện toàn Ban chỉ đạo | 20 |
// 25»): which of the two is the item's maximum the table does not say. It was read as «20 điểm mỗi lần, tối đa 25» —
// a rule of occurrences no word of the row writes — under «Các số bảng ghi đều khớp ✔». Now the items are scored on
// «Điểm chuẩn» (what the parts and the total add up to), the two figures said at the «Điểm tối đa» header, and the
// table not held as agreeing. Written by LibreOffice as Word and as a workbook, read through the command line's reader.
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { wordAndBookByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const TWO_MAXIMA: OfficeTable = {
  caption: 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025',
  rows: [
    ['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm tối đa', 'Điểm tự chấm'],
    ['I', 'CÔNG TÁC CHỈ ĐẠO', '30', '30', ''],
    ['1', 'Ban hành kế hoạch', '10', '10', ''],
    ['2', 'Kiện toàn Ban chỉ đạo', '20', '25', ''],
    ['II', 'KẾT QUẢ', '70', '70', ''],
    ['1', 'Tỷ lệ hồ sơ trực tuyến', '40', '45', ''],
    ['2', 'Tỷ lệ thanh toán trực tuyến', '30', '30', ''],
    [{ text: 'Tổng cộng', colSpan: 2 }, '100', '100', ''],
  ],
};

describe('«Điểm chuẩn» and «Điểm tối đa» written apart on some items', () => {
  let files: Record<'docx' | 'xlsx', string>;
  beforeAll(async () => {
    files = await wordAndBookByLibreOffice([TWO_MAXIMA], 'hai-cot-diem');
  }, 180_000);

  it.each([['docx', 1], ['xlsx', 2]] as const)('the .%s: no rule of occurrences made up, the doubt said at the header, the table not held as agreeing', async (ext, header) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[ext], tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['I.1', 10, 'manual'], ['I.2', 20, 'manual'], ['II.1', 40, 'manual'], ['II.2', 30, 'manual']]);
    const row = (n: number) => n + header - 2;
    expect(notices.filter((n) => n.cell === `D${header}`).map((n) => n.message)).toEqual([
      `Cột «Điểm chuẩn» và cột «Điểm tối đa» ghi hai số khác nhau ở dòng ${row(5)} (ô C${row(5)} ghi 20, ô D${row(5)} ghi 25), dòng ${row(7)} (ô C${row(7)} ghi 40, ô D${row(7)} ghi 45): bảng không nói số nào là điểm tối đa của mục. thidua chấm theo cột «Điểm chuẩn»; các số của cột này không vào bộ tiêu chí. Nếu mục được tới số ở cột này, sửa «Điểm tối đa» của mục trên trang «Tiêu chí» của tệp .xlsx xuất ra.`,
    ]);
    expect(reconciliation.agrees).toBe(false);
    expect(reconciliation.summary).toMatch(/^Cột D \(«Điểm tối đa», ô D\d\) ghi 7 số mà thidua không đọc/);
    expect(reconciliation.summary).not.toContain('✔');
  }, 60_000);
});
