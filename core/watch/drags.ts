// Cái gì kéo điểm xuống (what drags a unit's score): its scored metrics — ranked by how much each fell since the
// previous capture, then by how far each is from its maximum — each with the cause of a fall read from the counts
// that moved («thêm 329 hồ sơ quá hạn»), what it would take under the portal's own formulas (core/indicators/
// formulas-766.ts, core/indicators/what-it-takes.ts: reused, never rewritten) in counts of what and out of how many,
// sized to the loss, and the procedures captured that day whose own rate is below the unit's and so pull the metric
// down. The province's metrics (province-work.ts) are no unit's drag.
import { definedIndicator } from '../indicators/codes.js';
import { explain, formulaOf, metricScore, progressScore, rateScore } from '../indicators/formulas-766.js';
import { scoringOf } from '../indicators/model-766/index.js';
import type { IndicatorSnapshot, IndicatorValue } from '../indicators/schema.js';
import { whatItTakes } from '../indicators/what-it-takes.js';
import { formatNumberVi } from '../values.js';
import { watchKey } from './captures.js';
import { procedureName, type ProcedureCapture } from '../indicators/procedures.js';
import type { ProvinceMetric } from './province-work.js';
import { points } from './words.js';

export interface Drag {
  code: string;
  /** The portal's own name of the metric (or the group's). */
  label: string;
  /** The group it counts in, as officers name it. */
  group: string;
  value: number | null;
  max: number;
  /** Points fallen since the previous capture (only a fall). */
  drop?: number;
  /** Why it fell, from the counts that moved: «thêm 329 hồ sơ quá hạn (151 → 480)». */
  cause?: string;
  /** Points short of the maximum (all of it when the portal has no figure). */
  shortfall: number;
  /** What it would take, in the formulas' own terms. */
  takes: string[];
  /** Procedures pulling it down, the most points lost first. */
  procedures: string[];
}

const SMALL = 0.005;

/** The unit's scored items: each metric of a group, and the group itself where the capture has no metric of it. */
function scoredItems(s: IndicatorSnapshot): IndicatorValue[] {
  const points = s.indicators.filter((i) => i.unit === 'points' && (i.max ?? 0) > 0 && i.group && !i.code.endsWith('_THAY_DOI'));
  const withMetrics = new Set(points.filter((i) => i.code !== i.group).map((i) => i.group));
  return points.filter((i) => i.code !== i.group || !withMetrics.has(i.group));
}

/** What a group's counts count, as officers say it: the numerator, the denominator, and what falls short. */
const COUNTS: Readonly<Record<string, { done: string; all: string; short: string }>> = {
  TDGQ: { done: 'hồ sơ giải quyết đúng hạn', all: 'hồ sơ tiếp nhận', short: 'hồ sơ quá hạn' },
  TTTT: { done: 'hồ sơ thanh toán trực tuyến', all: 'hồ sơ có phí', short: 'hồ sơ có phí chưa thanh toán trực tuyến' },
  DVCTT: { done: 'hồ sơ trực tuyến', all: 'hồ sơ', short: 'hồ sơ chưa trực tuyến' },
  CLGQ: { done: 'hồ sơ trực tuyến', all: 'hồ sơ', short: 'hồ sơ chưa trực tuyến' },
  MDSH: { done: 'hồ sơ số hóa', all: 'hồ sơ', short: 'hồ sơ chưa số hóa' },
  CKMB: { done: 'thủ tục đạt', all: 'thủ tục', short: 'thủ tục chưa đạt' },
  MDHL: { done: 'đánh giá đạt', all: 'đánh giá', short: 'đánh giá chưa đạt' },
};
const countsOf = (i: IndicatorValue) => COUNTS[i.group ?? ''] ?? { done: 'đạt', all: 'tổng', short: 'chưa đạt' };
const n = formatNumberVi;

