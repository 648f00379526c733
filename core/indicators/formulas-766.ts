// Cách cổng tính điểm (how the 766 portal turns its figures into scores, DOMAIN §6): an open-source tracker
// reconstructed the formulas from a whole province's 2026 responses, every observation within 0,015 points. The
// portal's own score stays THE score; `computed` only explains it, and says where it does not agree or where no
// formula is known (Dịch vụ công trực tuyến). The built-in set qd766-xa scores with the same functions.
import { formatNumberVi } from '../values.js';
import { MODEL_766, scoringOf, type RateFormulaId } from './model-766/index.js';
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

/**
 * How the portal scores a rate (DOMAIN §6): full points at `fullAt` % (in proportion below), capped at the maximum
 * or not, and what a rate with nothing counted (denominator 0) stands for. The criteria set qd766-xa scores with
 * these same formulas (rule kind «Công thức Cổng 766», core/criteria/rules/portal_766.ts).
 */
export interface RateFormula {
  fullAt: number;
  cap: boolean;
  /** The rate (percent) a denominator of 0 counts as; undefined: no observation (the portal's score stands). */
  whenNone?: number;
  /** From the counts (numerator, denominator) or from the ratio the portal gives. */
  from: 'parts' | 'ratio';
  /** As «Cách tính» words it, after «Công thức Cổng 766: ». */
  text: string;
}

const FORMULAS = {
  // Công khai, minh bạch (all four metrics) and Tiến độ giải quyết (20 × on time ÷ received).
  'ty-le': { fullAt: 100, cap: false, from: 'ratio', text: 'tối đa × tỷ lệ' },
  // Số hóa hồ sơ.
  'ty-le-tran': { fullAt: 100, cap: true, from: 'ratio', text: 'tối đa × tỷ lệ, không quá tối đa' },
  // Hài lòng trong tiếp nhận, giải quyết TTHC: full at 90 %; none without any rating.
  'hai-long-tthc': { fullAt: 90, cap: true, whenNone: 0, from: 'parts', text: 'đủ điểm từ 90%, không có đánh giá thì 0 điểm' },
  // PAKN: a unit with no petitions gets the points.
  pakn: { fullAt: 100, cap: true, whenNone: 100, from: 'parts', text: 'tối đa × tỷ lệ, không có phản ánh, kiến nghị thì đủ điểm' },
  // Khai thác, sử dụng lại dữ liệu số hóa, and the payment's min(2; 2,5B) and min(2; 2,5C): full at 80 %.
  'du-tu-80': { fullAt: 80, cap: true, from: 'ratio', text: 'đủ điểm từ 80%' },
} as const satisfies Record<RateFormulaId, RateFormula>;
export type { RateFormulaId } from './model-766/index.js';
export const RATE_FORMULAS: Readonly<Record<RateFormulaId, RateFormula>> = FORMULAS;
export const RATE_FORMULA_IDS = Object.keys(FORMULAS) as [RateFormulaId, ...RateFormulaId[]];

/** The score of a rate (percent) under `formula`, out of `max`. */
export function rateScore(formula: RateFormula, max: number, ratio: number): number {
  const score = (max * ratio) / formula.fullAt;
  return formula.cap ? Math.min(max, score) : score;
}

/**
 * The formula of a metric of `group` (a thidua code, or a portal code kept as it came under `<group>_`), as the model
 * declares it (./model-766/); none where unknown.
 */
export function formulaOf(code: string, group: string): RateFormula | undefined {
  if (!code.startsWith(`${group}_`)) return undefined;
  const id = scoringOf(code).formula;
  return id && RATE_FORMULAS[id];
}

/** The score the formula gives a metric of `group`. */
export function metricScore(code: string, group: string, f: MetricFigures): number | undefined {
  const formula = formulaOf(code, group);
  if (!formula || f.max === undefined || f.max === 0) return undefined;
  if (formula.from === 'ratio') return typeof f.ratio === 'number' ? rateScore(formula, f.max, f.ratio) : undefined;
  if (f.numerator === undefined || f.denominator === undefined) return undefined;
  if (f.denominator === 0) return formula.whenNone === undefined ? undefined : rateScore(formula, f.max, formula.whenNone);
  return rateScore(formula, f.max, (100 * f.numerator) / f.denominator);
}

