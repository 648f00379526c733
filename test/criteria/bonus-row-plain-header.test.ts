// A bonus row closing a part of a table whose header is thidua's own sheet's words («TT | Nội dung | Điểm tối đa»):
// such a table went to the layout of thidua's own sheet, which folded «* Điểm thưởng …» into the words of the item above
// it with nothing said — «Các số bảng ghi đều khớp ✔» and no bonus in the set. A bonus row makes the table an office's
// scoring table, whose reader takes it as the part's bonus (scoring-table/bonus-row.ts). Written by ExcelJS as an officer
// types it, read through the command line's reader.
// And a bonus written as a line under the total row («Tổng cộng | 100», then «Điểm thưởng: cộng tối đa 5 điểm cho đơn
// vị …»): no row of the table holds it, so the set had no bonus and a unit scored on it never got one — with «Các số
// bảng ghi đều khớp ✔» and nothing said. Now said first in the reconciliation and at its cell (a document's paragraph
// under the table by its words), with how to score it; a deduction written so («Điểm trừ: trừ tối đa 10 điểm …») alike.
// Written by ExcelJS and by LibreOffice (.xlsx, .docx).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

it('reads «* Điểm thưởng (tối đa 5 điểm): …» under part II as that part’s bonus, said at its cell', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bonus-plain-'));
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Bang diem').addRows([
    ['TT', 'Nội dung', 'Điểm tối đa', 'Tự chấm'],
    ['I', 'Chỉ đạo, điều hành', 30],
    ['1', 'Ban hành kế hoạch', 10],
    ['2', 'Kiện toàn Ban chỉ đạo', 20],
    ['II', 'Kết quả', 70],
    ['1', 'Hồ sơ trực tuyến toàn trình', 40],
    ['2', 'Thanh toán trực tuyến', 30],
    [null, '* Điểm thưởng (tối đa 5 điểm): có mô hình hay được tỉnh biểu dương: 5 điểm'],
    [null, 'Tổng cộng', 100],
  ]);
  const path = join(dir, 'bang-diem.xlsx');
  await book.xlsx.writeFile(path);
  const { set, notices, reconciliation } = await readCriteriaFile(path, dir);
  const bonus = set.criteria.find((c) => c.rule.kind === 'bonus');
  expect(bonus).toMatchObject({ code: 'II.3', group: 'II', maxPoints: 5, rule: { kind: 'bonus', withinPart: true } });
  expect(set.criteria.filter((c) => c.rule.kind !== 'bonus').map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 10], ['I.2', 20], ['II.1', 40], ['II.2', 30]]);
  expect(notices.find((n) => n.cell === 'A8')?.message).toMatch(/^Dòng «Điểm thưởng \(tối đa 5 điểm\).*» trong phần II: đọc là điểm thưởng của phần II \(mục II\.3\), tối đa 5 điểm\./);
  expect(reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
});

