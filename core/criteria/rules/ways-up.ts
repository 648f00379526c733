// Còn thiếu gì, one criterion at a time: the shapes of a kind's ways to more points — fixed figures (a tier, a
// target, one more occurrence) and a room (a rate, manual points: any gain up to a limit) — which each rule kind
// gives by its own `waysUp` (rule.ts). core/ranking/what-it-takes.ts chooses among the criteria's ways.
import { z } from 'zod';
import type { Criterion, Target } from '../schema.js';
import { effectiveTarget } from './reason.js';

// Points are counted in hundredths: scoring rounds them to two decimals.
export const CENT = 100;
export const toCents = (points: number) => Math.round(points * CENT);

/** A unit named with its figure: the lowest or the highest of the units scored together (Min-Max). */
export const UnitFigure = z.object({ unitName: z.string(), value: z.number() });
export type UnitFigure = z.infer<typeof UnitFigure>;

/**
 * What a Min-Max criterion's points hang on beyond the unit's own figure, as the run's pass (core/run/min-max.ts) keeps
 * it on the unit's score: the other units' lowest and highest figures this run, or why they cannot tell what figure
 * would earn more (one unit, all at one figure, a figure missing) — a figure is asked from the first, the second said.
 */
export const OtherUnits = z.union([z.object({ lowest: UnitFigure, highest: UnitFigure }), z.object({ unknown: z.string() })]);
export type OtherUnits = z.infer<typeof OtherUnits>;

/**
 * A criterion as it stands: its figure (null: none read), the points it earns (below 0 at a level that takes points),
 * and its rule's points for any figure; `step`, the set's scoring step (Bước chấm điểm) points typed by hand keep to;
 * `others`, the other units' figures its points hang on (Min-Max, as the run's pass gave them).
 */
export type Today = { value: number | null; points: number; pointsAt: (value: number) => number; step?: number; others?: OtherUnits };

/**
 * How a criterion can earn more: figures that each earn a fixed gain (`said`: what the figure is in the criterion's own
 * words, when they state its levels or its parts: «mức «Đúng hạn»», «phần «…» và «…»»), and a room of any gain up to
 * `cents`.
 */
export type WaysUp = {
  steps: { gain: number; value: number; said?: string }[];
  /** Continuous room in cents, with the figure that earns a given gain. */
  room?: { cents: number; valueFor: (gainCents: number) => number };
  /** Said beside any figure asked: what its points hang on besides it (Min-Max: the other units' figures this run). */
  hangsOn?: string;
  /** Why no figure can be asked though the criterion is short of its maximum (said, never left out unsaid). */
  unknown?: string;
};

/** The figure closest to the target that meets it (a strict target is passed by the smallest step of its unit). */
export function leastMeeting(criterion: Pick<Criterion, 'measure'>, target: Target): number {
  const step = criterion.measure === 'percent' || criterion.measure === 'ratio' ? 0.01 : 1;
  if (target.comparator === '>') return target.value + step;
  if (target.comparator === '<') return target.value - step;
  return target.value;
}

/** Each figure of `values` that earns more, the first figure for each gain; undefined when none does. */
export function fixedSteps(today: Today, values: readonly number[]): WaysUp | undefined {
  const best = new Map<number, number>(); // gain in cents → the figure that earns it
  for (const value of values) {
    const cents = toCents(today.pointsAt(value) - today.points);
    if (cents > 0 && !best.has(cents)) best.set(cents, value);
  }
  const steps = [...best].map(([cents, value]) => ({ gain: cents / CENT, value }));
  return steps.length > 0 ? { steps } : undefined;
}

/** All or nothing against the target: the figure that meets it (any achievement, without a target). */
export function atTarget(criterion: Pick<Criterion, 'measure' | 'target'>, today: Today): WaysUp | undefined {
  const target = effectiveTarget(criterion);
  return fixedSteps(today, [target ? leastMeeting(criterion, target) : 1]);
}

/** Counted occurrences: one more, two more… up to the count that fills `maxPoints` (at most 200 asked). */
export function countSteps(maxPoints: number, pointsEach: number, today: Today): WaysUp | undefined {
  const from = Math.max(0, Math.floor(today.value ?? 0));
  const top = Math.ceil(maxPoints / pointsEach);
  const values: number[] = [];
  for (let n = from + 1; n <= top && values.length < 200; n++) values.push(n);
  return fixedSteps(today, values);
}

/**
 * Points typed by hand: any gain up to the maximum, the figure being the points themselves; with the set's step, the
 * figures on it above today's points (and the maximum), so no gain asked is one the table does not give.
 */
export function pointsRoom(maxPoints: number, today: Today): WaysUp | undefined {
  const unit = today.step === undefined ? 0 : toCents(today.step);
  if (unit <= 1) return { steps: [], room: { cents: toCents(maxPoints - today.points), valueFor: (cents) => today.points + cents / CENT } };
  const values: number[] = [];
  for (let cents = (Math.floor(toCents(today.points) / unit) + 1) * unit; cents < toCents(maxPoints); cents += unit) values.push(cents / CENT);
  return fixedSteps(today, [...values, maxPoints]);
}

/**
 * A rate: any gain up to what the figure `to` earns, each at the least change of the figure from `from` (today's,
 * or the one assumed without a figure), towards higher figures or, when `lower`, lower ones.
 */
export function rateRoom(today: Today, { from, to, lower }: { from: number; to: number; lower: boolean }): WaysUp | undefined {
  const gainAt = (value: number) => today.pointsAt(value) - today.points;
  const room = toCents(gainAt(to));
  if (room <= 0) return undefined;
  // Figures are shown to two decimals: halved over hundredths from today's figure towards the target (gainAt is
  // monotone between them) to the first that earns the gain, so the figure shown is the one scoring rewards. Some
  // fifteen rules run per figure asked, where halving the real line to the last bit took sixty.
  const step = lower ? -1 : 1;
  const earnsAt = (hundredths: number, cents: number) => toCents(gainAt(hundredths / 100)) >= cents;
  const valueFor = (cents: number) => {
    // `fails` earns less (today's figure), `earns` earns it (the far end): halved until they are a hundredth apart.
    let [fails, earns] = lower ? [Math.ceil(from * 100), Math.floor(to * 100)] : [Math.floor(from * 100), Math.ceil(to * 100)];
    if (!earnsAt(earns, cents)) return to;
    while ((earns - fails) * step > 1) {
      const mid = fails + step * Math.floor(((earns - fails) * step) / 2);
      if (earnsAt(mid, cents)) earns = mid;
      else fails = mid;
    }
    return earns / 100;
  };
  return { steps: [], room: { cents: room, valueFor } };
}

// Made for: issue 36 item 3 — «what it would take» lives with each rule kind; these are the shapes the kinds share,
// so a new kind says its ways in a line and core/ranking/what-it-takes.ts never names a kind.
