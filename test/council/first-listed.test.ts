// The day a run first listed each nominee on «Biểu quyết», carried from run to run, and the meeting held to it: scoring
// again after the meeting keeps the first day; a nominee no longer listed keeps its day for when it comes back; a
// nominee a run listed before the day was kept reads as unknown and is never said (the DTI part 6 walk: a meeting
// typed 12/01/2026 on nominees first listed 29/11/2026 was sealed without a word).
import { describe, expect, it } from 'vitest';
import { firstListed, flagListedKey, listedEither, type FirstListed } from '../../core/council/first-listed.js';
import { decisionsBeforeListing } from '../../core/run/decisions-before-listing.js';
import { CouncilDecision } from '../../core/council/decision.js';
import { nomineeKey } from '../../core/council/vote.js';
import { papersCheck } from '../../core/papers/index.js';
import { recordNominees } from '../../core/run/council-at-closing.js';
import { votesChangedSince } from '../../core/run/closing.js';
import { meetingBeforeListing } from '../../core/run/meeting-before-listing.js';
import { closedFixture } from '../papers/closed-fixture.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

const A = { sheet: 'Thôn 1', unitName: 'Thôn 1', form: 'Giấy khen' };
const B = { sheet: 'Thôn 2', unitName: 'Thôn 2', form: 'Giấy khen' };
const sheets = { review: 'Rà soát HĐ', votes: 'Phiếu biểu quyết HĐ' };
/** The nominees' days alone (the flags' kept beside them: flagListedKey). */
const nomineesOnly = (days: FirstListed) => Object.fromEntries(Object.entries(days).filter(([key]) => !key.startsWith('\u0001')));

describe('the day a run first listed a nominee', () => {
  it('is the first run’s, kept by every run after it, also for a nominee dropped and listed again', () => {
    const first = firstListed(undefined, [A], '2026-11-20');
    expect(nomineesOnly(first)).toEqual({ [nomineeKey(A)]: '2026-11-20' });
    const again = firstListed({ days: first }, [B], '2026-11-22');
    expect(nomineesOnly(again)).toEqual({ [nomineeKey(A)]: '2026-11-20', [nomineeKey(B)]: '2026-11-22' });
    expect(firstListed({ days: again }, [A, B], '2026-11-25')).toEqual(again);
  });

  it('reads as unknown for a nominee a run listed before the day was kept, and for every nominee when which were listed is not known', () => {
    expect(nomineesOnly(firstListed({ nominees: [A] }, [A, B], '2026-11-22'))).toEqual({ [nomineeKey(A)]: '', [nomineeKey(B)]: '2026-11-22' });
    expect(nomineesOnly(firstListed({}, [A, B], '2026-11-22'))).toEqual({ [nomineeKey(A)]: '', [nomineeKey(B)]: '' });
  });
});

describe('the day a run first listed a flag, and a decision dated before it', () => {
  const K65 = { sheet: 'Phòng TN&MT huyện Châu Thành', cell: 'K65', flagCode: 'between-levels' };
  const decision = CouncilDecision.parse({ ...K65, unitName: K65.sheet, decision: 'accept', reviewer: 'Lò Văn Thành', date: '2026-11-20' });

  it('is the first run’s, kept after; unknown when the run before kept no flag’s day', () => {
    const first = firstListed(undefined, [], '2026-11-29', [flagListedKey(K65)]);
    expect(first[flagListedKey(K65)]).toBe('2026-11-29');
    expect(firstListed({ days: first }, [], '2026-12-02', [flagListedKey(K65)])[flagListedKey(K65)]).toBe('2026-11-29');
    // Days kept before the flags' were (a nominee's only): the flag may have been listed any day before.
    expect(firstListed({ days: { [nomineeKey(A)]: '2026-11-20' } }, [], '2026-12-02', [flagListedKey(K65)])[flagListedKey(K65)]).toBe('');
    expect(listedEither({ days: first }, { days: { [nomineeKey(A)]: '2026-11-20' } })!.days![flagListedKey(K65)]).toBe('');
  });

  it('is said naming «Rà soát» as the workbook names it, the flag’s sheet and cell, the day typed and the first listed; never when not before or not known', () => {
    const listed = firstListed(undefined, [], '2026-11-29', [flagListedKey(K65)]);
    // Said at the flag's cell: the line opens it on the pane and the page.
    expect(decisionsBeforeListing([decision], listed, sheets)).toEqual([
      { sheet: K65.sheet, cell: 'K65', text: 'Trang «Rà soát HĐ», cột «Ngày» dòng «Lần 1» của cảnh báo «Điểm không phải điểm của một mức» (trang «Phòng TN&MT huyện Châu Thành», ô K65, Phòng TN&MT huyện Châu Thành): quyết định «Chấp nhận», Lò Văn Thành ghi ngày 20/11/2026, trước ngày thidua lần đầu ghi cảnh báo này (29/11/2026) — Hội đồng không thể đã quyết định về cảnh báo chưa có. Quyết định vẫn giữ và áp như đã ghi; kiểm tra lại ngày (không sớm hơn 29/11/2026), sửa ở ô «Ngày» ấy rồi chấm lại.' },
    ]);
    expect(decisionsBeforeListing([{ ...decision, date: '2026-11-29' }], listed, sheets)).toEqual([]);
    expect(decisionsBeforeListing([decision], { [flagListedKey(K65)]: '' }, sheets)).toEqual([]);
  });
});

