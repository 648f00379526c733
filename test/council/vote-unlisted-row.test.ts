// A vote typed on a row of «Biểu quyết» whose unit the council retyped (a typo, «Bản Ta Maa» for «Bản Ta Ma»): the
// example commune reviewed, every nominee voted 9/8/7, the workbook saved by LibreOffice, then scored again and closed
// by the built command line. The row names no nominee, so the 9/8/7 counts for none — and that is said at its cells
// by the run, by the closing and before the papers, never only moved under the table while Bản Ta Ma is sealed unvoted.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { papersCheck } from '../../core/papers/index.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleVotedInPane } from '../addin/pane-walk.js';
import { runChild, type Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune, typeVotes } from './council-meeting.js';
import { copiedForTest } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

/** What every face says of the row, at its counts' cells. */
const said = (cells: string) =>
  `Trang «Biểu quyết», ô ${cells}: Bản Ta Maa (trang «Bản Ta Ma», Giấy khen của Chủ tịch UBND xã) ghi số biểu quyết 9/8/7 nhưng không có trong danh sách đề nghị của lần chấm này (tên đơn vị, trang hoặc hình thức khác mọi dòng thidua ghi): không tính cho trường hợp nào, giữ nguyên ở bảng «Biểu quyết của trường hợp không còn trong danh sách đề nghị». Nếu đó là biểu quyết của một trường hợp trong danh sách, hãy ghi lại ở dòng của trường hợp ấy, lưu rồi chạy lại.`;

/** A unit retyped in other letters that still name it (capitals), and its name in its report. */
const CAPS = ['CÔNG AN XÃ TA MA', 'Công an xã Ta Ma'] as const;
/** What every face says of it, at its counts' cells (the pane beside its cell). */
const capsSaid = (row: number) => `Trang «Biểu quyết», ô E${row}:G${row}: ${CAPS_TEXT}`;
const CAPS_TEXT =
  `tên đơn vị ghi «${CAPS[0]}», khác tên «${CAPS[1]}» trong báo cáo (trang «${CAPS[1]}»): dòng này vẫn là của ${CAPS[1]} (Giấy khen của Chủ tịch UBND xã), cột «Đơn vị» được ghi lại theo tên trong báo cáo. Muốn đổi tên đơn vị, sửa ở báo cáo của đơn vị rồi chấm lại.`;

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

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    wb.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
      if (r.getCell(2).value === 'Bản Ta Ma') [row, r.getCell(2).value] = [n, 'Bản Ta Maa'];
      if (r.getCell(2).value === CAPS[1]) [capsRow, r.getCell(2).value] = [n, CAPS[0]];
    });
    await wb.xlsx.writeFile(summary);
    await savedByLibreOffice(summary);
    // Closed as typed, and, in a copy, scored again first (the row then stands under the table).
    const again = await copiedForTest(dir);
    refused = await runChild(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    closing = await runChild(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    closedDir = dir;
    scored = await runChild(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], again);
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
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings).toContain(said(`E${row}:G${row}`));
  });
});

describe('a unit retyped in capitals on «Biểu quyết» in the task pane (Office.js fake)', () => {
  let fake: FakeOffice & { uninstall: () => void };
  afterAll(() => fake?.uninstall());

  it('keeps its vote and says its name is written again as its report names it', async () => {
    const now = new Date('2026-11-20T09:00:00');
    const voted = await exampleVotedInPane(now);
    fake = voted.fake;
    const row = voted.voteRow(CAPS[1]);
    fake.state.sheets.find((s) => s.name === 'Biểu quyết')!.cells.set(`${row}:2`, { value: CAPS[0], numberFormat: 'General', style: {} });
    const result = await runInExcel((port) => checkAndScore(port, voted.set, { now }));
    expect(result.votes?.problems).toContainEqual({ cell: `E${row}:G${row}`, message: CAPS_TEXT });
    expect(result.votes?.votes.find((v) => v.sheet === CAPS[1])?.tally).toEqual({ members: 9, present: 8, inFavour: 7 });
    expect(voted.voteRow(CAPS[1])).toBe(row);
  }, 300_000);
});
