// The workbook port over Office.js. One instance lives inside one `Excel.run` (one user action), so
// what it learned in one sync (sheet names, the store, existing notes) serves the next call without
// another round trip: listSheets, readSheets and apply are one context.sync() each (readSheets one more where a sheet
// hides rows), and store writes
// ride along with apply (or the final flush). Scoring is therefore three syncs, plus one per part of a sheet too large
// for the first read and of a store too large for its first 41 rows (each answer under Excel on the web's 5 MB), and one
// per 4 MB a write sends.
// Formulas are read beside the values so a figure the unit computed rather than typed is flagged, the columns'
// widths so a scored sheet is laid out for A4 with the unit's own columns, as the command line lays out its file, and
// which rows are hidden so a criterion hidden in the table is said as the file readers say it.
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import type { Block, CellFormat, CellNote, PrintLayout, ReadOptions, SheetEdit, WorkbookEdit, WorkbookPort } from '../../core/sheet/port.js';
import { cellAddress, columnLetter, parseAddress } from '../../core/text.js';
import { DEFAULT_COLUMN_WIDTH } from '../../core/sheet/row-height.js';
import { gridColumns, outsideText, READ_LIMITS } from '../../core/workbook/limits.js';
import { EXCEL_HEADER_FOOTER_MAX, safeText } from '../../core/safe-text.js';
import { annotationKind, type Capabilities } from './capabilities.js';
import { ANNOTATION_MARK, decodeStore, isStoreSheet, STORE_CHUNK, STORE_PART_BYTES, STORE_SHEET, storeLayout, storeSheetName } from '../../core/workbook/store-layout.js';

/** Cells read per sync (values, number formats and formulas): well under Excel on the web's 5 MB response limit. */
const READ_CELLS_PER_SYNC = 100_000;
/**
 * What a part of a sheet larger than its window is sized to answer, at the densest row read of it so far: a sheet of
 * text answers more a cell than READ_CELLS_PER_SYNC allows for (the import's «Chỉ số cổng DVC», 15 columns: 100,000
 * cells answered 4.6, 4.6 and 6.0 MB), and its later rows may be denser than those before (a morning's notes).
 */
const READ_PART_BYTES = 3_000_000;
/** Columns of the first read's window: reports and scored sheets are far narrower. */
const WINDOW_COLUMNS = 32;
/** Office rejects a request over 5 MB; split a write before the queued payload reaches this. */
export const PAYLOAD_SPLIT_BYTES = 4_000_000;
/**
 * Cells of the store's text read in one sync: a cell holds STORE_CHUNK characters, each at most 3 bytes in the
 * response's JSON (UTF-8; a quote escaped is 2), so 41 cells answer at most 3.9 MB whatever the text.
 */
const STORE_CELLS_PER_SYNC = Math.floor(PAYLOAD_SPLIT_BYTES / (STORE_CHUNK * 3));
/** What the first sync reads of the store: its keys and one cell of text a row (as the add-in writes it), 41 rows. */
const STORE_WINDOW = `A1:B${STORE_CELLS_PER_SYNC}`;
/** First line of every note or comment the add-in writes, so re-scoring replaces only its own. */
/** Excel's column width unit is the point; the port speaks in characters (Calibri 11: ≈ 7 px = 5.25 pt, plus padding). */
const POINTS_PER_CHAR = 5.25;
/** Excel's standard column (8.43 characters of Calibri 11, 64 px): read as the width the file readers give a column with none of its own. */
const STANDARD_COLUMN_POINTS = 48;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const ADDRESS_LIST_MAX = 2_000; // characters per Worksheet.getRanges call
/** Range.getMergedAreasOrNullObject fails past this many merged areas (the Office.js reference). */
const MERGED_AREAS_READ = 512;
/**
 * Rows of a sheet whose hidden state is asked, one Range.rowHidden each (ExcelApi 1.2), and only of a sheet whose used
 * range answers that some are hidden: a criteria table's rows with room (the corpus's longest runs to 139); rows past
 * them (a data sheet's, or a table's under a long guide) are asked together, as one range: whether some are hidden.
 */
const HIDDEN_ROWS_ASKED = 1_000;

type Annotation = { object: Excel.Note | Excel.Comment; content: string; location?: Excel.Range; sheet?: string; address?: string };

