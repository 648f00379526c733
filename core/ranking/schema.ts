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
});
export type AwardProposal = z.infer<typeof AwardProposal>;
