// Bảng trên trang cổng (a portal page's HTML table) read into a plain grid: spans expanded, grouped two-row
// headers flattened ("Tỷ lệ nộp hồ sơ › Trực tuyến (%)"), each body row classified (data, group label, total,
// note…). Works on the browser DOM and on linkedom alike: only child and sibling links, localName, attributes and text.
import { matchesHeader, normalizeLabel } from '../text.js';

/** Joins the levels of a grouped header. */
export const HEADER_SEPARATOR = ' › ';

export type RowKind =
  | 'data' // a unit's figures
  | 'group' // a group label spanning the row: "UBND CẤP XÃ", "II. Sở, ban, ngành"
  | 'total' // Tổng cộng / Toàn tỉnh
  | 'note' // footnote, source, long text
  | 'numbering' // "(1) (2) (3)…" under the header
  | 'empty';

export interface TableRow {
  /** 0-based among the table's body rows (after the header rows). */
  index: number;
  kind: RowKind;
  /** One text per column, spans repeated into every column they cover. */
  cells: string[];
  /** True where the cell is a colspan repeat of the cell to its left (so a figure column under "Tổng cộng" reads blank). */
  repeated: boolean[];
  /** The last group label above this row (a group row: its own label). */
  group?: string;
}

export interface TableGrid {
  /** 0-based position among the page's tables. */
  index: number;
  /** The table's caption, or the short text just before it (e.g. "Danh sách xã, phường"). */
  title?: string;
  /** One flattened header per column. */
  headers: string[];
  /** Header rows, after any title rows drawn inside the table. */
  headerRowCount: number;
  rows: TableRow[];
  /** Rows not read: the table (or the page) was larger than the reader's budget (MAX_TABLE_CELLS). */
  rowsLeftOut?: number;
}

const BLOCK_TAGS = new Set(['br', 'div', 'p', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'option']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Visible-ish text of an element: `<br>` and block elements separate words, scripts and `hidden` parts are left out.
 * One walk over firstChild/nextSibling (cheap in browsers and in linkedom alike); a lone text child is read directly.
 */
export function elementText(el: Element): string {
  if (!shown(el)) return '';
  if (tag(el) === 'select') return chosenOption(el);
  const only = el.firstChild;
  const raw = only !== null && only.nodeType === 3 && only.nextSibling === null ? (only.nodeValue ?? '') : childText(el, '');
  return raw.replace(WHITESPACE, ' ').trim();
}
const WHITESPACE = /[\s\u00a0]+/g;

/**
 * An element's text with its lines, as a spreadsheet cell keeps them: each `<br>` and block element (a Word cell's
 * paragraphs, which mammoth makes `<p>`) ends a line; spaces within a line folded as elementText folds them, blank
 * lines dropped. For a Word table's cells, whose lines tell an item's words from its levels (cell-levels.ts).
 */
export function elementLines(el: Element): string {
  if (!shown(el)) return '';
  return childText(el, '', '\n')
    .split('\n')
    .map((line) => line.replace(WHITESPACE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A `<select>` reads as its chosen option — never all its options run together (two communes as one unit name): the
 * live choice in a browser, the `selected` attribute in a saved page, else the first option, as browsers show it.
 */
export function chosenOption(select: Element): string {
  const options = Array.from(select.getElementsByTagName('option'));
  const chosen = options.find((o) => (o as HTMLOptionElement).selected === true) ?? options.find((o) => o.hasAttribute('selected')) ?? options[0];
  return chosen ? elementText(chosen) : '';
}

/** The text under `el` after `out`, `gap` (a space, or a line break) around each `<br>` and block element. */
function childText(el: Element, out: string, gap = ' '): string {
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && tag(node as Element) === 'select') out += ` ${chosenOption(node as Element)} `;
    else if (node.nodeType === 1 && shown(node as Element)) {
      const block = BLOCK_TAGS.has(tag(node as Element));
      out = childText(node as Element, block ? `${out}${gap}` : out, gap);
      if (block) out += gap;
    }
  }
  return out;
}

function shown(e: Element): boolean {
  if (SKIPPED_TAGS.has(tag(e)) || e.hasAttribute('hidden')) return false;
  const style = e.getAttribute('style');
  return style === null || !/display\s*:\s*none/i.test(style);
}

/** The lower-case tag name (`localName`: linkedom upper-cases `tagName` anew on each access). */
function tag(el: Element): string {
  return el.localName.toLowerCase();
}

/** A cell's span: `rowspan`/`colspan`, or the `aria-` ones of a grid drawn with divs. */
function span(el: Element, attr: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(el.getAttribute(attr) ?? el.getAttribute(`aria-${attr}`) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_COLUMNS) : 1;
}

/**
 * What reading a page's tables may cost (DOMAIN §7 tables have at most a few dozen columns and a province some
 * thousand rows): columns beyond MAX_COLUMNS are dropped, and a table stops at MAX_TABLE_CELLS expanded cells, a
 * page at MAX_PAGE_CELLS — so a hostile `colspan="1000"` page costs well under a second and 100 MB.
 */
export const MAX_COLUMNS = 200;
export const MAX_TABLE_CELLS = 400_000;
export const MAX_PAGE_CELLS = 1_500_000;

/** The cells a page's tables may still expand into. */
interface Budget {
  cells: number;
}

interface RawRow {
  section: 'thead' | 'tbody' | 'tfoot';
  cells: Element[];
}

/** The element children of `el` (a walk, not `children`, which linkedom rebuilds on each access). */
function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) out.push(c);
  return out;
}