export class OfficeWorkbook implements WorkbookPort {
  private names?: string[];
  private active?: string;
  private store?: Map<string, unknown>;
  /** The store's sheets the workbook holds (`_thidua`, `_thidua 2`…: a store the command line wrote in parts). */
  private storeSheets = 0;
  private storeDirty = false;
  private annotations?: Annotation[];
  private queuedBytes = 0;
  private pending = false;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: Capabilities,
  ) {}

  async listSheets(): Promise<string[]> {
    const sheets = this.ctx.workbook.worksheets.load('items/name');
    const active = this.ctx.workbook.worksheets.getActiveWorksheet().load('name');
    // Prefetched in the same round trip: the store and the notes already in the workbook.
    const storeSheet = this.ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    const storeUsed = storeSheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const storeWindow = storeUsed.getIntersectionOrNullObject(STORE_WINDOW).load('values');
    const annotations = this.queueAnnotationLoad();
    await this.sync();
    const all = sheets.items.map((ws) => ws.name);
    // A store sheet is never one of the workbook's: `_thidua 2` was listed as one, its part of the store unread.
    this.names = all.filter((n) => !isStoreSheet(n));
    this.active = active.name;
    this.storeSheets = 0;
    while (all.includes(storeSheetName(this.storeSheets + 1))) this.storeSheets++;
    this.annotations = annotations?.();
    // Store writes queued earlier in this action are newer than what the workbook holds.
    if (this.storeDirty) return [...this.names];
    if (storeSheet.isNullObject || storeUsed.isNullObject) this.store = new Map();
    else {
      const lastRow = storeUsed.rowIndex + storeUsed.rowCount;
      const lastCol = storeUsed.columnIndex + storeUsed.columnCount;
      const whole = lastRow <= STORE_CELLS_PER_SYNC && lastCol <= 2;
      const first = whole ? (storeWindow.values as CellValue[][]) : await this.readStoreInParts(STORE_SHEET, lastRow, lastCol);
      // The store's next sheets, in their order: a text goes on from one into the next, as the command line reads it.
      const rest: CellValue[][] = [];
      for (let n = 2; n <= this.storeSheets; n++) rest.push(...(await this.readStoreSheet(storeSheetName(n))));
      this.store = decodeStore([...first, ...rest]);
    }
    return [...this.names];
  }

  /** A store sheet after the first, whole (its used range asked first). */
  private async readStoreSheet(name: string): Promise<CellValue[][]> {
    const used = this.ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    await this.sync();
    return used.isNullObject ? [] : this.readStoreInParts(name, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
  }

  /**
   * A store larger than the first sync's window (a province's indicators; a workbook saved by the version that wrote
   * 64 cells a row: 820 snapshots, 7.6 MB in one answer) read in parts of STORE_CELLS_PER_SYNC cells, the keys with the first.
   */
  private async readStoreInParts(name: string, lastRow: number, lastCol: number): Promise<CellValue[][]> {
    if (lastCol < 2) return []; // keys without text: nothing stored
    const sheet = this.ctx.workbook.worksheets.getItem(name);
    const keys = sheet.getRange(`A1:A${lastRow}`).load('values');
    const across = Math.max(1, Math.min(lastCol - 1, STORE_CELLS_PER_SYNC));
    const down = Math.max(1, Math.floor(STORE_CELLS_PER_SYNC / across));
    const texts: CellValue[][] = Array.from({ length: lastRow }, () => []);
    for (let top = 1; top <= lastRow; top += down) {
      for (let left = 2; left <= lastCol; left += across) {
        const bottom = Math.min(lastRow, top + down - 1);
        const part = sheet.getRange(`${cellAddress(top, left)}:${cellAddress(bottom, Math.min(lastCol, left + across - 1))}`).load('values');
        await this.sync();
        (part.values as CellValue[][]).forEach((row, r) => texts[top - 1 + r]!.push(...row));
      }
    }
    return (keys.values as CellValue[][]).map((key, r) => [key[0] ?? null, ...texts[r]!]);
  }

  /** The sheet the officer is looking at (known after listSheets). */
  activeSheet(): string | undefined {
    return this.active;
  }

  /**
   * One sync for an ordinary workbook: every sheet's used range within a window sized so the whole
   * response stays under READ_CELLS_PER_SYNC. A sheet larger than its window (a data sheet of 200,000
   * rows beside the reports) is then read within READ_LIMITS in row chunks, one sync per chunk budget;
   * what lies beyond the limits is said in `clipped`, never loaded. A sheet `headOnly` says yes to is left at its window.
   */
  async readSheets(names: string[], opts: ReadOptions = {}): Promise<SheetGrid[]> {
    const known = this.names;
    const missing = known ? names.find((n) => !known.includes(n)) : undefined;
    if (missing !== undefined) throw new Error(`Không có trang tính "${missing}" trong sổ tính.`);
    const share = Math.max(WINDOW_COLUMNS * 50, Math.floor(READ_CELLS_PER_SYNC / Math.max(1, names.length)));
    const windowRows = Math.min(READ_LIMITS.rows, Math.floor(share / WINDOW_COLUMNS));
    const windowAddress = `A1:${cellAddress(windowRows, WINDOW_COLUMNS)}`;
    const queueFirst = (merges: boolean) =>
      names.map((name) => {
        const sheet = this.ctx.workbook.worksheets.getItem(name);
        const used = sheet.getUsedRangeOrNullObject(true);
        // rowHidden: false when no row of the used range is hidden (an ordinary sheet: nothing more asked), null when some are.
        used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
        const window = used.getIntersectionOrNullObject(windowAddress).load('values,numberFormat,formulas,rowIndex,columnIndex');
        // The window's columns' widths, in the same round trip: a scored sheet is laid out on A4 with the unit's own
        // columns, as the command line lays out the same sheet read from its file.
        const widths = Array.from({ length: WINDOW_COLUMNS }, (_, c) => {
          const column = columnLetter(c + 1);
          return sheet.getRange(`${column}:${column}`).format.load('columnWidth');
        });
        // The merged areas whose first cell holds something lie in the used range; asked in the same round trip.
        return { used, window, widths, merged: merges ? used.getMergedAreasOrNullObject().load('address') : undefined };
      });
    let first = queueFirst(this.caps.mergedAreas);
    let locate = this.queueAnnotationLocations();
    const tooMany = new Set<number>();
    try {
      await this.sync();
    } catch (error) {
      if (!this.caps.mergedAreas) throw error;
      // Excel refuses a range's merged areas past 512, and the whole request with them: read again without, then
      // each sheet's merged areas alone, so only the sheet that has so many goes without (and says so).
      this.forgetUnsyncedLocations();
      first = queueFirst(false);
      locate = this.queueAnnotationLocations();
      await this.sync();
      for (const [i, sheet] of first.entries()) {
        if (sheet.used.isNullObject) continue;
        sheet.merged = sheet.used.getMergedAreasOrNullObject().load('address');
        await this.sync().catch(() => {
          sheet.merged = undefined;
          tooMany.add(i);
        });
      }
    }
    locate?.();
    const hidden = await this.hiddenRows(names, first.map((s) => s.used));

    const grids = names.map((name, i): SheetGrid => {
      const { used, window, widths, merged } = first[i]!;
      if (used.isNullObject || window.isNullObject) return { name, values: [], origin: { row: 1, col: 1 } };
      const { rows: hiddenRows = [], unaskedFrom } = hidden[i] ?? {};
      // The used range's last column, read or not: scoring's columns go after it.
      const values = window.values as unknown[][];
      const grid: SheetGrid = {
        ...gridOf(name, values, window.numberFormat as string[][], window.formulas as unknown[][], window.rowIndex, window.columnIndex),
        lastColumn: used.columnIndex + used.columnCount,
        columnWidths: columnWidths(widths, window.columnIndex, values[0]?.length ?? 0),
        ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
        ...(unaskedFrom !== undefined ? { hiddenUnaskedFrom: unaskedFrom } : {}),
      };
      return withMerges(grid, merged, tooMany.has(i));
    });

    // Sheets the window did not cover: read again within the limits, in chunks of rows.
    const larger = names.flatMap((name, i) => {
      const { used } = first[i]!;
      if (used.isNullObject) return [];
      const lastRow = used.rowIndex + used.rowCount;
      const lastCol = used.columnIndex + used.columnCount;
      if ((lastRow <= windowRows && lastCol <= WINDOW_COLUMNS) || opts.headOnly?.(grids[i]!)) return [];
      const rows = Math.min(lastRow, READ_LIMITS.rows);
      const cols = gridColumns(rows, lastCol);
      const outside = lastRow > READ_LIMITS.rows ? cellAddress(lastRow, 1) : lastCol > cols ? cellAddress(1, lastCol) : undefined;
      return [{ i, name, rows, cols, outside, lastCol }];
    });
    for (const sheet of larger) {
      const { window } = first[sheet.i]!;
      let density = window.isNullObject ? 0 : densestCell(window);
      const values: unknown[][] = [];
      const formats: string[][] = [];
      const formulas: unknown[][] = [];
      for (let top = 1; top <= sheet.rows; ) {
        const perChunk = Math.max(1, Math.floor(Math.min(READ_CELLS_PER_SYNC, READ_PART_BYTES / Math.max(1, density)) / sheet.cols));
        const bottom = Math.min(sheet.rows, top + perChunk - 1);
        const chunk = this.ctx.workbook.worksheets.getItem(sheet.name).getRange(`${cellAddress(top, 1)}:${cellAddress(bottom, sheet.cols)}`).load('values,numberFormat,formulas');
        await this.sync();
        for (const row of chunk.values as unknown[][]) values.push(row);
        for (const row of chunk.numberFormat as string[][]) formats.push(row);
        for (const row of chunk.formulas as unknown[][]) formulas.push(row);
        density = Math.max(density, densestCell(chunk));
        top = bottom + 1;
      }
      const grid: SheetGrid = { ...gridOf(sheet.name, values, formats, formulas, 0, 0), lastColumn: sheet.lastCol, columnWidths: columnWidths(first[sheet.i]!.widths, 0, sheet.cols), ...pick(grids[sheet.i]!, 'merges', 'clipped', 'hiddenRows', 'hiddenUnaskedFrom') };
      if (sheet.outside) {
        grid.clipped = [{ cell: sheet.outside, message: outsideText(sheet.outside) }, ...(grid.clipped ?? [])];
      }
      grids[sheet.i] = grid;
    }
    return grids;
  }

  /**
   * The hidden rows of each sheet whose used range says some are (a criterion hidden in the table, said as the file
   * readers say it), asked row by row in one more round trip; none for a workbook with no row hidden. The rows past
   * the first 1,000 are asked together in the same round trip: when some of them are hidden (a table under a long
   * guide), the first of them is handed on (`unaskedFrom`) for the reader to say, never a silence.
   */
  private async hiddenRows(names: readonly string[], used: readonly Excel.Range[]): Promise<({ rows: number[]; unaskedFrom?: number } | undefined)[]> {
    const asked = used.map((u, i) => {
      if (u.isNullObject || u.rowHidden === false) return undefined;
      const sheet = this.ctx.workbook.worksheets.getItem(names[i]!);
      const rows = Array.from({ length: Math.min(u.rowCount, HIDDEN_ROWS_ASKED) }, (_, r) => sheet.getRange(`${u.rowIndex + r + 1}:${u.rowIndex + r + 1}`).load('rowHidden'));
      const from = u.rowIndex + HIDDEN_ROWS_ASKED + 1;
      const rest = u.rowCount > HIDDEN_ROWS_ASKED ? { from, range: sheet.getRange(`${from}:${u.rowIndex + u.rowCount}`).load('rowHidden') } : undefined;
      return { rows, rest };
    });
    if (asked.every((a) => a === undefined)) return asked as undefined[];
    await this.sync();
    return asked.map((a, i) => {
      if (!a) return undefined;
      const rows = a.rows.flatMap((row, r) => (row.rowHidden ? [used[i]!.rowIndex + r + 1] : []));
      return { rows, ...(a.rest && a.rest.range.rowHidden !== false ? { unaskedFrom: a.rest.from } : {}) };
    });
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    if (!this.names) await this.listSheets();
    if (annotationKind(this.caps) !== 'none') {
      if (!this.annotations) {
        const read = this.queueAnnotationLoad()!;
        await this.sync();
        this.annotations = read();
      }
      await this.ensureAnnotationsLocated();
    }
    this.suspend();
    for (const sheetEdit of edit.sheets) await this.applySheet(sheetEdit);
    if (this.storeDirty) await this.queueStoreWrite();
    this.resume();
    await this.sync();
  }

  async readStore(key: string): Promise<unknown> {
    if (!this.store) await this.listSheets();
    return this.store!.get(key);
  }

  /** Queued: committed with the next apply, or by flush() at the end of the action. */
  async writeStore(key: string, value: unknown): Promise<void> {
    if (!this.store) await this.listSheets();
    this.store!.set(key, value);
    this.storeDirty = true;
  }

  /** Commits what is still queued (store writes); no round trip when nothing is. */
  async flush(): Promise<void> {
    if (this.storeDirty) {
      this.suspend();
      await this.queueStoreWrite();
      this.resume();
    }
    if (this.pending) await this.sync();
  }

  // ── reading helpers ──────────────────────────────────────────────────────────

  /** Queues loading the workbook's notes (or comments) with their text; returns what to read after the sync. */
  private queueAnnotationLoad(): (() => Annotation[]) | undefined {
    const kind = annotationKind(this.caps);
    if (kind === 'none') return undefined;
    const collection = kind === 'note' ? this.ctx.workbook.notes : this.ctx.workbook.comments;
    collection.load('items/content');
    return () => (collection.items as (Excel.Note | Excel.Comment)[]).map((object) => ({ object, content: object.content }));
  }

  /** Locations cost one more round trip; queue them with the next one (readSheets). */
  private queueAnnotationLocations(): (() => void) | undefined {
    const unlocated = (this.annotations ?? []).filter((a) => !a.location);
    if (unlocated.length === 0) return undefined;
    for (const a of unlocated) a.location = a.object.getLocation().load('address');
    return () => {
      for (const a of unlocated) Object.assign(a, splitAddress(a.location!.address));
    };
  }

  /** Locations queued in a request Excel refused were never loaded: they are asked again. */
  private forgetUnsyncedLocations(): void {
    for (const a of this.annotations ?? []) if (a.sheet === undefined) delete a.location;
  }

  private async ensureAnnotationsLocated(): Promise<void> {
    const locate = this.queueAnnotationLocations();
    if (!locate) return;
    await this.sync();
    locate();
  }

  // ── writing helpers ──────────────────────────────────────────────────────────

  private suspend(): void {
    if (this.caps.suspendCalculation) this.ctx.application.suspendApiCalculationUntilNextSync();
    if (this.caps.suspendEvents) this.ctx.runtime.enableEvents = false;
    this.pending = true;
  }

  private resume(): void {
    if (this.caps.suspendEvents) this.ctx.runtime.enableEvents = true;
  }

  private async sync(): Promise<void> {
    await this.ctx.sync();
    this.pending = false;
    this.queuedBytes = 0;
  }

  /** Sync first when `bytes` more would push the queued request past the payload limit. */
  private async makeRoom(bytes: number): Promise<void> {
    if (this.queuedBytes > 0 && this.queuedBytes + bytes > PAYLOAD_SPLIT_BYTES) {
      this.resume();
      await this.sync();
      this.suspend();
    }
    this.queuedBytes += bytes;
    this.pending = true;
  }

  /** A block in parts each within the payload limit, a sync between them when the queued request would pass it. */
  private async writeBlocks(ws: Excel.Worksheet, block: Block, formulas: ReadonlySet<string>): Promise<void> {
    for (const part of splitBlock(block, formulas)) {
      await this.makeRoom(part.bytes);
      writeBlock(ws, part.block, this.caps.rangeAreas, formulas);
    }
  }

  private worksheet(name: string, mode: SheetEdit['mode']): Excel.Worksheet {
    const sheets = this.ctx.workbook.worksheets;
    const exists = this.names!.includes(name);
    if (exists && mode === 'existing') return sheets.getItem(name);
    if (exists) sheets.getItem(name).delete();
    else this.names!.push(name);
    return sheets.add(name);
  }

  private async applySheet(edit: SheetEdit): Promise<void> {
    const ws = this.worksheet(edit.sheet, edit.mode);
    const formulas = new Set((edit.formulas ?? []).map((f) => f.address));
    for (const block of edit.blocks) await this.writeBlocks(ws, block, formulas);
    // A formula the council typed, in its cell again once the values are: Excel computes it as the council's file did.
    for (const { address, formula } of edit.formulas ?? []) ws.getRange(address).formulas = [[`=${formula}`]];
    this.forgetAnnotations(edit.sheet, edit.mode);
    this.addAnnotations(ws, edit.sheet, edit.notes ?? []);
    for (const { column, width } of edit.columnWidths ?? []) {
      ws.getRange(`${column}:${column}`).format.columnWidth = Math.round(width * POINTS_PER_CHAR);
    }
    if (edit.freeze && this.caps.freezePanes) freeze(ws, edit.freeze);
    if (edit.chart) this.addChart(ws, edit.chart);
    for (const { row, height } of edit.rowHeights ?? []) {
      const range = ws.getRange(`${row}:${row}`);
      // In the unit's own sheet Excel measures the row itself (it only has to grow); reading each
      // height first to compare would cost a round trip.
      if (edit.mode === 'existing') range.format.autofitRows();
      else range.format.rowHeight = height;
    }
    if (edit.print && this.caps.pageLayout) applyPrint(ws, edit.print);
  }

  /** A replaced sheet took its notes with it; on a kept sheet the add-in's earlier notes are deleted. */
  private forgetAnnotations(sheet: string, mode: SheetEdit['mode']): void {
    if (!this.annotations) return;
    this.annotations = this.annotations.filter((a) => {
      if (a.sheet !== sheet) return true;
      if (mode === 'replace') return false;
      const own = a.content.startsWith(ANNOTATION_MARK);
      if (own) a.object.delete();
      return !own;
    });
  }

  /** A cell that already carries the officer's own note keeps it; the flag stays in the `Cảnh báo` column. */
  private addAnnotations(ws: Excel.Worksheet, sheet: string, notes: readonly CellNote[]): void {
    const kind = annotationKind(this.caps);
    if (kind === 'none') return;
    const taken = new Set((this.annotations ?? []).filter((a) => a.sheet === sheet).map((a) => a.address));
    for (const note of notes) {
      if (taken.has(note.address)) continue;
      const text = `${ANNOTATION_MARK}\n${note.text}`;
      const cell = ws.getRange(note.address);
      if (kind === 'note') this.ctx.workbook.notes.add(cell, text);
      else this.ctx.workbook.comments.add(cell, text);
      taken.add(note.address);
    }
  }

  /** Horizontal bars, as the package writer draws them (adapters/ooxml/write/chart.ts): long unit names read across, the first unit on top. */
  private addChart(ws: Excel.Worksheet, chart: NonNullable<SheetEdit['chart']>): void {
    const made = ws.charts.add('BarClustered', ws.getRange(chart.values), 'Columns');
    made.title.text = chart.title;
    made.legend.visible = false;
    if (this.caps.chartCategories) {
      made.series.getItemAt(0).setXAxisValues(ws.getRange(chart.categories));
      made.axes.categoryAxis.reversePlotOrder = true;
    }
    made.setPosition(chart.anchor);
  }

  /**
   * The store, one cell of text a row (read back in parts of rows: STORE_CELLS_PER_SYNC), written in parts within the
   * payload limit, over `_thidua`, `_thidua 2`… as the command line's writer spreads it (storeLayout: each sheet one
   * part thidua reads again); a store sheet no longer needed is left empty, never read as part of it.
   */
  private async queueStoreWrite(): Promise<void> {
    const sheets = this.ctx.workbook.worksheets;
    const { sheets: counts, rows } = storeLayout(this.store!, STORE_PART_BYTES, 1);
    const made = rows();
    this.storeDirty = false;
    this.pending = true;
    for (let n = 1; n <= Math.max(counts.length, this.storeSheets, 1); n++) {
      let ws: Excel.Worksheet;
      if (n <= this.storeSheets) {
        ws = sheets.getItem(storeSheetName(n));
        ws.getRange().clear('Contents');
      } else {
        ws = sheets.add(storeSheetName(n));
        ws.visibility = 'VeryHidden';
      }
      const values = Array.from({ length: counts[n - 1] ?? 0 }, () => made.next().value!);
      // Text format, so JSON pieces like "=…" or "12" stay text.
      if (values.length > 0) await this.writeBlocks(ws, { address: 'A1', values, format: { numberFormat: '@' } }, new Set());
    }
    this.storeSheets = Math.max(counts.length, this.storeSheets, 1);
  }
}

