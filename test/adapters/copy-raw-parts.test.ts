// A scored copy takes the parts it does not change as the unit's zip holds them — their compressed bytes and CRC,
// never inflated and deflated again — under headers of its own: so a source written with data descriptors (sizes
// after the data, as streaming zip writers do) gives a copy whose untouched parts are the same bytes and which reads
// back; two copies of the same edit are the same bytes; and a part that no copy may carry as it is (encrypted) is
// refused from the directory, before anything is inflated, never copied under a header that says it is plain.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { entryData, PackageRefused, readZipDirectory } from '../../adapters/ooxml/zip.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/bao-cao/ban-hua-ca.xlsx');
const THEME = 'xl/theme/theme1.xml';
const edit = { sheets: [{ sheet: 'Ghi chú', mode: 'replace' as const, blocks: [{ address: 'A1', values: [['một ô']] }] }] };

/** The example rewritten by JSZip as a stream: every entry's sizes and CRC in a data descriptor after its data (flag bit 3). */
async function withDataDescriptors(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await readFile(EXAMPLE));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
}

/** The zip with general purpose `flag` set on `part`'s local header and directory entry. */
function flagged(bytes: Uint8Array, part: string, flag: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const entry = readZipDirectory(out).get(part)!;
  view.setUint16(entry.localOffset + 6, view.getUint16(entry.localOffset + 6, true) | flag, true);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
    if (out.subarray(at + 46, at + 46 + name.length).every((b, i) => b === name[i])) view.setUint16(at + 8, view.getUint16(at + 8, true) | flag, true);
  }
  return out;
}

async function copyOf(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = OoxmlWorkbook.open(bytes);
  await workbook.apply(edit);
  return workbook.toBuffer();
}

describe('a scored copy copies the parts it does not change', () => {
  it('as the compressed bytes and CRC of a source written with data descriptors, the same bytes run to run, and reads back', async () => {
    const source = await withDataDescriptors();
    const sourceEntry = readZipDirectory(source).get(THEME)!;
    // JSZip wrote the descriptors: the local header's own CRC and sizes are zero, only the directory's hold.
    expect(new DataView(source.buffer).getUint16(sourceEntry.localOffset + 6, true) & 0x8).toBe(0x8);
    expect(new DataView(source.buffer).getUint32(sourceEntry.localOffset + 14, true)).toBe(0);

    const copy = await copyOf(source);
    const copied = readZipDirectory(copy).get(THEME)!;
    expect({ crc: copied.crc, size: copied.size, method: copied.method }).toEqual({ crc: sourceEntry.crc, size: sourceEntry.size, method: sourceEntry.method });
    expect(Buffer.from(entryData(copy, copied)).equals(Buffer.from(entryData(source, sourceEntry)))).toBe(true);
    expect(Buffer.from(await copyOf(await withDataDescriptors())).equals(Buffer.from(copy))).toBe(true);

    const back = OoxmlWorkbook.open(copy);
    expect(await back.listSheets()).toContain('Ghi chú');
    const themeBack = await (await JSZip.loadAsync(copy)).file(THEME)!.async('string');
    expect(themeBack).toBe(await (await JSZip.loadAsync(source)).file(THEME)!.async('string'));
  });

  it('refuses a source whose untouched part is encrypted, from its directory, in Vietnamese naming the part', async () => {
    const source = flagged(new Uint8Array(await readFile(EXAMPLE)), THEME, 0x1);
    expect(() => readZipDirectory(source)).toThrow(PackageRefused);
    expect(() => OoxmlWorkbook.open(source)).toThrow(`phần «${THEME}» bị mã hoá (đặt mật khẩu) trong tệp nén`);
  });
});

// Made for issue 59 item 1: a copy rewrites only what it changes, and copies nothing it cannot vouch for.