describe('the days of two runs read together (a folder’s and one given with --decisions)', () => {
  it('are each nominee’s earliest, unknown where either does not know it', () => {
    const a = { days: { [nomineeKey(A)]: '2026-11-22', [nomineeKey(B)]: '2026-11-18' } };
    expect(listedEither(a, { days: { [nomineeKey(A)]: '2026-11-20' } })).toEqual({ days: { [nomineeKey(A)]: '2026-11-20', [nomineeKey(B)]: '2026-11-18' } });
    expect(listedEither({ nominees: [A] }, a)).toEqual({ days: { [nomineeKey(A)]: '', [nomineeKey(B)]: '2026-11-18' } });
    expect(listedEither(a, {})).toEqual({});
    expect(listedEither(undefined, a)).toBe(a);
  });
});

describe('a meeting dated before the day its nominees were first listed', () => {
  const closed = closedFixture();
  const voted = closed.votes!.votes;
  const listedOn = (day: string) => Object.fromEntries(recordNominees(closed.record).map((n) => [nomineeKey(n), day]));

  it('is said naming «Biểu quyết» as the workbook names it and its cell, on the closing’s notes and before the papers', () => {
    const meeting = closed.votes!.meeting.date;
    const round = { ...closed, record: { ...closed.record, listed: listedOn('2099-01-02') } };
    const [at] = meetingBeforeListing(round, sheets);
    const line = at!.text;
    // Opened at the cell its words name, on the sheet as the workbook names it.
    expect([at!.sheet, at!.cell]).toEqual(['Phiếu biểu quyết HĐ', 'B3']);
    expect(line).toMatch(/^Trang «Phiếu biểu quyết HĐ», ô B3 \(«Ngày họp»\): cuộc họp biểu quyết ghi ngày \d\d\/\d\d\/\d{4}, trước ngày thidua lần đầu ghi vào danh sách biểu quyết \d+ trường hợp đã biểu quyết \(/);
    expect(line).toContain(`${voted.length} trường hợp đã biểu quyết`);
    expect(line).toContain(`${voted[0]!.unitName} (${voted[0]!.form}): ngày 02/01/2099`);
    expect(line).toContain('(không sớm hơn 02/01/2099), sửa ở ô B3 rồi chốt lại.');
    expect(papersCheck(round, sheets).warnings.map((w) => w.text)).toContain(line);
    // Listed on the meeting's day, or before it: nothing.
    expect(meetingBeforeListing({ ...closed, record: { ...closed.record, listed: listedOn(meeting) } }, sheets)).toEqual([]);
  });

  it('names the cell the date was read from, kept in the round; a round sealed before it was kept names B3 and is no change', () => {
    const old = { ...closed, record: { ...closed.record, listed: listedOn('2099-01-02') } };
    const moved = { ...old, votes: { ...old.votes!, meeting: { ...old.votes!.meeting, dateCell: 'B4' } } };
    const [at] = meetingBeforeListing(moved, { ...sheets, file: 'kq/tong-hop.xlsx' });
    const line = at!.text;
    expect([at!.sheet, at!.cell]).toEqual(['Phiếu biểu quyết HĐ', 'B4']);
    expect(line).toMatch(/^Tệp kq\/tong-hop\.xlsx, trang «Phiếu biểu quyết HĐ», ô B4 \(«Ngày họp»\): .*, sửa ở ô B4 rồi chốt lại\.$/);
    // The same vote read now, its date in B4, against the round sealed without the cell: not a vote changed since.
    expect(votesChangedSince(old, moved.votes, COUNCIL_SHEET_NAMES.votes)).toEqual([]);
    expect(votesChangedSince(old, { ...moved.votes, votes: moved.votes.votes.slice(1) }, COUNCIL_SHEET_NAMES.votes)).toHaveLength(1);
  });

  it('is never said of a round whose record kept no day, nor of nominees whose day is unknown', () => {
    expect(closed.record.listed).toBeUndefined();
    expect(meetingBeforeListing(closed, sheets)).toEqual([]);
    expect(meetingBeforeListing({ ...closed, record: { ...closed.record, listed: listedOn('') } }, sheets)).toEqual([]);
  });
});

describe('a posting the papers print as begun before its nominees were first listed', () => {
  const closed = closedFixture();
  const listedOn = (day: string) => Object.fromEntries(recordNominees(closed.record).map((n) => [nomineeKey(n), day]));
  const meeting = closed.votes!.meeting.date;
  const posting = (round: typeof closed) => papersCheck(round, sheets).warnings.map((w) => w.text).filter((w) => w.startsWith('Danh sách niêm yết ghi từ'));

  it('is said before the papers on every face (the pane and the page: no way to type the days, so the meeting to move)', () => {
    // Listed the day of the meeting, the list worked back five working days before it: no list existed on those days.
    const [line, ...more] = posting({ ...closed, record: { ...closed.record, listed: listedOn(meeting) } });
    expect(more).toEqual([]);
    const [y, m, d] = meeting.split('-');
    expect(line).toMatch(new RegExp(`^Danh sách niêm yết ghi từ \\d\\d/\\d\\d/\\d{4} đến hết \\d\\d/\\d\\d/\\d{4} \\(phiên họp ngày ${d}/${m}/${y}\\), trước ngày thidua lần đầu ghi vào danh sách \\d+ trường hợp được đề nghị \\(`));
    expect(line).toContain(`: ngày ${d}/${m}/${y}`);
    expect(line).toMatch(new RegExp(`niêm yết từ ${d}/${m}/${y} trở đi: sửa ngày họp rồi chốt lại\\.$`));
  });

  it('is never said of a list posted after its nominees were listed, of a record that kept no day, nor of nominees whose day is unknown', () => {
    expect(posting({ ...closed, record: { ...closed.record, listed: listedOn('2000-01-03') } })).toEqual([]);
    expect(posting(closed)).toEqual([]);
    expect(posting({ ...closed, record: { ...closed.record, listed: listedOn('') } })).toEqual([]);
  });
});
