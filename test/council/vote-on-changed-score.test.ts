// A vote taken on a score that has since changed: the example commune reviewed, every nominee voted 9/8/7 on «Biểu
// quyết», the workbook saved by LibreOffice and scored again; then Công an xã Ta Ma's report edited (H14 156 → 150),
// scored again and closed by the command line (in-process). The vote stands as typed, and every face says it was taken on
// another result — the run, the closing before and after the council confirms, the pane's notice and the papers' check.
// Edited further (H16, H19 and H21 to 0), the unit falls below the form's band, and that is said too.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { papersCheck } from '../../core/papers/index.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune, typeVotes } from './council-meeting.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const SCORE = ['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'];

/** Công an xã Ta Ma's report with `cells` typed over, as its unit would save it. */
async function edited(dir: string, cells: Record<string, number>): Promise<void> {
  const path = join(dir, 'bao-cao', 'cong-an-xa.xlsx');
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(path);
  for (const [address, value] of Object.entries(cells)) report.getWorksheet('Công an xã Ta Ma')!.getCell(address).value = value;
  await report.xlsx.writeFile(path);
}

/** The example commune reviewed, every nominee voted 9/8/7 and the workbook saved by LibreOffice. Its folder. */
async function voted(): Promise<string> {
  const dir = await reviewedCommune();
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  await typeVotes(summary, () => [9, 8, 7]);
  await savedByLibreOffice(summary);
  return dir;
}

/** What every face says of Công an xã Ta Ma's vote, at its counts' cells, and how the council says it voted again. */
const said = (row: number, was = '76,75', is = '76,37', again = '') =>
  `Trang «Biểu quyết», ô E${row}:G${row}: Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã) được biểu quyết 9/8/7 khi đạt ${was} điểm, hạng 3, xếp loại Xuất sắc, đủ điều kiện của hình thức; lần chấm này ${is} điểm, hạng 3, xếp loại Xuất sắc, đủ điều kiện của hình thức — báo cáo đã sửa sau khi biểu quyết. Kết quả biểu quyết vẫn giữ như đã ghi; Hội đồng xem lại trường hợp này (biểu quyết lại nếu cần) trước khi chốt và in giấy tờ. Đã biểu quyết lại trên kết quả lần chấm này: ghi số phiếu của lần biểu quyết lại ở ô E${row}:G${row} (số như cũ thì giữ nguyên) và «Biểu quyết lại ngày …» (ngày họp biểu quyết lại${again}) ở ô I${row} («Ghi chú»), lưu rồi chạy lại hoặc chốt.`;

/** `note` typed in «Ghi chú» (column I) of Công an xã Ta Ma's row on «Biểu quyết», its counts left as they are. Its row. */
async function noted(dir: string, note: string): Promise<number> {
  const path = join(dir, 'kq', 'tong-hop.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let row = 0;
  wb.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
    if (r.getCell(2).value === 'Công an xã Ta Ma') row = n;
  });
  wb.getWorksheet('Biểu quyết')!.getCell(`I${row}`).value = note;
  await wb.xlsx.writeFile(path);
  return row;
}

describe('a vote taken on a score that has since changed', () => {
  let row: number;
  let unchanged: Run;
  let scored: Run;
  let refused: Run;
  let closing: Run;
  let dir: string;

  beforeAll(async () => {
    dir = await voted();
    unchanged = await runInProcess(SCORE, dir);
    await edited(dir, { H14: 150 });
    scored = await runInProcess(SCORE, dir);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(join(dir, 'kq', 'tong-hop.xlsx'));
    read.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
      if (r.getCell(2).value === 'Công an xã Ta Ma') row = n;
    });
    refused = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
  }, 300_000);

  it('the run with the report as voted on says nothing of it', () => {
    expect(unchanged.code).toBe(0);
    expect(unchanged.stderr).not.toContain('báo cáo đã sửa sau khi biểu quyết');
  });

  it('the run after the report was edited says the vote at its cells, the counts kept', async () => {
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(said(row));
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(join(dir, 'kq', 'tong-hop.xlsx'));
    const r = read.getWorksheet('Biểu quyết')!.getRow(row);
    expect([5, 6, 7, 8].map((c) => r.getCell(c).value)).toEqual([9, 8, 7, 'Đạt']);
  });

  it('closing lists it among what is open, and seals it said when the council confirms', async () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`  - ${said(row)}`);
    expect(closing.code).toBe(0);
    expect(closing.stderr).toContain(said(row));
    const closed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    expect(closed.votes?.votes.find((v) => v.unitName === 'Công an xã Ta Ma')?.tally).toEqual({ members: 9, present: 8, inFavour: 7 });
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(said(row));
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContain(said(row));
  });
});

