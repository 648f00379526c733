// A second scoring table on the sheet, as commune plans put the collective's table and, below it after blank rows, the
// individual's: never read with the first as one set (a set of both scored on their sum, both totals said as different
// and the officer left to guess why). Told from one table's own repeats — a header repeated where a Word table runs on
// after a page or above «ĐIỂM TRỪ», parts «Phần I/II» with their sub-totals — by what only a table of its own has: a
// header of its own in words, set apart from the first table by a blank row or a title of its own (any lone title row
// right under the first table's total row), after the first
// table's total row (up to a total row of its own, or — the last — to the sheet's end: a form left for the officer to add
// up has none), opening with points of its base (not bonus or deduction points). The first table is read; every other
// one is said first in the reconciliation and at its first cell, with how to import it, never dropped unsaid. With no
// total row anywhere, a table of its own is told by its header: the first's written again, the numbers under it
// starting again where the first's did.
import type { CellValue } from '../../cell.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { gridAddress, isBlank, isBlankRow } from '../../sheet/grid.js';
import { normalizeLabel } from '../../text.js';
import { cellText, formatPoints, parseNumberText } from '../../values.js';
import { findScoringTable, type Table } from './layouts/scoring-table/columns.js';
import { short } from './reconcile.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';
import { countsOf, type Stated, type StatedFigure } from './stated-figures.js';

/** Tables after the first: `cut` the grid index the first table ends before (the rows from it on are not read). */
export type SecondTables = { cut: number; notices: CriteriaSheetNotice[]; said: string };

/** A table as the officer finds it: its rows (grid indices, first to last), its title, its total row (the last may have none). */
type Span = { first: number; last: number; title: string | undefined; total: StatedFigure | undefined };

/** A title naming a table or a form of its own (normalized: «PHỤ LỤC 03», «BẢNG CHẤM ĐIỂM…», «PHIẾU…»). */
export const TABLE_TITLE = /^(?:phu luc|bang|phieu|mau|bieu)\b/;

/** A row of one text alone (a title: «PHỤ LỤC 03», «PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG»). */
const loneText = (row: readonly unknown[] | undefined): string | undefined => {
  const filled = (row ?? []).filter((v) => !isBlank(v));
  return filled.length === 1 && typeof filled[0] === 'string' ? filled[0].trim() : undefined;
};

/** The title rows right above a header (no blank row between): where the table starts, and its words. */
function titledFrom(grid: SheetGrid, header: number, floor: number): { first: number; title: string | undefined } {
  let first = header;
  while (first - 1 > floor && loneText(grid.values[first - 1]) !== undefined) first--;
  const titles = grid.values.slice(first, header).map(loneText);
  return { first, title: titles.length > 0 ? titles.join(' ') : undefined };
}

/** The last row holding anything before `before`, from `from` on. */
function lastFilled(grid: SheetGrid, from: number, before: number): number {
  let r = before - 1;
  while (r > from && isBlankRow(grid.values[r])) r--;
  return r;
}

/**
 * The header row of a table of its own in rows `from` to `to` (grid indices), between the total row closing the table
 * above and another total row; undefined when they run on the table above. Its header found by its words (never by its
 * cells alone); set apart by a blank row, a title of its own («PHỤ LỤC 03», «PHIẾU ĐÁNH GIÁ…», «BẢNG CHẤM ĐIỂM…») or
 * any lone title row right under that total row («TIÊU CHÍ CHẤM ĐIỂM ĐỐI VỚI CÁ NHÂN») not naming a bonus or deduction part;
 * opening with points of its base (a header repeated above «ĐIỂM TRỪ» opens with deductions).
 */
