// Bảng trong văn bản Word (.docx): every table of a document as a sheet grid the criteria readers take. The file is
// bounded first (bounds.ts: parts, sizes, elements, nesting and table grids within DOCUMENT_LIMITS); mammoth then
// turns the document into HTML (a well-kept reader of Word's format: no OOXML walked by hand), its pictures never
// read; the face parses that HTML with what it has (linkedom in Node and in the page's worker, DOMParser in the
// pane); the project's HTML table reader expands the merged cells, and each keeps its text in its first cell only,
// as a merged area of a spreadsheet does, with its lines (each paragraph and line break of the Word cell a line, as a
// workbook's cell keeps its line breaks: an item's words and the levels written under them read alike from both).
import mammoth from 'mammoth';
import { elementText, tableSlots } from '../../core/indicators/table.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import type { WordMark } from '../../core/criteria/sheet/sheet-reader.js';
import { isZip, refuseUnboundedDocument } from './bounds.js';
import { wordMarkWalker } from './word-marks.js';

/** HTML text → a document to find the tables in (the face's own parser). */
export type HtmlParser = (html: string) => Pick<Document, 'getElementsByTagName'>;

/**
 * A table of the document: its grid (named «Bảng N»), the text just above it, to name it to the officer, and the
 * paragraphs under it up to the next table (`below`: a guide writing how to score and the grades), and above it from the
 * table before (`above`: a plan's note of the grades may stand there); `marks`: the changes Word still tracks in it and
 * its hidden text (word-marks.ts).
 */
export type DocxTable = { grid: SheetGrid; caption?: string; documentTitle?: string; below?: string[]; above?: string[]; marks?: WordMark[] };

/** Thrown when the file is not a Word document mammoth can read, or not within bounds; the message is for the officer. */
export class DocxUnreadable extends Error {}

const UNREADABLE = 'không phải văn bản Word .docx đọc được (hoặc đã bị hỏng); tệp .doc cũ hãy mở trong Word và lưu lại dạng .docx';

/** What mammoth makes of a picture: nothing (never read, never inlined as data: forty copies of one cost gigabytes). */
const NO_PICTURE = mammoth.images.imgElement(async () => ({ src: '' }));

/** The tables of a .docx, in document order (nested tables too, each on its own). */
export async function readDocxTables(data: Uint8Array, parse: HtmlParser): Promise<DocxTable[]> {
  const walk = wordMarkWalker();
  const refused = isZip(data) ? refuseUnboundedDocument(data, walk.handlers) : UNREADABLE;
  if (refused === UNREADABLE) throw new DocxUnreadable(UNREADABLE);
  if (refused) throw new DocxUnreadable(`không được đọc: ${refused}`);
  let html: string;
  try {
    // mammoth's Node build reads a Buffer, its browser build an ArrayBuffer.
    const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
    const input = NodeBuffer?.isBuffer(data)
      ? { buffer: data as Buffer }
      : { arrayBuffer: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { convertImage: NO_PICTURE })).value;
  } catch {
    throw new DocxUnreadable(UNREADABLE);
  }
  const tables = Array.from(parse(html).getElementsByTagName('table'));
  for (const table of tables) markNestedBullets(table);
  return tables.map((table, i) => {
    const seen = new Set<number>();
    const { grid, cells } = tableSlots(table);
    // A table nested in a cell reaches the grid as lines of the cell's text: marked where it stands, for the reader to say.
    const nested: WordMark[] = [];
    const values: CellValue[][] = grid.map((row, r) =>
      row.map((slot, c) => {
        if (slot.origin < 0 || seen.has(slot.origin)) return null;
        seen.add(slot.origin);
        // Each table of the cell's own (one nested in it deeper is that table's words).
        const inner = Array.from(cells[slot.origin]!.getElementsByTagName('table'));
        for (const t of inner) if (!inner.some((o) => o !== t && o.contains(t))) nested.push({ kind: 'nested', row: r + 1, col: c + 1, text: rowsOf(t) });
        return slot.text === '' ? null : slot.text;
      }),
    );
    const caption = captionOf(table);
    const documentTitle = caption === undefined || !notAName(caption) ? undefined : titleAbove(table);
    const below = paragraphsAround(table, 'nextElementSibling');
    const above = paragraphsAround(table, 'previousElementSibling').reverse();
    const marks = [...(walk.tables[i] ?? []), ...nested];
    return { grid: { name: `Bảng ${i + 1}`, values }, ...(caption && { caption }), ...(documentTitle && { documentTitle }), ...(below.length > 0 && { below }), ...(above.length > 0 && { above }), ...(marks.length > 0 && { marks }) };
  });
}

/** A table's rows as words: «Chức vụ | Xếp loại XS | Tốt / Cấp trưởng | 10 | 9 / …», each merged cell once. */
function rowsOf(table: Element): string {
  return tableSlots(table)
    .grid.map((row) => row.filter((slot, c) => slot.text !== '' && row[c - 1]?.origin !== slot.origin).map((slot) => slot.text.replace(/\s+/g, ' ')).join(' | '))
    .filter((row) => row !== '')
    .join(' / ');
}

