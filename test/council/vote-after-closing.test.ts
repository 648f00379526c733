// A count changed on «Biểu quyết» after the round was closed: the example commune reviewed, every nominee voted 9/8/7,
// closed by the command line (in-process); then the council retypes Công an xã Ta Ma's «Đồng ý» 4 (no longer over half of
// nine) and LibreOffice saves the file. Before, `thidua score` answered «lần chấm này không thay đổi gì» and `thidua
// verify` «Khớp với kết quả đã chốt» while `thidua close` named the vote changed. Now the run and the check say it in
// the closing's words: the run writes nothing until --reopen, the check does not answer «Khớp». The council renamed
// «Biểu quyết» as it retyped the count («Biểu quyết HĐ 2026»): every line names the sheet so, as the file holds it now —
// before, the closing's lines said «Biểu quyết» whatever the sheet's name.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChosen, type Verified } from '../../excel-addin/page/commune-closing.js';
import type { Said } from '../../core/run/said.js';
import { unzipSync } from 'fflate';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary, retypeInFavour, retypeMeeting, retypeVoteRows, reviewedCommune, typeVotes } from './council-meeting.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';
import { openpyxl, votesInTwoParts } from './typed-in-parts.js';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { councilSheetNamesOf } from '../../core/run/plan-copy.js';
import { openLines } from '../../core/run/open-at-closing.js';
import { papersCheck, papersWaitFor } from '../../core/papers/index.js';
import { unplaced } from '../helpers/unplaced.js';

const UNIT = 'Công an xã Ta Ma';
/** The name the council gave «Biểu quyết» after closing. */
const RENAMED = 'Biểu quyết HĐ 2026';
/** The closing's words for a vote typed since the seal. */
const CHANGED = `Kết quả biểu quyết ở trang «${RENAMED}» đã khác lần chốt.`;
/** The nominee's own line: its cells on the renamed sheet, the vote sealed and the vote now. */
const NOMINEE = new RegExp(`^  - Trang «${RENAMED}», ô E\\d+:G\\d+: ${UNIT} \\(.+\\): khi chốt 9/8/7; nay 9/8/4\\.$`);
/** A line of the run's naming the sheet by thidua's own name, which the file no longer holds. */
const OLD_NAME = /trang «Biểu quyết»/i;

/** The reviewed commune, every nominee voted 9/8/7 (but `declined`, «Không đề nghị» in its «Ghi chú») and closed by the command line (in-process): its folder and tong-hop.xlsx. */
async function closedCommune(declined?: string): Promise<{ dir: string; summary: string }> {
  const dir = await reviewedCommune();
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  await typeVotes(summary, (unit) => (unit === declined ? undefined : [9, 8, 7]));
  if (declined) await retypeVoteRows(summary, { [declined]: (row) => (row.getCell(9).value = 'Không đề nghị') });
  const closed = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
  if (closed.code !== 0) throw new Error(closed.stderr);
  return { dir, summary };
}

/** The standalone page's «Kiểm tra» of the folder's files (in-process). */
async function pageCheck(dir: string): Promise<Verified> {
  const thread: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
  const names = (await readdir(join(dir, 'kq'))).filter((n) => n === 'tong-hop.xlsx' || n.endsWith('.cham-diem.xlsx'));
  return verifyChosen(await Promise.all(names.map(async (name) => ({ name: `kq/${name}`, file: new Blob([await readFile(join(dir, 'kq', name))]) }))), thread);
}

