// The meeting typed on the pane's «Biểu quyết» held to the day a scoring first listed the nominees it voted on, on the
// Office.js fake with its round trips counted: in the normal order (scored, the council meets a day later, the pane
// scores again, closes a day later — closing scores again too) nothing is said; a meeting dated before the list is a
// doubt said where the council closes and where it takes the papers, naming the sheet by the name the council gave it
// («Biểu quyết» renamed «Phiếu biểu quyết HĐ», «Rà soát» «Rà soát HĐ») and its cell — the date kept as typed.
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice, workbookPapers } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { unplaced } from '../helpers/unplaced.js';
import { installFakeOffice, newWorkbook } from '../../scripts/harness/office-fake.js';

const t = translator('vi');
const awarded = CriteriaSet.parse({ ...makeSet(12), awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
const day = (d: number) => new Date(`2025-11-${d}T09:30:00+07:00`);
const meetingOn = (date: string) => ({ date, place: 'Hội trường UBND xã', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải' });
let fake: ReturnType<typeof installFakeOffice> | undefined;
afterEach(() => fake?.uninstall());

/** Three villages scored on 20/11/2025 (Thôn 1 and Thôn 2 proposed), each nominee's vote recorded that day. */
async function scoredAndVoted() {
  fake = installFakeOffice(newWorkbook(Array.from({ length: 3 }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 12))), '1.18');
  const scored = await runInExcel((port) => checkAndScore(port, awarded, { now: day(20) }));
  for (const n of nomineesOf(scored.proposals)) await runInExcel((port) => checkAndScore(port, awarded, { now: day(20), vote: { ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
  return fake;
}

/** The papers as the pane takes them, with their round trips: the notice and the minutes' text. */
async function papers() {
  const before = fake!.syncs;
  let saved: Uint8Array | undefined;
  const made = await runInExcel((port) => workbookPapers(port, t, (bytes) => (saved = bytes)));
  const zip = await JSZip.loadAsync(saved!);
  const minutes = (await mammoth.extractRawText({ buffer: await zip.file('bien-ban.docx')!.async('nodebuffer') })).value;
  return { notice: made.notice, syncs: fake!.syncs - before, minutes };
}

const said = (items: readonly { text: string }[] | undefined) => (items ?? []).map((i) => i.text).filter((l) => l.includes('«Ngày họp»'));

describe('the meeting typed in the pane against the day its nominees were first listed', () => {
  it('says nothing in the normal order: met a day after the scoring, scored again, closed a day later', async () => {
    await scoredAndVoted();
    await runInExcel((port) => checkAndScore(port, awarded, { now: day(21), meeting: meetingOn('2025-11-21') }));
    await runInExcel((port) => checkAndScore(port, awarded, { now: day(22) }));
    const closed = await runInExcel((port) => closeWorkbook(port, awarded, { now: day(23), closedBy: 'Lò Văn Thành' }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    // Scored again at closing, on the 23rd: the nominees keep the day they were first listed.
    expect(closed.outcome.round.record.scoredOn).toBe('2025-11-23');
    // The nominees' days (the flags' days, and what each vote was taken on, are kept beside them under keys of their own:
    // flagListedKey, voted-on.ts).
    expect(Object.entries(closed.outcome.round.record.listed ?? {}).filter(([key]) => !/^[\u0001\u0002]/.test(key)).map(([, day]) => day)).toEqual(['2025-11-20', '2025-11-20']);
    expect(said(closedNotice(closed.outcome.round, closed.result.councilSheets, t).items)).toEqual([]);
    const taken = await papers();
    expect(taken.notice.intent).toBe('success');
    expect(said(taken.notice.items)).toEqual([]);
  });

  it('says a meeting dated before the list where the council closes and takes the papers, naming the sheets as renamed', async () => {
    const fake = await scoredAndVoted();
    // The council renames its two sheets, then types a meeting day before any scoring listed its nominees.
    fake.state.sheets.find((s) => s.name === VOTE_SHEET)!.name = 'Phiếu biểu quyết HĐ';
    fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!.name = 'Rà soát HĐ';
    await runInExcel((port) => checkAndScore(port, awarded, { now: day(21), meeting: meetingOn('2025-01-12') }));
    const closed = await runInExcel((port) => closeWorkbook(port, awarded, { now: day(22), closedBy: 'Lò Văn Thành' }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    const doubt =
      'Trang «Phiếu biểu quyết HĐ», ô B3 («Ngày họp»): cuộc họp biểu quyết ghi ngày 12/01/2025, trước ngày thidua lần đầu ghi vào danh sách biểu quyết 2 trường hợp đã biểu quyết (Thôn 1 (Giấy khen của Chủ tịch UBND xã): ngày 20/11/2025; Thôn 2 (Giấy khen của Chủ tịch UBND xã): ngày 20/11/2025) — Hội đồng không thể đã biểu quyết về trường hợp chưa có trong danh sách. Giấy tờ ghi ngày họp 12/01/2025 như đã ghi; kiểm tra lại ngày họp (không sớm hơn 20/11/2025), sửa ở ô B3 rồi chốt lại.';
    expect(said(closedNotice(closed.outcome.round, closed.result.councilSheets, t).items)).toEqual([doubt]);
    // The papers, taken without scoring first: the same doubt, the sheet named as the workbook has it; the store and
    // the printed «Chốt kết quả» read as before (two round trips), the date printed as typed.
    const taken = await papers();
    expect(taken.syncs).toBe(2);
    expect(taken.notice.intent).toBe('success');
    expect(said(taken.notice.items)).toEqual([doubt]);
    expect(taken.minutes).toContain('ngày 12/01/2025');
    // Each notice opens the date's cell on the sheet as renamed (before: words alone), no line naming a cell unplaced.
    const closedItems = closedNotice(closed.outcome.round, closed.result.councilSheets, t).items ?? [];
    for (const items of [closedItems, taken.notice.items ?? []]) {
      expect(items.filter((i) => i.text === doubt).map(({ sheet, cell }) => [sheet, cell])).toEqual([['Phiếu biểu quyết HĐ', 'B3']]);
      expect(unplaced(items)).toEqual([]);
    }
  });

  it('names the cell the pane wrote the date into again when the council had inserted a row above «Ngày họp»', async () => {
    const fake = await scoredAndVoted();
    await runInExcel((port) => checkAndScore(port, awarded, { now: day(21), meeting: meetingOn('2025-01-12') }));
    // A row inserted above «Ngày họp», as in Excel: the date now stands in B4.
    const votes = fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    // The fake keeps its cells by «row:column».
    votes.cells = new Map([...votes.cells].map(([at, cell]) => {
      const [row, col] = at.split(':').map(Number) as [number, number];
      return [row >= 3 ? `${row + 1}:${col}` : at, cell] as const;
    }));
    expect(votes.cells.get('4:1')?.value).toBe('Ngày họp');
    // Closing scores again, writing «Biểu quyết» as thidua lays it out: the date back in B3, and the doubt names B3.
    const closed = await runInExcel((port) => closeWorkbook(port, awarded, { now: day(22), closedBy: 'Lò Văn Thành' }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    const written = fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    expect([written.cells.get('3:1')?.value, written.cells.get('4:1')?.value]).toEqual(['Ngày họp', 'Chủ trì']);
    const [doubt] = said(closedNotice(closed.outcome.round, closed.result.councilSheets, t).items);
    expect(doubt).toMatch(/^Trang «Biểu quyết», ô B3 \(«Ngày họp»\): .*sửa ở ô B3 rồi chốt lại\.$/);
  });
});

// Made for the DTI part 6 walk on the task pane's face: a meeting typed before the list it voted on, and the pane's
// papers check naming the council's sheets by thidua's own names.
