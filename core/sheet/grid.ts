// Reading a grid: a cell at a grid position with its real address, blank cells and rows, and label–value
// pairs found by their labels. Every sheet reader builds on these (reports, criteria sheets, reviews).
import { cellAddress, labelLookup, parseAddress } from '../text.js';
import { cellText, parseCell } from '../values.js';
import type { CellValue } from '../cell.js';
import type { ReportCell, SheetGrid } from './cell.js';
import { reportCell } from './formula-cell.js';

/** The cell at 0-based (r, c) of grid.values, with its real address and how it reads. */
export function sheetCell(grid: SheetGrid, r: number, c: number): ReportCell {
  const address = gridAddress(grid, r, c);
  return reportCell(address, grid.values[r]?.[c] ?? null, grid.formats?.[r]?.[c], grid.formulas?.[address]);
}

/** Real sheet address of 0-based (r, c) of grid.values, honouring grid.origin. */
export function gridAddress(grid: SheetGrid, r: number, c: number): string {
  return cellAddress((grid.origin?.row ?? 1) + r, (grid.origin?.col ?? 1) + c);
}

/** True when the cell has nothing in it (null or only spaces). */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every(isBlank);
}

/** A row's filled cells, left to right: each one's text (trimmed) and 0-based column. */
export function filledCells(row: readonly CellValue[] | undefined): { text: string; c: number }[] {
  return (row ?? []).flatMap((v, c) => (isBlank(v) ? [] : [{ text: cellText(v).trim(), c }]));
}

/**
 * Label–value pairs in rows [fromRow, toRow): a label cell ("Tên đơn vị" or "Tên đơn vị:") whose value is the
 * next filled cell to its right, or one cell holding both ("Tên đơn vị: Trường Tiểu học"). A label with
 * nothing after it gives the cell just right of it, empty, so a message can say where to write.
 */
export function findLabeledCells<K extends string>(
  grid: SheetGrid,
  labels: Record<K, readonly string[]>,
  fromRow: number,
  toRow: number,
): Partial<Record<K, ReportCell>> {
  const found: Partial<Record<K, ReportCell>> = {};
  const labelKey = labelLookup(labels);
  // A label as written, marks and all: the cell right beside a label that only reads as one once its marks are dropped
  // («ky», a set's code, beside «Mã bộ tiêu chí»; the label «Kỳ» is further down) is that label's value. Past an empty
  // cell, such a text is still taken for the next label (a label left empty, the next typed without marks).
  const written = labelsAsWritten(labels);
  const asWritten = (v: unknown) => typeof v === 'string' && written.has(v.trim().replace(/:$/, '').trim().normalize('NFC').toLocaleLowerCase('vi'));
  for (let r = fromRow; r < toRow; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      if (typeof text !== 'string' || text.trim() === '') continue;
      const key = labelKey(text);
      if (key !== undefined) {
        let v = c + 1;
        while (v < row.length && isBlank(row[v])) v++;
        // The next filled cell may be the next label (this one left empty).
        const value = v < row.length && (labelKey(row[v]) === undefined || (v === c + 1 && !asWritten(row[v]))) ? v : undefined;
        if (found[key] === undefined) found[key] = sheetCell(grid, r, value ?? c + 1);
        if (value !== undefined) c = value;
        continue;
      }
      const colon = text.indexOf(':');
      if (colon <= 0) continue;
      const inCell = labelKey(text.slice(0, colon));
      const rest = text.slice(colon + 1).trim();
      if (inCell === undefined || found[inCell] !== undefined) continue;
      found[inCell] = { address: gridAddress(grid, r, c), raw: rest === '' ? null : rest, value: parseCell(rest) };
    }
  }
  return found;
}

/** The labels as findLabeledCells compares them written, worked out once per list (one list is read on every report sheet). */
function labelsAsWritten(labels: Record<string, readonly string[]>): ReadonlySet<string> {
  let set = asWrittenOf.get(labels);
  if (!set) asWrittenOf.set(labels, (set = new Set(Object.values<readonly string[]>(labels).flat().map((l) => l.normalize('NFC').toLocaleLowerCase('vi')))));
  return set;
}
const asWrittenOf = new WeakMap<object, ReadonlySet<string>>();

/** A merged range over rows of one column: its text ("I5:I8"), its first and last row. */
export type MergedRows = { range: string; top: number; bottom: number };

/** The merged ranges of the sheet that cover column `col` (1-based, from A) over more than one row, by their first row. */
export function mergedRowsIn(grid: SheetGrid, col: number): Map<number, MergedRows> {
  const out = new Map<number, MergedRows>();
  for (const range of grid.merges ?? []) {
    const [from, to] = range.split(':');
    const a = parseAddress(from ?? '');
    const b = parseAddress(to ?? from ?? '');
    if (!a || !b || b.row <= a.row || col < a.col || col > b.col) continue;
    out.set(a.row, { range: `${cellAddress(a.row, a.col)}:${cellAddress(b.row, b.col)}`, top: a.row, bottom: b.row });
  }
  return out;
}

/**
 * A cell as the officer sees it: blank under a merge, the value typed once over the merged cells («✅ Cộng» over ten
 * rows, a group's name); else what it holds.
 */
export function seenAt(grid: SheetGrid, address: string): CellValue {
  const at = parseAddress(address);
  if (!at) return null;
  const origin = grid.origin ?? { row: 1, col: 1 };
  const own = grid.values[at.row - origin.row]?.[at.col - origin.col] ?? null;
  if (!isBlank(own)) return own;
  const merged = mergeOver(grid, address);
  return merged ? grid.values[merged.top - origin.row]?.[merged.left - origin.col] ?? null : own;
}

/** The merged range a cell lies in (sheet rows and columns, 1-based), or undefined when it lies in none. */
export function mergeOver(grid: SheetGrid, address: string): { top: number; bottom: number; left: number; right: number } | undefined {
  const at = parseAddress(address);
  if (!at) return undefined;
  for (const range of grid.merges ?? []) {
    const [from, to] = range.split(':');
    const a = parseAddress(from ?? '');
    const b = parseAddress(to ?? from ?? '');
    if (a && b && a.row <= at.row && at.row <= b.row && a.col <= at.col && at.col <= b.col) return { top: a.row, bottom: b.row, left: a.col, right: b.col };
  }
  return undefined;
}
