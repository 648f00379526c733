// Ô đã chấm của một bản (a scored copy's cells as the run wrote them): each report sheet of the copy — what the unit
// typed and what scoring wrote beside it — kept cell by cell in the run's record (CopyDigest.cells), a short value as
// it reads and a long text by a digest, so that a copy whose bytes are not those closed can be told apart: saved
// again by another program (every cell as written: «lưu lại, không ô nào đổi») or changed, each cell named with its
// value then and now («trang «Bản Hua Ca», ô F14: 10 → 11»). The cell is read as the seal reads it (seal.ts), so
// a copy opened and saved by Excel or LibreOffice reads the same.
import { z } from 'zod';
import type { CellValue } from '../cell.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { WorkbookEdit } from '../sheet/port.js';
import { cellAddress, columnLetter, parseAddress } from '../text.js';
import { addTo } from '../grouped.js';
import { formatNumberVi } from '../values.js';
import { applyEditToValues } from '../workbook/apply-grid.js';
import { cellSealed } from './seal.js';
import { sha256Text } from './sha256.js';
import type { UnitReport } from '../report/schema.js';

/** A text longer than this is kept by its digest: a criterion's title or explanation need not be kept whole to be told changed. */
const LONG_TEXT = 16;
/**
 * Opens a kept digest (8 hex digits: a change it misses is one in four billion, and the copy's SHA-256 still tells its
 * bytes changed): a space, which no kept text starts with (the seal reads text trimmed), so no typed text reads as one.
 */
const DIGEST = ' ';

/** A cell as kept: a number, TRUE/FALSE, a short text, or a long text's digest. */
export const KeptCell = z.union([z.number(), z.boolean(), z.string()]);
export type KeptCell = z.infer<typeof KeptCell>;

/** One sheet of a copy: every cell not empty, by address. */
export const SheetCells = z.object({ sheet: z.string(), cells: z.record(z.string(), KeptCell) });
export type SheetCells = z.infer<typeof SheetCells>;
export const CopyCells = z.array(SheetCells);
export type CopyCells = z.infer<typeof CopyCells>;

/** A cell as kept, undefined when empty: numbers to 15 significant digits and text as the seal reads them. */
export function kept(v: CellValue): KeptCell | undefined {
  // A whole number of up to 15 digits is itself to 15 significant digits (no text made and read back for it).
  if (typeof v === 'number') return Number.isInteger(v) && v !== 0 && Math.abs(v) < 1e15 ? v : Number(v.toPrecision(15));
  if (typeof v === 'boolean') return v;
  const text = cellSealed(v);
  if (text === '') return undefined;
  return text.length > LONG_TEXT ? digestOf(text) : text;
}

/**
 * A long text's kept digest, remembered: the criteria's titles and a report's headings are the same in every copy of
 * a run, so each is hashed once rather than once a copy. Texts up to REMEMBERED_TEXT characters only, forgotten all at
 * once past DIGESTS_KEPT: a few megabytes at most, whatever the cells hold.
 */
function digestOf(text: string): string {
  let digest = digests.get(text);
  if (digest === undefined) {
    digest = DIGEST + sha256Text(text).slice(0, 8);
    if (text.length <= REMEMBERED_TEXT) {
      if (digests.size >= DIGESTS_KEPT) digests.clear();
      digests.set(text, digest);
    }
  }
  return digest;
}
const DIGESTS_KEPT = 4096;
const REMEMBERED_TEXT = 1024;
const digests = new Map<string, string>();

/** A grid's values from A1 (the grid's own start from its origin): the grid's own when it starts there (only read). */
function fromA1(grid: SheetGrid): readonly (readonly CellValue[])[] {
  const top = (grid.origin?.row ?? 1) - 1;
  const left = (grid.origin?.col ?? 1) - 1;
  if (top === 0 && left === 0) return grid.values;
  return [...Array.from({ length: top }, () => []), ...grid.values.map((r) => [...Array<CellValue>(left).fill(null), ...r])];
}

/**
 * The cells of a sheet as kept, by address, in the order a seal writes keys (sorted as text: A1, A10, A2…): the
 * record's cells, a province's largest part, are then sealed as they are rather than copied to be sorted (json-pieces.ts).
 * Nothing is sorted by cell (this runs for every cell of every copy, mostly in code not yet optimised): the rows are read
 * in the order of their numbers as text into a list a column, and the columns given out in the order of their letters.
 */
function cellsOf(values: readonly (readonly CellValue[])[]): Record<string, KeptCell> {
  const rows = inTextOrder(rowOrders, values.length, (i) => String(i + 1));
  /** Each column's cells kept, as row number then value, in the rows' order. */
  const byColumn: (KeptCell[] | undefined)[] = [];
  let width = 0;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j]!;
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === undefined || v === null) continue;
      const k = kept(v);
      if (k === undefined) continue;
      (byColumn[c] ??= []).push(r + 1, k);
      if (c >= width) width = c + 1;
    }
  }
  const columns = inTextOrder(columnOrders, width, (i) => columnLetter(i + 1));
  const cells: Record<string, KeptCell> = {};
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const list = byColumn[c];
    if (!list) continue;
    const letters = columnLetter(c + 1);
    for (let e = 0; e < list.length; e += 2) cells[letters + list[e]!] = list[e + 1]!;
  }
  return cells;
}

