// Points so many each time, as a bank branch's quarterly form writes them (test/criteria/fixtures/bank-quarter.ts:
// «3 | Cộng 3 điểm/1 đơn vị», «2 | -2 điểm/mỗi biên bản …» in «Ghi chú»), through the command line: the table imported
// as the criteria, a unit's report made from its template and filled as the unit would, scored. The scored copy's
// «Diễn giải» counts what the unit counted («5 đơn vị × 3 điểm»), not points («5 điểm × 3 điểm», as it read when the
// table measured the row in points).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BANK_QUARTER_HEADER, BANK_QUARTER_PARTS } from '../criteria/fixtures/bank-quarter.js';
import { runInProcess, tempDir } from './helpers.js';

/** The form with a base part of its own above its parts (its I and II are another sheet's). */
const FORM: (string | null)[][] = [
  ['BẢNG CHẤM ĐIỂM THI ĐUA QUÝ CỦA PHÒNG GIAO DỊCH'],
  BANK_QUARTER_HEADER,
  ['I', 'Kết quả kinh doanh', '90', null],
  ['1', 'Hoàn thành kế hoạch nguồn vốn', '30', null],
  ['2', 'Hoàn thành kế hoạch dư nợ', '30', null],
  ['3', 'Chất lượng tín dụng', '30', null],
  ...BANK_QUARTER_PARTS,
];

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);

/** The rows of a report sheet below its header, by «Mã tiêu chí», each cell by its header. */
async function rowsByCode(path: string): Promise<{ book: ExcelJS.Workbook; rows: Map<string, (header: string) => ExcelJS.Cell> }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const ws = book.worksheets[0]!;
  let header: string[] | undefined;
  const rows = new Map<string, (header: string) => ExcelJS.Cell>();
  ws.eachRow((row) => {
    const texts = (row.values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
    if (!header) {
      if (texts.includes('Mã tiêu chí')) header = texts;
      return;
    }
    const code = texts[header.indexOf('Mã tiêu chí')];
    if (code) rows.set(code, (h) => row.getCell(header!.indexOf(h)));
  });
  return { book, rows };
}

beforeAll(async () => {
  dir = await tempDir();
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Quý').addRows(FORM);
  await book.xlsx.writeFile(join(dir, 'bang-diem.xlsx'));
  const template = await thidua('template', '--criteria', 'bang-diem.xlsx', '--unit', 'Phòng giao dịch Ta Ma', '--kind', 'co-quan', '--out', 'mau.xlsx');
  expect(template.code, template.stderr).toBe(0);
  // The unit fills its report: its points for the base, five payroll clients, two inspection reports.
  const report = await rowsByCode(join(dir, 'mau.xlsx'));
  for (const code of ['I.1', 'I.2', 'I.3']) report.rows.get(code)!('Điểm tự chấm').value = 25;
  report.rows.get('III.3')!('Kết quả').value = 5;
  report.rows.get('IV.2')!('Kết quả').value = 2;
  await report.book.xlsx.writeFile(join(dir, 'pgd-ta-ma.xlsx'));
}, 60_000);

describe('a count scored so many points each time', () => {
  it('is worded in what it counts in the scored copy', async () => {
    const scored = await thidua('score', 'pgd-ta-ma.xlsx', '--criteria', 'bang-diem.xlsx', '--out', 'kq');
    expect(scored.code, scored.stderr).toBe(0);
    const copy = await rowsByCode(join(dir, 'kq', 'pgd-ta-ma.cham-diem.xlsx'));
    const said = (code: string) => [copy.rows.get(code)!('Điểm thẩm định').value, copy.rows.get(code)!('Diễn giải').value];
    expect(said('III.3')).toEqual([10, '5 đơn vị × 3 điểm = 15 → cộng 10 điểm (tối đa 10)']);
    expect(said('IV.2')).toEqual([-4, '2 biên bản kết luận có tồn tại sai sót × 2 điểm = 4 → trừ 4 điểm (tối đa 10)']);
  }, 60_000);
});
