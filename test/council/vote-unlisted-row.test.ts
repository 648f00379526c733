// A vote typed on a row of «Biểu quyết» whose unit the council retyped (a typo, «Bản Ta Maa» for «Bản Ta Ma»): the
// example commune reviewed, every nominee voted 9/8/7, the workbook saved by LibreOffice, then scored again and closed
// by the command line (in-process). The row names no nominee, so the 9/8/7 counts for none — and that is said at its cells
// by the run, by the closing and before the papers, never only moved under the table while Bản Ta Ma is sealed unvoted.
// A unit retyped in capitals («CÔNG AN XÃ TA MA») keeps its vote, and the run, the closing (command line and pane) and
// the papers each say once which name they hold. A vote for a nominee whose report was taken out of the folder says
// that, not another spelling; a round sealed before it kept why (test/fixtures/previous-version) still verifies.
import { cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { papersCheck } from '../../core/papers/index.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice, workbookPapers } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleVotedInPane } from '../addin/pane-walk.js';
import { unplaced } from '../helpers/unplaced.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune, typeVotes } from './council-meeting.js';
import { copiedForTest } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';
import { openpyxl } from './typed-in-parts.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** What every face says of the row, at its counts' cells. */
const said = (cells: string) =>
  `Trang «Biểu quyết», ô ${cells}: Bản Ta Maa (trang «Bản Ta Ma», Giấy khen của Chủ tịch UBND xã) ghi số biểu quyết 9/8/7 nhưng không có trong danh sách đề nghị của lần chấm này (tên đơn vị, trang hoặc hình thức khác mọi dòng thidua ghi): không tính cho trường hợp nào, giữ nguyên ở bảng «Biểu quyết của trường hợp không còn trong danh sách đề nghị». Nếu đó là biểu quyết của một trường hợp trong danh sách, hãy ghi lại ở dòng của trường hợp ấy, lưu rồi chạy lại.`;

/** A unit retyped in other letters that still name it (capitals), and its name in its report. */
const CAPS = ['CÔNG AN XÃ TA MA', 'Công an xã Ta Ma'] as const;
/** What every face says of it, at its counts' cells (the pane beside its cell). */
const capsSaid = (row: number) => `Trang «Biểu quyết», ô E${row}:G${row}: ${CAPS_TEXT}`;
const CAPS_TEXT =
  `tên đơn vị ghi «${CAPS[0]}», khác tên «${CAPS[1]}» trong báo cáo (trang «${CAPS[1]}»): dòng này vẫn là của ${CAPS[1]} (Giấy khen của Chủ tịch UBND xã), cột «Đơn vị» được ghi lại theo tên trong báo cáo. Muốn đổi tên đơn vị, sửa ở báo cáo của đơn vị rồi chấm lại.`;
/** What closing and the papers say of it, at its file (where the face has one), sheet and cells: the name they hold. */
const capsSealed = (place: string, row: number) =>
  `${place}, ô E${row}:G${row}: tên đơn vị ghi «${CAPS[0]}», khác tên «${CAPS[1]}» trong báo cáo (trang «${CAPS[1]}»): dòng này vẫn là của ${CAPS[1]} (Giấy khen của Chủ tịch UBND xã), lần chốt ghi trường hợp này dưới tên «${CAPS[1]}» trong báo cáo, và hồ sơ khen thưởng (tờ trình, danh sách, quyết định) in tên ấy. Muốn in tên khác, sửa tên ở báo cáo của đơn vị, chấm lại rồi chốt lần mới.`;
const IN_FILE = 'Tệp kq/tong-hop.xlsx, trang «Biểu quyết»';
const IN_PANE = 'Trang «Biểu quyết»';

/** A vote for a nominee whose report was taken out of the folder (Quàng Thị Lan's), at its counts' cells. */
const LAN = 'Quàng Thị Lan (giáo viên Trường Tiểu học)';
const noReportSaid = (cells: string) =>
  `Trang «Biểu quyết», ô ${cells}: ${LAN} (trang «Quàng Thị Lan (giáo viên Trường», Giấy khen của Chủ tịch UBND xã) ghi số biểu quyết 9/8/7 nhưng không có trong danh sách đề nghị của lần chấm này (lần chấm này không có báo cáo của đơn vị này): không tính cho trường hợp nào, giữ nguyên ở bảng «Biểu quyết của trường hợp không còn trong danh sách đề nghị». Nếu đơn vị vẫn được xét, hãy đưa báo cáo của đơn vị vào lại rồi chấm lại.`;

describe('a vote typed on a row whose unit was retyped', () => {
  let row: number;
  let capsRow: number;
  let capsWritten: unknown;
  let capsVote: unknown;
  let scored: Run;
  let refused: Run;
  let closing: Run;
  let movedTo: number;
  let closedDir: string;
  let lanRow: number;
  let lanMoved: number;
  let lanScored: Run;
  let lanClosing: Run;
  let lanDir: string;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    wb.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
      if (r.getCell(2).value === 'Bản Ta Ma') [row, r.getCell(2).value] = [n, 'Bản Ta Maa'];
      if (r.getCell(2).value === CAPS[1]) [capsRow, r.getCell(2).value] = [n, CAPS[0]];
      if (r.getCell(2).value === LAN) lanRow = n;
    });
    await wb.xlsx.writeFile(summary);
    await savedByLibreOffice(summary);
    // Closed as typed, and, in a copy, scored again first (the row then stands under the table).
    const again = await copiedForTest(dir);
    // In another copy, Quàng Thị Lan's report taken out of the folder (and its scored copy), scored again, then closed.
    lanDir = await copiedForTest(dir);
    await rm(join(lanDir, 'bao-cao', 'ca-nhan-quang-thi-lan.xlsx'));
    lanScored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], lanDir);
    await rm(join(lanDir, 'kq', 'ca-nhan-quang-thi-lan.cham-diem.xlsx'));
    const lanRead = new ExcelJS.Workbook();
    await lanRead.xlsx.readFile(join(lanDir, 'kq', 'tong-hop.xlsx'));
    lanRead.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
      if (r.getCell(2).value === LAN) lanMoved = n;
    });
    lanClosing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], lanDir);
    refused = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    closedDir = dir;
    scored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], again);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(join(again, 'kq', 'tong-hop.xlsx'));
    read.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
      if (r.getCell(2).value === 'Bản Ta Maa') movedTo = n;
    });
    capsWritten = read.getWorksheet('Biểu quyết')!.getCell(`B${capsRow}`).value;
    capsVote = (await readSummary(join(again, 'kq'))).votes.votes.find((v) => v.unitName === CAPS[1])?.tally;
  }, 240_000);

  it('the run says the vote at its cells, kept under the table', () => {
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(said(`E${row}:G${row}`));
    expect(movedTo).toBeGreaterThan(row);
  });

  it('a unit retyped in capitals keeps its vote, and the run says its name is written again as its report names it', () => {
    expect(capsVote).toEqual({ members: 9, present: 8, inFavour: 7 });
    expect(capsWritten).toBe(CAPS[1]);
    expect(scored.stderr).toContain(capsSaid(capsRow));
  });

  it('closing says it beside Bản Ta Ma not voted, before and after the council confirms', async () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`  - ${said(`E${row}:G${row}`)}`);
    expect(closing.code).toBe(0);
    expect(closing.stderr).toContain(`Lưu ý: ${said(`E${row}:G${row}`)}`);
    const closed = (await readSummary(join(closedDir, 'kq'))).rounds.at(-1)!;
    expect(closed.open?.unvoted).toEqual(['Bản Ta Ma (Giấy khen của Chủ tịch UBND xã)']);
    // The pane and the page say the closing with closedNotice's notes, and the papers with papersCheck's.
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(said(`E${row}:G${row}`));
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContain(said(`E${row}:G${row}`));
  });
  it('closing says a unit retyped in capitals once, with the name the round and the papers hold; the papers say it too', async () => {
    expect(closing.stderr).toContain(`Lưu ý: ${capsSealed(IN_FILE, capsRow)}`);
    expect(closing.stderr.split(CAPS[0]).length - 1).toBe(1);
    const closed = (await readSummary(join(closedDir, 'kq'))).rounds.at(-1)!;
    expect(closed.votes?.votes.find((v) => v.sheet === CAPS[1])?.unitName).toBe(CAPS[1]);
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(capsSealed(IN_PANE, capsRow));
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContain(capsSealed(IN_PANE, capsRow));
    // Bản Ta Ma's row named again as its report names it (openpyxl), closed again: every nominee voted, the papers written.
    openpyxl(join(closedDir, 'kq', 'tong-hop.xlsx'), `wb['Biểu quyết']['B${row}'] = 'Bản Ta Ma'`);
    const second = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Ghi lại tên Bản Ta Ma', '--accept-open'], closedDir);
    expect(second.stdout).toContain('Đã chốt kết quả lần 2');
    expect(second.stderr).toContain(`Lưu ý: ${capsSealed(IN_FILE, capsRow)}`);
    const papers = await runInProcess(['papers', 'kq', '--out', 'ho-so'], closedDir);
    expect(papers.code, papers.stderr).toBe(0);
    expect(papers.stderr).toContain(`Lưu ý: ${capsSealed(IN_FILE, capsRow)}`);
    expect(papers.stderr.split(CAPS[0]).length - 1).toBe(1);
    // The draft decision prints the report's name, as said.
    const decision = (await mammoth.extractRawText({ path: join(closedDir, 'ho-so', 'du-thao-quyet-dinh.docx') })).value;
    expect(decision).toContain(CAPS[1]);
    expect(decision).not.toContain(CAPS[0]);
  }, 120_000);

  it('a vote for a nominee whose report was taken out of the folder says so, run and closing alike, and the round keeps why', async () => {
    expect(lanScored.code, lanScored.stderr).toBe(0);
    expect(lanScored.stderr).toContain(noReportSaid(`E${lanRow}:G${lanRow}`));
    // A unit whose report is still in the run, its name retyped, keeps the words of a row that names it otherwise.
    expect(lanScored.stderr).toContain(said(`E${row}:G${row}`));
    expect(lanClosing.code, lanClosing.stderr).toBe(0);
    expect(lanClosing.stderr).toContain(`Lưu ý: ${noReportSaid(`E${lanMoved}:G${lanMoved}`)}`);
    const closed = (await readSummary(join(lanDir, 'kq'))).rounds.at(-1)!;
    expect(closed.open?.votedUnlisted?.map((u) => [u.nominee.split(' (trang')[0], u.noReport])).toEqual([
      ['Bản Ta Maa', undefined],
      [LAN, true],
    ]);
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(noReportSaid(`E${lanMoved}:G${lanMoved}`));
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContain(noReportSaid(`E${lanMoved}:G${lanMoved}`));
  });
});

