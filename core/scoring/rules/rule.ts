// The shape every scoring rule (cách tính điểm) has; implementations live beside it, one file per kind.
import type { Criterion, RuleKind, ScoringRule } from '../../criteria/schema.js';

/** What a rule gives for one value: points, whether the target is met (null: no target), one Vietnamese line. */
export type RuleOutcome = { points: number; met: boolean | null; reason: string };

/** A criterion whose rule is of kind K, so a rule reads its own settings (tiers, pointsEach) without casts. */
export type CriterionWithRule<K extends RuleKind> = Criterion & { rule: Extract<ScoringRule, { kind: K }> };

export type Rule<K extends RuleKind> = {
  kind: K;
  /** As written in the `Cách tính` column. */
  label: string;
  /** `value` is in the criterion's unit: percent points for rates, 1/0 for yes/no, a count, points. */
  score(criterion: CriterionWithRule<K>, value: number): RuleOutcome;
};
