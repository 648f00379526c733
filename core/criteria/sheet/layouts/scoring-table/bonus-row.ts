// A bonus row closing a part of an office's scoring table, without points of its own: «* Điểm thưởng (tối đa 20 điểm)»
// over its levels on lines («– Cấp khoa: 01 điểm», «– Cấp trường: 02 điểm», «– Cấp tỉnh: 03 điểm»), or «Điểm cộng …
// (không quá 5 điểm)». Read as the part's bonus (scored within the part's maximum: capped-parts.ts), its own stated cap
// its maximum, its levels read by cell-levels.ts's one rule — never words of the item above it.
import { oneLine } from '../../../../text.js';
import { formatPoints } from '../../../../values.js';
import { levelsInCell, type CellLevel } from '../../cell-levels.js';
import { capInWords } from '../../points-text.js';

export type BonusRow = { title: string; cap?: number; levels: CellLevel[] };

/** A line that is a form's blank to fill («Điểm đã cộng:»): a label ending in its colon, no words of the bonus. */
const BLANK_LABEL = /\n[^\n]*:\s*$/u;

/** The words of a row opening with a bonus's words (tree.ts partKind) read as a bonus of its part. */
export function bonusRow(words: string): BonusRow {
  const text = words.replace(BLANK_LABEL, '').trim();
  const read = levelsInCell(text);
  const cap = capInWords(text);
  return { title: (read?.title ?? text).replace(/^\*+\s*/, ''), ...(cap !== undefined && { cap }), levels: read?.levels ?? [] };
}

/** Its levels as the criterion's note keeps them: «Các mức ghi trong ô: Cấp khoa 1 điểm; …». */
export const levelsText = (row: BonusRow) => `Các mức ghi trong ô: ${row.levels.map((l) => `${oneLine(l.words)} ${formatPoints(l.points)} điểm`).join('; ')}`;

/**
 * What is said at the row's cell: the bonus read, its levels, and how the part counts it — within the part's maximum;
 * where the bonus's own cap is not that maximum, the table does not say whether it may pass it: said as a doubt.
 */
export function bonusNote(row: BonusRow, code: string, part: { code: string; max: number }): string {
  const n = formatPoints;
  const max = row.cap ?? part.max;
  const levels = row.levels.length > 0 ? ` ${levelsText(row)} — đơn vị ghi tổng điểm thưởng đạt ở dòng ${code}.` : '';
  const own = row.cap === undefined ? `không ghi mức tối đa riêng: tính tối đa ${n(max)} điểm (điểm tối đa của phần ${part.code})` : `tối đa ${n(row.cap)} điểm`;
  const within = row.cap !== undefined && Math.abs(row.cap - part.max) < 1e-9
    ? `Mức tối đa ấy bằng điểm tối đa của phần ${part.code}: phần ${part.code} cộng cả điểm thưởng tính tối đa ${n(part.max)} điểm.`
    : `Bảng không ghi điểm thưởng có được cộng vượt ${n(part.max)} điểm của phần ${part.code} không: thidua tính phần ${part.code} cả điểm thưởng tối đa ${n(part.max)} điểm, như điểm tối đa bảng ghi cho phần. Nếu điểm thưởng được cộng ngoài phần, đưa dòng ${code} thành một phần riêng trên trang «Tiêu chí» của tệp .xlsx xuất ra.`;
  return `Dòng «${oneLine(row.title).slice(0, 60)}» trong phần ${part.code}: đọc là điểm thưởng của phần ${part.code} (mục ${code}), ${own}.${levels} ${within}`;
}

// Made for the corpus's ren-luyen-dthu-xem-phieu (Đồng Tháp University's conduct form): its two «* Điểm thưởng (tối đa
// 20 điểm)» rows closing parts I and III, until 2026-11-30 read as words of the item above them (I.5's last level,
// III.3.b), no bonus; and a commune's «* Điểm thưởng (tối đa 5 điểm)» under «II. Kết quả thực hiện (30 điểm)», read as
// item 4's note, its 28 + 5 never capped at the part's 30.