/** A header cell: `<th>`, or any cell a grid marks `role="columnheader"` (DevExtreme draws its headers in `<td>`). */
function isHeaderCell(c: Element): boolean {
  return tag(c) === 'th' || c.getAttribute('role') === 'columnheader';
}

/** The table's own rows (nested tables excluded), with the section each sits in. */
function ownRows(table: Element): RawRow[] {
  const rows: RawRow[] = [];
  const take = (tr: Element, section: RawRow['section']) =>
    rows.push({ section, cells: childElements(tr).filter((c) => tag(c) === 'td' || tag(c) === 'th') });
  for (const child of childElements(table)) {
    const t = tag(child);
    if (t === 'tr') take(child, 'tbody');
    else if (t === 'thead' || t === 'tbody' || t === 'tfoot') {
      const section = t as RawRow['section'];
      for (const tr of childElements(child)) if (tag(tr) === 'tr') take(tr, section);
    }
  }
  return rows;
}

interface Slot {
  origin: number; // id of the source cell, to tell a spanned cell from a repeated text
  text: string;
}

const EMPTY_SLOT: Slot = { origin: -1, text: '' };

/**
 * Expands rowspan/colspan into a rectangular grid of slots, reading each cell's text once. Stops (and says how many
 * rows it left out) when the table or page budget of cells is spent.
 */
function expand(rows: RawRow[], budget: Budget, origins: { next: number } = { next: 0 }, cellText: (cell: Element) => string = elementText): { grid: Slot[][]; cut: number } {
  const grid: Slot[][] = rows.map(() => []);
  let width = 0;
  let left = Math.min(MAX_TABLE_CELLS, budget.cells);
  let r = 0;
  for (; r < rows.length; r++) {
    let c = 0;
    for (const cell of rows[r]!.cells) {
      while (grid[r]![c]) c++;
      if (c >= MAX_COLUMNS) break;
      const slot: Slot = { origin: origins.next++, text: cellText(cell) };
      const rs = Math.min(span(cell, 'rowspan'), rows.length - r);
      const cs = Math.min(span(cell, 'colspan'), MAX_COLUMNS - c);
      left -= rs * cs;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![c + dc] = slot;
      }
      c += cs;
    }
    width = Math.max(width, grid[r]!.length);
    if (left < 0) break;
  }
  const kept = Math.min(rows.length, r + 1);
  grid.length = kept;
  budget.cells -= Math.min(MAX_TABLE_CELLS, budget.cells) - Math.max(0, left);
  for (const g of grid) for (let c = 0; c < width; c++) g[c] ??= EMPTY_SLOT;
  return { grid, cut: rows.length - kept };
}

