// Trang tính (a sheet): one worksheet's used range as every reader gets it before anyone reads it as a report, a
// criteria sheet or a review, and a report's cell with its address. The cell's own value is core/cell.ts (ground).
import { z } from 'zod';
import { CellValue, ParsedValue } from '../cell.js';

/** One worksheet's used range. `origin` is the 1-based row/column of values[0][0] (A1 when omitted). */
export const SheetGrid = z.object({
  name: z.string(),
  values: z.array(z.array(CellValue)),
  /** Number formats, same shape as values, when the adapter has them (to read 0.855 shown as 85,5%). */
  formats: z.array(z.array(z.string())).optional(),
  origin: z.object({ row: z.number().int().positive(), col: z.number().int().positive() }).optional(),
  /** Cells holding a formula: address → its text without «=», beside the cached result in `values`. */
  formulas: z.record(z.string(), z.string()).optional(),
  /**
   * Cells holding a formula the file stores no result of (a workbook saved by a program that computes nothing, as
   * openpyxl): address → its text without «=»; their value is null. The council's sheets read them as typed.
   */
  unstoredFormulas: z.record(z.string(), z.string()).optional(),
  /** What the adapter left out to stay within READ_LIMITS (core/workbook/limits.ts): the first such cell and why. */
  clipped: z.array(z.object({ cell: z.string(), message: z.string() })).optional(),
  /** Column widths in characters from the origin on, when the adapter has them (to size rows for what the unit typed). */
  columnWidths: z.array(z.number()).optional(),
  /**
   * The sheet's last column (1-based, from A) holding a value or a formula in the rows read, even where `values` stop
   * before it (a grid kept within READ_LIMITS): writers add their columns after it, never over a cell the unit filled.
   */
  lastColumn: z.number().int().positive().optional(),
  /** Merged ranges ("I5:I8") as the file holds them, when the adapter reads them: a value typed over several rows is seen as such. */
  merges: z.array(z.string()).optional(),
  /** Rows the file hides (numbered as on screen), when the adapter reads them: a hidden row is still the file's, never read as gone. */
  hiddenRows: z.array(z.number().int().positive()).optional(),
  /**
   * The first row whose hidden state the adapter did not ask row by row (the task pane asks a sheet's first 1,000), when
   * the rows from it on answer that some are hidden: which of them, not known; said where a table reaches it.
   */
  hiddenUnaskedFrom: z.number().int().positive().optional(),
});
export type SheetGrid = z.infer<typeof SheetGrid>;

/** A cell of the report with where it is, what was typed, and how it reads. */
export const ReportCell = z.object({
  address: z.string(), // e.g. "D12"
  raw: CellValue,
  value: ParsedValue,
  /** The cell's formula (without «=») when it holds one: the figure was computed, not typed. */
  formula: z.string().optional(),
});
export type ReportCell = z.infer<typeof ReportCell>;