const BONUS_LINE = 'Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cách làm hay được UBND tỉnh công nhận';
/** Two parts of two items each, their points on the part's row and the items', closed by «Tổng cộng | 100», the bonus line under it. */
const PARTS = [['I', 'CẢI CÁCH HÀNH CHÍNH', 20, 'Công khai thủ tục hành chính', 'Giải quyết hồ sơ đúng hạn'], ['II', 'CHUYỂN ĐỔI SỐ', 30, 'Tỷ lệ hồ sơ trực tuyến', 'Ký số văn bản đi']] as const;
const UNDER: OfficeTable = {
  caption: 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025',
  rows: [
    ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
    ...PARTS.flatMap(([code, name, each, ...items]) => [[code, name, String(2 * each), ''], ...items.map((item, k) => [String(k + 1), item, String(each), ''])]),
    ['', 'Tổng cộng', '100', ''],
    [{ text: BONUS_LINE, colSpan: 4 }],
  ],
};
// The same line as the document's paragraph under the table.
const AFTER: OfficeTable = { ...UNDER, rows: UNDER.rows.slice(0, -1), after: [BONUS_LINE] };
// A deduction written as the line under the total instead.
const DEDUCTION_LINE = 'Điểm trừ: trừ tối đa 10 điểm đối với đơn vị để xảy ra sai phạm bị cơ quan có thẩm quyền xử lý';
const TAKEN: OfficeTable = { ...UNDER, rows: [...UNDER.rows.slice(0, -1), [{ text: DEDUCTION_LINE, colSpan: 4 }]] };
// The bonus line typed in the content column under «Tổng cộng», as the total's words are.
const IN_CONTENT: OfficeTable = { ...UNDER, rows: [...UNDER.rows.slice(0, -1), ['', BONUS_LINE, '', '']] };
// A table whose bonus is a part of its own rows («III | ĐIỂM THƯỞNG | 5»), and a second bonus line typed in the content
// column under «Tổng cộng»: it may be that part written again, or a bonus no criterion scores.
const SECOND_LINE = 'Điểm thưởng: cộng tối đa 3 điểm cho đơn vị có sáng kiến được Hội đồng sáng kiến xã công nhận';
const BESIDE_BONUS: OfficeTable = {
  ...UNDER,
  rows: [...UNDER.rows.slice(0, -2), ['III', 'ĐIỂM THƯỞNG', '5', ''], ['1', 'Có mô hình chuyển đổi số được UBND tỉnh biểu dương', '5', ''], UNDER.rows.at(-2)!, ['', SECOND_LINE, '', '']],
};
const cellsOf = (table: OfficeTable) => [[table.caption], ...table.rows.map((r) => r.map((c) => (typeof c === 'string' ? c || null : c.text)))];

