// A criterion's row hidden in the table, imported in the task pane as on the command line: the corpus's one-sheet
// workbook of a province's digital-transformation index, part V «An toàn thông tin mạng» (cds-an-toan-thong-tin-mang.xlsx,
// kept as issued), its criterion 4's row (row 12, 10 points) hidden by openpyxl as an officer dropping it this year
// would. `thidua criteria import` on the file says the row; the pane, reading the same workbook through Office.js (the
// fake, built from the file by the command line's own reader), says the same words, asking each row's hidden state only
// of a sheet whose used range says some are hidden: one round trip more than the table with no row hidden, none for it.
// The same table's two columns of words no column of the reader takes (the app's «Số liệu kê khai» fields, its «Tài liệu
// kiểm chứng»): said in one line of the reconciliation, the same words on the command line, in the pane and on the page.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { fakeContext, installFakeOffice, newSheet, newWorkbook, type FakeSheet } from '../../scripts/harness/office-fake.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { openpyxl } from '../council/typed-in-parts.js';

const TABLE = 'cds-an-toan-thong-tin-mang.xlsx';
/** The reconciliation's line of hidden rows, as both faces end it. */
const HIDDEN_LINE = /Một dòng đang ẩn trong tệp: .*?\(xem ghi chú ở ô [A-Z]+\d+\)\./;
/** The reconciliation's line of the columns of words not read, as every face ends it. */
const UNREAD_LINE = /(?:Cột|Các cột) [A-Z]+ «[^]*? không được đọc vào bộ tiêu chí: [^]*? rồi nhập lại\./;

let dir: string;
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, TABLE), join(dir, 'ban-goc.xlsx'));
  await copyFile(join(CORPUS, TABLE), join(dir, 'bang.xlsx'));
  openpyxl(join(dir, 'bang.xlsx'), 'wb.worksheets[0].row_dimensions[12].hidden = True');
  // The same table under a guide of 995 rows, as a district sends it: criterion 4's row (12, now 1,007) hidden past the
  // 1,000 rows the pane asks one by one; the merged cells moved down with their rows.
  await copyFile(join(CORPUS, TABLE), join(dir, 'duoi-huong-dan.xlsx'));
  openpyxl(
    join(dir, 'duoi-huong-dan.xlsx'),
    [
      'from openpyxl.worksheet.cell_range import CellRange',
      'ws = wb.worksheets[0]',
      'merged = [m.coord for m in ws.merged_cells.ranges]',
      'for m in merged: ws.unmerge_cells(m)',
      'ws.insert_rows(1, 995)',
      "ws['A1'] = 'HƯỚNG DẪN KÊ KHAI, CHẤM ĐIỂM'",
      "for r in range(2, 994): ws.cell(row=r, column=1, value=f'{r - 1}. Hướng dẫn kê khai số {r - 1}: ghi số liệu, đính kèm minh chứng.')",
      'for m in merged:',
      '    c = CellRange(m); c.shift(row_shift=995); ws.merge_cells(c.coord)',
      'ws.row_dimensions[1007].hidden = True',
    ].join('\n'),
  );
});

/** The pane's «Dùng trang này làm tiêu chí» on `file` opened in Excel (with `more` sheets after it): what it read, its round trips and the ranges it asked. */
async function paneImport(file: string, more: FakeSheet[] = []) {
  const book = await fakeWorkbookFromXlsx(await readFile(join(dir, file)));
  book.sheets.push(...more);
  const fake = installFakeOffice(book, '1.18');
  uninstall = fake.uninstall;
  const loaded = await runInExcel((port) => useCriteriaSheet(port, undefined, file));
  if (!loaded.ok) throw new Error(loaded.reason);
  return { loaded, syncs: fake.syncs, rangeLoads: fake.rangeLoads };
}

describe('the fake’s Range.rowHidden', () => {
  it('answers as Excel does (ExcelApi 1.2): a hidden row true, a shown one false, rows that differ null', async () => {
    const sheet = newSheet('A', [['x'], ['y'], ['z']]);
    sheet.hiddenRows = new Set([2]);
    const ctx = fakeContext(newWorkbook([sheet]));
    const ws = ctx.workbook.worksheets.getItem('A');
    const [hidden, shown, mixed] = ['2:2', 'A1', 'A1:B3'].map((a) => ws.getRange(a).load('rowHidden'));
    await ctx.sync();
    expect([hidden!.rowHidden, shown!.rowHidden, mixed!.rowHidden]).toEqual([true, false, null]);
  });
});