describe('a round sealed before the vote for no nominee kept why (test/fixtures/previous-version)', () => {
  it('still verifies, and its papers say the vote in the words it was sealed with', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'test/fixtures/previous-version/ta-ma-2026-bao-cao-rut'), join(dir, 'kq'), { recursive: true });
    const verified = await runInProcess(['verify', 'kq'], dir);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Khớp với kết quả đã chốt (lần 1, 30/11/2026 20:23, Lò Văn Thành): 11 tệp.');
    const papers = await runInProcess(['papers', 'kq', '--out', 'ho-so'], dir);
    expect(papers.code, papers.stderr).toBe(0);
    expect(papers.stderr).toContain('Lưu ý: Trang «Biểu quyết», ô E22:G22: Bản Ta Ma (trang «Bản Ta Ma», Giấy khen của Chủ tịch UBND xã) ghi số biểu quyết 9/8/7 nhưng không có trong danh sách đề nghị của lần chấm này (tên đơn vị, trang hoặc hình thức khác mọi dòng thidua ghi)');
  }, 60_000);
});

describe('a unit retyped in capitals on «Biểu quyết» in the task pane (Office.js fake)', () => {
  let fake: FakeOffice & { uninstall: () => void };
  afterAll(() => fake?.uninstall());

  it('keeps its vote and says its name is written again as its report names it', async () => {
    const now = new Date('2026-11-20T09:00:00+07:00');
    const voted = await exampleVotedInPane(now);
    fake = voted.fake;
    const row = voted.voteRow(CAPS[1]);
    fake.state.sheets.find((s) => s.name === 'Biểu quyết')!.cells.set(`${row}:2`, { value: CAPS[0], numberFormat: 'General', style: {} });
    const result = await runInExcel((port) => checkAndScore(port, voted.set, { now }));
    expect(result.said.map((l) => l.text)).toContain(capsSaid(row));
    expect(result.votes?.votes.find((v) => v.sheet === CAPS[1])?.tally).toEqual({ members: 9, present: 8, inFavour: 7 });
    expect(voted.voteRow(CAPS[1])).toBe(row);
    // Retyped again and closed in the pane: the round holds the report's name, and the pane's notice after closing says it.
    fake.state.sheets.find((s) => s.name === 'Biểu quyết')!.cells.set(`${row}:2`, { value: CAPS[0], numberFormat: 'General', style: {} });
    const { outcome } = await runInExcel((port) => closeWorkbook(port, voted.set, { now, closedBy: 'Lò Văn Thành', acceptOpen: true }));
    if (outcome.kind !== 'closed') throw new Error(`not closed: ${outcome.kind}`);
    expect(outcome.round.votes?.votes.find((v) => v.sheet === CAPS[1])?.unitName).toBe(CAPS[1]);
    expect(closedNotice(outcome.round, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(capsSealed(IN_PANE, row));
    // The pane's papers, from that round, say it too.
    const papers = await runInExcel((port) => workbookPapers(port, translator('vi'), () => undefined));
    expect(papers.notice.intent).toBe('success');
    expect(papers.notice.items?.map((i) => i.text)).toContain(capsSealed(IN_PANE, row));
    // At the row's cells its words name, as the closing's notice opens them (before: words alone); no line unplaced.
    expect(papers.notice.items?.filter((i) => i.text === capsSealed(IN_PANE, row)).map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([{ sheet: 'Biểu quyết', cell: `E${row}:G${row}` }]);
    expect(unplaced(papers.notice.items ?? [])).toEqual([]);
  }, 300_000);
});
