// The meeting on «Biểu quyết» (issue 57 item 1): its time, voting method and members present and absent by name typed
// once beside the rule, read back and written again unchanged, a method that reads neither way named by its cell; and
// the minutes that print them — dated the meeting's day, members named, each tally over the rule's base.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cell.js';
import { NO_VOTES, type Nominee } from '../../core/council/vote.js';
import { councilMinutes } from '../../core/papers/minutes.js';
import { defaultPaperOptions, papersOf } from '../../core/papers/index.js';
import { parseAddress } from '../../core/text.js';
import { planVotes, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { readVotes } from '../../core/workbook/read-votes.js';
import { closedFixture, paperText } from './closed-fixture.js';

/** The sheet as planVotes writes it, as a grid a reader is given. */
function gridOf(nominees: readonly Nominee[], typed = NO_VOTES): CellValue[][] {
  const values: CellValue[][] = [];
  for (const block of planVotes(nominees, typed).blocks) {
    const at = parseAddress(block.address)!;
    block.values.forEach((row, r) => row.forEach((v, c) => ((values[at.row - 1 + r] ??= [])[at.col - 1 + c] = v)));
  }
  return values.map((row) => Array.from(row, (v) => v ?? null));
}

const nominees: Nominee[] = [{ sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', form: 'Giấy khen của Chủ tịch UBND xã' }];
const MEMBERS = ['Lò Văn Thành', 'Quàng Văn Hải', 'Cà Thị Xuân', 'Lường Văn Ơn', 'Tòng Thị Phóng', 'Vì Văn Sơn', 'Lò Thị Mai'];

describe('the meeting typed once on «Biểu quyết»', () => {
  it('reads time, method, members present and absent by name beside the rule, and writes them back as read', () => {
    const grid = gridOf(nominees);
    const put = (address: string, value: CellValue) => {
      const { row, col } = parseAddress(address)!;
      grid[row - 1]![col - 1] = value;
    };
    expect(grid[1]![4]).toBe('Hình thức biểu quyết');
    expect(grid[2]![4]).toBe('Giờ họp');
    expect(grid[4]![0]).toBe('Thành viên có mặt');
    put('F2', 'Bỏ phiếu kín');
    put('F3', '14 giờ 00');
    put('B5', MEMBERS.slice(0, 6).join('; '));
    put('D5', 'Lò Thị Mai');
    grid[7] = [1, 'Bản Hua Ca', 'Bản Hua Ca', nominees[0]!.form, 7, 6, 4, null, null];
    const read = readVotes({ name: VOTE_SHEET, values: grid });
    expect(read.problems).toEqual([]);
    expect(read.meeting).toMatchObject({ method: 'bỏ phiếu kín', time: '14 giờ 00', present: MEMBERS.slice(0, 6), absent: ['Lò Thị Mai'] });
    const again = readVotes({ name: VOTE_SHEET, values: gridOf(nominees, read) });
    expect(again.meeting).toEqual(read.meeting);
    // Written back as the council typed it, never rewritten in the reader's own case («bỏ phiếu kín»).
    expect(gridOf(nominees, read)[1]![5]).toBe('Bỏ phiếu kín');
    const worded = gridOf(nominees);
    worded[1]![5] = 'Biểu quyết giơ tay';
    expect(gridOf(nominees, readVotes({ name: VOTE_SHEET, values: worded }))[1]![5]).toBe('Biểu quyết giơ tay');
  });

  it('writes the passing rule back as the council typed it, read or not', () => {
    for (const share of ['≥ 2/3', 'quá bán', 'đa số']) {
      const grid = gridOf(nominees);
      grid[1]![1] = share;
      expect(gridOf(nominees, readVotes({ name: VOTE_SHEET, values: grid }))[1]![1]).toBe(share);
    }
    // Nothing typed there yet: the rule a sheet starts with, as ruleCells words it.
    expect(gridOf(nominees)[1]![1]).toBe('Trên 50%');
  });

  it('a method that says neither way is named by its cell and held as typed; a count unlike the names is said', () => {
    const grid = gridOf(nominees);
    grid[1]![5] = 'đa số';
    grid[4]![1] = 'Lò Văn Thành; Quàng Văn Hải';
    grid[7] = [1, 'Bản Hua Ca', 'Bản Hua Ca', nominees[0]!.form, 7, 6, 4, null, null];
    const read = readVotes({ name: VOTE_SHEET, values: grid });
    expect(read.problems.map((p) => p.cell)).toEqual(['F2', 'B5']);
    expect(read.problems[0]!.message).toContain('không hiểu hình thức biểu quyết «đa số»');
    expect(read.problems[1]!.message).toContain('ghi 2 tên thành viên có mặt nhưng 1 trường hợp ghi số có mặt khác (Bản Hua Ca: 6)');
    expect(read.typedMethod).toBe('đa số');
    expect(gridOf(nominees, read)[1]![5]).toBe('đa số');
  });
});

describe('the minutes record the meeting', () => {
  const closed = closedFixture();
  const meeting = { ...closed.votes!.meeting, time: '14 giờ 00', method: 'bỏ phiếu kín' as const, present: ['Lò Văn Thành', 'Quàng Văn Hải', '…'], absent: ['Lò Thị Mai'] };
  const met = { ...closed, votes: { ...closed.votes!, meeting } };
  const text = paperText(councilMinutes(met, defaultPaperOptions(met)));

  it('dated the meeting day, with time, place, members present and absent by name, and the voting method', () => {
    expect(text).toContain('Ta Ma, ngày 20 tháng 11 năm 2026');
    expect(text).toContain('Thời gian: 14 giờ 00, ngày 20/11/2026.');
    expect(text).toContain('- Thành viên Hội đồng có mặt: 08/09: Lò Văn Thành; Quàng Văn Hải; ….');
    expect(text).toContain('- Thành viên Hội đồng vắng mặt: 01/09: Lò Thị Mai.');
    expect(text).toContain('Hình thức biểu quyết: bỏ phiếu kín.');
  });

  it('each tally written over the base the rule counts it of', () => {
    // Trên 50% of all 9 members: 7 in favour of 8 present is 7/9 of the council.
    expect(text).toContain('08/09 thành viên có mặt; 07/09 thành viên Hội đồng đồng ý (77,78%): đạt');
    expect(text).toContain('08/09 thành viên có mặt; 04/09 thành viên Hội đồng đồng ý (44,44%): không đạt');
    expect(text).not.toMatch(/\d\d\/08 đồng ý/);
  });

  it('members present that differ from vote to vote are said as a range, each vote keeping its own count', () => {
    // A member left after the first vote: 8 then 7 present; no one figure is picked, none left unsaid.
    const votes = met.votes!.votes.map((v, i) => (i === 0 ? v : { ...v, tally: { ...v.tally, present: 7 } }));
    const left = paperText(councilMinutes({ ...met, votes: { ...met.votes!, votes } }, defaultPaperOptions(met)));
    expect(left).toContain('- Thành viên Hội đồng có mặt: từ 07 đến 08/09 thành viên, khác nhau giữa các lần biểu quyết (số có mặt của từng lần ghi tại kết quả biểu quyết): Lò Văn Thành; Quàng Văn Hải; ….');
    expect(left).toContain('08/09 thành viên có mặt; 07/09 thành viên Hội đồng đồng ý');
    expect(left).toContain('07/09 thành viên có mặt;');
    expect(left).toContain('- Thành viên Hội đồng vắng mặt: Lò Thị Mai.');
  });
});

describe('posted before the meeting (issue 57 item 3)', () => {
  const closed = closedFixture();
  const papers = papersOf(closed);
  const text = (name: string) => paperText(papers.find((p) => p.name === name)!);

  it('the list is every nominee the scoring proposes, posted the five working days before the meeting', () => {
    // The meeting is Friday 20/11/2026: posted from Friday 13/11 to Thursday 19/11.
    expect(defaultPaperOptions(closed).posting).toEqual({ from: '2026-11-13', to: '2026-11-19' });
    const list = text('danh-sach-cong-khai');
    expect(list).toContain('(Niêm yết công khai tại trụ sở Ủy ban nhân dân xã\u00A0Ta\u00A0Ma từ ngày 13/11/2026 đến hết ngày 19/11/2026)');
    // The Fatherland Front fell short in the vote, but was a nominee when the list was posted.
    expect(list).toContain('Ủy ban MTTQ Việt Nam xã Ta Ma');
  });

  it('the minutes say when and where the list was posted', () => {
    expect(text('bien-ban')).toContain('Danh sách tập thể, cá nhân được đề nghị xét khen thưởng đã được niêm yết công khai tại trụ sở Ủy ban nhân dân xã\u00A0Ta\u00A0Ma từ ngày 13/11/2026 đến hết ngày 19/11/2026.');
  });
});
