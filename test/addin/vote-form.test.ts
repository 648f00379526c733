// The vote form of the standalone page and the task pane (VoteList) refuses the counts «Biểu quyết» refuses, in the
// same words: a count left blank, a fraction, a negative, two counts in one field, counts contradicting each other. And
// the pane, on the Office.js fake, reads the workbook's «Biểu quyết» as the command line reads tong-hop.xlsx: «5/7» that
// Excel made a date (a serial under a date format to Office.js) is no count, and no closing seals over it. Against and
// abstaining typed in the form are checked as «Biểu quyết» checks them, written into its «Không đồng ý» and «Không biểu
// quyết» with no round trip more, read back and sealed with the closing.
import { afterEach, describe, expect, it } from 'vitest';
import { membersUnlike } from '../../core/council/vote.js';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { CLOSING_SHEET } from '../../core/run/plan-closing.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { isDateFormat } from '../../core/values.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { typedTallyProblem, typedVote } from '../../excel-addin/shared/VoteList.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook, sheetValues } from '../../scripts/harness/office-fake.js';

const typed = (members: string, present: string, inFavour: string) => typedTallyProblem({ members, present, inFavour });

describe('the vote form’s counts, as «Biểu quyết» reads them', () => {
  it('refuses what «Biểu quyết» refuses, naming the count', () => {
    expect(typed('7', '7', '8')).toBe('số đồng ý (8) lớn hơn số có mặt (7)');
    expect(typed('7', '8', '5')).toBe('số có mặt (8) lớn hơn tổng số thành viên (7)');
    expect(typed('7', '-1', '0')).toBe('số có mặt «-1» là số âm (ghi một số nguyên, từ 0)');
    expect(typed('7', '7', '5,5')).toBe('số đồng ý «5,5» không phải số nguyên (ghi một số nguyên)');
    expect(typed('7', '7', '5/7')).toBe('không hiểu số đồng ý «5/7» (ghi một số nguyên)');
    expect(typed('7', '', '5')).toBe('chưa ghi số có mặt');
    expect(typed('0', '0', '0')).toBe('tổng số thành viên phải lớn hơn 0');
  });

  it('takes counts that agree', () => {
    expect(typed('7', '6', '4')).toBe('');
    expect(typed(' 9 ', '9', '9')).toBe('');
  });

  it('checks against and abstaining, left blank where not counted, as «Biểu quyết» checks them, and records only what was typed', () => {
    const counts = (against: string, abstain: string) => typedTallyProblem({ members: '7', present: '7', inFavour: '5', against, abstain });
    expect(counts('1', '1')).toBe('');
    expect(counts('', '')).toBe('');
    expect(counts('2', '')).toBe('');
    expect(counts('1', '0')).toBe('số đồng ý (5) + số không đồng ý (1) + số không biểu quyết (0) = 6, khác số có mặt (7)');
    expect(counts('một', '1')).toBe('không hiểu số không đồng ý «một» (ghi một số nguyên)');
    const n = { sheet: 'Thôn 1', unitName: 'Thôn 1', form: 'Giấy khen' };
    expect(typedVote(n, { members: '7', present: '7', inFavour: '5', against: ' 2 ', abstain: '' }).tally).toEqual({ members: 7, present: 7, inFavour: 5, against: 2 });
    expect(typedVote(n, { members: '7', present: '7', inFavour: '5' }).tally).toEqual({ members: 7, present: 7, inFavour: 5 });
  });
});


