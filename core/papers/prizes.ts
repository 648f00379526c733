// Tiền thưởng (prize amounts): each award form's prize as a multiple of the base salary (mức lương cơ sở), a
// collective's twice an individual's where the decree pays both. The multiples are one table, matched on the form's
// name; the base salary is a dated table chosen by the day of the decision, which the officer may override; the
// rounding is a setting. What each entry rests on is said in docs/dinh-dang-tep.md («Tiền thưởng»).
import { normalizeLabel } from '../text.js';
import { formatDateVi, formatNumberVi } from '../values.js';

/** A base salary and the decree that set it, in force from `from` (YYYY-MM-DD) until the next entry. */
export type BaseSalary = { amount: number; from: string; source: string };

/** DOMAIN.md §12: Decree 73/2024 [official]; Decree 161/2026 [official listing, amount from public sources, text not read]. */
export const BASE_SALARIES: readonly BaseSalary[] = [
  { amount: 2_340_000, from: '2024-07-01', source: 'Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024' },
  { amount: 2_530_000, from: '2026-07-01', source: 'Nghị định số 161/2026/NĐ-CP ngày 15 tháng 5 năm 2026' },
];

/** The base salary in force on `day` (YYYY-MM-DD); before the table's first day, its first entry. */
export function baseSalaryOn(day: string): BaseSalary {
  return [...BASE_SALARIES].reverse().find((s) => s.from <= day) ?? BASE_SALARIES[0]!;
}

/**
 * How an amount is rounded: `up-ten-thousand`, up to the next ten thousand đồng as Decree 91/2017 Art. 68 k2 says
 * (DOMAIN.md §12; whether Decree 152/2025 keeps it is not verified, so it is a setting and said where printed);
 * `none`, to the đồng.
 */
export type PrizeRounding = 'up-ten-thousand' | 'none';
export const PRIZE_ROUNDINGS: readonly PrizeRounding[] = ['up-ten-thousand', 'none'];

/** The rounding as a paper and a face say it, with its source. */
export const ROUNDING_TEXT: Record<PrizeRounding, string> = {
  'up-ten-thousand': 'làm tròn lên hàng chục nghìn đồng (khoản 2 Điều 68 Nghị định số 91/2017/NĐ-CP; chưa kiểm chứng với Nghị định 152/2025/NĐ-CP)',
  none: 'không làm tròn (chưa kiểm chứng với Nghị định 152/2025/NĐ-CP)',
};

/** What a prize is computed from: the base salary (the table's, or the officer's) and the rounding. */
export type PrizeTerms = { amount: number; source: string; rounding: PrizeRounding };

/**
 * The terms on the day of the decision: the table's base salary of that day, unless the officer set one (`override`,
 * đồng), which wins and is said to be the officer's.
 */
export function prizeTerms(decisionDay: string, rounding: PrizeRounding, override?: number): PrizeTerms {
  if (override !== undefined) return { amount: override, source: 'mức do cán bộ nhập khi lập hồ sơ', rounding };
  const s = baseSalaryOn(decisionDay);
  return { amount: s.amount, source: `${s.source}, áp dụng từ ${formatDateVi(s.from)}`, rounding };
}

/** «mức lương cơ sở 2.530.000 đồng (Nghị định số 161/2026/NĐ-CP …); làm tròn lên hàng chục nghìn đồng (…)». */
export function termsText(terms: PrizeTerms): string {
  return `mức lương cơ sở ${formatNumberVi(terms.amount)} đồng/tháng (${terms.source}); tiền thưởng ${ROUNDING_TEXT[terms.rounding]}`;
}

type Multiple = { words: string; individual?: number; collective?: number };

/** The more particular names first: «tập thể lao động xuất sắc» before «lao động …». */
const MULTIPLES: readonly Multiple[] = [
  { words: 'tap the lao dong xuat sac', collective: 1.5 },
  { words: 'tap the lao dong tien tien', collective: 0.8 },
  { words: 'chien si thi dua co so', individual: 1 },
  { words: 'lao dong tien tien', individual: 0.3 },
  { words: 'tieu bieu', collective: 2 },
  { words: 'van hoa', collective: 1.5 },
  { words: 'bang khen', individual: 1, collective: 2 },
  { words: 'giay khen', individual: 0.3, collective: 0.6 },
];

/** A form's multiples of the base salary, undefined when the table has none for it (no amount is then printed). */
export function prizeMultiples(formLabel: string): { individual?: number; collective?: number } | undefined {
  const name = normalizeLabel(formLabel);
  const found = MULTIPLES.find((m) => name.includes(m.words));
  return found && { ...(found.individual !== undefined ? { individual: found.individual } : {}), ...(found.collective !== undefined ? { collective: found.collective } : {}) };
}

/** The amount in đồng, under the terms' rounding; computed in hundredths of a đồng so 0,6 × 2.350.000 is exact. */
export function prizeAmount(multiple: number, terms: Pick<PrizeTerms, 'amount' | 'rounding'>): number {
  const hundredths = Math.round(multiple * 100) * terms.amount;
  return terms.rounding === 'up-ten-thousand' ? Math.ceil(hundredths / 1_000_000) * 10_000 : Math.round(hundredths / 100);
}

/** «0,6 lần mức lương cơ sở (1.520.000 đồng)». */
export function prizeText(multiple: number, terms: Pick<PrizeTerms, 'amount' | 'rounding'>): string {
  return `${formatNumberVi(multiple, 2)} lần mức lương cơ sở (${formatNumberVi(prizeAmount(multiple, terms))} đồng)`;
}

// Made for issue 46 item 4 and issue 57 item 5: the prize of each award from the base salary of the decision's day
// (a dated table the officer may override), rounded as a setting that says its source.
