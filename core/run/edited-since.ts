// Một quyết định trên số liệu đã sửa (a council decision whose figure the unit edited since, by the one rule of
// edited-cells.ts): every face sets the decision aside rather than apply it to a figure the council never saw;
// here it becomes what «Rà soát» holds and reads back as typed — its words, person and date cell as the council typed
// them — under the table of such decisions, never applied, until the council decides on the new figure.
import type { CouncilDecision, DecisionKind, TypedDate, TypedReviewRow, Uncompared, UnreadDecision } from '../council/decision.js';
import { cellsUnder, flagOfUnit, mergeDecisions, type MergedDecisions, type TypedReview } from '../council/merge.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { isForReport } from '../scoring/score.js';
import { decisionWord } from '../workbook/plan-review.js';
import type { UnitReport } from '../report/schema.js';
import type { SheetGrid } from '../sheet/cell.js';
import { decidedOn, editedSinceCopies, type ComparedWith, type EditedSince } from './edited-cells.js';
import { formatDateVi } from '../values.js';

/**
 * The decision as held: its rows as the council typed them, with the cells found edited under it — or, `uncompared`,
 * with none, its figure not compared with the one the council decided on (UnreadDecision's `edited.uncompared`: why).
 */
export function heldAsEdited(d: CouncilDecision, cells: readonly string[], uncompared?: Uncompared): UnreadDecision {
  const { explanation, second } = d;
  return {
    sheet: d.sheet,
    unitName: d.unitName,
    flagCode: d.flagCode,
    ...(d.cell !== undefined ? { cell: d.cell } : {}),
    first: typedRow(decisionWord(d.decision, d.typed), d.decision, d.reviewer, d.date, d.typedDate, d.comment),
    ...(explanation ? { explanation: typedRow('', undefined, explanation.by, explanation.date, explanation.typedDate, explanation.text) } : {}),
    ...(second ? { second: typedRow(decisionWord(second.decision, second.typed), second.decision, second.reviewer, second.date, second.typedDate, second.comment) } : {}),
    edited: { cells: [...cells], ...(uncompared ? { uncompared } : {}) },
  };
}

/**
 * The decisions about `cards`' units that a cell edited since (`changed`: sheet → cells) sets aside, each held as
 * typed — as the task pane sets them aside (mergeDecisions): a decision whose flag is gone stays a decision, kept apart —
 * and those that would apply on a cell whose figure could not be compared (`uncompared`), held too: never applied to
 * a figure no one compared with the one decided on.
 */
export function heldSinceEdited(decisions: readonly CouncilDecision[], cards: readonly ScoreCard[], { changed, uncompared }: EditedSince): UnreadDecision[] {
  const mine = decisions.filter((d) => cards.some((c) => isForReport(d, c, c.unitName)));
  return heldOf(mergeDecisions(mine, cards.flatMap((c) => c.flags), cards.map((c) => c.sheet), changed), { changed, uncompared });
}

/**
 * What mergeDecisions set aside for a cell edited since, and what it kept on a cell not compared, held as typed —
 * `why` it was not compared as the face says it (UnreadDecision's `edited.uncompared`).
 */
export function heldOf(merged: MergedDecisions, { changed, uncompared }: EditedSince, why: Uncompared = true): UnreadDecision[] {
  return [
    ...merged.setAside.filter((a) => a.reason === 'cell-changed').map((a) => heldAsEdited(a.decision, cellsUnder(a.decision, changed.get(a.decision.sheet) ?? []))),
    ...merged.kept.filter((d) => d.cell && uncompared.get(d.sheet)?.includes(d.cell)).map((d) => heldAsEdited(d, [], why)),
  ];
}

/** The decisions each set of copies was decided on, held against it: edited since, or not compared (heldSinceEdited). */
export function heldAgainstCopies(decisions: readonly CouncilDecision[], read: { reports: readonly UnitReport[]; grids: readonly SheetGrid[]; cards: readonly ScoreCard[] }, { last, own }: ComparedWith): UnreadDecision[] {
  return last.flatMap((copies) => {
    const subject = decidedOn(decisions, copies);
    if (subject.length === 0) return [];
    return heldSinceEdited(subject, read.cards, editedSinceCopies(read.reports, read.grids, subject, copies, own));
  });
}

/** The review with `held` taken out of its decisions and held as typed: never applied, written under their own table. */
export function withHeld(review: TypedReview, held: readonly UnreadDecision[]): TypedReview {
  if (held.length === 0) return review;
  const keys = new Set(held.map(flagOfUnit));
  return { decisions: review.decisions.filter((d) => !keys.has(flagOfUnit(d))), unread: [...review.unread.filter((u) => !keys.has(flagOfUnit(u))), ...held] };
}

/** A row as typed: the date as text typed, else as thidua words it, a date cell kept one. */
function typedRow(decision: string, kind: DecisionKind | undefined, reviewer: string, iso: string, typed: TypedDate, comment: string): TypedReviewRow {
  const date = typeof typed === 'string' ? typed : iso ? formatDateVi(iso) : '';
  return { decision, ...(kind ? { kind } : {}), reviewer, date, ...(typed !== undefined && typeof typed !== 'string' ? { dateCell: typed } : {}), comment, notes: [] };
}

// Made for: the council's «Đồng ý» on Thôn 1's D9, which the task pane set aside once Thôn 1 edited D9 and then lost
// from «Rà soát» and its store; now held as typed.
