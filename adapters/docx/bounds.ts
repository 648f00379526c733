// The bounded pre-pass of a Word document, before mammoth is given it: the zip read as the workbook reader reads
// one (adapters/ooxml/zip.ts: parts and declared sizes checked against DOCUMENT_LIMITS before anything is inflated,
// each part then inflated once under a running byte count), every XML part streamed through saxes while its
// elements, their nesting and the tables' grids are counted. mammoth holds the whole document as objects and HTML
// (about 2 KB an element); what it is given is bounded here, so it never meets a file that costs more.
import { formatNumberVi } from '../../core/values.js';
import { DOCUMENT_LIMITS } from '../../core/workbook/limits.js';
import { OoxmlPackage } from '../ooxml/package.js';
import type { XmlHandlers } from '../ooxml/xml.js';
import { type PackageKind, PackageRefused } from '../ooxml/zip.js';

const n = formatNumberVi;
const XML_PART = /\.(xml|rels)$/i;
const MAIN = 'word/document.xml';

/** A Word document: DOCUMENT_LIMITS, its text and pictures named as an officer knows them. */
export const DOCX: PackageKind = {
  extension: '.docx',
  app: 'Word',
  limits: { entries: DOCUMENT_LIMITS.zipEntries, totalBytes: DOCUMENT_LIMITS.zipTotalBytes, partBytes: () => DOCUMENT_LIMITS.zipPartBytes },
  title: (part) => (part === MAIN ? `nội dung văn bản (${part})` : part.startsWith('word/media/') ? `hình ảnh «${part}»` : `phần «${part}»`),
};

/** Whether the bytes are a zip at all (a .doc of Word 97–2003 is not: it is said apart). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Why the document cannot be read within DOCUMENT_LIMITS (Vietnamese, without the file name), or undefined; `walk`:
 * handlers that walk parts in the same pass, once each is counted (word-marks.ts: the styles, then the document's text),
 * those parts first, in their order.
 */
export function refuseUnboundedDocument(bytes: Uint8Array, walk: Readonly<Record<string, XmlHandlers>> = {}): string | undefined {
  try {
    const pkg = OoxmlPackage.open(bytes, undefined, DOCX);
    const count = counter();
    const parts = [...Object.keys(walk).filter((p) => pkg.entries.has(p)), ...[...pkg.entries.keys()].filter((p) => !Object.hasOwn(walk, p))];
    for (const part of parts) {
      const handlers = walk[part];
      if (XML_PART.test(part)) pkg.parse(part, handlers ? both(count.handlers(part), handlers) : count.handlers(part), true);
    }
    // The other parts (pictures) are inflated once too, and thrown away: each must be the size it declares.
    pkg.checkSizes();
    return undefined;
  } catch (e) {
    if (e instanceof PackageRefused) return e.message;
    throw e;
  }
}

/** The counter's handlers, then the walker's. */
function both(count: XmlHandlers, walk: XmlHandlers): XmlHandlers {
  return {
    open: (...a) => (count.open?.(...a), walk.open?.(...a)),
    text: (t) => walk.text?.(t),
    close: (...a) => (count.close?.(...a), walk.close?.(...a)),
  };
}

/** A table being read: its rows so far, its widest row, the width of the row under way. */
type OpenTable = { ordinal: number; rows: number; width: number; row: number };

/** Counts elements, depth and table grids across the parts; throws PackageRefused at the first past a limit. */
function counter() {
  let elements = 0;
  let cells = 0;
  let tables = 0;
  return {
    handlers(part: string) {
      const where = DOCX.title(part);
      const refuse = (why: string): never => {
        throw new PackageRefused(`${where} ${why}`);
      };
      let depth = 0;
      const open: OpenTable[] = [];
      return {
        open: (name: string, a: Record<string, string>) => {
          if (++elements > DOCUMENT_LIMITS.elements) refuse(`có hơn ${n(DOCUMENT_LIMITS.elements)} phần tử XML, quá giới hạn của văn bản thidua đọc`);
          if (++depth > DOCUMENT_LIMITS.depth) refuse(`có các phần tử lồng nhau quá ${n(DOCUMENT_LIMITS.depth)} tầng, quá giới hạn`);
          const table = open[open.length - 1];
          switch (name) {
            case 'tbl':
              if (open.length >= DOCUMENT_LIMITS.tableNesting) refuse(`có bảng lồng trong bảng quá ${n(DOCUMENT_LIMITS.tableNesting)} tầng (bảng thứ ${n(tables + 1)}), quá giới hạn`);
              open.push({ ordinal: ++tables, rows: 0, width: 0, row: 0 });
              return;
            case 'tr':
              if (table) table.row = 0;
              return;
            case 'tc':
              if (table) table.row++;
              return;
            case 'gridSpan': {
              // A cell spanning columns (Word's horizontal merge) covers them all in the grid.
              const span = Number(a['w:val'] ?? Object.entries(a).find(([k]) => k.endsWith(':val'))?.[1]);
              if (table && Number.isFinite(span) && span > 1) table.row += span - 1;
              return;
            }
          }
        },
        close: (name: string) => {
          depth--;
          const table = open[open.length - 1];
          if (!table) return;
          if (name === 'tr') {
            table.rows++;
            table.width = Math.max(table.width, table.row);
            // A vertical merge (vMerge) keeps a cell in each row it covers: rows × the widest row is the grid.
            if (cells + table.rows * table.width > DOCUMENT_LIMITS.tableCells) {
              refuse(
                `có bảng thứ ${n(table.ordinal)} đến dòng ${n(table.rows)} đã rộng ${n(table.width)} cột (${n(table.rows * table.width)} ô, kể cả ô gộp)` +
                  `${cells > 0 ? ` sau ${n(cells)} ô của các bảng trước` : ''}, quá giới hạn ${n(DOCUMENT_LIMITS.tableCells)} ô`,
              );
            }
          } else if (name === 'tbl') {
            cells += table.rows * table.width;
            open.pop();
          }
        },
      };
    },
  };
}

// Made for issue 35 item 5: a Word criteria file within bounds before mammoth reads it — a picture shown forty
// times, a document that unpacks to 300 MB, a table of 3,000 × 3,000 merged cells, tables nested hundreds deep.
