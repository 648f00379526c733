// The store's sheet as the sheet writer writes it anew (a 'replace' edit of its rows from A1 into EMPTY_SHEET), made
// in pieces of UTF-8, one cell at a time, for a compressor that takes them as they come: the store of a province's
// run is ~13 MB of XML (1,800 workbooks), which the sheet writer holds whole, as text and then as bytes, before it
// is deflated. Same bytes as the sheet writer's (test/adapters/store-sheet.test.ts holds the two together).
import { cellAddress } from '../../../core/text.js';
import { cellXml } from './cell-xml.js';
import { EMPTY_SHEET } from './sheet-writer.js';
import { startTag } from './xml-text.js';

const encoder = new TextEncoder();
const [HEAD, TAIL] = EMPTY_SHEET.split('<sheetData/>') as [string, string];

/** The sheet holding `rows` from A1, piece by piece: at least one row, each two cells wide or more and as wide as the first (encodeStore's). */
export function* storeSheetXml(rows: readonly (readonly string[])[]): Generator<Uint8Array> {
  const dimension = startTag('dimension', { ref: `A1:${cellAddress(rows.length, rows[0]!.length)}` }, true);
  yield encoder.encode(`${HEAD.replace('<dimension ref="A1"/>', dimension)}<sheetData>`);
  for (let r = 1; r <= rows.length; r++) {
    yield encoder.encode(startTag('row', { r: String(r) }));
    // One cell at a time: a cell of the store holds 32,000 characters of JSON.
    const row = rows[r - 1]!;
    for (let c = 0; c < row.length; c++) yield encoder.encode(cellXml('', cellAddress(r, c + 1), 0, row[c]!, false));
    yield encoder.encode('</row>');
  }
  yield encoder.encode(`</sheetData>${TAIL}`);
}

// Made for issue 59 item 2: tong-hop.xlsx's store deflated as it is written, never held whole.
