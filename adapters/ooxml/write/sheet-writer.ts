// One SheetEdit written into its worksheet's XML. 'existing': the sheet's text is spliced where the edit
// writes — its cells, the rows they sit in, the column widths, row heights, the view's frozen panes, print
// settings and notes — and every other byte stays as the unit's program wrote it. 'replace' (and a sheet
// the package does not have yet): the same edits made into an empty worksheet, whose map is made once. Positions
// come from the opening pass's map of the sheet when it made one, else from saxes here (sheet-map.ts); elements
// go where CT_Worksheet orders them (splices.ts).
import type { CellValue } from '../../../core/cell.js';
import type { CellFormat, SheetEdit } from '../../../core/sheet/port.js';
import { cellAddress, parseAddress } from '../../../core/text.js';
import { rangeRef } from '../ranges.js';
import { cellXml } from './cell-xml.js';
import { columnStyles, writeWidths } from './column-widths.js';
import type { SheetOutput, SheetWriter, StyleBook } from './contract.js';
import { child, scanElements, type XmlNode } from '../element-map.js';
import { startTag } from './xml-text.js';
import { writeChart } from './chart.js';
import { writeNotes } from './notes.js';
import { PartRels, REL_TYPE } from './part-rels.js';
import { writePrint } from './print-setup.js';
import { type SheetMap, SheetMapBuilder } from '../sheet-map.js';
import { MAIN_NS, readSheetText, type SheetText } from './sheet-text.js';
import { insertOrdered, placeChild, SHEET_VIEW_ORDER, WORKSHEET_ORDER } from './splices.js';


