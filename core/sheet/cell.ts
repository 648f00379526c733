// Ô và trang tính (cells and sheets): what every sheet holds before anyone reads it as a report, a criteria
// sheet or a review — a cell's value as Excel gives it, the same value read the Vietnamese way, and one
// worksheet's used range. The ground floor of the sheet vocabulary: it imports nothing but zod.
import { z } from 'zod';

/** A cell as Excel (range.values) or ExcelJS (normalised by its adapter) gives it. */
export const CellValue = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

/** One worksheet's used range. `origin` is the 1-based row/column of values[0][0] (A1 when omitted). */
export const SheetGrid = z.object({
  name: z.string(),
  values: z.array(z.array(CellValue)),
  /** Number formats, same shape as values, when the adapter has them (to read 0.855 shown as 85,5%). */
  formats: z.array(z.array(z.string())).optional(),
  origin: z.object({ row: z.number().int().positive(), col: z.number().int().positive() }).optional(),
  /** Cells holding a formula: address → its text without «=», beside the cached result in `values`. */
  formulas: z.record(z.string(), z.string()).optional(),
  /** What the adapter left out to stay within READ_LIMITS (core/workbook/limits.ts): the first such cell and why. */
  clipped: z.array(z.object({ cell: z.string(), message: z.string() })).optional(),
  /** Column widths in characters from the origin on, when the adapter has them (to size rows for what the unit typed). */
  columnWidths: z.array(z.number()).optional(),
  /**
   * The sheet's last column (1-based, from A) holding a value or a formula in the rows read, even where `values` stop
   * before it (a grid kept within READ_LIMITS): writers add their columns after it, never over a cell the unit filled.
   */
  lastColumn: z.number().int().positive().optional(),
});
export type SheetGrid = z.infer<typeof SheetGrid>;

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

/** A cell of the report with where it is, what was typed, and how it reads. */
export const ReportCell = z.object({
  address: z.string(), // e.g. "D12"
  raw: CellValue,
  value: ParsedValue,
  /** The cell's formula (without «=») when it holds one: the figure was computed, not typed. */
  formula: z.string().optional(),
});
export type ReportCell = z.infer<typeof ReportCell>;