describe('a criterion’s row hidden in the table, imported in the task pane', () => {
  it('is said as `thidua criteria import` says it, at the row’s cell too, with one round trip more than the table as issued', async () => {
    const cli = await runOk(['criteria', 'import', 'bang.xlsx', '--out', 'bo.json'], dir);
    const said = HIDDEN_LINE.exec(`${cli.stdout}\n${cli.stderr}`)?.[0];
    expect(said).toContain('dòng 12 (tiêu chí 4 «');
    expect(said).toContain('chấm trên tổng 100 điểm');

    const hidden = await paneImport('bang.xlsx');
    expect(HIDDEN_LINE.exec(hidden.loaded.reconciliation!.summary)?.[0]).toBe(said);
    expect(hidden.loaded.notices.filter((n) => n.message.includes('đang ẩn trong tệp')).map((n) => n.cell)).toEqual(['A12']);
    expect(hidden.loaded.confirmed).toBe(false);

    // The same table with no row hidden: nothing said of hidden rows, its round trips as before rows were asked, no
    // row's hidden state asked (4 ranges: the store's used range and its first rows, the sheet's used range and its
    // window); with one hidden, one asked for each of the used range's 24 rows.
    const plain = await paneImport('ban-goc.xlsx');
    expect(plain.loaded.reconciliation!.summary).not.toContain('đang ẩn');
    expect(plain.syncs).toBe(3);
    expect(hidden.syncs).toBe(plain.syncs + 1);
    expect([plain.rangeLoads, hidden.rangeLoads - plain.rangeLoads]).toEqual([4, 24]);
  });

  it('is said beside a data sheet of 100,000 rows, each sheet asked the hidden state of its first 1,000 rows at most', async () => {
    const data = newSheet('Dữ liệu', Array.from({ length: 100_000 }, (_, i) => [i + 1, `Hộ gia đình số ${i + 1}`, 'Đã xác minh']));
    data.hiddenRows = new Set([50_000]);
    const { loaded, syncs, rangeLoads } = await paneImport('bang.xlsx', [data]);
    expect(loaded.reconciliation!.summary).toMatch(HIDDEN_LINE);
    expect(loaded.reconciliation!.summary).toContain('dòng 12 (tiêu chí 4 «');
    // The data sheet read within the limits in one more sync, as before, and the rows' hidden state in one more; a row's
    // hidden state asked of no sheet past its 1,000th row, the rows after it asked as one range: each sheet's rows, its
    // used range, its window and (the data sheet) its rows read in chunks and its rows past the 1,000th.
    expect(syncs).toBe(5);
    expect(rangeLoads).toBeLessThanOrEqual(2 * (1_000 + 3));
  });
});

describe('a criterion’s row hidden past the rows the pane asks one by one', () => {
  it('is said by the pane — which row not known, the rows from 1,001 on — where `thidua criteria import` names it, in the same round trips', async () => {
    // Hand count: the guide takes rows 1–995, the table's header row 996, its criteria rows 997–1,019; row 1,007
    // (criterion 4, 10 points) hidden.
    const cli = await runOk(['criteria', 'import', 'duoi-huong-dan.xlsx', '--out', 'duoi.json'], dir);
    expect(HIDDEN_LINE.exec(`${cli.stdout}\n${cli.stderr}`)?.[0]).toContain('dòng 1007 (tiêu chí 4 «');

    const pane = await paneImport('duoi-huong-dan.xlsx');
    const summary = pane.loaded.reconciliation!.summary;
    expect(pane.loaded.reconciliation!.agrees).toBe(false);
    expect(summary).toMatch(/^Từ dòng 1001 trở xuống có dòng đang ẩn, nhưng thidua trong Excel chỉ hỏi được từng dòng trong 1\.000 dòng đầu của trang nên không biết là dòng nào; các tiêu chí của bảng chạy đến dòng 10\d\d\. thidua vẫn đọc mọi dòng như nhau, chấm trên tổng 100 điểm; .*\(xem ghi chú ở ô A1001\)\./);
    expect(pane.loaded.notices.filter((n) => n.message.includes('có dòng đang ẩn')).map((n) => n.cell)).toEqual(['A1001']);
    expect(pane.loaded.confirmed).toBe(false);
    // The rows past the 1,000th asked together, in the round trip that asks the first 1,000: no sync more than a table
    // with a row hidden in its first 1,000 (the issued table's 3, and 1).
    expect(pane.syncs).toBe(4);
    expect(pane.rangeLoads).toBe(4 + 1_000 + 1);
  });
});

describe('the columns of words the table holds and thidua does not read', () => {
  it('are said once for the table, in the same words, by `thidua criteria import`, the task pane and the standalone page', async () => {
    // Hand count of the issued file: D «Số liệu kê khai» writes the app's fields («[[kekhai.…]]») on 18 rows, F «Tài liệu
    // kiểm chứng» «Văn bản, tài liệu chứng minh» on 11; G «Điểm tự đánh giá» holds the app's fields, no unit's scores.
    const cli = await runOk(['criteria', 'import', 'ban-goc.xlsx', '--out', 'goc.json'], dir);
    const said = UNREAD_LINE.exec(cli.stdout)?.[0];
    expect(said).toBe(
      'Các cột D «Số liệu kê khai» (ô D1, 18 dòng có ghi), F «Tài liệu kiểm chứng» (ô F1, 11 dòng có ghi) của trang «An toàn thông tin mạng» (tệp ban-goc.xlsx) không được đọc vào bộ tiêu chí: lời ghi ở các cột ấy không có trong bộ, không dùng khi chấm; cần giữ thì chép vào cột «Ghi chú» rồi nhập lại.',
    );
    // Said once, after the figures, which agree all the same: a column of words changes no figure.
    expect(cli.stdout.split(said!)).toHaveLength(2);
    const pane = await paneImport('ban-goc.xlsx');
    expect(pane.loaded.reconciliation!.agrees).toBe(true);
    expect(UNREAD_LINE.exec(pane.loaded.reconciliation!.summary)?.[0]).toBe(said);
    const page = await readCriteriaFile(new Blob([await readFile(join(dir, 'ban-goc.xlsx'))]), 'ban-goc.xlsx');
    expect(page.ok && UNREAD_LINE.exec(page.reconciliation.summary)?.[0]).toBe(said);
  });
});
