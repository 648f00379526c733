// Ảnh chụp chỉ số (indicator snapshot): what one portal page says about one unit, dated and sourced.
import { z } from 'zod';
import { UNIT_LEVELS } from './units.js';

/** A list the portal refused on a capture: its title as the officer reads it and the status it answered. */
export const RefusedListStatus = z.object({ list: z.string(), status: z.number().int() });
export type RefusedListStatus = z.infer<typeof RefusedListStatus>;

export const IndicatorValue = z.object({
  /** Stable code, documented in core/indicators/codes.ts (e.g. "TONG_SCORE", "TTTT", "TY_LE_NOP_TRUC_TUYEN"). */
  code: z.string().min(1),
  /** The label as the page shows it. */
  label: z.string(),
  /** The portal's figure; null when the portal says it has no data (never 0). */
  value: z.number().nullable(),
  unit: z.enum(['points', 'percent', 'count']),
  max: z.number().optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  /** The ratio (percent) the portal shows beside a score, as it gives it. */
  ratio: z.number().nullable().optional(),
  /** The 766 group (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH) a figure belongs to, when it belongs to one. */
  group: z.string().optional(),
  /**
   * Điểm tính lại: the score the published formula (DOMAIN §6, core/indicators/formulas-766.ts) gives from the
   * portal's own figures — an explanation beside `value`, never in its place. Absent where no formula is known.
   */
  computed: z.number().optional(),
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
    /** The table group the row sits in, as officers read it (Sở, ban, ngành / UBND cấp huyện / UBND cấp xã…). */
    group: z.string().optional(),
    /**
     * Cấp đơn vị: the list the unit belongs to, as the portal's response tags it (departmentType / departmentLevel):
     * the whole country, a province, a provincial agency, a commune (xã, phường, đặc khu). Ranks are places within it.
     */
    level: z.enum(UNIT_LEVELS).optional(),
    /** Its place in the list of its level (communes apart from provincial agencies). */
    rank: z.number().int().optional(),
    /** How many units that list holds: «xã thứ 72/102». */
    rankOutOf: z.number().int().positive().optional(),
    /** Which list and period the rank is a place in («Tổng điểm · UBND cấp xã · Năm 2026»). */
    rankOf: z.string().optional(),
    /** Đồng hạng: other units of that list share the place. */
    tied: z.boolean().optional(),
  }),
  period: Period,
  indicators: z.array(IndicatorValue).min(1),
  /**
   * Chụp chưa đủ: the groups of the view the page had not received when the capture was taken. A partial
   * capture is saved as partial and says so wherever it is shown.
   */
  missingGroups: z.array(z.string()).optional(),
  /**
   * Cổng không trả: of the lists that capture lacks, those the portal answered with an error — each by its title (a
   * group's, or «Tổng điểm của mọi đơn vị» for the ranking) and the HTTP status — told apart from those the page never
   * loaded (the portal's fault, try later; or open that group). Kept on every snapshot of a capture lacking a list, empty
   * when none was refused; absent from captures saved before it was kept (then which is which is not known).
   */
  refusedLists: z.array(RefusedListStatus).optional(),
});
export type IndicatorSnapshot = z.infer<typeof IndicatorSnapshot>;

/**
 * Tổng điểm không khớp các nhóm: a unit whose captured total is not its captured groups added up (core/watch/total-sum.ts),
 * as the machine outputs carry it (`thidua watch --json`, the compact file of `thidua capture --json` and of the
 * extension's export): both figures as captured, neither replaced, and the words the text faces say. A reader builds
 * its own from the snapshots; a province tool reading the file alone learns it here.
 */
export const TotalMismatchRecord = z.object({
  unit: z.string(),
  /** The capture's data day (YYYY-MM-DD); null for a capture time that does not read. */
  day: z.string().nullable(),
  total: z.number(),
  groupsAddedUp: z.number(),
  /** How many groups were added up: six, or the older pages' five. */
  groups: z.number().int().positive(),
  /** total − groupsAddedUp, in points. */
  difference: z.number(),
  words: z.string(),
});
export type TotalMismatchRecord = z.infer<typeof TotalMismatchRecord>;

/** The extension's export file, read by the add-in and `thidua score --indicators`. */
export const IndicatorExport = z.object({
  format: z.literal('thidua-indicators'),
  version: z.literal(1),
  exportedAt: z.string(),
  snapshots: z.array(IndicatorSnapshot),
  /**
   * What the writer said of its totals (version 2's field, kept through the reading): every reader checks it against
   * the figures the file holds (core/watch/total-sum.ts fileTotalDoubts); absent when the writer did not check.
   */
  totalMismatches: z.array(TotalMismatchRecord).optional(),
});
export type IndicatorExport = z.infer<typeof IndicatorExport>;
