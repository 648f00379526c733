// Cài đặt (settings) the officer sets once, and the reminder's state, as stored in chrome.storage.local.
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, Thresholds } from '../../../core/watch/thresholds.js';
import { LANGUAGES } from '../i18n.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Lịch nhắc ghi nhận: monthly on a day, or some days before the reporting deadline (hạn báo cáo). */
export const ReminderSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('off') }),
  z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(31) }),
  z.object({ kind: z.literal('before-deadline'), deadline: IsoDate, daysBefore: z.number().int().min(0).max(90) }),
]);
export type ReminderSchedule = z.infer<typeof ReminderSchedule>;

export const Settings = z.object({
  language: z.enum(LANGUAGES).default('vi'),
  /** Xã/phường của cán bộ: its row is picked from ranking tables (others stay selectable). */
  commune: z.string().default(''),
  reminder: ReminderSchedule.default({ kind: 'off' }),
  /** Decimal separator used when copying as a table, to match the Excel the officer pastes into. */
  pasteDecimal: z.enum([',', '.']).default(','),
  /** Ngưỡng cảnh báo of the digest and the brief (core/watch/thresholds.ts). */
  thresholds: Thresholds.default(DEFAULT_THRESHOLDS),
  /**
   * Chỉ ghi nhận những gì trang đã tải: on the 766 page the click asks the portal for no list of its own (before issue
   * 58 the only way); off by default, the click asks for every group (core/indicators/gather-766.ts).
   */
  observeOnly: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

/** Set by the service worker when the reminder alarm fires; cleared when the officer saves a capture. */
export const ReminderState = z.object({
  due: z.boolean().default(false),
  /** When the next alarm is set for (ISO), shown in the settings. */
  nextAt: z.string().optional(),
});
export type ReminderState = z.infer<typeof ReminderState>;

/* Made for: the settings and the reminder's state as stored in chrome.storage.local, parsed with zod when read. */
