// A PDF printed by LibreOffice, read back as Word would show it: its lines with their boxes and sizes
// (`pdftotext -bbox-layout`), and the rules drawn on a page (the page rasterised by `pdftoppm -gray`, its long
// horizontal runs of ink measured). The papers' tests assert their form on these.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** A line of text as printed: its words joined by spaces, its box in points from the page's top left, its page (0-based). */
export type PrintedLine = { text: string; page: number; xMin: number; yMin: number; xMax: number; yMax: number };

export type PrintedPdf = { width: number; height: number; pages: number; lines: PrintedLine[] };

/** A printed line's font size: LibreOffice's boxes for Liberation Serif are 1.3 em tall. */
export const sizeOf = (line: PrintedLine) => (line.yMax - line.yMin) / 1.3;
export const centreOf = (line: PrintedLine) => (line.xMin + line.xMax) / 2;

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const box = (attrs: string) => {
  const n = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)![1]);
  return { xMin: n('xMin'), yMin: n('yMin'), xMax: n('xMax'), yMax: n('yMax') };
};

export async function readPrinted(pdf: string): Promise<PrintedPdf> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const chunks = stdout.split('<page ').slice(1);
  const size = /^width="([\d.]+)" height="([\d.]+)">/.exec(chunks[0] ?? '');
  const lines = chunks.flatMap((chunk, page) =>
    [...chunk.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((m): PrintedLine => {
      const words = [...m[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescapeXml(w[1]!));
      // A no-break space prints as a space: what the reader sees.
      return { text: words.join(' ').normalize('NFC').replace(/\u00A0/g, ' '), page, ...box(m[1]!) };
    }),
  );
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), pages: chunks.length, lines };
}

/** The longest horizontal run of ink on `page` (0-based) within a box in points: a drawn rule's length and centre. */
export async function longestRule(pdf: string, page: number, area: { xMin: number; xMax: number; yMin: number; yMax: number }, prefix: string) {
  const dpi = 144;
  await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page + 1), '-l', String(page + 1), '-singlefile', pdf, prefix]);
  const pgm = await readFile(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  const px = (points: number) => Math.round((points * dpi) / 72);
  let best = { length: 0, centre: 0 };
  for (let y = Math.max(0, px(area.yMin)); y <= Math.min(height - 1, px(area.yMax)); y++) {
    let runStart = -1;
    const last = Math.min(width - 1, px(area.xMax));
    // One step past the last column, where no ink is, so a run reaching the edge is measured too.
    for (let x = Math.max(0, px(area.xMin)); x <= last + 1; x++) {
      const ink = x <= last && pgm[start + y * width + x]! < 128;
      if (ink && runStart < 0) runStart = x;
      if (!ink && runStart >= 0) {
        const length = ((x - runStart) * 72) / dpi;
        if (length > best.length) best = { length, centre: (((runStart + x) / 2) * 72) / dpi };
        runStart = -1;
      }
    }
  }
  return best;
}

/** The fonts a PDF embeds, as `pdffonts` names them. */
export async function fontsOf(pdf: string): Promise<string> {
  return (await run('pdffonts', [pdf])).stdout;
}

/** Words counted: how many times each occurs. */
const tally = (words: readonly string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

/**
 * A paper as printed against its .docx, word for word: the words the .docx holds that the print lacks (a figure
 * broken over two lines is two other words: «0,75/0,» and «75»), and those the print adds beyond page numbers and
 * the tables' header rows repeated on each page. Both empty when the print says what the file says.
 */
export async function printedAgainstDocx(pdf: string, docx: string): Promise<{ lost: string[]; added: string[] }> {
  const xml = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string');
  const textOf = (part: string) =>
    unescapeXml([...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>|<\/w:p>/g)].map((m) => m[1] ?? ' ').join(''));
  const wordsOf = (text: string) => text.normalize('NFC').replace(/\u00A0/g, ' ').split(/\s+/).filter(Boolean);
  const file = tally(wordsOf(textOf(xml)));
  const headers = new Set(wordsOf([...xml.matchAll(/<w:tr\b(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/g)].map((m) => textOf(m[0])).join(' ')));
  const printed = await readPrinted(pdf);
  // A page's number, from page 2, stands alone above the text (20 mm from the top).
  const print = tally(printed.lines.filter((l) => !(/^\d+$/.test(l.text) && l.yMax < 20 * MM)).flatMap((l) => wordsOf(l.text)));
  const over = (a: Map<string, number>, b: Map<string, number>) => [...a].filter(([w, n]) => n > (b.get(w) ?? 0)).map(([w, n]) => `${w} ×${n - (b.get(w) ?? 0)}`);
  return { lost: over(file, print), added: over(print, file).filter((w) => !headers.has(w.replace(/ ×\d+$/, ''))) };
}

// Made for issue 38 item 3: the papers checked as they print — rules, page numbers, the signer's block, the heading's
// lines, paragraph spacing — with a Times-metric font (Liberation Serif).
