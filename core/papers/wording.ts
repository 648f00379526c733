// Lời văn chung (shared wording) of the papers: the legal bases, the round's name, when the round was closed.
import { sealCode } from '../run/seal.js';
import type { ClosedRound, RunRecord } from '../run/closing.js';
import { AWARD_ROUND_TITLES } from '../criteria/schema.js';
import { formatDateVi } from '../values.js';

/** The bases every award paper cites since 01/7/2025 (DOMAIN.md §4); the plan itself is cited after them. */
export const LEGAL_BASES = [
  'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
  'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
  'Thông tư số 15/2025/TT-BNV của Bộ Nội vụ hướng dẫn thi hành',
] as const;

/**
 * The year a yearly round reviews: the year it was scored in, kept within the set's period (a set for 2023 - 2025
 * scored in January 2026 reviews 2025).
 */
export function roundYear(record: RunRecord): string {
  const year = (date: string) => {
    const y = Number(date.slice(0, 4));
    return Number.isInteger(y) && y > 0 ? y : undefined;
  };
  const from = year(record.set.period.from);
  const to = year(record.set.period.to);
  const scored = year(record.scoredOn) ?? to ?? from;
  return scored === undefined ? '…' : String(Math.min(Math.max(scored, from ?? scored), to ?? scored));
}

/** «năm 2025» for a yearly round, «đợt sơ kết giai đoạn» at a phase review: what the result is the result of. */
export function roundName(record: RunRecord): string {
  return record.round === 'hang-nam' ? `năm ${roundYear(record)}` : `đợt ${AWARD_ROUND_TITLES[record.round].toLowerCase()}`;
}

/**
 * «phong trào thi đua chuyển đổi số năm 2025» — a yearly round says its year, not the phase; a phase review says the
 * set's period as the set words it («sơ kết giai đoạn phong trào …, kỳ Giai đoạn I (2023 - 2025)»).
 */
export function movementName(record: RunRecord): string {
  if (record.round === 'hang-nam') return `phong trào thi đua chuyển đổi số ${roundName(record)}`;
  return `${AWARD_ROUND_TITLES[record.round].toLowerCase()} phong trào thi đua chuyển đổi số, kỳ ${record.set.period.label}`;
}

/** «đã được Hội đồng chốt ngày 23/11/2026 (Nguyễn Văn A)». */
export function closedOnText(closed: ClosedRound): string {
  return `đã được Hội đồng chốt ngày ${formatDateVi(closed.closedAt.slice(0, 10))} (${closed.closedBy})`;
}

/**
 * «Mã niêm phong kết quả đã chốt lần 1: 7K3M-Q9TX-2B8R-WZ4D (SHA-256 …)»: the closing's seal on the paper the council
 * signs, so the folder can be checked against the paper (the command line's verify --seal), not only against itself.
 */
export function sealText(closed: ClosedRound): string {
  return `Mã niêm phong kết quả đã chốt lần ${closed.number}: ${sealCode(closed.seal)} (SHA-256 ${closed.seal}).`;
}

// Made for issue 26 item 4 and issue 38 item 3: one wording of the bases, the round and the dates for all three
// papers, the set's period label kept as written.
