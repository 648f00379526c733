// Họp trước ngày chấm (a meeting dated before the scoring day): the vote's meeting typed on «Biểu quyết» dated before
// the day the reports of the closed result were scored. The council cannot have voted on a result scored after it met:
// the date may be a slip, or the result was scored again after the meeting. Said as a doubt where the officer closes
// and writes the papers, on every face; the date is kept as typed, nothing refused.
import { formatDateVi } from '../values.js';
import type { ClosedRound } from './closing.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';
import { MEETING_DATE_CELL } from '../workbook/plan-votes.js';

/** One line when the meeting's day is before the scoring day of the round's result; none otherwise. */
export function meetingBeforeScoring(round: ClosedRound, sheets: CouncilSheetNames): string[] {
  const meeting = round.votes?.meeting.date ?? '';
  const scored = round.record.scoredOn;
  if (meeting === '' || meeting >= scored) return [];
  return [
    `Trang «${sheets.votes}», ô ${MEETING_DATE_CELL} («Ngày họp»): cuộc họp biểu quyết ghi ngày ${formatDateVi(meeting)}, trước ngày chấm điểm ${formatDateVi(scored)} của kết quả đã chốt — Hội đồng không thể đã biểu quyết trên kết quả chấm sau cuộc họp. Giấy tờ ghi ngày họp ${formatDateVi(meeting)} như đã ghi; kiểm tra lại ngày họp, hoặc nếu kết quả đã chấm lại sau cuộc họp thì Hội đồng xem xét, biểu quyết lại rồi chốt lại.`,
  ];
}

// Made for the DTI part 6 walk: a meeting typed 12/01/2026 on a result scored 29/11/2026 was closed and printed in the
// minutes without a word.
