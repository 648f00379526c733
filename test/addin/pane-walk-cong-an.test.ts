// An officer's year in the task pane on a table no walk had taken: the provincial police's «Vì an ninh Tổ quốc» table
// for the commune police of an emulation cluster (corpus cong-an-xa-cum-thi-dua: «Mã | Tên tiêu chí | Điểm tối đa |
// Tự chấm», 1,000 points, no total row, items 1–153 numbered through the table and each part's sub-parts numbered
// again). The officer opens the table in Excel, takes it as the workbook's criteria in the pane and confirms it, makes
// the five commune police's report sheets, and takes back four filled by openpyxl (one saved again by LibreOffice, one
// with a «-5» typed as a deduction, one with self-scores off the table's scale: 12 of 10, «7,5», 4,5, «đạt») and one
// left blank; the pane scores, the council decides on «Rà soát» (renamed, one decision typed «Đồng ý.»), votes, closes,
// and the pane makes the papers, one printed by LibreOffice. Each unit's total is counted here from the table's own
// cells; every number the pane shows or writes is held to that count and to the command line on the same inputs.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { cellAddress } from '../../core/text.js';
import { formatDateVi, formatPoints, officerDay } from '../../core/values.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { closeWorkbook, lastClosedRound } from '../../excel-addin/actions/closing.js';
import { type ScoreActionResult } from '../../excel-addin/actions/score.js';
import { closedNotice, workbookPapers } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { runInProcess, runOk, tempDir } from '../cli/helpers.js';
import { corpusTableInExcel, decideOnBoth, movedIn, paneTemplates, paperWords, printedProposal, roundTrips, takenAndConfirmed, walkFaces, text, voteOnBoth, type TableRow } from './pane-walk.js';

const NOW = new Date();

/** The five commune police (the pane's sheets in the order of the command line's files), the file each sends back, and what each types in «Điểm tự chấm» where it differs from the item's maximum. */
const UNITS = [
  // «-5» typed on 145 as officers type a deduction (the table has no deduction line), 53a at 0, 150 at 4 of 10.
  ['an-thanh', 'Công an xã An Thạnh', { '145': -5, '53a': 0, '150': 4 }],
  // Saved again by LibreOffice: item 1 at 45 of 50, 22 at 15 of 20, 72 at 1 of 1,5.
  ['hoa-binh', 'Công an xã Hòa Bình', { '1': 45, '22': 15, '72': 1 }],
  // Not sent back: its sheet left as the pane made it.
  ['long-hung', 'Công an xã Long Hưng', undefined],
  // Off the table's scale: 12 on item 2 of 10, «7,5» as text on 32 of 15, 4,5 on 101 of 5, «đạt» on 147 of 15.
  ['phu-loc', 'Công an xã Phú Lộc', { '2': 12, '32': '7,5', '101': 4.5, '147': 'đạt' }],
  ['tan-phu', 'Công an xã Tân Phú', {}],
] as const;
type File = (typeof UNITS)[number][0];
const SENT = UNITS.filter(([, , typed]) => typed !== undefined);

/** The table (argv 1) with each report's sheet (argv 3) copied after it, values and formats, saved as argv 2. */
const ONE_BOOK = `
import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
for f in json.loads(sys.argv[3]):
    src = load_workbook(f).worksheets[0]
    ws = wb.create_sheet(src.title)
    for row in src.iter_rows():
        for c in row:
            if c.value is not None: ws.cell(c.row, c.column, c.value).number_format = c.number_format
wb.save(sys.argv[2])
`;
import { fillAllByOpenpyxl } from '../helpers/fill-by-openpyxl.js';

let dir: string;
let rows: TableRow[];
let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
let imported: CriteriaSet;
let notices: string[];
const { syncs, step } = roundTrips(() => fake);

/**
 * The scored items as the table numbers them, by hand from its cells: a row whose number follows the last item's
 * (1 … 153) is an item; «6a» (the last item's number and a letter) a sub-item, which the item above it is scored by
 * (its points their sum); «I.», a number not following the items' (each part's «1.», «2.» again, I.1's «1.» right over
 * item 1) or «2.a)» a heading;
 * a heading with no row under it before the next heading (III.4, row 231) is scored as one.
 */
