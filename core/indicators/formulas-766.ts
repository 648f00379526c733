// Cách cổng tính điểm (how the 766 portal turns its figures into scores, DOMAIN §6): an open-source tracker
// reconstructed the formulas from a whole province's 2026 responses, every observation within 0,015 points. The
// portal's own score stays THE score; `computed` only explains it, and says where it does not agree or where no
// formula is known (Dịch vụ công trực tuyến). The built-in set qd766-xa scores with the same functions.
import { formatNumberVi } from '../values.js';
import type { IndicatorValue } from './schema.js';

/** The reconstruction's own precision: within this, the formula and the portal agree. */
export const FORMULA_TOLERANCE = 0.015;

/** ratio / denominator → 0 when the denominator is 0 (DOMAIN §6: «a ratio with a zero denominator counts 0»). */
const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** The figures a metric's score stands on, as the portal gives them. */
export interface MetricFigures {
  numerator?: number | undefined;
  denominator?: number | undefined;
  /** Percent 0–100. */
  ratio?: number | null | undefined;
  max?: number | undefined;
}

/** Which formula each commune-level metric follows (thidua codes, codes.ts); unknown codes by their group. */
type Rule = (f: MetricFigures) => number | undefined;

const fromRatio = (cap: boolean): Rule => (f) => (typeof f.ratio === 'number' && f.max !== undefined ? (cap ? Math.min(f.max, (f.max * f.ratio) / 100) : (f.max * f.ratio) / 100) : undefined);
const fromParts = (whenNone: number, over: number, max: number): Rule => (f) => {
  if (f.numerator === undefined || f.denominator === undefined) return undefined;
  return f.denominator === 0 ? whenNone : Math.min(max, (max * f.numerator) / f.denominator / over);
};

const RULES: Record<string, Rule> = {
  // Hài lòng trong tiếp nhận, giải quyết TTHC: full at 90 %; none without any rating.
  MDHL_HAI_LONG_TTHC: fromParts(0, 0.9, 6),
  // PAKN: a unit with no petitions gets the points.
  MDHL_PAKN_DUNG_HAN: fromParts(6, 1, 6),
  MDHL_HAI_LONG_PAKN: fromParts(6, 1, 6),
  // Khai thác, sử dụng lại dữ liệu số hóa: full at 80 %.
  MDSH_KHAI_THAC_LAI: (f) => (typeof f.ratio === 'number' ? Math.min(2, (2 * f.ratio) / 80) : undefined),
};

const GROUP_RULES: Record<string, Rule> = { CKMB: fromRatio(false), MDSH: fromRatio(true) };

/** The score the formula gives a metric of `group` (a thidua code, or a portal code kept as it came). */
export function metricScore(code: string, group: string, f: MetricFigures): number | undefined {
  if (f.max === 0) return undefined;
  const rule = RULES[code] ?? (code.startsWith(`${group}_`) ? GROUP_RULES[group] : undefined);
  return rule?.(f);
}

/** Tiến độ giải quyết: 20 × on time ÷ received; none when nothing was received (the portal's score stands). */
export function progressScore(onTime: number | undefined, received: number | undefined): number | undefined {
  return onTime === undefined || received === undefined || received === 0 ? undefined : (20 * onTime) / received;
}

/** The counts of the payment tree the formula needs (field names as the portal gives them). */
export interface PaymentFigures {
  paid?: number | undefined; // totalDossierOnlinePaymentSuccess
  owed?: number | undefined; // totalDossierFinancialObligation
  formalitiesPaid?: number | undefined; // totalDossierOnlineFormalityPaymentSuccess
  feeFormalities?: number | undefined; // totalFeeFormality
  feeFormalitiesWithDossiers?: number | undefined; // totalFeeDossierFormality
}

/** Thanh toán trực tuyến: 6A + min(2; 2,5B) + 2,5C (DOMAIN §6); none when a count is missing. */
export function paymentScore(p: PaymentFigures): number | undefined {
  const { paid, owed, formalitiesPaid, feeFormalities, feeFormalitiesWithDossiers } = p;
  if (paid === undefined || owed === undefined || formalitiesPaid === undefined || feeFormalities === undefined || feeFormalitiesWithDossiers === undefined) return undefined;
  return 6 * share(paid, owed) + Math.min(2, 2.5 * share(formalitiesPaid, feeFormalities)) + 2.5 * share(feeFormalitiesWithDossiers, feeFormalities);
}

/** A group whose score is the sum of its metrics (Công khai, Hài lòng, Số hóa): the sum, when every scored metric has one. */
export function groupSum(metrics: readonly IndicatorValue[]): number | undefined {
  const scored = metrics.filter((m) => m.unit === 'points' && (m.max ?? 0) > 0);
  if (scored.length === 0 || scored.some((m) => m.computed === undefined)) return undefined;
  return scored.reduce((a, m) => a + m.computed!, 0);
}

export type Explanation = 'agrees' | 'differs' | 'no-formula' | 'no-data';

/** How the portal's score and the formula's stand to each other (points only). */
export function explain(i: IndicatorValue): Explanation {
  if (i.value === null) return 'no-data';
  if (i.computed === undefined) return 'no-formula';
  return Math.abs(i.computed - i.value) <= FORMULA_TOLERANCE ? 'agrees' : 'differs';
}

/** Only a score has a formula: points worth something, not a change since the last period. */
function scored(i: IndicatorValue): boolean {
  return i.unit === 'points' && (i.max ?? 1) > 0 && !i.code.endsWith('_THAY_DOI');
}

/** Groups and metrics DOMAIN §6 gives a formula for (whether or not this capture had the figures to use it). */
function knownFormula(i: IndicatorValue): boolean {
  if (['CKMB', 'TDGQ', 'TTTT', 'MDHL', 'MDSH'].includes(i.code)) return true;
  return i.code in RULES || (i.group !== undefined && i.code.startsWith(`${i.group}_`) && i.group in GROUP_RULES);
}

/**
 * What the officer reads beside the portal's score (captures of the 766 page's responses): the formula's figure
 * when it agrees, the disagreement when not, «chưa rõ công thức» where none is known; nothing for no data.
 */
export function formulaNote(i: IndicatorValue): string | undefined {
  if (!scored(i)) return undefined;
  const how = explain(i);
  const n = (x: number) => formatNumberVi(Math.round(x * 100) / 100, 2);
  if (how === 'agrees') return `đúng công thức (${n(i.computed!)})`;
  if (how === 'differs') return `công thức cho ${n(i.computed!)}, khác điểm cổng — điểm cổng là điểm chính thức`;
  // A formula known but figures missing (a metric without data): nothing to explain, nothing made up.
  if (how === 'no-formula' && !knownFormula(i)) return 'chưa rõ công thức cổng tính';
  return undefined;
}

/*
Made for: DOMAIN §6 «How the portal turns figures into scores» (Công khai, Tiến độ, Hài lòng, Số hóa, Thanh toán;
Dịch vụ công trực tuyến has no established formula). Tests: test/indicators/formulas-766.test.ts with §6's figures.
*/
