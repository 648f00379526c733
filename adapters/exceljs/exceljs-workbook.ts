// The workbook port over ExcelJS, which the example workbooks are made with and the tests read copies back
// through (the faces read and write through adapters/ooxml/workbook.ts). No Node built-ins here.
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import type { CellFormat, PrintLayout, SheetEdit, WorkbookEdit, WorkbookPort } from '../../core/sheet/port.js';
import { parseAddress } from '../../core/text.js';
import { gridFromCells, type SparseCell } from '../../core/workbook/sparse-grid.js';
import { EXCEL_HEADER_FOOTER_MAX, safeText, xmlSafe } from '../../core/safe-text.js';
import { refuseUnbounded } from '../ooxml/bounds.js';
import { DEFAULT_COLUMN_WIDTH } from '../../core/sheet/row-height.js';
import { ANNOTATION_MARK, decodeStore, encodeStore, isStoreSheet, STORE_SHEET } from '../../core/workbook/store-layout.js';

/** ExcelJS's number for A4 in pageSetup.paperSize. */
const PAPER_A4 = 9;

/** A workbook not opened because of what it is (too large, not a zip), with the reason in Vietnamese. */
export class WorkbookRefused extends Error {}

export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /**
   * Opens an .xlsx; a file past READ_LIMITS is refused by the bounded pre-pass before ExcelJS sees it
   * (WorkbookRefused, in Vietnamese): ExcelJS would build every cell a merge covers.
   */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const refused = refuseUnbounded(buf instanceof Uint8Array ? buf : new Uint8Array(buf));
    if (refused) throw new WorkbookRefused(refused);
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS's typing wants a Node Buffer; JSZip underneath takes any ArrayBuffer or Uint8Array.
      await workbook.xlsx.load(buf as unknown as ArrayBuffer);
    } catch (e) {
      throw new WorkbookRefused(loadFailure(e));
    }
    return new ExcelJsWorkbook(workbook);
  }

  /** A new, empty workbook (for `tong-hop.xlsx` and templates). */
  static create(): ExcelJsWorkbook {
    return new ExcelJsWorkbook(new ExcelJS.Workbook());
  }

  /** The .xlsx. */
  async toBuffer(): Promise<Uint8Array> {
    const out = await this.workbook.xlsx.writeBuffer();
    return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  }

  /** Sheet names in tab order, without the add-in's hidden store (as the Office.js adapter). */
  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name).filter((n) => !isStoreSheet(n));
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return names.map((name) => {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) throw new Error(`Không có trang tính "${name}" trong sổ tính.`);
      return readGrid(ws);
    });
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    for (const sheetEdit of edit.sheets) applySheet(this.workbook, sheetEdit);
  }

  async readStore(key: string): Promise<unknown> {
    const ws = this.workbook.getWorksheet(STORE_SHEET);
    return ws ? decodeStore(readGrid(ws).values).get(key) : undefined;
  }

  async writeStore(key: string, value: unknown): Promise<void> {
    const old = this.workbook.getWorksheet(STORE_SHEET);
    const store = old ? decodeStore(readGrid(old).values) : new Map<string, unknown>();
    store.set(key, value);
    const ws = replaceSheet(this.workbook, STORE_SHEET);
    ws.state = 'veryHidden';
    encodeStore(store).forEach((row, i) => {
      ws.getRow(i + 1).values = row;
    });
  }
}

/**
 * What went wrong inside ExcelJS, for an officer: JSZip's English («Corrupted zip or bug: unexpected
 * signature», «End of data reached», «invalid stored block lengths», CRC32 mismatch) means the file
 * was cut short or damaged on its way; anything else, that the parts inside are not a workbook.
 */
function loadFailure(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/zip|signature|end of data|central directory|crc32|invalid (stored|code|distance|block)|inflate|compression/i.test(message)) {
    return 'tệp nén .xlsx bị hỏng (thường do tải về hoặc chép chưa xong): hãy mở tệp bằng Excel rồi lưu lại, hoặc xin bản gửi lại';
  }
  return 'nội dung bên trong không phải một sổ tính Excel đọc được: hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx';
}

