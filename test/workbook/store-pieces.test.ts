// The store's rows made from the JSON's pieces, never from its whole text: the same rows, cells and sheets as the
// whole text cut at 32,000 characters a cell and 64 cells a row gives, at every edge where a cell, a row or a
// sheet ends (a letter of two UTF-16 units cut in two, a text that fills its last row exactly).
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../core/json-pieces.js';
import { encodeStore, storeLayout } from '../../core/workbook/store-layout.js';

const CHUNK = 32_000;
const ROW = 64;

/** The store's rows as they were made before: each key's whole JSON text, cut. */
function wholeRows(store: ReadonlyMap<string, unknown>): string[][] {
  const rows = [...store].flatMap(([key, value]) => {
    const text = JSON.stringify(value) ?? 'null';
    const keyRows: string[][] = [];
    for (let i = 0; i === 0 || i < text.length; i += CHUNK * ROW) {
      const cells: string[] = [];
      for (let j = i; j < Math.min(text.length, i + CHUNK * ROW); j += CHUNK) cells.push(text.slice(j, j + CHUNK));
      keyRows.push([key, ...cells]);
    }
    return keyRows;
  });
  const width = Math.max(2, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/** A JSON text of exactly `length` characters: a string whose quotes count. */
const ofLength = (length: number, fill = 'ă') => fill.repeat(length - 2);

const STORES: [string, Map<string, unknown>][] = [
  ['a record of units, JSON’s own order of keys (indices first), undefined and functions left out, a date', new Map<string, unknown>([
    ['ket-qua', { z: 1, 2: 'hai', a: [1, undefined, () => 1, { b: undefined, c: 'Bản Hua Ca & <Tà Ma>' }], when: new Date(Date.UTC(2025, 10, 27)), units: Array.from({ length: 3_000 }, (_, i) => ({ unitName: `Bản ${i}`, total: i / 7, flags: [] })) }],
    ['quyet-dinh', [1, 2]],
    ['nothing', undefined],
  ])],
  ['texts ending at a cell’s end, a row’s end, one past it', new Map<string, unknown>([
    ['one-cell', ofLength(CHUNK)],
    ['one-row', ofLength(CHUNK * ROW)],
    ['past-a-row', ofLength(CHUNK * ROW + 1)],
    ['short', 'x'],
  ])],
  ['a letter of two UTF-16 units cut in two at a cell’s end', new Map<string, unknown>([['cut', { t: `${'a'.repeat(CHUNK - 7)}𝔸${'𝔸'.repeat(40_000)}` }]])],
];

describe('the store made from its JSON in pieces', () => {
  it('gives JSON.stringify’s text, piece by piece', () => {
    for (const [, store] of STORES) for (const value of store.values()) expect([...jsonPieces(value)].join('') || undefined).toBe(JSON.stringify(value));
  });

  for (const [what, store] of STORES) {
    it(`gives the rows the whole text gives: ${what}`, () => {
      const rows = wholeRows(store);
      expect(encodeStore(store)).toEqual(rows);
      const layout = storeLayout(store, Number.MAX_SAFE_INTEGER);
      expect(layout.width).toBe(rows[0]!.length);
      expect(layout.sheets).toEqual([rows.length]);
      expect([...layout.rows()]).toEqual(rows);
    });
  }

  it('gathers the rows into sheets as their XML counts, a sheet begun when the next row would take it past the limit', () => {
    const store = new Map<string, unknown>([['a', ofLength(CHUNK * ROW * 2 + 5, 'á')], ['b', { x: '<&>'.repeat(1_000) }], ['c', 1]]);
    const rows = wholeRows(store);
    // Each row's bytes as the sheet holds its text: UTF-8 («á» 2 bytes), & < > escaped, 64 bytes of markup a cell.
    const bytesOf = (row: string[]) => row.reduce((sum, cell) => sum + new TextEncoder().encode(cell.replace(/&/g, '&amp;').replace(/[<>]/g, '&lt;')).length + 64, 0);
    const first = bytesOf(rows[0]!);
    // The text's two full rows a sheet each, its last row with the two short keys.
    expect(storeLayout(store, first).sheets).toEqual([1, 1, 3]);
    expect(storeLayout(store, first * 2 + 1).sheets).toEqual([2, 3]);
    expect(storeLayout(store, Number.MAX_SAFE_INTEGER).sheets).toEqual([5]);
    expect(rows.length).toBe(5);
  });
});

// Made for issue 59 item 2: the run's record written into tong-hop.xlsx's store without its JSON held whole.
