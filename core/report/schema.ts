// Báo cáo của đơn vị (unit report): what a report sheet says, read from a 2-D array of cells.
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

/** One row of the report table (one criterion as the unit reported it). */
export const ReportRow = z.object({
  row: z.number().int().positive(), // 1-based sheet row
  code: ReportCell, // Mã tiêu chí
  result: ReportCell.optional(), // Kết quả
  numerator: ReportCell.optional(), // Tử số
  denominator: ReportCell.optional(), // Mẫu số
  evidence: ReportCell.optional(), // Minh chứng
  selfScore: ReportCell.optional(), // Điểm tự chấm
  /** Điểm thẩm định / phúc tra: what the council typed on an all-in-one scoring sheet; it wins over the self-score. */
  verifiedScore: ReportCell.optional(),
  note: ReportCell.optional(), // Ghi chú
  /** Điểm tối đa as the unit's sheet states it (all-in-one scoring sheets, templates): checked against the set. */
  maxPoints: ReportCell.optional(),
});
export type ReportRow = z.infer<typeof ReportRow>;

/** Column letters of the table, as found by their header labels. */
export const ReportColumns = z.object({
  code: z.string(),
  title: z.string().optional(),
  result: z.string().optional(),
  numerator: z.string().optional(),
  denominator: z.string().optional(),
  evidence: z.string().optional(),
  selfScore: z.string().optional(),
  verifiedScore: z.string().optional(),
  note: z.string().optional(),
  maxPoints: z.string().optional(),
});
export type ReportColumns = z.infer<typeof ReportColumns>;

export const UnitReport = z.object({
  sheet: z.string(),
  /** Workbook file name when known (command line). */
  file: z.string().optional(),
  unitName: ReportCell.optional(), // Tên đơn vị
  unitKind: ReportCell.optional(), // Loại đơn vị
  period: ReportCell.optional(), // Kỳ báo cáo
  submittedAt: ReportCell.optional(), // Ngày nộp
  criteriaSetRef: ReportCell.optional(), // Bộ tiêu chí ("id@version" or "id version")
  headerRow: z.number().int().positive(),
  columns: ReportColumns,
  /** Last used column (1-based), so writers can add their own columns after it. */
  lastColumn: z.number().int().positive(),
  rows: z.array(ReportRow),
  /** The self-score the table's «Tổng cộng» row states, when it has one: the sheet's own arithmetic, checked. */
  selfScoreTotal: ReportCell.optional(),
  /**
   * Self-scores an item with sub-items states (numbered sheets: «3» over «3.a», «3.b»), or a roman-numeral group
   * over the rows under it (`parts`: their codes), checked against theirs.
   */
  selfScoreSubtotals: z.array(z.object({ code: z.string(), cell: ReportCell, parts: z.array(z.string()).optional() })).optional(),
  /**
   * Rows of items with sub-items (numbered sheets), left out of `rows`: read only for an item the criteria score as one
   * — its sub-rows are its levels (choose one) or its deductions.
   */
  itemRows: z.array(ReportRow).optional(),
});
export type UnitReport = z.infer<typeof UnitReport>;

/** Why a sheet could not be read as a report at all. */
export const ReportReadError = z.object({
  sheet: z.string(),
  message: z.string(), // Vietnamese, names the cell or label
  cell: z.string().optional(),
});
export type ReportReadError = z.infer<typeof ReportReadError>;
