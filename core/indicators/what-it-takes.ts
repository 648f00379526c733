// Cần thêm gì (what it would take): for the officer's own commune, from the portal's own figures and the formulas
// of formulas-766.ts, and the way each moves as the 766 model declares it, how many more dossiers (or procedures, petitions…) would raise a score, and by how much —
// «thêm 48 hồ sơ đúng hạn → +0,2 điểm Tiến độ giải quyết». Only where the formula is known and agrees with the
// portal (a formula that does not explain the portal's score cannot say what would change it).
import { formatNumberVi } from '../values.js';
import { explain, progressScore } from './formulas-766.js';
import { scoringOf } from './model-766/index.js';
import type { IndicatorSnapshot, IndicatorValue } from './schema.js';

/** The step looked for: this many points, or what is left to the maximum when less. */
const STEP = 0.2;

export interface Gain {
  code: string;
  /** Vietnamese, e.g. «thêm 48 hồ sơ đúng hạn → +0,2 điểm Tiến độ giải quyết». */
  text: string;
  more: number;
  gain: number;
}

/** Smallest k in 1…limit with f(k) ≥ target (f increasing), else undefined. */
function smallest(f: (k: number) => number, target: number, limit: number): number | undefined {
  if (limit < 1 || f(limit) < target - 1e-9) return undefined;
  let lo = 1;
  let hi = limit;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (f(mid) >= target - 1e-9) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const points = (x: number) => formatNumberVi(Math.round(x * 100) / 100, 2);

/** Progress: each new dossier settled on time adds to both the on-time count and the received count. */
function progress(i: IndicatorValue): Gain | undefined {
  const { numerator: onTime, denominator: received, computed, max = 20 } = i;
  if (onTime === undefined || received === undefined || computed === undefined) return undefined;
  const target = Math.min(STEP, max - computed);
  if (target <= 0.005) return undefined;
  const f = (k: number) => progressScore(onTime + k, received + k)! - computed;
  const k = smallest(f, target, 1_000_000);
  return k === undefined ? undefined : { code: i.code, more: k, gain: f(k), text: `thêm ${formatNumberVi(k)} hồ sơ đúng hạn → +${points(f(k))} điểm ${i.label}` };
}

/** A metric scored max × numerator ÷ denominator (capped): more in the numerator, the denominator as it is. */
function share(i: IndicatorValue): Gain | undefined {
  const { numerator, denominator, computed, max } = i;
  if (numerator === undefined || !denominator || computed === undefined || max === undefined) return undefined;
  const target = Math.min(STEP, max - computed);
  if (target <= 0.005) return undefined;
  const per = max / denominator;
  const k = Math.ceil((target - 1e-9) / per);
  if (numerator + k > denominator) return undefined;
  const gain = Math.min(max, computed + k * per) - computed;
  return { code: i.code, more: k, gain, text: `«${i.label}»: thêm ${formatNumberVi(k)} (${formatNumberVi(numerator)}/${formatNumberVi(denominator)} → ${formatNumberVi(numerator + k)}/${formatNumberVi(denominator)}) → +${points(gain)} điểm` };
}

/** The steps open to a unit, by the points they give per unit of effort (most first). */
export function whatItTakes(snapshot: IndicatorSnapshot): Gain[] {
  const gains = snapshot.indicators.flatMap((i) => {
    if (i.unit !== 'points' || explain(i) !== 'agrees') return [];
    // Which way a score moves is the model's (./model-766/): a unit's group, a share of a count.
    const takes = scoringOf(i.code).takes;
    const g = takes === 'progress' ? progress(i) : takes === 'share' ? share(i) : undefined;
    return g ? [g] : [];
  });
  return gains.sort((a, b) => b.gain / b.more - a.gain / a.more);
}

/*
Made for: issue 21 item 4 — for the officer's own commune, what it would take, from DOMAIN §6's formulas
(Tiến độ giải quyết: 20 × đúng hạn ÷ tiếp nhận; Công khai and Số hóa: tối đa × tỷ lệ).
*/
