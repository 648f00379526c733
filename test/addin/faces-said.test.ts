// The lines a run says after scoring (run-order.ts's `say`), on every face, from the same inputs: the example commune
// (examples/bao-cao) scored by the example's criteria written again by the pane's writer with a bonus line under the
// total no criterion scores and a band that asks more than points; every flag «Chấp nhận» on «Rà soát» (dates typed as
// text), every nominee voted 9/8/7 on «Biểu quyết» and «Đạt» typed in its «Điều kiện xếp loại», «Công an xã Ta Ma» retyped in capitals there, then Quàng Thị Lan's
// report taken out. Scored again by the built command line, by the standalone page's run in-process (the reports with
// the tong-hop.xlsx the council typed in), and by the task pane on the Office.js fake (the example's one workbook, the
// same typing on its «Rà soát» and «Biểu quyết»), whole and one sheet. Quàng Thị Lan's vote then counts for no one:
// the pane's notice and the page's words are a warning (before, the pane's was «success», green), known from the vote the
// run returns (votedForNone), the same on both; the retyped name is no such vote.
import { copyFile, cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { FINDING_HEADER } from '../../core/workbook/finding-column.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { checkAndScore, type ScoreActionResult } from '../../excel-addin/actions/score.js';
import { criteriaWorkbook } from '../../excel-addin/actions/criteria.js';
import { runCommune, type CommuneRun, type StepThread } from '../../excel-addin/page/commune-run.js';
import { runSaidIntent } from '../../excel-addin/page/commune-files.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel, selectInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { runChildAtOk, tempDir } from '../cli/helpers.js';
import { typeDecisions, typeVotes } from '../council/council-meeting.js';
import { officerDay } from '../../core/values.js';
import { namesCell, unplaced } from '../helpers/unplaced.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const BONUS = 'Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cách làm hay được UBND tỉnh công nhận';
const CONDITION = 'hoàn thành 100% nhiệm vụ được giao';
const CAPS = ['CÔNG AN XÃ TA MA', 'Công an xã Ta Ma'] as const;
const LAN = 'Quàng Thị Lan (giáo viên Trường Tiểu học)';
const LAN_FILE = 'ca-nhan-quang-thi-lan.xlsx';
/** 09:00 on 30/11/2026 in Vietnam: the day of the run on every face, the command line's too (its clock set to it). */
const NOW = new Date('2026-11-30T02:00:00Z');
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
const pane = { t: translator('vi'), setResult: () => undefined } as unknown as PaneContext;

/** The run's lines this test holds the faces to, word for word (their «Biểu quyết» cells too: the same rows on every face): of «Biểu quyết», of bands with a condition, of the set's lines under the total. */
const RUN_LINE = /^(Trang «|Đã áp dụng \d+ quyết định|Rà soát: |\d+ (cảnh báo|dòng|quyết định) |Xếp loại «|Bảng tiêu chí ghi)/;
const runLines = (lines: readonly string[]) => lines.map((l) => l.replace(/^ {2}- /, '')).filter((l) => RUN_LINE.test(l));
/** What the pane shows after «Kiểm tra & chấm điểm»: its notice's items. */
const shown = (result: ScoreActionResult) => runLines((scoreNotice(pane, result).items ?? []).map((i) => i.text));

let set: CriteriaSet;
let cli: string[];
let page: string[];
let pageRun: CommuneRun;
let fake: FakeOffice & { uninstall: () => void };

/** Every nominee 9/8/7 and «Đạt» in «Điều kiện xếp loại», and «Công an xã Ta Ma» in capitals on a «Biểu quyết» as the fake holds it (rows below the 7th, unit in B). */
function typedInPane(f: FakeOffice): void {
  const votes = f.state.sheets.find((s) => s.name === VOTE_SHEET)!;
  const rows = [...votes.cells.keys()].filter((k) => k.endsWith(':2') && Number(k.split(':')[0]) > 7 && votes.cells.get(k)?.value).map((k) => Number(k.split(':')[0]));
  const put = (row: number, col: number, value: string | number) => votes.cells.set(`${row}:${col}`, { value, numberFormat: 'General', style: {} });
  // The meeting as typeVotes types it in tong-hop.xlsx (B3, D3, B4, D4).
  for (const [row, col, value] of [[3, 2, '20/11/2026'], [3, 4, 'Hội trường Ủy ban nhân dân xã Ta Ma'], [4, 2, 'Lò Văn Thành'], [4, 4, 'Quàng Văn Hải']] as const) put(row, col, value);
  const finding = Number([...votes.cells].find(([, c]) => c.value === FINDING_HEADER)![0].split(':')[1]);
  for (const row of rows) {
    [9, 8, 7].forEach((v, i) => put(row, 5 + i, v));
    put(row, finding, 'Đạt');
    if (votes.cells.get(`${row}:2`)?.value === CAPS[1]) put(row, 2, CAPS[0]);
  }
}

/** Every flag «Chấp nhận» on «Rà soát» as typeDecisions types it in tong-hop.xlsx (rows of «Lần 1», I to K). */
function decidedInPane(f: FakeOffice): void {
  const review = f.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
  const rows = [...review.cells.keys()].filter((k) => k.endsWith(':8') && Number(k.split(':')[0]) > 4 && String(review.cells.get(k)?.value ?? '').startsWith('Lần 1')).map((k) => Number(k.split(':')[0]));
  for (const row of rows) ['Chấp nhận', 'Lò Văn Thành', '20/11/2026'].forEach((value, i) => review.cells.set(`${row}:${9 + i}`, { value, numberFormat: 'General', style: {} }));
}

beforeAll(async () => {
  const dir = await tempDir();
  // The example's criteria with a bonus line under the total and a condition on its top band, written by the pane's writer.
  const example = await readCriteriaFile(new Blob([await readFile(join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx'))]), 'tieu-chi-ta-ma-2025.xlsx');
  if (!example.ok) throw new Error(example.message);
  const top = example.set.classification[0]!;
  const withLines: CriteriaSet = { ...example.set, underTotal: [{ kind: 'bonus', text: BONUS, maxPoints: 5 }], classification: [{ ...top, condition: CONDITION }, ...example.set.classification.slice(1)] };
  await writeFile(join(dir, 'tieu-chi.xlsx'), await criteriaWorkbook(withLines));
  const read = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
  if (!read.ok) throw new Error(read.message);
  set = read.set;
  expect(set.underTotal?.map((l) => l.text)).toEqual([BONUS]);
  expect(set.classification[0]?.condition).toBe(CONDITION);

  // The command line: scored, voted and retyped in tong-hop.xlsx, Quàng Thị Lan's report taken out, scored again.
  await cp(join(EXAMPLES, 'bao-cao'), join(dir, 'bao-cao'), { recursive: true });
  await runChildAtOk(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir, NOW);
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  await typeDecisions(summary, () => 'Chấp nhận');
  await typeVotes(summary, () => [9, 8, 7]);
  // «Đạt» on every nominee's row, whether its band asks more than points or not, and «Công an xã Ta Ma» in capitals.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const ws = wb.getWorksheet(VOTE_SHEET)!;
  let finding = 0;
  ws.eachRow((r) => r.eachCell((c, col) => (c.value === FINDING_HEADER ? (finding = col) : undefined)));
  ws.eachRow((r, n) => {
    if (n > 7 && r.getCell(5).value === 9) r.getCell(finding).value = 'Đạt';
    if (r.getCell(2).value === CAPS[1]) r.getCell(2).value = CAPS[0];
  });
  await wb.xlsx.writeFile(summary);
  await copyFile(summary, join(dir, 'tong-hop-hoi-dong.xlsx'));
  await rm(join(dir, 'bao-cao', LAN_FILE));
  cli = (await runChildAtOk(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir, NOW)).stderr.split('\n');

  // The page: the same reports with the tong-hop.xlsx the council typed in.
  const files = await Promise.all((await readdir(join(dir, 'bao-cao'))).map(async (name) => ({ name, file: new Blob([await readFile(join(dir, 'bao-cao', name))]) })));
  const summaryFile = { name: 'tong-hop.xlsx', file: new Blob([await readFile(join(dir, 'tong-hop-hoi-dong.xlsx'))]) };
  pageRun = await runCommune([...files, summaryFile], { set, date: officerDay(NOW), thread: inProcess });
  page = pageRun.decisionsSaid.map((l) => l.text);

  // The pane: the example's one workbook scored, the same votes typed on its «Biểu quyết», Quàng Thị Lan's sheet taken out.
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(join(EXAMPLES, 'xa-ta-ma-2025.xlsx'))), '1.18');
  await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  decidedInPane(fake);
  typedInPane(fake);
  // Deleted as Excel deletes a sheet (its notes with it).
  const lan = fake.state.sheets.find((s) => s.name.startsWith('Quàng Thị Lan'))!.name;
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(lan).delete();
    await context.sync();
  });
}, 300_000);
afterAll(() => fake?.uninstall());

describe('what a run says, on every face', () => {
  it('the command line and the page say the same lines, word for word', () => {
    const said = runLines(cli);
    // The inputs hold each kind of line this test is for.
    expect(said.some((l) => l.startsWith('Bảng tiêu chí ghi điểm thưởng'))).toBe(true);
    expect(said.some((l) => l.startsWith(`Xếp loại «${set.classification[0]!.label}» còn điều kiện ngoài điểm «${CONDITION}»`))).toBe(true);
    expect(said.some((l) => l.includes(LAN) && l.includes('lần chấm này không có báo cáo của đơn vị này'))).toBe(true);
    expect(said.some((l) => l.includes(`tên đơn vị ghi «${CAPS[0]}»`))).toBe(true);
    expect(said.some((l) => /^Đã áp dụng \d+ quyết định/.test(l))).toBe(true);
    expect(said.some((l) => l.startsWith(`Trang «${VOTE_SHEET}», cột «${FINDING_HEADER}»`))).toBe(true);
    expect(runLines(page)).toEqual(said);
  });

  it('the pane’s whole scoring shows the command line’s lines in its notice, word for word', async () => {
    const whole = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(shown(whole)).toEqual(runLines(cli));
    // Each line of «Biểu quyết» shows its cells, as the vote's own problems do.
    const voteItems = (scoreNotice(pane, whole).items ?? []).filter((i) => i.text.startsWith(`Trang «${VOTE_SHEET}», ô`));
    expect(voteItems).toHaveLength(2);
    for (const i of voteItems) expect(i.text).toContain(`Trang «${i.sheet}», ô ${i.cell}: `);
    // Quàng Thị Lan's vote counts for no one: a warning, on the pane and on the page alike; «CÔNG AN XÃ TA MA», read as Công an xã Ta Ma's vote, is none.
    expect(scoreNotice(pane, whole).intent).toBe('warning');
    expect(runSaidIntent(pageRun)).toBe('warning');
    expect(whole.votedForNone.map((v) => v.nominee)).toEqual([expect.stringContaining(LAN)]);
    expect(pageRun.votedForNone).toEqual(whole.votedForNone);
  }, 120_000);

  it('a line opens the place the run gave it, where its words name it otherwise: a decision dated before its flag, at the flag’s cell, on the pane and the page', async () => {
    const before = fake.syncs;
    const whole = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    // Three round trips whatever the run says: list, read, apply.
    expect(fake.syncs - before).toBe(3);
    // «Trang «Rà soát», cột «Ngày» dòng «Lần 1» của cảnh báo «…» (trang «Bản Ta Ma», ô G19, Bản Ta Ma): …» — the decisions
    // typed 20/11/2026 on flags first listed on 30/11: the pane read no place from these words (its link named none).
    const early = (scoreNotice(pane, whole).items ?? []).filter((i) => i.text.startsWith(`Trang «${REVIEW_SHEET}», cột «Ngày»`));
    expect(early.length).toBeGreaterThan(1);
    for (const i of early) expect(i.text).toContain(`(trang «${i.sheet}», ô ${i.cell}, `);
    // Opened in Excel as the notice's link opens it: the flag's cell selected.
    const first = early[0]!;
    await selectInExcel(first.sheet!, first.cell!);
    expect(fake.state.selection).toEqual({ sheet: first.sheet, address: first.cell });
    // The page's run gives the same lines the same places.
    const onPage = pageRun.decisionsSaid.filter((l) => l.text.startsWith(`Trang «${REVIEW_SHEET}», cột «Ngày»`));
    expect(onPage.map(({ text, sheet, cell }) => ({ text, sheet, cell }))).toEqual(early.map(({ text, sheet, cell }) => ({ text, sheet, cell })));
  }, 120_000);

  it('every line whose words name a cell opens one of the cells it names, on the pane and the page', async () => {
    const whole = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    // The inputs hold such lines on both faces: decisions kept at their flags' cells, dated before their flags, a vote for no nominee, a name retyped.
    expect(whole.said.filter(namesCell).length).toBeGreaterThan(10);
    expect(pageRun.decisionsSaid.filter(namesCell).length).toBeGreaterThan(10);
    expect(unplaced(whole.said)).toEqual([]);
    expect(unplaced(pageRun.decisionsSaid)).toEqual([]);
  }, 120_000);

  it('the pane’s scoring of one sheet shows what of them is true of that sheet: the set’s lines, its unit’s band', async () => {
    const card = (await runInExcel((port) => checkAndScore(port, set, { now: NOW, onlySheet: 'Bản Hua Ca' }))) as ScoreActionResult;
    expect(card.cards.map((c) => [c.unitName, c.classification?.label])).toEqual([['Bản Hua Ca', set.classification[0]!.label]]);
    const setLines = runLines(cli).filter((l) => l.startsWith('Bảng tiêu chí ghi'));
    const band = `Xếp loại «${set.classification[0]!.label}» còn điều kiện ngoài điểm «${CONDITION}»: thidua xếp theo điểm, Hội đồng xét điều kiện ấy trước khi công nhận (1 đơn vị: Bản Hua Ca).`;
    expect(shown(card)).toEqual([band, ...setLines]);
    // The council's lines stay with the whole scoring: nothing left to act on here.
    expect(card.votedForNone).toEqual([]);
    expect(scoreNotice(pane, card).intent).toBe('success');
  }, 120_000);
});

// Made for: two engineers' reports of 2026-11-30 — the pane's one-sheet scoring said none of the run's lines, and its whole scoring
// said no vote typed for a unit no longer a nominee and a retyped name in other words than `thidua score`.
