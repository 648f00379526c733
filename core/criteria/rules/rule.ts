// The shape every scoring rule (cách tính điểm) has; implementations live beside it, one file per kind, each
// with its scoring, its words in the criteria sheet's «Cách tính» column and its ways to more points (còn thiếu gì).
import type { Criterion, Measure, RuleKind, ScoringRule } from '../schema.js';
import { normalizeLabel } from '../../text.js';
import { formatNumberVi, parseNumberText } from '../../values.js';
import type { Today, WaysUp } from './ways-up.js';

/**
 * What a rule gives for one value: points, whether the target is met (null: no target), and its Vietnamese line,
 * worded only when asked — «Còn thiếu gì» asks the points of many figures it never shows (applyRule words it).
 */
export type RuleOutcome = { points: number; met: boolean | null; reason: () => string };

/** A criterion whose rule is of kind K, so a rule reads its own settings (tiers, pointsEach) without casts. */
export type CriterionWithRule<K extends RuleKind> = Criterion & { rule: Extract<ScoringRule, { kind: K }> };

/** «Cách tính» read as one kind: the rule, or why not (no message: the column's general help is said). */
export type RuleRead = { ok: true; rule: ScoringRule } | { ok: false; message?: string };

export type Rule<K extends RuleKind> = {
  kind: K;
  /** As written in the `Cách tính` column. */
  label: string;
  /** How an officer writes the kind in «Cách tính», for the column's help ("Bậc: 4=20; 3=15"). */
  example: string;
  /** What the kind alone says is measured, whatever «Đơn vị tính» says (Có/Không: yes/no). */
  measure?: Measure;
  /** The rule as written in «Cách tính» ("Bậc: 4=20; 3=15", "Mỗi lần: 2"). */
  format(rule: Extract<ScoringRule, { kind: K }>): string;
  /**
   * Reads «Cách tính»: `n` without diacritics or case (normalizeLabel), `text` as typed. Undefined when the
   * words are not this kind's.
   */
  parse(n: string, text: string): RuleRead | undefined;
  /** `value` is in the criterion's unit: percent points for rates, 1/0 for yes/no, a count, points. */
  score(criterion: CriterionWithRule<K>, value: number): RuleOutcome;
  /**
   * The rate (percent) counts with a denominator of 0 stand for, where the kind says (a unit with no petitions
   * earns the points); without it such counts are no figure at all.
   */
  whenNoDenominator?(criterion: CriterionWithRule<K>): number | undefined;
  /**
   * Còn thiếu gì: the figures by which a criterion short of its maximum earns more than `today` (ways-up.ts),
   * undefined when no figure does (a deduction). core/ranking/what-it-takes.ts chooses among every criterion's ways.
   */
  waysUp(criterion: CriterionWithRule<K>, today: Today): WaysUp | undefined;
};

/** The number after a kind's word («Mỗi lần: 2», «Trừ điểm 8»): undefined when `n` does not start with the word. */
export function afterWord(n: string, word: string): string | undefined {
  if (!n.startsWith(word)) return undefined;
  const m = /^\s*:?\s*(.*)$/.exec(n.slice(word.length));
  return m?.[1];
}

/** Points a sheet gives for each occurrence: a positive number, else undefined. */
export function positivePoints(text: string | undefined): number | undefined {
  const v = text === undefined ? undefined : parseNumberText(text);
  return v !== undefined && v > 0 ? v : undefined;
}

/**
 * The wording of a kind whose points may be given per occurrence: «Cộng điểm» alone, or «Cộng điểm: 1» (the label,
 * then the points each occurrence gives).
 */
export function labelWithPointsEach<K extends 'bonus' | 'deduction'>(kind: K, label: string): Pick<Rule<K>, 'format' | 'parse'> {
  const word = normalizeLabel(label);
  return {
    format: ({ pointsEach }: { pointsEach?: number }) => (pointsEach === undefined ? label : `${label}: ${formatNumberVi(pointsEach)}`),
    parse(n) {
      const after = afterWord(n, word);
      if (after === undefined) return undefined;
      if (after === '') return { ok: true, rule: { kind } };
      const each = positivePoints(after);
      return each === undefined ? { ok: false } : { ok: true, rule: { kind, pointsEach: each } };
    },
  };
}
