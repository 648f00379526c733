// The council's tong-hop.xlsx saved under a name of its own (tong-hop-hoi-dong.xlsx) and given back with --decisions:
// everything it typed goes with it — its decisions, its vote and meeting, the name it gave «Rà soát» — into a new
// output folder as into the folder's own tong-hop.xlsx; where both hold the council's work, what differs (a decision,
// a tally) stops the run naming both files, sheets and cells, never one chosen or dropped unsaid. The example commune, typed with
// ExcelJS as an office does in Excel.
import { copyFile, cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './helpers.js';
import { readSummary, reviewedCommune, typeVotes } from '../council/council-meeting.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const GIVEN = join('gui-lai', 'tong-hop-hoi-dong.xlsx');
const RENAMED = 'Rà soát HĐ';
/** Công an xã Ta Ma's vote as the council typed it in its copy; every other nominee 9/8/7. */
const tally = (unit: string) => [9, 8, unit === 'Công an xã Ta Ma' ? 5 : 7];

/** A workbook changed with ExcelJS, as the office changes it in Excel. */
async function edit(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  // Scored into kq/ with every flag accepted; the council's copy gets its vote, its meeting and «Rà soát» renamed.
  dir = await reviewedCommune();
  await mkdir(join(dir, 'gui-lai'));
  await copyFile(join(dir, 'kq', 'tong-hop.xlsx'), join(dir, GIVEN));
  await typeVotes(join(dir, GIVEN), tally, { F3: '14 giờ 00' });
  await edit(join(dir, GIVEN), (wb) => (wb.getWorksheet(REVIEW_SHEET)!.name = RENAMED));
}, 240_000);

