// The add-in's own data inside the workbook: a veryHidden sheet `_thidua`, one row per key, the JSON
// text split over columns B, C… (Excel keeps at most 32,767 characters in a cell), a long text going on in
// the rows under it (the same key in A). The ExcelJS adapter writes the same layout, so a workbook scored on
// the standalone page opens in the add-in with its decisions and fingerprints. A store larger than one sheet
// part thidua reads (a province's record: 17 MB) goes on in the veryHidden sheets `_thidua 2`, `_thidua 3`…
import type { CellValue } from '../cell.js';

export const STORE_SHEET = '_thidua';

/** First line of every note or comment the add-in leaves on a cell: what marks it as its own, so a
 * re-run deletes it, and a note the officer wrote is never touched. */
export const ANNOTATION_MARK = 'Thi đua CĐS:';
const STORE_CHUNK = 32_000;
/** Cells of text in one row (~2 million characters, at most 10 MB of sheet XML): a longer text goes on in the next row. */
const STORE_ROW_CHUNKS = 64;

/** The store's n-th sheet (from 1): `_thidua`, `_thidua 2`… */
export function storeSheetName(n: number): string {
  return n <= 1 ? STORE_SHEET : `${STORE_SHEET} ${n}`;
}

/** Whether a sheet holds (part of) the store: never one of the workbook's own to show or read. */
export function isStoreSheet(name: string): boolean {
  return name === STORE_SHEET || (name.startsWith(`${STORE_SHEET} `) && /^[1-9]\d*$/.test(name.slice(STORE_SHEET.length + 1)));
}

/**
 * Rows of the store's sheets, in order → key → parsed JSON; rows one under the other with the same key are one text.
 * A key whose JSON is broken is left out (reported by the caller as missing data).
 */
export function decodeStore(values: readonly (readonly CellValue[])[]): Map<string, unknown> {
  const texts: [string, string][] = [];
  for (const row of values) {
    const key = row[0];
    if (typeof key !== 'string' || key === '') continue;
    let text = '';
    for (const chunk of row.slice(1)) {
      if (typeof chunk !== 'string' || chunk === '') break;
      text += chunk;
    }
    const last = texts.at(-1);
    if (last?.[0] === key) last[1] += text;
    else texts.push([key, text]);
  }
  const store = new Map<string, unknown>();
  for (const [key, text] of texts) {
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
  const rows = [...store].flatMap(([key, value]) => {
    const text = JSON.stringify(value) ?? 'null';
    const keyRows: string[][] = [];
    for (let i = 0; i === 0 || i < text.length; i += STORE_CHUNK * STORE_ROW_CHUNKS) {
      const chunks: string[] = [];
      for (let j = i; j < Math.min(text.length, i + STORE_CHUNK * STORE_ROW_CHUNKS); j += STORE_CHUNK) chunks.push(text.slice(j, j + STORE_CHUNK));
      keyRows.push([key, ...chunks]);
    }
    return keyRows;
  });
  const width = Math.max(2, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/**
 * The store's rows gathered into sheets whose XML stays within `bytes` (each sheet a part thidua reads again: a
 * row alone is at most ~10 MB), counted as the sheet holds the text: UTF-8, with &, < and > escaped.
 */
export function storeSheets(rows: readonly string[][], bytes: number): string[][][] {
  const sheets: string[][][] = [];
  let size = Infinity;
  for (const row of rows) {
    const rowBytes = row.reduce((sum, cell) => sum + xmlTextBytes(cell) + 64, 0);
    if (size + rowBytes > bytes) {
      sheets.push([]);
      size = 0;
    }
    sheets.at(-1)!.push(row);
    size += rowBytes;
  }
  return sheets;
}

/** Bytes of `text` in sheet XML: UTF-8, & as &amp;, < and > as &lt; &gt;. */
function xmlTextBytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one 4-byte letter: each half counted as 2.
    n += c < 0x80 ? (c === 38 ? 5 : c === 60 || c === 62 ? 4 : 1) : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return n;
}
