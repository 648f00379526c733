// score() over generated criteria sets and reports: deterministic, percentage within 0..100 without bonus,
// and a better figure on one row never lowers the unit's total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CellValue } from '../../core/cell.js';
import { score } from '../../core/checks/run.js';
import { criterion, makeReport, makeSet, type RowSpec } from '../helpers/make-report.js';

type CriterionInput = Parameters<typeof criterion>[0];

const baseCriterion = (code: string): fc.Arbitrary<CriterionInput> =>
  fc.oneof(
    fc.record({ target: fc.integer({ min: 1, max: 100 }), max: fc.integer({ min: 0, max: 30 }), kind: fc.constantFrom('threshold', 'ratio') as fc.Arbitrary<'threshold' | 'ratio'> })
      .map(({ target, max, kind }) => ({ code, measure: 'percent' as const, rule: { kind }, target: { comparator: '>=' as const, value: target }, maxPoints: max })),
    fc.integer({ min: 0, max: 20 }).map((max) => ({ code, measure: 'yes_no' as const, rule: { kind: 'yes_no' as const }, maxPoints: max })),
    fc.integer({ min: 1, max: 20 }).map((max) => ({ code, measure: 'count' as const, rule: { kind: 'per_occurrence' as const, pointsEach: 2 }, maxPoints: max })),
    fc.integer({ min: 4, max: 20 }).map((max) => ({ code, measure: 'count' as const, rule: { kind: 'tiers' as const, tiers: [{ min: 1, points: 1 }, { min: 3, points: 4 }] }, maxPoints: max })),
    fc.integer({ min: 0, max: 20 }).map((max) => ({ code, measure: 'points' as const, rule: { kind: 'manual' as const }, maxPoints: max })),
    fc.integer({ min: 1, max: 10 }).map((max) => ({ code, measure: 'points' as const, rule: { kind: 'deduction' as const }, maxPoints: max })),
  );

const setArb: fc.Arbitrary<CriteriaSet> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => baseCriterion(`K-${i + 1}`))))
  .map((criteria) => makeSet({ criteria: criteria.map(criterion) }));

/** What units type: numbers, Vietnamese numbers and percents, fractions, words, errors, blanks. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(null, '', 'Có', 'Không', 'x', 'Không được giao', '#DIV/0!', 'chưa có', '85,5%', '45/50', '1.234', '-3', '120%', 0.855),
  fc.integer({ min: -5, max: 150 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const reportArb = (set: CriteriaSet) =>
  fc
    .array(
      fc.record({
        code: fc.constantFrom(...set.criteria.map((c) => c.code), 'LẠ-1'),
        result: cellArb,
        numerator: cellArb,
        denominator: cellArb,
        selfScore: cellArb,
      }),
      { maxLength: 10 },
    )
    .map((rows: RowSpec[]) => makeReport({ unitName: 'Thôn Thử', unitKind: 'Thôn', submittedAt: '01/11/2025', rows }));

const setAndReport = setArb.chain((set) => reportArb(set).map((report) => ({ set, report })));

describe('score() properties', () => {
  it('is deterministic: the same input twice gives deep-equal cards', () => {
    fc.assert(
      fc.property(setAndReport, ({ set, report }) => {
        expect(score(set, report)).toEqual(score(set, report));
      }),
    );
  });

  it('keeps the percentage within 0..100 when no criterion is a bonus', () => {
    fc.assert(
      fc.property(setAndReport, ({ set, report }) => {
        const card = score(set, report);
        expect(card.percent).toBeGreaterThanOrEqual(0);
        expect(card.percent).toBeLessThanOrEqual(100);
        for (const c of card.criteria) {
          if (c.rule === 'deduction') expect(c.points >= -c.max && c.points <= 0).toBe(true);
          else expect(c.points >= 0 && c.points <= c.max).toBe(true);
        }
      }),
    );
  });

  it('a better rate on a row never lowers the total', () => {
    const rated = makeSet({
      criteria: [
        criterion({ code: 'R', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } }),
        criterion({ code: 'T', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
      ],
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const total = (v: number) => score(rated, makeReport({ unitName: 'A', unitKind: 'thon', rows: [['R', `${v}%`], ['T', `${v}%`]] })).total;
        expect(total(Math.max(a, b))).toBeGreaterThanOrEqual(total(Math.min(a, b)));
      }),
    );
  });
});
