// Tiền thưởng (prize amounts): each award form's prize as a multiple of the base salary (mức lương cơ sở), a
// collective's twice an individual's where the decree pays both. The multiples are one table, matched on the form's
// name; the base salary is the officer's setting. What each multiple rests on is said in docs/dinh-dang-tep.md.
import { normalizeLabel } from '../text.js';
import { formatNumberVi } from '../values.js';

/** Đồng; Decree 73/2024/NĐ-CP's base salary from 01/7/2024 — the officer sets the one in force (`thidua papers --base-salary`). */
export const DEFAULT_BASE_SALARY = 2_340_000;

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

/** The amount in đồng, rounded to the thousand as treasuries pay it. */
export function prizeAmount(multiple: number, baseSalary: number): number {
  return Math.round((multiple * baseSalary) / 1000) * 1000;
}

/** «0,6 lần mức lương cơ sở (1.404.000 đồng)». */
export function prizeText(multiple: number, baseSalary: number): string {
  return `${formatNumberVi(multiple, 2)} lần mức lương cơ sở (${formatNumberVi(prizeAmount(multiple, baseSalary))} đồng)`;
}

// Made for issue 46 item 4: the prize of each award, from a base salary the officer sets.