// ── pure helpers (exported for tests) ──────────────────────────────────────────

/** Excel gives "" for an empty cell; the port says null. */
/** A grid from what Office.js returned for a range whose top-left is (rowIndex, columnIndex), 0-based. */
function gridOf(name: string, values: unknown[][], formats: string[][], formulaGrid: unknown[][], rowIndex: number, columnIndex: number): SheetGrid {
  let formulas: Record<string, string> | undefined;
  formulaGrid.forEach((row, r) =>
    row.forEach((f, c) => {
      // Office gives a constant cell's value here too, and a text cell's «=…» as typed: only text
      // starting with «=» that differs from the cell's value is a formula.
      if (typeof f === 'string' && f.startsWith('=') && values[r]?.[c] !== f) (formulas ??= {})[cellAddress(rowIndex + r + 1, columnIndex + c + 1)] = f.slice(1);
    }),
  );
  return { name, values: values.map((row) => row.map(fromExcel)), formats, origin: { row: rowIndex + 1, col: columnIndex + 1 }, ...(formulas ? { formulas } : {}) };
}

/** The bytes a cell of the range's densest row answered (its values, number formats and formulas, JSON in UTF-8). */
function densestCell(range: Excel.Range): number {
  const values = range.values as unknown[][];
  const formats = range.numberFormat as unknown[][];
  const formulas = range.formulas as unknown[][];
  return values.reduce((most, row, r) => Math.max(most, (utf8Bytes(row) + utf8Bytes(formats[r]) + utf8Bytes(formulas[r])) / Math.max(1, row.length)), 0);
}

