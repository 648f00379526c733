// Một quyết định trên số liệu đã sửa (a council decision whose figure the unit edited since): the faces that see the
// edit (the task pane's fingerprints) set the decision aside rather than apply it to a figure the council never saw;
// here it becomes what «Rà soát» holds and reads back as typed — its words, person and date cell as the council typed
// them — under the table of such decisions, never applied, until the council decides on the new figure.
import type { CouncilDecision, DecisionKind, TypedDate, TypedReviewRow, UnreadDecision } from '../council/decision.js';
import { decisionWord } from '../workbook/plan-review.js';
import { formatDateVi } from '../values.js';

/** The decision as held: its rows as the council typed them, with the cells found edited under it. */
export function heldAsEdited(d: CouncilDecision, cells: readonly string[]): UnreadDecision {
  const { explanation, second } = d;
  return {
    sheet: d.sheet,
    unitName: d.unitName,
    flagCode: d.flagCode,
    ...(d.cell !== undefined ? { cell: d.cell } : {}),
    first: typedRow(decisionWord(d.decision, d.typed), d.decision, d.reviewer, d.date, d.typedDate, d.comment),
    ...(explanation ? { explanation: typedRow('', undefined, explanation.by, explanation.date, explanation.typedDate, explanation.text) } : {}),
    ...(second ? { second: typedRow(decisionWord(second.decision, second.typed), second.decision, second.reviewer, second.date, second.typedDate, second.comment) } : {}),
    edited: { cells: [...cells] },
  };
}

/** A row as typed: the date as text typed, else as thidua words it, a date cell kept one. */
function typedRow(decision: string, kind: DecisionKind | undefined, reviewer: string, iso: string, typed: TypedDate, comment: string): TypedReviewRow {
  const date = typeof typed === 'string' ? typed : iso ? formatDateVi(iso) : '';
  return { decision, ...(kind ? { kind } : {}), reviewer, date, ...(typed !== undefined && typeof typed !== 'string' ? { dateCell: typed } : {}), comment, notes: [] };
}

// Made for: the council's «Đồng ý» on Thôn 1's D9, which the task pane set aside once Thôn 1 edited D9 and then lost
// from «Rà soát» and its store; now held as typed.
