// Khung điểm trừ có sẵn: a deduction part whose heading writes the formula that grants it — «A. KHUNG ĐIỂM TRỪ [A = 20
// - (Tổng điểm trừ)]» 20, «KHUNG ĐIỂM TRỪ [A = 20 - 1.1 - 1.2 - 1.3]», «KHUNG ĐIỂM TRỪ [20 - Điểm trừ]»: the unit has the
// part's points unless its rows take them, so they count in the total (CriteriaGroup.granted), never read from a
// heading that writes no such formula (a deduction part «tối đa trừ 20 điểm» takes from the total, as before).
import { formatPoints, parseNumberText } from '../../values.js';

/**
 * «N − (Tổng điểm trừ)», «N − Điểm trừ», «N − 1.1 − 1.2», a letter and «=» before it or not: what is taken from N is
 * the part's deductions, named as such or by its rows' numbers.
 */
const FORMULA = /(?:\p{Lu}\s*=\s*)?(\d+(?:[.,]\d+)?)\s*[-−–]\s*(?:\(\s*(?:tổng\s+)?(?:số\s+)?điểm\s+trừ\s*\)|(?:tổng\s+)?(?:số\s+)?điểm\s+trừ|\d+(?:\.\d+)+(?:\s*[-−–]\s*\d+(?:\.\d+)+)*)/iu;

/** The formula as a deduction part's heading writes it, when it grants the part's maximum `max`; else undefined. */
export function grantedIn(words: string, max: number): string | undefined {
  const found = FORMULA.exec(words);
  if (!found || parseNumberText(found[1]!) !== max) return undefined;
  return found[0].trim();
}

/** What the reader says at the part's heading: the formula read, the points in the total, the rows taking from them. */
export function grantedNote(code: string, title: string, formula: string, max: number): string {
  const p = formatPoints(max);
  return `Phần ${code} (${title || code}) ghi «${formula}»: ${p} điểm của phần là điểm có sẵn của đơn vị, tính vào tổng điểm chuẩn; các dòng của nó trừ vào ${p} điểm ấy, không dưới 0 — đơn vị không bị trừ dòng nào được đủ ${p} điểm.`;
}

// Made for the airport's monthly self-evaluation form (corpus cang-hang-khong-tu-danh-gia, «Mẫu 01»): its frame A was a
// deduction part beside a base of 80, so a unit without violations scored 80 + bonus where the form gives 100 + bonus.
