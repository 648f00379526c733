// Quyết định của Hội đồng TĐKT trên từng cảnh báo (council decision per flag), with its whole trail: the first review,
// the unit's explanation when the council asked for one (giải trình), and the council's second review.
import { z } from 'zod';
import { labelLookup } from '../text.js';

export const DecisionKind = z.enum([
  'accept', // chấp nhận số liệu
  'explain', // yêu cầu giải trình
  'reject', // bác số liệu: handled per the set's council policy
]);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** How officers write each decision in «Quyết định» (compared without case and diacritics). */
const DECISION_WORDS = labelLookup<DecisionKind>({
  accept: ['Chấp nhận', 'Đồng ý', 'Đạt', 'Chấp thuận'],
  explain: ['Giải trình', 'Yêu cầu giải trình', 'Đề nghị giải trình', 'Cần giải trình'],
  reject: ['Bác số liệu', 'Bác', 'Bác bỏ', 'Không chấp nhận', 'Loại', 'Không đồng ý'],
});

/**
 * The decision a word typed in «Quyết định» says («Đồng ý» → accept); undefined when it says none. A stop typed after
 * it («Đồng ý.», «Bác!») is no other word, as «Không đạt.» in «Điều kiện xếp loại» (band-finding.ts).
 */
export function decisionKindOf(text: unknown): DecisionKind | undefined {
  return DECISION_WORDS(typeof text === 'string' ? text.replace(/[\s.!;,]+$/, '') : text);
}

/**
 * The word the council typed for a decision («Đồng ý», «Yêu cầu giải trình», «Bác»), kept to be written back as
 * typed; absent when the decision was taken on a face (the pane's, the page's buttons) or typed as thidua words it.
 */
const TypedWord = z.string().optional();

/**
 * «Ngày» typed as a date cell (what Excel makes of 2/11/2026 typed), with its number format when the file gives one:
 * written back as a date cell under that format. Its date is the decision's own; a plain value, never a Date, since
 * decisions are kept as JSON (the pane's store) and a Date must not enter a record.
 */
export const DateCell = z.object({ numberFormat: z.string().optional() });
export type DateCell = z.infer<typeof DateCell>;

/**
 * A date as the council typed it in «Ngày»: text («2/11/2026», «2026-11-02») or a date cell, kept to be written back
 * as typed while it still says the date; absent when typed as thidua words it, or taken on a face.
 */
const TypedDate = z.union([z.string(), DateCell]).optional();
export type TypedDate = z.infer<typeof TypedDate>;

/** Giải trình của đơn vị: the unit's answer to «Giải trình», who gave it and when. */
export const Explanation = z.object({
  text: z.string().min(1),
  by: z.string().default(''),
  date: z.string().default(''), // YYYY-MM-DD
  typedDate: TypedDate,
});
export type Explanation = z.infer<typeof Explanation>;

/** Quyết định lần 2: the council's decision after the explanation. */
export const SecondReview = z.object({
  decision: DecisionKind,
  typed: TypedWord,
  reviewer: z.string().default(''),
  date: z.string().default(''),
  typedDate: TypedDate,
  comment: z.string().default(''),
});
export type SecondReview = z.infer<typeof SecondReview>;

/** The flag a review is about: its report sheet, unit, code and cell. */
const ReviewedFlag = z.object({
  sheet: z.string(),
  unitName: z.string(),
  flagCode: z.string(),
  cell: z.string().optional(),
});

/** A «Rà soát» row typed without its sheet or its flag: it applies to none (held as typed until it names one). */
export function namesNoFlag(d: Pick<z.infer<typeof ReviewedFlag>, 'sheet' | 'flagCode'>): boolean {
  return d.sheet === '' || d.flagCode === '';
}

export const CouncilDecision = ReviewedFlag.extend({
  criterion: z.string().optional(),
  /** The first review (lần 1). */
  decision: DecisionKind,
  typed: TypedWord,
  reviewer: z.string().default(''),
  date: z.string().default(''), // YYYY-MM-DD
  typedDate: TypedDate,
  comment: z.string().default(''),
  explanation: Explanation.optional(),
  second: SecondReview.optional(),
});
export type CouncilDecision = z.infer<typeof CouncilDecision>;

/**
 * One «Rà soát» row as the council typed it, every cell as text: kept when thidua cannot read the flag's trail, so
 * the next «Rà soát» shows it again as typed. `kind`: the decision word, when it reads as one; `notes`: what could
 * not be read, in the officer's words (the note on that cell).
 */
export const TypedReviewRow = z.object({
  decision: z.string().default(''),
  kind: DecisionKind.optional(),
  reviewer: z.string().default(''),
  date: z.string().default(''),
  /** «Ngày» typed as a date cell: written back as one (`date` then holds its date as thidua words it). */
  dateCell: DateCell.optional(),
  comment: z.string().default(''),
  notes: z.array(z.object({ column: z.enum(['decision', 'date', 'comment']), text: z.string() })).default([]),
});
export type TypedReviewRow = z.infer<typeof TypedReviewRow>;

/**
 * A flag whose review rows hold a decision word or a date thidua cannot read («xem sau», «32/13/2025»): never
 * applied — the flag counts as not yet decided — and never lost: its rows (the first review, the unit's
 * explanation, the second decision) are written back as typed until the council writes them so they read.
 */