/** The widths, in characters, of `count` columns from the 0-based `from`: a column past those read, or of Excel's standard width, at the readers' default. */
function columnWidths(read: Excel.RangeFormat[], from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const points = read[from + i]?.columnWidth;
    return points === undefined || points === null || points === STANDARD_COLUMN_POINTS ? DEFAULT_COLUMN_WIDTH : Math.round((points / POINTS_PER_CHAR) * 100) / 100;
  });
}

function fromExcel(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** Values as Office.js accepts them: null would mean "leave this cell", so empty is ""; dates become serial numbers. */
function toExcel(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / DAY_MS;
  return v;
}

/** The grid with the sheet's merged areas as Excel gave them, or said as not read when Excel would not give them. */
function withMerges(grid: SheetGrid, merged: Excel.RangeAreas | undefined, tooMany: boolean): SheetGrid {
  if (tooMany) return { ...grid, clipped: [{ cell: 'A1', message: `có hơn ${MERGED_AREAS_READ} vùng gộp ô, Excel không cho phần bổ trợ đọc các vùng ấy; ô gộp qua nhiều dòng không được nhận ra` }] };
  if (!merged || merged.isNullObject) return grid;
  const merges = mergedAddresses(merged.address);
  return merges.length > 0 ? { ...grid, merges } : grid;
}

/** "Sheet1!A1:B4, 'Rà soát'!I5:I8" (RangeAreas.address: each area with its sheet, a quoted name may hold commas) → ["A1:B4", "I5:I8"]. */
export function mergedAddresses(address: string): string[] {
  return [...address.matchAll(/(?:'(?:[^']|'')*'|[^',!]*)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)].map(([, c1, r1, c2, r2]) => (c2 ? `${c1}${r1}:${c2}${r2}` : `${c1}${r1}`));
}

