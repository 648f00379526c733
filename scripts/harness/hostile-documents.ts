// Word criteria files made to hurt (issue 35 item 5), built at test time and small on disk: a scoring table with one
// 40 MB picture shown 40 times, a document that unpacks to 300 MB, tables of 3,000 × 3,000 merged cells, tables
// nested a thousand deep. Each is a real .docx (the parts Word writes, deflated by Node's zlib, streamed: no large buffer is
// ever made here), around the same small criteria table a good file holds. Shared by the command line's and the
// page's attack tests and the bench. By hand: npx tsx scripts/harness/hostile-documents.ts <folder>
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';
import { DOCUMENT_LIMITS } from '../../core/workbook/limits.js';
import type { Expectation } from './hostile-corpus.js';
import { madeOnce } from './made-once.js';
import { rawZip, type RawPart } from './raw-zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES = `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`;
const MB = 1024 * 1024;

/** A part of the package: its text or bytes, or `repeat` times `chunk` after `text` then `tail` (deflated as a stream). */
type Part = { name: string; data: string | Uint8Array } | { name: string; head: string; chunk: string; repeat: number; tail: string };

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string, props = '') => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${props}</w:tcPr>${paragraph(text)}</w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map((c) => cell(c)).join('')}</w:tr>`;
const grid = (columns: number) => `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;

/** The criteria table every file here carries (STT | Nội dung | Điểm chuẩn), totalling 100: a good file reads as 3 criteria. */
export const CRITERIA_TABLE =
  paragraph('PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ') +
  `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr>${grid(3)}${[
    ['STT', 'Nội dung', 'Điểm chuẩn'],
    ['1', 'Ban hành kế hoạch chuyển đổi số năm', '40'],
    ['2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '35'],
    ['3', 'Thanh toán trực tuyến', '25'],
  ]
    .map(row)
    .join('')}</w:tbl>`;

