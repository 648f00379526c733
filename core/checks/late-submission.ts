// Nộp muộn: `Ngày nộp` after the set's deadline. A missing date is missing-metadata's to flag.
import type { CriteriaSet } from '../criteria/schema.js';
import { formatDateVi, isoToExcelSerial } from '../values.js';
import { cellMessage, defineCheck } from './define.js';

/** "04/11/2025", or with the plan's words: "04/11/2025 (kế hoạch: «trước ngày 05/11»)". */
function deadlineText(set: { deadline?: string; deadlineWording?: string }): string {
  const day = set.deadline ? formatDateVi(set.deadline) : '';
  return set.deadlineWording ? `${day} (kế hoạch: «${set.deadlineWording}»)` : day;
}

/** The deadline's day number and words, worked out once for the set at hand (a run scores one set), not on every late report. */
type Deadline = { set: CriteriaSet; serial: number; text: string };
let deadlineAtHand: Deadline | undefined;
function deadlineOf(set: CriteriaSet, deadline: string): Deadline {
  if (deadlineAtHand?.set !== set) deadlineAtHand = { set, serial: isoToExcelSerial(deadline) ?? 0, text: deadlineText(set) };
  return deadlineAtHand;
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
    const due = deadlineOf(ctx.set, deadline);
    const days = (isoToExcelSerial(date) ?? 0) - due.serial;
    return [{
      message: cellMessage(submitted.address, `nộp ngày ${formatDateVi(date)}, sau hạn ${due.text} (muộn ${days} ngày)`),
      cell: submitted.address,
      details: { submittedAt: date, deadline, daysLate: days },
    }];
  },
});

// Made for: the plan's «Hạn nộp»: a report dated after the deadline is still scored, and flagged for
// the council.
