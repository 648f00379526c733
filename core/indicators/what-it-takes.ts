// Cần thêm gì (what it would take): from the portal's own figures, the formulas of formulas-766.ts and what the 766
// model declares of each figure (./model-766/: how it moves — `takes` —, and what its counts count), how many more of
// what would raise a score and by how much — «thêm 48 hồ sơ giải quyết đúng hạn → +0,2 điểm Tiến độ giải quyết» for
// the officer's own commune, and sized to a loss for the watch's «what drags» (core/watch/drags.ts): «thêm 184 hồ sơ
// thanh toán trực tuyến trong tổng 2.310 hồ sơ có phí, lệ phí để đạt 100 % …». Only where the formula is known and
// agrees with the portal (a formula that does not explain the portal's score cannot say what would change it); else
// the counts alone, said as such.
import { formatNumberVi } from '../values.js';
import { explain, formulaOf, metricScore, paidDossiersScore, progressScore } from './formulas-766.js';
import { countsOf, groupOf, moverOf, scoringOf } from './model-766/index.js';
import type { IndicatorSnapshot, IndicatorValue } from './schema.js';

/** The step looked for: this many points, or what is left to the maximum when less. */
const STEP = 0.2;
/** A gain below this is no gain (the portal shows two decimals). */
const SMALL = 0.005;