function ownHeader(grid: SheetGrid, stated: Stated, from: number, to: number): number | undefined {
  const top = grid.origin?.row ?? 1;
  const rows = { ...grid, values: grid.values.slice(from, to), formats: grid.formats?.slice(from, to), origin: { row: top + from, col: grid.origin?.col ?? 1 } };
  const found = findScoringTable(rows);
  if (!found || found.byCells) return undefined;
  const at = from + found.row;
  const start = titledFrom(grid, at, from - 1);
  // A title right under the total row closing the table above is its own too («TIÊU CHÍ … ĐỐI VỚI CÁ NHÂN» typed with
  // no blank row) but one naming a bonus or deduction part («VIII. ĐIỂM THƯỞNG», a Word table's paragraph between its
  // parts): a table goes on under its total only with such parts.
  const under = start.first === from && countsOf(start.title ?? '', undefined) === 'base';
  const titled = start.title !== undefined && (under || TABLE_TITLE.test(normalizeLabel(start.title)));
  if (!isBlankRow(grid.values[start.first - 1]) && !titled) return undefined;
  const opening = stated.figures.find((f) => f.kind !== 'total' && f.row - top >= at + found.header.depth && f.row - top < to && /\p{L}{2}/u.test(f.title));
  return opening?.counts === 'base' ? at : undefined;
}

/**
 * Whether `row` writes the first table's header (`head`) again: the same words in every column the table reads (its
 * number, name and points), and in every other cell it writes. A cell titled in the first header only is no
 * difference: a column the officer inserted and titled at the top («Ghi chú» typed over the first table alone).
 */
function writesHeaderAgain(head: readonly CellValue[], row: readonly CellValue[], first: Table): boolean {
  const words = (v: CellValue | undefined) => normalizeLabel(cellText(v));
  const read = new Set([first.columns.ordinal, first.columns.title, first.columns.maxPoints]);
  const width = Math.max(head.length, row.length);
  for (let k = 0; k < width; k++) if (words(row[k]) !== words(head[k]) && (read.has(k) || words(row[k]) !== '')) return false;
  return true;
}

/**
 * The first table's header written again under its rows, no total row above it, and the numbers under it starting
 * again as the first table's did («1» under both) on a row of its base: a table of its own (a union's two scholarships
 * of one header, one under the other), not the first gone on after a page — whose numbers go on — nor its deductions.
 */
function numberedAgain(grid: SheetGrid, first: Table): number | undefined {
  const ordinal = first.numberedTitles ? undefined : first.columns.ordinal;
  if (ordinal === undefined) return undefined;
  const head = grid.values[first.row] ?? [];
  const opening = (header: number) => {
    let r = header + first.header.depth;
    while (r < grid.values.length && isBlankRow(grid.values[r])) r++;
    const row = grid.values[r] ?? [];
    const points = parseNumberText(cellText(row[first.columns.maxPoints ?? -1]));
    return { number: cellText(row[ordinal]).trim(), base: countsOf(cellText(row[first.columns.title!]), points) === 'base' };
  };
  const own = opening(first.row);
  if (own.number === '') return undefined;
  for (let r = first.row + first.header.depth; r < grid.values.length; r++) {
    if (!writesHeaderAgain(head, grid.values[r] ?? [], first)) continue;
    const again = opening(r);
    return again.number === own.number && again.base ? r : undefined;
  }
  return undefined;
}

/**
 * The tables after the sheet's first, each a table of its own (ownHeader) closed by a total row of its own, the last
 * also with none, or — no total row anywhere — one whose header is the first's written again, numbered again
 * (numberedAgain); undefined when the sheet holds one table.
 * `stated`: the figures the whole sheet states (its total rows); `where`: the sheet as the officer finds it;
 * `inDocument`: a Word document's table (a table is imported from a document of its own, there being no sheet to choose);
 * `first`: the sheet's first table as the reader found it.
 */
