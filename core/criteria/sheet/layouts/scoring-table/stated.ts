// The figures a scoring table states of itself, as the rows pass reads them: a total row («Tổng cộng … 100»,
// «TỔNG ĐIỂM (A+B+C)», «Tổng cộng: 100 điểm» in a merged cell) and a part's total row («TỔNG ĐIỂM PHẦN 1 … 20 điểm»);
// then the table's totals held against the base maximum the set was built with (each difference said at its cell).
import { isBlank, sheetCell } from '../../../../sheet/grid.js';
import type { ReportCell } from '../../../../sheet/cell.js';
import { normalizeLabel } from '../../../../text.js';
import { formatPoints, parseNumberText } from '../../../../values.js';
import type { Criterion } from '../../../schema.js';
import { bonusInTotal } from '../../notice-text.js';
import type { SheetReader } from '../../sheet-reader.js';

/** A figure the table writes: its value and the cell it stands in. */
export type Total = { value: number; cell: ReportCell };

/** What the table states of itself: its total rows, and each part's total by the part's number. */
export type Stated = { totals: Total[]; sections: Map<string, Total> };

/**
 * «Tổng cộng», «TỔNG ĐIỂM …», «ĐIỂM TỔNG CỘNG», «CỘNG 07 NHÓM TIÊU CHÍ», «Cộng (I+II+III)», and a part's closing row
 * «Mức điểm tối đa Tiêu chí 1 … 20 điểm», «Cộng phần Hạ tầng số», «Cộng phần I», «Cộng mục A», «Cộng lĩnh vực …»,
 * «Tổng phần …» (never «Cộng điểm cho …», an item's words).
 */
export const isTotalText = (text: string) =>
  /^(?:diem )?(tong cong|tong diem|tong so diem)\b|^chi so chung\b|^muc diem toi da\b|^(?:cong|tong)$|^cong (?:\(|\d+ (?:nhom|phan|tieu chi|linh vuc)\b|cac (?:nhom|phan|tieu chi)\b|tieu chi \d+\b)|^(?:cong|tong) (?:phan|muc|linh vuc) \S/.test(normalizeLabel(text));

/** «Cộng phần Hạ tầng số», «Tổng phần I», «Cộng mục A»: a part's closing row, the part named or numbered after its words. */
const PART_CLOSED = /^(?:cộng|tổng)\s+(?:phần|mục|lĩnh vực)\s+(.+?)[\s:.]*$/iu;

/** A total written in a merged cell's text («Tổng cộng: 100 điểm», «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):»). */
function statedInText(sheet: SheetReader, r: number, texts: string[]): Total | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)?[\s).:]*$/i.exec(texts.join(' '));
  const value = m ? parseNumberText(m[1]!) : undefined;
  const c = (sheet.grid.values[r] ?? []).findIndex((v) => !isBlank(v));
  return value === undefined ? undefined : { value, cell: sheetCell(sheet.grid, r, Math.max(c, 0)) };
}

/**
 * A total row's figure, kept in `stated`: the number in its points cell (`points`: read from `cell`), else the one
 * its words end with. A part's total («Tổng điểm phần 2», «Cộng phần I», «Cộng phần Hạ tầng số») is kept under the
 * part's number, or its name as written.
 */
export function collectTotalRow(sheet: SheetReader, stated: Stated, r: number, texts: string[], cell: ReportCell | undefined, points: number | undefined): void {
  const found = points !== undefined ? { value: points, cell: cell! } : statedInText(sheet, r, texts);
  const part = partClosed(texts);
  if (found && part) stated.sections.set(part, found);
  else if (found) stated.totals.push(found);
}

/**
 * The part a total row closes: its number («2» of «Tổng điểm phần 2», «I» of «Cộng phần I» or «Tổng điểm phần I», «A»
 * of «Cộng mục A»), or its name as written («Hạ tầng số» of «Cộng phần Hạ tầng số»); undefined for the table's total.
 * Its words may stand after the part's name in a column of its own (a Word table's merged cell handed on to each row).
 */
export function partClosed(texts: readonly string[]): string | undefined {
  const words = texts.slice(0, 3).find(isTotalText) ?? texts[0]!;
  const numbered = /^(?:tong (?:diem|cong)|muc diem toi da) (?:phan|muc|tieu chi) ([ivxlc]+|\d+|[a-z])$/.exec(normalizeLabel(words));
  if (numbered) return numbered[1]!.toUpperCase();
  const closed = PART_CLOSED.exec(words.replace(/\s+/g, ' ').trim());
  if (!closed) return undefined;
  return isPartNumber(closed[1]!) ? closed[1]!.toUpperCase() : closed[1]!;
}

/** A part's number or letter («2», «I», «A»), not its name: what a part's closing row names it by. */
export const isPartNumber = (part: string) => /^(?:[IVXLC]+|\d+|\p{L})$/iu.test(part);

/**
 * Each total row against the set's base maximum (bonus and deductions aside), said at the total's cell when they
 * differ — as counting the bonus (of `criteria`) where it is that base and the bonus, wherever the row stands.
 */
export function noteTotals(sheet: SheetReader, totals: readonly Total[], base: number, criteria: readonly Criterion[]): void {
  for (const total of totals) {
    const withBonus = bonusInTotal(total.value, base, criteria);
    if (withBonus) sheet.note(total.cell.address, withBonus);
    else if (Math.abs(total.value - base) > 1e-9) {
      sheet.note(total.cell.address, `Dòng tổng ghi ${formatPoints(total.value)} điểm, nhưng cộng điểm chuẩn các tiêu chí (trừ điểm thưởng, điểm trừ) được ${formatPoints(base)}: kiểm tra lại bảng; chấm theo điểm của từng tiêu chí.`);
    }
  }
}

// Made for issue 55 item 4: the stated-total detection of the scoring table in a pass of its own, with exported
// functions the reconciliation of item 1 builds on (total rows at the top or the bottom, parts' «TỔNG ĐIỂM PHẦN n»).
// And for parts closed by «Tổng điểm phần I», «Tổng cộng mục II» (a numeral or a letter, not a figure): until
// 2026-11-30 each read as the whole table's total, held to its 100 («thidua đọc được 100»), never to its part.