function pick<K extends keyof SheetGrid>(grid: SheetGrid, ...keys: K[]): Pick<SheetGrid, K> {
  return Object.fromEntries(keys.filter((k) => grid[k] !== undefined).map((k) => [k, grid[k]])) as Pick<SheetGrid, K>;
}

/** "'Sổ 1'!D12" → { sheet: "Sổ 1", address: "D12" }. */
export function splitAddress(full: string): { sheet: string; address: string } {
  const bang = full.lastIndexOf('!');
  const rawSheet = full.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: full.slice(bang + 1).replace(/\$/g, '').split(':')[0]! };
}

export function blockAddress(topLeft: string, rows: number, cols: number): string {
  const at = parseAddress(topLeft);
  if (!at) throw new Error(`Địa chỉ ô không hợp lệ: "${topLeft}".`);
  const end = cellAddress(at.row + rows - 1, at.col + cols - 1);
  return rows === 1 && cols === 1 ? topLeft : `${topLeft}:${end}`;
}

function utf8Bytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * The payload a block sends, in bytes of JSON: its values and number formats as writeBlock sends them (blockCells), its
 * styles (the per-cell ones counted as given, more than the one call per style sent). Counting the values as given but not
 * the number formats («@» for each text cell, «General» for a number: 4 and 10 bytes a cell) let the indicators' sheet's
 * parts of 4.0 MB estimated send 4.87 and 5.04 MB.
 */