function scoredItems(): { code: string; row: number; points: number }[] {
  const items: { code: string; row: number; points: number; split?: boolean }[] = [];
  let last = 0;
  for (const [k, r] of rows.entries()) {
    if (r.row === 1) continue;
    const lettered = /^(\d+)[a-z]$/.exec(r.code);
    // I.1's «1.» (row 3) written as the number 1, right over item 1 (row 4): the heading is the row over its namesake.
    if (/^\d+$/.test(r.code) && Number(r.code) === last + 1 && rows[k + 1]?.code !== r.code) {
      last++;
      items.push({ code: r.code, row: r.row, points: r.points });
    } else if (lettered && Number(lettered[1]) === last) {
      items.find((i) => i.code === lettered[1])!.split = true;
      items.push({ code: r.code, row: r.row, points: r.points });
    } else if (rows[k + 1] === undefined) items.push({ code: `III.${r.code}`, row: r.row, points: r.points });
  }
  return items.filter((i) => !i.split);
}

/** A self-score as the rule counts a hand-scored item: a number (text «7,5» too) within 0 … the maximum, anything else 0. */
function counted(typed: number | string, max: number): number {
  const n = typeof typed === 'number' ? typed : Number(typed.replace(',', '.'));
  return Number.isNaN(n) ? 0 : Math.min(max, Math.max(0, n));
}
/** The hand count of a unit that sent its report: every item at its maximum but what it typed otherwise. */
function handCount(file: File): number {
  const typed: Record<string, number | string> = UNITS.find(([f]) => f === file)![2] ?? {};
  return Math.round(scoredItems().reduce((s, i) => s + (i.code in typed ? counted(typed[i.code]!, i.points) : i.points), 0) * 100) / 100;
}

const { compare, cliScore, paneScore, sheet, firstScored } = walkFaces(() => ({ dir, fake, set }), NOW, step);

let first: ScoreActionResult;
let firstJson: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  ({ fake, rows, imported } = await corpusTableInExcel('cong-an-xa-cum-thi-dua', dir));
  const { loaded, set: confirmed } = await takenAndConfirmed(step);
  notices = loaded.notices.map((n) => `${n.cell ?? ''} ${n.message}`);
  expect([loaded.sheet, loaded.confirmed, loaded.reconciliation?.agrees]).toEqual(['Sheet1', false, true]);
  set = confirmed;
  await paneTemplates(step, set, UNITS, 'co-quan', dir);
  const fills: [string, string, Record<string, number | string>][] = [];
  for (const [file, , typed] of UNITS) {
    const blank = join(dir, `mau-${file}.xlsx`);
    if (typed === undefined) await copyFile(blank, join(dir, 'bao-cao', `${file}.xlsx`));
    // Every item at its maximum unless typed otherwise.
    else fills.push([blank, join(dir, 'bao-cao', `${file}.xlsx`), { ...Object.fromEntries(set.criteria.map((c) => [c.code, c.maxPoints])), ...typed }]);
  }
  fillAllByOpenpyxl(fills, '2025-12-10');
  await movedIn(fake, SENT.map(([file]) => join(dir, 'bao-cao', `${file}.xlsx`)), join(dir, 'bao-cao', 'hoa-binh.xlsx'));
  ({ pane: first, cli: firstJson } = await firstScored());
}, 120_000);
afterAll(() => fake?.uninstall());

