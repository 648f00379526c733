// A unit's total as every face writes it in words beside its maximum (the papers, the command line, a council
// decision's effect). Bonus and deductions lie outside the maximum, the base criteria's: a total with them is said as
// what it is made of, never as a share of the maximum — «105,25/100 điểm (105,25%)» was read as an error.
import { formatNumber, roundPoints } from '../criteria/rules/reason.js';

/**
 * A total as a card or a closed round's record keeps it: `bonus`, `deduction` as sizes (absent: none, or a record made
 * before they were kept); `recorded`, a bonus the set records beside the total, not in it.
 */
export type TotalOf = { total: number; applicableMax: number; percent: number; bonus?: number; deduction?: number; recorded?: number; granted?: number };

/**
 * «99,25/100 điểm (99,25%)»; with bonus or deductions, the base criteria's points over their maximum and what was
 * added and taken: «105,25 điểm (99,25/100 điểm chuẩn, cộng 6 điểm thưởng)», «92,5 điểm (97,5/100 điểm chuẩn, trừ 5 điểm)»;
 * a bonus recorded beside the total after them, «100/100 điểm (100%; điểm cộng ghi nhận 2, không cộng vào tổng)».
 */
export function totalText(t: TotalOf): string {
  const parts = madeOf(t);
  const beside = recordedText(t);
  const more = beside ? `; ${beside}` : '';
  return parts ? `${formatNumber(t.total)} điểm (${parts}${more})` : `${formatNumber(t.total)}/${formatNumber(t.applicableMax)} điểm (${formatNumber(t.percent)}%${more})`;
}

/**
 * «điểm cộng ghi nhận 2, không cộng vào tổng»: a bonus the set records beside its official total (Sơn Trà's Mẫu 03,
 * part C.I), said wherever the total is read to rank or propose, so two units equal on the total are not read as equal
 * in what they earned; undefined when none was earned. Never a rank's or an award's cause: the tables say none.
 */
export function recordedText({ recorded = 0 }: Pick<TotalOf, 'recorded'>): string | undefined {
  return recorded > 0 ? `điểm cộng ghi nhận ${formatNumber(recorded)}, không cộng vào tổng` : undefined;
}

/**
 * What a total with bonus or deductions is made of, «99,25/100 điểm chuẩn, cộng 6 điểm thưởng»; the points of a frame
 * granted by default named in the base they are part of, «94/100 điểm chuẩn (gồm 20 điểm có sẵn của khung điểm trừ),
 * …, trừ 17 điểm»; undefined without either (a table's cell says it under the total).
 */
export function madeOf({ total, applicableMax, bonus = 0, deduction = 0, granted = 0 }: TotalOf): string | undefined {
  if (bonus === 0 && deduction === 0) return undefined;
  const frame = granted > 0 ? ` (gồm ${formatNumber(granted)} điểm có sẵn của khung điểm trừ)` : '';
  const base = `${formatNumber(roundPoints(total - bonus + deduction))}/${formatNumber(applicableMax)} điểm chuẩn${frame}`;
  const added = bonus > 0 ? [`cộng ${formatNumber(bonus)} điểm thưởng`] : [];
  const taken = deduction > 0 ? [`trừ ${formatNumber(deduction)} điểm`] : [];
  return [base, ...added, ...taken].join(', ');
}

// Made for: a commune council's table with «Điểm thưởng» (Thanh Hóa, Phụ lục II): a council at 99,25 of its 100 base
// points with 6 bonus points read «105,25/100 điểm (105,25%)» on its proposal and its achievement report; and Sơn Trà's
// Mẫu 03, whose bonus recorded beside the total went unsaid where teachers were ranked and proposed.
