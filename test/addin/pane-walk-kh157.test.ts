// An officer's year in the task pane on a real table, held to the command line cell for cell. The workbook is one a
// commune officer keeps: Cần Thơ's KH 157 annex (the corpus's can-tho-kh157-chi-tra-khong-tien-mat, imported, written
// as a «Tiêu chí» sheet and given its period and deadline) beside the six units' report sheets filled from its
// template (test/fixtures/real/walks/README.md). The pane, on the Office.js fake, takes the workbook's own criteria,
// scores every sheet, reads the council's decisions typed into «Rà soát» (renamed «Rà soát HĐ»), the unit's
// explanation, the second decision and the votes typed into «Biểu quyết», scoring again after each, closes and makes
// the papers; `thidua score` scores the same workbook while the council types the same into its tong-hop.xlsx. Every
// cell the pane writes into the scored sheets, «Tổng hợp», «Đề xuất khen thưởng», «Xét khen thưởng», «Rà soát HĐ»
// and «Biểu quyết» is the command line's, the scored sheets print one page wide as the command line's do, the papers
// read the same but for the seal, and each step takes the round trips it takes for any number of sheets.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { closeWorkbook, lastClosedRound } from '../../excel-addin/actions/closing.js';
import { checkAndScore, type ScoreActionResult } from '../../excel-addin/actions/score.js';
import { papersZip } from '../../excel-addin/shared/papers-download.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice, type FakeSheet } from '../../scripts/harness/office-fake.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { openpyxl } from '../council/typed-in-parts.js';
import { fileCells, paneCells, roundTrips, text, type, type Cells } from './pane-walk.js';

const WORKBOOK = join(import.meta.dirname, '..', 'fixtures', 'real', 'walks', 'can-tho-kh157-so-tinh-xa.xlsx');
// The command line's clock: both faces date the summary and the closing today.
const NOW = new Date();

/** The council's first decisions (council1.py of the walk): unit, cell → decision, comment; by Trần Thị Thu on 04/12/2026. */
const FIRST: Record<string, [string, string]> = {
  'UBND phường Bình Thủy|K15': ['Chấp nhận', 'Tính 40 điểm (tối đa của mục 2)'],
  'UBND phường Bình Thủy|K18': ['Bác số liệu', 'Kiểm tra thực tế: tỷ lệ mở mới tài khoản 96%, chưa đạt 100% nên mục 5.1 không được cộng'],
  'UBND xã Thới Lai|J14': ['Giải trình', 'Đề nghị xã nộp kế hoạch tuyên truyền và danh sách đối tượng ký nhận'],
  'UBND xã Cờ Đỏ|C9': ['chấp nhận', 'Nộp muộn 5 ngày do bão, có văn bản báo trước'],
  'UBND xã Cờ Đỏ|K17': ['Chấp nhận', 'Không báo cáo mục 4: tính 0 điểm'],
  'UBND xã Cờ Đỏ|K18': ['Chấp nhận', 'Không đạt 100%: không cộng'],
  'UBND xã Phong Điền|K19': ['Chấp nhận', 'Mục 5.2 không có điểm trừ; tỷ lệ 80% dưới 88%: tính 0 điểm'],
};
const MEETING: [string, string][] = [
  ['D3', 'Phòng họp UBND phường Ninh Kiều'], ['F3', '14 giờ 00'], ['B4', 'Nguyễn Văn Hòa'], ['D4', 'Trần Thị Thu'], ['F4', 'Trụ sở UBND phường Ninh Kiều'], ['F2', 'Giơ tay'],
  ['B5', 'Nguyễn Văn Hòa; Trần Thị Thu; Lê Minh Tâm; Phạm Thị Lan; Huỳnh Văn Nam; Võ Thị Mai; Đặng Văn Hùng; Lâm Thị Hoa'], ['D5', 'Ngô Văn Tú'],
];
const EXPLANATION = 'Xã đã ban hành Kế hoạch 22/KH-UBND ngày 10/01/2026 về tuyên truyền; gửi kèm nội dung phát trên loa và danh sách 50 đối tượng ký nhận. Đề nghị giữ 20 điểm.';
const SECOND = ['Chấp nhận', 'Trần Thị Thu', '08/12/2026', 'Minh chứng bổ sung đầy đủ (KH 22/KH-UBND, danh sách ký nhận): giữ 20 điểm'] as const;
const TALLIES: Record<string, [number, number, number]> = { 'UBND phường Cái Khế': [9, 8, 8], 'UBND phường Bình Thủy': [9, 8, 5], 'UBND xã Thới Lai': [9, 8, 4] };
const VOTE_NOTE = 'Nhiều thành viên đề nghị chờ kiểm tra thực tế minh chứng mục 1';

