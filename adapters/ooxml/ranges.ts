// A1 references as a sheet's XML holds them, checked against Excel's own sheet size: anything past
// XFD1048576 (`N9999999999`) is not a cell but a crafted file, and is never handed on.
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../core/text.js';

export type CellRange = { top: number; left: number; bottom: number; right: number };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "D12" → { row: 12, col: 4 } within Excel's sheet, else undefined. */
export function cellRef(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  const row = Number(m[2]);
  return row >= 1 && row <= EXCEL_ROWS && col <= EXCEL_COLUMNS ? { row, col } : undefined;
}

/** "A1:C3" or "B2" → its corners within Excel's sheet (ordered), else undefined. */
export function rangeRef(text: string): CellRange | undefined {
  const colon = text.indexOf(':');
  const a = cellRef(colon < 0 ? text : text.slice(0, colon));
  const b = colon < 0 ? a : cellRef(text.slice(colon + 1));
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function rangeCells(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

// Made for issue 25 item 1: indexes and dimensions in a sheet's XML validated before anything is built from them.
