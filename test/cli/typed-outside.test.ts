// The council's own words in tong-hop.xlsx outside its decision columns survive `thidua score` run again on a folder
// not closed: a comment typed on a flag's row before the meeting stays on its row, a note right of «Rà soát»'s table
// is copied under it with its cell named, and a line typed far under «Xét khen thưởng» is said as added since the
// last scoring — not as rows «đã xoá sau khi chốt» of a folder nobody closed.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagCodeOf } from '../../core/checks/titles.js';
import { ORPHANS_TITLE, REVIEW_HEADERS, REVIEW_HEADER_ROW, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { goodHamlet, runInProcess, tempDir, writeReportWorkbook } from './helpers.js';

const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;
let dir: string;
let again: { stderr: string; code: number };
let noteCell = '';

const summaryPath = () => join(dir, 'ket-qua', 'tong-hop.xlsx');
const score = () => runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua'], dir);

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'bao-cao'));
  await writeReportWorkbook(join(dir, 'bao-cao', 'ban-b.xlsx'), [{ ...goodHamlet('Báo cáo', 'Bản B'), submitted: '10/11/2025' }]);
  expect((await score()).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summaryPath());
  const review = wb.getWorksheet(REVIEW_SHEET)!;
  review.eachRow((row, r) => {
    if (r <= REVIEW_HEADER_ROW || flagCodeOf(row.getCell(col('Cảnh báo')).text) !== 'late-submission') return;
    row.getCell(col('Ý kiến')).value = 'Hỏi lại ngày nhận ở bộ phận một cửa';
    row.getCell(col('Ý kiến') + 1).value = 'ghi chú riêng của thư ký';
    noteCell = row.getCell(col('Ý kiến') + 1).address;
  });
  const awards = wb.getWorksheet('Xét khen thưởng')!;
  const under = awards.rowCount + 12;
  awards.getCell(`A${under}`).value = 'Ghi chú: họp ngày 20/11';
  await wb.xlsx.writeFile(summaryPath());
  again = await score();
});

describe('thidua score keeps what the council typed besides its decisions', () => {
  it('keeps the comment typed before a decision on the flag’s row, and says the flag is undecided', async () => {
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('1 cảnh báo Hội đồng đã ghi ý kiến, người rà soát hoặc ngày nhưng chưa ghi quyết định: giữ nguyên trong «Rà soát», tính là chưa quyết định.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summaryPath());
    const rows: ExcelJS.Row[] = [];
    wb.getWorksheet(REVIEW_SHEET)!.eachRow((row) => void rows.push(row));
    const flagRow = rows.find((r) => flagCodeOf(r.getCell(col('Cảnh báo')).text) === 'late-submission' && r.getCell(col('Đơn vị')).text === 'Bản B')!;
    expect([flagRow.getCell(col('Bước')).text, flagRow.getCell(col('Quyết định')).text, flagRow.getCell(col('Ý kiến')).text]).toEqual(['Lần 1', '', 'Hỏi lại ngày nhận ở bộ phận một cửa']);
    // The note right of the table: said at its cell, copied under the tables word for word.
    expect(again.stderr).toContain(`trang «Rà soát», ${noteCell}: «ghi chú riêng của thư ký» ghi ngoài các cột thidua ghi lại: chép nguyên văn xuống bảng «${ORPHANS_TITLE}» cuối trang`);
    const title = rows.findIndex((r) => r.getCell(1).text === ORPHANS_TITLE);
    expect(rows.slice(title + 2).map((r) => r.getCell(col('Ý kiến')).text)).toEqual(['ghi chú riêng của thư ký']);
  });

  it('says a line typed under «Xét khen thưởng» as added since the scoring, never blank rows «đã xoá sau khi chốt»', () => {
    expect(again.stderr).toMatch(/Trang «Xét khen thưởng», dòng \d+: đã thêm sau khi chấm \(nay: Ghi chú: họp ngày 20\/11\)\./);
    expect(again.stderr).not.toMatch(/sau khi chốt|đã xoá/);
  });
});
