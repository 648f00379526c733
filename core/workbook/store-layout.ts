// The add-in's own data inside the workbook: a veryHidden sheet `_thidua`, one row per key, the JSON
// text split over columns B, C… (Excel keeps at most 32,767 characters in a cell), a long text going on in
// the rows under it (the same key in A). The ExcelJS adapter writes the same layout, so a workbook scored on
// the standalone page opens in the add-in with its decisions and fingerprints. A store larger than one sheet
// part thidua reads (a province's record: 17 MB) goes on in the veryHidden sheets `_thidua 2`, `_thidua 3`…
import type { CellValue } from '../cell.js';
import { jsonPieces } from '../json-pieces.js';
import { READ_LIMITS } from './limits.js';

export const STORE_SHEET = '_thidua';

/** First line of every note or comment the add-in leaves on a cell: what marks it as its own, so a
 * re-run deletes it, and a note the officer wrote is never touched. */
export const ANNOTATION_MARK = 'Thi đua CĐS:';
/** Characters of the store's text in one cell. */
export const STORE_CHUNK = 32_000;
/**
 * The sheet XML a store's sheet holds before the store goes on in the next (half of what thidua reads of a part): the
 * command line's writer and the add-in's alike, so a workbook the add-in wrote is read again by the command line.
 */
export const STORE_PART_BYTES = READ_LIMITS.zipPartBytes / 2;
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

/**
 * key → JSON → rectangular rows for one 2-D write (short rows padded with ""), `rowChunks` cells of text a row: the
 * add-in writes one (its reads are counted in cells, each under Excel on the web's 5 MB; a row is as wide as its widest key's).
 */
export function encodeStore(store: ReadonlyMap<string, unknown>, rowChunks = STORE_ROW_CHUNKS): string[][] {
  const rows = [...keyRows(store, rowChunks)];
  const width = Math.max(2, ...rows.map((r) => r.length));
  return rows.map((r) => padded(r, width));
}

/**
 * The store's rows as encodeStore gives them (`rowChunks` cells of text a row), gathered into sheets whose XML stays within `bytes` (each sheet a part
 * thidua reads again: a row alone is at most ~10 MB), counted as the sheet holds the text: UTF-8, with &, < and >
 * escaped. The rows are made again from the values each time `rows()` is asked (sizes first, then the sheets' cells),
 * so the JSON of a province's record (~11 million characters) is never one text: a row is held at a time.
 */
export function storeLayout(store: ReadonlyMap<string, unknown>, bytes: number, rowChunks = STORE_ROW_CHUNKS): { width: number; sheets: number[]; rows: () => Generator<string[]> } {
  let width = 2;
  const textBytes: number[] = [];
  for (const row of keyRows(store, rowChunks)) {
    width = Math.max(width, row.length);
    textBytes.push(row.reduce((sum, cell) => sum + xmlTextBytes(cell), 0));
  }
  // A row's cells each count 64 bytes of markup, its padding too.
  const sheets: number[] = [];
  let size = Infinity;
  for (const rowBytes of textBytes.map((b) => b + 64 * width)) {
    if (size + rowBytes > bytes) {
      sheets.push(0);
      size = 0;
    }
    sheets[sheets.length - 1]!++;
    size += rowBytes;
  }
  return {
    width,
    sheets,
    rows: function* () {
      for (const row of keyRows(store, rowChunks)) yield padded(row, width);
    },
  };
}

/** Each key's rows: its JSON in cells of STORE_CHUNK characters, `rowChunks` a row, at least one row (JSON's nothing as null). */
function* keyRows(store: ReadonlyMap<string, unknown>, rowChunks = STORE_ROW_CHUNKS): Generator<string[]> {
  for (const [key, value] of store) {
    let row = [key];
    let text = '';
    let any = false;
    const cells = function* (last: boolean): Generator<string[]> {
      while (text.length >= STORE_CHUNK || (last && text.length > 0)) {
        row.push(text.slice(0, STORE_CHUNK));
        text = text.slice(STORE_CHUNK);
        if (row.length > rowChunks) {
          yield row;
          row = [key];
        }
      }
    };
    for (const piece of jsonPieces(value)) {
      text += piece;
      any = true;
      yield* cells(false);
    }
    if (!any) text = 'null';
    yield* cells(true);
    // A text that filled its last row exactly ended there.
    if (row.length > 1) yield row;
  }
}

const padded = (row: string[], width: number) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row);

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
