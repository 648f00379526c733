// A commune's digital-transformation table naming its parts in a first column merged down each part's rows, each part
// closed by a subtotal row: «Lĩnh vực | Tiêu chí | Điểm tối đa | Điểm tự chấm», «Hạ tầng số» merged over its two criteria
// and «Cộng phần Hạ tầng số | 20», then «Dịch vụ số», «Kỹ năng số» alike, «TỔNG CỘNG | 100». The subtotal rows were read
// as criteria (items 3, 6, 9), the set worth 200 against the 100 written, and the part column said «không được đọc».
// Written by ExcelJS (column A merged A2:A4, A5:A7, A8:A10), by LibreOffice from HTML (rowspan) as a workbook and as
// Word (vertically merged cells); a copy writing each part's name once on its first row, the rows under it blank; and
// parts numbered in rows of their own, closed by «Cộng phần I», «Cộng mục II», «Tổng phần III»; and parts numbered
// with their points, closed by «Tổng điểm phần I», «Tổng cộng phần II», «Tổng điểm mục III» (the last writing 45 against
// the 40 of its heading and items).
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type Cell, type OfficeTable } from '../../scripts/harness/office-html.js';

const PARTS = [
  ['Hạ tầng số', ['Wifi miễn phí tại nhà văn hóa thôn', '10'], ['Camera an ninh kết nối', '10'], '20'],
  ['Dịch vụ số', ['Tỷ lệ hộ dùng dịch vụ công trực tuyến', '20'], ['Tỷ lệ hộ thanh toán không dùng tiền mặt', '20'], '40'],
  ['Kỹ năng số', ['Tổ công nghệ số cộng đồng hoạt động thường xuyên', '20'], ['Số người được tập huấn kỹ năng số', '20'], '40'],
] as const;