/** Each cell where the pane's sheet and the command line's differ: «sheet!A1: command line | pane». */
function differences(name: string, pane: Cells, cli: Cells): string[] {
  return [...new Set([...pane.keys(), ...cli.keys()])].filter((a) => pane.get(a) !== cli.get(a)).map((a) => `${name}!${a}: ${String(cli.get(a))} | ${String(pane.get(a))}`);
}

let dir: string;
let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
const { syncs, step } = roundTrips(() => fake);
const sheet = (name: string) => fake.state.sheets.find((s) => s.name === name)!;
const rowsOf = (on: FakeSheet) => Array.from({ length: 60 }, (_, i) => i + 5);

/** The pane's workbook and the command line's output, sheet by sheet: the copy's sheets, and the council's from tong-hop.xlsx. */
async function compare(result: ScoreActionResult): Promise<{ compared: number; differ: string[] }> {
  const copy = await fileCells(join(dir, 'ket-qua', 'so-tinh-xa.cham-diem.xlsx'));
  const summary = await fileCells(join(dir, 'ket-qua', 'tong-hop.xlsx'));
  const council = [result.councilSheets.review, result.councilSheets.votes];
  let compared = 0;
  const differ: string[] = [];
  for (const s of fake.state.sheets.filter((s) => s.visibility === 'Visible')) {
    const cli = council.includes(s.name) ? summary.get(s.name) : copy.get(s.name);
    if (!cli) {
      differ.push(`${s.name}: chỉ ngăn tác vụ có trang này`);
      continue;
    }
    const pane = paneCells(s);
    compared += new Set([...pane.keys(), ...cli.keys()]).size;
    differ.push(...differences(s.name, pane, cli));
  }
  return { compared, differ };
}
const cliScore = () => runOk(['score', 'so-tinh-xa.xlsx', '--criteria', 'so-tinh-xa.xlsx', '--out', 'ket-qua'], dir);
const paneScore = (name: string) => step(name, () => runInExcel((port) => checkAndScore(port, set, { now: NOW })));
const summaryFile = () => join(dir, 'ket-qua', 'tong-hop.xlsx');

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(WORKBOOK, join(dir, 'so-tinh-xa.xlsx'));
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
});
afterAll(() => fake?.uninstall());

