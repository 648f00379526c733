// Lời văn chung (shared wording) of the papers: the legal bases, the movement's name, when the round was closed.
import type { ClosedRound, RunRecord } from '../run/closing.js';
import { formatDateVi } from '../values.js';

/** The bases every award paper cites since 01/7/2025 (DOMAIN.md §4); the plan itself is cited after them. */
export const LEGAL_BASES = [
  'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
  'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
  'Thông tư số 15/2025/TT-BNV của Bộ Nội vụ hướng dẫn thi hành',
] as const;

/** «phong trào thi đua chuyển đổi số, kỳ Năm 2025» — the period as the set words it (its capitals kept: «Giai đoạn I»). */
export function movementName(record: RunRecord): string {
  return `phong trào thi đua chuyển đổi số, kỳ ${record.set.period.label}`;
}

/** «đã được Hội đồng chốt ngày 23/11/2026 (Nguyễn Văn A)». */
export function closedOnText(closed: ClosedRound): string {
  return `đã được Hội đồng chốt ngày ${formatDateVi(closed.closedAt.slice(0, 10))} (${closed.closedBy})`;
}

// Made for issue 26 item 4: one wording of the bases and dates for all three papers.
