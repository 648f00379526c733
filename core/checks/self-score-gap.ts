// Điểm tự chấm chênh lệch: the unit's own score differs from the verified one by more than its rounding (10 typed for
// 9,92 is the unit's whole points, not a doubt; 30 typed for 28,5 is) and the set's share of the maximum.
import { formatNumber } from '../criteria/rules/reason.js';
import { toCents } from '../criteria/rules/ways-up.js';
import type { CriteriaSet, Criterion } from '../criteria/schema.js';
import { pointsByHand } from '../scoring/classify.js';
import type { CriterionScore } from '../scoring/score-card.js';
import { cellMessage, type CheckDefinition, defineCheck, figureChecked, type FlagDraft, rejectedSaid } from './define.js';

const definition = {
  id: 'self-score-gap',
  severity: 'warning',
  title: 'Điểm tự chấm chênh lệch điểm thẩm định',
  titleEn: 'Self-score differs from the verified score',
  description: 'Điểm tự chấm khác điểm thẩm định nhiều hơn mức cho phép (một phần điểm tối đa, theo bộ tiêu chí).',
  // Only a figure that was scored has a verified score to compare with (missing and unreadable figures have their own
  // flags; a rejected one is compared as it was scored: figureChecked); a manual criterion's verified score is the self-score itself; one scored between the units has
  // its points from the run, which says its gap (core/run/min-max.ts).
  looksAt: (criterion) => criterion.rule.kind !== 'manual' && criterion.rule.kind !== 'min_max',
  needs: { typed: ['selfScore'] },
  criterion(ctx, reported, flags) {
    const { criterion, row, reading } = reported;
    const score = figureChecked(reported);
    if (!row.selfScore || !score) return;
    // A bonus or deduction given by hand and scored from its own self-score has no verified score apart from it: what
    // differs is its cap, which self-score-over-max says (a second flag named the capped figure «điểm thẩm định»).
    if (pointsByHand(criterion) && reading.kind === 'value' && reading.cell === row.selfScore.address) return;
    const flag = selfScoreGap(ctx.set, criterion, score, row.selfScore.address);
    if (flag) flags.push(flag);
  },
} satisfies CheckDefinition;
export default defineCheck(definition);

/** The gap between a scored (or rejected: figureChecked) criterion's self-score, typed at `cell`, and its points, beyond what the set allows; undefined when within it. */
export function selfScoreGap(set: CriteriaSet, criterion: Criterion, score: CriterionScore, cell: string): FlagDraft | undefined {
  if ((score.status !== 'scored' && score.status !== 'rejected') || score.selfScore === null) return undefined;
  const self = Math.abs(score.selfScore);
  const verified = Math.abs(score.points);
  const allowed = Math.max(set.tolerances.selfScoreGap * score.max, rounding(score.selfScore));
  const gap = Math.abs(self - verified);
  if (gap <= allowed + 1e-9) return undefined;
  return {
    message: cellMessage(cell, `điểm tự chấm ${formatNumber(score.selfScore)} chênh ${formatNumber(gap)} điểm so với điểm thẩm định ${formatNumber(score.points)} (cho phép ${formatNumber(allowed)})${rejectedSaid(score)}`, criterion),
    cell,
    criterion: criterion.code,
    details: { selfScore: score.selfScore, verified: score.points, gap, allowed },
  };
}

/** The check as the run stamps the gaps it finds itself (core/run/min-max.ts). */
export const SELF_SCORE_GAP = { id: definition.id, severity: definition.severity } as const;

/**
 * Half the last place a self-score is written to, in hundredths as scoring rounds: 0,5 for whole points (9,92 written
 * 10), 0,05 for 28,5, 0,005 for 28,47 — what writing the verified score to those places can move it by.
 */
function rounding(selfScore: number): number {
  const cents = toCents(Math.abs(selfScore));
  return cents % 100 === 0 ? 0.5 : cents % 10 === 0 ? 0.05 : 0.005;
}

// Made for: councils comparing a unit's «Điểm tự chấm» with the verified score: a gap beyond the set's share
// of the maximum is where a unit's reading of the plan differs.
