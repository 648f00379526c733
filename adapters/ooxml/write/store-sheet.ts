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

/** The sheet holding `count` rows from A1, `width` cells each (storeLayout's), piece by piece as the rows are given. */
export function* storeSheetXml(rows: Iterable<readonly string[]>, count: number, width: number): Generator<Uint8Array> {
  const dimension = startTag('dimension', { ref: `A1:${cellAddress(count, width)}` }, true);
  yield encoder.encode(`${HEAD.replace('<dimension ref="A1"/>', dimension)}<sheetData>`);
  let r = 0;
  for (const row of rows) {
    r++;
    yield encoder.encode(startTag('row', { r: String(r) }));
    // One cell at a time: a cell of the store holds 32,000 characters of JSON.
    for (let c = 0; c < row.length; c++) yield encoder.encode(cellXml('', cellAddress(r, c + 1), 0, row[c]!, false));
    yield encoder.encode('</row>');
  }
  yield encoder.encode(`</sheetData>${TAIL}`);
}

// Made for issue 59 item 2: tong-hop.xlsx's store deflated as it is written, never held whole.
