// A1 references as a sheet's XML holds them, checked against Excel's own sheet size: anything past
// XFD1048576 (`N9999999999`) is not a cell but a crafted file, and is never handed on.
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../core/text.js';

export type CellRange = { top: number; left: number; bottom: number; right: number };

const DOLLAR = 0x24;

/**
 * "D12" → { row: 12, col: 4 } within Excel's sheet, else undefined: `$`-anchored or not, 1–3 letters of either case
 * then 1–7 digits, nothing else. Read character by character: it runs up to three times for every cell a sheet holds
 * (the pre-pass, the reader, the writer's map), where a regular expression made a match array each time.
 */
export function cellRef(text: string): { row: number; col: number } | undefined {
  const length = text.length;
  let at = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = at;
  for (; at < length && at - lettersFrom < 4; at++) {
    const c = text.charCodeAt(at) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  const letters = at - lettersFrom;
  if (letters < 1 || letters > 3) return undefined;
  if (text.charCodeAt(at) === DOLLAR) at++;
  let row = 0;
  const digitsFrom = at;
  for (; at < length; at++) {
    const d = text.charCodeAt(at) - 0x30;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  const digits = at - digitsFrom;
  if (digits < 1 || digits > 7) return undefined;
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
