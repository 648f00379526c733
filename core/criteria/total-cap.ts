// The cap a table states on its total (TotalCap): read from its words wherever the table writes them (the total row's
// label, a paragraph above or under it, the «Tiêu chí» sheet's top block), and said — where a unit's total passed it —
// on every face that scores, with the words and where they are, so a total cut to the cap is never a silent cut.
import { normalizeLabel, short } from '../text.js';
import { formatPoints, parseNumberText } from '../values.js';
import type { CriteriaSet, TotalCap } from './schema.js';

/** The top block's label of the cap on the «Tiêu chí» sheet (write.ts writes the first; common-parts.ts reads them). */
export const TOTAL_CAP_LABELS = ['Tổng điểm không vượt quá', 'Mức tổng điểm bảng ghi'] as const;

// Explicit cap words only: «không quá», «không vượt quá», «không được vượt quá» N điểm, or «tối đa N điểm» with whether
// the bonus is in it («kể cả điểm thưởng»). «Tổng cộng | 100» alone is the sum, «tối đa 100 điểm» alone its maximum.
const NOT_PAST = /\bkhong (?:duoc )?(?:vuot )?qua (\d+(?:[.,]\d+)?) ?(?:diem|d)\b/;
const AT_MOST = /\btoi da (\d+(?:[.,]\d+)?) ?(?:diem|d)\b/;
const OUTSIDE = /\b(?:khong|chua) (?:ke|tinh|bao gom) (?:ca )?(?:cac )?diem (?:thuong|cong)\b|\bngoai diem (?:thuong|cong)\b/;
const INSIDE = /\b(?:ke ca|tinh ca|bao gom ca?) (?:cac )?diem (?:thuong|cong)\b/;
/** Words that name the whole score («tổng điểm», «điểm tổng cộng», «thang điểm»), not a part's («tổng điểm trừ của mục a1»). */
const WHOLE = /\b(?:tong (?:so )?diem(?! (?:tru|cong|thuong|cua))|diem tong|thang diem|tong cong)\b/;

/**
 * The cap `text` writes on the table's total, or undefined: `total` says the words are the total row's own (its label),
 * else they must name the whole score. Bonus inside or outside it only as the words say.
 */
export function totalCapIn(text: string, total = false): Omit<TotalCap, 'text' | 'where'> | undefined {
  const t = normalizeLabel(text);
  if (!total && !WHOLE.test(t)) return undefined;
  const outside = OUTSIDE.test(t);
  const inside = !outside && INSIDE.test(t);
  const m = NOT_PAST.exec(t) ?? (outside || inside ? AT_MOST.exec(t) : null);
  const maxPoints = m ? parseNumberText(m[1]!) : undefined;
  if (maxPoints === undefined || maxPoints <= 0) return undefined;
  return { maxPoints, ...(outside ? { bonus: 'outside' as const } : inside ? { bonus: 'inside' as const } : {}) };
}

/** «(ô A72, trang …: «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):»)»: the words and where the table wrote them. */
export const capWritten = (cap: TotalCap): string => `(${cap.where ? `${cap.where}: ` : ''}«${short(cap.text)}»)`;

/** «Tổng điểm», or «Tổng điểm không kể điểm thưởng» where the words leave the bonus outside the cap: what the cap holds. */
export const cappedWhat = (cap: TotalCap): string => (cap.bonus === 'outside' ? 'Tổng điểm không kể điểm thưởng' : 'Tổng điểm');

/**
 * What is said at a unit's total passing the cap: its total as added, what counts, the table's words and where. When the
 * words do not say whether the bonus is inside the cap and the unit's bonus makes the two readings differ (`doubt`),
 * that is said too, with how the officer settles it — the total is capped as the words write it, the total's.
 */
export function totalCapLine(cap: TotalCap, summed: number, counted: number, doubt: boolean): string {
  const line = `${cappedWhat(cap)} cộng được ${formatPoints(summed)} điểm, tính tối đa ${formatPoints(counted)} điểm như bảng tiêu chí ghi ${capWritten(cap)}`;
  if (!doubt) return line;
  return (
    `${line}; bảng không nói điểm thưởng nằm trong hay ngoài mức ấy, thidua tính cả điểm thưởng trong mức như chữ «tổng điểm». ` +
    `Nếu điểm thưởng ngoài mức ấy, thêm «không kể điểm thưởng» vào dòng «${TOTAL_CAP_LABELS[0]}» ở phần đầu trang «Tiêu chí» của tệp bộ tiêu chí (.xlsx) rồi chấm lại; ` +
    'nếu trong, thêm «kể cả điểm thưởng».'
  );
}

/** The cap the set carries, for the officer reviewing it (criteria show, the criteria pane). */
export function carriedCap(set: Pick<CriteriaSet, 'totalCap'>): string[] {
  const cap = set.totalCap;
  if (!cap) return [];
  const bonus = cap.bonus === 'inside' ? ', kể cả điểm thưởng' : cap.bonus === 'outside' ? ', không kể điểm thưởng' : '';
  return [`Bảng tiêu chí ghi tổng điểm không vượt quá ${formatPoints(cap.maxPoints)} điểm${bonus} ${capWritten(cap)}: khi chấm, điểm tối đa không quá mức ấy, và tổng điểm của đơn vị vượt mức ấy được tính bằng mức ấy, có nói ở tổng điểm của đơn vị.`];
}

// Made for Saigon University's conduct form «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):» over sections adding to 130
// and HIU's «tổng điểm rèn luyện không vượt quá 100 điểm» over five sides of 100 and a bonus of 10: until 2026-12-01
// the difference was said at import and then lost, a unit scored 112 «/100» with nothing said
// (test/criteria/corpus.test.ts, test/cli/criteria-import-under-total.test.ts).
