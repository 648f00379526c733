// How a sheet prints on A4: orientation by its width, scaled to the page only while 11 pt text
// stays at 8 pt or more (narrowing its wrapped text columns first, fitWidths); a sheet still wider
// prints across pages at full size with its titles repeated. Pages numbered within their sheet.
import { EXCEL_HEADER_FOOTER_MAX, safeText, xmlSafe } from '../safe-text.js';
import { columnNumber, parseAddress } from '../text.js';
import type { PrintLayout, SheetEdit } from './port.js';
import type { CellValue } from '../cell.js';
import { DEFAULT_COLUMN_WIDTH, drawnWidth, LINE_HEIGHT, lineCapacity, linesAtCapacity, measuredText } from './row-height.js';

/**
 * The sheet's name and page in the footer, in Excel's codes: «Tổng hợp — Trang 2». No «/&N»: LibreOffice
 * counts &N over the whole workbook («Trang 1/139» on a 15-unit download), whereas &P restarts per sheet.
 */
export const PAGE_FOOTER = '&A — Trang &P';

/** Excel's «Hẹp» (narrow) margins, inches: 0.25" at the sides, 0.75" top and bottom with the header and footer at 0.3". */
export const MARGINS: PrintLayout['margins'] = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The smallest scale that keeps 11 pt text readable on paper (8 pt). */
export const MIN_SCALE = 8 / 11;

/** A4 in points, less the margins. */
const PAGE = {
  portrait: { width: 595 - (MARGINS.left + MARGINS.right) * 72, height: 842 - (MARGINS.top + MARGINS.bottom) * 72 },
  landscape: { width: 842 - (MARGINS.left + MARGINS.right) * 72, height: 595 - (MARGINS.top + MARGINS.bottom) * 72 },
};

/** A wrapped text column is not narrowed below this many characters (a word or two a line). */
export const NARROWEST_TEXT_COLUMN = 12;

/**
 * Column widths (characters) that fit one landscape A4 width at a readable scale: when the columns are
 * too wide, the wrapped ones (`wraps` true) are narrowed, none below NARROWEST_TEXT_COLUMN, those given a
 * number down to that width (a column whose every cell fits it), the others kept.
 * Their rows then grow (row-height.ts sizes them after this). With the table's `rows` (its cells, row by
 * row, in these columns) the width goes where it saves the most lines — a long title keeps its room, an
 * empty flags column gives its own —, so the table prints on the fewest pages; without them, in
 * proportion to each column's width.
 */
export function fitWidths(widths: readonly number[], wraps: readonly (boolean | number)[], rows?: readonly (readonly CellValue[])[]): number[] {
  if (totalPoints(widths) <= ROOM) return [...widths];
  const floors = widths.map((w, i) => Math.min(w, wraps[i] === true ? NARROWEST_TEXT_COLUMN : wraps[i] === false || wraps[i] === undefined ? w : wraps[i]));
  return (rows && byContent(widths, floors, rows)) ?? inProportion(widths, floors);
}

/** The sum of the columns' printed widths (points): asked at each step of byContent's loop. */
function totalPoints(ws: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < ws.length; i++) sum += columnPoints(ws[i]!);
  return sum;
}

/** What one landscape A4 width holds at the smallest scale, aimed a little above it: LibreOffice measures widths in its own font, ~2% wider. */
const ROOM = (PAGE.landscape.width / MIN_SCALE) * 0.96;

function inProportion(widths: readonly number[], floors: readonly number[]): number[] {
  let out = [...widths];
  // Each pass takes the overflow from the columns still above the floor; a few passes settle it.
  for (let pass = 0; pass < 8 && totalPoints(out) > ROOM; pass++) {
    const over = totalPoints(out) - ROOM;
    const shrinkable = out.map((w, i) => Math.max(0, w - floors[i]!));
    const slack = shrinkable.reduce((a, b) => a + b, 0) * 5.25;
    if (slack <= 0) break;
    const share = Math.min(1, over / slack);
    out = out.map((w, i) => (shrinkable[i]! > 0 ? Math.floor((w - shrinkable[i]! * share) * 10) / 10 : w));
  }
  return out;
}