/**
 * Report title rows drawn inside the table, above its header (DOMAIN §7: "BÁO CÁO …", "Kỳ báo cáo: …"; §8: a signed
 * report's heading, the issuing body left and the national motto right): leading rows that are blank, or hold one
 * text, or two texts filling the row, each spanning several columns and no row below (several cells of one text in a
 * row count as one).
 */
function titleRowCount(rows: RawRow[], grid: Slot[][]): number {
  let n = 0;
  while (n < rows.length - 1 && rows[n]!.section !== 'tfoot' && isTitleRow(rows[n]!, grid[n]!)) n++;
  return n;
}

function isTitleRow(row: RawRow, slots: Slot[]): boolean {
  if (slots.length < 2 || row.cells.some((c) => span(c, 'rowspan') > 1)) return false;
  const widths = new Map<number, number>();
  for (const s of slots) if (s.text !== '') widths.set(s.origin, (widths.get(s.origin) ?? 0) + 1);
  if (widths.size <= 1) return true;
  // Texts that fill the row between them, each over several columns — the issuing body and the motto; a form's number,
  // its title and the reporting units (Biểu số II.06a/VPCP/KSTT): a header's group row leaves its unit column blank.
  return [...widths.values()].every((w) => w >= 2) && slots.every((s) => s.text !== '');
}

/** The texts of a table's title rows, in order, each once: «UBND TỈNH PHÚ THỌ — CỘNG HÒA … — BÁO CÁO …». */
function titleText(grid: Slot[][], titleRows: number): string | undefined {
  const texts = [...new Set(grid.slice(0, titleRows).flatMap((g) => g.map((s) => s.text)).filter((t) => t !== ''))];
  return texts.length > 0 ? texts.join(' — ') : undefined;
}

/** A cell holding only a figure or a column number: "12", "(3)", "85,5%". */
const FIGURE_ONLY = /^\(?[\d.,%\s]+\)?$/;

/** How many rows a row's cells reach down (1 at least); a loop, for a row of any number of cells. */
function deepestSpan(row: RawRow): number {
  let deepest = 1;
  for (const c of row.cells) deepest = Math.max(deepest, span(c, 'rowspan'));
  return deepest;
}

/**
 * How many rows after the title rows are header: the `<thead>` rows; else the leading all-`<th>` rows; else (headers
 * drawn in `<td>`, often `<td><strong>`) the rows up to the first that holds a figure, a column numbering "(1) (2) …",
 * or a group label spanning the row — at least the rows the first row's cells span into.
 */
function headerRowCount(rows: RawRow[], grid: Slot[][], from: number): number {
  const thead = rows.findIndex((r) => r.section !== 'thead');
  if (thead > from) return thead - from;
  if (thead === -1 && rows.length > 0) return rows.length - from;
  let allTh = 0;
  while (from + allTh < rows.length && rows[from + allTh]!.cells.length > 0 && rows[from + allTh]!.cells.every(isHeaderCell)) allTh++;
  // Header cells spanning down cover the rows under them (an empty `<tr>` under all-rowspan headers among them).
  for (let r = from; r < from + allTh && allTh > 0; r++) allTh = Math.max(allTh, r - from + deepestSpan(rows[r]!));
  if (allTh > 0) return Math.min(allTh, rows.length - from);
  if (rows.length <= from) return 0;
  const rowSpanEnd = deepestSpan(rows[from]!);
  let count = 1;
  while (from + count < rows.length && rows[from + count]!.section !== 'tfoot') {
    const slots = grid[from + count]!;
    const texts = slots.filter((s) => s.text !== '');
    if (texts.some((s) => FIGURE_ONLY.test(s.text))) break;
    if (count >= rowSpanEnd && new Set(texts.map((s) => s.origin)).size <= 1) break;
    // Only rows under grouped (colspan) cells or within the first row's spans are sub-headers.
    const grouped = grid[from + count - 1]!.some((s, c) => c > 0 && grid[from + count - 1]![c - 1]!.origin === s.origin && s.text !== '');
    if (count >= rowSpanEnd && !grouped) break;
    count++;
  }
  return Math.min(rows.length - from, Math.max(count, rowSpanEnd));
}