export interface Gain {
  code: string;
  /** Vietnamese, e.g. «thêm 48 hồ sơ giải quyết đúng hạn → +0,2 điểm Tiến độ giải quyết». */
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

const n = formatNumberVi;
const points = (x: number) => formatNumberVi(Math.round(x * 100) / 100, 2);

/**
 * The score `i` would have with `done` more in its numerator and `all` more in its denominator, by the portal's
 * formula of it as the model declares it: the group's own (progress, payment) or the metric's rate.
 */
export function scoreWith(i: IndicatorValue, done: number, all = 0): number | undefined {
  const { numerator: have, denominator: of } = i;
  if (have === undefined || of === undefined) return undefined;
  const score = groupOf(i.code)?.score;
  if (score === 'progress') return progressScore(have + done, of + all);
  // Thanh toán trực tuyến: only 6A counts dossiers; B and C count procedures and stay as they are.
  if (score === 'payment') return i.computed === undefined ? undefined : i.computed + paidDossiersScore(have + done, of + all) - paidDossiersScore(have, of);
  const d = of + all;
  return d === 0 ? undefined : metricScore(i.code, i.group ?? '', { numerator: have + done, denominator: d, ratio: (100 * (have + done)) / d, max: i.max });
}

/**
 * Points `k` more done would give, as the figure moves (the model's `takes`): each new dossier settled on time counts
 * in both counts (progress); else more done of the same all (share).
 */
function gainOf(i: IndicatorValue): ((k: number) => number) | undefined {
  const takes = scoringOf(i.code).takes;
  const now = i.computed;
  if (!takes || now === undefined || explain(i) !== 'agrees') return undefined;
  return (k) => (scoreWith(i, k, takes === 'progress' ? k : 0) ?? now) - now;
}

/** How far `k` can go: up to every one of the all (share), or without a bound worth saying (progress, a hundredfold). */
const limitOf = (i: IndicatorValue) => (scoringOf(i.code).takes === 'progress' ? 100 * (i.denominator ?? 0) : (i.denominator ?? 0) - (i.numerator ?? 0));

/**
 * The steps open to a unit, by the points they give per unit of effort (most first); none for what the model says
 * the province moves (it publishes the procedures: no commune's step).
 */
export function whatItTakes(snapshot: IndicatorSnapshot): Gain[] {
  const gains = snapshot.indicators.flatMap((i): Gain[] => {
    const gain = i.unit === 'points' && i.max !== undefined && moverOf(i.code) === 'unit' ? gainOf(i) : undefined;
    const counts = countsOf(i.code);
    if (!gain || !counts || i.computed === undefined) return [];
    const target = Math.min(STEP, i.max! - i.computed);
    const k = target > SMALL ? smallest(gain, target, limitOf(i)) : undefined;
    if (k === undefined) return [];
    // New dossiers for a figure each new one moves; else more of the same count, said out of how many.
    const how = scoringOf(i.code).takes === 'progress' ? ' mới' : ` (${n(i.numerator!)}/${n(i.denominator!)} → ${n(i.numerator! + k)}/${n(i.denominator!)})`;
    return [{ code: i.code, more: k, gain: gain(k), text: `thêm ${n(k)} ${counts.done}${how} → +${points(gain(k))} điểm ${i.label}` }];
  });
  return gains.sort((a, b) => b.gain / b.more - a.gain / a.more);
}

/** A count of the snapshot by its code. */
const countIn = (s: IndicatorSnapshot | undefined, code: string) => s?.indicators.find((x) => x.code === code && x.unit === 'count')?.value ?? undefined;

/**
 * What a unit can do about item `i` of `snapshot`, sized to the loss — what wins back `fall` (and at least a point
 * where a point is short) for a figure each new one moves, what reaches full points for a share, with a fall smaller
 * than that also said — each in counts of what and out of how many; for a rate over nothing, what would start the
 * count; where no formula explains the portal's score, the counts alone. Nothing for a figure the model has no counts of.
 */
export function sizedActions(i: IndicatorValue, fall: number | undefined, snapshot?: IndicatorSnapshot): string[] {
  const c = countsOf(i.code);
  if (!c || i.max === undefined) return [];
  const lost = points(i.max - (i.value ?? 0));
  const have = c.from ? countIn(snapshot, c.from.done) : i.numerator;
  const all = c.from ? countIn(snapshot, c.from.all) : i.denominator;
  if (have === undefined || all === undefined || have === null || all === null) return [];
  if (all === 0) return [`chưa có ${c.all} nào trong kỳ (mẫu số 0): ${c.done} đầu tiên sẽ bắt đầu tính điểm (đang mất ${lost} điểm)`];
  const gain = c.from ? undefined : gainOf(i);
  if (!gain) {
    if (have >= all) return [];
    const why = explain(i) === 'differs' ? 'công thức không khớp điểm Cổng' : 'chưa rõ Cổng tính điểm thế nào';
    return [`thêm ${c.done}: đang ${n(have)} trong tổng ${n(all)} ${c.all}, còn ${n(all - have)} ${c.short} (${why}, chưa ước được số điểm)`];
  }
  const shortfall = i.max - i.computed!;
  if (scoringOf(i.code).takes === 'progress') {
    // Near the maximum a point may be out of reach (the rate only tends to 100 %): then the step of whatItTakes.
    const target = Math.max(fall ?? 0, Math.min(1, shortfall));
    const k = smallest(gain, target, limitOf(i)) ?? smallest(gain, Math.min(STEP, shortfall), limitOf(i));
    if (k === undefined) return [];
    const now = `(đang ${n(have)} trong tổng ${n(all)} ${c.all})`;
    if (k <= all) return [`thêm ${n(k)} ${c.done} mới ${now}: +${points(gain(k))} điểm`];
    // More than the whole period's count is no plan: what a round number of new ones gives, and what all of it would take.
    const per = 10 ** Math.ceil(Math.log10(all / 10));
    return [`mỗi ${n(per)} ${c.done} mới: +${points(gain(per))} điểm ${now}; lấy lại cả ${points(target)} điểm cần ${n(k)}, nhiều hơn số ${c.all} cả kỳ`];
  }
  const best = gain(all - have);
  const full = best >= SMALL ? smallest(gain, best, all - have) : undefined;
  if (full === undefined) return [];
  const reach = (k: number) => `(${n(have)}/${n(all)} → ${n(have + k)}/${n(all)}): +${points(gain(k))} điểm`;
  const toFull = `thêm ${n(full)} ${c.done} trong tổng ${n(all)} ${c.all} để đạt ${n(formulaOf(i.code, i.group ?? '')?.fullAt ?? 100)} % ${reach(full)}`;
  const back = fall !== undefined && fall < best - SMALL ? smallest(gain, fall, full) : undefined;
  return back === undefined ? [toFull] : [`lấy lại ${points(fall!)} điểm: thêm ${n(back)} ${c.done} ${reach(back)}`, toFull];
}

/*
Made for: issue 21 item 4 — for the officer's own commune, what it would take, from DOMAIN §6's formulas
(Tiến độ giải quyết: 20 × đúng hạn ÷ tiếp nhận; Công khai and Số hóa: tối đa × tỷ lệ); issue 47 item 4 — each action
with what and how many, sized to the loss, for every group the unit can move, from the model's declarations.
*/
