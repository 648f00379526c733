// The previous result read once (issue 36 item 2): the same tong-hop.xlsx — with the council's decisions (one word it
// cannot read, held as typed), a closed round, and then damaged (its hidden closed record edited) or hand-edited (a
// score in «Tổng hợp») — reads alike on the command line (cli/closed-rounds.ts), in the page's thread (its step
// 'previous') and in the task pane (the workbook opened in Excel: the project's Office.js fake holding the same sheets
// and hidden store), and each face stops on the damage and says so: never «chưa chốt».
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { readSummaryFile } from '../../cli/closed-rounds.js';
import { CLOSED_ROUNDS_KEY } from '../../core/run/closing.js';
import { readPreviousSummary, type PreviousSummary } from '../../core/run/previous-summary.js';
import { STORE_SHEET } from '../../core/workbook/store-layout.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { lastClosedRound } from '../../excel-addin/actions/closing.js';
import { verifyChosen } from '../../excel-addin/page/commune-closing.js';
import { PreviousRefused, runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { installFakeOffice, newSheet, newWorkbook, type FakeSheet } from '../../scripts/harness/office-fake.js';
import { typeDecision } from '../helpers/review-rows.js';
import { runInProcess } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const summaryOf = (folder: string) => join(dir, folder, 'tong-hop.xlsx');
const thread: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

async function edit(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

/** The workbook as Excel would show it to the pane: every sheet's cells where they are, and its hidden store sheet as stored. */
async function inExcel(bytes: Uint8Array): Promise<FakeSheet[]> {
  const book = OoxmlWorkbook.open(bytes);
  const grids = await book.readSheets([...(await book.listSheets()), STORE_SHEET]);
  return grids.map((g) => {
    const [top, left] = [(g.origin?.row ?? 1) - 1, (g.origin?.col ?? 1) - 1];
    const sheet = newSheet(g.name, [...Array.from({ length: top }, () => []), ...g.values.map((r) => [...Array<null>(left).fill(null), ...r.map((v) => (v instanceof Date ? v.toISOString() : v))])]);
    if (g.name === STORE_SHEET) sheet.visibility = 'VeryHidden';
    return sheet;
  });
}

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/** The three faces' readings of one tong-hop.xlsx. */
async function readOnEveryFace(path: string): Promise<{ cli: PreviousSummary; page: PreviousSummary; pane: PreviousSummary }> {
  const read = await readSummaryFile(path, dir);
  if (!read || 'ok' in read) throw new Error('tong-hop.xlsx not read');
  const bytes = new Uint8Array(await readFile(path));
  const step = await answer({ id: 1, step: 'previous', file: new Blob([bytes]), name: 'tong-hop.xlsx' });
  if (!step.ok || step.step !== 'previous' || !step.summary) throw new Error('page step failed');
  const fake = installFakeOffice(newWorkbook(await inExcel(bytes)));
  uninstall = fake.uninstall;
  const pane = await runInExcel((port) => readPreviousSummary(port));
  return { cli: read.summary, page: step.summary, pane };
}

beforeAll(async () => {
  // The example commune scored (made once a run), in this file's own copy.
  const scored = await scoredCommune();
  dir = scored.dir;
  const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
  expect(scored.run.code).toBe(0);
  // The council's decisions typed into tong-hop.xlsx: one it can read, one it cannot («xem sau»), then scored and closed.
  await edit(summaryOf('kq'), (wb) => {
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    typeDecision(review, 'Hội Nông dân xã Ta Ma', 'out-of-range', 'Bác số liệu');
    typeDecision(review, 'Trạm Y tế xã Ta Ma', 'missing-value', 'xem sau');
  });
  expect((await score()).code).toBe(0);
  expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open')).code).toBe(0);
}, 300_000);

describe('the previous result, read on the command line, in the page’s thread and in the task pane', () => {
  it('reads alike with the council’s decisions, a flag held as typed and a closed round', async () => {
    const { cli, page, pane } = await readOnEveryFace(summaryOf('kq'));
    expect(cli.review.decisions.map((d) => [d.unitName, d.flagCode, d.decision])).toEqual([['Hội Nông dân xã Ta Ma', 'out-of-range', 'reject']]);
    expect(cli.review.unread).toHaveLength(1);
    expect(cli.problems[0]).toMatchObject({ sheet: REVIEW_SHEET, message: expect.stringContaining('không hiểu quyết định «xem sau»') });
    expect(cli.rounds.map((r) => [r.number, r.closedBy])).toEqual([[1, 'Lò Văn Thành']]);
    expect(cli.record?.seal).toBe(cli.rounds[0]!.record.seal);
    expect([cli.damage, cli.edited]).toEqual([[], []]);
    expect(page).toEqual(cli);
    expect(pane).toEqual(cli);
  });

  it('reads a damaged closing alike — its hidden round edited — and every face stops on it, never «chưa chốt»', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-hong'), { recursive: true });
    await edit(summaryOf('kq-hong'), (wb) =>
      wb.getWorksheet(STORE_SHEET)!.eachRow((row) => {
        if (row.getCell(1).value === CLOSED_ROUNDS_KEY) row.getCell(2).value = String(row.getCell(2).value).replaceAll('"closedBy":"Lò Văn Thành"', '"closedBy":"Lò Văn Thanh"');
      }),
    );
    const { cli, page, pane } = await readOnEveryFace(summaryOf('kq-hong'));
    expect(cli.rounds).toEqual([]);
    expect(cli.damage).toEqual([expect.stringMatching(/^Bản ghi lần chốt 1 \(lần 1, .*\) đã bị sửa sau khi chốt: mã niêm phong không khớp\.$/)]);
    expect(page).toEqual(cli);
    expect(pane).toEqual(cli);

    // What each face does with it: the command line's verify and score, the page's run and its check of chosen files,
    // the pane's papers.
    const verify = await thidua('verify', 'kq-hong');
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain(cli.damage[0]);
    const score = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-hong', '--reopen', 'chấm lại');
    expect(score.code).toBe(1);
    expect(score.stderr).toContain(cli.damage[0]);
    const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const report = { name: 'bao-cao/ban-hua-ca.xlsx', file: new Blob([await readFile(join(dir, 'bao-cao', 'ban-hua-ca.xlsx'))]) };
    const rerun = runCommune([{ name: 'tong-hop.xlsx', file: new Blob([await readFile(summaryOf('kq-hong'))]) }, report], { set: criteria.set, date: '2025-11-27', thread });
    await expect(rerun).rejects.toThrow(PreviousRefused);
    await expect(rerun).rejects.toThrow(`tong-hop.xlsx bị hỏng — không coi là chưa chốt; chưa chấm tệp nào:\n${cli.damage[0]}`);
    const chosen = await verifyChosen([{ name: 'kq-hong/tong-hop.xlsx', file: new Blob([await readFile(summaryOf('kq-hong'))]) }], thread);
    expect(chosen).toEqual({ ok: false, message: `kq-hong/tong-hop.xlsx bị hỏng — không coi là chưa chốt:\n${cli.damage[0]}` });
    const fake = installFakeOffice(newWorkbook(await inExcel(new Uint8Array(await readFile(summaryOf('kq-hong'))))));
    uninstall = fake.uninstall;
    expect(await runInExcel((port) => lastClosedRound(port))).toMatchObject({ last: undefined, refused: cli.damage });
  });

  it('reads a score edited by hand in «Tổng hợp» alike, naming the row on every face', async () => {
    await cp(join(dir, 'kq'), join(dir, 'kq-sua'), { recursive: true });
    await edit(summaryOf('kq-sua'), (wb) =>
      wb.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => {
        if (row.getCell(2).value === 'Bản Hua Ca' && row.getCell(4).value === 98) row.getCell(4).value = 58;
      }),
    );
    const { cli, page, pane } = await readOnEveryFace(summaryOf('kq-sua'));
    expect(cli.damage).toEqual([]);
    // The cell named, with its value as closed (from the record, checked against the row's seal) and now.
    expect(cli.edited).toEqual([expect.stringMatching(/^Trang «Tổng hợp», dòng (\d+): đã sửa sau khi chốt — ô D\1: 98 → 58\.$/)]);
    expect(page).toEqual(cli);
    expect(pane).toEqual(cli);
  });
});