function flattenHeaders(grid: Slot[][], from: number, headerRows: number): string[] {
  const width = grid[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    let last = -2;
    for (let r = from; r < from + headerRows; r++) {
      const slot = grid[r]![c]!;
      if (slot.origin !== last && slot.text !== '') parts.push(slot.text);
      last = slot.origin;
    }
    return parts.join(HEADER_SEPARATOR);
  });
}

const TOTAL_LABELS = ['Tổng', 'Tổng cộng', 'Tổng số', 'Tổng chung', 'Cộng', 'Toàn tỉnh', 'Toàn thành phố', 'Toàn huyện', 'Toàn quốc', 'Toàn xã', 'Toàn ngành'];
const NOTE_START = /^(ghi chu|chu thich|nguon|luu y|\(\*+\)|\*)/;
const ORDINAL = /^(?:[IVXLC]+|[A-Z])[.)]?$/;
/** "(3)" or "3" under a header: the column numbering row. */
const NUMBERED = /^\(?(\d+)\)?$/;

/** "Tổng cộng", "Toàn tỉnh (*)", "Tổng cộng:" — a total row's label. */
function isTotalLabel(text: string): boolean {
  return matchesHeader(text, TOTAL_LABELS);
}

function classify(slots: Slot[], section: RawRow['section']): RowKind {
  const distinct: Slot[] = [];
  for (const s of slots) if (s.text !== '' && !distinct.includes(s)) distinct.push(s);
  if (distinct.length === 0) return 'empty';
  if (distinct.slice(0, 3).some((s) => isTotalLabel(s.text))) return 'total';
  if (section === 'tfoot') return 'note';
  const texts = distinct.map((s) => s.text);
  if (texts.length >= 3 && texts.every((t, i) => Number(NUMBERED.exec(t)?.[1]) === i + 1)) return 'numbering';
  const label = texts.length === 1 && slots.length > 1 ? texts[0] : texts.length === 2 && ORDINAL.test(texts[0]!) ? texts[1] : undefined;
  if (label !== undefined && /\p{L}/u.test(label)) {
    return NOTE_START.test(normalizeLabel(label)) || label.length > 100 ? 'note' : 'group';
  }
  return 'data';
}

/**
 * A table's cells with rowspan/colspan expanded (within the page budget of cells): one slot per cell of the grid,
 * its text with its lines (elementLines), and the id of the cell it comes from (a spanned cell repeats its id); `cells`:
 * each id's element, for what a cell holds beyond its text (a table nested in it). For readers that keep merged cells
 * and line breaks as spreadsheets do (the Word tables adapters/docx turns into grids).
 */
export function tableSlots(table: Element): { grid: { origin: number; text: string }[][]; cells: Element[] } {
  const cells: Element[] = [];
  // expand reads each cell's text once, as it gives the cell its id: the elements in the order of their ids.
  const { grid } = expand(ownRows(table), { cells: MAX_PAGE_CELLS }, undefined, (cell) => {
    cells.push(cell);
    return elementLines(cell);
  });
  return { grid, cells };
}

/** Reads one `<table>` element. `index` is its position on the page. */
export function readTable(table: Element, index = 0, budget: Budget = { cells: MAX_PAGE_CELLS }): TableGrid {
  return readRows(table, ownRows(table), index, budget);
}