describe('a vote taken on a unit that has since fallen below the form', () => {
  it('the run says its figures, and that it is proposed no more, with why', async () => {
    const dir = await voted();
    await edited(dir, { H16: 0, H19: 0, H21: 0 });
    const scored = await runInProcess(SCORE, dir);
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(
      'Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã) được biểu quyết 9/8/7 khi đạt 76,75 điểm, hạng 3, xếp loại Xuất sắc, đủ điều kiện của hình thức; lần chấm này 51,75 điểm, hạng 7, xếp loại Đạt, không còn được đề xuất — báo cáo đã sửa sau khi biểu quyết. Nay không còn được đề xuất cho hình thức này: Không đủ điều kiện: xếp loại Đạt (64,69%) thấp hơn mức tối thiểu Tốt; chưa đạt tiêu chí bắt buộc TT1.',
    );
  }, 240_000);
});

describe('the council votes again on the changed result, the same counts', () => {
  let dir: string;
  let row: number;
  let asked: Run;
  let closing: Run;
  let again: Run;
  let editedAgain: Run;

  beforeAll(async () => {
    dir = await voted();
    await edited(dir, { H14: 150 });
    const scored = await runInProcess(SCORE, dir);
    if (scored.code !== 0) throw new Error(scored.stderr);
    // A note asking for a vote is no vote taken again.
    row = await noted(dir, 'Cần biểu quyết lại');
    asked = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    // The secretary types the new meeting's day in «Ghi chú», the counts as the council voted them again: 9/8/7.
    await noted(dir, 'Biểu quyết lại ngày 30/11/2026');
    await savedByLibreOffice(join(dir, 'kq', 'tong-hop.xlsx'));
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    again = await runInProcess(SCORE, dir);
    await edited(dir, { H14: 140 });
    editedAgain = await runInProcess([...SCORE, '--reopen', 'Công an xã sửa báo cáo'], dir);
  }, 400_000);

  it('a note asking for a vote leaves it open, said with the cells to write in', () => {
    expect(asked.code).not.toBe(0);
    expect(asked.stderr).toContain(`  - ${said(row)}`);
  });

  it('«Biểu quyết lại ngày …» in «Ghi chú»: closing seals the vote as taken on this result, the counts and note as typed', async () => {
    expect(closing.code, closing.stderr).toBe(0);
    expect(closing.stderr).not.toContain('báo cáo đã sửa sau khi biểu quyết');
    const closed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    expect(closed.open?.votedOnOther).toBeUndefined();
    const vote = closed.votes?.votes.find((v) => v.unitName === 'Công an xã Ta Ma');
    expect([vote?.tally, vote?.note]).toEqual([{ members: 9, present: 8, inFavour: 7 }, 'Biểu quyết lại ngày 30/11/2026']);
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text).join('\n')).not.toContain('báo cáo đã sửa sau khi biểu quyết');
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text).join('\n') ?? '').not.toContain('báo cáo đã sửa sau khi biểu quyết');
  });

  it('the run after says nothing of it, and says it again once the report is edited again, with the note of the vote before', () => {
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('báo cáo đã sửa sau khi biểu quyết');
    expect(editedAgain.stderr).toContain(said(row, '76,37', '75,75', ', khác ghi chú «Biểu quyết lại ngày 30/11/2026» của lần trước'));
  });
});
