import { afterEach, describe, expect, it } from 'vitest';
import { nextReminderAt } from '../../extension/src/reminder/schedule.js';

// Instants on Vietnam's clock (UTC+7): the reminder follows the calendar the captures are dated by (vietnamDay),
// whatever zone the officer's machine is set to.
const vn = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h - 7));

describe('next reminder', () => {
  it('monthly: this month’s day at 8:00 if still ahead, else next month’s', () => {
    expect(nextReminderAt({ kind: 'monthly', day: 5 }, vn(2026, 11, 3))).toEqual(vn(2026, 11, 5, 8));
    expect(nextReminderAt({ kind: 'monthly', day: 5 }, vn(2026, 11, 5, 9))).toEqual(vn(2026, 12, 5, 8));
    expect(nextReminderAt({ kind: 'monthly', day: 20 }, vn(2026, 12, 21))).toEqual(vn(2027, 1, 20, 8));
  });

  it('monthly on the 31st falls on the last day of shorter months', () => {
    expect(nextReminderAt({ kind: 'monthly', day: 31 }, vn(2027, 2, 1))).toEqual(vn(2027, 2, 28, 8));
    expect(nextReminderAt({ kind: 'monthly', day: 31 }, vn(2027, 4, 1))).toEqual(vn(2027, 4, 30, 8));
  });

  it('before the deadline: N days before at 8:00, none once that has passed', () => {
    const schedule = { kind: 'before-deadline' as const, deadline: '2026-12-15', daysBefore: 3 };
    expect(nextReminderAt(schedule, vn(2026, 11, 20))).toEqual(vn(2026, 12, 12, 8));
    expect(nextReminderAt(schedule, vn(2026, 12, 12, 9))).toBeUndefined();
    expect(nextReminderAt({ kind: 'before-deadline', deadline: '2027-01-02', daysBefore: 5 }, vn(2026, 12, 1))).toEqual(vn(2026, 12, 28, 8));
  });

  it('off: none', () => {
    expect(nextReminderAt({ kind: 'off' }, vn(2026, 11, 20))).toBeUndefined();
  });

  describe('the same instant on machines set to other zones', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    // 20:00 UTC on 4/11 is 03:00 on 5/11 in Vietnam, 15:00 on 4/11 in New York, 05:00 on 5/11 in Tokyo. A capture
    // made then is dated 5/11 (vietnamDay); the reminder of «day 5» is due five hours later, at 08:00 in Vietnam.
    // On the machine's clock it came at 08:00 New York time (21:00 in Vietnam), 13 hours late, or, in Tokyo, at
    // 06:00 in Vietnam; «3 days before 8/11» the same.
    const now = new Date(Date.UTC(2026, 10, 4, 20));
    it.each([
      ['Asia/Ho_Chi_Minh', -420],
      ['America/New_York', 300],
      ['Asia/Tokyo', -540],
      ['UTC', 0],
    ])('%s: at 08:00 in Vietnam on the day Vietnam’s calendar gives', (tz, offset) => {
      process.env.TZ = tz;
      expect(now.getTimezoneOffset(), 'the machine’s zone took effect').toBe(offset);
      expect(nextReminderAt({ kind: 'monthly', day: 5 }, now)).toEqual(vn(2026, 11, 5, 8));
      expect(nextReminderAt({ kind: 'before-deadline', deadline: '2026-11-08', daysBefore: 3 }, now)).toEqual(vn(2026, 11, 5, 8));
      // At 01:30 UTC on 30/11 (08:30 in Vietnam) the 30th's reminder has passed: the next is 31/12's, whatever the zone.
      expect(nextReminderAt({ kind: 'monthly', day: 31 }, new Date(Date.UTC(2026, 10, 30, 1, 30)))).toEqual(vn(2026, 12, 31, 8));
    });
  });
});
