// Row heights from wrapped text. A written row keeps one line of height unless it is told otherwise
// (nothing re-fits it on opening, LibreOffice included), so a wrapped cell would print only its last
// line. Each sheet thidua writes states its rows' heights, estimated here from text and column widths.
import { rememberedByText } from '../remembered.js';
import { columnLetter, columnNumber, parseAddress } from '../text.js';
import type { Block, CellFormat, SheetEdit } from './port.js';

/** Points per line of 11 pt text: Excel's own default row. */
export const LINE_HEIGHT = 15;

/** The tallest row Excel allows (points). */
export const MAX_ROW_HEIGHT = 409;

/** Widths in characters for the columns A, B, C… in that order: how every sheet thidua writes sizes its columns. */
export function widthsFromA(widths: readonly number[]): NonNullable<SheetEdit['columnWidths']> {
  return widths.map((width, i) => ({ column: columnLetter(i + 1), width }));
}

/** Excel's width, in characters, of a column the sheet does not size. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Characters of text per character of column width. Widths count digits; words of mostly lower-case
 * letters and spaces run longer (about 1.15 with DejaVu Sans, LibreOffice's stand-in for Calibri,
 * and more with Calibri), so count low: a spare blank line costs little, a lost line loses words.
 */
const CHARS_PER_WIDTH = { regular: 1.1, bold: 0.85 };

/** Lines a wrapped text takes in a column `width` characters wide: words laid greedily, a too-long word broken. */
export function wrappedLines(text: string, width: number, bold = false): number {
  return linesAtWidth(measuredText(text), width, bold);
}

/** A text's words, and the lines they take with each number of characters a line asked so far (by that number). */
export type MeasuredText = { readonly words: readonly number[]; readonly lines: number[] };

/**
 * `text` measured once for every width it is laid in: fitWidths tries many, and every unit of a set prints the
 * same criterion titles and headers at the same ones, so the measures are kept (within bounds) across sheets.
 */
export const measuredText: (text: string) => MeasuredText = rememberedByText((text) => ({ words: textWords(text), lines: [] }), 4_000, 1_000_000);

/**
 * The width in characters a line of unwrapped text takes as drawn, counted wide (CHARS_PER_WIDTH's letters to a
 * character of width): a spill seen where there is none prints a sheet on more pages, one unseen prints it tiny.
 */
export function drawnWidth(text: string): number {
  return lettersOf(text, 0, text.length) / CHARS_PER_WIDTH.regular;
}

/**
 * The characters textWords' words of `text` from `from` to `to` take, each counted with the space after it: one pass,
 * no list made. Words end at a space, so the letters of two texts joined by a space are the sum of theirs.
 */
function lettersOf(text: string, from: number, to: number): number {
  let letters = 0;
  let word = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (word > 0) letters += word + 1;
      word = 0;
    } else if (takesRoom(c)) word++;
  }
  return word > 0 ? letters + word + 1 : letters;
}

/**
 * Unwrapped text broken at its words (at each « ») into lines each drawn within `width` characters (drawnWidth): a line
 * under a table's title kept within the table's columns, so the sheet prints fitted to the page instead of past its
 * edge. A line is the text from its first word to its last, spaces between as typed (empty words before its first
 * left out), measured word by word as it grows: no longer start of a line made and measured again for every word.
 */
export function linesWithin(text: string, width: number): string[] {
  if (drawnWidth(text) <= width) return [text];
  const lines: string[] = [];
  /** Where the line being laid starts (-1: it is empty so far) and ends, and its letters. */
  let start = -1;
  let end = 0;
  let letters = 0;
  for (let at = 0; at <= text.length; ) {
    const space = text.indexOf(' ', at);
    const next = space < 0 ? text.length : space;
    const own = lettersOf(text, at, next);
    if (start >= 0 && (letters + own) / CHARS_PER_WIDTH.regular > width) {
      lines.push(text.slice(start, end));
      start = at < next ? at : -1;
      letters = own;
    } else {
      if (start < 0 && at < next) start = at;
      letters += own;
    }
    end = next;
    at = next + 1;
  }
  return start < 0 ? lines : [...lines, text.slice(start, end)];
}

/** Lines a measured text takes in a column `width` characters wide. */
export function linesAtWidth(text: MeasuredText, width: number, bold = false): number {
  return linesAtCapacity(text, lineCapacity(width, bold));
}