export function blockBytes(block: Block, formulas: ReadonlySet<string>): number {
  const { values, numberFormats } = blockCells(block, formulas);
  return utf8Bytes(values) + (numberFormats ? utf8Bytes(numberFormats) : 0) + (block.cellFormats ? utf8Bytes(block.cellFormats) : 0) + (block.format ? utf8Bytes(block.format) : 0);
}

/** A block as is, or in row bands when it alone would pass the payload limit, a band still over it split again. */
export function splitBlock(block: Block, formulas: ReadonlySet<string>): { block: Block; bytes: number }[] {
  const bytes = blockBytes(block, formulas);
  if (bytes <= PAYLOAD_SPLIT_BYTES || block.values.length < 2) return [{ block, bytes }];
  const rowsPerPart = Math.max(1, Math.floor((block.values.length * PAYLOAD_SPLIT_BYTES) / bytes));
  const at = parseAddress(block.address)!;
  const parts: { block: Block; bytes: number }[] = [];
  for (let r = 0; r < block.values.length; r += rowsPerPart) {
    const part: Block = {
      address: cellAddress(at.row + r, at.col),
      values: block.values.slice(r, r + rowsPerPart),
      ...(block.format ? { format: block.format } : {}),
      ...(block.cellFormats ? { cellFormats: block.cellFormats.slice(r, r + rowsPerPart) } : {}),
    };
    parts.push(...splitBlock(part, formulas));
  }
  return parts;
}

