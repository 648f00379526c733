// A sheet of one table: its title in A1, a few lines under it, the table's header once and its rows in one block,
// a line or two after it. Every page the table runs on to repeats the header by the sheet's print titles
// (_xlnm.Print_Titles), which Excel and LibreOffice draw themselves, so no header row is written again inside the
// table and no page break is fixed: a row that grows when the officer edits it moves the breaks, not the headers.
import type { CellValue } from '../cell.js';
import type { Block, CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout, type PrintExtras } from '../sheet/print-layout.js';
import { linesWithin, widthsFromA, withRowHeights } from '../sheet/row-height.js';
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
  // A line longer than the table is wide goes on in the rows under it: spilling past the last column, it printed the
  // whole sheet at 100 % across pages (the «not listed» sentence on «Đề xuất khen thưởng»).
  const room = t.widths.reduce((sum, w) => sum + w, 0);
  const within = (texts: readonly string[]) => texts.flatMap((l) => linesWithin(l, room));
  const lines = within(t.lines ?? []);
  const after = within(t.after ?? []);
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
  if (after.length > 0) {
    blocks.push({ address: `A${next + 1}`, values: after.map((l) => [l]) });
    next += after.length + 1;
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

/**
 * Rows of one table a sheet of tong-hop.xlsx holds; a longer table goes on in sheets of its own. thidua reads 20,000
 * rows and 16 MB of XML of a sheet (core/workbook/limits.ts; Excel 1,048,576 rows): a province's «Xét khen thưởng»
 * (5,250 units, two forms) is 10,500 rows of ~600 bytes, so 5,000 rows keep any of its tables well within both.
 */
export const PART_ROWS = 5_000;

/** The sheet holding part `n` (from 1) of a table split: `sheet`, then «sheet (phần 2)»… within Excel's 31 characters. */
export function partName(sheet: string, n: number): string {
  if (n <= 1) return sheet;
  const suffix = ` (phần ${n})`;
  return `${sheet.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
}

/** Whether `name` is `sheet` or a part of it that partName names. */
export function isPartOf(sheet: string, name: string): boolean {
  return partNumber(sheet, name) !== undefined;
}

/** Which part of `sheet` the sheet `name` is, as partName names it (1: `sheet` itself); undefined when none. */
export function partNumber(sheet: string, name: string): number | undefined {
  if (name === sheet) return 1;
  const part = /^(.*) \(phần ([1-9]\d*)\)$/.exec(name);
  return part !== null && partName(sheet, Number(part[2])) === name ? Number(part[2]) : undefined;
}

/** `rows` in parts of at most `partRows` (one part when they fit, or when there are none). */
export function inParts<T>(rows: readonly T[], partRows: number): T[][] {
  const parts: T[][] = [];
  for (let at = 0; at === 0 || at < rows.length; at += partRows) parts.push(rows.slice(at, at + partRows));
  return parts;
}

/**
 * `groups` (rows that go together, as a flag's rows of «Rà soát») in parts of at most `partRows` rows, a group never
 * split (a group longer than `partRows` is a part alone); one part when they fit.
 */
export function inGroupParts<T>(groups: readonly (readonly T[])[], partRows: number): T[][] {
  const parts: T[][] = [[]];
  for (const group of groups) {
    const part = parts[parts.length - 1]!;
    if (part.length > 0 && part.length + group.length > partRows) parts.push([...group]);
    else part.push(...group);
  }
  return parts;
}

/** Under the title of each part of a split table: which rows it holds and where the table goes on. */
export function partLine(n: number, of: number, first: number, last: number, next: string | undefined): string {
  return `Phần ${n}/${of} của bảng: dòng ${first}–${last}${next ? `; tiếp ở trang «${next}»` : ''}.`;
}

/** The part a line partLine wrote says (n of `of`), undefined for any other text. */
export function partOfLine(text: string): { n: number; of: number } | undefined {
  const m = /^Phần ([1-9]\d*)\/([1-9]\d*) của bảng: /.exec(text);
  return m ? { n: Number(m[1]), of: Number(m[2]) } : undefined;
}

/**
 * The table as one sheet, or, past `partRows` rows, as sheets of `partRows` rows each (partName), each with its
 * title, lines, header and print titles, a line saying which rows it holds; what comes after the table on the last.
 */
export function tableSheets(t: TableSheet, partRows = Infinity): SheetEdit[] {
  const rows = inParts(t.rows, partRows);
  if (rows.length === 1) return [tableSheet(t)];
  const formats = inParts(t.formats, partRows);
  return rows.map((part, i) => {
    const first = i * partRows + 1;
    const line = partLine(i + 1, rows.length, first, first + part.length - 1, i + 1 < rows.length ? partName(t.sheet, i + 2) : undefined);
    const { after: _after, ...rest } = t;
    return tableSheet({ ...rest, sheet: partName(t.sheet, i + 1), lines: [...(t.lines ?? []), line], rows: part, formats: formats[i]!, ...(i + 1 === rows.length && t.after ? { after: t.after } : {}) });
  });
}

// Made for issue 46 item 5: every table thidua writes prints its header on each page by print titles, one table a sheet.
