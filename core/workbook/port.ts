// Cổng sổ tính (workbook port): the one small interface the task pane, the standalone page and the
// command line talk to. Implemented by Office.js (excel-addin/workbook/office-workbook.ts) and
// ExcelJS (excel-addin/workbook/exceljs-workbook.ts). Methods are batch-shaped on purpose: one call
// is one context.sync() in the Office.js adapter.
import type { CellValue, SheetGrid } from '../report/schema.js';

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
  columnWidths?: { column: string; width: number }[]; // width in characters
  freeze?: { rows: number; columns: number };
  /** A native column chart over a range of this sheet (Tổng hợp). */
  chart?: { title: string; categories: string; values: string; anchor: string };
  /** A4 print layout. */
  print?: { orientation: 'portrait' | 'landscape'; fitToWidth: boolean; titleRows?: string };
};

export type WorkbookEdit = { sheets: SheetEdit[] };

export interface WorkbookPort {
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** Used ranges (values and number formats) of these sheets, read in one go. */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /** Apply all edits in one go. */
  apply(edit: WorkbookEdit): Promise<void>;
  /** The add-in's own stored data (decisions, fingerprints), kept inside the workbook. */
  readStore(key: string): Promise<unknown>;
  writeStore(key: string, value: unknown): Promise<void>;
}
