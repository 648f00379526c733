// Báo cáo của đơn vị (unit report): what a report sheet says, read from a 2-D array of cells.
import { z } from 'zod';
import { ReportCell } from '../sheet/cell.js';
import { EXCEL_COLUMNS } from '../text.js';

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

/**
 * What a scored copy writes right of a report's last used column: one blank column, then scoring's four
 * (core/workbook/plan-scored-sheet.ts, SCORED_HEADERS). A sheet used up to Excel's last columns has no room for them.
 */
export const SCORING_COLUMNS = 5;

/** Whether scoring's columns fit right of everything the unit filled, within Excel's 16,384 columns. */
export function hasScoringRoom(report: Pick<UnitReport, 'lastColumn'>): boolean {
  return report.lastColumn + SCORING_COLUMNS <= EXCEL_COLUMNS;
}

export const UnitReport = z.object({
  sheet: z.string(),
  /** Workbook file name when known (command line). */
  file: z.string().optional(),
  unitName: ReportCell.optional(), // Tên đơn vị
  unitKind: ReportCell.optional(), // Loại đơn vị
  period: ReportCell.optional(), // Kỳ báo cáo
  submittedAt: ReportCell.optional(), // Ngày nộp
  criteriaSetRef: ReportCell.optional(), // Bộ tiêu chí (the set's title and version; "id@version" on older sheets)
  criteriaSetId: ReportCell.optional(), // Mã bộ tiêu chí ("id@version", a template's cell that prints nothing)
  headerRow: z.number().int().positive(),
  columns: ReportColumns,
  /** Last used column (1-based), so writers can add their own columns after it (SCORING_COLUMNS of them). */
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