describe('a bonus written as a line under the total row', () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-bonus-under-'));
    for (const [name, table] of [['exceljs', UNDER], ['deduction-exceljs', TAKEN], ['content-exceljs', IN_CONTENT], ['beside-exceljs', BESIDE_BONUS]] as const) {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Bang diem').addRows(cellsOf(table));
      files[name] = join(dir, `${name}.xlsx`);
      await book.xlsx.writeFile(files[name]!);
    }
    const docs = [{ name: 'duoi-tong-office', tables: [UNDER] }, { name: 'doan-duoi-bang', tables: [AFTER] }, { name: 'tru-duoi-tong', tables: [TAKEN] }, { name: 'cot-noi-dung', tables: [IN_CONTENT] }, { name: 'ben-muc-thuong', tables: [BESIDE_BONUS] }];
    const [xlsx, contentXlsx, besideXlsx] = await xlsxAllByLibreOffice([docs[0]!, docs[3]!, docs[4]!], dir);
    const [docx, paragraph, deduction, contentDocx, besideDocx] = await docxAllByLibreOffice(docs, dir);
    Object.assign(files, { xlsx, docx, paragraph, 'deduction-docx': deduction, 'content-xlsx': contentXlsx, 'content-docx': contentDocx, 'beside-xlsx': besideXlsx, 'beside-docx': besideDocx });
  }, 180_000);

  it.each(['exceljs', 'xlsx', 'docx', 'paragraph'] as const)('the %s file: the bonus no criterion holds is said first and where it is written, never under a ✔ alone', async (kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[kind]!, tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['I.1', 20, 'manual'], ['I.2', 20, 'manual'], ['II.1', 30, 'manual'], ['II.2', 30, 'manual']]);
    expect(reconciliation.agrees).toBe(false);
    const said = notices.filter((n) => n.message.includes('ghi điểm thưởng'));
    expect(said).toHaveLength(1);
    if (kind === 'paragraph') {
      expect(said[0]!.cell).toBeUndefined();
      expect(said[0]!.message).toMatch(/^Đoạn dưới bảng ghi điểm thưởng tối đa 5 điểm \(«Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cá…»\)/);
      expect(reconciliation.summary).toMatch(/^Bảng 1 \(tệp doan-duoi-bang\.docx\) ghi điểm thưởng tối đa 5 điểm dưới dòng tổng \(đoạn dưới bảng: «Điểm thưởng: cộng/);
    } else {
      expect(said[0]!.cell).toMatch(/^A\d+$/);
      const row = said[0]!.cell!.slice(1);
      expect(said[0]!.message).toMatch(new RegExp(`^Dòng ${row} ghi điểm thưởng tối đa 5 điểm \\(«Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cá…»\\) dưới dòng tổng`));
      expect(reconciliation.summary).toMatch(new RegExp(`ghi điểm thưởng tối đa 5 điểm dưới dòng tổng \\(ô ${said[0]!.cell}: «Điểm thưởng: cộng`));
    }
    expect(said[0]!.message).toContain('khi chấm, đơn vị không được cộng điểm này');
    // Kept with the set, with where it was, so scoring says it too (test/cli/criteria-import-under-total.test.ts).
    const file = files[kind]!.split('/').at(-1)!;
    const where = kind === 'paragraph' ? `đoạn dưới bảng 1 (tệp ${file})` : `${said[0]!.cell === undefined ? '' : `ô ${said[0]!.cell}, `}${kind === 'exceljs' || kind === 'xlsx' ? `trang «${kind === 'exceljs' ? 'Bang diem' : 'Sheet1'}»` : 'bảng 1'} (tệp ${file})`;
    expect(set.underTotal).toEqual([{ kind: 'bonus', text: BONUS_LINE, maxPoints: 5, where }]);
    expect(said[0]!.message).toContain('thêm một tiêu chí thưởng (Cách tính «Cộng điểm», Điểm tối đa 5)');
    expect(reconciliation.summary).not.toMatch(/^Các số bảng ghi đều khớp/);
  }, 60_000);

  it.each(['deduction-exceljs', 'deduction-docx'] as const)('the %s file: a deduction written so is said alike, never dropped', async (kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[kind]!, tmpdir());
    expect(set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'manual', 'manual']);
    expect(reconciliation.agrees).toBe(false);
    const said = notices.filter((n) => n.message.includes('ghi điểm trừ'));
    expect(said).toHaveLength(1);
    const row = said[0]!.cell!.slice(1);
    expect(set.underTotal).toMatchObject([{ kind: 'deduction', text: DEDUCTION_LINE, maxPoints: 10, where: expect.stringMatching(new RegExp(`^ô ${said[0]!.cell}, `)) }]);
    expect(said[0]!.message).toBe(`Dòng ${row} ghi điểm trừ tối đa 10 điểm («Điểm trừ: trừ tối đa 10 điểm đối với đơn vị để xảy ra sai…») dưới dòng tổng, không phải một dòng của bảng: bộ tiêu chí không có tiêu chí trừ điểm nào, khi chấm, đơn vị không bị trừ điểm này. Muốn chấm điểm trừ ấy, thêm một tiêu chí trừ điểm (Cách tính «Trừ điểm», Điểm tối đa 10) trên trang «Tiêu chí» của tệp .xlsx xuất ra rồi chấm theo tệp ấy.`);
    expect(reconciliation.summary).toMatch(new RegExp(`ghi điểm trừ tối đa 10 điểm dưới dòng tổng \\(ô ${said[0]!.cell}: «Điểm trừ: .*»\\) mà bộ tiêu chí không có: khi chấm, không đơn vị nào bị trừ điểm ấy`));
  }, 60_000);

  // In the content column the table's end was said of the same row as well, wrongly: until 2026-11-30 «Bảng tiêu chí
  // dừng trước dòng 10 («Điểm thưởng: …»): từ dòng đó trở xuống là phần sau bảng (tổng hợp, ngày tháng, chữ ký)» beside
  // «Dòng 10 ghi điểm thưởng tối đa 5 điểm … dưới dòng tổng».
  it.each(['content-exceljs', 'content-xlsx', 'content-docx'] as const)('the %s file: a bonus line in the content column is said once, as a bonus', async (kind) => {
    const { notices, reconciliation } = await readCriteriaFile(files[kind]!, tmpdir());
    const said = notices.filter((n) => n.message.includes('ghi điểm thưởng'));
    expect(said).toHaveLength(1);
    const row = said[0]!.cell!.slice(1);
    expect(said[0]!.message).toMatch(new RegExp(`^Dòng ${row} ghi điểm thưởng tối đa 5 điểm \\(«Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cá…»\\) dưới dòng tổng`));
    expect(notices.filter((n) => n.cell?.slice(1) === row || n.message.includes(`dòng ${row} `)).map((n) => n.message)).toEqual([said[0]!.message]);
    expect(reconciliation.summary).toMatch(new RegExp(`ghi điểm thưởng tối đa 5 điểm dưới dòng tổng \\(ô ${said[0]!.cell}: «Điểm thưởng: cộng`));
  }, 60_000);
  // Beside a bonus part read from its own rows, the line was said only as where the table ends until 2026-11-30: «Bảng
  // tiêu chí dừng trước dòng 13 («Điểm thưởng: …»): từ dòng đó trở xuống là phần sau bảng (tổng hợp, ngày tháng, chữ
  // ký)» — a bonus the table promises, said as its signatures.
  it.each(['beside-exceljs', 'beside-xlsx', 'beside-docx'] as const)('the %s file: a bonus line under the total beside a bonus part is said once, as a doubt at its cell', async (kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[kind]!, tmpdir());
    expect(set.criteria.filter((c) => c.rule.kind === 'bonus').map((c) => [c.code, c.maxPoints])).toEqual([['III.1', 5]]);
    const said = notices.filter((n) => n.message.includes('ghi điểm thưởng'));
    expect(said).toHaveLength(1);
    const row = said[0]!.cell!.slice(1);
    expect(said[0]!.message).toBe(
      `Dòng ${row} ghi điểm thưởng tối đa 3 điểm («Điểm thưởng: cộng tối đa 3 điểm cho đơn vị có sáng kiến đ…») dưới dòng tổng, không phải một dòng của bảng, bên cạnh tiêu chí thưởng bảng ghi thành dòng (mục III.1, tối đa 5 điểm): ` +
        'thidua không biết đó là tiêu chí thưởng ấy ghi lại hay một điểm thưởng khác mà không tiêu chí nào chấm, nên không đoán. Nếu là điểm thưởng khác, thêm một tiêu chí thưởng (Cách tính «Cộng điểm», Điểm tối đa 3) trên trang «Tiêu chí» của tệp .xlsx xuất ra rồi chấm theo tệp ấy; nếu là tiêu chí thưởng đã có, xoá dòng «Điểm thưởng ghi dưới dòng tổng» ở phần đầu trang ấy (đến khi ấy, thidua nói lại điều này khi nhập lại và khi chấm).',
    );
    // Not said a second time as the table's end (its signatures).
    expect(notices.filter((n) => n.cell?.slice(1) === row || n.message.includes(`dòng ${row} `)).map((n) => n.message)).toEqual([said[0]!.message]);
    expect(reconciliation.agrees).toBe(false);
    expect(reconciliation.summary).toMatch(new RegExp(`ghi điểm thưởng tối đa 3 điểm dưới dòng tổng \\(ô ${said[0]!.cell}: «Điểm thưởng: cộng tối đa 3 điểm.*»\\) bên cạnh tiêu chí thưởng \\(mục III\\.1, tối đa 5 điểm\\): có thể là tiêu chí thưởng ấy, có thể là một điểm thưởng khác không tiêu chí nào chấm`));
    // Kept with the criteria it was read beside: the doubt is said again until the officer resolves it (test/cli/criteria-import-under-total.test.ts).
    expect(set.underTotal).toMatchObject([{ kind: 'bonus', text: SECOND_LINE, maxPoints: 3, beside: [{ code: 'III.1', title: 'Có mô hình chuyển đổi số được UBND tỉnh biểu dương' }] }]);
  }, 60_000);
});