/** What each face lists of the closed round, in turn: `thidua verify`, `thidua score`, the page's check, `thidua close` (its lines «  - …»). */
type FacesSay = Record<'verify' | 'score' | 'close' | 'page', string[]>;
/** The page's check's lines with the places it gave them (said.ts), from the last facesSay. */
let pagePlaces: Said[] = [];
async function facesSay(dir: string): Promise<FacesSay> {
  const cli = async (args: string[]) => (await runInProcess(args, dir)).stderr.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
  const verify = await cli(['verify', 'kq']);
  const score = await cli(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq']);
  const page = await pageCheck(dir);
  const close = await cli(['close', 'kq', '--by', 'Lò Văn Thành']);
  pagePlaces = page.ok ? page.lines : [];
  return { verify, score, close, page: page.ok ? page.lines.map((l) => l.text) : [page.message] };
}

describe('a count changed on «Biểu quyết» after closing', () => {
  let closeAfter: Run;
  let scoreAfter: Run;
  let verifyBefore: Run;
  let verifyAfter: Run;
  /** The standalone page's «Kiểm tra» of the folder's files (in-process), after the count was retyped. */
  let pageAfter: Verified;

  beforeAll(async () => {
    const { dir, summary } = await closedCommune();
    verifyBefore = await runInProcess(['verify', 'kq'], dir);
    await retypeInFavour(summary, UNIT, 4, RENAMED);
    scoreAfter = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    verifyAfter = await runInProcess(['verify', 'kq'], dir);
    pageAfter = await pageCheck(dir);
    closeAfter = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
  }, 300_000);

  it('`thidua close` names it (as before)', () => {
    expect(closeAfter.code).not.toBe(0);
    expect(closeAfter.stderr).toContain(CHANGED);
  });

  it('`thidua score` says it and writes nothing until --reopen, never «không thay đổi gì»', () => {
    expect(scoreAfter.stderr).not.toContain('không thay đổi gì');
    expect(scoreAfter.stderr.split('\n')).toContain(`  - ${CHANGED}`);
    expect(scoreAfter.code).toBe(1);
  });

  it('`thidua verify` says it and does not answer «Khớp»; before the count was retyped, it matched', () => {
    expect(verifyBefore.code, verifyBefore.stderr).toBe(0);
    expect(verifyAfter.stdout).not.toContain('Khớp với kết quả đã chốt');
    expect(verifyAfter.stderr.split('\n')).toContain(`  - ${CHANGED}`);
    expect(verifyAfter.code).toBe(1);
  });

  it('every face names the renamed sheet, the nominee at its cells, never «Biểu quyết» — the page’s check too', () => {
    const page = pageAfter.ok ? pageAfter.lines.map((l) => `  - ${l.text}`) : [pageAfter.message];
    for (const said of [verifyAfter.stderr.split('\n'), scoreAfter.stderr.split('\n'), closeAfter.stderr.split('\n'), page]) {
      expect(said.filter((l) => NOMINEE.test(l)), said.join('\n')).toHaveLength(1);
      expect(said.join('\n')).not.toMatch(OLD_NAME);
    }
    // The standalone page's check says the vote changed in the same words.
    expect(page).toContain(`  - ${CHANGED}`);
  });
});

// Only the council's rule and meeting retyped after closing (no count): the rule «Trên 50%» → «Từ 2/3» at B2 and the
// meeting's place at D3, the sheet renamed, LibreOffice saving. Before, every face said the generic line alone — the
// officer left to find what changed; now each field is said at its cell, was → now, as a nominee's count is.
describe('the rule or the meeting retyped on «Biểu quyết» after closing, no count', () => {
  const PLACE = 'Nhà văn hóa bản Ta Ma';
  /** What every face says: the generic line, then each field at its cell. */
  const LINES = [
    CHANGED,
    `Trang «${RENAMED}», ô B2 («Điều kiện đạt»): khi chốt «Trên 50%»; nay «Từ 2/3».`,
    `Trang «${RENAMED}», ô D3 («Địa điểm»): khi chốt «Hội trường Ủy ban nhân dân xã Ta Ma»; nay «${PLACE}».`,
  ];
  let said: FacesSay;

  beforeAll(async () => {
    const { dir, summary } = await closedCommune();
    await retypeMeeting(summary, { B2: 'Từ 2/3', D3: PLACE }, RENAMED);
    said = await facesSay(dir);
  }, 300_000);

  it('each face says the rule and the place at their cells, was → now, and no nominee changed', () => {
    for (const [face, lines] of Object.entries(said)) expect(lines, face).toEqual(LINES);
  });

  it('the page’s check gives each line its place as data: the sheet, and the field’s cell (before: words alone)', () => {
    expect(pagePlaces.map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([{ sheet: RENAMED }, { sheet: RENAMED, cell: 'B2' }, { sheet: RENAMED, cell: 'D3' }]);
  });
});

// Only a nominee's «Không đề nghị» taken back after closing (its «Ghi chú» cleared, no count typed; the sheet renamed,
// LibreOffice saving). Before, every face said the generic line alone; now the nominee is said at its row, was → now.
describe('«Không đề nghị» taken back on «Biểu quyết» after closing, no count', () => {
  const LINE = new RegExp(`^Trang «${RENAMED}», ô [A-Z]+\\d+(:[A-Z]+\\d+)?: ${UNIT} \\(.+\\): khi chốt «Không đề nghị»; nay chưa có kết quả biểu quyết\\.$`);
  let said: FacesSay;

  beforeAll(async () => {
    const { dir, summary } = await closedCommune(UNIT);
    await retypeVoteRows(summary, { [UNIT]: (row) => (row.getCell(9).value = null) }, RENAMED);
    said = await facesSay(dir);
  }, 300_000);

  it('each face says the nominee at its row, «Không đề nghị» when closed, no vote now', () => {
    for (const [face, lines] of Object.entries(said)) {
      expect(lines, face).toContain(CHANGED);
      expect(lines.filter((l) => LINE.test(l)), `${face}:\n${lines.join('\n')}`).toHaveLength(1);
    }
  });
});

// «Biểu quyết» renamed and continued on a second sheet by the council (openpyxl, as thidua writes parts; LibreOffice
// saving): every officer-facing line of `papers`, `close` and `verify` that speaks of a row or a cell names the part
// holding it. Before, `papers --posting-list` named «BQ HĐ 2026,BQ HĐ 2026 tiếp» (the parts' names joined by a comma), an
// unvoted nominee of part 2 was sent to part 1 by `close` and `papers`, and a count changed on part 2 was said at
// «Trang «BQ HĐ 2026», ô E5:G5 (trang «BQ HĐ 2026 tiếp»)» — the first part's name with the second's cells.
describe('«Biểu quyết» renamed and in two parts', () => {
  const [FIRST, SECOND] = ['BQ HĐ 2026', 'BQ HĐ 2026 tiếp'];
  const [UNVOTED, CHANGED_UNIT] = ['Bản Ta Ma', UNIT];
  let rows: Record<string, number>;
  let said: Record<'posting' | 'close' | 'papers' | 'verify', string[]>;
  let sealed: PreviousSummary;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    rows = votesInTwoParts(summary, FIRST, SECOND);
    await savedByLibreOffice(summary);
    const lines = async (...args: string[]) => (await runInProcess(args, dir)).stderr.split('\n');
    const posting = await lines('papers', 'kq', '--out', 'niem-yet', '--posting-list');
    // Every nominee voted but one of part 2; the meeting on the first part.
    openpyxl(summary, [`for name in ['${FIRST}', '${SECOND}']:`, '  for r in wb[name].iter_rows():', `    if isinstance(r[0].value, int) and r[1].value != ${JSON.stringify(UNVOTED)}: r[4].value = 9; r[5].value = 8; r[6].value = 7`, `wb['${FIRST}']['B3'] = '20/11/2026'; wb['${FIRST}']['B4'] = 'Lò Văn Thành'`].join('\n'));
    await savedByLibreOffice(summary);
    const close = await lines('close', 'kq', '--by', 'Lò Văn Thành');
    expect((await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir)).code).toBe(0);
    sealed = await readSummary(join(dir, 'kq'));
    const papers = await lines('papers', 'kq', '--out', 'ho-so');
    // After closing, one count retyped on part 2.
    openpyxl(summary, [`for r in wb['${SECOND}'].iter_rows():`, `  if r[1].value == ${JSON.stringify(CHANGED_UNIT)}: r[6].value = 4`].join('\n'));
    await savedByLibreOffice(summary);
    said = { posting, close, papers, verify: await lines('verify', 'kq') };
  }, 300_000);

  it('papers --posting-list names the first part, at the meeting day’s cell, never the parts joined', () => {
    expect(said.posting).toContain(`Chưa lập danh sách niêm yết: chưa có ngày họp của Hội đồng: ghi «Ngày họp» để tính 5 ngày làm việc niêm yết trước phiên họp (tệp kq/tong-hop.xlsx, trang «${FIRST}», ô B3), hoặc thêm --posting-from <dd/mm/yyyy>.`);
  });

  it('close and papers send an unvoted nominee of part 2 to its row there', () => {
    const row = `trang «${SECOND}», ô B${rows[UNVOTED]}:D${rows[UNVOTED]}`;
    expect(said.close).toContainEqual(expect.stringMatching(new RegExp(`^  - 1 trường hợp chưa có kết quả biểu quyết ở trang «${SECOND}»: ${UNVOTED} \\(.+\\) — ${row}\\.$`)));
    expect(said.close).toContainEqual(expect.stringContaining(`ghi kết quả biểu quyết ở trang «${SECOND}» rồi chốt lại`));
    expect(said.papers).toContainEqual(expect.stringMatching(new RegExp(`^  - ${UNVOTED} \\(.+\\) — ${row}$`)));
    expect(said.papers).toContainEqual(expect.stringContaining(`số đồng ý ở tệp kq/tong-hop.xlsx, trang «${SECOND}», rồi chốt lại`));
  });

  // Before, these lines named the row in words alone: a face could not open it.
  it('the lines naming the unvoted nominee’s row on part 2 carry it as a place, at the cells their words name', () => {
    const round = sealed.rounds.at(-1)!;
    const sheets = councilSheetNamesOf(sealed);
    const lines = [...openLines(round.open!, sheets), papersWaitFor(round.open, sheets)!, ...papersCheck(round, sheets).unvoted];
    const row = { sheet: SECOND, cell: `B${rows[UNVOTED]}:D${rows[UNVOTED]}` };
    expect(lines.filter((l) => l.text.includes(UNVOTED)).map((l) => l.places)).toEqual([[row], [row], [row]]);
    expect(unplaced(lines)).toEqual([]);
  });

  it('verify names a count changed on part 2 at its cells there, not under the first part’s name', () => {
    const row = rows[CHANGED_UNIT];
    expect(said.verify).toContainEqual(expect.stringMatching(new RegExp(`^  - Trang «${SECOND}», ô E${row}:G${row}: ${CHANGED_UNIT} \\(.+\\): khi chốt 9/8/7; nay 9/8/4\\.$`)));
    for (const [face, lines] of Object.entries(said)) expect(lines.join('\n'), face).not.toMatch(/«BQ HĐ 2026,|\(trang «/);
  });
});

