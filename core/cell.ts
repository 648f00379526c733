// Ô (a cell): its value as Excel gives it, and the same value read the Vietnamese way — what core/values.ts reads and
// every sheet of core/sheet/ holds. The ground floor: it imports nothing but zod.
import { z } from 'zod';

/** A cell as Excel (range.values) or ExcelJS (normalised by its adapter) gives it. */
export const CellValue = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

/** A cell's value once read the Vietnamese way. Percent numbers are in percent points (85.5). */
export const ParsedValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('number'), value: z.number(), percent: z.boolean() }),
  z.object({ kind: z.literal('fraction'), numerator: z.number(), denominator: z.number() }),
  z.object({ kind: z.literal('bool'), value: z.boolean() }),
  z.object({ kind: z.literal('date'), value: z.string() }), // YYYY-MM-DD
  z.object({ kind: z.literal('not_assigned') }), // Không được giao
  z.object({ kind: z.literal('error'), value: z.string() }), // #DIV/0!, #N/A…
  z.object({ kind: z.literal('text'), value: z.string() }), // unreadable as anything else
]);
export type ParsedValue = z.infer<typeof ParsedValue>;

// Made for: issue 36 item 5 — the cell's vocabulary in the ground layer, so core/values.ts (ground) no longer reaches
// into core/sheet/ for it; the sheet's own words (SheetGrid, ReportCell) stay in core/sheet/cell.ts, which imports these.
