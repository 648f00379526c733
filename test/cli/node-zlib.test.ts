// The zip the package writer makes, with Node's zlib (the command line) and with fflate (the page): read
// back by Python's zipfile (a reader we did not write, which checks every CRC), every written part
// deflated once, every part the edit did not name copied with the original's compressed bytes, and the
// parts the same whichever compressor made them. Node's inflater refuses what fflate refuses, in the same words.
import { execFileSync } from 'node:child_process';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OoxmlPackage } from '../../adapters/ooxml/package.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { entryData, PackageRefused } from '../../adapters/ooxml/zip.js';
import { compressPart, type DeflatePieces, type Gzip } from '../../adapters/ooxml/write/zip-writer.js';
import { nodeDeflatePieces, nodeGzip, nodeInflate } from '../../cli/node-zlib.js';
import { tempDir } from './helpers.js';
import { rawZip } from '../../scripts/harness/raw-zip.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/bao-cao/ban-hua-ca.xlsx');

/** Python's zipfile: each entry's name, method and size, after testzip() has checked every CRC. */
function pythonRead(path: string): { name: string; method: number; size: number }[] {
  const script = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps([{"name":i.filename,"method":i.compress_type,"size":i.file_size} for i in z.infolist()]))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

async function scored(): Promise<OoxmlWorkbook> {
  const book = OoxmlWorkbook.open(new Uint8Array(await readFile(EXAMPLE)));
  await book.apply({ sheets: [{ sheet: 'Tổng hợp – Bản Hua Ca', mode: 'replace', blocks: [{ address: 'A1', values: [['Đơn vị', 'Điểm'], ['Bản Hua Ca', 98]], format: { bold: true } }] }] });
  return book;
}

describe("the package writer's zip", () => {
  it('with Node’s zlib: every CRC right, written parts deflated, untouched parts the original’s compressed bytes', async () => {
    const original = OoxmlPackage.open(new Uint8Array(await readFile(EXAMPLE)));
    const bytes = await (await scored()).toBuffer({ gzip: nodeGzip });
    const path = join(await tempDir(), 'x.xlsx');
    await writeFile(path, bytes);
    const entries = pythonRead(path);
    const written = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet2.xml'];
    for (const name of written) expect(entries.find((e) => e.name === name)?.method, name).toBe(8);
    // Folders stay stored and empty, as the original holds them.
    expect(entries.filter((e) => e.name.endsWith('/')).every((e) => e.method === 0 && e.size === 0)).toBe(true);

    const copy = OoxmlPackage.open(bytes);
    const untouched = [...original.entries.values()].filter((e) => !written.includes(e.name));
    expect(untouched.map((e) => e.name)).toContain('xl/theme/theme1.xml');
    for (const entry of untouched) {
      const again = copy.entries.get(entry.name)!;
      expect([again.crc, again.method, again.size], entry.name).toEqual([entry.crc, entry.method, entry.size]);
      expect(entryData(bytes, again), entry.name).toEqual(entryData(original.bytes, entry));
    }
  });

  it('gives the same parts with Node’s zlib as with fflate (the page’s compressor)', async () => {
    const [withNode, withFflate] = [unzipSync(await (await scored()).toBuffer({ gzip: nodeGzip })), unzipSync(await (await scored()).toBuffer())];
    expect(Object.keys(withNode)).toEqual(Object.keys(withFflate));
    for (const name of Object.keys(withFflate)) expect(Buffer.from(withNode[name]!).equals(Buffer.from(withFflate[name]!)), name).toBe(true);
  });

  it('deflates the parts a new workbook copies from its stored blank package', async () => {
    const book = OoxmlWorkbook.create();
    await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['Đơn vị', 'Điểm'], ['Bản Hua Ca', 98]] }] }] });
    const path = join(await tempDir(), 'tong-hop.xlsx');
    await writeFile(path, await book.toBuffer({ gzip: nodeGzip }));
    const entries = pythonRead(path);
    expect(entries.map((e) => e.name)).toContain('_rels/.rels');
    expect(entries.every((e) => e.method === 8 && e.size > 0)).toBe(true);
    const [grid] = await OoxmlWorkbook.open(new Uint8Array(await readFile(path))).readSheets(['Tổng hợp']);
    expect(grid!.values).toEqual([['Đơn vị', 'Điểm'], ['Bản Hua Ca', 98]]);
  });
});