describe('--decisions given the council’s tong-hop.xlsx under another name', () => {
  it('carries its decisions, vote, meeting and the name of its «Rà soát» into a new output folder', async () => {
    const given = await readSummary(join(dir, 'gui-lai'), 'tong-hop-hoi-dong.xlsx');
    expect(given.votes.votes.length).toBeGreaterThan(2);
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-moi', '--decisions', GIVEN);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Đã đọc ${given.review.decisions.length} quyết định của Hội đồng từ gui-lai/tong-hop-hoi-dong.xlsx.`);
    const written = await readSummary(join(dir, 'kq-moi'));
    expect(written.review.decisions).toEqual(given.review.decisions);
    expect(written.votes.votes).toEqual(given.votes.votes);
    expect(written.votes.meeting).toEqual(given.votes.meeting);
    expect(written.votes.meeting).toMatchObject({ date: '2026-11-20', time: '14 giờ 00', chair: 'Lò Văn Thành' });
    expect(written.council.review).toEqual([RENAMED]);
  }, 120_000);

  it('carries the council’s own decision word and the words it typed beside the vote table into a new output folder', async () => {
    // A copy of the council's file where it typed «Đồng ý» over one «Chấp nhận», and a note right of the vote table.
    const copy = join('gui-lai', 'ban-sao-hoi-dong.xlsx');
    await copyFile(join(dir, GIVEN), join(dir, copy));
    let unit = '';
    await edit(join(dir, copy), (wb) => {
      wb.getWorksheet(RENAMED)!.eachRow((row, n) => {
        if (unit || n <= 4 || row.getCell(9).value !== 'Chấp nhận') return;
        row.getCell(9).value = 'Đồng ý';
        unit = String(row.getCell(2).value);
      });
      wb.getWorksheet('Biểu quyết')!.getCell('J8').value = 'Ông C đề nghị xem lại';
    });
    const given = await readSummary(join(dir, 'gui-lai'), 'ban-sao-hoi-dong.xlsx');
    expect(given.review.decisions.filter((d) => d.typed !== undefined)).toEqual([expect.objectContaining({ unitName: unit, decision: 'accept', typed: 'Đồng ý' })]);
    expect(given.votes.asides).toEqual([{ where: 'J8', text: 'Ông C đề nghị xem lại' }]);
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-moi-3', '--decisions', copy);
    expect(run.code, run.stderr).toBe(0);
    const written = await readSummary(join(dir, 'kq-moi-3'));
    expect(written.review.decisions).toEqual(given.review.decisions);
    expect(written.votes.asides).toEqual(given.votes.asides);
    expect(written.problems).toEqual([]);
  }, 120_000);

  it('into the folder’s own tong-hop.xlsx, which holds a decision the council since changed in its copy: stops, naming both files, sheets, cells and decisions, and writes nothing', async () => {
    // The council changes one decision in its copy: the folder's own still says «Chấp nhận».
    let changed = '';
    let row = 0;
    await edit(join(dir, GIVEN), (wb) => {
      const ws = wb.getWorksheet(RENAMED)!;
      ws.eachRow((r, n) => {
        if (changed || n <= 4 || r.getCell(9).value !== 'Chấp nhận') return;
        r.getCell(9).value = 'Bác số liệu';
        r.getCell(12).value = 'Không có minh chứng';
        changed = String(r.getCell(2).value);
        row = n;
      });
    });
    const before = await readFile(join(dir, 'kq', 'tong-hop.xlsx'));
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', '--decisions', GIVEN);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('kq/tong-hop.xlsx và tệp --decisions gui-lai/tong-hop-hoi-dong.xlsx đều ghi việc của Hội đồng, khác nhau ở:');
    const unit = changed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(run.stderr).toMatch(
      new RegExp(
        `  - Quyết định về cảnh báo «.+»(?: ô [A-Z]+\\d+)? của ${unit} \\(trang «.+»\\): kq/tong-hop.xlsx ghi «Chấp nhận», Lò Văn Thành, 20/11/2026 \\(trang «Rà soát», ô I${row}\\), gui-lai/tong-hop-hoi-dong.xlsx ghi «Bác số liệu», Lò Văn Thành, 20/11/2026, ý kiến «Không có minh chứng» \\(trang «${RENAMED}», ô I${row}\\)\\.`,
      ),
    );
    expect(run.stderr).toContain('Chưa chấm tệp nào: thidua không tự chọn.');
    expect(run.stderr).not.toContain('theo tệp --decisions');
    expect((await readFile(join(dir, 'kq', 'tong-hop.xlsx'))).equals(before)).toBe(true);
  }, 120_000);

  it('into the folder’s own tong-hop.xlsx once its decisions agree with the copy’s: takes the vote and the decisions, each once', async () => {
    // The officer settles the conflict by taking the council's copy as the decisions' one: the folder's is scored anew from it.
    const given = await readSummary(join(dir, 'gui-lai'), 'tong-hop-hoi-dong.xlsx');
    const settle = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-hop', '--decisions', GIVEN);
    expect(settle.code, settle.stderr).toBe(0);
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-hop', '--decisions', GIVEN);
    expect(run.code, run.stderr).toBe(0);
    const written = await readSummary(join(dir, 'kq-hop'));
    expect(written.review.decisions).toEqual(given.review.decisions);
    expect(written.votes.votes).toEqual(given.votes.votes);
    expect(written.council.review).toEqual([RENAMED]);
  }, 120_000);

  // The folder's own tong-hop.xlsx holds a decision the council's copy (its «Rà soát» renamed) does not: it is written on
  // the copy's «Rà soát HĐ», and said there with where it was typed and why it is on a sheet of another name — before
  // this stop nothing was said; as first merged, it was said as «thidua chia phần bảng …», a cut that did not happen.
  it('into the folder’s own tong-hop.xlsx, a decision only the folder’s holds: said at its new cell on the renamed sheet, with the file that named it', async () => {
    const copy = join('gui-lai', 'thieu-mot.xlsx');
    await copyFile(join(dir, GIVEN), join(dir, copy));
    let unit = '';
    let row = 0;
    await edit(join(dir, copy), (wb) => {
      const ws = wb.getWorksheet(RENAMED)!;
      // The decision changed above, as the folder's holds it; then one decision cleared.
      ws.eachRow((r) => {
        if (r.getCell(9).value === 'Bác số liệu') [r.getCell(9).value, r.getCell(12).value] = ['Chấp nhận', null];
      });
      ws.eachRow((r, n) => {
        if (unit || n <= 4 || r.getCell(9).value !== 'Chấp nhận') return;
        for (const c of [9, 10, 11]) r.getCell(c).value = null;
        unit = String(r.getCell(2).value);
        row = n;
      });
    });
    await cp(join(dir, 'kq'), join(dir, 'kq-ten'), { recursive: true });
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-ten', '--decisions', copy);
    expect(run.code, run.stderr).toBe(0);
    const moved = run.stderr.split('\n').filter((l) => l.includes('nay ở ô này'));
    expect(moved).toEqual([expect.stringMatching(new RegExp(`^Trang «${RENAMED}», ô I${row}: quyết định của Hội đồng cho «${unit}», cảnh báo «.+» \\(trang «.+»(, ô [A-Z]+\\d+)?\\) đã ghi ở tệp kq-ten/tong-hop\\.xlsx, trang «${REVIEW_SHEET}», ô I${row}; nay ở ô này: tệp gui-lai/thieu-mot\\.xlsx đặt tên trang «${REVIEW_SHEET}» là «${RENAMED}»\\.$`))]);
  }, 120_000);

  it('refuses, naming both files and the nominee, when the folder’s tong-hop.xlsx holds another tally', async () => {
    await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), (unit) => (unit === 'Công an xã Ta Ma' ? [9, 8, 8] : undefined));
    const before = await readFile(join(dir, 'kq', 'tong-hop.xlsx'));
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', '--decisions', GIVEN);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('kq/tong-hop.xlsx và tệp --decisions gui-lai/tong-hop-hoi-dong.xlsx đều ghi việc của Hội đồng, khác nhau ở:');
    expect(run.stderr).toMatch(/ {2}- Biểu quyết Công an xã Ta Ma — .+: kq\/tong-hop.xlsx ghi 9\/8\/8 \(trang «Biểu quyết», ô E\d+:G\d+\), gui-lai\/tong-hop-hoi-dong.xlsx ghi 9\/8\/5 \(trang «Biểu quyết», ô E\d+:G\d+\)\./);
    expect(run.stderr).toContain('Chưa chấm tệp nào: thidua không tự chọn.');
    expect((await readFile(join(dir, 'kq', 'tong-hop.xlsx'))).equals(before)).toBe(true);
  }, 120_000);

  it('among the reports instead, is said as the run’s summary with the option that reads it, not as a workbook with no report sheet', async () => {
    await copyFile(join(dir, GIVEN), join(dir, 'bao-cao', 'tong-hop-hoi-dong.xlsx'));
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-lan', '--json');
    expect(run.stderr).toContain('Tệp bao-cao/tong-hop-hoi-dong.xlsx là tệp tổng hợp của một lượt chấm (tong-hop.xlsx lưu dưới tên khác), không phải báo cáo của đơn vị: không chấm. Quyết định và biểu quyết của Hội đồng trong tệp được đọc khi đưa tệp vào bằng --decisions bao-cao/tong-hop-hoi-dong.xlsx.');
    expect(run.stderr).not.toContain('tong-hop-hoi-dong.xlsx không có trang báo cáo nào');
    // A unit's copy returned (no run's record in it) is still read as a report.
    expect(JSON.parse(run.stdout).cards.length).toBeGreaterThan(0);
  }, 120_000);

  it('says that a closed result given with --decisions does not bring its closing into a folder never closed', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-da-chot'), { recursive: true });
    expect((await thidua('close', 'kq-da-chot', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
    // (bao-cao/ holds the council's renamed file since the test above: that file is said and the run exits 1.)
    const run = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-moi-2', '--decisions', join('kq-da-chot', 'tong-hop.xlsx'));
    expect(run.stderr).toMatch(
      /Lưu ý: kq-da-chot\/tong-hop\.xlsx là kết quả Hội đồng đã chốt \(lần 1, \d\d\/\d\d\/\d{4} \d\d:\d\d, Lò Văn Thành\); lần chấm này ghi vào kq-moi-2\/tong-hop\.xlsx như một lượt chấm mới, chưa chốt — lần chốt ấy vẫn ở kq-da-chot\/tong-hop\.xlsx, không theo sang\./,
    );
  }, 120_000);
});
