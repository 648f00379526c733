// What `thidua score --json` prints: one document for a whole run, so scripts and other tools can
// take the scores without opening the workbooks.
import { z } from 'zod';
import { AwardRound } from '../criteria/schema.js';
import { AwardProposal, Ranking, Shortfall } from '../ranking/schema.js';
import { ScoreCard } from '../scoring/score-card.js';

/** An input that failed in whole or in part (unreadable file, a report sheet that cannot be read). */
export const ScoreRunError = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  /** Vietnamese, names the file and, when known, the sheet and cell. */
  message: z.string(),
});
export type ScoreRunError = z.infer<typeof ScoreRunError>;

export const ScoreRunOutput = z.object({
  format: z.literal('thidua-score-run'),
  version: z.literal(1),
  criteriaSet: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  /** Đợt xét: the review round whose award forms and quotas were applied. */
  round: AwardRound,
  /**
   * Every input workbook, with the scored copy written for it (null when none was) and the name its «Rà soát» is under
   * there (`reviewSheet`: the council's, where the workbook scored held one renamed; absent where no copy was written).
   */
  files: z.array(z.object({ file: z.string(), output: z.string().nullable(), units: z.number().int().nonnegative(), reviewSheet: z.string().optional() })),
  /** The workbook with `Tổng hợp` and `Rà soát` across all units (null when no unit was scored). */
  summaryFile: z.string().nullable(),
  cards: z.array(ScoreCard),
  ranking: Ranking,
  proposals: z.array(AwardProposal),
  /**
   * «Còn thiếu gì»: each unit short of the next band or of an award, the cheapest way there — the rows of tong-hop.xlsx's
   * sheet, from the same core function (what-it-takes.ts `shortfalls`), with the steps as data beside their words.
   */
  whatItTakes: z.array(Shortfall).default([]),
  errors: z.array(ScoreRunError),
  /** Units scored but not ranked, and why: a duplicate (with the report ranked instead), «Chưa nộp». */
  omitted: z.array(z.object({ what: z.string(), why: z.string() })).default([]),
  /**
   * The round the council closed, when it held this run: nothing was written, the figures above are as scored now.
   * `changes`: what they change of the closed result, each a Vietnamese line; none, and the folder as closed holds
   * them (`files` and `summaryFile` name its copies and tong-hop.xlsx).
   */
  closed: z.object({ number: z.number().int().positive(), closedAt: z.string(), closedBy: z.string(), changes: z.array(z.string()) }).optional(),
});
export type ScoreRunOutput = z.infer<typeof ScoreRunOutput>;