/** Tiến độ giải quyết: 20 × on time ÷ received; none when nothing was received (the portal's score stands). */
export function progressScore(onTime: number | undefined, received: number | undefined): number | undefined {
  return onTime === undefined || received === undefined || received === 0 ? undefined : rateScore(RATE_FORMULAS['ty-le'], 20, (100 * onTime) / received);
}

/** The counts of the payment tree the formula needs (field names as the portal gives them). */
export interface PaymentFigures {
  paid?: number | undefined; // totalDossierOnlinePaymentSuccess
  owed?: number | undefined; // totalDossierFinancialObligation
  formalitiesPaid?: number | undefined; // totalDossierOnlineFormalityPaymentSuccess
  feeFormalities?: number | undefined; // totalFeeFormality
  feeFormalitiesWithDossiers?: number | undefined; // totalFeeDossierFormality
}

/** The part of Thanh toán trực tuyến the dossiers paid online of those with a fee give: 6A (B and C count procedures). */
export function paidDossiersScore(paid: number, owed: number): number {
  return rateScore(RATE_FORMULAS['ty-le'], 6, 100 * share(paid, owed));
}

/**
 * Thanh toán trực tuyến: 6A + min(2; 2,5B) + min(2; 2,5C), the portal's own split 6 + 2 + 2 (DOMAIN §10), never above
 * its maximum of 10. The tracker's reading 6A + min(2; 2,5B) + 2,5C (DOMAIN §6) leaves the last term uncapped (10,5
 * for a unit at 100 %); both give every saved response (test/fixtures/real/portal/: Phú Thọ 2026, 164 rows, all
 * with C below 80 %) within 0,015, and no saved response with C at 80 % or more was found to tell them apart — so
 * the one the portal describes, within its own maximum, is kept. None when a count is missing.
 */
export function paymentScore(p: PaymentFigures): number | undefined {
  const { paid, owed, formalitiesPaid, feeFormalities, feeFormalitiesWithDossiers } = p;
  if (paid === undefined || owed === undefined || formalitiesPaid === undefined || feeFormalities === undefined || feeFormalitiesWithDossiers === undefined) return undefined;
  const pct = (n: number, d: number) => 100 * share(n, d);
  const fullAt80 = RATE_FORMULAS['du-tu-80'];
  return paidDossiersScore(paid, owed) + rateScore(fullAt80, 2, pct(formalitiesPaid, feeFormalities)) + rateScore(fullAt80, 2, pct(feeFormalitiesWithDossiers, feeFormalities));
}

/**
 * A group whose score is the sum of its metrics (Công khai, Hài lòng, Số hóa): the sum, when every scored metric has
 * one — each metric's score rounded to 2 decimals first, as the portal adds them (Phú Thọ's real August 2026 Số hóa:
 * 5,15 + 0,08 + 0,01 + 0 + 0,28 + 0,06 + 2 = 7,58 for Tây Cốc, where the unrounded scores add to 7,5957).
 */
export function groupSum(metrics: readonly IndicatorValue[]): number | undefined {
  const scored = metrics.filter((m) => m.unit === 'points' && (m.max ?? 0) > 0);
  if (scored.length === 0 || scored.some((m) => m.computed === undefined)) return undefined;
  return Math.round(scored.reduce((a, m) => a + Math.round(m.computed! * 100), 0)) / 100;
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

/** Every group but those whose score no formula is known for (online services, CLGQ: DOMAIN §6). */
const GROUPS_WITH_FORMULA: ReadonlySet<string> = new Set(MODEL_766.filter((g) => g.score !== 'unknown').map((g) => g.code));

/** Groups and metrics DOMAIN §6 gives a formula for (whether or not this capture had the figures to use it). */
function knownFormula(i: IndicatorValue): boolean {
  if (GROUPS_WITH_FORMULA.has(i.code)) return true;
  return formulaOf(i.code, i.group ?? '') !== undefined;
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
