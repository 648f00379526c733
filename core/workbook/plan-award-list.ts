// `Xét khen thưởng`: every unit considered for every award form of the round, with its one reason —
// the full list behind `Đề xuất khen thưởng`, which shows only the proposals, the council's and the closest few.
import type { AwardProposal } from '../ranking/schema.js';
import type { SheetEdit } from '../sheet/port.js';
import { PROPOSAL_HEADERS, proposalRow } from './plan-proposals.js';
import { tableSheets } from './table-sheet.js';

export const AWARD_LIST_SHEET = 'Xét khen thưởng';
/** A1 of every `Xét khen thưởng` thidua writes: how a later run knows the sheet is its own. */
export const AWARD_LIST_TITLE = 'XÉT KHEN THƯỞNG — MỌI ĐƠN VỊ, MỌI HÌNH THỨC CỦA ĐỢT XÉT';
export const AWARD_LIST_HEADERS = PROPOSAL_HEADERS;

/** The sheet, or sheets of `partRows` rows each past them (table-sheet.ts: tong-hop.xlsx stays within what thidua reads). */
export function planAwardList(proposals: readonly AwardProposal[], partRows?: number): SheetEdit[] {
  const rows = proposals.map((p, i) => proposalRow(p, i + 1));
  return tableSheets({
    sheet: AWARD_LIST_SHEET,
    title: AWARD_LIST_TITLE,
    headers: AWARD_LIST_HEADERS,
    rows: rows.map((r) => r.row),
    formats: rows.map((r) => r.format),
    empty: 'Bộ tiêu chí không có hình thức khen thưởng nào cho đợt xét này.',
    widths: [6, 30, 28, 16, 50],
  }, partRows);
}

// Made for issue 29: the council's full list of who was considered for what, its header on each printed page.