/** The cells the sheet holds, as Excel's range.values gives them (merged areas hold their value in the top-left cell only), bounded. */
function readGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const grid = gridFromCells(ws.name, cellsOf(ws));
  const columns = grid.values[0]?.length ?? 0;
  return { ...grid, columnWidths: Array.from({ length: columns }, (_, c) => ws.getColumn(c + 1).width ?? DEFAULT_COLUMN_WIDTH) };
}

function* cellsOf(ws: ExcelJS.Worksheet): Generator<SparseCell> {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => void rows.push(row));
  for (const row of rows) {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell));
    for (const cell of cells) {
      const value = toCellValue(cell);
      const formula = formulaOf(cell);
      // A formula without a stored result is yielded too: the sheet uses its cell.
      if (value !== null || formula) yield { row: row.number, col: Number(cell.col), value, ...(cell.numFmt ? { format: cell.numFmt } : {}), ...(formula ? { formula } : {}) };
    }
  }
}

/** The formula text of a formula cell (shared formulas included), without «=». */
function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || v instanceof Date) return undefined;
  if ('formula' in v && typeof v.formula === 'string') return v.formula;
  if ('sharedFormula' in v) return cell.formula || String((v as { sharedFormula: string }).sharedFormula);
  return undefined;
}

/** A value just written, as a formula's stored result. */
function plainResult(v: ExcelJS.CellValue): ExcelJS.CellFormulaValue['result'] {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date ? (v ?? undefined) : undefined;
}

/** ExcelJS's many value shapes → the plain cell values Office.js gives. */
function toCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return plain(cell.value);
}

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('error' in v) return String(v.error); // { error: '#N/A' }
  if ('richText' in v) return v.richText.map((run) => run.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in v) {
    const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
    return typeof text === 'string' ? text : plain(text as ExcelJS.CellValue);
  }
  return null;
}

function noteText(note: ExcelJS.Cell['note']): string {
  return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
}

function removeOwnNotes(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      // ExcelJS has no public way to delete a note: its cell keeps it in `_comment`.
      if (cell.note !== undefined && noteText(cell.note).startsWith(ANNOTATION_MARK)) delete (cell as unknown as { _comment?: unknown })._comment;
    }),
  );
}

function applySheet(workbook: ExcelJS.Workbook, edit: SheetEdit): void {
  // ExcelJS drops control characters but writes U+FFFE/U+FFFF as they are, making the file unreadable: what it
  // writes passes core/safe-text.ts (the sheet's name, cells, notes, header and footer).
  const name = xmlSafe(edit.sheet);
  const ws = edit.mode === 'replace' ? replaceSheet(workbook, name) : (workbook.getWorksheet(name) ?? workbook.addWorksheet(name));
  const styles = new Restyler();

  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) throw new Error(`Địa chỉ ô không hợp lệ: "${block.address}" (trang ${edit.sheet}).`);
    block.values.forEach((rowValues, i) => {
      const row = ws.getRow(at.row + i);
      rowValues.forEach((value, j) => {
        const cell = row.getCell(at.col + j);
        cell.value = typeof value === 'string' ? xmlSafe(value) : value;
        styles.restyle(cell, mergeFormats(block.format, block.cellFormats?.[i]?.[j] ?? undefined) ?? NO_FORMAT);
      });
    });
  }

  // A formula the council typed, with the result its file stored.
  for (const { address, formula } of edit.formulas ?? []) {
    const cell = ws.getCell(address);
    cell.value = { formula, result: plainResult(cell.value) } as ExcelJS.CellFormulaValue;
  }

  // As the Office.js adapter does: the add-in's earlier notes go, the officer's own notes stay.
  if (edit.mode === 'existing') removeOwnNotes(ws);
  for (const note of edit.notes ?? []) {
    const cell = ws.getCell(note.address);
    if (cell.note !== undefined) continue; // the officer's note stays; the flag is in the «Cảnh báo» column
    cell.note = `${ANNOTATION_MARK}\n${xmlSafe(note.text)}`;
    // ExcelJS skips an empty cell without a style when writing, and its note is then lost on the next
    // read. "Locked" is every cell's default in Excel, so stating it changes nothing for the user.
    if (cell.value === null && !cell.protection) styles.restyle(cell, { locked: true });
  }

  for (const { column, width } of edit.columnWidths ?? []) ws.getColumn(column).width = width;

  if (edit.freeze) {
    ws.views = [{ state: 'frozen', xSplit: edit.freeze.columns, ySplit: edit.freeze.rows }];
  }

  for (const { row, height } of edit.rowHeights ?? []) {
    const r = ws.getRow(row);
    // In the unit's own sheet a row only grows: its taller rows are the unit's to keep.
    r.height = edit.mode === 'existing' && r.height !== undefined ? Math.max(r.height, height) : height;
  }

  if (edit.print) applyPrint(ws, edit.print);
  // edit.chart: ExcelJS cannot make native charts; its data is already in the blocks and the
  // Office.js adapter draws it.
}

