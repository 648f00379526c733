// Họp trước khi có danh sách (a meeting dated before its list): the vote's meeting typed on «Biểu quyết» dated before
// the day a run first listed a nominee it voted on there (core/council/first-listed.ts). Not the day of the last
// scoring: scoring again after the meeting is the normal order (to apply «Rà soát»; the task pane at closing) and keeps
// each nominee's first day. The council cannot have voted on a nominee no list held yet: the date may be a slip. Said
// as a doubt where the officer closes and writes the papers, on every face; the date is kept as typed, nothing refused.
// A nominee whose first day is not known (listed by a run made before it was kept) is never said.
import { formatDateVi } from '../values.js';
import { said, type Said } from './said.js';
import type { ClosedRound } from './closing.js';
import { named } from './open-at-closing.js';
import { nomineeKey, type Vote } from '../council/vote.js';
import { councilPlace, type CouncilWorkbook } from '../workbook/council-sheets.js';
import { meetingDateCell } from '../workbook/plan-votes.js';
import { capitalize } from '../criteria/rules/reason.js';

/** One line, at the meeting's date cell, when the meeting's day is before the day a nominee it voted on was first listed; none otherwise. */
export function meetingBeforeListing(round: Pick<ClosedRound, 'record' | 'votes'>, book: CouncilWorkbook): Said[] {
  const meeting = round.votes?.meeting.date ?? '';
  const listed = round.record.listed;
  if (meeting === '' || !listed) return [];
  const dayOf = (v: Vote) => listed[nomineeKey(v)] ?? '';
  const late = (round.votes?.votes ?? []).filter((v) => dayOf(v) > meeting);
  if (late.length === 0) return [];
  const first = late.map(dayOf).sort()[0]!;
  const typed = formatDateVi(meeting);
  const cell = meetingDateCell(round.votes!.meeting);
  return [
    said(
      `${capitalize(councilPlace(book, 'votes', cell))} («Ngày họp»): cuộc họp biểu quyết ghi ngày ${typed}, trước ngày thidua lần đầu ghi vào danh sách biểu quyết ${late.length} trường hợp đã biểu quyết (${named(late.map((v) => `${v.unitName} (${v.form}): ngày ${formatDateVi(dayOf(v))}`), (n) => `và ${n} trường hợp khác`)}) — Hội đồng không thể đã biểu quyết về trường hợp chưa có trong danh sách. Giấy tờ ghi ngày họp ${typed} như đã ghi; kiểm tra lại ngày họp (không sớm hơn ${formatDateVi(first)}), sửa ở ô ${cell} rồi chốt lại.`,
      book.votes,
      cell,
    ),
  ];
}

// Made for the DTI part 6 walk: a meeting typed 12/01/2026 on «Biểu quyết», whose nominees a run first listed on
// 29/11/2026, was sealed and printed in the minutes without a word.
