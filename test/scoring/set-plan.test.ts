// The set prepared once (core/scoring/set-plan.ts): made once per set, and only groups a maximum can hold are walked
// for caps — those whose rows' maxima add past it, or that have bonus or deduction rows; a criterion's rule score of a
// figure worded once.
import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { applyRule } from '../../core/criteria/rules/index.js';
import { planOf, ruleScore } from '../../core/scoring/set-plan.js';
import { criterion, makeSet } from '../helpers/make-report.js';

const manual = (code: string, group: string, maxPoints: number) => criterion({ code, group, measure: 'points', maxPoints, rule: { kind: 'manual' } });

describe('the set prepared once', () => {
  const set = makeSet({
    groups: [
      { id: 'A', title: 'Rows worth their maximum', maxPoints: 0.3 },
      { id: 'B', title: 'Rows worth more', maxPoints: 10 },
      { id: 'C', title: 'Bonus', maxPoints: 5 },
      { id: 'D', title: 'No maximum' },
    ],
    criteria: [
      manual('a1', 'A', 0.1),
      manual('a2', 'A', 0.2),
      manual('b1', 'B', 6),
      manual('b2', 'B', 6),
      criterion({ code: 'c1', group: 'C', measure: 'count', maxPoints: 3, rule: { kind: 'bonus', pointsEach: 1 } }),
      manual('d1', 'D', 50),
    ],
  });

  it('is made once per set, and again for another set', () => {
    expect(planOf(set)).toBe(planOf(set));
    const other = makeSet({ criteria: [manual('x1', 'G1', 5)] });
    expect(planOf(other)).not.toBe(planOf(set));
    expect(planOf(set)).toBe(planOf(set));
  });

  it('walks for caps only the groups whose maximum can hold their rows (0,1 + 0,2 is not past 0,3)', () => {
    expect(planOf(set).cappedGroups.map((g) => g.id)).toEqual(['B', 'C']);
  });
});

describe("a criterion's rule score of a figure, kept with the set", () => {
  const sets = [findBuiltin('ta-ma-2025')!, findBuiltin('qd766-xa')!, findBuiltin('luc-ba-2024')!];
  const figures = [0, 1, 2.5, 40, 50, 80, 99.995, 100, 120, -3];

  it("is the rule's own score, worded once: the same object the next time", () => {
    for (const set of sets) {
      const plan = planOf(set);
      set.criteria.forEach((c, i) => {
        for (const figure of figures) {
          const ruled = ruleScore(plan, i, c, figure);
          expect(ruled, `${c.code} at ${figure}`).toEqual(applyRule(c, figure));
          expect(ruleScore(plan, i, c, figure)).toBe(ruled);
        }
      });
    }
  });

  it('is worded afresh for −0, which a map would take for 0', () => {
    const set = sets[0]!;
    const plan = planOf(set);
    const c = set.criteria[0]!;
    const zero = ruleScore(plan, 0, c, 0);
    expect(ruleScore(plan, 0, c, -0)).not.toBe(zero);
    expect(ruleScore(plan, 0, c, -0)).toEqual(applyRule(c, -0));
    expect(ruleScore(plan, 0, c, -0)).not.toBe(ruleScore(plan, 0, c, -0));
  });
});
