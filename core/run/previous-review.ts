// What a tong-hop.xlsx given to a run means for the council's review, decided once for every face: a run's own
// (its record kept) carries the council's decisions, which stand over earlier ones for the same flag; any other —
// a unit's returned scored copy named or given like one — gives only the unit's answers to the flags the council
// asked it to explain (unit-review.ts), and what else it shows is said, never applied.
import { combineReviews, type TypedReview } from '../council/merge.js';
import type { PreviousSummary } from './previous-summary.js';
import { unitsExplanations } from './unit-review.js';

export type PreviousReview =
  | { as: 'run'; review: TypedReview }
  /** `explained`: how many of the council's flags took the unit's answer; `said`: what was not taken, a line each. */
  | { as: 'unit'; review: TypedReview; explained: number; said: string[] };

/** The council's review with what `summary` (read and not damaged: the face has refused that) adds to it. */
export function reviewWithPrevious(council: TypedReview, summary: PreviousSummary): PreviousReview {
  if (summary.record) return { as: 'run', review: combineReviews(council, summary.review) };
  const unit = unitsExplanations(council, summary.review);
  return { as: 'unit', review: unit.review, explained: unit.explained.length, said: unit.said };
}

// Made for: the command line's --decisions telling a run's tong-hop.xlsx from a unit's returned copy by what it holds, as
// the page tells each chosen file (holdsRunRecord, core/run/previous-summary.ts).
