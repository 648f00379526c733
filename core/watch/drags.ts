// Cái gì kéo điểm xuống (what drags a unit's score): its scored metrics — ranked by how much each fell since the
// previous capture, then by how far each is from its maximum — each with the cause of a fall read from the counts
// that moved («thêm 329 hồ sơ quá hạn»), what it would take under the portal's own formulas (core/indicators/
// formulas-766.ts, core/indicators/what-it-takes.ts: reused, never rewritten) in counts of what and out of how many,
// sized to the loss, and the procedures captured that day whose own rate is below the unit's and so pull the metric
// down. The province's metrics (province-work.ts) are no unit's drag.
import { definedIndicator } from '../indicators/codes.js';
import { countsOf } from '../indicators/model-766/index.js';
import type { IndicatorSnapshot, IndicatorValue } from '../indicators/schema.js';
import { scoreWith, sizedActions } from '../indicators/what-it-takes.js';
import { formatNumberVi } from '../values.js';
import { watchKey } from './captures.js';
import { procedureName, type ProcedureCapture } from '../indicators/procedures.js';
import { provinceMetrics, type ProvinceMetric } from './province-work.js';
import { points } from './words.js';
import type { EarlierCapture } from './units.js';
import { shortDate } from './data-day.js';

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
  /** The capture the fall is counted from, when not the previous one (which did not hold the metric). */
  since?: string;
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

const n = formatNumberVi;

/** Why a metric fell, from its counts at the two captures: the shortfall grown, or fewer done. */
function causeOf(i: IndicatorValue, before: IndicatorValue | undefined): string | undefined {
  const c = countsOf(i.code);
  if (!c || !before || i.numerator === undefined || i.denominator === undefined || before.numerator === undefined || before.denominator === undefined) return undefined;
  const shortNow = i.denominator - i.numerator;
  const shortThen = before.denominator - before.numerator;
  if (shortNow > shortThen) return `thêm ${n(shortNow - shortThen)} ${c.short} (${n(shortThen)} → ${n(shortNow)} trong tổng ${n(i.denominator)})`;
  if (i.numerator < before.numerator) return `${c.done} giảm ${n(before.numerator - i.numerator)} (${n(before.numerator)} → ${n(i.numerator)})`;
  if (i.denominator > before.denominator) return `thêm ${n(i.denominator - before.denominator)} ${c.all} chưa đạt (tổng ${n(before.denominator)} → ${n(i.denominator)})`;
  return undefined;
}

/** The procedures captured whose rate for this item is below the unit's, with what each costs the unit. */
function pullingDown(i: IndicatorValue, unit: string, procedures: readonly ProcedureCapture[]): string[] {
  const { numerator: n, denominator: d } = i;
  if (n === undefined || !d) return [];
  const rate = n / d;
  const noun = countsOf(i.code)?.short ?? 'chưa đạt';
  return procedures
    .flatMap((p) => {
      const own = p.snapshots.find((s) => watchKey(s.unit.name) === unit)?.indicators.find((x) => x.code === i.code);
      if (!own || own.numerator === undefined || !own.denominator || own.numerator / own.denominator >= rate) return [];
      const short = own.denominator - own.numerator;
      const now = scoreWith(i, 0);
      const then = scoreWith(i, short);
      const gain = now !== undefined && then !== undefined ? then - now : undefined;
      const text = `${procedureName(p.procedure)}: ${formatNumberVi(short)}/${formatNumberVi(own.denominator)} ${noun} (${points((100 * own.numerator) / own.denominator)} %, cả đơn vị ${points(100 * rate)} %)${gain !== undefined && gain >= SMALL ? ` — nếu đạt cả: +${points(gain)} điểm` : ''}`;
      return [{ text, weight: gain ?? short / d }];
    })
    .sort((a, b) => b.weight - a.weight)
    .map((x) => x.text);
}

/**
 * What drags `today`'s unit down, most first: falls since `before` (the same unit the day before) — a metric `before`
 * does not hold (fewer groups captured that day) since the last of `older` (the captures before it, latest first)
 * that holds it, as the units' comparisons pass such a capture over (units.ts) — then shortfalls. Items at their
 * maximum that did not fall are left out, and the province's (`province`: found over the whole capture; without it,
 * over this unit alone — what the model declares).
 */
export function dragsOf(today: IndicatorSnapshot, before?: IndicatorSnapshot, procedures: readonly ProcedureCapture[] = [], province: readonly ProvinceMetric[] = provinceMetrics([today]), older: readonly EarlierCapture[] = []): Drag[] {
  const earlier = new Map<string, IndicatorValue & { since?: string }>((before?.indicators ?? []).map((i) => [i.code, i]));
  if (before) {
    for (const { day, snapshot } of older) {
      if (!snapshot) break;
      for (const i of snapshot.indicators) if (!earlier.has(i.code)) earlier.set(i.code, { ...i, since: day });
    }
  }
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
      // Sized to the loss, in the model's words of what and out of how many (core/indicators/what-it-takes.ts).
      const takes = sizedActions(i, drop, today);
      return [{
        code: i.code,
        label: i.label,
        group: definedIndicator(i.group!).label,
        value: i.value,
        max,
        ...(drop !== undefined ? { drop, ...(prior?.since && { since: prior.since }) } : {}),
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
  const fall = d.drop !== undefined ? `, giảm ${points(d.drop)} so với ${d.since ? `lần chụp ${shortDate(d.since)}` : 'lần chụp trước'}${d.cause ? ` vì ${d.cause}` : ''}` : '';
  const takes = d.takes.length > 0 ? ` — ${d.takes.join('; ')}` : '';
  return `${d.label}${d.label === d.group ? '' : ` (${d.group})`}: ${value}${fall}${takes}`;
}

/*
Made for: issue 39 items 3 and 4 — «per unit what drags the score: its metrics ranked by drop, then by shortfall,
each with what it would take under the portal's own formulas», and the procedures that pull a metric down; issue 47
items 3 and 4 — the province's metrics left out, a cause and an action of what and how many for each fall.
*/
