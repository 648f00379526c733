// «Lập danh sách niêm yết» in the task pane, on the Office.js fake, before the council votes: the open workbook scored as
// it is (scoring's round trips and no more, as many for 8 report sheets as for 2), refused while «Biểu quyết» holds no
// meeting day, naming where to type it; once the meeting is recorded, the list of the nominees the scoring proposes,
// posted the five working days before the meeting at the place typed; after the vote and the closing, the papers carry
// the very same list.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { closeWorkbook, lastClosedRound, workbookRun } from '../../excel-addin/actions/closing.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { papersZip, postingDownload } from '../../excel-addin/shared/papers-download.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook } from '../../scripts/harness/office-fake.js';
import { officerDay } from '../../core/values.js';

const NOW = new Date('2026-11-09T09:30:00+07:00');
const TODAY = officerDay(NOW);
const set = CriteriaSet.parse({ ...makeSet(12), awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
/** Where the pane says the meeting's day is typed: «Biểu quyết» by the name it has in the workbook, as SummaryPane says it. */
/** The council's work on the workbook as the pane passes it: its decisions read from «Rà soát», its sheets' names. */
const councilOf = (run: Awaited<ReturnType<typeof workbookRun>>) => ({ review: { decisions: run.result.decisions, unread: run.result.unread }, sheets: run.result.councilSheets });
const where = (run: Awaited<ReturnType<typeof workbookRun>>) => translator('vi')('postingWhereSheet', { votes: run.result.councilSheets.votes });
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(units: number) {
  const fake = installFakeOffice(newWorkbook(Array.from({ length: units }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 12))), '1.18');
  uninstall = fake.uninstall;
  return fake;
}
const documentXml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('the posting list in the task pane, before the vote', () => {
  it('takes scoring’s round trips, for 8 report sheets as for 2', async () => {
    const counts: number[][] = [];
    for (const n of [2, 8]) {
      const fake = office(n);
      let before = fake.syncs;
      await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      const scoring = fake.syncs - before;
      before = fake.syncs;
      await runInExcel((port) => workbookRun(port, set, { now: NOW }));
      counts.push([scoring, fake.syncs - before]);
      uninstall?.();
      uninstall = undefined;
    }
    expect(counts[0]![1]).toBe(counts[0]![0]);
    expect(counts[1]).toEqual(counts[0]);
  });

  it('is refused without a meeting day, then made from the nominees and the meeting on «Biểu quyết», the list the closed papers carry', async () => {
    office(3);
    const none = await runInExcel((port) => workbookRun(port, set, { now: NOW }));
    expect(none.result.votes?.votes).toEqual([]);
    const refused = await postingDownload(none.record, none.meeting, undefined, where(none), TODAY, councilOf(none));
    expect(refused).toEqual({
      ok: false,
      text: 'Chưa lập danh sách niêm yết: chưa có ngày họp của Hội đồng: ghi «Ngày họp» để tính 5 ngày làm việc niêm yết trước phiên họp (ô «Ngày họp» ở mục «Cuộc họp xét khen thưởng» hoặc ở trang «Biểu quyết» của sổ tính), hoặc ghi «Niêm yết từ ngày».',
    });

    // The meeting recorded as the pane records it, into «Biểu quyết»; no vote.
    const meeting = { date: '2026-11-20', place: 'Hội trường UBND xã', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', postedAt: 'Nhà văn hóa xã' };
    await runInExcel((port) => checkAndScore(port, set, { now: NOW, meeting }));
    const run = await runInExcel((port) => workbookRun(port, set, { now: NOW }));
    expect(run.meeting).toMatchObject(meeting);
    const made = await postingDownload(run.record, run.meeting, undefined, where(run), TODAY, councilOf(run));
    if (!made.ok) throw new Error(made.text);
    expect(made.name).toBe('danh-sach-cong-khai.docx');
    expect(made.text).toBe('Danh sách niêm yết công khai (niêm yết tại Nhà văn hóa xã từ 13/11/2026 đến hết 19/11/2026, trước phiên họp ngày 20/11/2026): danh-sach-cong-khai.docx');
    // Its first day still ahead of today: nothing more said.
    expect(made.notes).toEqual([]);
    const list = (await mammoth.extractRawText({ buffer: Buffer.from(made.bytes) })).value;
    expect(list).toContain('(Niêm yết công khai tại Nhà văn hóa xã từ ngày 13/11/2026 đến hết ngày 19/11/2026)');
    const nominees = nomineesOf(run.result.proposals).map((n) => n.unitName);
    expect(nominees).toEqual(['Thôn 1', 'Thôn 2']);
    for (const unit of nominees) expect(list).toContain(unit);
    expect(list).not.toContain('Thôn 3');
    // A first posting day typed: five working days from it.
    const typed = await postingDownload(run.record, run.meeting, '2026-11-12', where(run), TODAY, councilOf(run));
    expect(typed.ok && typed.text).toContain('từ 12/11/2026 đến hết 18/11/2026');
    expect(typed.ok && typed.notes).toEqual([]);
    // A first day typed whose five working days reach the meeting's: said as the command line says it, naming the pane's field.
    const late = await postingDownload(run.record, run.meeting, '2026-11-16', where(run), TODAY, councilOf(run));
    expect(late.ok && late.notes).toEqual([
      'Danh sách niêm yết từ 16/11/2026 đến hết 20/11/2026, chưa hết thời gian niêm yết trước phiên họp ngày 20/11/2026: danh sách ghi ý kiến gửi về trước phiên họp, biên bản ghi danh sách đã niêm yết đến hết 20/11/2026, sau ngày họp. Niêm yết xong trước ngày họp: ghi ngày đã niêm yết thật ở ô «Niêm yết từ ngày» rồi lập lại danh sách; hoặc sửa ngày họp.',
    ]);

    // The council votes and closes: the papers' list is the one posted before.
    for (const [i, n] of nomineesOf(run.result.proposals).entries()) {
      await runInExcel((port) => checkAndScore(port, set, { now: NOW, vote: { ...n, tally: { members: 9, present: 7, inFavour: 6 - i * 2 }, note: '' } }));
    }
    const closed = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' }));
    expect(closed.outcome.kind).toBe('closed');
    const { last } = await runInExcel((port) => lastClosedRound(port));
    const papers = await JSZip.loadAsync((await papersZip(last!)).bytes);
    expect(await documentXml(await papers.file('danh-sach-cong-khai.docx')!.async('uint8array'))).toBe(await documentXml(made.bytes));
  });
});

describe('a posting list whose first day has passed, in the task pane', () => {
  it('says what `thidua papers --posting-list` says, naming the pane’s field for the day really posted; a first day typed there is not said again', async () => {
    office(3);
    // The meeting on 12/11/2026, the list made on 09/11: its five working days began on 05/11.
    const meeting = { date: '2026-11-12', place: 'Hội trường UBND xã', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', postedAt: 'Nhà văn hóa xã' };
    await runInExcel((port) => checkAndScore(port, set, { now: NOW, meeting }));
    const run = await runInExcel((port) => workbookRun(port, set, { now: NOW }));
    const made = await postingDownload(run.record, run.meeting, undefined, where(run), TODAY, councilOf(run));
    if (!made.ok) throw new Error(made.text);
    expect(made.text).toBe('Danh sách niêm yết công khai (niêm yết tại Nhà văn hóa xã từ 05/11/2026 đến hết 11/11/2026, trước phiên họp ngày 12/11/2026): danh-sach-cong-khai.docx');
    expect(made.notes).toEqual([
      'Danh sách phải niêm yết từ 05/11/2026 (5 ngày làm việc trước phiên họp ngày 12/11/2026), ngày ấy đã qua (hôm nay 09/11/2026): niêm yết từ hôm nay thì chưa đủ 5 ngày làm việc — dời ngày họp, hoặc ghi ngày đã niêm yết thật ở ô «Niêm yết từ ngày» rồi lập lại danh sách.',
    ]);
    const typed = await postingDownload(run.record, run.meeting, '2026-11-05', where(run), TODAY, councilOf(run));
    expect(typed.ok && typed.notes).toEqual([]);
  });
});

// Made for issue 57 item 3 in the task pane: the list posted before the meeting, the closed papers' own.
