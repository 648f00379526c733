// A table with a content column and a column of figures that are not points (money, dates) is refused with the reason
// naming the column, never read as a set that ranks units out of 0 (issue 55 item 3). The shapes are written here by
// ExcelJS as an office types a reward list; a real budget table is held in not-scoring-real.test.ts.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { readCriteriaSheet, whyNoCriteriaTable } from '../../core/criteria/sheet/index.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { REWARDS } from './fixtures/rewards.js';

async function gridOf(rows: (string | number | Date | null)[][]): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khen thưởng');
  for (const row of rows) ws.addRow(row);
  const read = await ExcelJsWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  return (await read.readSheets(await read.listSheets()))[0]!;
}

describe('a table of figures that are not points', () => {
  it('refuses a table of rewards in money, naming its column at its cell', async () => {
    const read = readCriteriaSheet(await gridOf(REWARDS));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.errors).toEqual([
      { cell: 'C3', message: 'Cột «Thưởng (đồng)» ghi số tiền (như 3.510.000), không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.' },
    ]);
  });

  it('refuses it by its cells when the column’s title says nothing of money', async () => {
    const read = readCriteriaSheet(await gridOf(REWARDS.map((r, i) => (i === 2 ? ['STT', 'Nội dung', 'Thưởng'] : r))));
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toEqual([
      'Cột «Thưởng» ghi số tiền (như 3.510.000), không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.',
    ]);
  });

  it('reads a scoring table with a money column beside its points, the points alone', async () => {
    const read = readCriteriaSheet(await gridOf([
      ['STT', 'Nội dung', 'Điểm chuẩn', 'Thưởng (đồng)'],
      ['1', 'Hoàn thành kế hoạch năm', 60, null],
      ['2', 'Công tác phối hợp', 40, 500_000],
    ]));
    expect(read.ok && read.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1', 60], ['2', 40]]);
  });

  it('refuses a column titled in thousands of đồng, its figures small', async () => {
    const read = readCriteriaSheet(await gridOf([
      ['STT', 'Nội dung', 'Thưởng (1.000đ)'],
      ['1', 'Giải nhất', 2_880],
      ['2', 'Giải nhì', 2_160],
      ['3', 'Giải ba', 1_440],
    ]));
    expect(read.ok ? [] : read.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      'C1: Cột «Thưởng (1.000đ)» ghi số tiền, không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.',
    ]);
  });

  it('refuses figures no item is worth under a unit line in đồng, though the column says points', async () => {
    const rows = [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['1', 'Chi thường xuyên', 12_500],
      ['2', 'Chi từ nguồn thu', 824.4],
      ['3', 'Chi khác', 586],
    ];
    const read = readCriteriaSheet(await gridOf(rows));
    expect(read.ok ? [] : read.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      'C2: Cột «Điểm tối đa» ghi số tiền (như 12.500), không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.',
    ]);
  });

  it('says a money column where the points column should be before the columns the header lacks', async () => {
    const grid = await gridOf([
      ['Số TT', 'Nội dung chi', 'Mức chi đạt giải cấp tỉnh (1.000đ)', 'Đơn vị tính'],
      ['1', 'Chi thưởng cho học sinh đạt giải', null, null],
      [null, '- Giải nhất', 2_880, 'Giải'],
      [null, '- Giải nhì', 2_160, 'Giải'],
    ]);
    expect(whyNoCriteriaTable(grid)).toBe('cột «Mức chi đạt giải cấp tỉnh (1.000đ)» (ô C1) ghi số tiền, không phải điểm: đây không phải bảng chấm điểm (dòng tiêu đề ở dòng 1 thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»)');
  });

  it('takes «đồng» for money as a unit only, not in a council’s, a community’s or a province’s name', async () => {
    // A commune's table of the council's marks, no maximum column: before, «Hội đồng» made it a table of money.
    const council = await gridOf([
      ['STT', 'Nội dung', 'Điểm Hội đồng thẩm định'],
      ['1', 'Tổ công nghệ số cộng đồng hoạt động hiệu quả', 8],
      ['2', 'Tỷ lệ hồ sơ trực tuyến', 9.5],
    ]);
    expect(whyNoCriteriaTable(council) ?? '').not.toContain('số tiền');
    const province = await gridOf([
      ['STT', 'Nội dung', 'Đồng Nai', 'Lâm Đồng'],
      ['1', 'Công tác chỉ đạo, điều hành', 9.1, 9.49],
      ['2', 'Cải cách thể chế', 8.7, 9.38],
    ]);
    expect(whyNoCriteriaTable(province) ?? '').not.toContain('số tiền');
    // The unit after a figure, a magnitude, a bracket or a colon is money still.
    for (const label of ['Mức hỗ trợ (đồng)', 'Mức hỗ trợ (đồng/người)', 'Giá trị, 1 000 đồng', 'Giá trị (ĐVT: đồng)']) {
      const grid = await gridOf([['STT', 'Tên khoản', label], ['1', 'Giải nhất', 2_880], ['2', 'Giải nhì', 2_160]]);
      expect(whyNoCriteriaTable(grid), label).toContain(`cột «${label}» (ô C1) ghi số tiền`);
    }
  });

  /**
   * Places side by side over their results are names, not money; a criteria table whose maximum names the department
   * it is for is a set; each money header is money — in the words as `written` («Nội dung» or «NỘI DUNG»).
   */
  async function namesAndMoney(written: (words: string) => string, places: string[][], money: string[]) {
    for (const names of places) {
      const grid = await gridOf([['STT', written('Nội dung'), ...names], ['1', 'Công tác chỉ đạo, điều hành', 9.1, 9.49], ['2', 'Cải cách thể chế', 8.7, 9.38]]);
      expect(whyNoCriteriaTable(grid) ?? '', names.join()).not.toContain('số tiền');
    }
    const own = readCriteriaSheet(await gridOf([
      ['STT', written('Tiêu chuẩn thi đua'), written('Điểm chuẩn (Tiền Giang)')],
      ['1', 'Công tác quản lý đất đai', 30],
      ['2', 'Công tác môi trường', 20],
    ]));
    expect(own.ok ? own.set.criteria.map((c) => c.maxPoints) : own.errors).toEqual([30, 20]);
    for (const label of money) {
      const grid = await gridOf([['STT', written('Tên khoản'), label], ['1', 'Giải nhất', 2_880], ['2', 'Giải nhì', 2_160]]);
      expect(whyNoCriteriaTable(grid), label).toContain(`cột «${label}» (ô C1) ghi số tiền`);
    }
  }

  it('takes a place’s name for a name, whatever money its syllables say; the table’s money words stay money', async () => {
    // Provinces and districts side by side, each over its results (as Lâm Đồng's report sets Đắk Nông beside it): before,
    // «Tiền» of Tiền Giang and «Triệu» of Triệu Phong made each a table of money. The money headers are real tables'
    // (Văn Bàn's «Dự toán giao năm 2024», the reward lists) and the usual ones.
    await namesAndMoney(
      (words) => words,
      [['Tiền Giang', 'Long An'], ['Triệu Phong', 'Hải Lăng'], ['Sở TN&MT Tiền Giang', 'Ngân Sơn']],
      ['Thành tiền', 'Số tiền', 'Tiền thưởng', 'THÀNH TIỀN', 'Thành Tiền', 'Số Tiền', 'Tiền Thưởng', 'Kinh phí', 'Kinh Phí', 'Ngân Sách', 'Dự toán giao năm 2024', 'Mức chi', 'Ngân sách', 'Giá trị (triệu đồng)', 'Giá trị (Triệu Đồng)', 'Triệu đồng', 'Mức chi (1.000đ)', 'Giá trị (VNĐ)', 'Giá trị (đồng)'],
    );
  });

  it('takes a place’s name written in capitals for a name, as its Title Case form; money phrases in capitals stay money', async () => {
    // Real tables write their headers in capitals: before, «TIỀN GIANG» over its results was a column of money.
    await namesAndMoney(
      (words) => words.toLocaleUpperCase('vi'),
      [['TIỀN GIANG', 'LONG AN'], ['TRIỆU PHONG', 'HẢI LĂNG'], ['LÂM ĐỒNG', 'ĐẮK NÔNG'], ['SỞ TN&MT TIỀN GIANG', 'NGÂN SƠN']],
      ['THÀNH TIỀN', 'SỐ TIỀN', 'KINH PHÍ (ĐỒNG)', 'TIỀN THƯỞNG', 'TIỀN', 'NGÂN SÁCH', 'MỨC CHI', 'DỰ TOÁN GIAO NĂM 2024', 'GIÁ TRỊ (TRIỆU ĐỒNG)', 'MỨC CHI (1.000Đ)', 'GIÁ TRỊ (VNĐ)'],
    );
  });

  it('reads a points column that mentions people or days as points; a column whose unit is people or days is refused', async () => {
    // Before: «Điểm tối đa (người đứng đầu)» and «Điểm trừ (mỗi lượt vi phạm)» refused as «ghi số người», «… ngày … tháng» as «ghi ngày tháng».
    const head = readCriteriaSheet(await gridOf([
      ['STT', 'Nội dung', 'Điểm tối đa (người đứng đầu)', 'Điểm trừ (mỗi lượt vi phạm)'],
      ['1', 'Trực tiếp chỉ đạo chuyển đổi số', 10, 2],
      ['2', 'Chủ trì họp Ban chỉ đạo hằng quý', 5, 1],
    ]));
    expect(head.ok ? head.set.criteria.map((c) => c.maxPoints) : head.errors.map((e) => e.message)).toEqual([10, 5]);
    const days = readCriteriaSheet(await gridOf([
      ['STT', 'Nội dung', 'Điểm chuẩn (gửi trước ngày 15 hằng tháng)'],
      ['1', 'Báo cáo tình hình chuyển đổi số', 4],
      ['2', 'Báo cáo kết quả cổng dịch vụ công', 6],
    ]));
    expect(days.ok ? days.set.criteria.map((c) => c.maxPoints) : days.errors.map((e) => e.message)).toEqual([4, 6]);
    for (const [points, what] of [['Điểm (người)', 'số người'], ['Điểm (số lượt)', 'số người'], ['Điểm tối đa (ngày)', 'ngày tháng'], ['Điểm (ngày/tháng/năm)', 'ngày tháng']] as const) {
      const read = readCriteriaSheet(await gridOf([['STT', 'Nội dung', points], ['1', 'Tổ công nghệ số cộng đồng', 12], ['2', 'Hộ gia đình dùng dịch vụ', 30]]));
      expect(read.ok ? [] : read.errors.map((e) => `${e.cell}: ${e.message}`), points).toEqual([
        `C1: Cột «${points}» ghi ${what}, không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.`,
      ]);
    }
  });

  it('refuses a form not filled in, its points cells the fields a program fills, with nothing else said', async () => {
    // A hospital's Mẫu số 01 as its app keeps it: before, refused as worth nothing, then a note for each field read as a code.
    const read = readCriteriaSheet(await gridOf([
      ['TT', 'Tiêu chí chấm điểm', 'Điểm tối đa', 'Điểm tự chấm'],
      ['{{số thứ tự la mã}}', '{{tiêu chí cha}}', '{{điểm tối đa của tiêu chí cha}}', null],
      ['{{số thứ tự}}', '{{tiêu chí}}', '{{điểm tối đa của tiêu chí}}', null],
      [null, 'Tổng cộng', '{{tổng điểm của toàn bộ tiêu chí}}', null],
    ]));
    expect(read.ok ? [] : [...read.errors.map((e) => `${e.cell}: ${e.message}`), ...read.notices.map((n) => n.message)]).toEqual([
      'C1: Cột «Điểm tối đa» ghi chỗ để điền (như «{{điểm tối đa của tiêu chí cha}}»), chưa có điểm nào: bảng là mẫu chưa điền, điền điểm vào mẫu rồi nhập lại.',
    ]);
  });

  it('refuses a table whose criteria are worth nothing together', async () => {
    const read = readCriteriaSheet(await gridOf([
      ['STT', 'Tiêu chuẩn thi đua', 'Điểm'],
      ['1', 'Hoàn thành kế hoạch năm', 0],
      ['2', 'Công tác phối hợp', 0],
    ]));
    expect(read.ok ? [] : read.errors.map((e) => `${e.cell}: ${e.message}`)).toEqual([
      'A1: Các tiêu chí của bảng cộng được 0 điểm (không dòng nào ghi điểm chuẩn, điểm thưởng): không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.',
    ]);
  });
});

// Made for issue 55 item 3: a table of money amounts («Thưởng (đồng)») imported as a set «Chấm trên tổng 0 điểm».
