// Whether a table found as a scoring table holds points at all. A table of rewards in money («Thưởng (đồng)»), of
// dates or of counts of people has a content column and a column of numbers, but ranking units by it would rank them
// out of nothing: it is refused with the reason, naming the column, never read as a set that scores out of 0.
import { sheetCell } from '../../../../sheet/grid.js';
import type { SheetGrid } from '../../../../sheet/cell.js';
import { cellText, formatNumberVi } from '../../../../values.js';
import type { Key, Table } from './columns.js';

/** A refusal: the cell it is said at, and why the table is not a scoring table. */
export type NotScoring = { cell: string; message: string };

const POINTS: readonly Key[] = ['maxPoints', 'bonus', 'deduction'];

/** What a column holds instead of points, by its label: money, dates, counts of people. */
const NOT_POINTS: readonly { what: string; label: RegExp }[] = [
  { what: 'số tiền', label: /(?<!\p{L})(đồng|vnđ|vnd|tiền|triệu|nghìn|ngàn)(?!\p{L})/iu },
  { what: 'ngày tháng', label: /^(ngày|thời gian|thời hạn|hạn)(?!\p{L})|(?<!\p{L})ngày(?!\p{L}).*(?<!\p{L})(tháng|hoàn thành|nộp)(?!\p{L})/iu },
  { what: 'số người', label: /(?<!\p{L})(người|số lượng|lượt|số hộ|hộ gia đình)(?!\p{L})/iu },
];

/** A column's cells under the header, as read: how many are numbers, how many of them sums of money, how many dates. */
function cellsOf(grid: SheetGrid, table: Table, col: number): { numbers: number[]; dates: number } {
  const numbers: number[] = [];
  let dates = 0;
  for (let r = table.row + table.header.depth; r < grid.values.length; r++) {
    const v = sheetCell(grid, r, col).value;
    if (v.kind === 'number') numbers.push(v.value);
    else if (v.kind === 'date') dates++;
  }
  return { numbers, dates };
}

/** The header cell holding a column's label (the lowest level that names it). */
function labelCell(grid: SheetGrid, table: Table, col: number): string {
  for (let r = table.row + table.header.depth - 1; r > table.row; r--) if (cellText(grid.values[r]?.[col]).trim() !== '') return sheetCell(grid, r, col).address;
  return sheetCell(grid, table.row, col).address;
}

/**
 * Why the table is not a scoring table, if it is not: one of its points columns is named for money, dates or people,
 * or holds sums of money (figures in the thousands, as no item's points are) or dates. A table whose other points
 * column holds points is a scoring table all the same (a «Thưởng (đồng)» beside «Điểm»: the money is not read).
 */
export function notScoring(grid: SheetGrid, table: Table): NotScoring | undefined {
  const found: NotScoring[] = [];
  let points = 0;
  for (const k of POINTS) {
    const col = table.columns[k];
    if (col === undefined) continue;
    const label = table.header.labels[col]![0] ?? '';
    const named = NOT_POINTS.find((n) => n.label.test(label));
    const { numbers, dates } = cellsOf(grid, table, col);
    const money = numbers.length >= 2 && numbers.filter((n) => Math.abs(n) >= 10_000).length >= numbers.length * 0.6;
    const datesMostly = dates >= 2 && dates >= numbers.length;
    const what = named?.what ?? (money ? 'số tiền' : datesMostly ? 'ngày tháng' : undefined);
    if (what === undefined) {
      points++;
      continue;
    }
    const example = money ? ` (như ${formatNumberVi(numbers.find((n) => Math.abs(n) >= 10_000)!)})` : '';
    found.push({ cell: labelCell(grid, table, col), message: `Cột «${label.replace(/\s+/g, ' ').trim()}» ghi ${what}${example}, không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.` });
  }
  return points === 0 ? found[0] : undefined;
}

/** A set whose criteria are worth nothing together: nothing to score units out of. */
export function worthNothing(headerCell: string, base: number, bonus: number): NotScoring | undefined {
  if (base > 0 || bonus > 0) return undefined;
  return { cell: headerCell, message: 'Các tiêu chí của bảng cộng được 0 điểm (không dòng nào ghi điểm chuẩn, điểm thưởng): không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.' };
}

// Made for issue 55 item 3: a table of rewards in money («Thưởng (đồng)»), imported as a set «Chấm trên tổng 0 điểm»
// and used to rank units out of 0; tables of dates and of counts of people the same.
