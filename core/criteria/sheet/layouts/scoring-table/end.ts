// Where an office's scoring table ends: a form goes on under its table (the summary of the scores, «Tự đề xuất xếp
// loại», the place and date, who signs), and none of those lines is a criterion. The table ends at the first of: the
// document's own outline taken up again («I. KẾT QUẢ …» above the header, «II. TỔNG HỢP …» below it), a line of the
// place and date («Sơn Trà, ngày 4 tháng 5 năm 2026»), a line of signatures («NGƯỜI TỰ ĐÁNH GIÁ», «TM. BAN CÁN SỰ
// LỚP»), a band of blank rows with no points below it, the grades the form writes under its criteria, or the total
// row that closes the table with no points below it (a guide pasted under it: «1. Ủy ban nhân dân … thành lập đoàn
// kiểm tra.», «Tổng số điểm tối đa … là 100 điểm. … (cho điểm lẻ đến 0,5 điểm).»).
import { gridAddress, isBlank, isBlankRow } from '../../../../sheet/grid.js';
import type { CellValue } from '../../../../cell.js';
import type { SheetGrid } from '../../../../sheet/cell.js';
import { normalizeLabel } from '../../../../text.js';
import { cellText } from '../../../../values.js';
import { writtenBands } from '../../written-bands.js';
import type { Table } from './columns.js';
import { isTotalText } from './stated.js';

/** The row after the table (`grid.values.length` when it runs to the end) and the words of the line that ends it. */
export type TableEnd = { row: number; line?: string };

const texts = (values: readonly CellValue[]) => values.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());

/** «I.», «II.», «1.» opening a line of the document around the table: its number, in the scheme it is written in. */
function outlineNumber(text: string): { roman: boolean; value: number } | undefined {
  const m = /^([IVX]+|\d+)\.\s+\S/.exec(text);
  if (!m) return undefined;
  if (/^\d+$/.test(m[1]!)) return { roman: false, value: Number(m[1]) };
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  const digits = [...m[1]!].map((c) => v[c]!);
  return { roman: true, value: digits.reduce((s, d, i) => s + (d < (digits[i + 1] ?? 0) ? -d : d), 0) };
}

/** «…, ngày 4 tháng 5 năm 2026», «TP. HCM, ngày ….. tháng …… năm 2025»: the place and date a form is signed at. */
const isDateLine = (text: string) => /\bngay\b[\s.…\d/_-]*\bthang\b[\s.…\d/_-]*\bnam\b/.test(normalizeLabel(text));

/** Who signs, as forms write it over the signature («NGƯỜI TỰ ĐÁNH GIÁ», «XÁC NHẬN CỦA CỐ VẤN HỌC TẬP», «TM. BCH CHI ĐOÀN»). */
const SIGNER = /^(?:nguoi (?:tu )?(?:danh gia|lap|ky|co tham quyen)|xac nhan cua|tm\.?\s|kt\.?\s|thu truong|truong (?:phong|ban|khoa|don vi)|hieu truong|giam doc|chu tich|bi thu|ca nhan tu danh gia|sinh vien$|cap pho)/;
const isSignatureLine = (cells: string[]) =>
  cells.some((t) => /\(\s*ký/i.test(t)) || (cells.every((t) => t === t.toLocaleUpperCase('vi')) && cells.some((t) => SIGNER.test(normalizeLabel(t))));

/** Whether a row writes points in one of the table's points columns. */
function hasPoints(values: readonly CellValue[], table: Table): boolean {
  return (['maxPoints', 'bonus', 'deduction'] as const).some((k) => table.columns[k] !== undefined && !isBlank(values[table.columns[k]!]));
}

/**
 * The first row of the grades written under the criteria with no points below them («- Tốt: từ 100 trở lên», «1 | Khá:
 * từ 90 đến dưới 100»), or of their heading right above them («Xếp loại:», «5 | Xếp loại»): numbered or not, those lines
 * are the set's classification, not rows of its table.
 */
function gradesUnder(grid: SheetGrid, table: Table, start: number): number | undefined {
  // Only below the last row with points: the table's own rows are not searched (this runs with every read of its end).
  let last = grid.values.length - 1;
  while (last >= start && !hasPoints(grid.values[last] ?? [], table)) last--;
  const first = writtenBands(grid, last + 1, () => false, (r, c) => gridAddress(grid, r, c))?.[0]!.row;
  if (first === undefined) return undefined;
  let above = first - 1;
  while (above > start && isBlankRow(grid.values[above] ?? [])) above--;
  const heading = texts(grid.values[above] ?? []).filter((t) => !/^\d+[.)]?$/.test(t));
  return heading.length === 1 && /^xep loai\b/.test(normalizeLabel(heading[0]!)) ? above : first;
}

export function tableEnd(grid: SheetGrid, table: Table): TableEnd {
  const start = table.row + table.header.depth;
  // The outline of the document around the table: its lines of text alone above the header («I. KẾT QUẢ …»).
  const outline = grid.values.slice(0, table.row).flatMap((values) => {
    const cells = texts(values);
    const n = cells.length === 1 ? outlineNumber(cells[0]!) : undefined;
    return n ? [n] : [];
  });
  const last = outline.at(-1);
  const graded = gradesUnder(grid, table, start);
  let blanks = 0;
  for (let r = start; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    if (isBlankRow(values)) {
      blanks++;
      continue;
    }
    const band = blanks >= 2;
    blanks = 0;
    if (r === start) continue;
    // No line to say: the grades are said where they are read (written-bands.ts).
    if (r === graded) return { row: r };
    const cells = texts(values);
    const line = { row: r, line: cells.join(' ') };
    // The total that closes the table («Tổng cộng | 100») with no points below it: what follows is the document's guide.
    // The table ends before the first line under it, said as a place or signature line is.
    if (hasPoints(values, table) && cells.some(isTotalText) && !grid.values.slice(r + 1).some((v) => hasPoints(v ?? [], table))) {
      const next = grid.values.findIndex((v, k) => k > r && !isBlankRow(v ?? []));
      return next < 0 ? { row: r + 1 } : { row: next, line: texts(grid.values[next]!).join(' ') };
    }
    if (hasPoints(values, table)) continue;
    // A band of blank rows with no points below it: what follows is the form around the table.
    if (band && !grid.values.slice(r).some((v) => hasPoints(v ?? [], table))) return { row: r, line: line.line };
    if (cells.some(isDateLine) || isSignatureLine(cells)) return line;
    const own = outlineNumber(cells[0]!);
    // Written across the number column, the content cell left empty: a line of the document, not a row of the table.
    const outside = table.columns.title !== table.columns.ordinal && isBlank(values[table.columns.title!]);
    if (last && own && cells.length === 1 && outside && own.roman === last.roman && own.value === last.value + 1) return line;
  }
  return { row: grid.values.length };
}

// Made for issue 55 item 2: a city's Mẫu 03 (its summary «II. TỔNG HỢP KẾT QUẢ …», «Tự đề xuất xếp loại», date and
// signatures under the table read as criteria once its points column was found) and an academy's Mẫu 01 conduct form
// (its «TP. HCM, ngày … tháng … năm 2025» and four signatures under «TỔNG CỘNG»).
