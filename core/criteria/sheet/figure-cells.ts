// The cells where a scoring table writes its figures — each row's maximum, bonus and deduction under the header the
// reader found — for the passes that hold what those cells store to what was read from them (formula-figures.ts,
// percent-figures.ts), whichever layout read the rows.
import type { SheetGrid } from '../../sheet/cell.js';
import { cellAddress } from '../../text.js';
import type { Table } from './layouts/scoring-table/columns.js';

export type FigureCell = { row: number; col: number; address: string };

/** The figure columns' cells below the table's header (`table`: as the reader found it; numbered as on screen); none where no scoring table is found. */
export function figureCells(grid: SheetGrid, table: Table | undefined): FigureCell[] {
  if (!table) return [];
  const cols = [...new Set((['maxPoints', 'bonus', 'deduction'] as const).flatMap((k) => (table.columns[k] === undefined ? [] : [table.columns[k]])))];
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const cells: FigureCell[] = [];
  for (let r = table.row + table.header.depth; r < grid.values.length; r++) {
    for (const c of cols) cells.push({ row: r + top, col: c + left, address: cellAddress(r + top, c + left) });
  }
  return cells;
}

// Made for the table reader probed with officers' files (test/criteria/officer-files.test.ts): figures kept as
// formulas without a result, or as percentages, read or lost without a word.
