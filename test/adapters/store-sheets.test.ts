// The store of a province's tong-hop.xlsx: its record of 5,250 units is 17 MB of JSON, and with the council's closed
// round beside it (which holds the record again) twice that — past the 16 MB one sheet part may hold for thidua to
// read it again. The store goes on over `_thidua 2`…, each part within the limit, and reads back as one; written again
// smaller, the sheets it no longer needs are left empty, never read as part of it.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { READ_LIMITS } from '../../core/workbook/limits.js';
import { decodeStore, encodeStore } from '../../core/workbook/store-layout.js';
import { expectEqual } from '../helpers/expect-equal.js';

/** A value of about `mb` MB of JSON: Vietnamese text, with &, < and > (escaped in the sheet's XML) among it. */
function bigValue(mb: number, tag: string): { units: string[] } {
  const unit = `${tag}: Bản Hua Ca — «Tổng điểm» < 100 & > 50; Trường Tiểu học Tà Ma đạt đủ tiêu chí `;
  return { units: Array.from({ length: Math.ceil((mb * 1024 * 1024) / (unit.length * 1.3)) }, (_, i) => `${unit}${i}`) };
}

describe('a store past one sheet part', () => {
  it('is written over several veryHidden sheets, each within the part limit, and read back whole', async () => {
    const record = bigValue(10, 'ket-qua');
    const rounds = [{ record: bigValue(10, 'chot') }];
    const book = OoxmlWorkbook.create();
    await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['TỔNG HỢP']] }] }] });
    await book.writeStore('ket-qua', record);
    await book.writeStore('chot-ket-qua', rounds);
    const bytes = await book.toBuffer();

    const parts = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/worksheets/sheet') });
    const sizes = Object.values(parts).map((p) => p.length);
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(READ_LIMITS.zipPartBytes);

    const again = OoxmlWorkbook.open(bytes);
    expect(await again.listSheets()).toEqual(['Tổng hợp']);
    expectEqual(await again.readStore('ket-qua'), record);
    expectEqual(await again.readStore('chot-ket-qua'), rounds);

    // Written again with a small store: the sheets left over are empty, the store is what was written.
    await again.writeStore('chot-ket-qua', []);
    await again.writeStore('ket-qua', { units: ['Bản Hua Ca'] });
    const smaller = OoxmlWorkbook.open(await again.toBuffer());
    expect(await smaller.listSheets()).toEqual(['Tổng hợp']);
    expect(await smaller.readStore('ket-qua')).toEqual({ units: ['Bản Hua Ca'] });
    expect(await smaller.readStore('chot-ket-qua')).toEqual([]);
  }, 120_000);

  it('reads a text going on over rows as one, and a store written before (one row a key) as it was', () => {
    const store = new Map<string, unknown>([['ket-qua', { text: 'x'.repeat(5_000_000) }], ['quyet-dinh', [1, 2]]]);
    const rows = encodeStore(store);
    expect(rows.filter((r) => r[0] === 'ket-qua').length).toBeGreaterThan(1);
    expect(decodeStore(rows)).toEqual(store);
    expect(decodeStore([['quyet-dinh', '[1,', '2]'], ['ket-qua', '{"a":1}']])).toEqual(new Map<string, unknown>([['quyet-dinh', [1, 2]], ['ket-qua', { a: 1 }]]));
  });
});

// Made for issue 56 item 3: a province's tong-hop.xlsx written whole, its store within what thidua reads again.
