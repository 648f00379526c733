// Công thức Cổng 766: a rate of the 766 index scored as the national portal scores it (DOMAIN §6) — full points at
// 100 %, 90 % or 80 % depending on the metric, and what counts with nothing counted earn — by the one formula module
// the captures' «theo công thức» comes from (core/indicators/formulas-766.ts), never a copy of it here.
import { RATE_FORMULAS, RATE_FORMULA_IDS, rateScore } from '../../indicators/formulas-766.js';
import { normalizeLabel } from '../../text.js';
import { afterWord, type Rule } from './rule.js';
import { effectiveTarget, formatValue, lowerIsBetter, meetsTarget, pointsOf, roundPoints } from './reason.js';
import { rateRoom } from './ways-up.js';

const WORD = 'Công thức Cổng 766';
const words = (id: keyof typeof RATE_FORMULAS) => `${WORD}: ${RATE_FORMULAS[id].text}`;

export const portal_766: Rule<'portal_766'> = {
  kind: 'portal_766',
  label: WORD,
  example: words('ty-le'),
  format: ({ formula }) => words(formula),
  parse(n) {
    const after = afterWord(n, normalizeLabel(WORD));
    if (after === undefined) return undefined;
    const formula = RATE_FORMULA_IDS.find((id) => normalizeLabel(RATE_FORMULAS[id].text) === after);
    if (formula) return { ok: true, rule: { kind: 'portal_766', formula } };
    return { ok: false, message: `công thức Cổng 766 «${after}» không có; viết một trong: ${RATE_FORMULA_IDS.map(words).join('; ')}` };
  },
  score(criterion, value) {
    const max = criterion.maxPoints;
    const formula = RATE_FORMULAS[criterion.rule.formula];
    // A criterion's points stay within 0…max whatever the report says (a rate above 100 % is a typing slip).
    const earned = Math.max(0, Math.min(max, rateScore(formula, max, value)));
    const target = effectiveTarget(criterion);
    const met = target ? meetsTarget(target, value) : null;
    // Rounded as the portal rounds (its points, to the hundredth), but short of a target the rate rises to, rounding never
    // gives the full points: 99,92 % of 6 points is 5,99, not 6.
    const short = met === false && target !== undefined && !lowerIsBetter(target) && max > 0;
    const points = short ? Math.min(roundPoints(earned), Math.max(0, roundPoints(max - 0.01))) : roundPoints(earned);
    const reason = () => `Kết quả ${formatValue(criterion, value)}; ${formula.text} → ${pointsOf(points, max)}`;
    return { points, met, reason };
  },
  whenNoDenominator: (criterion) => RATE_FORMULAS[criterion.rule.formula].whenNone,
  // Any gain up to the full points, which the portal's formula gives from its own threshold (100 %, 90 % or 80 %),
  // whatever target the criterion states.
  waysUp: (criterion, today) => rateRoom(today, { from: today.value ?? 0, to: RATE_FORMULAS[criterion.rule.formula].fullAt, lower: false }),
};

// Made for: the built-in set qd766-xa (issue 21 item 4) — each 766 criterion scored from the figures by the same
// formulas that explain the portal's own scores, written «Công thức Cổng 766: …» in «Cách tính».