/** Reads a table's rows (a `<table>`'s own, or a grid drawn with divs) into a grid; `el` gives its title. */
function readRows(el: Element, all: RawRow[], index: number, budget: Budget): TableGrid {
  const { grid, cut } = budget.cells > 0 ? expand(all, budget) : { grid: [], cut: all.length };
  const raw = all.slice(0, grid.length);
  const titleRows = titleRowCount(raw, grid);
  const headerRows = headerRowCount(raw, grid, titleRows);
  const body = grid.slice(titleRows + headerRows).map((slots, r) => ({ slots, section: raw[titleRows + headerRows + r]!.section }));
  return gridOf(index, tableTitle(el) ?? titleText(grid, titleRows), flattenHeaders(grid, titleRows, headerRows), headerRows, body, cut);
}

/** The grid of flattened headers and classified body rows. */
function gridOf(index: number, title: string | undefined, headers: string[], headerRowCount: number, body: { slots: Slot[]; section: RawRow['section'] }[], cut: number): TableGrid {
  const rows: TableRow[] = [];
  let group: string | undefined;
  body.forEach(({ slots, section }, r) => {
    const kind = classify(slots, section);
    const cells = slots.map((s) => s.text);
    const repeated = slots.map((s, c) => c > 0 && s.origin >= 0 && slots[c - 1]!.origin === s.origin);
    if (kind === 'group') group = cells.find((t) => t !== '' && !ORDINAL.test(t));
    rows.push({ index: r, kind, cells, repeated, ...(group !== undefined ? { group } : {}) });
  });
  return { index, ...(title ? { title } : {}), headers, headerRowCount, rows, ...(cut > 0 ? { rowsLeftOut: cut } : {}) };
}

/**
 * Where a page's grids come from: each `<table>` read on its own; a grid whose header row is a table of its own
 * (DevExtreme, Kendo: one table for the header, another for the body, a third and fourth for a fixed column) as
 * the header table and the body table paired; a grid drawn with divs (role="grid"/"row"/"columnheader"/"gridcell").
 */
type Source = { kind: 'table'; el: Element; rows: RawRow[] } | { kind: 'split'; el: Element; parts: { head: RawRow[]; body: RawRow[] }[] };

/**
 * A table that holds only its header rows: rows in `<thead>` or of header cells (blank cells beside them: a fixed
 * column's overlay), or blank rows (a grid's filter row).
 */
function headerOnly(rows: readonly RawRow[]): boolean {
  let header = false;
  for (const r of rows) {
    const blank = (c: Element) => elementText(c) === '';
    if (r.cells.length > 0 && (r.section === 'thead' || (r.cells.some(isHeaderCell) && r.cells.every((c) => isHeaderCell(c) || blank(c))))) header = true;
    else if (!r.cells.every(blank)) return false;
  }
  return header;
}

/** A table with no header cell at all: the body of a grid whose header is drawn apart. */
function bodyOnly(rows: readonly RawRow[]): boolean {
  return rows.length > 0 && rows.every((r) => r.section !== 'thead' && !r.cells.some(isHeaderCell));
}

/** The columns a table's rows span (the widest row), within MAX_COLUMNS. */
function widthOf(rows: readonly RawRow[]): number {
  let widest = 0;
  for (const r of rows) {
    let w = 0;
    for (const c of r.cells) w += span(c, 'colspan');
    widest = Math.max(widest, Math.min(w, MAX_COLUMNS));
  }
  return widest;
}