/** «thêm 184 hồ sơ trực tuyến trong tổng 2.310 để đạt 90 % (…): +1,2 điểm» where the formula is known and agrees with the portal. */
function toFullPoints(i: IndicatorValue): { text: string; gain: number } | undefined {
  const formula = formulaOf(i.code, i.group ?? '');
  const { numerator: have, denominator: d, computed, max } = i;
  if (!formula || explain(i) !== 'agrees' || have === undefined || !d || computed === undefined || max === undefined) return undefined;
  const needed = Math.ceil((formula.fullAt * d) / 100 - 1e-9);
  const gain = rateScore(formula, max, formula.fullAt) - computed;
  if (needed <= have || needed > d || gain < SMALL) return undefined;
  return { gain, text: `thêm ${n(needed - have)} ${countsOf(i).done} trong tổng ${n(d)} để đạt ${n(formula.fullAt)} % (${n(have)}/${n(d)} → ${n(needed)}/${n(d)}): +${points(gain)} điểm` };
}

/**
 * Tiến độ giải quyết: what wins back `target` points (the fall, and at least a point where a point is short) —
 * each dossier settled on time from now counts in both the on-time and the received count.
 */
function progressBack(i: IndicatorValue, target: number): { text: string; gain: number } | undefined {
  const { numerator: onTime, denominator: received, computed } = i;
  if (i.code !== 'TDGQ' || onTime === undefined || !received || computed === undefined || explain(i) !== 'agrees' || target < SMALL) return undefined;
  const f = (k: number) => progressScore(onTime + k, received + k)! - computed;
  let lo = 1;
  let hi = 100 * received;
  if (f(hi) < target - 1e-9) return undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (f(mid) >= target - 1e-9) hi = mid;
    else lo = mid + 1;
  }
  return { gain: f(lo), text: `giải quyết đúng hạn thêm ${n(lo)} hồ sơ mới (đang ${n(onTime)}/${n(received)} hồ sơ đúng hạn): +${points(f(lo))} điểm` };
}

/** A rate over nothing: the portal scores it 0 and no count can be raised, so what would start the count is said. */
function overNothing(i: IndicatorValue): string | undefined {
  if (i.denominator !== 0) return undefined;
  const c = countsOf(i);
  return `mẫu số 0 — chưa có ${c.all} nào trong kỳ; ${c.done} đầu tiên sẽ bắt đầu tính điểm (đang mất ${points(i.max! - (i.value ?? 0))} điểm)`;
}

/** Why a metric fell, from its counts at the two captures: the shortfall grown, or fewer done. */
function causeOf(i: IndicatorValue, before: IndicatorValue | undefined): string | undefined {
  if (!before || i.numerator === undefined || i.denominator === undefined || before.numerator === undefined || before.denominator === undefined) return undefined;
  const c = countsOf(i);
  const shortNow = i.denominator - i.numerator;
  const shortThen = before.denominator - before.numerator;
  if (shortNow > shortThen) return `thêm ${n(shortNow - shortThen)} ${c.short} (${n(shortThen)} → ${n(shortNow)} trong tổng ${n(i.denominator)})`;
  if (i.numerator < before.numerator) return `${c.done} giảm ${n(before.numerator - i.numerator)} (${n(before.numerator)} → ${n(i.numerator)})`;
  if (i.denominator > before.denominator) return `thêm ${n(i.denominator - before.denominator)} ${c.all} chưa đạt (tổng ${n(before.denominator)} → ${n(i.denominator)})`;
  return undefined;
}

/** The score `i` would have with `extra` more in its numerator, by the portal's formula of it. */
function scoreWithMore(i: IndicatorValue, extra: number): number | undefined {
  const { numerator: n, denominator: d } = i;
  if (n === undefined || !d) return undefined;
  if (scoringOf(i.code).takes === 'progress') return progressScore(n + extra, d);
  return metricScore(i.code, i.group ?? '', { numerator: n + extra, denominator: d, ratio: (100 * (n + extra)) / d, max: i.max });
}

