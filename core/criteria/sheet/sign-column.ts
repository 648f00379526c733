// A «Loại» column retyped without its header: its cells still say how each row counts («✅ Cộng», «❌ Trừ», «Điểm
// thưởng»), and a column the reader does not take would drop those marks without a word — seven deductions read as
// base. Both layouts ask it of their header, and read the column as their «Loại» column, said at its header cell.
import { cellText } from '../../values.js';
import { signOf } from './points-text.js';
import type { SheetGrid } from '../../sheet/cell.js';
import type { SheetReader } from './sheet-reader.js';

/** A row's «Loại» word, and whether the row was read in the base. */
export type SignRead = { word: string; base: boolean };

/**
 * The column, among those whose header is blank (`labels` by column, none) and not taken, whose cells from row `from`
 * to `end` each say how their row counts (`signOf`), at least two, some taking or adding on top.
 */
export function unlabelledSignColumn(values: SheetGrid['values'], labels: readonly (readonly string[])[], taken: ReadonlySet<number>, from: number, end: number): number | undefined {
  const body = values.slice(from, end);
  const width = Math.max(labels.length, ...body.map((row) => row?.length ?? 0));
  for (let c = 0; c < width; c++) {
    if (taken.has(c) || (labels[c]?.length ?? 0) > 0) continue;
    const marks = body.map((row) => cellText(row?.[c]).trim()).filter((t) => t !== '');
    const says = marks.map(signOf);
    if (marks.length >= 2 && says.every((s) => s !== undefined) && says.some((s) => s !== 'adds')) return c;
  }
  return undefined;
}

/** The name the notes give such a column (its letter), said once at its header cell with the marks it holds. */
export function noteUnlabelledSign(sheet: SheetReader, header: number, column: number, from: number, end: number): string {
  const cell = sheet.at(header, column);
  const letter = cell.replace(/\d+$/, '');
  const marks = [...new Set(sheet.grid.values.slice(from, end).map((row) => cellText(row?.[column]).trim()).filter((t) => t !== ''))];
  sheet.note(cell, `Cột ${letter} không có tiêu đề nhưng mỗi dòng ghi ${marks.map((m) => `«${m}»`).join(', ')}: đọc như cột «Loại» (dòng ghi trừ là điểm trừ, dòng ghi điểm thưởng là điểm cộng thêm). Ghi «Loại» ở ô ${cell} nếu đúng như vậy.`);
  return letter;
}

/**
 * Said at a «Loại» column's header (`cell`) when its rows both count («✅ Cộng») and take («❌ Trừ»): «Cộng» rows are
 * read in the base — as a teacher-emulation app means them — though a class's table may mean points added on top; the
 * reconciliation weighs it against the totals the table writes (`addsInBase`).
 */
export function noteSignColumn(sheet: SheetReader, cell: string, label: string, signs: readonly SignRead[]): void {
  const adds = signs.filter((s) => s.base && signOf(s.word) === 'adds').map((s) => s.word);
  const takes = signs.find((s) => signOf(s.word) === 'takes')?.word;
  if (adds.length === 0 || takes === undefined) return;
  sheet.addsInBase = { cell, label, word: adds[0]!, takes, rows: adds.length };
  sheet.note(cell, `Cột «${label}»: ${adds.length} dòng ghi «${adds[0]}» được tính vào tổng điểm chuẩn, dòng ghi «${takes}» là điểm trừ. Nếu các dòng «${adds[0]}» là điểm cộng thêm ngoài tổng (điểm thưởng), ghi «Điểm thưởng» ở cột này rồi nhập lại.`);
}

// Made for issue 59's session 77: a teacher-emulation app's grid retyped with its «Loại» header left blank, its seven
// «❌ Trừ» rows read as 50 points of base and every figure said to agree.
