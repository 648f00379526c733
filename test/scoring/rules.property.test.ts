// Properties every rule keeps, whatever the criterion's settings: points within bounds, and more achievement
// never lowers the score (for lower-is-better targets and deductions, achievement is a smaller value); the points
// alone, as «Còn thiếu gì» asks them, are scoring's points, with nothing worded.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Criterion, type RuleKind } from '../../core/criteria/schema.js';
import { applyRule, rulePoints, rules } from '../../core/criteria/rules/index.js';
import { lowerIsBetter } from '../../core/criteria/rules/reason.js';
import { RATE_FORMULA_IDS } from '../../core/indicators/formulas-766.js';

// Every reason writes its points through formatNumberVi: counting its calls tells whether anything was worded.
const worded = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../core/values.js', async (importOriginal) => {
  const values = await importOriginal<typeof import('../../core/values.js')>();
  return {
    ...values,
    formatNumberVi: (...args: Parameters<typeof values.formatNumberVi>) => {
      worded.calls++;
      return values.formatNumberVi(...args);
    },
  };
});

const comparator = fc.constantFrom('>=', '>', '=', '<=', '<') as fc.Arbitrary<'>=' | '>' | '=' | '<=' | '<'>;
const target = fc.record({ comparator, value: fc.double({ min: 0, max: 200, noNaN: true }) });
const max = fc.double({ min: 0, max: 100, noNaN: true });
const pointsEach = fc.double({ min: 0.25, max: 20, noNaN: true });
/** Tiers whose points grow with their minimum, as a sane criteria set writes them. */
const tiers = fc
  .array(fc.record({ min: fc.double({ min: 0, max: 50, noNaN: true }), points: fc.double({ min: 0, max: 50, noNaN: true }) }), { minLength: 1, maxLength: 5 })
  .map((ts) => {
    const mins = ts.map((t) => t.min).sort((a, b) => a - b);
    const points = ts.map((t) => t.points).sort((a, b) => a - b);
    return mins.map((min, i) => ({ min, points: points[i]! }));
  });

const ruleFor: Record<RuleKind, fc.Arbitrary<Criterion['rule']>> = {
  threshold: fc.constant({ kind: 'threshold' }),
  ratio: fc.constant({ kind: 'ratio' }),
  tiers: tiers.map((t) => ({ kind: 'tiers' as const, tiers: t })),
  per_occurrence: pointsEach.map((p) => ({ kind: 'per_occurrence' as const, pointsEach: p })),
  yes_no: fc.constant({ kind: 'yes_no' }),
  manual: fc.constant({ kind: 'manual' }),
  bonus: fc.option(pointsEach, { nil: undefined }).map((p) => (p === undefined ? { kind: 'bonus' as const } : { kind: 'bonus' as const, pointsEach: p })),
  deduction: fc.option(pointsEach, { nil: undefined }).map((p) => (p === undefined ? { kind: 'deduction' as const } : { kind: 'deduction' as const, pointsEach: p })),
  portal_766: fc.constantFrom(...RATE_FORMULA_IDS).map((formula) => ({ kind: 'portal_766' as const, formula })),
  min_max: fc.constantFrom({ kind: 'min_max' as const }, { kind: 'min_max' as const, lower: true as const }),
};

function criterionArb(kind: RuleKind): fc.Arbitrary<Criterion> {
  return fc
    .record({
      rule: ruleFor[kind],
      maxPoints: max,
      target: fc.option(target, { nil: undefined }),
      measure: fc.constantFrom('percent', 'ratio', 'count', 'points') as fc.Arbitrary<Criterion['measure']>,
    })
    .map(({ rule, maxPoints, target: t, measure }) =>
      Criterion.parse({
        code: 'X',
        title: 'X',
        group: 'G',
        measure: kind === 'yes_no' ? 'yes_no' : measure,
        maxPoints,
        rule,
        ...(t ? { target: kind === 'yes_no' ? { comparator: '=', value: t.value > 100 ? 1 : 0 } : t } : {}),
      }),
    );
}

/** Values a unit could report: deductions and yes/no have their own domains. */
function valueArb(kind: RuleKind): fc.Arbitrary<number> {
  if (kind === 'yes_no') return fc.constantFrom(0, 1);
  if (kind === 'deduction') return fc.double({ min: 0, max: 500, noNaN: true });
  return fc.double({ min: -50, max: 500, noNaN: true });
}

/** +1 when larger values are better, −1 when smaller ones are. */
function direction(c: Criterion): 1 | -1 {
  if (c.rule.kind === 'deduction') return -1;
  if (['bonus', 'manual', 'tiers', 'per_occurrence', 'portal_766'].includes(c.rule.kind)) return 1;
  const t = c.target ?? (c.measure === 'yes_no' ? { comparator: '=' as const, value: 1 } : undefined);
  return t && lowerIsBetter(t) ? -1 : 1;
}

describe.each(Object.keys(rules) as RuleKind[])('rule %s', (kind) => {
  it('keeps points within 0..max (−max..0 for deductions)', () => {
    fc.assert(
      fc.property(criterionArb(kind), valueArb(kind), (c, v) => {
        const { points } = applyRule(c, v);
        if (kind === 'deduction') expect(points >= -c.maxPoints - 0.005 && points <= 0).toBe(true);
        else expect(points >= 0 && points <= c.maxPoints + 0.005).toBe(true);
      }),
    );
  });

  it('never lowers the score for more achievement', () => {
    fc.assert(
      fc.property(criterionArb(kind), valueArb(kind), valueArb(kind), (c, a, b) => {
        const [worse, better] = direction(c) === 1 ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        expect(applyRule(c, better).points).toBeGreaterThanOrEqual(applyRule(c, worse).points);
      }),
    );
  });

  it('gives the points alone as scoring gives them, wording nothing', () => {
    fc.assert(
      fc.property(criterionArb(kind), valueArb(kind), (c, v) => {
        worded.calls = 0;
        const points = rulePoints(c, v);
        expect(worded.calls).toBe(0);
        expect(points).toBe(applyRule(c, v).points);
        expect(worded.calls).toBeGreaterThan(0);
      }),
    );
  });

  it('gives one Vietnamese line and a met that agrees with the target', () => {
    fc.assert(
      fc.property(criterionArb(kind), valueArb(kind), (c, v) => {
        const outcome = applyRule(c, v);
        expect(outcome.reason).not.toContain('\n');
        expect(outcome.reason).toMatch(/điểm/);
        if (c.target === undefined && c.measure !== 'yes_no') expect(outcome.met).toBeNull();
      }),
    );
  });
});
