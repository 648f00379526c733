// Min-Max giữa các đơn vị: a unit's points hang on every unit's figure — (figure − lowest)/(highest − lowest) × max, the
// highest earning the maximum and the lowest 0 (`lower`: the other way round). One report alone gives no points: scored
// alone, a figure waits for the run, whose pass (core/run/min-max.ts) gives each unit its points with `acrossUnits`.
import { normalizeLabel } from '../../text.js';
import type { Rule } from './rule.js';
import { decimalsApart, formatNumber, formatValue, pointsOf, roundPoints, unmetPoints } from './reason.js';
import type { CriterionWithRule } from './rule.js';
import { rateRoom, type Today, type UnitFigure, type WaysUp } from './ways-up.js';

const WORDS = 'Min-Max giữa các đơn vị';
const LOWER_WORDS = `${WORDS}, thấp nhất được điểm tối đa`;
/** Said with every figure «Còn thiếu gì» asks of a Min-Max criterion, and with every one it cannot ask. */
const HANGS_ON = 'điểm Min-Max tính theo số liệu các đơn vị khác trong lần chấm này';

export const min_max: Rule<'min_max'> = {
  kind: 'min_max',
  label: WORDS,
  example: WORDS,
  format: ({ lower }) => (lower ? LOWER_WORDS : WORDS),
  parse(n) {
    if (n === normalizeLabel(WORDS) || n === 'min_max') return { ok: true, rule: { kind: 'min_max' } };
    return n === normalizeLabel(LOWER_WORDS) ? { ok: true, rule: { kind: 'min_max', lower: true } } : undefined;
  },
  // Alone, no points: the reason says the figure waits for the others', never a 0 taken for the unit's.
  score: (criterion, value) => ({
    points: 0,
    met: null,
    reason: () => `Kết quả ${formatValue(criterion, value)} — ${WORDS}: điểm tính khi chấm cùng các đơn vị khác, chưa tính từ một báo cáo`,
  }),
  waysUp: (criterion, today) => waysBetween(criterion, today),
};

/**
 * Còn thiếu gì: more points hang on the other units' figures as much as on the unit's own, so the figure asked is
 * counted with theirs as they stand this run (`today.others`, from the run's pass): the best end's figure earns the
 * maximum, and the points grow towards it. The ends are the other units': a unit at an end moves it when its figure
 * changes, so its figure is placed among theirs, never against the end it would leave.
 */
function waysBetween(criterion: CriterionWithRule<'min_max'>, today: Today): WaysUp | undefined {
  const others = today.others ?? { unknown: 'điểm chỉ tính khi chấm cùng các đơn vị khác' };
  if ('unknown' in others) return { steps: [], unknown: `${HANGS_ON}, chưa biết số liệu cần đạt: ${others.unknown}` };
  const { lowest, highest } = others;
  const lower = criterion.rule.lower === true;
  const [best, worst] = lower ? [lowest, highest] : [highest, lowest];
  // The unit's figure beyond an end of the others' is that end itself, which the others' figure next to it then leaves.
  const own = (value: number): UnitFigure => ({ unitName: '', value });
  const pointsAt = (value: number) => acrossUnits(criterion, value, 0, value < lowest.value ? own(value) : lowest, value > highest.value ? own(value) : highest).points;
  const ways = rateRoom({ ...today, pointsAt }, { from: today.value ?? worst.value, to: best.value, lower });
  if (!ways) return undefined;
  const shown = (f: UnitFigure, apart: UnitFigure) => `${f.unitName} ${formatValue(criterion, f.value, decimalsApart(f.value, apart.value))}`;
  const [worstWord, bestWord] = lower ? ['cao nhất', 'thấp nhất'] : ['thấp nhất', 'cao nhất'];
  const atWorst = today.value !== null && (lower ? today.value > worst.value : today.value < worst.value);
  const ends = atWorst
    ? `đơn vị này đang ${worstWord} (${formatValue(criterion, today.value!)}), số liệu ${lower ? 'giảm' : 'tăng'} thì ${worstWord} là ${shown(worst, best)}, ${bestWord} ${shown(best, worst)}`
    : `thấp nhất ${shown(lowest, highest)}, cao nhất ${shown(highest, lowest)}`;
  return { ...ways, hangsOn: `${HANGS_ON}: ${ends}` };
}

/**
 * Whether two figures are one: a rate worked out from its a and b differs from the same rate worked out from others in
 * its last binary places (12,5/250 and 10/200, both 5%), which must not part two units at the top.
 */
export function alike(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The points a unit's figure earns among the units scored together, `lowest` and `highest` their figures' ends (apart:
 * the pass says a doubt when they are equal), with the line that says them: «Kết quả 90% — Min-Max giữa 5 đơn vị: thấp
 * nhất Sở Xây dựng 70%, cao nhất Sở Nội vụ 99,5% → (90% − 70%)/(99,5% − 70%) × 5 = 3,38/5 điểm». Below the best end the
 * points are rounded down and stay under the maximum, as a share of a target is (unmetPoints).
 */
export function acrossUnits(criterion: CriterionWithRule<'min_max'>, value: number, units: number, lowest: UnitFigure, highest: UnitFigure): { points: number; reason: string } {
  const max = criterion.maxPoints;
  const [best, worst] = criterion.rule.lower ? [lowest, highest] : [highest, lowest];
  const share = (value - worst.value) / (best.value - worst.value);
  // A unit at an end is at it, whatever its figure's last binary places (alike); a figure beyond the ends (one the
  // council rejected, placed against the others') is at the end it passes.
  const [above, below] = criterion.rule.lower ? [value < best.value, value > worst.value] : [value > best.value, value < worst.value];
  const points = alike(value, best.value) || above ? roundPoints(max) : alike(value, worst.value) || below ? 0 : unmetPoints(share * max, max);
  const shown = (v: number, apart = v) => formatValue(criterion, v, decimalsApart(v, apart));
  const formula = `(${shown(value, worst.value)} − ${shown(worst.value)})/(${shown(best.value)} − ${shown(worst.value)})`;
  const ends = `thấp nhất ${lowest.unitName} ${shown(lowest.value, highest.value)}, cao nhất ${highest.unitName} ${shown(highest.value, lowest.value)}`;
  return { points, reason: `Kết quả ${shown(value, best.value)} — ${WORDS} (${units} đơn vị; ${ends}) → ${formula} × ${formatNumber(max)} = ${pointsOf(points, max)}` };
}

// Made for: the departments' DTI index scoring satisfaction and the digital share of spending relative to all
// departments — «Tính điểm theo phương pháp Min-Max dựa vào đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần»
// (cds-so-ban-nganh-hoat-dong-cds.docx 6.16, 6.17; cds-so-ban-nganh-bo-chi-so.xlsx rows 119–133), written
// «Min-Max giữa các đơn vị» in «Cách tính».
