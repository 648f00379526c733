// Every criterion a unit types its points for, at its maximum — as the walks' units fill thidua's template before typing
// their own figures: one scored by hand at its maximum, one read as levels at its top level (the same figure).
import type { CriteriaSetInput } from '../../core/criteria/schema.js';

export function fullMarks(set: Pick<CriteriaSetInput, 'criteria'>): Record<string, number> {
  return Object.fromEntries(set.criteria.filter((c) => c.rule.kind === 'manual' || c.rule.kind === 'tiers').map((c) => [c.code, c.maxPoints]));
}

// Made for the walks on real tables whose items became levels when the reader learned to read them (hdnd-thanh-hoa-cap-xa's IV.2 and VII.2).
