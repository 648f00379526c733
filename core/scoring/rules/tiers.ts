// Bậc: the highest tier whose minimum the value reaches (e.g. 4 meetings = 20, 3 = 15, 2 = 10, 1 = 5).
import type { Rule } from './rule.js';
import { effectiveTarget, formatValue, meetsTarget, pointsOf } from './reason.js';

export const tiers: Rule<'tiers'> = {
  kind: 'tiers',
  label: 'Bậc',
  score(criterion, value) {
    const max = criterion.maxPoints;
    const target = effectiveTarget(criterion);
    const met = target ? meetsTarget(target, value) : null;
    const reached = criterion.rule.tiers.filter((t) => t.min <= value).sort((a, b) => b.min - a.min)[0];
    const shown = formatValue(criterion, value);
    if (!reached) {
      const lowest = Math.min(...criterion.rule.tiers.map((t) => t.min));
      return {
        points: 0,
        met,
        reason: `Kết quả ${shown}, chưa đến bậc thấp nhất (từ ${formatValue(criterion, lowest)}) → ${pointsOf(0, max)}`,
      };
    }
    const points = Math.min(max, reached.points);
    return {
      points,
      met,
      reason: `Đạt ${shown}, bậc từ ${formatValue(criterion, reached.min)} → ${pointsOf(points, max)}`,
    };
  },
};
