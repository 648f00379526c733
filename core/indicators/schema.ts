// Ảnh chụp chỉ số (indicator snapshot): what one portal page says about one unit, dated and sourced.
import { z } from 'zod';

export const IndicatorValue = z.object({
  /** Stable code, documented in core/indicators/codes.ts (e.g. "TONG_SCORE", "TTTT", "TY_LE_NOP_TRUC_TUYEN"). */
  code: z.string().min(1),
  /** The label as the page shows it. */
  label: z.string(),
  value: z.number(),
  unit: z.enum(['points', 'percent', 'count']),
  max: z.number().optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Period = z.object({
  kind: z.enum(['year', 'quarter', 'month', 'range', 'unknown']),
  year: z.number().int().optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  month: z.number().int().min(1).max(12).optional(),
  from: z.string().optional(), // YYYY-MM-DD
  to: z.string().optional(),
  /** As the page shows it, e.g. "Năm 2025", "Quý 3/2025", "01/01/2025 - 30/09/2025". */
  label: z.string(),
  /**
   * Lũy kế: the figures add up from the start of the year to `to` (01/01–30/09, then 01/01–31/10), so captures
   * of later ends continue one series rather than being different periods.
   */
  cumulative: z.boolean().optional(),
});
export type Period = z.infer<typeof Period>;

export const IndicatorSnapshot = z.object({
  portal: z.string(), // host, e.g. "dichvucong.gov.vn"
  pageType: z.string(), // a file name in core/indicators/pages/
  url: z.string(),
  capturedAt: z.string(), // ISO date-time
  /** Hash of the captured table's text, to detect duplicate captures. */
  contentHash: z.string(),
  unit: z.object({
    name: z.string(),
    code: z.string().optional(), // mã định danh, when shown
    /** The table group the row sits in (Sở, ban, ngành / UBND cấp huyện / UBND cấp xã…). */
    group: z.string().optional(),
    rank: z.number().int().optional(),
  }),
  period: Period,
  indicators: z.array(IndicatorValue).min(1),
});
export type IndicatorSnapshot = z.infer<typeof IndicatorSnapshot>;

/** The extension's export file, read by the add-in and `thidua score --indicators`. */
export const IndicatorExport = z.object({
  format: z.literal('thidua-indicators'),
  version: z.literal(1),
  exportedAt: z.string(),
  snapshots: z.array(IndicatorSnapshot),
});
export type IndicatorExport = z.infer<typeof IndicatorExport>;
