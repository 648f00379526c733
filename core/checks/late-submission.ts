// Nộp muộn: `Ngày nộp` after the set's deadline. A missing date is missing-metadata's to flag.
import type { CriteriaSet } from '../criteria/schema.js';
import { formatDateVi, isoToExcelSerial } from '../values.js';
import { cellMessage, defineCheck } from './define.js';

/** "04/11/2025", or with the plan's words: "04/11/2025 (kế hoạch: «trước ngày 05/11»)". */
function deadlineText(set: { deadline?: string; deadlineWording?: string }): string {
  const day = set.deadline ? formatDateVi(set.deadline) : '';
  return set.deadlineWording ? `${day} (kế hoạch: «${set.deadlineWording}»)` : day;
}

/**
 * The deadline's day number and words, worked out once for the set at hand (a run scores one set), not on every late
 * report; and for each day units handed in late, its days late and words (`late`): a commune's late reports fall on a
 * few days, each read as a date and worded once. Bounded.
 */
type Deadline = { set: CriteriaSet; serial: number; text: string; late: Map<string, { days: number; words: string }> };
let deadlineAtHand: Deadline | undefined;
function deadlineOf(set: CriteriaSet, deadline: string): Deadline {
  if (deadlineAtHand?.set !== set) deadlineAtHand = { set, serial: isoToExcelSerial(deadline) ?? 0, text: deadlineText(set), late: new Map() };
  return deadlineAtHand;
}

/** How late a report handed in on `date` is, and the words saying it. */
function lateBy(due: Deadline, date: string): { days: number; words: string } {
  let late = due.late.get(date);
  if (!late) {
    if (due.late.size >= 64) due.late.clear();
    const days = (isoToExcelSerial(date) ?? 0) - due.serial;
    due.late.set(date, (late = { days, words: `nộp ngày ${formatDateVi(date)}, sau hạn ${due.text} (muộn ${days} ngày)` }));
  }
  return late;
}

export default defineCheck({
  id: 'late-submission',
  severity: 'warning',
  title: 'Nộp báo cáo muộn',
  titleEn: 'Report submitted late',
  description: 'Ngày nộp sau hạn nộp của bộ tiêu chí.',
  canFlag: (set) => Boolean(set.deadline),
  run(ctx) {
    const deadline = ctx.set.deadline;
    const submitted = ctx.report.submittedAt;
    if (!deadline || submitted?.value.kind !== 'date' || submitted.value.value <= deadline) return [];
    const date = submitted.value.value;
    const { days, words } = lateBy(deadlineOf(ctx.set, deadline), date);
    return [{
      message: cellMessage(submitted.address, words),
      cell: submitted.address,
      details: { submittedAt: date, deadline, daysLate: days },
    }];
  },
});

// Made for: the plan's «Hạn nộp»: a report dated after the deadline is still scored, and flagged for
// the council.
