// The Word document's pre-pass (adapters/docx/bounds.ts) at its limits: what mammoth may be given is decided by
// counting — elements, nesting, table grids — and by inflating each part under its declared size, on real .docx
// files made at test time (scripts/harness/hostile-documents.ts).
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { refuseUnboundedDocument } from '../../adapters/docx/bounds.js';
import { DocxUnreadable, readDocxTables } from '../../adapters/docx/read.js';
import { DOCUMENT_LIMITS } from '../../core/workbook/limits.js';
import { documentDocx, pictureDocx } from '../../scripts/harness/hostile-documents.js';
import { rawZip } from '../../scripts/harness/raw-zip.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
/** The XML elements of every part of a package (the criteria table, the document around it, content types, relationships). */
async function elementsOf(docx: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(docx);
  let count = 0;
  for (const f of Object.values(zip.files)) count += ((await f.async('string')).match(/<[a-zA-Z]/g) ?? []).length;
  return count;
}

describe('a Word document within DOCUMENT_LIMITS', () => {
  it('counts every XML element: the last one allowed reads, one more is refused with the limit', async () => {
    const room = DOCUMENT_LIMITS.elements - (await elementsOf(await documentDocx('')));
    expect(refuseUnboundedDocument(await documentDocx('<w:p/>'.repeat(room)))).toBeUndefined();
    expect(refuseUnboundedDocument(await documentDocx('<w:p/>'.repeat(room + 1)))).toBe('nội dung văn bản (word/document.xml) có hơn 200.000 phần tử XML, quá giới hạn của văn bản thidua đọc');
  });

  it('refuses elements nested past the depth mammoth can read, whatever they are', async () => {
    const deep = (n: number) => `${'<w:sdt><w:sdtContent>'.repeat(n)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(n)}`;
    expect(refuseUnboundedDocument(await documentDocx(deep(40)))).toBeUndefined();
    expect(refuseUnboundedDocument(await documentDocx(deep(60)))).toBe('nội dung văn bản (word/document.xml) có các phần tử lồng nhau quá 100 tầng, quá giới hạn');
  });

  it('inflates a picture under the size it declares: one that lies is refused, never handed to mammoth', async () => {
    const zip = await JSZip.loadAsync(await pictureDocx(1, 1));
    const parts = await Promise.all(
      Object.values(zip.files).map(async (f) => {
        const data = Buffer.from(await f.async('uint8array'));
        const lie = f.name === 'word/media/image1.png';
        return { name: f.name, packed: deflateRawSync(lie ? Buffer.alloc(20 * 1024 * 1024) : data), size: lie ? 1024 : data.length, crc: crc32(data) };
      }),
    );
    const refused = refuseUnboundedDocument(rawZip(parts));
    expect(refused).toBe('hình ảnh «word/media/image1.png» khai 1 KB nhưng giải nén ra nhiều hơn (tệp nén khai sai kích thước)');
    await expect(readDocxTables(Buffer.from(rawZip(parts)), parse)).rejects.toThrow(new DocxUnreadable(`không được đọc: ${refused}`));
  });

  it('reads a document within the limits as before, its pictures left out', async () => {
    const tables = await readDocxTables(Buffer.from(await pictureDocx(1, 3)), parse);
    expect(tables.map((t) => [t.grid.name, t.grid.values.length, t.caption])).toEqual([['Bảng 1', 4, 'PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ']]);
  });
});
