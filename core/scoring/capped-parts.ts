// The parts a set's group maximum holds («II. … (tối đa 10 điểm)» over rows worth more): scoring counts each at most
// its maximum, and «Còn thiếu gì» offers no points past it — both read the parts here, so they cannot disagree.
import type { CriteriaGroup, CriteriaSet } from '../criteria/schema.js';
import type { CriterionScore, GroupCap } from './score-card.js';
import { planOf } from './set-plan.js';

/**
 * A part held by its group's maximum: the group's base rows whose maxima add past it (`part` 'item'), a group of
 * bonus (or deduction, or recorded bonus) rows only, each of the bonus and the deductions of a group of both, or a
 * group's items with its bonus rows (`part` 'bonus', `summed` the items as capped and the bonus together); `max`,
 * the group's maximum; `summed`, what its rows give now (a size); `maxSum`, what they could give at most; `codes`, its rows.
 */
export type CappedPart = { group: CriteriaGroup; part: GroupCap['part']; max: number; summed: number; maxSum: number; codes: ReadonlySet<string> };

/** The set's capped parts over a unit's scores, the base parts first (in the set's order), then the bonus and deduction ones. */
export function cappedParts(set: CriteriaSet, criteria: readonly CriterionScore[]): CappedPart[] {
  const counts = (c: CriterionScore) => c.status !== 'not_applicable' && c.status !== 'not_assigned';
  const base: CappedPart[] = [];
  const extra: CappedPart[] = [];
  // Only the groups whose maximum can hold their rows (set-plan.ts): most sets' groups never can.
  for (const group of planOf(set).cappedGroups) {
    const max = group.maxPoints!;
    // A section listing more than its points, or alternatives «Hoặc» (choose one): its base rows count at most its maximum.
    const items = criteria.filter((c) => c.group === group.id && counts(c) && c.rule !== 'bonus' && c.rule !== 'deduction');
    const [summed, maxSum] = items.reduce(([p, m], c) => [p + c.points, m + c.max], [0, 0]);
    if (maxSum > max + 1e-9) base.push({ group, part: 'item', max, summed, maxSum, codes: new Set(items.map((c) => c.code)) });
    // A group of bonus (or of deductions) only, with its maximum («Phần C: Điểm cộng, tối đa 7 điểm»): its rows together
    // add (or take) at most that maximum.
    const mine = criteria.filter((c) => c.group === group.id && counts(c));
    // A part of items closed by its bonus rows («* Điểm thưởng (tối đa 20 điểm)» in a part of 20, its words «được cộng
    // nhưng tổng số điểm của tiêu chí này không vượt quá 20 điểm»): the bonus raises the part at most to its maximum —
    // one pool for its items and its bonus, what they give together (the items at most the maximum) held to it.
    const within = withinPart(set, group.id);
    const added = within.size === 0 ? [] : mine.filter((c) => within.has(c.code));
    if (items.length > 0 && added.length > 0) {
      const [bonus, bonusMax] = added.reduce(([p, m], c) => [p + c.points, m + c.max], [0, 0]);
      extra.push({ group, part: 'bonus', max, summed: Math.min(summed, max) + bonus, maxSum: Math.min(maxSum, max) + bonusMax, codes: new Set([...items, ...added].map((c) => c.code)) });
      continue;
    }
    const kinds = new Set(mine.map((c) => (c.recorded ? 'recorded' : c.rule)));
    // A group of bonus and deduction rows under one maximum («ĐIỂM THƯỞNG, ĐIỂM TRỪ … (Tối đa 04 điểm)»): the maximum
    // bounds each of them, as the set's reading says it (understood.ts outsideOf) for the officer to confirm.
    const both = kinds.size === 2 && kinds.has('bonus') && kinds.has('deduction');
    if (mine.length === 0 || (kinds.size !== 1 && !both) || !(kinds.has('bonus') || kinds.has('deduction') || kinds.has('recorded'))) continue;
    for (const part of both ? (['bonus', 'deduction'] as const) : [kinds.has('recorded') ? 'recorded' : kinds.has('bonus') ? 'bonus' : 'deduction'] as const) {
      const rows = both ? mine.filter((c) => c.rule === part) : mine;
      // Deductions carry their points negative.
      extra.push({ group, part, max, summed: Math.abs(rows.reduce((s, c) => s + c.points, 0)), maxSum: rows.reduce((s, c) => s + c.max, 0), codes: new Set(rows.map((c) => c.code)) });
    }
  }
  return [...base, ...extra];
}

/** The codes of a group's own bonus rows within its maximum (the bonus rule's `withinPart`). */
function withinPart(set: CriteriaSet, group: string): ReadonlySet<string> {
  return new Set(set.criteria.flatMap((c) => (c.group === group && c.rule.kind === 'bonus' && c.rule.withinPart ? [c.code] : [])));
}

// Made for: a part capped in its title whose rows add past it (an officer's walk: «Phần III» added 14 of a part that
// tops at 10), and «Còn thiếu gì» telling a unit to earn points in a part already at its cap.