/**
 * The columns that may narrow start at their floor; then, a few characters at a time, the column whose widening saves
 * the most lines per character gets them, until the page width is used. The lines a row takes are its
 * tallest cell's; a small weight on every cell's lines moves two columns that hold the same row up together.
 * Whatever width saves no line more goes back to the columns with text, towards their own widths (a wider
 * sheet prints smaller, so more rows go on a page). Undefined when even the floor is too wide.
 */
function byContent(widths: readonly number[], floors: readonly number[], rows: readonly (readonly CellValue[])[]): number[] | undefined {
  const cols = widths.flatMap((w, i) => (floors[i]! < w ? [i] : []));
  const out = [...floors];
  if (cols.length === 0 || totalPoints(out) > ROOM) return undefined;
  const texts = cols.map((i) => rows.map((r) => (typeof r[i] === 'string' ? r[i] : '')));
  // The rows where each column holds text (elsewhere its cell takes one line at every width, so saves nothing),
  // their texts measured, and each row's place among them (-1 where the column holds none). Lines are kept per
  // column and width for those rows only.
  const filled = texts.map((column) => {
    const own: number[] = [];
    for (let r = 0; r < column.length; r++) if (column[r] !== '') own.push(r);
    return own;
  });
  const measures = filled.map((own, k) => own.map((r) => measuredText(texts[k]![r]!)));
  const place = filled.map((own) => {
    const at = new Array<number>(rows.length).fill(-1);
    own.forEach((r, j) => (at[r] = j));
    return at;
  });
  // Kept by the characters a line holds (widths of one capacity lay every text alike), in arrays by that number and by
  // whole width below: looked up for each of the ~100,000 widths a run weighs, mostly in code not yet optimised.
  const byCapacity = cols.map(() => [] as (number[] | undefined)[]);
  const linesAt = (k: number, width: number) => {
    const capacity = lineCapacity(width);
    let lines = byCapacity[k]![capacity];
    if (!lines) {
      const own = measures[k]!;
      lines = [];
      for (let j = 0; j < own.length; j++) lines.push(linesAtCapacity(own[j]!, capacity));
      byCapacity[k]![capacity] = lines;
    }
    return lines;
  };
  // Whether column k's rows take the same lines at `width` (a whole number) as one character narrower: such a width
  // saves what the narrower saved over more characters, so it never gains more per character and is not weighed (most widths are).
  const unchanged = cols.map(() => [] as (boolean | undefined)[]);
  const sameAsNarrower = (k: number, width: number) => {
    let same = unchanged[k]![width];
    if (same === undefined) {
      // Compared by index: no pair destructured nor closure made for each width weighed.
      const wide = linesAt(k, width);
      const narrow = linesAt(k, width - 1);
      same = true;
      for (let j = 0; j < wide.length && same; j++) same = wide[j] === narrow[j];
      unchanged[k]![width] = same;
    }
    return same;
  };
  const now = cols.map((i, k) => linesAt(k, out[i]!));
  // Each row's tallest cell, the column holding it, and the tallest of the others: a column's change is then
  // weighed row by row without going over every column again. Only rows with text are read.
  const tallest = new Array<number>(rows.length).fill(0);
  const holder = new Array<number>(rows.length).fill(-1);
  const next = new Array<number>(rows.length).fill(0);
  const weigh = (r: number) => {
    let top = 0;
    let at = -1;
    let second = 0;
    for (let k = 0; k < now.length; k++) {
      const j = place[k]![r]!;
      const n = j < 0 ? 1 : now[k]![j]!;
      if (n > top) {
        second = top;
        top = n;
        at = k;
      } else if (n > second) second = n;
    }
    tallest[r] = top;
    holder[r] = at;
    next[r] = second;
  };
  for (let r = 0; r < rows.length; r++) if (place.some((at) => at[r]! >= 0)) weigh(r);
  /** Lines saved with column k at these lines (of its rows with text): each row's tallest cell, and a hundredth of every cell. */
  const saved = (k: number, lines: number[]) => {
    let sum = 0;
    const was = now[k]!;
    const own = filled[k]!;
    for (let j = 0; j < own.length; j++) {
      // A cell that keeps its lines adds exactly 0: the row's tallest stays what it was.
      if (lines[j] === was[j]) continue;
      const r = own[j]!;
      const others = holder[r] === k ? next[r]! : tallest[r]!;
      sum += tallest[r]! - Math.max(others, lines[j]!) + (was[j]! - lines[j]!) / 100;
    }
    return sum;
  };
  for (;;) {
    const left = ROOM - totalPoints(out);
    // The best width so far, as three numbers (no object made for each better width found).
    let widened = -1;
    let bestWidth = 0;
    let bestGain = 0;
    for (let k = 0; k < cols.length; k++) {
      const i = cols[k]!;
      const first = Math.floor(out[i]!) + 1;
      // What the loop compares against, worked out once a column rather than once a width weighed.
      const widest = Math.min(widths[i]!, out[i]! + 12);
      const pixels = mostPixels(out[i]!, left);
      for (let width = first; width <= widest; width++) {
        if (7 * width > pixels) break;
        // The narrower width was weighed just before: this one cannot be better.
        if (width > first && sameAsNarrower(k, width)) continue;
        const gain = saved(k, linesAt(k, width)) / (width - out[i]!);
        if (gain > 1e-9 && (widened < 0 || gain > bestGain)) {
          widened = k;
          bestWidth = width;
          bestGain = gain;
        }
      }
    }
    if (widened < 0) break;
    const was = now[widened]!;
    out[cols[widened]!] = bestWidth;
    now[widened] = linesAt(widened, bestWidth);
    // Only the rows whose cell in it changed can have another tallest.
    filled[widened]!.forEach((r, j) => {
      if (now[widened]![j] !== was[j]) weigh(r);
    });
  }
  // The rest of the width to the columns with text, in proportion to what they gave up.
  const withText = cols.filter((i, k) => filled[k]!.length > 0 && out[i]! < widths[i]!);
  const lack = withText.reduce((sum, i) => sum + (widths[i]! - out[i]!), 0);
  const spare = (ROOM - totalPoints(out)) / 5.25;
  if (lack > 0 && spare > 0) for (const i of withText) out[i] = Math.min(widths[i]!, Math.floor((out[i]! + (spare * (widths[i]! - out[i]!)) / lack) * 10) / 10);
  return out;
}

