// One sheet's cells from its XML, streamed: values (shared and inline strings, numbers, booleans, errors,
// formulas with their cached values, dates by their style's number format), column widths, merges and hidden rows —
// handed to core's bounded grid. A merged range is never expanded: only its covered cells are looked up
// (the pre-pass bounds them), so a merge's other cells read empty as Excel shows them.
import type { SheetGrid } from '../../core/sheet/cell.js';
import { DEFAULT_COLUMN_WIDTH } from '../../core/sheet/row-height.js';
import { EXCEL_COLUMNS } from '../../core/text.js';
import { gridFromCells, type SparseCell } from '../../core/workbook/sparse-grid.js';
import type { StyleFormats } from './number-formats.js';
import type { OoxmlPackage } from './package.js';
import { type CellRange, cellRef, rangeRef } from './ranges.js';
import { slideFormula } from './shared-formula.js';
import { RunText } from './text.js';
import type { ElementSink } from './element-map.js';
import type { XmlHandlers } from './xml.js';
import { ReadEnough } from './zip.js';

export type SheetContext = { strings: string[]; styles: StyleFormats; date1904: boolean };

type Pending = { row: number; col: number; type: string; style: number; value: string; formula?: string; shared?: string; master?: boolean; inline?: string };

/** The rows of a sheet's first read, as the task pane's first read holds at least (office-workbook.ts). */
export const HEAD_ROWS = 50;

/**
 * `check`: the pre-pass's handler, called on every element first (it throws to refuse the file). `map`: told
 * where each element sits (for the writer: sheet-map.ts) while the text comes in one piece; false
 * when it came in more (a part inflated in chunks), so that nothing half made is used. `headOnly`: asked of a
 * sheet longer than HEAD_ROWS when its next row starts — its first rows, and its last column as its `<dimension>`
 * states it (none stated: not known) — and when it says yes, that is the grid (`head`), the rest of the XML not read.
 */
export function readSheetGrid(
  pkg: OoxmlPackage,
  part: string,
  name: string,
  context: SheetContext,
  check?: (tag: string, a: Record<string, string>) => void,
  map?: ElementSink,
  headOnly?: (head: SheetGrid) => boolean,
): { grid: SheetGrid; mapped: boolean; head?: true } {
  const cells: SparseCell[] = [];
  const widths = new Map<number, number>();
  const merges: string[] = [];
  const hidden: number[] = [];
  /** Shared formulas by index: the master's text and cell. */
  const sharedFormulas = new Map<string, { formula: string; at: { row: number; col: number } }>();

  let cell: Pending | undefined;
  let row = 0;
  let col = 0;
  let into: 'v' | 'f' | 'is' | undefined;
  const inline = new RunText();
  /** The text decoded so far, while it is one piece (positions index it). */
  let text = '';
  let pieces = 0;
  /** The used range the sheet's `<dimension>` states, and the head once asked for. */
  let stated: CellRange | undefined;
  let head: SheetGrid | undefined;
  /** The grid of these cells, with their columns' widths, the merges and hidden rows read. */
  const made = (read: SparseCell[]): SheetGrid => {
    const grid = gridFromCells(name, read);
    const columns = grid.values[0]?.length ?? 0;
    return { ...grid, columnWidths: Array.from({ length: columns }, (_, c) => widths.get(c + 1) ?? DEFAULT_COLUMN_WIDTH), ...(merges.length > 0 ? { merges } : {}), ...(hidden.length > 0 ? { hiddenRows: hidden } : {}) };
  };
  /** Asked once, at the first row past the head. */
  let ask = headOnly;
  /** A large part is streamed while its head is read (not inflated past it), and read again the fast way if told no. */
  const streamed = ask !== undefined && pkg.large(part);
  /**
   * At the first row past HEAD_ROWS: the rows before it, and as their last column the one the sheet states — unless
   * what was read already lies outside the range stated, which then says nothing of the rest (no last column given).
   */
  const askHead = (): void => {
    const { lastColumn, ...read } = made(cells);
    const holds = stated !== undefined && stated.bottom >= row && stated.right >= (lastColumn ?? 0);
    const grid = { ...read, ...(holds ? { lastColumn: stated!.right } : {}) };
    if (ask!(grid)) head = grid;
    ask = undefined;
    if (head || streamed) throw new ReadEnough();
  };

  const handlers: XmlHandlers = {
    decoded: map
      ? (piece) => {
          text = piece;
          pieces++;
        }
      : undefined,
    open: (tag, a, selfClosing, qname, at) => {
      // The pre-pass counts these (bounds.ts): none is seen before a read again from the start, so none is counted twice.
      if (streamed && ask && (tag === 'mergeCell' || tag === 'dataValidation')) throw new ReadEnough();
      check?.(tag, a);
      if (map && pieces === 1) map.open(qname, a, selfClosing, at, text);
      if (cell) {
        if (tag === 'v') into = 'v';
        else if (tag === 'f') {
          into = 'f';
          cell.formula = '';
          if (a.t === 'shared' && a.si !== undefined) {
            cell.shared = a.si;
            cell.master = a.ref !== undefined;
          }
        } else if (tag === 'is') into = 'is';
        else if (into === 'is') inline.open(tag);
        return;
      }
      switch (tag) {
        case 'row':
          row = a.r !== undefined ? Number(a.r) : row + 1;
          col = 0;
          if (ask && row > HEAD_ROWS) askHead();
          if (a.hidden === '1' || a.hidden === 'true') hidden.push(row);
          return;
        case 'dimension':
          stated = rangeRef(a.ref ?? '');
          return;
        case 'c': {
          const at = a.r !== undefined ? cellRef(a.r) : undefined;
          col = at ? at.col : col + 1;
          if (at) row = at.row;
          cell = { row, col, type: a.t ?? 'n', style: Number(a.s ?? 0), value: '' };
          return;
        }
        case 'col': {
          const width = Number(a.width);
          if (!Number.isFinite(width)) return;
          // Bounded: the pre-pass refused columns past Excel's; only the grid's columns are ever asked for.
          const max = Math.min(Number(a.max), EXCEL_COLUMNS);
          for (let c = Number(a.min); c <= max; c++) widths.set(c, width);
          return;
        }
        case 'mergeCell':
          if (a.ref) merges.push(a.ref);
          return;
      }
    },
    text: (text) => {
      if (!cell || !into) return;
      if (into === 'v') cell.value += text;
      else if (into === 'f') cell.formula += text;
      else inline.text(text);
    },
    close: (tag, selfClosing, at) => {
      if (map && pieces === 1 && !selfClosing) map.close(at, text);
      if (!cell) return;
      if (tag === 'c') {
        const read = finish(cell, context, sharedFormulas);
        if (read) cells.push(read);
        cell = undefined;
        into = undefined;
      } else if (tag === 'v' || tag === 'f') into = undefined;
      else if (tag === 'is') {
        cell.inline = inline.take();
        into = undefined;
      } else if (into === 'is') inline.close(tag);
    },
  };
  try {
    pkg.parse(part, handlers, false, streamed);
  } catch (e) {
    if (!(e instanceof ReadEnough)) throw e;
    return head ? { grid: head, mapped: false, head: true } : readSheetGrid(pkg, part, name, context, check, map);
  }

  const covered = coveredCells(merges);
  return { grid: made(covered.size === 0 ? cells : cells.filter((c) => !covered.has(c.row * (EXCEL_COLUMNS + 1) + c.col))), mapped: pieces === 1 };
}