// The next `thidua score` over «Biểu quyết» the council continued on «BQ HĐ 2026 tiếp» (openpyxl, LibreOffice saving),
// a count typed on part 2. Before, the table fitting one sheet, the run wrote every row back on «BQ HĐ 2026» and
// «BQ HĐ 2026 tiếp» was gone from the file, unsaid; now each row goes back on the part that held it, the parts as the
// council made them (plan-votes.ts councilCuts), and nothing is said of a sheet gone. The standalone page's run
// (runCommune in-process) over the same reports and the same tong-hop.xlsx chosen again keeps the same parts and says
// the command line's lines, word for word.
describe('«Biểu quyết» in two parts, scored again', () => {
  const [FIRST, SECOND] = ['BQ HĐ 2026', 'BQ HĐ 2026 tiếp'];
  let before: Record<string, number>;
  let said: string[];
  let sheets: string[];
  let after: Record<string, string>;
  let line: string;
  let pageSaid: string[];
  let pageSheets: string[];
  let pageAfter: Record<string, string>;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    before = votesInTwoParts(summary, FIRST, SECOND);
    openpyxl(summary, [`for r in wb['${SECOND}'].iter_rows():`, `  if r[1].value == ${JSON.stringify(UNIT)}: r[4].value = 9; r[5].value = 8; r[6].value = 7`].join('\n'));
    await savedByLibreOffice(summary);
    const chosen = await readFile(summary);
    said = (await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir)).stderr.split('\n');
    // The standalone page's run (in-process) over the same reports and the tong-hop.xlsx the council saved: its download's tong-hop.xlsx read as the command line's is.
    const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const reports = await Promise.all((await readdir(join(dir, 'bao-cao'))).map(async (name) => ({ name, file: new Blob([await readFile(join(dir, 'bao-cao', name))]) })));
    const thread: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
    const run = await runCommune([...reports, { name: 'tong-hop.xlsx', file: new Blob([chosen]) }], { set: criteria.set, date: '2026-11-30', thread });
    pageSaid = run.decisionsSaid.map((l) => l.text);
    const pageSummary = join(dir, 'trang-tong-hop.xlsx');
    await writeFile(pageSummary, unzipSync(run.download!.bytes)['tong-hop.xlsx']!);
    const sheetsOf = (file: string) => JSON.parse(openpyxl(file, 'print(json.dumps(wb.sheetnames, ensure_ascii=False))')) as string[];
    // Part 2's rows, unit → its counts, as a file holds them (none when the sheet is gone).
    const partTwo = (file: string) => JSON.parse(openpyxl(file, `print(json.dumps({r[1].value: '/'.join(str(c.value) for c in r[4:7]) for r in (wb['${SECOND}'].iter_rows() if '${SECOND}' in wb.sheetnames else []) if isinstance(r[0].value, int)}, ensure_ascii=False))`)) as Record<string, string>;
    pageSheets = sheetsOf(pageSummary);
    pageAfter = partTwo(pageSummary);
    sheets = sheetsOf(summary);
    after = partTwo(summary);
    line = openpyxl(summary, `print(next((r[0].value for r in wb['${FIRST}'].iter_rows() if str(r[0].value).startswith('Phần ')), ''))`).trim();
  }, 300_000);

  it('writes each row back on the part that held it, the count typed on part 2 there, nothing said of a sheet gone', () => {
    expect(sheets).toContain(SECOND);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after[UNIT]).toBe('9/8/7');
    expect(line).toMatch(new RegExp(`^Phần 1/2 của bảng: dòng 1–\\d+; tiếp ở trang «${SECOND}»\\.$`));
    expect(said.join('\n')).not.toMatch(/không được ghi lại/);
  });

  it('the standalone page’s run (in-process) keeps the same parts, each row on its part, and says the command line’s lines', () => {
    expect(pageSheets).toContain(SECOND);
    expect(pageSheets).toEqual(sheets);
    expect(pageAfter).toEqual(after);
    expect(pageAfter[UNIT]).toBe('9/8/7');
    // The run's own lines (run-order.ts's `say`): the command line's from «Đã áp dụng …» on, the page's all of them.
    const run = said.filter((l) => l !== '').slice(said.findIndex((l) => l.startsWith('Đã áp dụng ')));
    expect(run.length).toBeGreaterThan(0);
    expect(pageSaid).toEqual(run);
    expect(pageSaid.join('\n')).not.toMatch(/không được ghi lại/);
  });
});

// Made for the hunt of 30/11/2026: a vote retyped after closing, «không thay đổi gì» to `thidua score`, «Khớp» to
// `thidua verify`.
