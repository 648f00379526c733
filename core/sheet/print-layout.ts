// How a sheet prints on A4: orientation by its width, scaled to the page only while 11 pt text
// stays at 8 pt or more; wider sheets print across pages at full size with their titles repeated.
import { columnNumber, parseAddress } from '../text.js';
import type { PrintLayout, SheetEdit } from './port.js';
import { DEFAULT_COLUMN_WIDTH, LINE_HEIGHT } from './row-height.js';

/** Page numbers in the footer, in Excel's codes: «Trang 2/5». */
export const PAGE_FOOTER = 'Trang &P/&N';

/** The smallest scale that keeps 11 pt text readable on paper (8 pt). */
export const MIN_SCALE = 8 / 11;

/** A4 in points, less the margins Excel and ExcelJS default to (0.7" at the sides, 0.75" top and bottom). */
const PAGE = {
  portrait: { width: 595 - 2 * 0.7 * 72, height: 842 - 2 * 0.75 * 72 },
  landscape: { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 0.75 * 72 },
};

/** A column's printed width in points: Excel draws w characters of Calibri 11 as 7w + 5 pixels. */
export function columnPoints(width: number): number {
  return (Math.floor(width * 7) + 5) * 0.75;
}

/** The A4 layout for printed columns of these widths (characters) and rows of these heights (points). */
export function printLayout(
  widths: readonly number[],
  heights: readonly number[],
  titles: Pick<PrintLayout, 'titleRows' | 'titleColumns' | 'printArea'> = {},
): PrintLayout {
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
  };
}

/** `edit` with the A4 layout of what it writes (or of `printArea`), its widths and heights as it states them. */
export function withPrintLayout(edit: SheetEdit, titles: Pick<PrintLayout, 'titleRows' | 'titleColumns' | 'printArea'> = {}): SheetEdit {
  let lastRow = 0;
  let lastCol = 0;
  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) continue;
    lastRow = Math.max(lastRow, at.row + block.values.length - 1);
    lastCol = Math.max(lastCol, at.col + Math.max(0, ...block.values.map((r) => r.length)) - 1);
  }
  const [from, to] = (titles.printArea ?? '').split(':').map((a) => parseAddress(a.replace(/\$/g, '')));
  const rows = { first: from?.row ?? 1, last: to?.row ?? lastRow };
  const cols = { first: from?.col ?? 1, last: to?.col ?? lastCol };
  const widthOf = new Map((edit.columnWidths ?? []).map((c) => [columnNumber(c.column), c.width]));
  const heightOf = new Map((edit.rowHeights ?? []).map((r) => [r.row, r.height]));
  const span = (first: number, last: number) => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  return {
    ...edit,
    print: printLayout(
      span(cols.first, cols.last).map((c) => widthOf.get(c) ?? DEFAULT_COLUMN_WIDTH),
      span(rows.first, rows.last).map((r) => heightOf.get(r) ?? LINE_HEIGHT),
      titles,
    ),
  };
}
