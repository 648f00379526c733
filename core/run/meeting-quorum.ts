// Số thành viên dự họp (the meeting's attendance): a vote taken with fewer than two thirds of the council's members
// present. The councils' own working rules set that floor for a meeting whose conclusions stand (the ministries' and
// agencies' «Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng»: «ít nhất 2/3 tổng số thành viên dự họp»); what the
// Law of 2022 and its decrees ask of a commune council's meeting is not verified here (DOMAIN.md §11). So it is said,
// with the figures and the rule, where the vote is read (every run) and where the council closes and prints — never
// refused, never a vote dropped: the council's own rules may set another floor.
import { capitalize } from '../criteria/rules/reason.js';
import { cellsInPart, nomineeKey, wherePlace, type Vote } from '../council/vote.js';
import { councilPlace, type CouncilWorkbook } from '../workbook/council-sheets.js';
import { addTo } from '../grouped.js';
import { nomineeName } from './council-at-closing.js';
import { named } from './open-at-closing.js';
import type { Said } from './said.js';

/** The floor the councils' working rules set: two thirds of all the council's members present. */
const QUORUM = { numerator: 2, denominator: 3 } as const;

/**
 * One line for each count of members present under the floor (of the same council size), naming the nominees voted on
 * so, at their rows' first cells where the sheet as read gives them (`typedAt`, VoteSheet.typedAt); none when every
 * vote had the floor. `book`: «Biểu quyết» by its name where the face reads it, with its file where the face has one.
 */
export function meetingShortOfQuorum(votes: readonly Vote[], book: CouncilWorkbook, typedAt: Readonly<Record<string, string>> = {}): Said[] {
  const short = votes.filter((v) => v.tally.present * QUORUM.denominator < v.tally.members * QUORUM.numerator);
  const byCount = new Map<string, Vote[]>();
  for (const v of short) addTo(byCount, `${v.tally.present}/${v.tally.members}`, v);
  return [...byCount.values()].map((group) => {
    const { present, members } = group[0]!.tally;
    const needed = Math.ceil((members * QUORUM.numerator) / QUORUM.denominator);
    const rows = group.flatMap((v) => typedAt[nomineeKey(v)] ?? []);
    // «Biểu quyết» in parts: the parts holding the rows.
    const parts = [...new Set(rows.flatMap((w) => cellsInPart(w)?.sheet ?? []))];
    const sheet = councilPlace(parts.length > 0 ? { ...book, votes: parts.join('» và «') } : book, 'votes');
    const text = `${capitalize(sheet)}: ${group.length} trường hợp được biểu quyết khi có mặt ${present}/${members} thành viên Hội đồng (${named(group.map(nomineeName), (n) => `và ${n} trường hợp khác`)}), dưới 2/3 tổng số thành viên (cần ít nhất ${needed}/${members}) — mức quy chế hoạt động của Hội đồng Thi đua - Khen thưởng thường đặt để cuộc họp xét khen thưởng có giá trị. thidua vẫn tính kết quả như đã ghi: hãy đối chiếu quy chế của Hội đồng; nếu số có mặt ghi nhầm, sửa ở dòng của từng trường hợp rồi chấm lại.`;
    return { text, ...(rows[0] ? wherePlace(book.votes, rows[0]) : { sheet: book.votes }) };
  });
}

// Made for the council's data task of 01/12/2026: a vote typed with 4 of 8 members present was read, sealed and
// printed in the minutes without a word on the meeting's attendance.
