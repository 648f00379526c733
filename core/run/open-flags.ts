// Việc còn lại của Hội đồng (what the council still has to do on a run): every flag beside its decision, errors
// first, and the counts a face shows above its ranking — flags not yet decided, errors, units awaiting their
// explanation — matched to decisions as «Rà soát» matches them, so the faces and tong-hop.xlsx agree.
import type { Flag, Severity } from '../flags/flag.js';
import { isForReport } from '../scoring/score.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { reviewState, type CouncilDecision, type ReviewState } from '../council/decision.js';

/** A flag and where its review stands: `undefined` when the council has not decided on it yet. */
export type ReviewedFlag = { flag: Flag; decision?: CouncilDecision; state?: ReviewState };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The card's flags, errors first (then warnings, then notes; each in the order the checks gave them), with their decision. */
export function flagsOfCard(card: ScoreCard, decisions: readonly CouncilDecision[]): ReviewedFlag[] {
  return [...card.flags]
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
    .map((flag) => {
      const decision = decisions.find((d) => d.flagCode === flag.code && (d.cell ?? '') === (flag.cell ?? '') && isForReport(d, card, card.unitName));
      return decision ? { flag, decision, state: reviewState(decision) } : { flag };
    });
}

/** Settled: decided once without asking for an explanation, or decided again after it. */
const settled = (r: ReviewedFlag) => r.state === 'decided' || r.state === 'decided-twice';

export type CouncilCounts = {
  /** Flags with no decision, or waiting for the unit's explanation or the council's second decision. */
  undecided: number;
  /** Flags of severity error, and those of them not settled. */
  errors: number;
  errorsUndecided: number;
  /** Units with at least one flag whose explanation the council asked for and has not received. */
  awaitingExplanation: number;
};

export function councilCounts(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[]): CouncilCounts {
  const counts: CouncilCounts = { undecided: 0, errors: 0, errorsUndecided: 0, awaitingExplanation: 0 };
  for (const card of cards) {
    const flags = flagsOfCard(card, decisions);
    counts.undecided += flags.filter((r) => !settled(r)).length;
    counts.errors += flags.filter((r) => r.flag.severity === 'error').length;
    counts.errorsUndecided += flags.filter((r) => r.flag.severity === 'error' && !settled(r)).length;
    if (flags.some((r) => r.state === 'awaiting-explanation')) counts.awaitingExplanation++;
  }
  return counts;
}

// Made for issue 38 item 1: the council's work shown where a run is shown (the standalone page, the pane's «Tổng hợp»).
