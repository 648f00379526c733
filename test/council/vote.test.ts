// The council's vote on «Biểu quyết» of a real run's tong-hop.xlsx (the example commune), typed in Excel: read back,
// each unreadable cell named and held as typed, written again by the next run, checked and sealed by the closing; against
// and abstaining read beside a round sealed without them said as such.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { passes, parseRule, ruleText, type PassingRule } from '../../core/council/vote.js';
import { brokenSeals, votesChangedSince } from '../../core/run/closing.js';
import { closedFixture } from '../papers/closed-fixture.js';
import { runInProcess } from '../cli/helpers.js';
import { readSummary, reviewedCommune, typeVotes } from './council-meeting.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
const summaryFile = () => join(dir, 'kq', 'tong-hop.xlsx');

beforeAll(async () => {
  dir = await reviewedCommune();
}, 120_000);

describe('the passing rule', () => {
  const rule = (share: string, base: string): PassingRule => parseRule(share, base).rule!;
  it('reads the ways councils write it, and compares in whole votes', () => {
    expect(rule('Trên 50%', 'tổng số thành viên Hội đồng')).toEqual({ percent: 50, of: 'members', above: true });
    expect(rule('quá bán', 'Tổng số thành viên')).toEqual({ percent: 50, of: 'members', above: true });
    expect(rule('Từ 90%', 'số thành viên có mặt')).toEqual({ percent: 90, of: 'present', above: false });
    expect(rule('từ 2/3', 'số có mặt')).toEqual({ percent: 66.67, of: 'present', above: false, fraction: { numerator: 2, denominator: 3 } });
    expect(parseRule('đa số', 'ai đó').unread).toEqual(['share', 'base']);
    const half = rule('Trên 50%', 'tổng số thành viên');
    expect(passes({ members: 9, present: 8, inFavour: 5 }, half)).toBe(true);
    expect(passes({ members: 10, present: 8, inFavour: 5 }, half)).toBe(false); // exactly half is not more than half
    expect(passes({ members: 10, present: 8, inFavour: 5 }, rule('Trên 50%', 'số có mặt'))).toBe(true);
    expect(passes({ members: 10, present: 10, inFavour: 9 }, rule('Từ 90%', 'tổng số thành viên'))).toBe(true);
    // Exactly two thirds is «từ 2/3», not «trên 2/3»: judged by the fraction typed, not by 66,67 %.
    const twoThirds = rule('Từ 2/3', 'tổng số thành viên Hội đồng');
    expect(passes({ members: 6, present: 6, inFavour: 4 }, twoThirds)).toBe(true);
    expect(passes({ members: 6, present: 6, inFavour: 3 }, twoThirds)).toBe(false);
    expect(passes({ members: 6, present: 6, inFavour: 4 }, rule('Trên 2/3', 'tổng số thành viên Hội đồng'))).toBe(false);
    expect(passes({ members: 9, present: 9, inFavour: 6 }, rule('≥ 2/3', 'tổng số thành viên Hội đồng'))).toBe(true);
    expect(ruleText(twoThirds)).toBe('từ 2/3 tổng số thành viên Hội đồng');
    // A round sealed before the fraction was kept keeps its seal.
    expect(brokenSeals([closedFixture()])).toEqual([]);
  });
});

describe('against and abstaining read beside a round sealed without them', () => {
  const closed = closedFixture();
  const voted = closed.votes!.votes;

  it('says against and abstaining a round sealed without them did not keep as such, not as a vote changed', () => {
    const [first, ...rest] = voted;
    const counted = { ...closed.votes!, votes: [{ ...first!, tally: { ...first!.tally, inFavour: first!.tally.inFavour - 1, against: 1 } }, ...rest] };
    // In favour changed too: a vote changed.
    expect(votesChangedSince(closed, counted, COUNCIL_SHEET_NAMES.votes).map((l) => l.text)).toEqual(['Kết quả biểu quyết ở trang «Biểu quyết» đã khác lần chốt.']);
    const kept = { ...closed.votes!, votes: [{ ...first!, tally: { ...first!.tally, against: first!.tally.present - first!.tally.inFavour } }, ...rest] };
    expect(votesChangedSince(closed, kept, COUNCIL_SHEET_NAMES.votes).map((l) => l.text)).toEqual([
      `Số không đồng ý, không biểu quyết ghi ở trang «Biểu quyết» chưa có trong lần chốt này (${first!.unitName}: ${first!.tally.members}/${first!.tally.present}/${first!.tally.inFavour} (${first!.tally.present - first!.tally.inFavour} không đồng ý)): chốt lại để niêm phong và ghi vào biên bản.`,
    ]);
  });
});