/** The table with each part's name merged down its rows (`merged`), or written on its first row only. */
const table = (merged: boolean): OfficeTable => ({
  caption: 'BẢNG CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC THÔN',
  rows: [
    ['Lĩnh vực', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
    ...PARTS.flatMap(([name, a, b, sum]): Cell[][] => [
      [merged ? { text: name, rowSpan: 3 } : name, a[0], a[1], ''],
      [...(merged ? [] : ['']), b[0], b[1], ''],
      [...(merged ? [] : ['']), `Cộng phần ${name}`, sum, ''],
    ]),
    ['', 'TỔNG CỘNG', '100', ''],
  ],
});

/**
 * Parts numbered in their own rows, each closed by a row of its number (`closing`: its words and figure), their points
 * written on the part's row too when `headed`.
 */
const numberedParts = (headed: boolean, closing: (n: string, sum: string, k: number) => [string, string]): OfficeTable => ({
  caption: 'BẢNG CHẤM ĐIỂM CHUYỂN ĐỔI SỐ CÁC THÔN',
  rows: [
    ['STT', 'Tiêu chí', 'Điểm tối đa'],
    ...PARTS.flatMap(([name, a, b, sum], k): Cell[][] => {
      const n = ['I', 'II', 'III'][k]!;
      return [[n, name, headed ? sum : ''], [String(2 * k + 1), a[0], a[1]], [String(2 * k + 2), b[0], b[1]], ['', ...closing(n, sum, k)]];
    }),
    ['', 'Tổng cộng', '100'],
  ],
});
/** «Cộng phần I», «Cộng mục II», «Tổng phần III» under parts writing no points. */
const NUMBERED = numberedParts(false, (n, sum, k) => [`${['Cộng phần', 'Cộng mục', 'Tổng phần'][k]} ${n}`, sum]);
/** «Tổng điểm phần I», «Tổng cộng phần II», «Tổng điểm mục III» under parts writing their points; III's closing row 45. */
const TOTALLED = numberedParts(true, (n, sum, k) => [`${['Tổng điểm phần', 'Tổng cộng phần', 'Tổng điểm mục'][k]} ${n}`, k === 2 ? '45' : sum]);

/** The table as a workbook ExcelJS writes, column A merged down each part. */
async function excelJsWritten(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.addRows(table(false).rows.map((row) => row.map((c) => (typeof c === 'string' ? (/^\d+$/.test(c) ? Number(c) : c || null) : c.text))));
  for (const from of [2, 5, 8]) ws.mergeCells(`A${from}:A${from + 2}`);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('parts named in a first column, each closed by its subtotal row', () => {
  let files: Record<'docx' | 'xlsx' | 'exceljs', string[]>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-part-column-'));
    const docs = [{ name: 'linh-vuc-gop', tables: [table(true)] }, { name: 'linh-vuc-mot-lan', tables: [table(false)] }, { name: 'phan-danh-so', tables: [NUMBERED] }, { name: 'tong-diem-phan', tables: [TOTALLED] }];
    const totalled = new ExcelJS.Workbook();
    totalled.addWorksheet('Bảng điểm').addRows([[TOTALLED.caption], ...TOTALLED.rows.map((row) => row.map((c) => (typeof c === 'string' ? c || null : c.text)))]);
    await totalled.xlsx.writeFile(join(dir, 'tong-diem-phan-exceljs.xlsx'));
    files = { docx: await docxAllByLibreOffice(docs, dir), xlsx: await xlsxAllByLibreOffice(docs, dir), exceljs: [await excelJsWritten(join(dir, 'bang-diem.xlsx')), join(dir, 'tong-diem-phan-exceljs.xlsx')] };
  }, 180_000);

  it.each([
    ['exceljs', 'merged down', 0],
    ['xlsx', 'merged down', 0],
    ['docx', 'merged down', 0],
    ['xlsx', 'written once', 1],
    ['docx', 'written once', 1],
  ] as const)('reads the %s file (part names %s) as three groups worth their subtotals, every figure reproduced', async (ext, _, k) => {
    const { set, reconciliation, notices } = await readCriteriaFile(files[ext][k]!, tmpdir());
    expect(set.groups.map((g) => [g.title, g.maxPoints])).toEqual([['Hạ tầng số', 20], ['Dịch vụ số', 40], ['Kỹ năng số', 40]]);
    expect(set.criteria.map((c) => [c.title, set.groups.find((g) => g.id === c.group)?.title, c.maxPoints])).toEqual(
      PARTS.flatMap(([name, a, b]) => [[a[0], name, Number(a[1])], [b[0], name, Number(b[1])]]),
    );
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.title, f.figure.value, f.reads])).toEqual([['Hạ tầng số', 20, 20], ['Dịch vụ số', 40, 40], ['Kỹ năng số', 40, 40]]);
    expect(reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
    expect(notices.map((n) => n.message).filter((m) => /Lĩnh vực.*không được đọc|tiêu đề phần chứ không phải tiêu chí/.test(m))).toEqual([]);
  }, 60_000);

  it.each(['xlsx', 'docx'] as const)('reads «Cộng phần I», «Cộng mục II», «Tổng phần III» in the .%s as parts I–III\'s figures, not criteria', async (ext) => {
    const { set, reconciliation } = await readCriteriaFile(files[ext][2]!, tmpdir());
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 20], ['II', 40], ['III', 40]]);
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints])).toEqual([['1', 'I', 10], ['2', 'I', 10], ['3', 'II', 20], ['4', 'II', 20], ['5', 'III', 20], ['6', 'III', 20]]);
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.code, f.figure.value, f.reads])).toEqual([['I', 20, 20], ['II', 40, 40], ['III', 40, 40]]);
  }, 60_000);

  // Each «Tổng điểm phần I» held to part I, never to the whole table's 100 («thidua đọc được 100»); III's 45 said there.
  it.each([['exceljs', 1], ['xlsx', 3], ['docx', 3]] as const)('holds «Tổng điểm phần I», «Tổng cộng phần II», «Tổng điểm mục III» in the %s file to the part each closes', async (ext, k) => {
    const { set, reconciliation, notices } = await readCriteriaFile(files[ext][k]!, tmpdir());
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 20], ['II', 40], ['III', 40]]);
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints])).toEqual([['1', 'I', 10], ['2', 'I', 10], ['3', 'II', 20], ['4', 'II', 20], ['5', 'III', 20], ['6', 'III', 20]]);
    expect(reconciliation.figures.filter((f) => f.figure.kind === 'total').map((f) => [f.figure.title, f.figure.value, f.reads])).toEqual([['Tổng cộng', 100, 100]]);
    const closing = reconciliation.figures.filter((f) => f.figure.kind === 'part' && f.figure.title.startsWith('Tổng'));
    expect(closing.map((f) => [f.figure.code, f.figure.value, f.reads, f.agrees])).toEqual([['I', 20, 20, true], ['II', 40, 40, true], ['III', 45, 40, false]]);
    expect(notices.filter((n) => n.message.startsWith('Dòng tổng ghi')).map((n) => n.message)).toEqual([]);
  }, 60_000);
});
