// The add-in's own data inside the workbook: a veryHidden sheet `_thidua`, one row per key, the JSON
// text split over columns B, C… (Excel keeps at most 32,767 characters in a cell). The ExcelJS
// adapter writes the same layout, so a workbook scored on the standalone page opens in the add-in
// with its decisions and fingerprints.
import type { CellValue } from '../cell.js';

export const STORE_SHEET = '_thidua';

/** First line of every note or comment the add-in leaves on a cell: what marks it as its own, so a
 * re-run deletes it, and a note the officer wrote is never touched. */
export const ANNOTATION_MARK = 'Thi đua CĐS:';
const STORE_CHUNK = 32_000;

/** Rows of the store sheet → key → parsed JSON. A row whose JSON is broken is left out (reported by the caller as missing data). */
export function decodeStore(values: readonly (readonly CellValue[])[]): Map<string, unknown> {
  const store = new Map<string, unknown>();
  for (const row of values) {
    const key = row[0];
    if (typeof key !== 'string' || key === '') continue;
    let text = '';
    for (const chunk of row.slice(1)) {
      if (typeof chunk !== 'string' || chunk === '') break;
      text += chunk;
    }
    if (text === '') continue;
    try {
      store.set(key, JSON.parse(text));
    } catch {
      // Someone edited the hidden sheet by hand; the key reads as absent rather than crashing the pane.
    }
  }
  return store;
}

/** key → JSON → rectangular rows for one 2-D write (short rows padded with ""). */
export function encodeStore(store: ReadonlyMap<string, unknown>): string[][] {
  const rows = [...store].map(([key, value]) => {
    const text = JSON.stringify(value) ?? 'null';
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += STORE_CHUNK) chunks.push(text.slice(i, i + STORE_CHUNK));
    return [key, ...chunks];
  });
  const width = Math.max(2, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}