/**
 * Why a decision's figure was not compared with the one the council decided on (core/run/edited-cells.ts): no sure
 * copy in the run's result (`true`), or, in the task pane, no figures of the sheet in its hidden store (`fingerprint`:
 * deleted, or kept by an earlier version).
 */
export const Uncompared = z.union([z.literal(true), z.literal('fingerprint')]);
export type Uncompared = z.infer<typeof Uncompared>;

export const UnreadDecision = ReviewedFlag.extend({
  first: TypedReviewRow.optional(),
  explanation: TypedReviewRow.optional(),
  second: TypedReviewRow.optional(),
  /**
   * Set aside because the unit's cells under its flag were edited after the council decided (core/council/edited-since.ts):
   * a decision that read, held as typed under its own table of «Rà soát», never applied to the new figure until the
   * council decides again; `cells`: the cells edited, as found (the flag's own when not known); `uncompared`: held
   * because the figure the council decided on could not be found to compare with, and why.
   */
  edited: z.object({ cells: z.array(z.string()).default([]), uncompared: Uncompared.optional() }).optional(),
});
export type UnreadDecision = z.infer<typeof UnreadDecision>;

/**
 * A flag whose first review holds the council's words but no decision yet (a reviewer named, «Ý kiến» written before
 * the meeting): undecided, not misread, its words written back on its row.
 */
export function awaitsDecision(u: UnreadDecision): boolean {
  return !namesNoFlag(u) && u.first !== undefined && u.first.decision === '' && u.first.notes.length === 0 && !u.explanation && !u.second;
}

/** The decision in force: the second review's when there is one. */
export function finalDecision(d: Pick<CouncilDecision, 'decision' | 'second'>): DecisionKind {
  return d.second?.decision ?? d.decision;
}

/** Where a flag's review stands (trạng thái rà soát). */
export type ReviewState = 'decided' | 'awaiting-explanation' | 'explained' | 'decided-twice';

export function reviewState(d: Pick<CouncilDecision, 'decision' | 'explanation' | 'second'>): ReviewState {
  if (d.second) return 'decided-twice';
  if (d.decision !== 'explain') return 'decided';
  return d.explanation ? 'explained' : 'awaiting-explanation';
}

/**
 * What a flag still asks of the council — one answer for every face, the page's and the pane's counts as closing's
 * checklist: `open`, no decision in force (none taken, or explained and waiting for the second); `awaiting-explanation`,
 * the unit's explanation is waited for (the unit is counted, not the flag); `settled`.
 */
export type FlagStanding = 'settled' | 'awaiting-explanation' | 'open';

export function flagStanding(d: Pick<CouncilDecision, 'decision' | 'explanation' | 'second'> | undefined): FlagStanding {
  const state = d && reviewState(d);
  if (state === 'decided' || state === 'decided-twice') return 'settled';
  return state === 'awaiting-explanation' ? state : 'open';
}

/** One step of a flag's review as the council records it on a face: a decision (the first, or the second after the explanation), or the unit's explanation. */
export type ReviewStep =
  | { kind: 'decision'; decision: DecisionKind; reviewer: string; date: string; comment: string }
  | { kind: 'explanation'; text: string };

/**
 * A flag's review after `step`, for the pane and the page alike: the first decision, the unit's explanation — credited
 * to the unit, never to the officer who types it in, and dated only by the unit —, or the council's second decision
 * once the unit explained. `flag`: the fields naming the flag, its unit and criterion.
 */
export function takeReviewStep(
  flag: Pick<CouncilDecision, 'sheet' | 'unitName' | 'flagCode' | 'cell' | 'criterion'>,
  current: CouncilDecision | undefined,
  step: ReviewStep,
): CouncilDecision {
  if (step.kind === 'explanation') {
    const base = current ?? { ...flag, decision: 'explain' as const, reviewer: '', date: '', comment: '' };
    return { ...base, explanation: { text: step.text, by: base.unitName, date: '' } };
  }
  const taken = { decision: step.decision, reviewer: step.reviewer, date: step.date, comment: step.comment };
  if (current && reviewState(current) === 'explained') return { ...current, second: taken };
  return { ...flag, ...taken };
}

/** What officers read for each state. */
export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  decided: 'đã quyết định',
  'awaiting-explanation': 'chờ giải trình',
  explained: 'đã giải trình, chờ quyết định lần 2',
  'decided-twice': 'đã quyết định lần 2',
};

/** Where a flag held as typed stands: what the first row's «Bước» says beside «Lần 1». */
export const UNREAD_STATE_LABEL = 'chưa hiểu, chưa quyết định';

/** «3 chờ giải trình, 1 đã giải trình…»: the explanation states of a run's decisions, '' when none asked for one. */
export function describeReviewStates(decisions: readonly CouncilDecision[]): string {
  const counts = new Map<ReviewState, number>();
  for (const d of decisions) {
    const state = reviewState(d);
    if (state !== 'decided') counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return (['awaiting-explanation', 'explained', 'decided-twice'] as const)
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${REVIEW_STATE_LABEL[s]}`)
    .join(', ');
}