export function secondTables(grid: SheetGrid, stated: Stated, where: string, inDocument: boolean, first: Table | undefined): SecondTables | undefined {
  if (!first) return undefined;
  const totals = stated.figures.filter((f) => f.kind === 'total');
  const top = grid.origin?.row ?? 1;
  const index = (f: StatedFigure) => f.row - top;
  const heads = [first.row];
  const closing: StatedFigure[] = [];
  const again = totals.length === 0 ? numberedAgain(grid, first) : undefined;
  if (again !== undefined) heads.push(again);
  else if (totals.length === 0) return undefined;
  for (const total of totals) {
    if (index(total) <= heads.at(-1)!) continue;
    const closed = closing.at(-1);
    if (closed && closing.length === heads.length) {
      const at = ownHeader(grid, stated, index(closed) + 1, index(total));
      if (at === undefined) closing[closing.length - 1] = total;
      else {
        heads.push(at);
        closing.push(total);
      }
    } else closing.push(total);
  }
  // After the last total, a table of its own with no total row (a form the officer adds up): its rows to the sheet's end.
  const closed = closing.at(-1);
  const open = closed && ownHeader(grid, stated, index(closed) + 1, grid.values.length);
  if (open !== undefined) heads.push(open);
  if (heads.length < 2) return undefined;
  const starts = heads.map((h, k) => titledFrom(grid, h, k === 0 ? -1 : closing[k - 1] ? index(closing[k - 1]!) : heads[k - 1]!));
  const spans: Span[] = heads.map((_, k) => {
    const next = starts[k + 1]?.first;
    const total = closing[k];
    // The last table runs to the rows under its total that follow it without a blank row (its bonus and deduction
    // parts); one with no total, to the sheet's last row holding anything.
    let last = total === undefined ? lastFilled(grid, heads[k]!, next ?? grid.values.length) : next === undefined ? index(total) : lastFilled(grid, index(total), next);
    if (next === undefined && total !== undefined) while (!isBlankRow(grid.values[last + 1]) && last + 1 < grid.values.length) last++;
    return { first: starts[k]!.first, last, title: starts[k]!.title, total };
  });
  const rows = (s: Span) => `dòng ${s.first + top}–${s.last + top}`;
  const table = (s: Span) => `${rows(s)}${s.title ? ` «${short(s.title)}»` : ''}, ${s.total ? `tổng ${formatPoints(s.total.value)} điểm ở ô ${s.total.cell}` : 'không có dòng tổng'}`;
  const [taken, ...others] = spans;
  const cells = others.map((s) => gridAddress(grid, s.first, Math.max(0, (grid.values[s.first] ?? []).findIndex((v) => !isBlank(v)))));
  const howTo = inDocument
    ? 'Muốn nhập bảng ấy, chép nó sang một văn bản riêng rồi nhập văn bản ấy.'
    : 'Muốn nhập bảng ấy, chép nó sang một trang riêng của tệp rồi nhập trang ấy (dòng lệnh: thêm --sheet «tên trang»).';
  const said =
    `${where.charAt(0).toUpperCase()}${where.slice(1)} có ${spans.length} bảng chấm điểm (${spans.map(table).join('; ')}): thidua không gộp ${spans.length === 2 ? 'hai' : 'các'} bảng thành một bộ tiêu chí — ` +
    `chỉ đọc bảng đầu (${rows(taken!)}); ${others.map(rows).join(', ')} không vào bộ này (xem ghi chú ở ô ${cells.join(', ')}). ${howTo}`;
  const notices = others.map((s, k) => ({
    cell: cells[k]!,
    message: `Từ dòng ${s.first + top} là một bảng chấm điểm khác (${table(s)}), không phải phần tiếp của bảng ở ${rows(taken!)}: thidua không đọc bảng này vào bộ tiêu chí. ${howTo}`,
  }));
  return { cut: starts[1]!.first, notices, said };
}

// Made for the council's table with an individual's form below it on one sheet (test/criteria/officer-files.test.ts
// (c)): read as one set of 56 + 20 criteria scored on 180, both totals said as different and never why.
// And for that form with no total row of its own (the same (c)): its criteria read as deductions «IX.1-2»… of the
// table above, under «Các số bảng ghi đều khớp ✔».
// And for the individual's table typed right under the collective's total, its title «TIÊU CHÍ CHẤM ĐIỂM ĐỐI VỚI CÁ
// NHÂN» with no blank row (test/criteria/stacked-tables.test.ts): refused, «Mục «DANH SÁCH TIÊU CHÍ» đã có ở ô A…».
// And for a faculty union's two scholarships of one header, neither with a total row, the second's header right under
// the first's last row and numbered again from «1» (corpus `hoc-bong-nhan-hoc-khxhnv`, test/criteria/stacked-tables.test.ts):
// until 2026-12-01 read as one table gone on after a page, 8 criteria on 200, the second's rows coded «1-2»….
// And for that table with a «Ghi chú» column inserted and titled over the first table only (test/criteria/officer-edits
// .test.ts): the header below no longer written word for word again, both tables read as one on 300, «Điểm số tối đa/
// 100» of the second's header an item of 100.
