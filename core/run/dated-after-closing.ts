// Ngày ghi sau ngày chốt: a decision or the vote's meeting dated after the day the round is closed. The papers would say
// the result was closed before the meeting that voted it; a typed date may be a slip. Said when closing, never changed.
import { formatDateVi } from '../values.js';
import type { ClosedRound } from './closing.js';
import { councilPlace, type CouncilWorkbook } from '../workbook/council-sheets.js';
import { meetingDateCell } from '../workbook/plan-votes.js';
import { said, saidOf, type Said } from './said.js';

/**
 * One line for the decisions dated after the closing day (by unit and cell, at most three named, each at its flag's
 * cell), one for the meeting, at its date's cell.
 */
export function datedAfterClosing(round: ClosedRound, book: CouncilWorkbook): Said[] {
  const day = round.closedAt.slice(0, 10);
  const closed = formatDateVi(day);
  const late = (round.decisions ?? []).filter((d) => d.date > day);
  const named = (d: (typeof late)[number]) => `${d.unitName}: «${d.flag}»${d.cell ? `, ô ${d.cell}` : ''}, ngày ${formatDateVi(d.date)}`;
  const meeting = round.votes?.meeting.date ?? '';
  const cell = meeting > day ? meetingDateCell(round.votes!.meeting) : '';
  return [
    ...(late.length === 0
      ? []
      : [
          saidOf(
            `${late.length} quyết định ở ${councilPlace(book, 'review')} ghi ngày sau ngày chốt ${closed} (${late.slice(0, 3).map(named).join('; ')}${late.length > 3 ? `; và ${late.length - 3} quyết định khác` : ''}): kiểm tra lại ngày đã ghi, hoặc chốt lại sau ngày ấy.`,
            late.flatMap((d) => (d.cell ? [{ words: named(d), place: { sheet: d.sheet, cell: d.cell } }] : [])),
          ),
        ]),
    ...(cell ? [said(`Cuộc họp biểu quyết ở ${councilPlace(book, 'votes', cell)} («Ngày họp») ghi ngày ${formatDateVi(meeting)}, sau ngày chốt ${closed}: giấy tờ sẽ ghi kết quả được chốt trước cuộc họp đã biểu quyết; kiểm tra lại ngày họp, hoặc chốt lại sau cuộc họp.`, book.votes, cell)] : []),
  ];
}

// Made for an officer's walk: decisions and a vote dated 04/12/2026 were sealed on 28/11/2026 without a word, and the
// submission then said the result was closed on 28/11 at a meeting held on 04/12.