function gridSources(root: Document | Element): Source[] {
  const tables = Array.from(root.getElementsByTagName('table')).map((el) => {
    const rows = ownRows(el);
    return { el, rows, head: headerOnly(rows) };
  });
  // Only a page with a header table apart looks for its body (most pages have none: nothing more is read).
  const split = tables.some((t) => t.head);
  const shape = tables.map((t) => ({ body: split && bodyOnly(t.rows), width: split ? widthOf(t.rows) : 0 }));
  // Each header table takes the first body table after it of its width not yet taken: Kendo's locked header goes with
  // the locked body, the scrolling header with the scrolling body, whatever divs wrap them.
  const bodyOf = new Map<number, number>();
  const taken = new Set<number>();
  tables.forEach((t, i) => {
    if (!t.head) return;
    for (let j = i + 1; j < tables.length; j++) {
      const b = tables[j]!;
      if (!shape[j]!.body || taken.has(j) || shape[j]!.width !== shape[i]!.width || t.el.contains(b.el) || b.el.contains(t.el)) continue;
      bodyOf.set(i, j);
      taken.add(j);
      return;
    }
  });
  const sources: Source[] = [];
  tables.forEach((t, i) => {
    if (taken.has(i)) return;
    const j = bodyOf.get(i);
    if (j === undefined) return void sources.push({ kind: 'table', el: t.el, rows: t.rows });
    const part = { head: t.rows, body: tables[j]!.rows };
    // Header tables side by side (a fixed column's, then the scrolling one's) over bodies of as many rows: one grid.
    const last = sources.at(-1);
    const previous = last?.kind === 'split' ? last : undefined;
    if (previous && bodyOf.has(i - 1) && previous.parts.at(-1)!.body.length === part.body.length) previous.parts.push(part);
    else sources.push({ kind: 'split', el: t.el, parts: [part] });
  });
  for (const el of divGrids(root)) sources.push({ kind: 'table', el, rows: divRows(el) });
  return sources;
}

/** Grids drawn with divs (ARIA roles), not those that hold tables (those are read as tables). */
function divGrids(root: Document | Element): Element[] {
  return Array.from(root.querySelectorAll('[role="grid"], [role="treegrid"], [role="table"]')).filter(
    (el) => tag(el) !== 'table' && el.getElementsByTagName('table').length === 0 && el.parentElement?.closest('[role="grid"], [role="treegrid"], [role="table"]') == null,
  );
}

const DIV_CELLS = '[role="columnheader"], [role="rowheader"], [role="gridcell"], [role="cell"]';

/**
 * A div grid's rows: its role="row" elements in document order; rows that share an aria-rowindex (a pinned column's
 * row and the scrolling one's) are one row, their cells in aria-colindex order. A row of column headers is a header.
 */
function divRows(grid: Element): RawRow[] {
  const rows = new Map<string, Element[]>();
  let unnumbered = 0;
  for (const row of Array.from(grid.querySelectorAll('[role="row"]'))) {
    if (row.parentElement?.closest('[role="row"]')) continue;
    const cells = Array.from(row.querySelectorAll(DIV_CELLS)).filter((c) => c.closest('[role="row"]') === row);
    const key = row.getAttribute('aria-rowindex') ?? `#${unnumbered++}`;
    if (!rows.has(key)) rows.set(key, []);
    for (const c of cells) rows.get(key)!.push(c);
  }
  const colIndex = (c: Element) => Number(c.getAttribute('aria-colindex') ?? Number.NaN);
  return [...rows.values()].map((cells) => {
    if (cells.every((c) => Number.isFinite(colIndex(c)))) cells.sort((a, b) => colIndex(a) - colIndex(b));
    return { section: cells.length > 0 && cells.every(isHeaderCell) ? 'thead' : 'tbody', cells };
  });
}

/**
 * A grid whose header is drawn apart: each part's header and body expanded, the parts set side by side (a fixed
 * column's table, then the scrolling one's); a part that repeats columns already read (DevExtreme's fixed-column
 * overlay: the same headers, its other cells blank) fills only the cells left blank there. A part that is neither
 * becomes a grid of its own.
 */