function applyPrint(ws: ExcelJS.Worksheet, print: PrintLayout): void {
  ws.pageSetup.paperSize = PAPER_A4;
  ws.pageSetup.orientation = print.orientation;
  // <sheetPr><pageSetUpPr fitToPage="1"/>: without it LibreOffice and Excel ignore fitToWidth and print at `scale`.
  ws.pageSetup.fitToPage = print.fitToWidth;
  if (print.fitToWidth) {
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = print.fitToHeight ? 1 : 0;
  } else {
    ws.pageSetup.scale = 100;
  }
  ws.pageSetup.margins = { ...print.margins };
  // firstPageNumber="1" useFirstPageNumber="1": each sheet's pages count from 1.
  ws.pageSetup.firstPageNumber = print.firstPageNumber;
  // A re-run clears what an earlier layout set and this one does not.
  ws.pageSetup.printTitlesRow = (print.titleRows ?? '').replace(/\$/g, '');
  ws.pageSetup.printTitlesColumn = (print.titleColumns ?? '').replace(/\$/g, '');
  // ExcelJS puts one «$» before each corner, so «A$1» becomes «$A$1»; «A1» would become «$A1», whose row
  // LibreOffice does not read as the print area's (it printed every column).
  ws.pageSetup.printArea = (print.printArea ?? '').replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  // A sheet loaded without header or footer has none to set a field on.
  ws.headerFooter = {
    ...ws.headerFooter,
    ...(print.footer ? { oddFooter: safeText(`&C${print.footer}`, EXCEL_HEADER_FOOTER_MAX).text } : {}),
    ...(print.header ? { oddHeader: safeText(print.header, EXCEL_HEADER_FOOTER_MAX).text } : {}),
  };
  // <rowBreaks><brk id="r-1" max="16383" man="1"/>: ExcelJS's break goes after the row it is added to.
  const breaks = (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks;
  for (const row of print.breaksBefore ?? []) if (row > 1 && !breaks.some((b) => b.id === row - 1)) ws.getRow(row - 1).addPageBreak();
}

/** Delete and re-create the sheet at the same tab position. */
function replaceSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(name);
  if (!old) return workbook.addWorksheet(name);
  // orderNo is ExcelJS's tab position (sorted on write); its typings leave it out.
  const orderNo = (old as unknown as { orderNo: number }).orderNo;
  workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(name);
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

function mergeFormats(a: CellFormat | undefined, b: CellFormat | undefined): CellFormat | undefined {
  return a && b ? { ...a, ...b } : (a ?? b);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A block's format for a cell, or the protection a note's empty cell needs. */
type Restyle = CellFormat | { locked: true };

/** A cell written without a format: it keeps its style, shared with the cells like it. */
const NO_FORMAT: CellFormat = {};

/**
 * Gives cells their formats without touching any other cell. ExcelJS hands every cell of a loaded file
 * that has the same style one shared style object, and its setters (cell.font = …) change that object:
 * formatting one cell that way would restyle every cell like it, the unit's own among them. So each cell
 * gets a new style object instead, and the cells written whose old style and format are alike share one —
 * ExcelJS then works out each style once, not once a cell (it knows a style object it has seen).
 */
class Restyler {
  /** The styles made, by the old style's parts (styleKey) and whether the cell holds a date, then by format. */
  private readonly byParts = new Map<string, Map<string, Partial<ExcelJS.Style>>>();

  /** The same groups by the old style object itself, for the cells that share one (loaded cells, cells restyled). */
  private readonly byStyle = [new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>(), new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>()];

  /** Each format object's key, worked out once (a block's format is shared by its cells). */
  private readonly formats = new WeakMap<Restyle, string>();

  /** A number for each part of a style met (font, border…): cells share the parts of their row's, column's or file's style. */
  private readonly parts = new WeakMap<object, number>();

  private partCount = 0;

  restyle(cell: ExcelJS.Cell, change: Restyle): void {
    const base = cell.style;
    let changeKey = this.formats.get(change);
    if (changeKey === undefined) this.formats.set(change, (changeKey = formatKey(change)));
    // ExcelJS gives a date without a number format its date format, and remembers the style's number by object.
    const made = this.groupOf(base, cell.value instanceof Date);
    let style = made.get(changeKey);
    if (!style) {
      style = 'locked' in change ? { ...base, protection: { locked: true } } : styleWith(base, change);
      made.set(changeKey, style);
    }
    cell.style = style;
  }

  private groupOf(base: Partial<ExcelJS.Style>, date: boolean): Map<string, Partial<ExcelJS.Style>> {
    const byStyle = this.byStyle[date ? 1 : 0]!;
    let group = byStyle.get(base);
    if (group) return group;
    const key = `${this.styleKey(base)}${date ? '\u0000date' : ''}`;
    group = this.byParts.get(key);
    if (!group) this.byParts.set(key, (group = new Map()));
    byStyle.set(base, group);
    return group;
  }

  /** Styles with the same key have the very same parts (alike styles made of different objects may differ, and share nothing). */
  private styleKey(style: Partial<ExcelJS.Style>): string {
    // Most cells written are new, their style empty.
    if (!style.font && !style.border && !style.fill && !style.alignment && !style.protection && !style.numFmt) return '';
    return `${this.part(style.font)},${this.part(style.border)},${this.part(style.fill)},${this.part(style.alignment)},${this.part(style.protection)},${style.numFmt ?? ''}`;
  }

  private part(object: object | undefined): string {
    if (object === undefined) return '';
    let n = this.parts.get(object);
    if (n === undefined) this.parts.set(object, (n = this.partCount++));
    return String(n);
  }
}

function formatKey(change: Restyle): string {
  if ('locked' in change) return 'locked';
  const f = change;
  return `${f.fill}|${f.fontColor}|${f.bold}|${f.italic}|${f.numberFormat}|${f.wrap}|${f.horizontalAlignment}`;
}

/** Excel's default cell font, as ExcelJS writes it for a new workbook. */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' };

function styleWith(base: Partial<ExcelJS.Style>, f: CellFormat): Partial<ExcelJS.Style> {
  const style = { ...base };
  if (f.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  if (f.fontColor || f.bold !== undefined || f.italic !== undefined) {
    style.font = {
      // A cell without a font of its own prints in the workbook's (Calibri 11 in every workbook thidua makes);
      // a font written with only <b/> has no name or size, and LibreOffice prints it in its own serif face.
      ...(base.font ?? DEFAULT_FONT),
      ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
    };
  }
  if (f.numberFormat) style.numFmt = f.numberFormat;
  if (f.wrap !== undefined || f.horizontalAlignment) {
    style.alignment = {
      ...base.alignment,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.horizontalAlignment ? { horizontal: f.horizontalAlignment } : {}),
    };
  }
  return style;
}
