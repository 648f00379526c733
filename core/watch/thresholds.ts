// Ngưỡng cảnh báo (the thresholds the digest and the brief flag units by), as trackers send leaders (DOMAIN §10):
// red below 50 % of the maximum, yellow from 50 to 70 %, a fall of 0,5 point in a day, a rate falling 2 percentage
// points, 3 days of decline in a row. The officer may change each in the extension's settings (or on the command
// line); the zod schema is the one definition, with its defaults.
import { z } from 'zod';
import type { FieldLabels } from '../schema-messages.js';

export const Thresholds = z
  .object({
    /** Đỏ: a score below this percent of its maximum. */
    redBelow: z.number().min(0).max(100).default(50),
    /** Vàng: from redBelow up to this percent. */
    yellowBelow: z.number().min(0).max(100).default(70),
    /** Giảm mạnh: a fall of at least this many points from one day to the next. */
    dayDrop: z.number().positive().max(100).default(0.5),
    /** Tỷ lệ giảm: a metric's rate falling at least this many percentage points in a day. */
    rateDrop: z.number().positive().max(100).default(2),
    /** Giảm liên tiếp: this many days of decline in a row. */
    declineDays: z.number().int().min(2).max(30).default(3),
  })
  .refine((t) => t.yellowBelow >= t.redBelow, { message: 'Ngưỡng vàng phải từ ngưỡng đỏ trở lên', path: ['yellowBelow'] });
export type Thresholds = z.infer<typeof Thresholds>;

export const DEFAULT_THRESHOLDS: Thresholds = Thresholds.parse({});

export const THRESHOLD_LABELS: FieldLabels = {
  fields: {
    redBelow: 'Đỏ khi dưới (% điểm tối đa)',
    yellowBelow: 'Vàng khi dưới (% điểm tối đa)',
    dayDrop: 'Giảm trong một ngày từ (điểm)',
    rateDrop: 'Tỷ lệ giảm từ (điểm phần trăm)',
    declineDays: 'Số ngày giảm liên tiếp',
  },
  items: {},
};

export type Colour = 'red' | 'yellow' | 'green';

/** A score's colour: by its share of the maximum. */
export function colourOf(value: number, max: number, t: Thresholds): Colour {
  const pct = (100 * value) / max;
  return pct < t.redBelow ? 'red' : pct < t.yellowBelow ? 'yellow' : 'green';
}

export const COLOUR_NAMES: Readonly<Record<Colour, string>> = { red: 'đỏ', yellow: 'vàng', green: 'xanh' };

/*
Made for: issue 39 item 2 — «thresholds red < 50 % of max, yellow 50–70 %, a drop of 0,5 point a day, a rate drop of
2 points, 3 days of decline — editable in the extension's settings».
*/