/**
 * Word's automatic bullets in a table's cells, which mammoth keeps as lists without their glyph: where a table nests
 * them (a list inside a list), each item's depth is all that tells a part from its levels, so the items are written
 * «- » (the first depth) and «+ » (deeper) as a form types them. Bullets of one depth only are left as they are: their
 * glyphs might have told parts from levels, and the reader tells them apart by their figures.
 */
function markNestedBullets(table: Element): void {
  const depth = (li: Element) => {
    let n = 0;
    for (let el = li.parentElement; el && el !== table; el = el.parentElement) if (el.localName.toLowerCase() === 'ul') n++;
    return n;
  };
  const items = Array.from(table.getElementsByTagName('li')).filter((li) => li.parentElement?.localName.toLowerCase() === 'ul');
  const depths = items.map(depth);
  if (!depths.some((d) => d >= 2)) return;
  items.forEach((li, k) => {
    // An item with words of its own (not only a list inside it) gets its mark before them.
    const own = Array.from(li.childNodes).some((n) => (n.nodeType === 3 ? (n.nodeValue ?? '').trim() !== '' : !['ul', 'ol'].includes((n as Element).localName?.toLowerCase())));
    if (own) li.insertBefore(li.ownerDocument.createTextNode(depths[k]! >= 2 ? '+ ' : '- '), li.firstChild);
  });
}

/**
 * The title just above a table («PHỤ LỤC … BẢNG ĐIỂM …»): its nearest paragraph, past a note in brackets under the
 * title («(Kèm theo Báo cáo số … của / UBND tỉnh …)», however Word breaks its lines) to the title above it; a
 * bracket never left open (none, when the paragraphs up to the table before close a bracket they never open).
 */
function captionOf(table: Element): string | undefined {
  // The paragraphs met going up, while a bracket they close is still to be opened above them.
  let run: string[] = [];
  let open = 0;
  for (let el = table.previousElementSibling; el; el = el.previousElementSibling) {
    if (el.localName.toLowerCase() === 'table') return undefined;
    const text = elementText(el).trim();
    if (text === '') continue;
    run.unshift(text);
    open += (text.match(/\)/g)?.length ?? 0) - (text.match(/\(/g)?.length ?? 0);
    if (open > 0) continue;
    const whole = run.join(' ');
    // A bracket opened and not closed («Phụ lục (kèm theo»): the words before it.
    const before = open < 0 ? whole.slice(0, whole.lastIndexOf('(')).trim() : whole;
    if (open === 0 && /^\(.*\)$/s.test(whole)) [run, open] = [[], 0];
    else if (before !== '') return before;
    else [run, open] = [[], 0];
  }
  return undefined;
}

/**
 * The paragraphs after a table up to the next table, or before it up to the table before (nearest first; one nested in a
 * cell has none: its cell's text is its table's).
 */
function paragraphsAround(table: Element, step: 'nextElementSibling' | 'previousElementSibling'): string[] {
  const lines: string[] = [];
  for (let el = table[step]; el && el.localName.toLowerCase() !== 'table' && el.getElementsByTagName('table').length === 0; el = el[step]) {
    const text = elementText(el).trim();
    if (text !== '') lines.push(text);
  }
  return lines;
}

/** A line to fill in («Học kỳ: ……», «Họ và tên: ....»): its dots or its colon at the end. */
const FILL_IN = /(?:…|\.{3,}|_{3,})|:\s*$/u;
/** A section's heading («I. KẾT QUẢ THEO DÕI …», «1. …», «Phần I»): a part of the form, not its name. */
const SECTION_HEADING = /^(?:(?:phần|mục|chương)\s+)?(?:[IVXLC]+|\d+|[A-ZĐ])\s*[.):–-]\s*\S/iu;

/** A note («Ghi chú: Thôn đạt từ 90 điểm trở lên xếp loại Xuất sắc; …», a plan's grading written over its table). */
const NOTE = /^ghi\s+chú\s*[:：]/iu;

/** Whether a line right above a table is no name for what the table scores: a line to fill in, a section's heading, a note. */
const notAName = (line: string) => FILL_IN.test(line) || SECTION_HEADING.test(line) || NOTE.test(line);

/**
 * The document's own title above a table whose caption is no name (a form's «PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC» over
 * «Họ và tên: ……» and «I. KẾT QUẢ …»): of the paragraphs up to the table before, the nearest written in capitals as a
 * title is, else the nearest that is neither — its fill-in part in brackets and a footnote's number dropped («(Kỳ theo
 * dõi, đánh giá:……)1»).
 */
function titleAbove(table: Element): string | undefined {
  const lines: string[] = [];
  for (let el = table.previousElementSibling; el && el.localName.toLowerCase() !== 'table'; el = el.previousElementSibling) {
    const text = elementText(el).replace(/\s*\([^()]*(?:…|\.{3,})[^()]*\)\s*\d*$/u, '').trim();
    if (text !== '' && !notAName(text) && !/^\(.*\)$/su.test(text)) lines.push(text);
  }
  return lines.find((l) => /\p{Lu}{2}/u.test(l) && l === l.toLocaleUpperCase('vi')) ?? lines[0];
}

// Made for: scoring appendices and criteria lists issued as Word documents (`thidua criteria import bang-diem.docx`,
// `--criteria bang-diem.docx`), read the same way on the command line and in the browser.