/** Characters a line holds in a column `width` characters wide: widths with the same capacity lay every text alike. */
export function lineCapacity(width: number, bold = false): number {
  return Math.max(1, Math.floor(width * CHARS_PER_WIDTH[bold ? 'bold' : 'regular']));
}

/** Lines a measured text takes with `capacity` characters a line (lineCapacity). */
export function linesAtCapacity(text: MeasuredText, capacity: number): number {
  return (text.lines[capacity] ??= linesOfWords(text.words, capacity));
}

/** A paragraph break in textWords' list. */
const BREAK = -1;

/**
 * A text's words as the lines count them, once for every width it is laid in: each
 * word's length in characters as drawn — a combining accent (Vietnamese typed decomposed) and the second
 * half of a surrogate pair take no room of their own —, BREAK where a paragraph starts.
 */
function textWords(text: string): number[] {
  const words: number[] = [];
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (word > 0) words.push(word);
      words.push(BREAK);
      word = 0;
    } else if (isSpace(c)) {
      if (word > 0) words.push(word);
      word = 0;
    } else if (takesRoom(c)) {
      word++;
    }
  }
  if (word > 0) words.push(word);
  return words;
}

/** Lines textWords' words take with `capacity` characters a line (a paragraph starts a line, a word longer than a line takes as many as it needs). */
function linesOfWords(words: readonly number[], capacity: number): number {
  let lines = 1;
  let used = 0;
  // Indexed: asked for every text at every line capacity weighed, mostly in code not yet optimised, where each step of
  // an iterator allocates its result.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === BREAK) {
      lines++;
      used = 0;
    } else if (used > 0 && used + 1 + word <= capacity) {
      used += 1 + word;
    } else {
      if (used > 0) lines++;
      // A word longer than a line (an address, a link) breaks where LibreOffice finds a «/», «-» or «.», so
      // its lines are not full: a quarter more of them.
      const extra = word > capacity ? Math.ceil((word * 1.25) / capacity) - 1 : 0;
      lines += extra;
      used = Math.min(capacity, word - Math.floor((extra * capacity) / 1.25));
    }
  }
  return lines;
}

/** Whether a character takes room of its own: not a combining accent (Vietnamese typed decomposed), not a surrogate pair's second half. */
function takesRoom(c: number): boolean {
  return !(c >= 0x0300 && c <= 0x036f) && !(c >= 0xdc00 && c <= 0xdfff);
}

/** What a regular expression's \s matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The height each row needs for its wrapped cells, for the rows that need more than one line. */
export function rowHeights(edit: Pick<SheetEdit, 'blocks' | 'columnWidths'>): { row: number; height: number }[] {
  return rowHeightsAt(edit.columnWidths)(edit.blocks);
}

/** rowHeights for blocks under these column widths, the widths looked up once: asked once a sheet, for all its blocks. */
export function rowHeightsAt(columnWidths: SheetEdit['columnWidths']): (blocks: readonly Block[]) => { row: number; height: number }[] {
  const widths = new Map<number, number>();
  for (const c of columnWidths ?? []) widths.set(columnNumber(c.column), c.width);
  return (blocks) => {
    const lines = new Map<number, number>();
    for (const block of blocks) {
      const at = parseAddress(block.address);
      if (!at) continue;
      for (let i = 0; i < block.values.length; i++) {
        const values = block.values[i]!;
        for (let j = 0; j < values.length; j++) {
          const value = values[j];
          if (typeof value !== 'string') continue;
          // The cell's own format over the block's, field by field (this runs for every cell written).
          const own: CellFormat | null | undefined = block.cellFormats?.[i]?.[j];
          if (!(own?.wrap ?? block.format?.wrap)) continue;
          const n = wrappedLines(value, widths.get(at.col + j) ?? DEFAULT_COLUMN_WIDTH, own?.bold ?? block.format?.bold);
          lines.set(at.row + i, Math.max(lines.get(at.row + i) ?? 1, n));
        }
      }
    }
    // The rows taller than a line, read back by key: no pair made nor destructured for each (every sheet of every copy).
    const rows: number[] = [];
    lines.forEach((n, row) => n > 1 && rows.push(row));
    return rows.sort((a, b) => a - b).map((row) => ({ row, height: Math.min(MAX_ROW_HEIGHT, lines.get(row)! * LINE_HEIGHT) }));
  };
}

/** `edit` with the heights its wrapped cells need. */
export function withRowHeights(edit: SheetEdit): SheetEdit {
  const heights = rowHeights(edit);
  return heights.length > 0 ? { ...edit, rowHeights: heights } : edit;
}
