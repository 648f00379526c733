// A vote recorded in the task pane, then a report figure edited and scored again, on the Office.js fake: the pane keeps
// what each vote was taken on in its store beside the first listed days, and says the change where it scores, where it
// closes (among what is open, then in the closed round's notice) — the counts kept as recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { openLines } from '../../core/run/open-at-closing.js';
import type { Said } from '../../core/run/said.js';
import { unplaced } from '../helpers/unplaced.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook } from '../../scripts/harness/office-fake.js';

const t = translator('vi');
const awarded = CriteriaSet.parse({ ...makeSet(12), awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
const day = (d: number) => new Date(`2025-11-${d}T09:30:00+07:00`);
let fake: ReturnType<typeof installFakeOffice> | undefined;
afterEach(() => fake?.uninstall());

/** What closes each line: the counts kept, and how the council says it voted again, at the row's cells. */
const KEPT = (row: number) =>
  `Kết quả biểu quyết vẫn giữ như đã ghi; Hội đồng xem lại trường hợp này (biểu quyết lại nếu cần) trước khi chốt và in giấy tờ. Đã biểu quyết lại trên kết quả lần chấm này: ghi số phiếu của lần biểu quyết lại ở ô E${row}:G${row} (số như cũ thì giữ nguyên) và «Biểu quyết lại ngày …» (ngày họp biểu quyết lại) ở ô I${row} («Ghi chú»), lưu rồi chạy lại hoặc chốt.`;
/**
 * Thôn 1 edited out of the quota (2 places: Thôn 2 and Thôn 3 now rank above it), and Thôn 2 moved up by it: both
 * said, at their counts' cells — Thôn 1's vote, its unit no longer a nominee, moved under the table once scored again.
 */
const thon1 = (row: number) =>
  `Trang «Biểu quyết», ô E${row}:G${row}: Thôn 1 (Giấy khen của Chủ tịch UBND xã) được biểu quyết 9/8/7 khi đạt 120 điểm, hạng 1, xếp loại Xuất sắc, trong chỉ tiêu; lần chấm này 115 điểm, hạng 3, xếp loại Xuất sắc, không còn được đề xuất — báo cáo đã sửa sau khi biểu quyết. Nay không còn được đề xuất cho hình thức này: Không đề xuất: ngoài chỉ tiêu (hạng 3, chỉ tiêu 2). ${KEPT(row)}`;
const thon2 = (row: number) =>
  `Trang «Biểu quyết», ô E${row}:G${row}: Thôn 2 (Giấy khen của Chủ tịch UBND xã) được biểu quyết 9/8/7 khi đạt 120 điểm, hạng 2, xếp loại Xuất sắc, trong chỉ tiêu; lần chấm này 120 điểm, hạng 1, xếp loại Xuất sắc, trong chỉ tiêu — báo cáo đã sửa sau khi biểu quyết. ${KEPT(row)}`;
const changed = (lines: readonly string[] | undefined) => (lines ?? []).filter((l) => l.includes('báo cáo đã sửa sau khi biểu quyết'));

describe('a vote recorded in the pane on a score that has since changed', () => {
  it('is said where the pane scores and closes, the counts kept', async () => {
    fake = installFakeOffice(newWorkbook(Array.from({ length: 3 }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 12))), '1.18');
    const scored = await runInExcel((port) => checkAndScore(port, awarded, { now: day(20) }));
    for (const n of nomineesOf(scored.proposals)) await runInExcel((port) => checkAndScore(port, awarded, { now: day(20), vote: { ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
    const unchanged = await runInExcel((port) => checkAndScore(port, awarded, { now: day(21) }));
    expect(changed(unchanged.said.map((l) => l.text))).toEqual([]);
    // Thôn 1's first figure (T1, «Tử số» in E9) edited from 80 to 40 after the vote.
    fake.state.sheets.find((s) => s.name === 'Thôn 1')!.cells.get('9:5')!.value = 40;
    const again = await runInExcel((port) => checkAndScore(port, awarded, { now: day(21) }));
    expect(changed(again.said.map((l) => l.text))).toEqual([thon1(8), thon2(9)]);
    const refused = await runInExcel((port) => closeWorkbook(port, awarded, { now: day(22), closedBy: 'Lò Văn Thành' }));
    if (refused.outcome.kind !== 'open') throw new Error(refused.outcome.kind);
    expect(refused.outcome.open.votedOnOther?.map((v) => `Trang «Biểu quyết», ô ${v.where}: ${v.text}`)).toEqual([thon2(8), thon1(17)]);
    // The closing's lines of what is open, as the pane lists them: each vote at the row its words name, a place it opens (before: words alone).
    const placed = (lines: readonly Said[]) => lines.filter((l) => changed([l.text]).length > 0).map(({ sheet, cell }) => ({ sheet, cell }));
    const rows = [{ sheet: 'Biểu quyết', cell: 'E8:G8' }, { sheet: 'Biểu quyết', cell: 'E17:G17' }];
    expect(placed(openLines(refused.outcome.open, refused.result.councilSheets))).toEqual(rows);
    expect(unplaced(openLines(refused.outcome.open, refused.result.councilSheets))).toEqual([]);
    const closed = await runInExcel((port) => closeWorkbook(port, awarded, { now: day(22), closedBy: 'Lò Văn Thành', acceptOpen: true }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    expect(closed.outcome.round.votes?.votes.find((v) => v.unitName === 'Thôn 2')?.tally).toEqual({ members: 9, present: 8, inFavour: 7 });
    expect(changed(closedNotice(closed.outcome.round, closed.result.councilSheets, t).items?.map((i) => i.text))).toEqual([thon2(8), thon1(17)]);
    // And the closed round's notice: the same rows.
    expect(placed(closedNotice(closed.outcome.round, closed.result.councilSheets, t).items ?? [])).toEqual(rows);
  });
});

describe('the council votes again in the pane on the changed result', () => {
  it('«Biểu quyết lại ngày …» typed in «Ghi chú» and the same counts recorded in the form: the vote is taken on this result, the note kept', async () => {
    fake = installFakeOffice(newWorkbook(Array.from({ length: 3 }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 12))), '1.18');
    const scored = await runInExcel((port) => checkAndScore(port, awarded, { now: day(20) }));
    const thon2Nominee = nomineesOf(scored.proposals).find((n) => n.unitName === 'Thôn 2')!;
    for (const n of nomineesOf(scored.proposals)) await runInExcel((port) => checkAndScore(port, awarded, { now: day(20), vote: { ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
    fake.state.sheets.find((s) => s.name === 'Thôn 1')!.cells.get('9:5')!.value = 40;
    const again = await runInExcel((port) => checkAndScore(port, awarded, { now: day(21) }));
    expect(changed(again.said.map((l) => l.text))).toEqual([thon1(8), thon2(9)]);
    // Scored again, Thôn 2 is on row 8; the secretary types the new meeting in its «Ghi chú» (I8), the officer records 9/8/7 again in the form.
    const votes = fake.state.sheets.find((s) => s.name === 'Biểu quyết')!;
    votes.cells.set('8:9', { value: 'Biểu quyết lại ngày 21/11/2025', numberFormat: 'General', style: {} });
    const recorded = await runInExcel((port) => checkAndScore(port, awarded, { now: day(21), vote: { ...thon2Nominee, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
    expect(changed(recorded.said.map((l) => l.text))).toEqual([thon1(17)]);
    expect(votes.cells.get('8:9')?.value).toBe('Biểu quyết lại ngày 21/11/2025');
    const refused = await runInExcel((port) => closeWorkbook(port, awarded, { now: day(22), closedBy: 'Lò Văn Thành' }));
    if (refused.outcome.kind !== 'open') throw new Error(refused.outcome.kind);
    expect(refused.outcome.open.votedOnOther?.map((v) => `Trang «Biểu quyết», ô ${v.where}: ${v.text}`)).toEqual([thon1(17)]);
  });
});
