// `Xét khen thưởng`: every unit considered for every award form of the round, with its one reason —
// the full list behind `Tổng hợp`, which shows only the proposals, the council's and the closest few.
import type { CellValue } from '../cell.js';
import type { AwardProposal } from '../ranking/schema.js';
import { FILL } from './plan-scored-sheet.js';
import { proposalStatus } from './plan-summary.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';

export const AWARD_LIST_SHEET = 'Xét khen thưởng';
/** A1 of every `Xét khen thưởng` thidua writes: how a later run knows the sheet is its own. */
export const AWARD_LIST_TITLE = 'XÉT KHEN THƯỞNG — MỌI ĐƠN VỊ, MỌI HÌNH THỨC CỦA ĐỢT XÉT';
export const AWARD_LIST_HEADERS = ['STT', 'Hình thức', 'Đơn vị', 'Đề xuất', 'Lý do'] as const;
const HEADER_ROW = 3;

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const TEXT: CellFormat = { wrap: true };

export function planAwardList(proposals: readonly AwardProposal[]): SheetEdit {
  const rows = proposals.map((p, i): CellValue[] => [i + 1, p.formLabel, p.unitName, proposalStatus(p), p.reason]);
  const formats = proposals.map((p): (CellFormat | null)[] => [null, TEXT, TEXT, { ...TEXT, horizontalAlignment: 'center', ...(p.proposed ? { fill: FILL.full } : {}) }, TEXT]);
  const sheet = withRowHeights({
    sheet: AWARD_LIST_SHEET,
    mode: 'replace',
    blocks: [
      { address: 'A1', values: [[AWARD_LIST_TITLE]], format: { bold: true } },
      {
        address: `A${HEADER_ROW}`,
        values: [[...AWARD_LIST_HEADERS], ...(rows.length > 0 ? rows : [[null, 'Bộ tiêu chí không có hình thức khen thưởng nào cho đợt xét này.']])],
        cellFormats: [AWARD_LIST_HEADERS.map(() => HEADER), ...formats],
      },
    ],
    columnWidths: widthsFromA([6, 30, 28, 16, 50]),
  });
  return withPrintLayout(sheet, { titleRows: `$${HEADER_ROW}:$${HEADER_ROW}` });
}