/** The procedures captured whose rate for this item is below the unit's, with what each costs the unit. */
function pullingDown(i: IndicatorValue, unit: string, procedures: readonly ProcedureCapture[]): string[] {
  const { numerator: n, denominator: d } = i;
  if (n === undefined || !d) return [];
  const rate = n / d;
  const noun = i.group === 'TDGQ' ? 'hồ sơ quá hạn' : 'chưa đạt';
  return procedures
    .flatMap((p) => {
      const own = p.snapshots.find((s) => watchKey(s.unit.name) === unit)?.indicators.find((x) => x.code === i.code);
      if (!own || own.numerator === undefined || !own.denominator || own.numerator / own.denominator >= rate) return [];
      const short = own.denominator - own.numerator;
      const now = scoreWithMore(i, 0);
      const then = scoreWithMore(i, short);
      const gain = now !== undefined && then !== undefined ? then - now : undefined;
      const text = `${procedureName(p.procedure)}: ${formatNumberVi(short)}/${formatNumberVi(own.denominator)} ${noun} (${points((100 * own.numerator) / own.denominator)} %, cả đơn vị ${points(100 * rate)} %)${gain !== undefined && gain >= SMALL ? ` — nếu đạt cả: +${points(gain)} điểm` : ''}`;
      return [{ text, weight: gain ?? short / d }];
    })
    .sort((a, b) => b.weight - a.weight)
    .map((x) => x.text);
}

/**
 * What drags `today`'s unit down, most first: falls since `before` (the same unit the day before), then shortfalls.
 * Items at their maximum that did not fall are left out.
 */
export function dragsOf(today: IndicatorSnapshot, before?: IndicatorSnapshot, procedures: readonly ProcedureCapture[] = [], province: readonly ProvinceMetric[] = []): Drag[] {
  const earlier = new Map((before?.indicators ?? []).map((i) => [i.code, i]));
  const gains = whatItTakes(today);
  const unit = watchKey(today.unit.name);
  const theirs = new Set(province.map((m) => m.code));
  return scoredItems(today)
    .flatMap((i): Drag[] => {
      if (theirs.has(i.code)) return [];
      const max = i.max!;
      const prior = earlier.get(i.code);
      const drop = typeof prior?.value === 'number' && i.value !== null && prior.value - i.value > SMALL ? prior.value - i.value : undefined;
      const shortfall = i.value === null ? max : Math.max(0, max - i.value);
      if (drop === undefined && shortfall < SMALL) return [];
      const cause = drop !== undefined ? causeOf(i, prior) : undefined;
      // Sized to the loss: what wins the fall back, or reaches full points; the small step only when nothing larger is open.
      const large = [progressBack(i, Math.max(drop ?? 0, Math.min(1, shortfall))), toFullPoints(i)].filter((x) => x !== undefined).sort((a, b) => b.gain - a.gain);
      const small = gains.filter((g) => g.code === i.code).map((g) => g.text);
      const takes = [...(large.length > 0 ? large.map((x) => x.text) : small), overNothing(i)].filter((t): t is string => t !== undefined);
      return [{
        code: i.code,
        label: i.label,
        group: definedIndicator(i.group!).label,
        value: i.value,
        max,
        ...(drop !== undefined ? { drop } : {}),
        ...(cause ? { cause } : {}),
        shortfall,
        takes,
        procedures: pullingDown(i, unit, procedures),
      }];
    })
    .sort((a, b) => (b.drop ?? 0) - (a.drop ?? 0) || b.shortfall - a.shortfall);
}

/** One drag in a line: «Tỷ lệ …: 3,2/6, giảm 0,4 so với lần chụp trước vì thêm 5 … — thêm 12 … để đạt 80 %…». */
export function dragLine(d: Drag): string {
  const value = d.value === null ? 'không có số liệu' : `${points(d.value)}/${points(d.max)}`;
  const fall = d.drop !== undefined ? `, giảm ${points(d.drop)} so với lần chụp trước${d.cause ? ` vì ${d.cause}` : ''}` : '';
  const takes = d.takes.length > 0 ? ` — ${d.takes.join('; ')}` : '';
  return `${d.label}${d.label === d.group ? '' : ` (${d.group})`}: ${value}${fall}${takes}`;
}

/*
Made for: issue 39 items 3 and 4 — «per unit what drags the score: its metrics ranked by drop, then by shortfall,
each with what it would take under the portal's own formulas», and the procedures that pull a metric down; issue 47
items 3 and 4 — the province's metrics left out, a cause and an action of what and how many for each fall.
*/
