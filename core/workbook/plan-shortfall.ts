// `Còn thiếu gì`: for each unit short of the next band or of an award, the cheapest way there (what-it-takes.ts
// `shortfalls`), criterion by criterion with the figure it would need. Only in tong-hop.xlsx (and `thidua score --json`'s
// `whatItTakes`, the same ways and words): a scored copy holds its own units alone.
import type { CellValue } from '../cell.js';
import type { Shortfall } from '../ranking/schema.js';
import type { SheetEdit } from '../sheet/port.js';
import { tableSheets, TEXT } from './table-sheet.js';

export const SHORTFALL_SHEET = 'Còn thiếu gì';
/** A1 of every `Còn thiếu gì` thidua writes: how a later run knows the sheet is its own. */
export const SHORTFALL_TITLE = 'CÒN THIẾU GÌ: CÁCH ÍT ĐIỂM NHẤT ĐỂ LÊN MỨC XẾP LOẠI KẾ TIẾP HOẶC ĐƯỢC ĐỀ XUẤT';
export const SHORTFALL_HEADERS = ['STT', 'Đơn vị', 'Mục tiêu', 'Điểm cần thêm', 'Cách nhanh nhất (số liệu cần đạt)'] as const;

/** The sheet (or sheets of `partRows` rows each past them: table-sheet.ts), none when no unit is short of anything (every unit at the top band and proposed). */
export function planShortfall(ways: readonly Shortfall[], partRows?: number): SheetEdit[] {
  const rows: CellValue[][] = [];
  for (const unit of ways) {
    for (const way of [unit.band, unit.award]) {
      if (!way) continue;
      rows.push([rows.length + 1, unit.unitName, way.goal, way.reachable ? way.gain : null, way.words]);
    }
  }
  if (rows.length === 0) return [];
  return tableSheets({
    sheet: SHORTFALL_SHEET,
    title: SHORTFALL_TITLE,
    headers: SHORTFALL_HEADERS,
    rows,
    formats: rows.map(() => [null, TEXT, TEXT, null, TEXT]),
    empty: '',
    widths: [6, 30, 26, 12, 80],
  }, partRows);
}

// Made for issue 46 item 5: what each unit would need, on a sheet of its own, its header repeated on each page by print titles.
