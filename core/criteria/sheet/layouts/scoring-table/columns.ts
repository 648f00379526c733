// Pass 1 of reading an office's scoring table: the columns found. The first header (of up to three levels) naming
// a content column and a points column, with the number column known by its title or by its cells.
import { isBlankRow } from '../../../../sheet/grid.js';
import { stackedColumns, stackedHeader, type StackedHeader } from '../../../../report/header-rows.js';
import type { SheetGrid } from '../../../../sheet/cell.js';
import { labelLookup, matchesLabel } from '../../../../text.js';
import { cellText } from '../../../../values.js';
import { CAP_ALONE, CRITERIA_COLUMNS, SCORING_TABLE_COLUMNS } from '../../vocabulary.js';

export type Key = keyof typeof SCORING_TABLE_COLUMNS;
export const scoringColumn = labelLookup(SCORING_TABLE_COLUMNS);
export const ownColumn = labelLookup(CRITERIA_COLUMNS);

/**
 * `numberedTitles`: no number column, the numbers written at the start of the name cell («1.1 Điểm cộng»). `pairs`:
 * the points column holds what was scored and the maximum in one cell («Điểm đạt / Tối đa»: «16 / 20»).
 */
export type Table = { row: number; header: StackedHeader; columns: Partial<Record<Key, number>>; numberedTitles: boolean; pairs?: boolean };

/** «1», «II», «IV.A», «1.2», «a)», «đ.»: a row's number as offices write it in its own cell. */
const ROW_NUMBER = /^(?:[IVXLC]+|\d+|\p{L})(?:\.(?:\d+|\p{Lu}))*[.)]?$/u;

/** Whether the cells of a column under the header are mostly row numbers (the number column, whatever its title). */
function holdsRowNumbers(grid: SheetGrid, from: number, col: number): boolean {
  const texts = grid.values.slice(from).map((row) => cellText(row?.[col]).trim()).filter((t) => t !== '');
  const numbers = texts.filter((t) => ROW_NUMBER.test(t)).length;
  return numbers >= 2 && numbers >= texts.length * 0.6;
}

/** «Điểm đạt / Tối đa», «Điểm chấm/Điểm tối đa»: a column of «scored / maximum» pairs, its labels' second part a maximum's. */
const pairOfMax = (label: string) => {
  const parts = label.split('/');
  return parts.length === 2 && parts[0]!.trim() !== '' && scoringColumn(parts[1]) === 'maxPoints';
};


/**
 * The first header (of up to three levels) naming a number column, a name column and a points column; or, with no
 * number column, a name column whose rows mostly begin with their numbers (a page's or an e-mail's table).
 */
export function findScoringTable(grid: SheetGrid, maxRows = 60): Table | undefined {
  for (let r = 0; r < Math.min(maxRows, grid.values.length); r++) {
    if (isBlankRow(grid.values[r])) continue;
    const header = stackedHeader(grid.values, r);
    const columns = stackedColumns(header, scoringColumn);
    // No content column but «Chỉ tiêu» (a bank's KPI table: STT | Chỉ tiêu | Điểm tối đa): the indicators are the content.
    if (columns.title === undefined) {
      const target = header.labels.findIndex((ls) => ls.some((l) => ownColumn(l) === 'target'));
      if (target >= 0) columns.title = target;
    }
    const pairs = columns.maxPoints === undefined ? header.labels.findIndex((ls) => ls.some(pairOfMax)) : -1;
    if (pairs >= 0) columns.maxPoints = pairs;
    // Points only as bonus or deduction (a class's «ĐIỂM CỘNG», then «ĐIỂM TRỪ»): a points table all the same.
    if (columns.title === undefined || (columns.maxPoints ?? columns.bonus ?? columns.deduction) === undefined) continue;
    const body = r + header.depth;
    // The number column under a title of its own («#», «Tiêu chí» over 1, 2, 3 beside «Nội dung»): known by its cells.
    if (columns.ordinal === undefined && holdsRowNumbers(grid, body, columns.title)) {
      const content = header.labels.findIndex((ls, c) => c > columns.title! && ls.some((l) => scoringColumn(l) === 'title'));
      if (content >= 0) [columns.ordinal, columns.title] = [columns.title, content];
    } else if (columns.ordinal === undefined && columns.title > 0 && holdsRowNumbers(grid, body, columns.title - 1)) {
      columns.ordinal = columns.title - 1;
    }
    if (columns.cap === undefined) {
      const alone = header.labels.findIndex((ls, c) => c !== columns.maxPoints && c > columns.title! && ls.some((l) => matchesLabel(l, CAP_ALONE)));
      if (alone >= 0) columns.cap = alone;
    }
    const paired = pairs >= 0 ? { pairs: true } : {};
    if (columns.ordinal !== undefined) return { row: r, header, columns, numberedTitles: false, ...paired };
    // No number column: the numbers are read from the content cells where they open them; a table with a content
    // and a points column is read all the same (its rows without a number coded by their place).
    return { row: r, header, columns: { ...columns, ordinal: columns.title }, numberedTitles: true, ...paired };
  }
  return undefined;
}

// Made for issue 55 item 4: the scoring table's reading split into passes a newcomer can test alone; this one finds
// where the table is and which column holds what (headers of one to three levels, «Điểm đạt / Tối đa» pairs, a number
// column under any title, a bank's «Chỉ tiêu» as the content).
