// The last step of every layout: the parts read from the sheet parsed as one criteria set. Every layout checks
// its cells first, each with its address; a table with no criterion at all is refused as no scoring table; what the
// schema still finds is said in Vietnamese, never in zod's words.
import { parseWithMessages } from '../../schema-messages.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { cellText } from '../../values.js';
import { CRITERIA_SET_LABELS } from '../labels.js';
import { CriteriaSet, type Criterion } from '../schema.js';
import { cappedSum } from './common-parts.js';
import { sortByCell, type CriteriaSheetError, type ReadCriteriaSheetResult, type SheetReader } from './sheet-reader.js';

/**
 * A set whose criteria are worth nothing together, each group at most its cap (`caps`) — no row gives base or bonus
 * points, or no row is a criterion at all (every one «theo thực tế», say): nothing to score units out of, said at the
 * table's header.
 */
export function worthNothing(headerCell: string, criteria: readonly Criterion[], caps: ReadonlyMap<string, number>): CriteriaSheetError | undefined {
  if (cappedSum(criteria, caps) > 0 || criteria.some((c) => c.rule.kind === 'bonus' && c.maxPoints > 0)) return undefined;
  return { cell: headerCell, message: WORTH_NOTHING };
}

const WORTH_NOTHING = 'Các tiêu chí của bảng cộng được 0 điểm (không dòng nào ghi điểm chuẩn, điểm thưởng): không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.';

/** Words above a table naming what a unit starts from («Điểm nền mỗi tuần: 100 điểm»). */
const STARTING_POINTS = /điểm (?:nền|ban đầu|khởi điểm|gốc)/iu;

/**
 * No row counted in the base (every one added or taken): said at the header, with the line above the table that names
 * the points a unit starts from, when there is one — thidua does not add them.
 */
export function noteNoBase(sheet: SheetReader, grid: SheetGrid, headerRow: number, headerCell: string): void {
  const above = grid.values.slice(0, headerRow).flatMap((row, r) => row.flatMap((v, c) => (STARTING_POINTS.test(cellText(v)) ? [{ r, c, text: cellText(v).trim() }] : [])))[0];
  const start = above ? `ô ${sheet.at(above.r, above.c)} ghi «${above.text}»: thidua không cộng điểm nền ấy vào điểm của đơn vị` : 'nếu đơn vị bắt đầu từ một điểm nền (ví dụ 100 điểm mỗi tuần), thidua không cộng điểm nền ấy';
  sheet.noBase = true;
  sheet.note(headerCell, `Không dòng nào của bảng tính vào tổng điểm chuẩn (mọi dòng là điểm cộng hoặc điểm trừ): chấm trên tổng 0 điểm, điểm của đơn vị là điểm cộng trừ đi điểm trừ; ${start}. Kiểm tra lại trước khi xác nhận.`);
}

export function finishSet(sheet: SheetReader, parts: Record<string, unknown>): ReadCriteriaSheetResult {
  const notices = sortByCell(sheet.notices);
  if (sheet.errors.length > 0) return { ok: false, errors: sortByCell(sheet.errors), notices };
  const cell = sheet.headerCell('criteria') ?? sheet.at(0, 0);
  // No row of the table a criterion (every one «theo thực tế», say): a table worth nothing, not the schema's «at least one».
  if (Array.isArray(parts.criteria) && parts.criteria.length === 0) return { ok: false, errors: [{ cell, message: WORTH_NOTHING }], notices };
  const parsed = parseWithMessages(CriteriaSet, parts, CRITERIA_SET_LABELS);
  if (parsed.ok) return { ok: true, set: parsed.data, notices, ...(sheet.unread.length > 0 && { unread: sheet.unread }), ...(sheet.unreadWords.length > 0 && { unreadWords: sheet.unreadWords }), ...(sheet.noBase && { noBase: true as const }), ...(sheet.addsInBase && { addsInBase: sheet.addsInBase }), ...(sheet.achieved && { achieved: sheet.achieved }), ...(sheet.grading && { grading: sheet.grading }) };
  return {
    ok: false,
    notices,
    errors: parsed.errors.map((message) => ({ cell, message: `Bộ tiêu chí chưa dùng được: ${message}` })),
  };
}
