// «Chỉ số cổng DVC»: the sheet the task pane writes of the extension's export (a province's: ~20,000 rows), for
// people to read; scoring takes the figures from the store. Whose the sheet is, is read off its header row, as thidua
// tells its other sheets (core/workbook/own-sheets.ts): a sheet of that name the officer made is read like any other.
import type { SheetGrid } from '../sheet/cell.js';
import { cellText } from '../values.js';

export const INDICATORS_SHEET = 'Chỉ số cổng DVC';
export const INDICATORS_HEADERS = ['Đơn vị', 'Mã định danh', 'Kỳ', 'Mã chỉ số', 'Chỉ số', 'Giá trị', 'Đơn vị tính', 'Tử số', 'Mẫu số', 'Tối đa', 'Cổng', 'Địa chỉ trang', 'Thời điểm lấy', 'Số liệu ngày', 'Ghi chú'] as const;

/**
 * Whether the pane wrote this sheet: its name, its header row in A1:O1 and nothing right of it. Under that header row
 * no report's header and no council table's is read (they are looked for near the top, which the first read holds),
 * so its body tells scoring nothing: an officer's figure typed in it is the officer's note, not a report.
 */
export function madeIndicatorsSheet(grid: SheetGrid): boolean {
  const atA1 = (grid.origin?.row ?? 1) === 1 && (grid.origin?.col ?? 1) === 1;
  const head = grid.values[0] ?? [];
  return grid.name === INDICATORS_SHEET && atA1 && grid.lastColumn === INDICATORS_HEADERS.length && INDICATORS_HEADERS.every((h, c) => cellText(head[c] ?? null) === h);
}

// Made for: the pane's «Kiểm tra & chấm điểm» after a province's import, which read its own «Chỉ số cổng DVC» back whole (issue 59 item 4).