/** The worksheet a 'replace' edit starts from: what ExcelJS gives a new sheet before its cells. */
export const EMPTY_SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_TYPE}">` +
  `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

let emptySheetMap: SheetMap | undefined;

/**
 * Characters of new rows encoded together: a sheet of thousands of rows (tong-hop.xlsx) is held as UTF-8 as it is
 * written, never as the strings of all its rows (two bytes a character, with one Vietnamese letter), and each batch
 * of strings is let go young, before the engine's first collection. The store's one row of JSON (1.5 million
 * characters for 1,125 units) is encoded cell by cell.
 */
const ROW_BATCH = 16_384;
const encoder = new TextEncoder();

/** EMPTY_SHEET's map, made once: a sheet made anew needs no parse (nothing edits a map). */
function emptyMap(): SheetMap {
  if (emptySheetMap) return emptySheetMap;
  const builder = new SheetMapBuilder(() => 'cells');
  scanElements(EMPTY_SHEET, 'EMPTY_SHEET', builder);
  return (emptySheetMap = builder.result()!);
}

/** A cell the edit writes: its column, its value and its format (the block's laid under the cell's own). */
type Planned = { col: number; value: CellValue; format: CellFormat | undefined; formula?: string };

export const writeSheet: SheetWriter = (edit, input, styles) => {
  const existing = edit.mode === 'existing' && input.xml !== undefined;
  const xml = existing ? input.xml! : EMPTY_SHEET;
  const cells = plannedCells(edit);
  const heights = new Map((edit.rowHeights ?? []).map((h) => [h.row, h.height]));
  const touched = new Set([...cells.keys(), ...heights.keys()]);

  const sheet = readSheetText(xml, input.path, touched, existing, existing ? input.map : emptyMap());

  const written = writeRows(sheet, [...touched].sort((a, b) => a - b), cells, heights, styles, input.date1904);
  writeDimension(sheet, written);
  writeWidths(sheet, edit.columnWidths ?? []);
  if (edit.freeze) writeFreeze(sheet, edit.freeze);
  const definedNames = edit.print ? writePrint(sheet, edit.print, edit.sheet) : undefined;
  // Notes and the chart share the sheet's relationships: a sheet made anew starts without any.
  const rels = PartRels.parse(input.path, existing ? input.rels : undefined);
  const parts = [...writeNotes(sheet, edit.notes, rels, input), ...writeChart(sheet, edit.chart, edit.sheet, rels, input, (row, col) => cells.get(row)?.get(col)?.value)];
  return { xml: sheet.splices.applyUtf8(xml), rels: rels.text(), parts, definedNames } satisfies SheetOutput;
};

/** The edit's blocks cell by cell, by row then column; a later block over the same cell wins (as it would writing in turn). */
function plannedCells(edit: SheetEdit): Map<number, Map<number, Planned>> {
  const rows = new Map<number, Map<number, Planned>>();
  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) throw new Error(`Địa chỉ ô không hợp lệ: "${block.address}" (trang ${edit.sheet}).`);
    block.values.forEach((values, i) => {
      const r = at.row + i;
      let row = rows.get(r);
      if (!row) rows.set(r, (row = new Map()));
      values.forEach((value, j) => {
        const own = block.cellFormats?.[i]?.[j] ?? undefined;
        row.set(at.col + j, { col: at.col + j, value, format: block.format && own ? { ...block.format, ...own } : (block.format ?? own) });
      });
    });
  }
  for (const { address, formula } of edit.formulas ?? []) {
    const at = parseAddress(address);
    const cell = at && rows.get(at.row)?.get(at.col);
    if (cell) cell.formula = formula;
  }
  return rows;
}

/**
 * A row's planned cells in column order. Here and in writeRows and editRow, indexed loops rather than for…of or
 * destructuring: they run for every cell of every copy, mostly in code not yet optimised, where each step of an
 * iterator allocates its result. Blocks are laid left to right, so a row's cells mostly come in order: sorted only
 * when they do not (a sort copies the row to work on it, 17 of the 760 MB a 300-workbook run allocated).
 */
function inColumnOrder(row: Map<number, Planned> | undefined): Planned[] {
  if (!row) return [];
  const cells = Array.from(row.values());
  for (let i = 1; i < cells.length; i++) if (cells[i - 1]!.col > cells[i]!.col) return cells.sort(byColumn);
  return cells;
}

const byColumn = (a: Planned, b: Planned) => a.col - b.col;

type Bounds = { top: number; left: number; bottom: number; right: number } | undefined;

/** Writes the planned cells and row heights, row by row in ascending order (`order`); the bounds of the cells written. */
function writeRows(
  sheet: SheetText,
  order: readonly number[],
  cells: Map<number, Map<number, Planned>>,
  heights: Map<number, number>,
  styles: StyleBook,
  date1904: boolean,
): Bounds {
  const { root, prefix, splices, rows, rowNumbers } = sheet;
  const columns = columnStyles(child(root, 'cols'));
  let bounds: Bounds;
  // Grown in place: this runs for every cell written.
  const wrote = (row: number, col: number) => {
    if (!bounds) bounds = { top: row, left: col, bottom: row, right: col };
    else {
      if (row < bounds.top) bounds.top = row;
      if (row > bounds.bottom) bounds.bottom = row;
      if (col < bounds.left) bounds.left = col;
      if (col > bounds.right) bounds.right = col;
    }
  };
  const encode = (row: number, base: number, cell: Planned) => {
    const date = cell.value instanceof Date;
    const style = styles.styled(base, cell.format, date);
    wrote(row, cell.col);
    return cellXml(prefix, cellAddress(row, cell.col), style, cell.value, date1904, cell.formula);
  };

  const sheetData = child(root, 'sheetData');
  const byNumber = new Map<number, XmlNode>();
  for (let i = 0; i < rows.length; i++) byNumber.set(rowNumbers.get(rows[i]!)!, rows[i]!);
  const added: string[] = [];
  const afterLast = new RowBatch((bytes) => splices.append(sheetData!, bytes));
  let next = 0;
  for (let o = 0; o < order.length; o++) {
    const r = order[o]!;
    const planned = inColumnOrder(cells.get(r));
    const height = heights.get(r);
    const node = byNumber.get(r);
    if (node) {
      editRow(sheet, node, r, planned, height, columns, encode);
      continue;
    }
    // A new row: its cells that hold something or have a style of their own, after the rows before it.
    const texts: string[] = [];
    for (let k = 0; k < planned.length; k++) {
      const cell = planned[k]!;
      if (cell.value !== null || cell.format || cell.formula !== undefined) texts.push(encode(r, columns(cell.col) ?? 0, cell));
    }
    if (texts.length === 0 && height === undefined) continue;
    const attrs = { r: String(r), ...(height !== undefined ? { ht: String(height), customHeight: '1' } : {}) };
    const row = texts.length > 0 ? [startTag(`${prefix}row`, attrs), ...texts, `</${prefix}row>`] : [startTag(`${prefix}row`, attrs, true)];
    while (next < rows.length && rowNumbers.get(rows[next]!)! < r) next++;
    if (!sheetData) added.push(row.join(''));
    else if (next < rows.length) splices.insert(rows[next]!.start, row.join(''));
    else afterLast.add(row);
  }
  afterLast.flush();
  // CT_Worksheet requires sheetData; a sheet without it gets one, in its place.
  if (!sheetData) insertOrdered(splices, root, 'sheetData', added.length > 0 ? `<${prefix}sheetData>${added.join('')}</${prefix}sheetData>` : `<${prefix}sheetData/>`, WORKSHEET_ORDER);
  return bounds;
}

/** Rows written after the sheet's last, in order, as their pieces (tags and cells): a row is never joined whole. */
class RowBatch {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly write: (bytes: Uint8Array) => void) {}

  add(row: readonly string[]): void {
    for (let i = 0; i < row.length; i++) {
      const piece = row[i]!;
      this.pieces.push(piece);
      this.length += piece.length;
      // Between two pieces, never inside one: a character is never cut in two.
      if (this.length >= ROW_BATCH) this.flush();
    }
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    this.write(encoder.encode(this.pieces.join('')));
    this.pieces = [];
    this.length = 0;
  }
}

/** An existing row: its written cells replaced or inserted in column order, its height and spans updated. */
function editRow(
  sheet: SheetText,
  node: XmlNode,
  r: number,
  planned: readonly Planned[],
  height: number | undefined,
  columns: (col: number) => number | undefined,
  encode: (row: number, base: number, cell: Planned) => string,
): void {
  const { splices } = sheet;
  const attrs: Record<string, string | undefined> = { ...node.attrs };
  let retag = false;
  if (height !== undefined) {
    const old = node.attrs.ht !== undefined ? Number(node.attrs.ht) : undefined;
    // In the unit's own sheet a row only grows: its taller rows are the unit's to keep.
    const ht = sheet.existing && old !== undefined && Number.isFinite(old) ? Math.max(old, height) : height;
    if (ht !== old || attrs.customHeight !== '1') {
      attrs.ht = String(ht);
      attrs.customHeight = '1';
      retag = true;
    }
  }
  // The row's own style reaches new cells only when it is set for the row (customFormat).
  const rowStyle = node.attrs.customFormat === '1' || node.attrs.customFormat === 'true' ? Number(node.attrs.s ?? 0) : undefined;
  const present = sheet.cells.get(node) ?? [];
  let at = 0;
  const inserted: number[] = [];
  for (let k = 0; k < planned.length; k++) {
    const cell = planned[k]!;
    const c = cell.col;
    while (at < present.length && present[at]!.col < c) at++;
    const here = present[at];
    if (here && here.col === c) {
      splices.replace(here.start, here.end, encode(r, here.style, cell));
      continue;
    }
    if (cell.value === null && !cell.format && cell.formula === undefined) continue;
    const text = encode(r, rowStyle ?? columns(c) ?? 0, cell);
    inserted.push(c);
    if (here) splices.insert(here.start, text);
    else splices.append(node, text);
  }
  // spans="1:12" is Excel's hint of the row's columns: widened to the cells added.
  if (attrs.spans && inserted.length > 0) {
    const ends = attrs.spans.split(/[\s:]+/).map(Number).filter(Number.isFinite);
    const spans = `${Math.min(...ends, ...inserted)}:${Math.max(...ends, ...inserted)}`;
    if (spans !== attrs.spans) {
      attrs.spans = spans;
      retag = true;
    }
  }
  if (retag) splices.retag(node, attrs);
}

/** `<dimension ref>` grown to the cells written. */
function writeDimension(sheet: SheetText, written: Bounds): void {
  if (!written) return;
  const { root, splices, prefix } = sheet;
  const node = child(root, 'dimension');
  const old = node?.attrs.ref !== undefined ? rangeRef(node.attrs.ref) : undefined;
  const b = old
    ? { top: Math.min(old.top, written.top), left: Math.min(old.left, written.left), bottom: Math.max(old.bottom, written.bottom), right: Math.max(old.right, written.right) }
    : written;
  const ref = b.top === b.bottom && b.left === b.right ? cellAddress(b.top, b.left) : `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;
  if (node?.attrs.ref === ref) return;
  if (node) splices.retag(node, { ...node.attrs, ref });
  else insertOrdered(splices, root, 'dimension', startTag(`${prefix}dimension`, { ref }, true), WORKSHEET_ORDER);
}