describe('the task pane through the year on Cần Thơ’s KH 157 table, against the command line', () => {
  it('writes the command line’s every cell at each step, prints its scored sheets as wide, makes the same papers', async () => {
    const loaded = await step('criteria', () => runInExcel((port) => useCriteriaSheet(port)));
    if (!loaded.ok) throw new Error(loaded.reason);
    // The sheet thidua wrote and the officer completed: nothing inferred, its figures held to the table's own.
    expect([loaded.notices, loaded.reconciliation?.agrees, loaded.confirmed]).toEqual([[], true, true]);
    set = loaded.set;

    // First scoring: six units, seven flags.
    const first = await paneScore('score');
    await cliScore();
    expect(first.cards.map((c) => [c.unitName, c.total, c.classification?.label, c.flags.length])).toEqual([
      ['UBND phường Bình Thủy', 110, 'Xuất sắc', 2], ['UBND phường Cái Khế', 115, 'Xuất sắc', 0], ['UBND xã Cờ Đỏ', 66.9, 'Chưa đạt', 3],
      ['UBND phường Ninh Kiều', 88.4, 'Đạt', 0], ['UBND xã Phong Điền', 72, 'Đạt', 1], ['UBND xã Thới Lai', 104, 'Xuất sắc', 1],
    ]);
    const one = await compare(first);
    expect(one.differ).toEqual([]);
    expect(one.compared).toBeGreaterThan(1_100);
    // Each scored sheet prints as the command line's: one landscape A4 page wide, the columns as wide.
    const copy = OoxmlWorkbook.open(await readFile(join(dir, 'ket-qua', 'so-tinh-xa.cham-diem.xlsx')));
    const widths = new Map((await copy.readSheets(first.cards.map((c) => c.sheet))).map((g) => [g.name, g.columnWidths!]));
    for (const card of first.cards) {
      const pane = sheet(card.sheet);
      expect(pane.pageLayout.zoom, card.sheet).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      const cli = widths.get(card.sheet)!;
      // Excel holds a width in whole points: within a third of a character of the file's.
      for (const [column, points] of pane.columnWidths) expect(Math.abs(points / 5.25 - cli[column.charCodeAt(0) - 65]!), `${card.sheet} ${column}`).toBeLessThan(0.35);
    }

    // The council types its first decisions into «Rà soát», renames it «Rà soát HĐ», and types the meeting.
    const review = sheet(first.councilSheets.review);
    let typed = 0;
    for (const row of rowsOf(review)) {
      const decision = FIRST[`${String(text(review, row, 2))}|${String(text(review, row, 4))}`];
      if (!decision) continue;
      [decision[0], 'Trần Thị Thu', '04/12/2026', decision[1]].forEach((v, i) => type(review, `${'IJKL'[i]}${row}`, v));
      typed++;
    }
    expect(typed).toBe(7);
    review.name = 'Rà soát HĐ';
    const votes = sheet(first.councilSheets.votes);
    type(votes, 'B3', '08/12/2026');
    for (const [address, v] of MEETING) type(votes, address, v);
    openpyxl(summaryFile(), [
      'import datetime',
      `dec = ${JSON.stringify(FIRST)}`,
      "ws = wb['Rà soát']",
      'for r in range(5, ws.max_row + 1):',
      "    d = dec.get(f'{ws.cell(r, 2).value}|{ws.cell(r, 4).value}')",
      // Typed in Excel, «Ngày» is a date cell, as type() makes it in the pane's workbook.
      '    if d: ws.cell(r, 9).value = d[0]; ws.cell(r, 10).value = "Trần Thị Thu"; ws.cell(r, 11).value = datetime.datetime(2026, 12, 4); ws.cell(r, 11).number_format = "dd/mm/yyyy"; ws.cell(r, 12).value = d[1]',
      "ws.title = 'Rà soát HĐ'",
      // Typed in Excel, the meeting's day is a date cell, as type() makes it in the pane's workbook.
      "b = wb['Biểu quyết']; b['B3'] = datetime.datetime(2026, 12, 8); b['B3'].number_format = 'dd/mm/yyyy'",
      ...MEETING.map(([a, v]) => `b['${a}'] = ${JSON.stringify(v)}`),
    ].join('\n'));
    const second = await paneScore('decisions');
    await cliScore();
    expect(second.councilSheets.review).toBe('Rà soát HĐ');
    // Bình Thủy's 5.1 rejected: 110 → 105.
    expect(second.cards.find((c) => c.unitName === 'UBND phường Bình Thủy')!.total).toBe(105);
    expect((await compare(second)).differ).toEqual([]);

    // Thới Lai's explanation, typed on its row «Giải trình của đơn vị».
    const explain = (on: FakeSheet) => rowsOf(on).find((r) => text(on, r, 4) === 'J14' && text(on, r, 8) === 'Giải trình của đơn vị')!;
    type(sheet('Rà soát HĐ'), `L${explain(sheet('Rà soát HĐ'))}`, EXPLANATION);
    openpyxl(summaryFile(), `ws = wb['Rà soát HĐ']\nfor r in range(5, ws.max_row + 1):\n    if ws.cell(r, 4).value == 'J14' and ws.cell(r, 8).value == 'Giải trình của đơn vị': ws.cell(r, 12).value = ${JSON.stringify(EXPLANATION)}`);
    const third = await paneScore('explanation');
    await cliScore();
    expect((await compare(third)).differ).toEqual([]);

    // The council's second decision on J14, then each nominee's tally.
    const again = sheet('Rà soát HĐ');
    const secondRow = rowsOf(again).find((r) => text(again, r, 4) === 'J14' && text(again, r, 8) === 'Quyết định lần 2')!;
    SECOND.forEach((v, i) => type(again, `${'IJKL'[i]}${secondRow}`, v));
    const ballot = sheet('Biểu quyết');
    for (const row of [8, 9, 10, 11, 12, 13]) TALLIES[String(text(ballot, row, 2))]?.forEach((n, i) => type(ballot, `${'EFG'[i]}${row}`, n));
    type(ballot, 'I10', VOTE_NOTE);
    openpyxl(summaryFile(), [
      'import datetime',
      "ws = wb['Rà soát HĐ']",
      'for r in range(5, ws.max_row + 1):',
      // «Ngày» a date cell, as in the pane's workbook.
      `    if ws.cell(r, 4).value == 'J14' and ws.cell(r, 8).value == 'Quyết định lần 2': ${SECOND.map((v, i) => (i === 2 ? `ws.cell(r, 11).value = datetime.datetime(2026, 12, 8); ws.cell(r, 11).number_format = 'dd/mm/yyyy'` : `ws.cell(r, ${9 + i}).value = ${JSON.stringify(v)}`)).join('; ')}`,
      `t = ${JSON.stringify(TALLIES)}`,
      "b = wb['Biểu quyết']",
      'for r in range(8, 14):',
      '    v = t.get(b.cell(r, 2).value)',
      '    if v: b.cell(r, 5).value, b.cell(r, 6).value, b.cell(r, 7).value = v',
      `b['I10'] = ${JSON.stringify(VOTE_NOTE)}`,
    ].join('\n'));
    const fourth = await paneScore('votes');
    await cliScore();
    expect(fourth.votes?.votes.map((v) => [v.unitName, v.tally.inFavour])).toEqual([['UBND phường Cái Khế', 8], ['UBND phường Bình Thủy', 5], ['UBND xã Thới Lai', 4]]);
    expect((await compare(fourth)).differ).toEqual([]);

    // Closed with nothing open, as `thidua close` closes; the papers read as `thidua papers` writes them but the seal.
    const closed = await step('close', () => runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Nguyễn Văn Hòa' })));
    expect(closed.outcome.kind).toBe('closed');
    await runOk(['close', 'ket-qua', '--by', 'Nguyễn Văn Hòa'], dir);
    await runOk(['papers', 'ket-qua', '--out', 'ho-so'], dir);
    const { last } = await step('papers', () => runInExcel((port) => lastClosedRound(port)));
    const zip = await JSZip.loadAsync((await papersZip(last!)).bytes);
    const words = (buffer: Buffer) => mammoth.extractRawText({ buffer }).then((r) => r.value.replace(/Mã niêm phong[^\n]*/g, 'Mã niêm phong …').replace(/\d\d\/\d\d\/\d{4} \d\d:\d\d/g, '…'));
    const files = Object.keys(zip.files).sort();
    expect(files).toEqual(['bao-cao-thanh-tich-01-ubnd-phuong-cai-khe.docx', 'bao-cao-thanh-tich-02-ubnd-phuong-binh-thuy.docx', 'bien-ban.docx', 'danh-sach-cong-khai.docx', 'du-thao-quyet-dinh.docx', 'to-trinh.docx']);
    for (const f of files) expect(await words(await zip.file(f)!.async('nodebuffer')), f).toBe(await words(await readFile(join(dir, 'ho-so', f))));

    // The round trips of each step, as for any workbook: none grows with the six sheets or their criteria.
    expect(syncs).toEqual({ criteria: 3, score: 3, decisions: 3, explanation: 3, votes: 3, close: 5, papers: 2 });
  }, 60_000);
});

// Made for: the task pane walked to the papers on a real table as the command line and the page were (/tmp/walk157),
// which found the pane laying out scored sheets without the unit's column widths.
