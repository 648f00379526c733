// A sheet's grid from the cells that exist, bounded: adapters hand over cells one by one (sparse, as the
// file stores them) and get the dense grid from A1 the readers work on — every column the sheet uses, never larger
// than READ_LIMITS, whatever the sheet's used range claims. What was left out is said once per kind, with its cell;
// the sheet's last used column is kept whatever the grid holds.
import type { SheetGrid } from '../sheet/cell.js';
import type { CellValue } from '../cell.js';
import { cellAddress } from '../text.js';
import { gridColumns, outsideText, READ_LIMITS } from './limits.js';

/** A cell as the file holds it: `value` null for a formula whose result the file does not store. */
export type SparseCell = { row: number; col: number; value: CellValue; format?: string; formula?: string };

export function gridFromCells(name: string, cells: Iterable<SparseCell>): SheetGrid {
  // The rows and columns used within the rows read: a formula without a stored result is used too.
  const all: SparseCell[] = [];
  let usedRow = 0;
  let usedColumn = 0;
  // Indexed loops over the cells: a for…of allocates at each step, and every cell of every sheet read passes here.
  const given = Array.isArray(cells) ? (cells as readonly SparseCell[]) : [...cells];
  for (let i = 0; i < given.length; i++) {
    const cell = given[i]!;
    if (cell.value === null && cell.formula === undefined) continue;
    all.push(cell);
    if (cell.row > READ_LIMITS.rows) continue;
    if (cell.row > usedRow) usedRow = cell.row;
    if (cell.col > usedColumn) usedColumn = cell.col;
  }
  const columns = gridColumns(usedRow, usedColumn);

  let lastRow = 0;
  let lastCol = 0;
  const kept: SparseCell[] = [];
  let outside: string | undefined;
  let longText: string | undefined;
  let unstored: Record<string, string> | undefined;
  for (let i = 0; i < all.length; i++) {
    const cell = all[i]!;
    if (cell.value === null) {
      // A formula without its result: no value, its text kept apart (the council's sheets read it as typed).
      if (cell.formula !== undefined && cell.row <= READ_LIMITS.rows && cell.col <= columns) (unstored ??= {})[cellAddress(cell.row, cell.col)] = cell.formula;
      continue;
    }
    if (cell.row > READ_LIMITS.rows || cell.col > columns) {
      outside ??= cellAddress(cell.row, cell.col);
      continue;
    }
    let value = cell.value;
    if (typeof value === 'string' && value.length > READ_LIMITS.cellText) {
      longText ??= cellAddress(cell.row, cell.col);
      value = value.slice(0, READ_LIMITS.cellText);
    }
    kept.push({ ...cell, value });
    if (cell.row > lastRow) lastRow = cell.row;
    if (cell.col > lastCol) lastCol = cell.col;
  }

  const values: CellValue[][] = Array.from({ length: lastRow }, () => new Array<CellValue>(lastCol).fill(null));
  let formats: string[][] | undefined;
  let formulas: Record<string, string> | undefined;
  for (let i = 0; i < kept.length; i++) {
    const { row, col, value, format, formula } = kept[i]!;
    values[row - 1]![col - 1] = value;
    if (formula !== undefined) (formulas ??= {})[cellAddress(row, col)] = formula;
    if (format && format !== 'General') {
      formats ??= Array.from({ length: lastRow }, () => new Array<string>(lastCol).fill('General'));
      formats[row - 1]![col - 1] = format;
    }
  }

  const clipped = [
    ...(outside ? [{ cell: outside, message: outsideText(outside) }] : []),
    ...(longText
      ? [{ cell: longText, message: `ô ${longText} dài hơn ${READ_LIMITS.cellText.toLocaleString('vi-VN')} ký tự (giới hạn của Excel); chỉ đọc phần đầu` }]
      : []),
  ];
  return {
    name,
    values,
    ...(formats ? { formats } : {}),
    ...(formulas ? { formulas } : {}),
    ...(unstored ? { unstoredFormulas: unstored } : {}),
    origin: { row: 1, col: 1 },
    ...(clipped.length > 0 ? { clipped } : {}),
    ...(usedColumn > 0 ? { lastColumn: usedColumn } : {}),
  };
}