describe('«Biểu quyết» typed by the council (thidua score / close)', () => {
  it('lists every nominee of the run for the council to vote on', async () => {
    const summary = await readSummary(join(dir, 'kq'));
    expect(summary.votes.votes).toEqual([]);
    expect(summary.votes.rule).toEqual({ percent: 50, of: 'members', above: true });
    expect(summary.problems).toEqual([]);
  });

  it('names each cell it cannot read, holds the row as typed through a new run, and closing refuses while a nominee has no vote', async () => {
    await typeVotes(summaryFile(), (unit) => (unit === 'Bản Hua Ca' ? [9, 'tám', 7] : unit === 'Công an xã Ta Ma' ? [9, 8, 9] : undefined));
    const rescored = await score();
    expect(rescored.code).toBe(0);
    expect(rescored.stderr).toMatch(/trang «Biểu quyết», F\d+: Bản Hua Ca: không hiểu số có mặt «tám»/);
    expect(rescored.stderr).toMatch(/trang «Biểu quyết», G\d+: Công an xã Ta Ma: số đồng ý \(9\) lớn hơn số có mặt \(8\)/);
    const summary = await readSummary(join(dir, 'kq'));
    // Written back as typed by the run that read it: nothing the council typed is lost.
    expect(summary.votes.held.map((h) => [h.unitName, h.members, h.present, h.inFavour])).toEqual([
      ['Bản Hua Ca', '9', 'tám', '7'],
      ['Công an xã Ta Ma', '9', '8', '9'],
    ]);
    expect(summary.votes.meeting).toEqual({ date: '2026-11-20', place: 'Hội trường Ủy ban nhân dân xã Ta Ma', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', dateCell: 'B3' });
    const closing = await thidua('close', 'kq', '--by', 'Lò Văn Thành');
    expect(closing.code).toBe(1);
    // The six with no count typed are «chưa có kết quả biểu quyết»; the two whose counts make no vote are said by them, once.
    expect(closing.stderr).toContain('6 trường hợp chưa có kết quả biểu quyết');
    expect(closing.stderr).toMatch(/Trang «Biểu quyết», ô F\d+: Bản Hua Ca \(Bằng khen của Chủ tịch UBND tỉnh \(khen thưởng hằng năm\)\): không hiểu số có mặt «tám»/);
  }, 120_000);

  it('a rule it cannot read judges nobody and is named by its cell', async () => {
    await typeVotes(summaryFile(), () => [9, 8, 7], { B2: 'đa số' });
    const summary = await readSummary(join(dir, 'kq'));
    expect(summary.votes.rule).toBeUndefined();
    expect(summary.problems).toContainEqual(expect.objectContaining({ sheet: 'Biểu quyết', cell: 'B2', message: expect.stringContaining('không hiểu điều kiện đạt «đa số»') }));
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành')).stderr).toContain('8 trường hợp chưa có kết quả biểu quyết');
  }, 120_000);

  it('seals the vote with the closing; a vote changed since is a change of the closed result', async () => {
    await typeVotes(summaryFile(), (unit) => (unit === 'Công an xã Ta Ma' ? [9, 8, 4] : [9, 8, 7]), { B2: 'Trên 50%' });
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành')).code).toBe(0);
    const round = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    expect(round.votes?.votes).toHaveLength(8);
    expect(round.votes?.votes.find((v) => v.unitName === 'Công an xã Ta Ma')?.tally).toEqual({ members: 9, present: 8, inFavour: 4 });
    expect(round.open?.unvoted).toEqual([]);
    await typeVotes(summaryFile(), (unit) => (unit === 'Công an xã Ta Ma' ? [9, 8, 6] : [9, 8, 7]));
    const again = await thidua('close', 'kq', '--by', 'Lò Văn Thành');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Kết quả biểu quyết ở trang «Biểu quyết» đã khác lần chốt.');
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Biểu quyết lại Công an xã')).code).toBe(0);
  }, 120_000);
});
