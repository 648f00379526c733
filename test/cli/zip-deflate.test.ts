// The command line's own deflate of a stored .xlsx: read back by JSZip and by Python's zipfile (a reader
// we did not write, which checks every CRC), same entries and bytes, every stored file now deflated.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deflateStoredZip, ZipFormatError } from '../../cli/zip-deflate.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { tempDir } from './helpers.js';

const sheetXml = `<worksheet>${'<row><c t="s"><v>1</v></c></row>'.repeat(5_000)}</worksheet>`;

async function storedZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  zip.file('docProps/Tiếng Việt – ghi chú.txt', 'Bản Hua Ca: 98 điểm');
  zip.file('xl/empty.xml', '');
  zip.file('xl/media/already.bin', 'deflated by JSZip already '.repeat(50), { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE', comment: 'thidua' });
}

/** Python's zipfile: each entry's name, method and size, after testzip() has checked every CRC. */
function pythonRead(path: string): { name: string; method: number; size: number }[] {
  const script = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps([{"name":i.filename,"method":i.compress_type,"size":i.file_size} for i in z.infolist()]))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

describe('deflateStoredZip', () => {
  it('deflates every stored entry, keeps names, bytes and CRCs, and copies compressed entries as they are', async () => {
    const stored = await storedZip();
    const deflated = deflateStoredZip(stored);
    expect(deflated.length).toBeLessThan(stored.length / 10);
    const path = join(await tempDir(), 'x.zip');
    await writeFile(path, deflated);
    const entries = pythonRead(path);
    const files = entries.filter((e) => !e.name.endsWith('/'));
    expect(files.map((e) => e.name)).toEqual(['xl/worksheets/sheet1.xml', 'docProps/Tiếng Việt – ghi chú.txt', 'xl/empty.xml', 'xl/media/already.bin']);
    // Deflated (8), but for the empty file and the folders (JSZip writes one per path), stored (0) as zip tools do.
    expect(files.map((e) => e.method)).toEqual([8, 8, 0, 8]);
    expect(entries.filter((e) => e.name.endsWith('/')).every((e) => e.method === 0 && e.size === 0)).toBe(true);
    const back = await JSZip.loadAsync(deflated);
    expect(await back.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(sheetXml);
    expect(await back.file('docProps/Tiếng Việt – ghi chú.txt')!.async('string')).toBe('Bản Hua Ca: 98 điểm');
    expect(await back.file('xl/empty.xml')!.async('string')).toBe('');
    expect(await back.file('xl/media/already.bin')!.async('string')).toBe('deflated by JSZip already '.repeat(50));
  });

  it('gives an .xlsx that ExcelJS opens with every cell as written', async () => {
    const book = ExcelJsWorkbook.create();
    await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['Đơn vị', 'Điểm'], ['Bản Hua Ca', 98]] }] }] });
    const reopened = await ExcelJsWorkbook.fromBuffer(deflateStoredZip(await book.toBuffer({ stored: true })));
    const [grid] = await reopened.readSheets(['Tổng hợp']);
    expect(grid!.values).toEqual([['Đơn vị', 'Điểm'], ['Bản Hua Ca', 98]]);
  });

  it('refuses what is not a zip', () => {
    expect(() => deflateStoredZip(new TextEncoder().encode('not a zip at all, just text'))).toThrow(ZipFormatError);
  });
});
