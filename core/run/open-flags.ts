// Việc còn lại của Hội đồng (what the council still has to do on a run): every flag beside its decision, errors
// first, and the counts a face shows above its ranking — flags not yet decided, errors, units awaiting their
// explanation — matched to decisions as «Rà soát» matches them, so the faces and tong-hop.xlsx agree, and counted
// as closing's checklist counts them (flagStanding), so a number means the same before and at closing.
import type { Flag, Severity } from '../flags/flag.js';
import { isForReport } from '../scoring/score.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { flagStanding, reviewState, type CouncilDecision, type ReviewState } from '../council/decision.js';

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

export type CouncilCounts = {
  /** Flags with no decision in force: none taken, or explained and waiting for the council's second decision. */
  undecided: number;
  /** Flags of severity error, and those of them no decision touches (lỗi chưa rà soát). */
  errors: number;
  errorsNotReviewed: number;
  /** Units with at least one flag whose explanation the council asked for and has not received (their flags counted here, not above). */
  awaitingExplanation: number;
};

export function councilCounts(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[]): CouncilCounts {
  const counts: CouncilCounts = { undecided: 0, errors: 0, errorsNotReviewed: 0, awaitingExplanation: 0 };
  for (const card of cards) {
    const flags = flagsOfCard(card, decisions);
    counts.undecided += flags.filter((r) => flagStanding(r.decision) === 'open').length;
    counts.errors += flags.filter((r) => r.flag.severity === 'error').length;
    counts.errorsNotReviewed += flags.filter((r) => r.flag.severity === 'error' && !r.decision).length;
    if (flags.some((r) => flagStanding(r.decision) === 'awaiting-explanation')) counts.awaitingExplanation++;
  }
  return counts;
}

// Made for issue 38 item 1: the council's work shown where a run is shown (the standalone page, the pane's «Tổng hợp»).