/** 0…count-1 in the order of `text` of each as text; remembered by count up to ORDER_KEPT (a run's sheets have a few sizes). */
function inTextOrder(known: Map<number, number[]>, count: number, text: (i: number) => string): readonly number[] {
  const remembered = known.get(count);
  if (remembered) return remembered;
  const texts = Array.from({ length: count }, (_, i) => text(i));
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? -1 : 1));
  if (count <= ORDER_KEPT) {
    if (known.size >= ORDERS_KEPT) known.clear();
    known.set(count, order);
  }
  return order;
}
const ORDER_KEPT = 4096;
const ORDERS_KEPT = 64;
const rowOrders = new Map<number, number[]>();
const columnOrders = new Map<number, number[]>();

/** A sheet of a copy as it is read now (a copy in the folder whose record kept no cells, kept-copies): its cells as kept. */
export function sheetCells(grid: SheetGrid): SheetCells {
  return { sheet: grid.name, cells: cellsOf(fromA1(grid)) };
}

/**
 * The report sheets of a copy as `edit` writes them over the reports read (`read.grids`, as copiedGrid cuts them):
 * what the unit typed and what scoring wrote, every cell. thidua's own sheets of the copy are not kept here: its
 * «Tổng hợp» is compared with the record's units (previous-summary.ts), the others are the run's whole result.
 */
export function copyCells(read: { reports: readonly Pick<UnitReport, 'sheet'>[]; grids: readonly SheetGrid[] }, edit: WorkbookEdit): CopyCells {
  return read.reports.map((report, i) => {
    const sheet = edit.sheets.find((s) => s.sheet === report.sheet);
    const values = fromA1(read.grids[i]!);
    return { sheet: report.sheet, cells: cellsOf(sheet ? applyEditToValues(values, sheet) : values) };
  });
}

/** Cells named at most in one copy's line, then how many more. */
const NAMED_CELLS = 12;

/** A cell as an officer reads it: numbers the Vietnamese way, a long text said as such (it is kept by its digest). */
function shownKept(k: KeptCell | undefined): string {
  if (k === undefined) return '(trống)';
  if (typeof k === 'number') return formatNumberVi(k);
  if (typeof k === 'boolean') return k ? 'TRUE' : 'FALSE';
  return k.startsWith(DIGEST) ? '(một đoạn chữ dài khác)' : k;
}

/** The text of a cell now, shown whole up to a line's worth. */
function shownNow(v: CellValue): string {
  const k = kept(v);
  if (typeof k !== 'string' || !k.startsWith(DIGEST)) return shownKept(k);
  const text = cellSealed(v);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * What differs in the copy's sheets (`grids`: as read now) from the cells kept, one entry a sheet — «trang «Bản Hua
 * Ca», ô F14: 10 → 11; ô K14: 10 → 11», the first NAMED_CELLS cells named, then how many more; a sheet gone said as
 * such — and how many cells were compared. Cells right of the last column kept are not compared (the unit's own,
 * which the run never read).
 */
export function cellsChanged(keptCells: CopyCells, grids: readonly SheetGrid[]): { compared: number; lines: string[] } {
  const gone: string[] = [];
  const changed: { sheet: string; text: string }[] = [];
  let compared = 0;
  for (const sheet of keptCells) {
    const grid = grids.find((g) => g.name === sheet.sheet);
    if (!grid) {
      gone.push(`trang «${sheet.sheet}» đã chốt nay không còn`);
      continue;
    }
    const then = new Map(Object.entries(sheet.cells));
    compared += then.size;
    const lastColumn = Math.max(0, ...[...then.keys()].map((a) => parseAddress(a)?.col ?? 0));
    const now = new Map<string, CellValue>();
    fromA1(grid).forEach((row, r) => row.forEach((v, c) => c < lastColumn && kept(v) !== undefined && now.set(cellAddress(r + 1, c + 1), v)));
    const places = [...new Set([...then.keys(), ...now.keys()])].sort(byPlace);
    for (const address of places) {
      const before = then.get(address);
      const after = now.get(address) ?? null;
      if (before !== kept(after)) changed.push({ sheet: sheet.sheet, text: `ô ${address}: ${shownKept(before)} → ${shownNow(after)}` });
    }
  }
  const bySheet = new Map<string, string[]>();
  for (const c of changed.slice(0, NAMED_CELLS)) addTo(bySheet, c.sheet, c.text);
  const named = [...bySheet].map(([sheet, cells]) => `trang «${sheet}», ${cells.join('; ')}`);
  const more = changed.length > NAMED_CELLS ? [`và ${changed.length - NAMED_CELLS} ô khác`] : [];
  return { compared, lines: [...gone, ...named, ...more] };
}

/** By row, then column. */
function byPlace(a: string, b: string): number {
  const p = parseAddress(a)!;
  const q = parseAddress(b)!;
  return p.row - q.row || p.col - q.col;
}

// Made for issue 57 item 9: `thidua verify` and the page's «Kiểm tra» say a copy saved again with no cell changed, and
// name each changed cell with its value then and now, from the cells the run's record keeps of each copy.
