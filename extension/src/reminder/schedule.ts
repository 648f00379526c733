// Lịch nhắc: when the next reminder to capture again is due. The reminder only marks the action icon
// and the popup; it never opens or fetches a portal page itself.
import type { ReminderSchedule } from '../storage/settings.js';

/** Reminders come at this local hour, during office hours. */
export const REMINDER_HOUR = 8;

/** The next reminder strictly after `now` (local time), or undefined when there is none to come. */
export function nextReminderAt(schedule: ReminderSchedule, now: Date): Date | undefined {
  switch (schedule.kind) {
    case 'off':
      return undefined;
    case 'monthly': {
      for (let ahead = 0; ahead <= 1; ahead++) {
        const at = dayOfMonth(now.getFullYear(), now.getMonth() + ahead, schedule.day);
        if (at > now) return at;
      }
      return undefined;
    }
    case 'before-deadline': {
      const [year, month, day] = schedule.deadline.split('-').map(Number) as [number, number, number];
      const at = new Date(year, month - 1, day - schedule.daysBefore, REMINDER_HOUR);
      return at > now ? at : undefined;
    }
  }
}

/** Day `day` of a month at the reminder hour; the 31st of a 30-day month is its last day. */
function dayOfMonth(year: number, monthIndex: number, day: number): Date {
  const lastDay = new Date(year, monthIndex + 1, 0).getDate();
  return new Date(year, monthIndex, Math.min(day, lastDay), REMINDER_HOUR);
}

/* Made for: the capture reminder: when the next one is due from the officer's schedule (the service worker only marks the icon and the popup). */
