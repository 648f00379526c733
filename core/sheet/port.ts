// Cổng sổ tính (workbook port): the one small interface the task pane, the standalone page and the
// command line talk to. Implemented by Office.js (excel-addin/workbook/office-workbook.ts) and by the
// package itself (adapters/ooxml/workbook.ts; the examples and tests also write through ExcelJS,
// adapters/exceljs/exceljs-workbook.ts). Methods are batch-shaped on purpose: one call is one
// context.sync() in the Office.js adapter.
import type { SheetGrid } from '../sheet/cell.js';
import type { CellValue } from '../cell.js';

export type CellFormat = {
  fill?: string; // "#RRGGBB"
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  numberFormat?: string;
  wrap?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
};

/** A rectangle of values written at `address` (its top-left cell, e.g. "H5"). */
export type Block = {
  address: string;
  values: CellValue[][];
  /** One format for the whole block… */
  format?: CellFormat;
  /** …and/or per-cell formats, same shape as values (null = none). */
  cellFormats?: (CellFormat | null)[][];
};

export type CellNote = { address: string; text: string };

export type SheetEdit = {
  sheet: string;
  /** 'replace': delete and re-create (the add-in's own sheets); 'existing': write into it. */
  mode: 'replace' | 'existing';
  blocks: Block[];
  notes?: CellNote[];
  /**
   * Cells that hold a formula the council typed (without «=»), kept through the rewrite: the block's value at the
   * address is the result the file stored, written beside it so every program shows it before computing again.
   */
  formulas?: { address: string; formula: string }[];
  columnWidths?: { column: string; width: number }[]; // width in characters
  /**
   * Row heights in points, from the wrapped text (row-height.ts): no program re-fits them on opening.
   * In 'existing' sheets a row only grows, so the unit's own taller rows keep their height.
   */
  rowHeights?: { row: number; height: number }[];
  freeze?: { rows: number; columns: number };
  /** A native column chart over a range of this sheet (Tổng hợp). */
  chart?: { title: string; categories: string; values: string; anchor: string };
  /** A4 print layout, chosen by print-layout.ts. */
  print?: PrintLayout;
};

export type PrintLayout = {
  orientation: 'portrait' | 'landscape';
  /** Scaled to one page wide (only when the text stays readable)… */
  fitToWidth: boolean;
  /** …and to one page tall as well. */
  fitToHeight?: boolean;
  /** Rows repeated on every page, e.g. "$12:$12". */
  titleRows?: string;
  /** Columns repeated on every page across, e.g. "$A:$B". */
  titleColumns?: string;
  /** What prints, e.g. "A1:M40"; the whole used range when omitted. */
  printArea?: string;
  /** Centre footer in Excel's codes: the sheet's name and its page («&A — Trang &P»). */
  footer?: string;
  /** Page header in Excel's codes (&L left, &R right), e.g. the unit's name and period on every page of its sheet. */
  header?: string;
  /** Pages numbered from 1 within the sheet (a workbook printed whole does not run one count over its sheets). */
  firstPageNumber: 1;
  /** Page margins in inches: narrow at the sides, room for the header and footer at top and bottom. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows a new page starts at (a table that must not be split from its heading, e.g. the proposals). */
  breaksBefore?: number[];
};

export type WorkbookEdit = { sheets: SheetEdit[] };

export type ReadOptions = {
  /**
   * A sheet larger than the adapter's first read (Office.js: its first 50 rows at least, from A1; the package reader:
   * its first 50 rows, told at opening, with the used range its `<dimension>` states) whose first read this says yes
   * to is returned as that first read, its body not read (the pane's own «Chỉ số cổng DVC»). An adapter that holds
   * the whole file anyway may return it whole.
   */
  headOnly?: (head: SheetGrid) => boolean;
};

export interface WorkbookPort {
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** Used ranges (values and number formats) of these sheets, read in one go. */
  readSheets(names: string[], opts?: ReadOptions): Promise<SheetGrid[]>;
  /** Apply all edits in one go. */
  apply(edit: WorkbookEdit): Promise<void>;
  /** The add-in's own stored data (decisions, fingerprints), kept inside the workbook. */
  readStore(key: string): Promise<unknown>;
  writeStore(key: string, value: unknown): Promise<void>;
}
