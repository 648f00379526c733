// Kỳ báo cáo: the period a unit's report states in its header, and the year it is about — what the portal's
// cross-check compares with, and what the papers of a set naming no period print (core/papers/wording.ts).
import { z } from 'zod';
import type { ReportCell } from '../sheet/cell.js';
import { cellText, excelSerialToIso } from '../values.js';

/** «Kỳ báo cáo» as the unit typed it, its cell, and the year it states when it states one (reportYear). */
export const ReportedPeriod = z.object({ text: z.string(), cell: z.string(), year: z.number().int().optional() });
export type ReportedPeriod = z.infer<typeof ReportedPeriod>;

/** A report's «Kỳ báo cáo» as a card and the run's record keep it; undefined when the cell is blank or absent. */
export function reportedPeriod(period: ReportCell | undefined): ReportedPeriod | undefined {
  const text = cellText(period?.raw ?? null).trim();
  if (!period || text === '') return undefined;
  const year = reportYear(period);
  // Field by field, not through a spread of a temporary object: every report is asked.
  const read: ReportedPeriod = { text, cell: period.address };
  if (year !== undefined) read.year = year;
  return read;
}

/** The year a report is about: the last year written in `Kỳ báo cáo` ("Năm 2025", "01/01/2025 - 30/09/2025"). */
export function reportYear(period: ReportCell | undefined): number | undefined {
  if (!period) return undefined;
  const v = period.value;
  if (v.kind === 'date') return Number(v.value.slice(0, 4));
  if (v.kind === 'number' && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2100) return v.value;
  if (v.kind === 'number' && !v.percent) {
    const iso = excelSerialToIso(v.value);
    if (iso) return Number(iso.slice(0, 4));
  }
  return yearWritten(cellText(period.raw));
}

/**
 * The last year written in a text, remembered per text: every report of a run states one of a few periods («Giai đoạn I
 * (2023 - 2025), đánh giá hằng năm và sơ kết quý IV/2025»), each scanned by the pattern once, not on every report.
 * Bounded: a run of odd texts cannot grow it without end.
 */
function yearWritten(text: string): number | undefined {
  if (yearsWritten.has(text)) return yearsWritten.get(text);
  if (yearsWritten.size >= 64) yearsWritten.clear();
  const years = text.match(/\b(19|20)\d{2}\b/g);
  const year = years ? Number(years[years.length - 1]) : undefined;
  yearsWritten.set(text, year);
  return year;
}
const yearsWritten = new Map<string, number | undefined>();

// Made for: the portal cross-check (core/checks/portal-mismatch.ts) and the DTI part 6 walk, whose six reports said
// «Năm 2025» while the papers printed «năm 2026» from the scoring day.