function readSplit(source: Extract<Source, { kind: 'split' }>, budget: Budget): { title?: string; headers: string[]; headerRowCount: number; body: { slots: Slot[]; section: RawRow['section'] }[]; cut: number }[] {
  const origins = { next: 0 };
  const out: ReturnType<typeof readSplit> = [];
  let acc: { head: Slot[][]; body: Slot[][]; sections: RawRow['section'][]; cut: number } | undefined;
  const flush = () => {
    if (!acc) return;
    out.push({ headers: flattenHeaders(acc.head, 0, acc.head.length), headerRowCount: acc.head.length, body: acc.body.map((slots, r) => ({ slots, section: acc!.sections[r]! })), cut: acc.cut });
  };
  for (const part of source.parts) {
    const head = budget.cells > 0 ? expand(part.head, budget, origins).grid : [];
    const { grid: body, cut } = budget.cells > 0 ? expand(part.body, budget, origins) : { grid: [], cut: part.body.length };
    const sections = part.body.slice(0, body.length).map((r) => r.section);
    if (!acc || acc.body.length !== body.length) {
      flush();
      acc = { head, body, sections, cut };
      continue;
    }
    const seen = flattenHeaders(acc.head, 0, acc.head.length);
    const mine = flattenHeaders(head, 0, head.length);
    if (mine.every((h) => h === '' || !seen.includes(h))) {
      const height = Math.max(acc.head.length, head.length);
      // A header table less deep than its neighbour: its last row reaches down (the same cell, so one level).
      const pad = (g: Slot[][], width: number) => Array.from({ length: height }, (_, r) => g[Math.min(r, g.length - 1)] ?? Array.from({ length: width }, () => EMPTY_SLOT));
      const left = pad(acc.head, seen.length);
      const right = pad(head, mine.length);
      acc.head = left.map((row, r) => [...row, ...right[r]!]);
      acc.body = acc.body.map((row, r) => [...row, ...body[r]!]);
    } else if (mine.length === seen.length && mine.every((h, c) => h === '' || h === seen[c])) {
      for (let c = 0; c < mine.length; c++) {
        if (acc.body.every((row) => row[c]!.text === '')) for (let r = 0; r < acc.body.length; r++) acc.body[r]![c] = body[r]![c]!;
      }
    } else {
      flush();
      acc = { head, body, sections, cut };
    }
  }
  flush();
  return out;
}

/** Every table of the page (or of an element), in document order, within one budget of cells. */
export function readTables(root: Document | Element): TableGrid[] {
  const known = readOnce?.get(root);
  if (known) return known;
  const budget: Budget = { cells: MAX_PAGE_CELLS };
  const grids: TableGrid[] = [];
  for (const source of gridSources(root)) {
    if (source.kind === 'table') grids.push(readRows(source.el, source.rows, grids.length, budget));
    else for (const g of readSplit(source, budget)) grids.push(gridOf(grids.length, tableTitle(source.el), g.headers, g.headerRowCount, g.body, g.cut));
  }
  readOnce?.set(root, grids);
  return grids;
}

/** The tables read during one capture, by page: each page type tried reads the same grids. */
let readOnce: WeakMap<Document | Element, TableGrid[]> | undefined;

/**
 * Runs `capture` reading each page's tables once, however many page types try them (a live page may change
 * between two clicks, so nothing is kept after it).
 */
export function readingTablesOnce<T>(capture: () => T): T {
  if (readOnce) return capture();
  readOnce = new WeakMap();
  try {
    return capture();
  } finally {
    readOnce = undefined;
  }
}

/**
 * The caption, or the nearest heading before the table (not past another table), when short enough to name a group.
 * Filter forms before a table (a "Chọn kỳ đánh giá: <select>…" bar, even one styled as a heading) are passed over:
 * their text is every option of every control, never a group's name.
 */
function tableTitle(table: Element): string | undefined {
  const caption = childElements(table).find((c) => tag(c) === 'caption');
  if (caption) return elementText(caption) || undefined;
  let levels = 0;
  for (let el: Element | null = table; el && tag(el) !== 'body' && levels < 4; el = el.parentElement, levels++) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const t = tag(sib);
      if (t === 'table') return undefined;
      if (FORM_TAGS.has(t)) continue;
      const inner = sib.querySelector(INNER_SKIPPED);
      if (inner) {
        if (tag(inner) === 'table' || sib.querySelector('table')) return undefined;
        continue;
      }
      if (!isHeading(sib)) continue;
      const text = elementText(sib);
      if (text !== '') return text.length <= 100 ? text : undefined;
    }
  }
  return undefined;
}

