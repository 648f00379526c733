// Cái gì kéo điểm xuống (what drags a unit's score): its scored metrics — ranked by how much each fell since the day
// before, then by how far each is from its maximum — each with what it would take under the portal's own formulas
// (core/indicators/formulas-766.ts, core/indicators/what-it-takes.ts: reused, never rewritten), and the procedures
// captured that day whose own rate is below the unit's and so pull the metric down.
import { definedIndicator } from '../indicators/codes.js';
import { explain, formulaOf, metricScore, progressScore, rateScore } from '../indicators/formulas-766.js';
import { scoringOf } from '../indicators/model-766/index.js';
import type { IndicatorSnapshot, IndicatorValue } from '../indicators/schema.js';
import { whatItTakes } from '../indicators/what-it-takes.js';
import { formatNumberVi } from '../values.js';
import { watchKey } from './captures.js';
import { procedureName, type ProcedureCapture } from '../indicators/procedures.js';
import { points } from './words.js';

export interface Drag {
  code: string;
  /** The portal's own name of the metric (or the group's). */
  label: string;
  /** The group it counts in, as officers name it. */
  group: string;
  value: number | null;
  max: number;
  /** Points fallen since the day before (only a fall). */
  drop?: number;
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

/** «thêm 12 để đạt 80 % (38/60 → 48/60): +0,45 điểm» where the formula is known and agrees with the portal. */
function toFullPoints(i: IndicatorValue): string | undefined {
  const formula = formulaOf(i.code, i.group ?? '');
  const { numerator: n, denominator: d, computed, max } = i;
  if (!formula || explain(i) !== 'agrees' || n === undefined || !d || computed === undefined || max === undefined) return undefined;
  const needed = Math.ceil((formula.fullAt * d) / 100 - 1e-9);
  const gain = rateScore(formula, max, formula.fullAt) - computed;
  if (needed <= n || needed > d || gain < SMALL) return undefined;
  return `thêm ${formatNumberVi(needed - n)} để đạt ${formatNumberVi(formula.fullAt)} % (${formatNumberVi(n)}/${formatNumberVi(d)} → ${formatNumberVi(needed)}/${formatNumberVi(d)}): +${points(gain)} điểm`;
}

/** A rate over nothing: the portal scores it 0 and no count can be raised, so the reason is said instead of nothing. */
function overNothing(i: IndicatorValue): string | undefined {
  if (i.denominator !== 0) return undefined;
  return i.group === 'TDGQ' ? 'không có hồ sơ nào trong kỳ (mẫu số 0)' : 'mẫu số 0: chưa có gì để tính tỷ lệ';
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
export function dragsOf(today: IndicatorSnapshot, before?: IndicatorSnapshot, procedures: readonly ProcedureCapture[] = []): Drag[] {
  const earlier = new Map((before?.indicators ?? []).map((i) => [i.code, i.value]));
  const gains = whatItTakes(today);
  const unit = watchKey(today.unit.name);
  return scoredItems(today)
    .flatMap((i): Drag[] => {
      const max = i.max!;
      const prior = earlier.get(i.code);
      const drop = typeof prior === 'number' && i.value !== null && prior - i.value > SMALL ? prior - i.value : undefined;
      const shortfall = i.value === null ? max : Math.max(0, max - i.value);
      if (drop === undefined && shortfall < SMALL) return [];
      const takes = [...gains.filter((g) => g.code === i.code).map((g) => g.text), toFullPoints(i), overNothing(i)].filter((t): t is string => t !== undefined);
      return [{
        code: i.code,
        label: i.label,
        group: definedIndicator(i.group!).label,
        value: i.value,
        max,
        ...(drop !== undefined ? { drop } : {}),
        shortfall,
        takes,
        procedures: pullingDown(i, unit, procedures),
      }];
    })
    .sort((a, b) => (b.drop ?? 0) - (a.drop ?? 0) || b.shortfall - a.shortfall);
}

/** One drag in a line: «Tỷ lệ …: 3,2/6 (giảm 0,4 so với hôm trước) — thêm 12 để đạt 80 %…». */
export function dragLine(d: Drag): string {
  const value = d.value === null ? 'không có số liệu' : `${points(d.value)}/${points(d.max)}`;
  const fall = d.drop !== undefined ? `, giảm ${points(d.drop)} so với hôm trước` : '';
  const takes = d.takes.length > 0 ? ` — ${d.takes.join('; ')}` : '';
  return `${d.label}${d.label === d.group ? '' : ` (${d.group})`}: ${value}${fall}${takes}`;
}

/*
Made for: issue 39 items 3 and 4 — «per unit what drags the score: its metrics ranked by drop, then by shortfall,
each with what it would take under the portal's own formulas», and the procedures that pull a metric down.
*/
