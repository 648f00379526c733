// Spaces at the ends of a cell's lines, which no one sees: a workbook keeps them («… nghiên cứu khoa học… \n- Thành
// viên»), a Word table's cell does not (core/indicators/table.ts elementLines trims each line). Taken off before a
// table is read, so the same table read from .xlsx and from .docx gives the same names.
import type { SheetGrid } from '../../sheet/cell.js';

/** `text` without the spaces around its line breaks; a text of one line unchanged. */
const linesTrimmed = (text: string): string => (text.includes('\n') ? text.replace(/[^\S\n]*\n[^\S\n]*/gu, '\n') : text);

/** The grid with each text cell of several lines trimmed at its lines' ends; a row with none such is the same row. */
export function withLinesTrimmed(grid: SheetGrid): SheetGrid {
  let changed = false;
  const values = grid.values.map((row) => {
    if (!row.some((v) => typeof v === 'string' && /[^\S\n]\n|\n[^\S\n]/u.test(v))) return row;
    changed = true;
    return row.map((v) => (typeof v === 'string' ? linesTrimmed(v) : v));
  });
  return changed ? { ...grid, values } : grid;
}

// Made for the corpus's ren-luyen-trang (a university's conduct form) written as .xlsx and as .docx: 22 of its 41
// criteria named with a space before a line break from the workbook («Thành viên các câu lạc bộ … khoa học… \n- Thành
// viên»), without it from the Word table, until 2026-11-30.