/** Thôn 1 and Thôn 2 proposed for Giấy khen (two of three hamlets), as the pane's closing tests propose them. */
const awarded = CriteriaSet.parse({ ...makeSet(12), awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
const NOW = new Date('2025-11-24T09:30:00+07:00');
/** 5 July 2026 as Excel keeps «5/7» typed in a cell: its serial under a date format, what Office.js gives the pane. */
const FIFTH_OF_JULY = (Date.UTC(2026, 6, 5) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('the pane’s «Biểu quyết» typed in Excel', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  it('never reads «5/7» Excel made a date as a count (its serial is no vote), refuses to close over it or over contradicted counts, and keeps the date a date', async () => {
    const fake = installFakeOffice(newWorkbook(['Thôn 1', 'Thôn 2', 'Thôn 3'].map((n) => reportSheet(n, 'Thôn', 12))), '1.18');
    uninstall = fake.uninstall;
    await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    const votes = fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    const rowOf = (unit: string) => sheetValues(votes).findIndex((r) => r[1] === unit) + 1;
    const type = (unit: string, counts: number[], format = 'General') => counts.forEach((v, i) => votes.cells.set(`${rowOf(unit)}:${5 + i}`, { value: v, numberFormat: i === 2 ? format : 'General', style: {} }));
    type('Thôn 1', [7, 7, FIFTH_OF_JULY], 'd/m');
    type('Thôn 2', [9, 7, 8]);
    const read = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    expect(read.votes!.votes).toEqual([]);
    expect(read.votes!.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Thôn 1: ô G\d+ là ngày 05\/07, không phải số đồng ý/),
      expect.stringMatching(/^Thôn 2: số đồng ý \(8\) lớn hơn số có mặt \(7\)/),
    ]);
    // Written back as the date it was, not as its serial in a number cell.
    const kept = votes.cells.get(`${rowOf('Thôn 1')}:7`)!;
    expect([kept.value, isDateFormat(kept.numberFormat)]).toEqual([FIFTH_OF_JULY, true]);
    const closing = await runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
    if (closing.outcome.kind !== 'open') throw new Error(closing.outcome.kind);
    expect(closing.outcome.open.conflicts).toEqual([expect.stringMatching(/^Trang «Biểu quyết», ô G\d+: Thôn 1 \(Giấy khen của Chủ tịch UBND xã\): ô G\d+ là ngày 05\/07/), expect.stringMatching(/^Trang «Biểu quyết», ô G\d+: Thôn 2 \(Giấy khen của Chủ tịch UBND xã\): số đồng ý \(8\) lớn hơn số có mặt \(7\)/)]);
    expect(fake.state.sheets.some((s) => s.name === CLOSING_SHEET)).toBe(false);
  });

  it('stops on two numbers of members typed at one meeting, in the command line’s words, and the form refuses the second', async () => {
    const fake = installFakeOffice(newWorkbook(['Thôn 1', 'Thôn 2', 'Thôn 3'].map((n) => reportSheet(n, 'Thôn', 12))), '1.18');
    uninstall = fake.uninstall;
    const first = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    const votes = fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    const rowOf = (unit: string) => sheetValues(votes).findIndex((r) => r[1] === unit) + 1;
    const type = (unit: string, counts: number[]) => counts.forEach((v, i) => votes.cells.set(`${rowOf(unit)}:${5 + i}`, { value: v, numberFormat: 'General', style: {} }));
    type('Thôn 1', [7, 7, 5]);
    type('Thôn 2', [9, 7, 5]);
    const [one, two] = [rowOf('Thôn 1'), rowOf('Thôn 2')];
    const line = `Trang «Biểu quyết», ô E${one}, E${two}: tổng số thành viên Hội đồng ghi khác nhau giữa các trường hợp của một cuộc họp: 7 ở 1 dòng (ô E${one}); 9 ở 1 dòng (ô E${two}); thidua không chọn số nào, chưa tính đạt hay không đạt theo số ấy. Hãy ghi cùng một tổng số thành viên Hội đồng ở mọi dòng.`;
    // The pane's run and its closing (which scores first) stop on it, writing nothing.
    await expect(runInExcel((port) => checkAndScore(port, awarded, { now: NOW }))).rejects.toThrow(line);
    await expect(runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }))).rejects.toThrow(line);
    expect(fake.state.sheets.some((s) => s.name === CLOSING_SHEET)).toBe(false);
    // The form, holding Thôn 1's vote, refuses 9 members for Thôn 2 before recording it.
    const thon = (unit: string) => nomineesOf(first.proposals).find((n) => n.unitName === unit)!;
    const held = [{ ...thon('Thôn 1'), tally: { members: 7, present: 7, inFavour: 5 }, note: '' }];
    expect(membersUnlike(held, thon('Thôn 2'), '9')).toBe('tổng số thành viên (9) khác số đã ghi cho các trường hợp khác của cuộc họp (7): một cuộc họp, một Hội đồng — ghi cùng một tổng số thành viên Hội đồng');
    expect(membersUnlike(held, thon('Thôn 2'), '7')).toBe('');
    expect(membersUnlike(held, thon('Thôn 1'), '9')).toBe('');
  });

  it('writes against and abstaining recorded in the pane into «Không đồng ý» and «Không biểu quyết» of the workbook with no round trip more, reads them back, and seals them with the closing', async () => {
    const fake = installFakeOffice(newWorkbook(['Thôn 1', 'Thôn 2', 'Thôn 3'].map((n) => reportSheet(n, 'Thôn', 12))), '1.18');
    uninstall = fake.uninstall;
    const first = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    const nominee = (unit: string) => nomineesOf(first.proposals).find((n) => n.unitName === unit)!;
    // Recorded as the form records them (typedVote, above).
    const recorded = async (unit: string, others: { against?: number; abstain?: number }) => {
      const before = fake.syncs;
      await runInExcel((port) => checkAndScore(port, awarded, { now: NOW, vote: { ...nominee(unit), tally: { members: 7, present: 7, inFavour: 5, ...others }, note: '' } }));
      return fake.syncs - before;
    };
    const plain = await recorded('Thôn 2', {});
    expect(await recorded('Thôn 1', { against: 1, abstain: 1 })).toBe(plain);
    const rows = sheetValues(fake.state.sheets.find((s) => s.name === VOTE_SHEET)!);
    const header = rows.find((r) => r[0] === 'STT')!;
    const cell = (unit: string, head: string) => rows.find((r) => r[1] === unit)![header.indexOf(head)];
    expect([cell('Thôn 1', 'Không đồng ý'), cell('Thôn 1', 'Không biểu quyết')]).toEqual([1, 1]);
    expect([cell('Thôn 2', 'Không đồng ý'), cell('Thôn 2', 'Không biểu quyết')].map((v) => v ?? '')).toEqual(['', '']);
    const closing = await runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
    if (closing.outcome.kind !== 'closed') throw new Error(closing.outcome.kind);
    expect(closing.outcome.round.votes!.votes.map((v) => [v.unitName, v.tally])).toEqual([
      ['Thôn 1', { members: 7, present: 7, inFavour: 5, against: 1, abstain: 1 }],
      ['Thôn 2', { members: 7, present: 7, inFavour: 5 }],
    ]);
  });
});
// Made for stop 93: the page's and the pane's vote inputs held to the words of «Biểu quyết».
