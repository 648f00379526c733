// Xếp hạng và đề xuất khen thưởng (ranking and award proposals).
import { z } from 'zod';

export const RankEntry = z.object({
  rank: z.number().int().positive(),
  sheet: z.string(),
  file: z.string().optional(),
  unitName: z.string(),
  unitKind: z.string().nullable(),
  total: z.number(),
  percent: z.number(),
  classification: z.string().nullable(), // band label
  /** Why the band is not the one the percentage reached: the table's sanctions taken (CardSanction.why), when any. */
  sanction: z.string().optional(),
  /** Which tie-break separated it from the one above, when the percentage was equal. */
  tieBrokenBy: z.string().optional(),
  /** The units ranked above it with a lower percentage, by name: its band, set by the table's sanctions, is below theirs (absent when none). */
  under: z.array(z.string()).optional(),
});
export type RankEntry = z.infer<typeof RankEntry>;

export const Ranking = z.array(
  z.object({ kind: z.string().nullable(), kindLabel: z.string(), entries: z.array(RankEntry) }),
);
export type Ranking = z.infer<typeof Ranking>;

/**
 * A quota's share worked out in a run (quota-places.ts): of how many units it was taken and how rounded (`stated`: as
 * the plan says); `of`, the label of the form those units reach (absent: the units ranked, and in older records).
 */
export const QuotaShare = z.object({ percent: z.number(), base: z.number().int().nonnegative(), rounding: z.enum(['down', 'up']), stated: z.boolean(), of: z.string().optional() });
export type QuotaShare = z.infer<typeof QuotaShare>;

export const AwardProposal = z.object({
  form: z.string(), // award form id
  formLabel: z.string(),
  sheet: z.string(),
  file: z.string().optional(),
  unitName: z.string(),
  unitKind: z.string().nullable(),
  /** Proposed automatically, within the form's quota. */
  proposed: z.boolean(),
  /** Meets every condition of a form whose plan gives no number: listed for the council to decide. */
  eligible: z.boolean().default(false),
  /** Vietnamese: why it is or is not proposed (classification, gate, quota, council). */
  reason: z.string(),
  /** On a proposed row: later forms of the round (ids) the unit reaches but is not listed for, the set not saying this form also gives them. */
  alsoReaches: z.array(z.string()).optional(),
});
export type AwardProposal = z.infer<typeof AwardProposal>;

/**
 * «Còn thiếu gì»: one criterion raised, from its figure today (`from`) to the one (`to`, `value` in the criterion's
 * unit) that earns `gain` more points; `hangsOn`, what those points hang on besides the figure (a Min-Max criterion's:
 * the other units' figures this run).
 */
export const Improvement = z.object({
  code: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  gain: z.number(),
  value: z.number(),
  hangsOn: z.string().optional(),
});
export type Improvement = z.infer<typeof Improvement>;

/** A step as `thidua score --json` gives it: with its words, as the pane and the standalone page list it. */
export const ShortfallStep = Improvement.extend({ words: z.string() });
export type ShortfallStep = z.infer<typeof ShortfallStep>;

/**
 * A unit's way to a goal as `thidua score --json` gives it: `words`, the cell «Cách nhanh nhất (số liệu cần đạt)» of
 * tong-hop.xlsx's «Còn thiếu gì» — its steps, or why the goal cannot be reached — then the criteria whose figure to
 * reach cannot be told (`unknown`, said after).
 */
export const ShortfallWay = z.object({
  /** A band («Tốt») or an award form with its condition, as «Mục tiêu» says it. */
  goal: z.string(),
  /** Points the unit is short of the goal. */
  need: z.number(),
  /** Points the steps add («Điểm cần thêm»: ≥ need, a tiered criterion's step may overshoot; 0 when not reachable). */
  gain: z.number(),
  reachable: z.boolean(),
  steps: z.array(ShortfallStep),
  unknown: z.string().optional(),
  words: z.string(),
});
export type ShortfallWay = z.infer<typeof ShortfallWay>;

/** A unit short of the next band (`band`) or of an award it is not proposed for (`award`): one row of «Còn thiếu gì» each. */
export const Shortfall = z.object({
  sheet: z.string(),
  file: z.string().optional(),
  unitName: z.string(),
  band: ShortfallWay.optional(),
  award: ShortfallWay.optional(),
});
export type Shortfall = z.infer<typeof Shortfall>;
