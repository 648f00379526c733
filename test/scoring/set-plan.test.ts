// The set prepared once (core/scoring/set-plan.ts): made once per set, and only groups a maximum can hold are walked
// for caps — those whose rows' maxima add past it, or that have bonus or deduction rows.
import { describe, expect, it } from 'vitest';
import { planOf } from '../../core/scoring/set-plan.js';
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
