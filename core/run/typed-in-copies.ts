// Quyết định ghi ở bản đã chấm (decisions typed in a scored copy): each unit's scored copy (kq/<tên>.cham-diem.xlsx)
// carries a «Rà soát» of its flags, and the council may type a decision there rather than in tong-hop.xlsx's. Only
// tong-hop.xlsx's «Rà soát» decides, and a run writes the copies again: a decision typed in a copy unlike tong-hop.xlsx's
// for the same flag of the unit — or where tong-hop.xlsx holds none — would be gone without a word, the other applied.
// Each is said, naming both files, sheets and cells and what each holds, and the run stops before it writes anything,
// as for two files of the council's work (council-work.ts) — thidua never picks one. A copy opened and saved unchanged
// still shows what the run wrote in it: each flag's review as written is kept in the run's record (`reviewWritten`), and
// a review the copy shows as written is the run's echo, not the council's typing — only one unlike it is said.
import { flagOfUnit, type TypedReview } from '../council/merge.js';
import type { WorkbookEdit } from '../sheet/port.js';
import { applyEditToValues } from '../workbook/apply-grid.js';
import { readReviewDecisions } from '../workbook/read-review.js';
import { reviewsDiffering, reviewsSeen } from './council-work.js';
import { sha256Text } from './sha256.js';

/**
 * A scored copy's «Rà soát» as read: the copy as the officer knows it, the sheet's name, its review, each flag's cell
 * by its flag of a unit; `written`: each flag's review as the run wrote it there (reviewWritten), absent in a record made before.
 */
export type CopyReview = { file: string; sheet: string; review: TypedReview; typedAt: Readonly<Record<string, string>>; written?: readonly string[] };

/** A flag's review as seen, kept short: its flag of a unit and its review, one digest (a copy's handful of flags, in the record). */
const echoOf = (key: string, seen: string) => sha256Text(`${key}\u0000${seen}`).slice(0, 16);

/**
 * Each flag's review in the copy's «Rà soát» `sheet` as `edit` writes it, read back as the copy will be read: what the
 * run's record keeps of the copy (CopyDigest.reviewWritten); none when the edit writes no such sheet.
 */
export function reviewWritten(edit: WorkbookEdit, sheet: string): string[] {
  const planned = edit.sheets.find((s) => s.sheet === sheet);
  if (!planned) return [];
  const { decisions, unread } = readReviewDecisions({ name: sheet, values: applyEditToValues([], planned) });
  return [...reviewsSeen({ decisions, unread })].map(([key, seen]) => echoOf(key, seen));
}

/** The copy's review without what it shows as the run wrote it: what the council typed there. */
function typedIn(c: CopyReview): TypedReview {
  if (!c.written) return c.review;
  const written = new Set(c.written);
  const seen = reviewsSeen(c.review);
  const typed = (d: Parameters<typeof flagOfUnit>[0]) => {
    const key = flagOfUnit(d);
    return !written.has(echoOf(key, seen.get(key) ?? ''));
  };
  return { decisions: c.review.decisions.filter(typed), unread: c.review.unread.filter(typed) };
}

/** tong-hop.xlsx as the officer knows it, the council's review the run applies, and where each flag's review is in it (`trang «…», ô …`). */
export type SummaryReview = { file: string; review: TypedReview; at: (key: string) => string };

/** One line for each flag a copy's «Rà soát» holds unlike tong-hop.xlsx's, or holds alone. */
export function typedInCopies(summary: SummaryReview, copies: readonly CopyReview[]): string[] {
  return copies.flatMap((c) =>
    reviewsDiffering(summary.review, typedIn(c)).map((d) => {
      const cell = c.typedAt[d.key];
      const inSummary = d.shownA === undefined ? `${summary.file} chưa ghi quyết định nào` : `${summary.file} ghi ${d.shownA} (${summary.at(d.key)})`;
      return `${d.what}: ${c.file} ghi ${d.shownB} (trang «${c.sheet}»${cell ? `, ô ${cell}` : ''}), ${inSummary}.`;
    }),
  );
}

/** What to do, said after the lines: `review`, the name tong-hop.xlsx's «Rà soát» has now (the council may have renamed it). */
export const typedInCopiesRemedy = (review: string): string =>
  `Chưa chấm tệp nào: chỉ trang «${review}» của tong-hop.xlsx được áp, và lần chấm này ghi lại các bản đã chấm — điều ghi ở bản đã chấm sẽ mất. Cách xử lý: ghi quyết định Hội đồng chọn vào trang «${review}» của tong-hop.xlsx, ở bản đã chấm xóa chữ đã ghi (hoặc ghi giống hệt), lưu lại rồi chạy lại.`;

// Made for stop 92 item 4: a decision typed on a unit's scored copy and another in tong-hop.xlsx for the same flag —
// named with both files and cells, the run stopped, neither lost nor chosen.