/** A picture shown inline, by its relationship id. */
function picture(id: number, rel: string): string {
  return (
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="${id}" name="Ảnh ${id}"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="anh.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rel}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

const documentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>`;
const documentTail = '<w:sectPr/></w:body></w:document>';

/** The parts around word/document.xml: content types, the package's and the document's relationships (with `media`). */
function frame(media: string[] = []): Part[] {
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        media.map((m, i) => `<Relationship Id="rIdImg${i + 1}" Type="${R}/image" Target="media/${m}"/>`).join('') +
        '</Relationships>',
    },
  ];
}

/** A .docx of the criteria table, then `body`. */
export function documentDocx(body: string): Promise<Uint8Array> {
  return zipParts([...frame(), { name: 'word/document.xml', data: documentHead + CRITERIA_TABLE + body + documentTail }]);
}

/** One picture of `megabytes` MB (zeros: it deflates to almost nothing) shown `times` times under the criteria table. */
export function pictureDocx(megabytes: number, times: number): Promise<Uint8Array> {
  const pictures = Array.from({ length: times }, (_, i) => picture(i + 1, 'rIdImg1')).join('');
  return zipParts([
    ...frame(['image1.png']),
    { name: 'word/document.xml', data: documentHead + CRITERIA_TABLE + pictures + documentTail },
    { name: 'word/media/image1.png', head: '', chunk: '\0'.repeat(MB), repeat: megabytes, tail: '' },
  ]);
}

/** The criteria table, then one paragraph of `megabytes` MB of one letter: word/document.xml deflates about 1,000 to 1. */
export function unpackingDocx(megabytes: number): Promise<Uint8Array> {
  return zipParts([
    ...frame(),
    { name: 'word/document.xml', head: `${documentHead}${CRITERIA_TABLE}<w:p><w:r><w:t>`, chunk: 'x'.repeat(MB), repeat: megabytes, tail: `</w:t></w:r></w:p>${documentTail}` },
  ]);
}

/**
 * The criteria table, then a table of `size` rows of `size` cells, each column merged from top to bottom (its first
 * cell starts a vertical merge, vMerge, that every cell under it continues).
 */
export function mergedTableDocx(size: number): Promise<Uint8Array> {
  const merged = (merge: string) => `<w:tc><w:tcPr><w:vMerge${merge}/></w:tcPr><w:p/></w:tc>`;
  return zipParts([
    ...frame(),
    {
      name: 'word/document.xml',
      head: `${documentHead}${CRITERIA_TABLE}<w:tbl><w:tblPr/>${grid(size)}<w:tr>${merged(' w:val="restart"').repeat(size)}</w:tr>`,
      chunk: `<w:tr>${merged('').repeat(size)}</w:tr>`,
      repeat: size - 1,
      tail: `</w:tbl>${paragraph('')}${documentTail}`,
    },
  ]);
}

/** The criteria table, then a table of one cell spanning `size` columns (gridSpan) and `size` rows (vMerge): a few KB. */
export function spanningTableDocx(size: number): Promise<Uint8Array> {
  const spanning = (merge: string) => `<w:tr>${cell(merge === 'restart' ? 'Ô gộp' : '', `<w:gridSpan w:val="${size}"/><w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>`)}</w:tr>`;
  return zipParts([
    ...frame(),
    {
      name: 'word/document.xml',
      head: `${documentHead}${CRITERIA_TABLE}<w:tbl><w:tblPr/>${grid(size)}${spanning('restart')}`,
      chunk: spanning('continue'),
      repeat: size - 1,
      tail: `</w:tbl>${paragraph('')}${documentTail}`,
    },
  ]);
}

/** The criteria table, then tables nested `depth` deep, each cell holding the next table. */
export function nestedTablesDocx(depth: number): Promise<Uint8Array> {
  const open = `<w:tbl><w:tblPr/>${grid(1)}<w:tr><w:tc><w:tcPr/>`;
  const close = `${paragraph('')}</w:tc></w:tr></w:tbl>`;
  return documentDocx(`${open.repeat(depth)}${paragraph('Bảng lồng')}${close.repeat(depth)}${paragraph('')}`);
}

/**
 * The largest document DOCUMENT_LIMITS admits, as mammoth finds it dearest: the criteria table, then a table of 4 text
 * cells a row (21 elements) to within 100 elements of the limit on all the package's elements.
 */
export function documentAtLimits(): Promise<Uint8Array> {
  const cell = '<w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc>';
  const rows = Math.floor((DOCUMENT_LIMITS.elements - 200) / 21);
  return documentDocx(`<w:tbl><w:tblPr/>${grid(4)}${`<w:tr>${cell.repeat(4)}</w:tr>`.repeat(rows)}</w:tbl>${paragraph('')}`);
}

/** The parts deflated (the repeated ones as a stream) and laid out as a zip. */
async function zipParts(parts: Part[]): Promise<Uint8Array> {
  const packed: RawPart[] = [];
  for (const part of parts) packed.push({ name: part.name, ...('data' in part ? packWhole(part.data) : await packRepeated(part)) });
  return rawZip(packed);
}

function packWhole(data: string | Uint8Array): { packed: Buffer; size: number; crc: number } {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { packed: deflateRawSync(bytes, { level: 9 }), size: bytes.length, crc: crc32(bytes) };
}

/** `head`, `repeat` × `chunk`, `tail` through one deflate stream: the part is never whole in memory. */
async function packRepeated(part: Extract<Part, { chunk: string }>): Promise<{ packed: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const pieces = [Buffer.from(part.head), Buffer.from(part.chunk), Buffer.from(part.tail)];
  let size = 0;
  let crc = 0;
  const put = async (b: Buffer) => {
    size += b.length;
    crc = crc32(b, crc);
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await put(pieces[0]!);
  for (let i = 0; i < part.repeat; i++) await put(pieces[1]!);
  await put(pieces[2]!);
  deflate.end();
  await done;
  return { packed: Buffer.concat(out), size, crc };
}

/**
 * Writes the attacks of issue 35 item 5 into `dir`, each with what reading it must come to: refused with the words
 * naming its limit, or read (`scored`: its criteria table taken). Small on disk: 1.6 MB together. `pick` chooses among
 * them before any is made (the bench's smoke run imports one refused and one read; making all seven costs ~2 s of
 * processor time, the 300 MB and 404 MB ones deflated).
 */
export async function writeDocumentAttacks(dir: string, pick: (all: Expectation[]) => Expectation[] = (all) => all): Promise<Expectation[]> {
  await mkdir(dir, { recursive: true });
  const files: [Expectation, () => Promise<Uint8Array>][] = [
    // 42 KB: one 40 MB picture shown 40 times (mammoth inlined each as base64: gigabytes).
    [{ file: 'anh-40-lan.docx', scored: false, says: 'hình ảnh «word/media/image1.png» giải nén ra 40 MB, quá giới hạn 16 MB' }, () => pictureDocx(40, 40)],
    // A picture within the limits shown 200 times: read, its table taken, the picture never read.
    [{ file: 'anh-8mb-200-lan.docx', scored: true }, () => pictureDocx(8, 200)],
    // 300 KB unpacking to 300 MB of text.
    [{ file: 'giai-nen-300mb.docx', scored: false, says: 'nội dung văn bản (word/document.xml) giải nén ra 300 MB, quá giới hạn 16 MB' }, () => unpackingDocx(300)],
    // 3,000 rows of 3,000 cells, each column merged from top to bottom (1.2 MB).
    [{ file: 'bang-gop-3000.docx', scored: false, says: 'nội dung văn bản (word/document.xml) giải nén ra 404 MB, quá giới hạn 16 MB' }, () => mergedTableDocx(3000)],
    // 4 KB: one cell spanning 3,000 columns and 3,000 rows.
    [{ file: 'o-gop-3000.docx', scored: false, says: 'quá giới hạn 100.000 ô' }, () => spanningTableDocx(3000)],
    // Tables nested a thousand deep (mammoth's stack overflowed: «not a readable .docx»).
    [{ file: 'bang-long-1000.docx', scored: false, says: 'bảng lồng trong bảng quá 10 tầng' }, () => nestedTablesDocx(1000)],
    // Not an attack: the largest document the limits admit, read (what an admitted file may cost).
    [{ file: 'gioi-han.docx', scored: true }, () => documentAtLimits()],
  ];
  const picked = pick(files.map(([e]) => e));
  // Made once per run (scripts/harness/made-once.ts): seconds of deflating, and three test files and the bench ask.
  for (const [e, make] of files) if (picked.includes(e)) await writeFile(join(dir, e.file), await madeOnce(`document-attack-${e.file}`, make));
  return picked;
}

if (process.argv[1]?.endsWith('hostile-documents.ts')) {
  const dir = process.argv[2];
  if (!dir) throw new Error('Cách dùng: npx tsx scripts/harness/hostile-documents.ts <thư mục>');
  for (const e of await writeDocumentAttacks(dir)) console.log(`${e.file}: ${e.scored ? 'đọc' : 'từ chối'}${e.says ? ` — «${e.says}»` : ''}`);
}
