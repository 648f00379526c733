// Ngày số liệu (the day a capture's figures are of): the 766 portal refreshes around 02:00 Vietnam time, so a
// capture taken after that on day D holds day D−1's data, and one taken before it still holds D−2's (DOMAIN §10).
// Reckoned in Vietnam's time (UTC+7, no summer time) whatever the clock of the machine that reads the capture: the
// officer's clock of every face (core/values.ts officerMinute).
import { onVietnamClock, VIETNAM_OFFSET_HOURS } from '../values.js';

/** The hour (Vietnam's) the portal's figures change. */
export const PORTAL_REFRESH_HOUR = 2;

const DAY_MS = 86_400_000;

/** "2026-09-15T21:10:00Z" (04:10 on 16/9 in Vietnam) → "2026-09-15"; undefined for a time that does not read. */
export function dataDay(capturedAt: string): string | undefined {
  const at = Date.parse(capturedAt);
  if (Number.isNaN(at)) return undefined;
  const sinceRefresh = at + (VIETNAM_OFFSET_HOURS - PORTAL_REFRESH_HOUR) * 3_600_000;
  return isoDay(Math.floor(sinceRefresh / DAY_MS) * DAY_MS - DAY_MS);
}

/** "2026-09-15" moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** Whole days from `from` to `to` ("2026-09-08" → "2026-09-15": 7). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The series of captures whose period was not read (a response saved without its request), named by the month of its
 * data day, the one span they are compared within (captures.ts): «Kỳ không rõ (ngày số liệu tháng 11/2026)».
 */
export const unreadPeriodLabel = (day: string): string => unreadPeriodName(`${Number(day.slice(5, 7))}/${day.slice(0, 4)}`);

/** unreadPeriodLabel's words around a month as written («11/2026»): the one source of the extension's too (i18n series.unread). */
export const unreadPeriodName = (month: string): string => `Kỳ không rõ (ngày số liệu tháng ${month})`;

/**
 * The series of a capture whose period begins after its data day (on 1/11 the page asked «Tháng 11/2026», the portal
 * not yet turned over: its figures of 31/10), named by both (captures.ts seriesOf): «Tháng 11/2026 — cổng chưa sang kỳ
 * (số liệu ngày 31/10/2026)».
 */
export const notBegunLabel = (period: string, day: string): string => notBegunName(period, shortDate(day));

/** notBegunLabel's words around a period and a day as written («31/10/2026»): the one source of the extension's too (i18n series.notBegun). */
export const notBegunName = (period: string, day: string): string => `${period} — cổng chưa sang kỳ (số liệu ngày ${day})`;

/** "2026-09-05" → "5/9/2026": the short date leaders read in a message. */
export function shortDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** Days as a message lists them, each month and year written once: «28, 29/9/2026», «30/9, 1/10/2026». */
export function shortDates(days: readonly string[]): string {
  return days
    .map((day, i) => {
      const [y, m, d] = day.split('-');
      const next = days[i + 1];
      if (next?.slice(0, 7) === day.slice(0, 7)) return `${Number(d)}`;
      return next?.slice(0, 4) === y ? `${Number(d)}/${Number(m)}` : shortDate(day);
    })
    .join(', ');
}

/**
 * A capture's time on Vietnam's clock: a Date whose UTC fields read as Vietnam's (06:45 on 12/10 for 23:45 UTC on
 * 11/10), whatever the clock of the machine that reads it — the one reckoning every face's day and time of a capture
 * come from; undefined for a time that does not read, or falls off the calendar once moved to Vietnam's clock.
 */
export function vietnamClock(capturedAt: string): Date | undefined {
  const local = onVietnamClock(Date.parse(capturedAt));
  return Number.isNaN(local.getTime()) ? undefined : local;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The time of day in Vietnam of a capture, «04:10». */
export function vietnamTime(capturedAt: string): string {
  const local = vietnamClock(capturedAt);
  return local ? `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}` : '';
}

/** The calendar day in Vietnam of a capture ("2026-09-16" for 04:10 on 16/9). */
export function vietnamDay(capturedAt: string): string | undefined {
  const local = vietnamClock(capturedAt);
  return local && isoDay(local.getTime());
}

/**
 * A capture's date and time in Vietnam as "YYYY-MM-DD HH:MM", which Excel reads as a date whatever its locale, beside
 * its data day in the extension's export and the pane's «Chỉ số cổng DVC» (a Chromium on UTC wrote «2026-10-09 23:45»,
 * the pane «2026-10-09T23:45:00.000Z», of a capture at 06:45 on 10/10); as given when it does not read.
 */
export function vietnamDateTime(capturedAt: string): string {
  const day = vietnamDay(capturedAt);
  return day ? `${day} ${vietnamTime(capturedAt)}` : capturedAt;
}

/** A time as messages say it, in Vietnam's time with its date: «04:10 ngày 1/10/2026 (giờ Việt Nam)»; as given when it does not read. */
export function vietnamStamp(at: string): string {
  const day = vietnamDay(at);
  return day && /^\d{4}-/.test(day) ? `${vietnamTime(at)} ngày ${shortDate(day)} (giờ Việt Nam)` : at.slice(0, 60);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/*
Made for: issue 39 item 2 — «a day-D capture after the portal's ~02:00 refresh is day D−1's data; a missed day stays
a gap» (DOMAIN §10), the same on the command line (HAR times) and in the extension (the capture's clock); issue 58
item 5 — every time in a message in UTC+7 with its date, and the extension's capture times (the popup's preview, the
history's export) reckoned here, whatever the browser's clock; a run of falls naming the days it passed over (shortDates).
*/
