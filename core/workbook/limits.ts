// How much of a workbook thidua reads — the one set of limits every face shares (the command line, the
// standalone page, the task pane's file reading; docs/dinh-dang-tep.md «Giới hạn đọc sổ tính»). Far more than any report,
// criteria or scoring sheet holds; small enough that a hostile or broken file (a value at XFD1048576, a zip
// bomb, a 50 MB cell, a merge over a million rows) costs only itself. Whatever reads a workbook never builds
// more than these allow: adapters/ooxml checks them while it inflates and parses, before anything is built.
import type { SheetGrid } from '../sheet/cell.js';
import { EXCEL_COLUMNS, EXCEL_ROWS, parseAddress } from '../text.js';
import { formatNumberVi } from '../values.js';


export const READ_LIMITS = {
  /** Rows read from A1; cells beyond are left out and said. */
  rows: 20_000,
  /**
   * Cells of a sheet's grid from A1 (rows × columns). Every column a sheet uses is read — a row of 16,384 formulas
   * under a report included — so nothing thidua writes lands on a cell the unit filled; a sheet both tall and wide is
   * read to the columns that keep its grid within this (never fewer than `columns`), the rest said. A sheet's last
   * used column is known whatever the grid holds (SheetGrid.lastColumn).
   */
  cells: 5_120_000,
  /** Columns read however tall the sheet. */
  columns: 256,
  /** Excel's own limit for the text of one cell. */
  cellText: 32_767,
  /**
   * Uncompressed sizes in the .xlsx (zip). Each part is inflated with a running byte count that stops at
   * its declared size and at these budgets, whatever the zip's headers claim. ExcelJS holds about 27 bytes
   * of memory per byte of sheet XML (1 M rows, 51 MB: 1.4 GB), so one sheet stays under 16 MB (some
   * 300,000 cells, about 450 MB) and a run stays under 1 GB.
   */
  zipTotalBytes: 128 * 1024 * 1024,
  zipPartBytes: 16 * 1024 * 1024,
  sharedStringsBytes: 16 * 1024 * 1024,
  zipEntries: 5_000,
  /**
   * Merged ranges (vùng gộp ô) of one sheet. A report merges a few dozen title cells; ExcelJS makes an object
   * for every cell a merge covers and checks each merge against every earlier one (5,000 merges: 1.7 s;
   * 20,000: 31 s), so the count and the cells covered stay small. Overlaps are checked in time linear in
   * the cells covered, which this bounds.
   */
  mergedRanges: 2_000,
  mergedCells: 200_000,
  /** Cells under data validation (ExcelJS stores one entry per cell of each range): one whole column. */
  validatedCells: EXCEL_ROWS,
  /**
   * The longest one file may take in its thread (reading, scoring, writing its copy; the command line's worker, the
   * page's Web Worker): a real report takes well under a second; past this the thread is stopped and restarted.
   */
  fileSeconds: 60,
} as const;

/**
 * How much of a Word document (.docx: a criteria table issued as a Word appendix) thidua reads, on every face.
 * mammoth, which turns the document into HTML, holds about 2 KB per XML element and 10 bytes per byte of text
 * (a 16 MB word/document.xml of table rows took 1.1 GB and 47 s), so elements and text are counted and bounded,
 * with the nesting and the tables' grids, by adapters/docx/bounds.ts before mammoth is given the file. A
 * criteria appendix holds a few thousand elements and tables of a few hundred cells.
 */
export const DOCUMENT_LIMITS = {
  /** Parts of the zip, bytes unpacked in all and per part (a picture too: pictures are never read, but inflated once to check their size). */
  zipEntries: 1_000,
  zipTotalBytes: 64 * 1024 * 1024,
  zipPartBytes: 16 * 1024 * 1024,
  /** XML elements of all the document's parts together (200,000: about 400 MB and 20 s in mammoth). */
  elements: 200_000,
  /** Elements inside elements (mammoth reads them recursively; a thousand deep overflows its stack). */
  depth: 100,
  /** Tables inside tables' cells. */
  tableNesting: 10,
  /** Cells of all tables' grids together, a merged cell counted for every cell it covers (rows × columns). */
  tableCells: 100_000,
} as const;

/** The columns of a sheet's grid holding `rows` rows whose last used column is `lastColumn`: all of them, within READ_LIMITS.cells. */
export function gridColumns(rows: number, lastColumn: number): number {
  return Math.min(lastColumn, EXCEL_COLUMNS, Math.max(READ_LIMITS.columns, Math.floor(READ_LIMITS.cells / Math.max(1, rows))));
}

/** "20.000 dòng, 5.120.000 ô". */
export function gridLimitText(): string {
  return `${formatNumberVi(READ_LIMITS.rows)} dòng, ${formatNumberVi(READ_LIMITS.cells)} ô`;
}

/** What an adapter says of the first cell it left out past the grid's limits: the cell and its row, in Vietnamese numbers. */
export function outsideText(cell: string): string {
  const row = parseAddress(cell)?.row;
  return `có dữ liệu ở ô ${cell}${row ? ` (dòng ${formatNumberVi(row)})` : ''}, ngoài vùng đọc ${gridLimitText()} từ A1; phần ngoài vùng không được đọc`;
}

/**
 * A sheet the council types in («Rà soát», «Biểu quyết») that was not read whole: one line per thing left out, naming
 * the sheet and the cell. Such a sheet is never rewritten from its first part (what the council typed further down
 * would be lost without a word): every face stops on it and says this.
 */
export function councilSheetCut(grid: SheetGrid | undefined): string[] {
  return (grid?.clipped ?? []).map((c) => `Trang «${grid!.name}» ${c.message}: điều Hội đồng ghi từ đó trở đi sẽ không được áp dụng và sẽ mất nếu trang được ghi lại.`);
}

/** What to do with a council's sheet typed past the read limits. */
export const CUT_REMEDY = `Cách xử lý: chuyển các dòng ấy lên trong ${formatNumberVi(READ_LIMITS.rows)} dòng đầu của trang (xóa các dòng trống ở giữa), lưu lại rồi chạy lại.`;

/** "256 MB". */
export function megabytes(bytes: number): string {
  return `${formatNumberVi(Math.round(bytes / (1024 * 1024)))} MB`;
}