describe('a workbook made whole, then saved (tong-hop.xlsx)', () => {
  it('holds each sheet deflated as it is written, reads one written again from that, and zips the same bytes', async () => {
    const deflated: number[] = [];
    const counting: Gzip = (data, level) => {
      deflated.push(data.length);
      return nodeGzip(data, level);
    };
    const rows = Array.from({ length: 400 }, (_, i) => [`Bản ${i} — «Tổng điểm» < 100 & > 50`, i * 1.5, 'Đạt']);
    const made = async (compress: boolean) => {
      const book = OoxmlWorkbook.create();
      if (compress) book.compressSheets(counting);
      await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: rows }] }] });
      await book.apply({ sheets: [{ sheet: 'Rà soát', mode: 'replace', blocks: [{ address: 'A1', values: [['Rà soát']] }] }] });
      // Written again over the sheet held deflated: the writer reads it back from its compressed bytes.
      await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'existing', blocks: [{ address: 'B2', values: [[99]] }] }] });
      await book.writeStore('ket-qua', { units: ['Bản Hua Ca'] });
      return book;
    };
    const held = await made(true);
    expect(deflated.length, 'each sheet deflated as written, before the save').toBeGreaterThanOrEqual(4);
    expect(deflated[0]).toBeGreaterThan(20_000);
    const bytes = await held.toBuffer({ gzip: nodeGzip });
    expect(Buffer.from(bytes).equals(Buffer.from(await (await made(false)).toBuffer({ gzip: nodeGzip })))).toBe(true);
    const [grid] = await OoxmlWorkbook.open(bytes).readSheets(['Tổng hợp']);
    expect([grid!.values[0]![0], grid!.values[1]![1]]).toEqual([rows[0]![0], 99]);
  });
});

describe("the store's sheets deflated as their XML is made (tong-hop.xlsx's record)", () => {
  // Past one row of the store (64 cells of 32,000 characters), with a Vietnamese letter outside the BMP cut in two
  // where a cell ends, text XML escapes, and a second key narrower than the first (its row padded with empty cells).
  const long = `${'đ'.repeat(31_999)}𝔸${'{"a":"<b> & c"}'.repeat(140_000)}`;
  const store = { 'ket-qua': { units: ['Bản Hua Ca', 'Pá Khôm & «Nà Sự»'], text: long }, 'lan-chot': [{ seal: 'e3b0', note: 'a < b' }] };

  it('gives the bytes the sheet writer gives (the whole XML deflated at once), given in pieces, never held whole', async () => {
    const pieces: number[] = [];
    const counting: DeflatePieces = (all) =>
      nodeDeflatePieces(
        (function* () {
          for (const piece of all) yield (pieces.push(piece.length), piece);
        })(),
      );
    const made = async (streamed: boolean) => {
      const book = OoxmlWorkbook.create();
      book.compressSheets(nodeGzip, streamed ? counting : undefined);
      await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['Đơn vị'], ['Bản Hua Ca']] }] }] });
      for (const [key, value] of Object.entries(store)) await book.writeStore(key, value);
      return book.toBuffer({ gzip: nodeGzip });
    };
    const streamed = await made(true);
    expect(Buffer.from(streamed).equals(Buffer.from(await made(false)))).toBe(true);
    // Written twice (once per key), each time cell by cell: no piece larger than a cell's XML.
    expect(pieces.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * 4_000_000);
    expect(Math.max(...pieces)).toBeLessThan(100_000);
    expect(await OoxmlWorkbook.open(streamed).readStore('ket-qua')).toEqual(store['ket-qua']);
  });

  it('deflates pieces as nodeGzip deflates them joined: the same body, CRC-32 and size', async () => {
    const text = new TextEncoder().encode(`<row>${'Bản Hua Ca — 98,5 điểm; '.repeat(20_000)}</row>`);
    const cuts = [0, 1, 7, 4_096, 65_536, 65_537, 300_000, text.length];
    const parts = cuts.slice(1).map((end, i) => text.subarray(cuts[i], end));
    expect(await nodeDeflatePieces(parts)).toEqual(compressPart(text, nodeGzip));
    expect(await nodeDeflatePieces([])).toEqual(compressPart(new Uint8Array(0), nodeGzip));
  });
});

