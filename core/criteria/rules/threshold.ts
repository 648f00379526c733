// Đạt chỉ tiêu: all or nothing against the target.
import type { Rule } from './rule.js';
import { comparedToTarget, effectiveTarget, formatValue, meetsTarget, pointsOf } from './reason.js';
import { atTarget } from './ways-up.js';

export const threshold: Rule<'threshold'> = {
  kind: 'threshold',
  label: 'Đạt chỉ tiêu',
  example: 'Đạt chỉ tiêu',
  format: () => 'Đạt chỉ tiêu',
  parse: (n) => (['dat chi tieu', 'dat/khong dat', 'threshold'].includes(n) ? { ok: true, rule: { kind: 'threshold' } } : undefined),
  score(criterion, value) {
    const max = criterion.maxPoints;
    const target = effectiveTarget(criterion);
    if (!target) {
      // A criterion without a target is met by any achievement at all.
      const points = value > 0 ? max : 0;
      return {
        points,
        met: null,
        reason: () => `Kết quả ${formatValue(criterion, value)} (không có chỉ tiêu) → ${pointsOf(points, max)}`,
      };
    }
    const met = meetsTarget(target, value);
    const points = met ? max : 0;
    return { points, met, reason: () => `${comparedToTarget(criterion, target, value)} → ${pointsOf(points, max)}` };
  },
  waysUp: atTarget,
};

// Made for: criteria the commune plans score all or nothing against a target (a share of households, of officials
// trained, of dossiers online), written «Đạt chỉ tiêu» in «Cách tính».
