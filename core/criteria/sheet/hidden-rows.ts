// Rows the file hides. An officer hides a row to drop a criterion this year, or only to print a shorter page: hiding
// is no deletion and thidua never guesses which was meant, so a hidden row is read as every other row and said — at
// its cell and first in the reconciliation, with the criterion it became — for the officer to delete the row or keep it.
import type { SheetGrid } from '../../sheet/cell.js';
import { isBlankRow } from '../../sheet/grid.js';
import { cellAddress } from '../../text.js';
import { cellText, formatPoints } from '../../values.js';
import type { CriteriaSet } from '../schema.js';
import { criteriaByRow, criterionWords, short } from './reconcile.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';
import { understoodSet } from './understood.js';

export type HiddenRows = { notices: CriteriaSheetNotice[]; said?: string };

/** The hidden rows holding anything, each said with what it was read as; `rowOf`: the row each criterion was read from. */
export function hiddenRows(grid: SheetGrid, set: CriteriaSet, rowOf?: ReadonlyMap<string, number>): HiddenRows {
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const rows = (grid.hiddenRows ?? []).filter((r) => !isBlankRow(grid.values[r - top]));
  const unasked = unaskedRows(grid, set, rowOf);
  if (rows.length === 0) return unasked ? { notices: [unasked.notice], said: unasked.said } : { notices: [] };
  const criterionAt = criteriaByRow(set, rowOf);
  const said = rows.map((row) => {
    const c = criterionAt(row);
    const words = (grid.values[row - top] ?? []).map((v) => cellText(v).trim()).filter((t) => t !== '').join(' · ');
    const what = c ? criterionWords(c) : `«${short(words)}»`;
    return { row, what, cell: cellAddress(row, left), criterion: c !== undefined };
  });
  const total = formatPoints(understoodSet(set).total);
  const notices = said.map((h) => ({
    cell: h.cell,
    message: `Dòng ${h.row} đang ẩn trong tệp: ${h.what}. thidua vẫn đọc dòng ấy như mọi dòng khác${h.criterion ? `, tiêu chí có trong bộ tiêu chí (chấm trên tổng ${total} điểm)` : ''}. Nếu năm nay bỏ ${h.criterion ? 'tiêu chí này' : 'dòng này'}, hãy xoá dòng ấy trong bảng rồi nhập lại; nếu chỉ ẩn cho gọn khi in, giữ nguyên.`,
  }));
  const list = said.map((h) => `dòng ${h.row} (${h.what})`).join('; ');
  const hidden = `${said.length === 1 ? 'Một dòng' : `${said.length} dòng`} đang ẩn trong tệp: ${list}. thidua vẫn đọc ${said.length === 1 ? 'dòng ấy' : 'các dòng ấy'} như mọi dòng khác, chấm trên tổng ${total} điểm; năm nay bỏ thì xoá dòng trong bảng rồi nhập lại (xem ghi chú ở ô ${said.map((h) => h.cell).join(', ')}).`;
  return { notices: unasked ? [...notices, unasked.notice] : notices, said: unasked ? `${hidden} ${unasked.said}` : hidden };
}

/**
 * Rows whose hidden state the adapter did not ask one by one (the task pane, past a sheet's first 1,000 rows), some of
 * them hidden, where the table's criteria reach: which rows, not known — said, never taken as none hidden.
 */
function unaskedRows(grid: SheetGrid, set: CriteriaSet, rowOf?: ReadonlyMap<string, number>): { notice: CriteriaSheetNotice; said: string } | undefined {
  const from = grid.hiddenUnaskedFrom;
  const last = Math.max(0, ...(rowOf?.values() ?? []));
  if (from === undefined || last < from) return undefined;
  const cell = cellAddress(from, grid.origin?.col ?? 1);
  const what = `Từ dòng ${from} trở xuống có dòng đang ẩn, nhưng thidua trong Excel chỉ hỏi được từng dòng trong ${formatPoints(from - 1)} dòng đầu của trang nên không biết là dòng nào; các tiêu chí của bảng chạy đến dòng ${last}.`;
  const todo = `thidua vẫn đọc mọi dòng như nhau, chấm trên tổng ${formatPoints(understoodSet(set).total)} điểm; để biết dòng nào đang ẩn, hiện mọi dòng (chọn cả trang, bấm chuột phải vào số dòng, «Unhide» / «Bỏ ẩn») rồi nhập lại, năm nay bỏ tiêu chí nào thì xoá dòng ấy`;
  return { notice: { cell, message: `${what} ${todo}.` }, said: `${what} ${todo} (xem ghi chú ở ô ${cell}).` };
}

// Made for officers' edits before import (test/criteria/officer-edits.test.ts): a criterion the commune drops this year
// hidden, not deleted, was read into the set and scored without a word; and, in the task pane, one hidden past the rows
// it asks one by one (test/addin/pane-hidden-row.test.ts).