const FORM_TAGS = new Set(['form', 'fieldset', 'select', 'input', 'textarea', 'button', 'label']);
const INNER_SKIPPED = 'table, form, select, input, textarea, button';

function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(tag(el)) || tag(el) === 'legend' || /(^|[\s_-])(title|heading|caption)([\s_-]|$)/i.test(el.getAttribute('class') ?? '');
}

/**
 * True when a flattened header reads as `label`. The label may name the header's last levels
 * ("Tỷ lệ nộp hồ sơ › Trực tuyến (%)" or just "Trực tuyến (%)"); levels compare without diacritics or case,
 * and a trailing parenthesis in the header — "(%)", "(18 điểm)" — may be left out of the label.
 */
export function headerMatches(header: string, label: string): boolean {
  return levelsMatch(header.split(HEADER_SEPARATOR).map(spelled), labelLevels(label));
}

/**
 * A normalised label with the spellings the portals mix made one (DOMAIN §7): "tỉ"/"tỷ", "kì"/"kỳ", "lí"/"lý"…
 * (a two-letter word's final y is i; hóa/hoá already fold alike), and "TTG"/"TTg" by case.
 */
export function spelled(text: string): string {
  return normalizeLabel(text).replace(SHORT_Y, '$1i');
}
const SHORT_Y = /\b([bdhklmstv])y\b/g;

/** The first column whose header reads as one of `labels` (tried in order), or undefined. */
export function findColumn(grid: Pick<TableGrid, 'headers'>, labels: readonly string[]): number | undefined {
  return findColumns(grid, labels)[0];
}

/**
 * Every column whose header reads as the first of `labels` (tried in order) that any header reads as: more than
 * one means the label is ambiguous in this table (two "Trực tuyến" columns, under groups the label does not name).
 */
export function findColumns(grid: Pick<TableGrid, 'headers'>, labels: readonly string[]): number[] {
  const headers = headerLevels(grid.headers);
  const matching = labels.map((label) => {
    const want = labelLevels(label);
    return { want, cols: headers.flatMap((have, col) => (levelsMatch(have, want) ? [col] : [])) };
  });
  // A header that is a label itself ("Tổng số hồ sơ") is meant before those a label only ends ("Đã xử lý › Tổng").
  for (const { want, cols } of matching) {
    const whole = cols.filter((col) => headers[col]!.length === want.length);
    if (whole.length > 0) return whole;
  }
  return matching.find((m) => m.cols.length > 0)?.cols ?? [];
}

/** Normalised header levels (matchesHeader reads them as they are: normalising is idempotent). */
function levelsMatch(have: readonly string[], want: readonly (readonly string[])[]): boolean {
  if (want.length > have.length) return false;
  const offset = have.length - want.length;
  return want.every((w, i) => matchesHeader(have[offset + i], w));
}

/** Each header's levels, normalised once per table (adapters look many labels up in one table). */
function headerLevels(headers: readonly string[]): string[][] {
  let levels = normalizedHeaders.get(headers);
  if (!levels) normalizedHeaders.set(headers, (levels = headers.map((h) => h.split(HEADER_SEPARATOR).map(spelled))));
  return levels;
}
const normalizedHeaders = new WeakMap<readonly string[], string[][]>();

/** A label's levels, each as the one-label list matchesHeader takes (kept, so its normalised form is cached). */
function labelLevels(label: string): (readonly string[])[] {
  let levels = splitLabels.get(label);
  if (!levels) splitLabels.set(label, (levels = label.split(/\s*›\s*/).map((w) => [spelled(w)])));
  return levels;
}
const splitLabels = new Map<string, (readonly string[])[]>();