/** Frozen rows and columns: the first sheet view's pane and selection, as ExcelJS writes them. */
function writeFreeze(sheet: SheetText, { rows, columns }: { rows: number; columns: number }): void {
  const { root, splices, prefix } = sheet;
  const topLeft = cellAddress(rows + 1, columns + 1);
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const text =
    rows === 0 && columns === 0
      ? ''
      : startTag(`${prefix}pane`, { xSplit: columns > 0 ? String(columns) : undefined, ySplit: rows > 0 ? String(rows) : undefined, topLeftCell: topLeft, activePane: pane, state: 'frozen' }, true) +
        startTag(`${prefix}selection`, { pane, activeCell: topLeft, sqref: topLeft }, true);
  const views = child(root, 'sheetViews');
  const view = views && child(views, 'sheetView');
  if (!view) {
    const viewText = `${startTag(`${prefix}sheetView`, { workbookViewId: '0' })}${text}</${prefix}sheetView>`;
    placeChild(splices, root, 'sheetViews', `<${prefix}sheetViews>${viewText}</${prefix}sheetViews>`, WORKSHEET_ORDER);
    return;
  }
  // The view's old panes and selections go; what else it holds (pivot selections, extensions) stays.
  for (const c of view.children) if (c.name === 'pane' || c.name === 'selection') splices.replaceNode(c, '');
  // Placed before the first child the schema puts after a pane: a selection just removed, if any.
  if (text !== '') insertOrdered(splices, view, 'pane', text, SHEET_VIEW_ORDER);
}

// Made for issue 27 item 2: the unit's report sheet written in place, and thidua's own sheets written anew, without ExcelJS.
