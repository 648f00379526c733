import { describe, expect, it } from 'vitest';
import { nextReminderAt } from '../../extension/src/reminder/schedule.js';

// Local times: the reminder follows the officer's clock.
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);

describe('next reminder', () => {
  it('monthly: this month’s day at 8:00 if still ahead, else next month’s', () => {
    expect(nextReminderAt({ kind: 'monthly', day: 5 }, local(2026, 11, 3))).toEqual(local(2026, 11, 5, 8));
    expect(nextReminderAt({ kind: 'monthly', day: 5 }, local(2026, 11, 5, 9))).toEqual(local(2026, 12, 5, 8));
    expect(nextReminderAt({ kind: 'monthly', day: 20 }, local(2026, 12, 21))).toEqual(local(2027, 1, 20, 8));
  });

  it('monthly on the 31st falls on the last day of shorter months', () => {
    expect(nextReminderAt({ kind: 'monthly', day: 31 }, local(2027, 2, 1))).toEqual(local(2027, 2, 28, 8));
    expect(nextReminderAt({ kind: 'monthly', day: 31 }, local(2027, 4, 1))).toEqual(local(2027, 4, 30, 8));
  });

  it('before the deadline: N days before at 8:00, none once that has passed', () => {
    const schedule = { kind: 'before-deadline' as const, deadline: '2026-12-15', daysBefore: 3 };
    expect(nextReminderAt(schedule, local(2026, 11, 20))).toEqual(local(2026, 12, 12, 8));
    expect(nextReminderAt(schedule, local(2026, 12, 12, 9))).toBeUndefined();
    expect(nextReminderAt({ kind: 'before-deadline', deadline: '2027-01-02', daysBefore: 5 }, local(2026, 12, 1))).toEqual(local(2026, 12, 28, 8));
  });

  it('off: none', () => {
    expect(nextReminderAt({ kind: 'off' }, local(2026, 11, 20))).toBeUndefined();
  });
});
