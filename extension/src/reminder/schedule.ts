// Lịch nhắc: when the next reminder to capture again is due. The reminder only marks the action icon
// and the popup; it never opens or fetches a portal page itself.
import { onVietnamClock, VIETNAM_OFFSET_HOURS } from '../../../core/values.js';
import type { ReminderSchedule } from '../storage/settings.js';

/** Reminders come at this hour in Vietnam, during office hours. */
export const REMINDER_HOUR = 8;

/**
 * The next reminder strictly after `now`, or undefined when there is none to come. Days and the hour are Vietnam's,
 * the calendar every capture is dated by (vietnamDay, officerDay), not the machine's: on a laptop set to New York the
 * reminder of «day 5» came at 21:00 in Vietnam, and after a capture already dated the 5th.
 */
export function nextReminderAt(schedule: ReminderSchedule, now: Date): Date | undefined {
  switch (schedule.kind) {
    case 'off':
      return undefined;
    case 'monthly': {
      const today = onVietnamClock(now.getTime());
      for (let ahead = 0; ahead <= 1; ahead++) {
        const at = dayOfMonth(today.getUTCFullYear(), today.getUTCMonth() + ahead, schedule.day);
        if (at > now) return at;
      }
      return undefined;
    }
    case 'before-deadline': {
      const [year, month, day] = schedule.deadline.split('-').map(Number) as [number, number, number];
      const at = reminderOn(year, month - 1, day - schedule.daysBefore);
      return at > now ? at : undefined;
    }
  }
}

/** Day `day` of a month at the reminder hour; the 31st of a 30-day month is its last day. */
function dayOfMonth(year: number, monthIndex: number, day: number): Date {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return reminderOn(year, monthIndex, Math.min(day, lastDay));
}

/** The reminder hour in Vietnam of a day of Vietnam's calendar (fields may overflow, as Date.UTC takes them). */
const reminderOn = (year: number, monthIndex: number, day: number): Date => new Date(Date.UTC(year, monthIndex, day, REMINDER_HOUR - VIETNAM_OFFSET_HOURS));

/* Made for: the capture reminder: when the next one is due from the officer's schedule (the service worker only marks the icon and the popup), at 08:00 on Vietnam's calendar whatever the machine's zone (issue: the watch walked again, item 2). */