/** The cells merges cover other than their top-left (which keeps the value); bounded by READ_LIMITS.mergedCells. */
function coveredCells(merges: string[]): Set<number> {
  const covered = new Set<number>();
  for (const ref of merges) {
    const r = rangeRef(ref);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(row * (EXCEL_COLUMNS + 1) + col);
    }
  }
  return covered;
}

/** The cell as the grid takes it; undefined when it holds neither a value nor a formula. */
function finish(c: Pending, { strings, styles, date1904 }: SheetContext, shared: Map<string, { formula: string; at: { row: number; col: number } }>): SparseCell | undefined {
  let formula = c.formula === '' && c.shared === undefined ? undefined : c.formula;
  if (c.shared !== undefined) {
    if (c.master && formula) shared.set(c.shared, { formula, at: { row: c.row, col: c.col } });
    else {
      const master = shared.get(c.shared);
      formula = master ? slideFormula(master.formula, master.at, c) : formula || undefined;
    }
  }
  const format = styles.format[c.style];
  let value: SparseCell['value'];
  switch (c.type) {
    case 's': {
      const text = strings[Number(c.value)];
      value = c.value !== '' && text !== undefined ? text : null;
      break;
    }
    case 'inlineStr':
      value = c.inline ?? null;
      break;
    case 'str':
      value = c.value;
      break;
    case 'b':
      value = c.value === '' ? null : c.value === '1' || c.value === 'true';
      break;
    case 'e':
      value = c.value === '' ? null : c.value;
      break;
    case 'd':
      value = c.value === '' ? null : new Date(c.value);
      break;
    default: {
      if (c.value === '') {
        value = null;
        break;
      }
      const n = Number(c.value);
      value = styles.date[c.style] ? excelDate(n, date1904) : n;
    }
  }
  if (value === null && formula === undefined) return undefined;
  return { row: c.row, col: c.col, value, ...(format ? { format } : {}), ...(formula ? { formula } : {}) };
}

/** Excel's serial day → a Date (ExcelJS's arithmetic: days since 1899-12-30, or 1904). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

// Made for issue 27 item 1: a report sheet's cells read as a stream, into the grid the core reads.
