// Có/Không: the answer the target asks for (normally "Có") earns the max.
import type { Rule } from './rule.js';
import { effectiveTarget, formatValue, meetsTarget, pointsOf } from './reason.js';
import { atTarget } from './ways-up.js';

export const yes_no: Rule<'yes_no'> = {
  kind: 'yes_no',
  label: 'Có/Không',
  example: 'Có/Không',
  measure: 'yes_no',
  format: () => 'Có/Không',
  parse: (n) => (/^co ?[/-] ?khong$/.test(n) || n === 'yes_no' ? { ok: true, rule: { kind: 'yes_no' } } : undefined),
  score(criterion, value) {
    const max = criterion.maxPoints;
    const target = effectiveTarget(criterion) ?? { comparator: '=' as const, value: 1 };
    const met = meetsTarget(target, value);
    const points = met ? max : 0;
    const reason = () => {
      const asked = target.value > 0 ? '' : ` (yêu cầu ${formatValue({ measure: 'yes_no', unit: '' }, target.value)})`;
      return `${formatValue({ measure: 'yes_no', unit: '' }, value)}${asked} → ${pointsOf(points, max)}`;
    };
    return { points, met, reason };
  },
  waysUp: atTarget,
};

// Made for: criteria that are done or not (a plan issued, a team set up), written «Có/Không» in «Cách tính».
