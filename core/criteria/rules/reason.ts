// How rules word a reason: numbers the Vietnamese way, values in the criterion's unit, targets, points.
// Shared by every rule (and by checks and award reasons) so one figure always reads the same.
import type { Comparator, Criterion, ScoringRule, Target } from '../schema.js';
import { normalizeLabel } from '../../text.js';
import { excelSerialToIso, formatDateVi, formatNumberVi } from '../../values.js';

/** 1234.5 → "1.234,5": Vietnamese separators, at most two decimals (the precision of every reason and message). */
export function formatNumber(n: number): string {
  return formatNumberVi(n, 2);
}

/** Points rounded to two decimals, so 7.499999 never reaches a sheet. */
export function roundPoints(n: number): number {
  return Math.round(n * 100) / 100 + 0; // + 0 turns −0 into 0
}

/**
 * Partial points for an unmet target: rounded down to two decimals and always below the maximum, so no
 * rounding (99,96% of a 100% target, 40% against "> 40%") ever gives full points without the target.
 */
export function unmetPoints(n: number, max: number): number {
  const down = Math.floor(n * 100 + 1e-9) / 100 + 0;
  return Math.max(0, Math.min(down, roundPoints(max - 0.01)));
}

/** An Excel date serial (how date criteria carry their value) → "dd/mm/yyyy". */
export function formatDay(serial: number): string {
  const iso = excelSerialToIso(serial);
  return iso === undefined ? formatNumber(serial) : formatDateVi(iso);
}

/** True for measures whose value is in percent points. */
export function isPercentMeasure(criterion: Pick<Criterion, 'measure'>): boolean {
  return criterion.measure === 'percent' || criterion.measure === 'ratio';
}

/** What a criterion scored so many points each time counts: its unit («đơn vị», «biên bản»), «lần» where it names none or points. */
export function occurrenceUnit(criterion: Pick<Criterion, 'unit'>): string {
  const unit = criterion.unit.trim();
  return unit === '' || normalizeLabel(unit) === 'diem' ? 'lần' : unit;
}

/**
 * A value in the criterion's unit: "85,5%", "3 lần", "5 đơn vị", "Có", "8 điểm", "05/11/2025" (rates with `decimals`,
 * default 2).
 */
export function formatValue(criterion: Pick<Criterion, 'measure' | 'unit'> & { rule?: ScoringRule }, value: number, decimals = 2): string {
  // A figure scored so many points each time is a count of what it counts, even where the table measured it in points
  // («3 | Cộng 3 điểm/1 đơn vị»): «5 đơn vị», never «5 điểm».
  const each = criterion.rule !== undefined && 'pointsEach' in criterion.rule && criterion.rule.pointsEach !== undefined;
  if (each && (criterion.measure === 'points' || criterion.measure === 'count')) return `${formatNumberVi(value, decimals)} ${occurrenceUnit(criterion)}`;
  switch (criterion.measure) {
    case 'percent':
    case 'ratio':
      return `${formatNumberVi(value, decimals)}%`;
    case 'yes_no':
      return value > 0 ? 'Có' : 'Không';
    case 'date':
      return formatDay(value);
    case 'points':
      return `${formatNumber(value)} điểm`;
    case 'count': {
      const unit = criterion.unit.trim();
      const shown = formatNumberVi(value, decimals);
      return unit && unit !== '%' ? `${shown} ${unit}` : shown;
    }
  }
}

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/** "≥ 80%", "= Có", "≤ 0 hộ". */
export function describeTarget(criterion: Pick<Criterion, 'measure' | 'unit'>, target: Target): string {
  return `${SYMBOL[target.comparator]} ${formatValue(criterion, target.value)}`;
}

/**
 * Whether lower values are the better ones: "≤ 5%", "< 3", and "= 0" (e.g. no poor households).
 * Any other "=" means reaching the figure (officers write "100%" or "Có" for "at least all of it").
 */
export function lowerIsBetter(target: Target): boolean {
  return target.comparator === '<=' || target.comparator === '<' || (target.comparator === '=' && target.value === 0);
}

/** Whether the value meets the target, "=" read as reaching it (see lowerIsBetter). */
export function meetsTarget(target: Target, value: number): boolean {
  switch (target.comparator) {
    case '>=':
      return value >= target.value;
    case '>':
      return value > target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    case '=':
      return lowerIsBetter(target) ? value <= target.value : value >= target.value;
  }
}

/** The target a criterion is held to; yes/no criteria without one are held to "Có". */
export function effectiveTarget(criterion: Pick<Criterion, 'measure' | 'target'>): Target | undefined {
  return criterion.target ?? (criterion.measure === 'yes_no' ? { comparator: '=', value: 1 } : undefined);
}

/** "7,5/10 điểm". */
export function pointsOf(points: number, max: number): string {
  return `${formatNumber(points)}/${formatNumber(max)} điểm`;
}

/**
 * Enough decimals that a value unlike its target never prints like it: 99,995% against 100% reads
 * «99,995%», not «100%», and 40,001% against "> 40%" reads «40,001%».
 */
export function decimalsApart(value: number, target: number): number {
  // Numbers more than 0.01 apart never round alike at 2 decimals (each moves at most 0.005): the usual case, no text made.
  if (Math.abs(value - target) > 0.011) return 2;
  let decimals = 2;
  // Two numbers print alike at a number of decimals exactly when they round to the same number there (formatNumberVi
  // drops trailing zeros and the sign of a zero): compared as numbers, without the text (this runs for every criterion scored).
  while (decimals < 12 && value !== target && Number(value.toFixed(decimals)) === Number(target.toFixed(decimals))) decimals++;
  return decimals;
}

/** The opening of a reason: "Đạt 85,5% ≥ chỉ tiêu 80%" or "Kết quả 60%, chưa đạt chỉ tiêu ≥ 80%". */
export function comparedToTarget(criterion: Pick<Criterion, 'measure' | 'unit'>, target: Target, value: number): string {
  const shown = formatValue(criterion, value, decimalsApart(value, target.value));
  if (!meetsTarget(target, value)) return `Kết quả ${shown}, chưa đạt chỉ tiêu ${describeTarget(criterion, target)}`;
  // "=" is read as reaching the figure, so 120% against "= 100%" is written "≥".
  const relation =
    target.comparator === '=' && value !== target.value ? (lowerIsBetter(target) ? '≤' : '≥') : SYMBOL[target.comparator];
  return `Đạt ${shown} ${relation} chỉ tiêu ${formatValue(criterion, target.value)}`;
}

/** count × pointsEach, worded when asked "3 lần × 5 điểm = 15", "5 đơn vị × 3 điểm = 15" (the count in what it counts). */
export function occurrences(
  criterion: Pick<Criterion, 'measure' | 'unit' | 'rule'>,
  count: number,
  pointsEach: number,
): { amount: number; text: () => string } {
  const amount = roundPoints(count * pointsEach);
  return {
    amount,
    text: () => `${formatValue(criterion, count)} × ${formatNumber(pointsEach)} điểm = ${formatNumber(amount)}`,
  };
}

/** "trừ 3 điểm" → "Trừ 3 điểm", for a reason that starts with it. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
