// Cảnh báo (flag): what a check raises for the officer or the council.
import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Flag = z.object({
  /** Stable code: the check's file name (e.g. "missing-value"). */
  code: z.string(),
  severity: Severity,
  /** Vietnamese, one line, names the figure and what is wrong. */
  message: z.string(),
  sheet: z.string(),
  /** Cell address (e.g. "D12"), when the flag is about one cell. */
  cell: z.string().optional(),
  criterion: z.string().optional(),
  /** Values behind the message, for the review sheet and the JSON output. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Flag = z.infer<typeof Flag>;

