// Registry of scoring rules: one entry per kind of ScoringRule; a kind without a rule does not compile.
import type { Criterion, RuleKind } from '../schema.js';
import { bonus } from './bonus.js';
import { deduction } from './deduction.js';
import { manual } from './manual.js';
import { min_max } from './min_max.js';
import { per_occurrence } from './per_occurrence.js';
import { portal_766 } from './portal_766.js';
import { ratio } from './ratio.js';
import type { Rule, RuleOutcome } from './rule.js';
import { threshold } from './threshold.js';
import { tiers } from './tiers.js';
import type { OtherUnits, Today, WaysUp } from './ways-up.js';
import { yes_no } from './yes_no.js';

export type { Rule, RuleOutcome } from './rule.js';

export const rules: { readonly [K in RuleKind]: Rule<K> } = {
  threshold,
  ratio,
  tiers,
  per_occurrence,
  yes_no,
  manual,
  bonus,
  deduction,
  portal_766,
  min_max,
};

/** A value scored and worded: its points, whether the target is met (null: no target), its Vietnamese line. */
export type RuleScore = { points: number; met: boolean | null; reason: string };

/** Scores a value with the criterion's own rule, its reason worded (what a scored sheet and a card say). */
export function applyRule(criterion: Criterion, value: number): RuleScore {
  const { points, met, reason } = outcome(criterion, value);
  return { points, met, reason: reason() };
}

/** The points alone, nothing worded: «Còn thiếu gì» asks them of every figure it tries. */
export function rulePoints(criterion: Criterion, value: number): number {
  return outcome(criterion, value).points;
}

/** The criterion's own rule: the registry's mapped type ties each kind to its rule, the criterion's kind picks it. */
const ruleOf = (criterion: Criterion) => rules[criterion.rule.kind] as Rule<RuleKind>;

function outcome(criterion: Criterion, value: number): RuleOutcome {
  return ruleOf(criterion).score(criterion, value);
}

/** The rate counts with a denominator of 0 stand for under the criterion's rule; undefined: none (no figure). */
export function rateWhenNoDenominator(criterion: Criterion): number | undefined {
  return ruleOf(criterion).whenNoDenominator?.(criterion as never);
}

/**
 * Còn thiếu gì: how the criterion, standing at `value` (null: no figure) with `points`, earns more under its own rule;
 * points typed by hand in whole `step`s when the set states one; a Min-Max criterion's among the `others`' figures.
 */
export function waysUp(criterion: Criterion, value: number | null, points: number, step?: number, others?: OtherUnits): WaysUp | undefined {
  const today: Today = { value, points, pointsAt: (figure) => rulePoints(criterion, figure), ...(step !== undefined && { step }), ...(others && { others }) };
  return ruleOf(criterion).waysUp(criterion, today);
}
