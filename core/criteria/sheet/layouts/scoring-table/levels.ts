// A scoring table nested by a level column instead of numbers (a department's workbook: Level · Order · Score · Name,
// «1 | Tiêu chuẩn 1 | 80» over «2 | Mục a | 30» over «3 | Phần a1 | 3»): the column found by its title and its cells,
// each row's code made from its place among the rows of its level under its parent (1, 1.1, 1.1.1…), so the rows
// pass and the stated figures nest the table the same way, and the officer is told which column was taken.
import { isBlankRow } from '../../../../sheet/grid.js';
import type { CellValue } from '../../../../cell.js';
import type { SheetGrid } from '../../../../sheet/cell.js';
import type { StackedHeader } from '../../../../report/header-rows.js';
import type { SheetReader } from '../../sheet-reader.js';
import { normalizeLabel } from '../../../../text.js';
import { cellText } from '../../../../values.js';

/** «Level», «Cấp», «Cấp độ», «Bậc», «Tầng»: a column title naming a row's depth in the tree. */
const LEVEL_TITLE = /^(?:level|depth|cap|cap do|bac|tang)$/;

/** A row's level: a whole number from 1 to 9 typed in the column (undefined for any other cell). */
function levelOf(v: CellValue | undefined): number | undefined {
  const n = typeof v === 'number' ? v : /^\d$/.test(cellText(v).trim()) ? Number(cellText(v).trim()) : undefined;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
}

/**
 * The level column of a header: titled as one, its cells under the header (at least 3) all levels, the first the
 * lowest, each a step at most deeper than the row above, more than one level used — a tree, never a count or a number.
 */
export function levelColumn(grid: SheetGrid, header: StackedHeader, body: number): number | undefined {
  const col = header.labels.findIndex((ls) => ls.some((l) => LEVEL_TITLE.test(normalizeLabel(l))));
  if (col < 0) return undefined;
  const cells = grid.values.slice(body).filter((row) => !isBlankRow(row)).map((row) => row?.[col]).filter((v) => cellText(v).trim() !== '');
  const levels = cells.map(levelOf);
  if (levels.length < 3 || levels.some((l) => l === undefined)) return undefined;
  const ls = levels as number[];
  const steps = ls.every((l, i) => l >= ls[0]! && (i === 0 || l <= ls[i - 1]! + 1));
  return steps && new Set(ls).size > 1 ? col : undefined;
}

/**
 * Each row's code by its level (rows `from` to `to`): its place among the rows of its level under the nearest row of
 * a lower level above it — «1», «1.1», «1.1.1», «1.2» — as the document's numbers would be had it written them.
 */
export function levelCodes(grid: SheetGrid, col: number, from: number, to: number): Map<number, string> {
  const codes = new Map<number, string>();
  const open: { level: number; code: string; children: number }[] = [];
  let tops = 0;
  for (let r = from; r < to; r++) {
    const level = levelOf(grid.values[r]?.[col]);
    if (level === undefined) continue;
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    const parent = open.at(-1);
    const code = parent ? `${parent.code}.${++parent.children}` : `${++tops}`;
    codes.set(r, code);
    open.push({ level, code, children: 0 });
  }
  return codes;
}

/** What the officer is told of the level column: which column nests the rows, by its header cell, and how codes are made. */
export function noteLevelColumn(sheet: SheetReader, row: number, col: number, label: string): void {
  const cell = sheet.at(row, col);
  sheet.note(
    cell,
    `Bảng không đánh số thứ tự các dòng mà ghi cấp của mỗi dòng ở cột ${cell.replace(/\d+$/, '')} («${label}», ô ${cell}): các dòng lồng nhau theo cột đó (dòng cấp 2 thuộc dòng cấp 1 ngay trên nó…), mã tiêu chí đánh theo thứ tự trong từng cấp (1, 1.1, 1.1.1…); dòng cấp 1 là một nhóm tiêu chí. Kiểm tra lại trước khi xác nhận.`,
  );
}

// Made for issue 55 item 2: a provincial department's standard points kept as a workbook (Level · Order · Score ·
// Name), its nesting given by the Level column, not by numbers the reader could read.