type Style = Omit<CellFormat, 'numberFormat'>;

function styleOf(f: CellFormat): Style | undefined {
  const { numberFormat: _n, ...style } = f;
  return Object.keys(style).length > 0 ? style : undefined;
}

function setStyle(format: Excel.RangeFormat, style: Style): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontalAlignment) {
    format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.horizontalAlignment];
  }
}

/** The values and number formats a block's one 2-D write of each sends (no formats when every cell is General). */
function blockCells(block: Block, formulas: ReadonlySet<string>): { cols: number; values: (string | number | boolean)[][]; numberFormats?: string[][] } {
  const cols = block.values.reduce((n, r) => Math.max(n, r.length), 0);
  const at = parseAddress(block.address)!;
  const values = block.values.map((r) => Array.from({ length: cols }, (_, c) => toExcel(r[c] ?? null)));
  const numberFormats = block.values.map((r, i) =>
    Array.from({ length: cols }, (_, c) => {
      const own = block.cellFormats?.[i]?.[c]?.numberFormat ?? block.format?.numberFormat;
      // Text is written into text cells: Excel would read a leading =, +, - or @ as a formula. A cell that gets the
      // council's formula is not one: Excel would show a text cell's formula as its text. With no formula kept, no
      // address is made for each text cell (the indicators' sheet: 20,000 rows of them, sized and written).
      const text = typeof r[c] === 'string' && (formulas.size === 0 || !formulas.has(cellAddress(at.row + i, at.col + c)));
      return own ?? (r[c] instanceof Date ? 'dd/mm/yyyy' : text ? '@' : 'General');
    }),
  );
  return { cols, values, ...(numberFormats.some((r) => r.some((f) => f !== 'General')) ? { numberFormats } : {}) };
}