describe("Node's inflater", () => {
  /** The example with its theme part's bytes changed in place: its declared size, or its compressed data. */
  async function withTheme(change: (bytes: Uint8Array, central: number, data: number) => void): Promise<Uint8Array> {
    const bytes = new Uint8Array(await readFile(EXAMPLE));
    const entry = OoxmlPackage.open(bytes).entries.get('xl/theme/theme1.xml')!;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let central = bytes.length - 22;
    central = view.getUint32(central + 16, true);
    while (new TextDecoder().decode(bytes.subarray(central + 46, central + 46 + view.getUint16(central + 28, true))) !== entry.name) {
      central += 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true);
    }
    change(bytes, central, entryData(bytes, entry).byteOffset - bytes.byteOffset);
    return bytes;
  }
  const refusal = (bytes: Uint8Array, inflate?: typeof nodeInflate) => {
    try {
      OoxmlWorkbook.open(bytes, undefined, inflate);
    } catch (e) {
      if (e instanceof PackageRefused) return e.message;
      throw e;
    }
    return undefined;
  };

  it('refuses a part that inflates past its declared size, and a damaged one, as fflate does', async () => {
    const lying = await withTheme((bytes, central) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(central + 24, 1000, true));
    const damaged = await withTheme((bytes, _central, data) => bytes.fill(0xff, data + 20, data + 60));
    expect(refusal(lying, nodeInflate)).toBe('phần «xl/theme/theme1.xml» khai 1.000 byte nhưng giải nén ra nhiều hơn (tệp nén khai sai kích thước)');
    expect(refusal(damaged, nodeInflate)).toMatch(/^tệp nén \.xlsx bị hỏng ở phần «xl\/theme\/theme1\.xml»/);
    for (const bytes of [lying, damaged]) expect(refusal(bytes, nodeInflate)).toBe(refusal(bytes));
  });

  it('checks a part again in the next workbook unless its deflated bytes are the same, and then against its own declared size', async () => {
    const good = new Uint8Array(await readFile(EXAMPLE));
    const theme = unzipSync(good)['xl/theme/theme1.xml']!;
    // Other bytes inflating to one more than the example's theme, declared as long as that theme: too long by one.
    const longer = new Uint8Array(theme.length + 1).fill(0x20);
    longer.set(theme);
    const parts = Object.entries(unzipSync(good)).map(([name, data]) => {
      const text = name === 'xl/theme/theme1.xml' ? longer : data;
      return { name, packed: new Uint8Array(deflateRawSync(text)), size: name === 'xl/theme/theme1.xml' ? theme.length : text.length, crc: crc32(text) };
    });
    const other = rawZip(parts);
    const lying = await withTheme((bytes, central) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(central + 24, 1000, true));
    for (const inflate of [nodeInflate, undefined]) {
      expect(refusal(good, inflate)).toBeUndefined();
      expect(refusal(other, inflate)).toBe('phần «xl/theme/theme1.xml» khai 8 KB nhưng giải nén ra nhiều hơn (tệp nén khai sai kích thước)');
      // The example's own theme bytes, declared shorter than they inflate.
      expect(refusal(lying, inflate)).toBe('phần «xl/theme/theme1.xml» khai 1.000 byte nhưng giải nén ra nhiều hơn (tệp nén khai sai kích thước)');
      expect(refusal(good, inflate)).toBeUndefined();
    }
  });

  it('keeps one stream a thread, reset between parts: each part inflated whole, within its limit, after a damaged or lying one too', () => {
    const texts = ['', 'a', 'Bản Hua Ca — 98,5 điểm; '.repeat(3_000), '<c r="A1"/>'.repeat(50)].map((t) => new TextEncoder().encode(t));
    const streams = texts.map((t) => deflateRawSync(t, { level: constants.Z_BEST_SPEED }));
    const all = () => streams.map((s, i) => Buffer.from(nodeInflate(s, texts[i]!.length + 1)).equals(Buffer.from(texts[i]!)));
    expect(all()).toEqual(texts.map(() => true));
    // Damaged: raised as Node raises it, and the next part still inflates.
    expect(() => nodeInflate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]), 100)).toThrow();
    expect(() => nodeInflate(streams[2]!.subarray(0, 50), texts[2]!.length + 1)).toThrow(/unexpected end of file/);
    expect(all()).toEqual(texts.map(() => true));
    // More than the limit: a RangeError, as zlib's maxOutputLength (a part of exactly the limit is whole); then the stream serves the next part as before.
    expect(() => nodeInflate(streams[2]!, 1_000)).toThrow(RangeError);
    expect(() => nodeInflate(streams[2]!, texts[2]!.length - 1)).toThrow(RangeError);
    expect(Buffer.from(nodeInflate(streams[2]!, texts[2]!.length)).equals(Buffer.from(texts[2]!))).toBe(true);
    expect(all()).toEqual(texts.map(() => true));
  });
});

describe('nodeGzip through the kept stream', () => {
  it('gives the bytes gzipSync gives, part after part, at both levels', () => {
    // The last does not deflate to half its size: zlib fills the first buffer and goes on into more.
    let seed = 7;
    const noise = Uint8Array.from({ length: 50_000 }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >> 23);
    const texts = [...['x', 'Bản Hua Ca — 98,5 điểm; '.repeat(10_000), '', '<row r="1"/>'.repeat(9)].map((t) => new TextEncoder().encode(t)), noise];
    for (const level of [1, 0, 1] as const) {
      for (const text of texts) {
        // Stored blocks are cut by the output buffer's size: nodeGzip's, the part and 1 KB.
        const expected = gzipSync(text, level === 1 ? { level: constants.Z_BEST_SPEED } : { level: constants.Z_NO_COMPRESSION, chunkSize: text.length + 1024 });
        expect(Buffer.from(nodeGzip(text, level)).equals(expected)).toBe(true);
      }
    }
  });
});