describe('the commune police’s cluster table through the year in the task pane, against the hand count and the command line', () => {
  it('takes the table as it states it: three parts of 700, 200 and 100 (C2, C124, C216), no total row, 176 scored items adding to each heading', () => {
    // The parts' maxima as written: «I. … | 700» (C2), «II. … | 200» (C124), «III. … | 100» (C216); no «Tổng cộng» row.
    const parts = rows.filter((r) => /^[IVX]+\.$/.test(r.code)).map((r) => [r.code, `C${r.row}`, r.points]);
    expect(parts).toEqual([['I.', 'C2', 700], ['II.', 'C124', 200], ['III.', 'C216', 100]]);
    expect(rows.some((r) => /tổng cộng/i.test(r.words))).toBe(false);
    // No bonus or deduction line: no column beyond «Tự chấm» (D1), no row's words naming points added or taken.
    expect(rows[0]).toMatchObject({ code: 'Mã', words: 'Tên tiêu chí' });
    expect(rows.filter((r) => /cộng điểm|điểm cộng|điểm thưởng|trừ điểm|điểm trừ|điểm phạt/i.test(r.words))).toEqual([]);
    // The hand count: 176 items, their points adding to each part's and to 1,000.
    const items = scoredItems();
    expect(items).toHaveLength(176);
    const partOf = (row: number) => parts.filter(([, cell]) => Number(String(cell).slice(1)) < row).at(-1)![0];
    const sums = parts.map(([code]) => Math.round(items.filter((i) => partOf(i.row) === code).reduce((s, i) => s + i.points, 0) * 100) / 100);
    expect(sums).toEqual([700, 200, 100]);
    // The pane's set: the same items at the same points, in the same parts, as the table and as `criteria import`.
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual(items.map((i) => [i.code, i.points]));
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 700], ['II', 200], ['III', 100]]);
    // Named from the file as `criteria import` names it («bang», «bang@1»): the same set on every face.
    expect(set).toEqual(imported);
    // What it inferred was said before the officer confirmed: the two numberings told apart at A3.
    expect(notices.find((n) => n.startsWith('A3 '))).toContain('14 tiểu mục: I.1 (dòng 3), I.2 (dòng 22), I.3 (dòng 54)…');
  });

  it('scores the four reports as the hand count does and lists the blank one «Chưa nộp», the table’s own sheet never a unit', () => {
    // Tân Phú 1,000; Hòa Bình 1,000 − 5 (1) − 5 (22) − 0,5 (72) = 989,5; An Thạnh 1,000 − 5 («-5» on 145: 0) − 5 (53a)
    // − 6 (150) = 984; Phú Lộc 1,000 − 0 (12 on 2: 10) − 7,5 («7,5» on 32) − 0,5 (101) − 15 («đạt» on 147: 0) = 977.
    const expected = SENT.map(([file, name]) => [name, handCount(file)] as const);
    expect(expected.map(([, t]) => t)).toEqual([984, 989.5, 977, 1000]);
    const band = (t: number) => (t >= 900 ? 'Xuất sắc' : t >= 800 ? 'Tốt' : t >= 600 ? 'Đạt' : 'Chưa đạt');
    const shown = (cards: readonly { unitName: string; total: number; applicableMax: number; classification?: { label: string } | null }[]) =>
      SENT.map(([, name]) => cards.find((c) => c.unitName === name)!).map((c) => [c.unitName, c.total, c.applicableMax, c.classification?.label]);
    expect(shown(first.cards)).toEqual(expected.map(([name, t]) => [name, t, 1000, band(t)]));
    expect(shown(firstJson.cards)).toEqual(shown(first.cards));
    // Five units, not six: the table's «Sheet1» (its «Tự chấm» a report's column) is the criteria, not a unit «Chưa nộp».
    expect(first.cards.map((c) => c.sheet)).toEqual(UNITS.map(([, name]) => name));
    expect(first.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total]))).toEqual(firstJson.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total])));
    expect(first.ranking.flatMap((r) => r.entries.map((e) => [e.unitName, e.total]))).toEqual([...expected].sort((a, b) => b[1] - a[1]));
    // Each flag where the unit typed it, the same on both faces.
    const flags = (cards: readonly { unitName: string; flags: readonly { cell?: string; code: string }[] }[]) =>
      SENT.flatMap(([, name]) => cards.find((c) => c.unitName === name)!.flags.map((f) => [name, f.cell, f.code]));
    expect(flags(first.cards)).toEqual([
      ['Công an xã An Thạnh', 'K181', 'out-of-range'],
      ['Công an xã Phú Lộc', 'K15', 'self-score-over-max'],
      ['Công an xã Phú Lộc', 'K184', 'unparseable-value'],
    ]);
    expect(flags(firstJson.cards)).toEqual(flags(first.cards));
  });

  it('scores the one workbook the officer keeps on the command line as in the pane: `score so.xlsx --criteria so.xlsx`, five units', async () => {
    // The table and the five sheets in one workbook, as the pane's (openpyxl copies the values and their formats).
    execFileSync('/usr/bin/python3', ['-c', ONE_BOOK, join(dir, 'bang.xlsx'), join(dir, 'so.xlsx'), JSON.stringify(UNITS.map(([file]) => join(dir, 'bao-cao', `${file}.xlsx`)))]);
    const one = JSON.parse((await runOk(['score', 'so.xlsx', '--criteria', 'so.xlsx', '--out', 'ket-qua-so', '--json'], dir)).stdout) as ScoreRunOutput;
    expect(one.cards.map((c) => c.sheet)).toEqual(UNITS.map(([, name]) => name));
    expect(one.cards.map((c) => [c.sheet, c.total])).toEqual(first.cards.map((c) => [c.sheet, c.total]));
  });

  it('makes templates the command line scores on its own reading of the same table: no report «lập theo bộ tiêu chí khác»', async () => {
    // Before: the pane named the table «Bộ tiêu chí trang «Sheet1»» (bo-tieu-chi-trang-sheet1@1), the command line
    // «bang» (bang@1) from its file: each of the five reports made in the pane was flagged as of another set.
    const own = JSON.parse((await runOk(['score', 'bao-cao', '--criteria', 'bang.xlsx', '--out', 'ket-qua-bang', '--json'], dir)).stdout) as ScoreRunOutput;
    expect(own.cards.map((c) => c.sheet)).toEqual(UNITS.map(([, name]) => name));
    expect(own.cards.flatMap((c) => c.flags.filter((f) => f.code === 'criteria-set-mismatch').map((f) => [c.unitName, f.message]))).toEqual([]);
    expect(own.cards.map((c) => [c.unitName, c.total])).toEqual(firstJson.cards.map((c) => [c.unitName, c.total]));
  });

  it('writes the command line’s every cell, and the table’s sheet as it was', async () => {
    const one = await compare();
    expect(one.differ).toEqual([]);
    expect(one.compared).toBeGreaterThan(5_000);
  });

  it('takes the council’s decisions typed on its renamed «Rà soát», the vote, the closing and the papers as the command line does', async () => {
    // Phú Lộc's 12 of 10 on item 2 rejected (its points withdrawn, the set's rule): 977 − 10 = 967; its «đạt» accepted as
    // officers type it, «đồng ý.» (0 stays 0); An Thạnh's «-5» accepted (0 stays 0): 984.
    const decisions: Record<string, [string, string]> = {
      'Công an xã Phú Lộc|K15': ['Bác số liệu', 'Không có minh chứng cho 12 điểm'],
      'Công an xã Phú Lộc|K184': ['đồng ý.', 'Mục 147 không ghi điểm: tính 0 điểm'],
      'Công an xã An Thạnh|K181': ['Chấp nhận', 'Trừ 5 điểm mục 145 theo biên bản kiểm tra: tính 0 điểm'],
    };
    expect(decideOnBoth(sheet(first.councilSheets.review), join(dir, 'ket-qua', 'tong-hop.xlsx'), decisions, 'Nguyễn Văn Hòa', '15/12/2025', 'Rà soát của Hội đồng')).toBe(3);
    const decided = await paneScore('decisions');
    await cliScore();
    expect(decided.councilSheets.review).toBe('Rà soát của Hội đồng');
    // «15/12/2025»: the year under review typed for the meeting's year, a day before any run listed these flags (today).
    // The command line says each where it was typed; the pane notes each at that «Ngày», the decision applied as typed.
    const today = formatDateVi(officerDay(NOW));
    const early = `Quyết định ghi ngày 15/12/2025, trước ngày thidua lần đầu ghi cảnh báo này (${today}) — Hội đồng không thể đã quyết định về cảnh báo chưa có. Quyết định vẫn giữ và áp như đã ghi; kiểm tra lại ngày (không sớm hơn ${today}).`;
    const cliLines = (await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'ket-qua'], dir)).stderr.split('\n');
    const saidByCli = cliLines.filter((l) => l.includes('trước ngày thidua lần đầu ghi cảnh báo này'));
    // The pane's result area says what the command line prints once it has scored, line for line, from the same run
    // (run-order.ts): the decisions applied, and each dated before its flag was first listed. The command line alone
    // names its files and its progress: where it read the decisions, each report it reads, each file it writes.
    const cliOnly = /^(Đã đọc 3 quyết định của Hội đồng từ ket-qua\/tong-hop\.xlsx\.|\[\d\/5\] bao-cao\/[a-z-]+\.xlsx|Đang ghi .+…|)$/;
    const shown = scoreNotice({ t: translator('vi'), setResult: () => undefined } as unknown as PaneContext, decided).items!.map((i) => i.text);
    expect(shown).toEqual(cliLines.filter((l) => !cliOnly.test(l)));
    expect(shown[0]).toBe('Đã áp dụng 3 quyết định của Hội đồng.');
    expect(shown.filter((l) => l.includes('trước ngày thidua lần đầu ghi cảnh báo này'))).toHaveLength(3);
    expect(saidByCli.map((l) => /, ô (K\d+), /.exec(l)?.[1])).toEqual(['K181', 'K15', 'K184']);
    const reviewed = sheet('Rà soát của Hội đồng');
    const dayOf = (key: string) => cellAddress([...Array(400).keys()].find((r) => `${String(text(reviewed, r, 2))}|${String(text(reviewed, r, 4))}` === key && text(reviewed, r, 8) === 'Lần 1')!, 11);
    expect(fake.state.notes.filter((n) => n.sheet === 'Rà soát của Hội đồng').map((n) => [n.address, n.content])).toEqual(
      ['Công an xã An Thạnh|K181', 'Công an xã Phú Lộc|K15', 'Công an xã Phú Lộc|K184'].map((key) => [dayOf(key), `Thi đua CĐS:\n${early}`]),
    );
    expect(SENT.map(([, name]) => decided.cards.find((c) => c.unitName === name)!.total)).toEqual([984, 989.5, 967, 1000]);
    expect((await compare()).differ).toEqual([]);

    // The vote: each nominee's tally and the meeting, typed on «Biểu quyết».
    const ballot = sheet(decided.councilSheets.votes);
    const tallies: Record<string, [number, number, number]> = { 'Công an xã Tân Phú': [9, 9, 9], 'Công an xã Hòa Bình': [9, 9, 8], 'Công an xã An Thạnh': [9, 9, 7], 'Công an xã Phú Lộc': [9, 9, 4] };
    const meeting: [string, string][] = [['B3', '18/12/2025'], ['D3', 'Hội trường Công an xã Tân Phú'], ['B4', 'Nguyễn Văn Hòa'], ['D4', 'Trần Thị Mai']];
    voteOnBoth(ballot, join(dir, 'ket-qua', 'tong-hop.xlsx'), meeting, tallies);
    const voted = await paneScore('votes');
    await cliScore();
    expect(voted.votes?.votes.map((v) => [v.unitName, v.tally.inFavour])).toEqual([['Công an xã Tân Phú', 9], ['Công an xã Hòa Bình', 8], ['Công an xã An Thạnh', 7], ['Công an xã Phú Lộc', 4]]);
    expect((await compare()).differ).toEqual([]);

    // Long Hưng's blank sheet, said once (before: 176 «Thiếu số liệu», one an item), stays undecided on both faces: each
    // refuses to close, then closes with it recorded, as the council asks.
    const refused = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Nguyễn Văn Hòa' }));
    const open = refused.outcome.kind === 'open' ? refused.outcome.open.undecided : [];
    expect(open.map((u) => [u.unitName, u.title, u.cell])).toEqual([['Công an xã Long Hưng', 'Đơn vị chưa nộp báo cáo', undefined]]);
    const cliRefused = await runInProcess(['close', 'ket-qua', '--by', 'Nguyễn Văn Hòa'], dir);
    expect([cliRefused.code, cliRefused.stderr]).toEqual([1, expect.stringContaining('1 cảnh báo chưa quyết định ở «Rà soát của Hội đồng»: Công an xã Long Hưng: 1.')]);
    const closed = await step('close', () => runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Nguyễn Văn Hòa', acceptOpen: true })));
    expect(closed.outcome.kind).toBe('closed');
    const cliClosed = await runOk(['close', 'ket-qua', '--by', 'Nguyễn Văn Hòa', '--accept-open'], dir);
    const cliPapers = await runOk(['papers', 'ket-qua', '--out', 'ho-so'], dir);
    // The pane's «Tạo hồ sơ khen thưởng»: the papers saved as one file, and what the pane says with them.
    let saved: Uint8Array | undefined;
    const { sheets: lastSheets } = await runInExcel((port) => lastClosedRound(port));
    const made = await step('papers', () => runInExcel((port) => workbookPapers(port, translator('vi'), (bytes) => (saved = bytes))));
    // What each face says with the closing and the papers — the meeting typed 18/12/2025, before the list it voted on —
    // in the same words: the command line names the file, and offers its option --posting-from.
    const asPane = (line: string) => line.replace(/^Lưu ý: /, '').replace('Tệp ket-qua/tong-hop.xlsx, trang', 'Trang').replace(/tệp bao-cao\/[a-z-]+\.xlsx, /g, '').replace('ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>, hoặc ', '');
    const notes = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.startsWith('Lưu ý: ')).map(asPane);
    expect(closedNotice(made.last!, lastSheets, translator('vi')).items?.map((i) => i.text)).toEqual(notes(cliClosed));
    expect(made.notice.items?.map((i) => i.text)).toEqual(notes(cliPapers));
    expect(notes(cliPapers).filter((l) => l.includes('18/12/2025'))).toHaveLength(2);
    const zip = await JSZip.loadAsync(saved!);
    const files = Object.keys(zip.files).sort();
    expect(files).toEqual(['bao-cao-thanh-tich-01-cong-an-xa-tan-phu.docx', 'bao-cao-thanh-tich-02-cong-an-xa-hoa-binh.docx', 'bao-cao-thanh-tich-03-cong-an-xa-an-thanh.docx', 'bien-ban.docx', 'danh-sach-cong-khai.docx', 'du-thao-quyet-dinh.docx', 'to-trinh.docx']);
    for (const f of files) expect(await paperWords(await zip.file(f)!.async('nodebuffer')), f).toBe(await paperWords(await readFile(join(dir, 'ho-so', f))));
    // The pane's «Tờ trình» printed by LibreOffice and read back: each nominee as counted by hand, ranked among the four
    // ranked; Phú Lộc (4 of 9 in favour) not proposed.
    const { printed, unnamed } = await printedProposal(zip, dir, UNITS.map(([, name]) => name));
    expect(printed).toContain(unnamed('tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể'));
    for (const [k, [total, percent]] of [[1000, '100'], [989.5, '98,95'], [984, '98,4']].entries()) expect(printed).toContain(unnamed(`Xếp loại Xuất sắc, ${formatPoints(total as number)}/1.000 điểm (${percent}%), hạng ${k + 1}/4 trong bảng xếp hạng Cơ quan`));
    expect(printed).not.toContain('967');
    // The round trips of each step, as for any workbook: none grows with the 176 items or the five sheets.
    expect(syncs).toEqual({ criteria: 3, confirm: 2, templates: 2, score: 3, decisions: 3, votes: 3, close: 4, papers: 2 });
  });
});

// Made for: the task pane walked through the year on the commune police's cluster table (corpus cong-an-xa-cum-thi-dua),
// which found the table's own sheet scored as a sixth unit «(chưa ghi tên đơn vị — trang «Sheet1»)», «Chưa nộp», and the
// council's decisions dated before their flags were first listed applied in the pane without the note the command line
// writes at their «Ngày».
