// A sheet of one table: its title in A1, a few lines under it, the table's header once and its rows in one block,
// a line or two after it. Every page the table runs on to repeats the header by the sheet's print titles
// (_xlnm.Print_Titles), which Excel and LibreOffice draw themselves, so no header row is written again inside the
// table and no page break is fixed: a row that grows when the officer edits it moves the breaks, not the headers.
import type { CellValue } from '../cell.js';
import type { Block, CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout, type PrintExtras } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import { FILL } from './plan-scored-sheet.js';

/** A table's header cells. */
export const TABLE_HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
/** Names, labels and reasons wrap within their column (and their rows grow) rather than run under the next one. */
export const TEXT: CellFormat = { wrap: true };

export type TableSheet = {
  sheet: string;
  /** A1: how a later run knows the sheet is thidua's own. */
  title: string;
  titleFormat?: CellFormat;
  /** Lines under the title, each one cell of column A. */
  lines?: readonly string[];
  headers: readonly string[];
  rows: readonly CellValue[][];
  /** Per cell, the same shape as `rows`. */
  formats: readonly (readonly (CellFormat | null)[])[];
  /** What the table says when it has no row, under its header. */
  empty: string;
  /** Lines after the table. */
  after?: readonly string[];
  /** Columns from A, in characters. */
  widths: readonly number[];
};

/** The blocks of a table sheet, and where its header and its next free row are. */
export function tableBlocks(t: TableSheet): { blocks: Block[]; headerRow: number; next: number } {
  const lines = t.lines ?? [];
  const blocks: Block[] = [{ address: 'A1', values: [[t.title]], format: t.titleFormat ?? { bold: true } }];
  if (lines.length > 0) blocks.push({ address: 'A2', values: lines.map((l) => [l]) });
  // A blank row between the lines and the table.
  const headerRow = lines.length + 3;
  const rows = t.rows.length > 0 ? t.rows.map((r) => [...r]) : [[null, t.empty, ...Array<CellValue>(Math.max(0, t.headers.length - 2)).fill(null)]];
  blocks.push({
    address: `A${headerRow}`,
    values: [[...t.headers], ...rows],
    cellFormats: [t.headers.map(() => TABLE_HEADER), ...(t.rows.length > 0 ? t.formats.map((f) => [...f]) : [rows[0]!.map(() => null)])],
  });
  let next = headerRow + rows.length + 1;
  if (t.after && t.after.length > 0) {
    blocks.push({ address: `A${next + 1}`, values: t.after.map((l) => [l]) });
    next += t.after.length + 1;
  }
  return { blocks, headerRow, next };
}

/** `blocks` as the sheet `t` describes, printed on A4 with the header row at `headerRow` repeated on every page. */
export function finishTableSheet(t: Pick<TableSheet, 'sheet' | 'widths'>, blocks: Block[], headerRow: number, extras: Omit<PrintExtras, 'titleRows'> & { chart?: SheetEdit['chart'] } = {}): SheetEdit {
  const { chart, ...print } = extras;
  const sheet = withRowHeights({ sheet: t.sheet, mode: 'replace', blocks, ...(chart ? { chart } : {}), columnWidths: widthsFromA(t.widths) });
  return withPrintLayout(sheet, { ...print, titleRows: `$${headerRow}:$${headerRow}` });
}

export function tableSheet(t: TableSheet): SheetEdit {
  const { blocks, headerRow } = tableBlocks(t);
  return finishTableSheet(t, blocks, headerRow);
}

// Made for issue 46 item 5: every table thidua writes prints its header on each page by print titles, one table a sheet.