/**
 * The most pixels (7 a character: columnPoints) a column now `width` wide may take while its points grow by `left` at
 * most — the test of every whole width fitWidths weighs made on whole numbers: with a fraction of a point at each
 * width, unoptimised code boxed two doubles a width. Exact: columnPoints' differences are quarters of a point.
 */
function mostPixels(width: number, left: number): number {
  const from = Math.floor(width * 7);
  let most = from + Math.floor(left / 0.75);
  while ((most + 1 - from) * 0.75 <= left) most++;
  while ((most - from) * 0.75 > left) most--;
  return most;
}

/** A column's printed width in points: Excel draws w characters of Calibri 11 as 7w + 5 pixels. */
export function columnPoints(width: number): number {
  return (Math.floor(width * 7) + 5) * 0.75;
}

/** The A4 layout for printed columns of these widths (characters) and rows of these heights (points). */
/** What a planner states beyond widths and heights: titles, print area, the page header, page breaks. */
export type PrintExtras = Pick<PrintLayout, 'titleRows' | 'titleColumns' | 'printArea' | 'header' | 'breaksBefore'>;

export function printLayout(widths: readonly number[], heights: readonly number[], titles: PrintExtras = {}): PrintLayout {
  const width = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const height = heights.reduce((sum, h) => sum + h, 0);
  const orientation = width <= PAGE.portrait.width ? 'portrait' : 'landscape';
  const page = PAGE[orientation];
  const widthScale = Math.min(1, page.width / width);
  const fitToWidth = widthScale >= MIN_SCALE;
  const { titleColumns, ...rest } = titles;
  return {
    orientation,
    fitToWidth,
    // One page tall as well when that still leaves the text readable (a unit's whole report on one sheet of paper).
    ...(fitToWidth && Math.min(widthScale, page.height / height) >= MIN_SCALE ? { fitToHeight: true } : {}),
    ...rest,
    // Repeated columns only matter when the sheet goes across pages.
    ...(!fitToWidth && titleColumns ? { titleColumns } : {}),
    footer: PAGE_FOOTER,
    firstPageNumber: 1,
    margins: MARGINS,
  };
}

/**
 * The height of rows (points, as the sheet states them) one A4 page holds for columns of these widths, at the
 * scale printLayout fits them to (full size when they print across pages).
 */
export function pageHeight(widths: readonly number[]): number {
  const width = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const page = PAGE[width <= PAGE.portrait.width ? 'portrait' : 'landscape'];
  const scale = Math.min(1, page.width / width);
  return page.height / (scale >= MIN_SCALE ? scale : 1);
}