/**
 * One block: values in one 2-D write, number formats in one 2-D write (only when some cell needs
 * one), the block-wide style in one call, then one call per distinct per-cell style over all its
 * cells (vertical runs joined into areas).
 */
function writeBlock(ws: Excel.Worksheet, block: Block, rangeAreas: boolean, formulas: ReadonlySet<string>): void {
  const rows = block.values.length;
  const { cols, values, numberFormats } = blockCells(block, formulas);
  if (rows === 0 || cols === 0) return;
  const at = parseAddress(block.address)!;
  const range = ws.getRange(blockAddress(block.address, rows, cols));
  if (numberFormats) range.numberFormat = numberFormats;
  range.values = values;

  const blockStyle = block.format && styleOf(block.format);
  if (blockStyle) setStyle(range.format, blockStyle);
  if (!block.cellFormats) return;

  const byStyle = new Map<string, { style: Style; areas: string[] }>();
  for (let c = 0; c < cols; c++) {
    let runStart = -1;
    let runKey = '';
    const close = (end: number) => {
      if (runStart < 0) return;
      const top = cellAddress(at.row + runStart, at.col + c);
      const area = end > runStart ? `${top}:${cellAddress(at.row + end, at.col + c)}` : top;
      byStyle.get(runKey)!.areas.push(area);
      runStart = -1;
    };
    for (let r = 0; r <= rows; r++) {
      const f = r < rows ? block.cellFormats[r]?.[c] : null;
      const style = f ? styleOf(f) : undefined;
      const key = style ? JSON.stringify(style) : '';
      if (key === runKey && runStart >= 0) continue;
      close(r - 1);
      if (style) {
        if (!byStyle.has(key)) byStyle.set(key, { style, areas: [] });
        runStart = r;
        runKey = key;
      }
    }
  }
  for (const { style, areas } of byStyle.values()) {
    if (rangeAreas) {
      for (const list of joinAddresses(areas)) setStyle(ws.getRanges(list).format, style);
    } else {
      for (const area of areas) setStyle(ws.getRange(area).format, style);
    }
  }
}

/** Comma-separated address lists short enough for one Worksheet.getRanges call. */
function joinAddresses(areas: string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of areas) {
    if (current && current.length + a.length + 1 > ADDRESS_LIST_MAX) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

function applyPrint(ws: Excel.Worksheet, print: PrintLayout): void {
  ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = 'A4';
  ws.pageLayout.zoom = print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: print.fitToHeight ? 1 : 0 } : { scale: 100 };
  // Office.js takes margins in points.
  const m = print.margins;
  Object.assign(ws.pageLayout, { leftMargin: m.left * 72, rightMargin: m.right * 72, topMargin: m.top * 72, bottomMargin: m.bottom * 72, headerMargin: m.header * 72, footerMargin: m.footer * 72 });
  ws.pageLayout.firstPageNumber = print.firstPageNumber;
  if (print.titleRows) ws.pageLayout.setPrintTitleRows(print.titleRows);
  if (print.titleColumns) ws.pageLayout.setPrintTitleColumns(print.titleColumns);
  if (print.printArea) ws.pageLayout.setPrintArea(print.printArea);
  const page = ws.pageLayout.headersFooters.defaultForAllPages;
  // Within Excel's 255 characters each (the planners cut names to fit; this holds whatever comes).
  const within = (text: string) => safeText(text, EXCEL_HEADER_FOOTER_MAX).text;
  if (print.footer) page.centerFooter = within(print.footer);
  if (print.header) {
    // Office.js takes the header's parts apart; the layout states them in Excel's one-string form.
    const header = within(print.header);
    const part = (code: 'L' | 'C' | 'R') => new RegExp(`&${code}((?:[^&]|&&|&[^LCR])*)`).exec(header)?.[1] ?? '';
    page.leftHeader = part('L');
    page.centerHeader = part('C');
    page.rightHeader = part('R');
  }
  for (const row of print.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);
}

function freeze(ws: Excel.Worksheet, { rows, columns }: { rows: number; columns: number }): void {
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(rows, columns)}`));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/* Made for: the workbook port over Office.js: within one Excel.run, each of listSheets, readSheets and apply one context.sync(), what one sync learned serving the next. */