/**
 * A page header in Excel's codes, `left` on the left and `right` (when given) on the right: «&» doubled so a name
 * holding one prints as typed, characters a file cannot hold replaced (core/safe-text.ts), and the whole within
 * Excel's 255 characters — a 5,000-character unit name made a header of 5,070. The shorter side keeps what it needs,
 * up to half; the other has the rest, cut with «…».
 */
export function pageHeader(left: string, right?: string): string {
  const room = EXCEL_HEADER_FOOTER_MAX - (right === undefined ? '&L'.length : '&L&R'.length);
  const [l, r] = [xmlSafe(left), xmlSafe(right ?? '')];
  const leftFirst = l.length <= r.length;
  const first = headerPart(leftFirst ? l : r, Math.floor(room / 2));
  const second = headerPart(leftFirst ? r : l, room - first.length);
  const [onLeft, onRight] = leftFirst ? [first, second] : [second, first];
  return `&L${onLeft}${right === undefined ? '' : `&R${onRight}`}`;
}

/** `text` in Excel's header codes («&» doubled), cut with «…» so that it takes at most `max` characters (never between two «&»). */
function headerPart(text: string, max: number): string {
  let coded = text.replace(/&/g, '&&');
  for (let keep = max; coded.length > max && keep > 0; keep--) coded = safeText(text, keep).text.replace(/&/g, '&&');
  return coded;
}

/** `edit` with the A4 layout of what it writes (or of `printArea`), its widths and heights as it states them. */
export function withPrintLayout(edit: SheetEdit, titles: PrintExtras = {}): SheetEdit {
  let lastRow = 0;
  let lastCol = 0;
  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) continue;
    lastRow = Math.max(lastRow, at.row + block.values.length - 1);
    let longest = 0;
    for (const r of block.values) longest = Math.max(longest, r.length);
    lastCol = Math.max(lastCol, at.col + longest - 1);
  }
  const [from, to] = (titles.printArea ?? '').split(':').map((a) => parseAddress(a.replace(/\$/g, '')));
  const widthOf = new Map<number, number>();
  for (const c of edit.columnWidths ?? []) widthOf.set(columnNumber(c.column), c.width);
  const heightOf = new Map<number, number>();
  for (const r of edit.rowHeights ?? []) heightOf.set(r.row, r.height);
  const widths: number[] = [];
  for (let c = from?.col ?? 1; c <= (to?.col ?? lastCol); c++) widths.push(widthOf.get(c) ?? DEFAULT_COLUMN_WIDTH);
  const heights: number[] = [];
  for (let r = from?.row ?? 1; r <= (to?.row ?? lastRow); r++) heights.push(heightOf.get(r) ?? LINE_HEIGHT);
  // Without a print area LibreOffice prints what unwrapped text spills past the last column too: scaled into the
  // page with it, a long note made a whole sheet print at 5 pt. Counted as a column, it prints across pages instead.
  const spill = titles.printArea ? 0 : spillPast(edit, lastCol, (c) => widthOf.get(c) ?? DEFAULT_COLUMN_WIDTH);
  return { ...edit, print: printLayout(spill > 0 ? [...widths, spill] : widths, heights, titles) };
}

/**
 * How many characters of width unwrapped text runs past column `lastCol`: a text cell with nothing right of it in
 * its row spills over the empty cells beside it, as far as its words reach.
 */
function spillPast(edit: SheetEdit, lastCol: number, widthOf: (col: number) => number): number {
  let past = 0;
  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) continue;
    block.values.forEach((row, i) => {
      let j = row.length - 1;
      while (j > 0 && (row[j] === null || row[j] === undefined || row[j] === '')) j--;
      const value = row[j];
      if (typeof value !== 'string' || (block.cellFormats?.[i]?.[j]?.wrap ?? block.format?.wrap)) return;
      let room = 0;
      for (let c = at.col + j; c <= lastCol; c++) room += widthOf(c);
      past = Math.max(past, drawnWidth(value) - room);
    });
  }
  return past > 1 ? Math.ceil(past) : 0;
}

// Made for: every sheet thidua writes (scored unit sheets, «Tổng hợp», «Rà soát», «Xét khen thưởng»,
// templates, the criteria sheet) printing on A4 for a council (issue 19); both writers follow it.
