// Mã chỉ số (indicator codes): the stable names under which captured portal figures are stored,
// exported and linked from criteria (`portal.indicator`). Never rename a code: exports and criteria sets keep them.
// Each entry says what the figure is (Vietnamese label as officers know it) and its unit; which page types give it
// is said by each page type (`yields` in pages/<id>.ts), so a new page touches no list here.

import { MODEL_766 } from './model-766/index.js';

export type IndicatorUnit = 'points' | 'percent' | 'count';

export interface IndicatorDefinition {
  code: string;
  /** Vietnamese label, as the portals word it. */
  label: string;
  unit: IndicatorUnit;
  /** Maximum points (Decision 766 groups and indicators). */
  max?: number;
  /** The 766 group a commune-level indicator belongs to. */
  group?: string;
  /** Other wordings the portals use for this figure (matched without diacritics); the label is always tried first. */
  aliases?: readonly string[];
}

/**
 * Nhóm chỉ số của Quyết định 766 as dichvucong.gov.vn shows them (6 groups + total; DOMAIN §1): the six declared in
 * ./model-766/, one file each.
 */
export const GROUP_766: readonly IndicatorDefinition[] = [
  ...MODEL_766.map(({ code, label, aliases, max }): IndicatorDefinition => ({ code, label, unit: 'points', max, ...(aliases ? { aliases } : {}) })),
  /**
   * The older `dvc-index-tinhthanhpho-*` pages show the decision's five groups: there "Dịch vụ trực tuyến" is
   * online services and online payment together (22 points). Kept apart from CLGQ so 12-point and 22-point figures
   * never mix in one series.
   */
  { code: 'DVCTT', label: 'Dịch vụ trực tuyến', unit: 'points', max: 22, aliases: ['Cung cấp dịch vụ trực tuyến', 'Dịch vụ công trực tuyến'] },
  { code: 'TONG_SCORE', label: 'Tổng điểm', unit: 'points', max: 100, aliases: ['Tổng', 'Điểm tổng'] },
];

/**
 * Chỉ số thành phần áp dụng cho cấp xã (commune-level 766 indicators, DOMAIN §1), as points with max, numerator and
 * denominator when the page shows them: the metrics ./model-766/ declares. Each also has a `<code>_TY_LE` companion
 * (percent) for the ratio the page shows beside it — see `ratioCode`.
 */
export const METRIC_766: readonly IndicatorDefinition[] = MODEL_766.flatMap((g) =>
  g.metrics.map(({ code, label, aliases, max }): IndicatorDefinition => ({ code, group: g.code, label, unit: 'points', max, ...(aliases ? { aliases } : {}) })),
);

/** The `<code>_TY_LE` companion code: the ratio (percent) shown beside a commune-level 766 indicator. */
export function ratioCode(metricCode: string): string {
  return `${metricCode}_TY_LE`;
}

/**
 * The figures of the 766 index as dichvucong.gov.vn shows them now: the six groups and the total, and each
 * commune-level indicator with its ratio (the new page and its responses both give them).
 */
export const INDEX_766_CODES: readonly string[] = [
  ...GROUP_766.filter((g) => g.code !== 'DVCTT').map((g) => g.code),
  ...METRIC_766.flatMap((m) => [m.code, ratioCode(m.code)]),
];

/** Theo dõi chỉ tiêu DVC trực tuyến theo QĐ 766 (provincial one-stop monitoring table, DOMAIN §2). */
export const MONITOR_766: readonly IndicatorDefinition[] = [
  { code: 'HS_TRUC_TUYEN', label: 'Số hồ sơ mới tiếp nhận trực tuyến', unit: 'count' },
  { code: 'HS_TRUC_TIEP', label: 'Số hồ sơ tiếp nhận trực tiếp', unit: 'count' },
  { code: 'HS_BCCI', label: 'Số hồ sơ tiếp nhận qua BCCI', unit: 'count' },
  { code: 'TY_LE_NOP_TRUC_TUYEN', label: 'Tỷ lệ nộp hồ sơ trực tuyến', unit: 'percent' },
  { code: 'TY_LE_NOP_TRUC_TIEP', label: 'Tỷ lệ nộp hồ sơ trực tiếp', unit: 'percent' },
  { code: 'TY_LE_NOP_BCCI', label: 'Tỷ lệ nộp hồ sơ qua BCCI', unit: 'percent' },
  { code: 'HS_DUNG_HAN', label: 'Hồ sơ xử lý đúng hạn', unit: 'count' },
  { code: 'HS_QUA_HAN', label: 'Hồ sơ xử lý quá hạn', unit: 'count' },
  { code: 'TY_LE_DUNG_HAN', label: 'Tỷ lệ hồ sơ xử lý đúng hạn', unit: 'percent' },
  { code: 'HS_DONG_BO_DVCQG', label: 'Số lượng hồ sơ đã đồng bộ về Cổng DVC quốc gia', unit: 'count' },
  { code: 'HS_CO_PHI', label: 'Tổng hồ sơ có nghĩa vụ tài chính', unit: 'count' },
  { code: 'HS_TTTT', label: 'Số hồ sơ đã thanh toán trực tuyến', unit: 'count' },
  { code: 'TY_LE_TTTT', label: 'Tỷ lệ thanh toán trực tuyến', unit: 'percent' },
  { code: 'TY_LE_TT_TRUC_TIEP', label: 'Tỷ lệ thanh toán trực tiếp', unit: 'percent' },
];

/** Kết quả giải quyết thủ tục hành chính (provincial statistics page, DOMAIN §2): counts, and `_PCT` their share. */
export const TTHC_STATS: readonly IndicatorDefinition[] = [
  { code: 'TTHC_TONG', label: 'Tổng số hồ sơ', unit: 'count' },
  { code: 'TTHC_DA_XU_LY', label: 'Hồ sơ đã xử lý', unit: 'count' },
  { code: 'TTHC_CHUA_XU_LY', label: 'Hồ sơ chưa xử lý', unit: 'count' },
  { code: 'TTHC_TRUOC_HAN', label: 'Hồ sơ xử lý trước hạn', unit: 'count' },
  { code: 'TTHC_DUNG_HAN', label: 'Hồ sơ xử lý đúng hạn', unit: 'count' },
  { code: 'TTHC_TRE_HAN', label: 'Hồ sơ xử lý trễ hạn', unit: 'count' },
  { code: 'TTHC_DA_XU_LY_PCT', label: 'Tỷ lệ hồ sơ đã xử lý', unit: 'percent' },
  { code: 'TTHC_CHUA_XU_LY_PCT', label: 'Tỷ lệ hồ sơ chưa xử lý', unit: 'percent' },
  { code: 'TTHC_TRUOC_HAN_PCT', label: 'Tỷ lệ hồ sơ xử lý trước hạn', unit: 'percent' },
  { code: 'TTHC_DUNG_HAN_PCT', label: 'Tỷ lệ hồ sơ xử lý đúng hạn', unit: 'percent' },
  { code: 'TTHC_TRE_HAN_PCT', label: 'Tỷ lệ hồ sơ xử lý trễ hạn', unit: 'percent' },
];

/** Mức độ (service level) rows of «Kết quả giải quyết TTHC»: DVC trực tuyến toàn trình and một phần (Decree 42/2022). */
export const SERVICE_LEVELS = { TOAN_TRINH: 'toàn trình', MOT_PHAN: 'một phần' } as const;
export type ServiceLevel = keyof typeof SERVICE_LEVELS;

/** The code of a TTHC statistics figure on one service level's row: TTHC_DA_XU_LY → TTHC_DA_XU_LY_TOAN_TRINH. */
export function levelCode(code: string, level: ServiceLevel): string {
  return `${code}_${level}`;
}

/** True for a level code (levelCode): a row's share of a figure its page type already gives whole. */
export function isLevelCode(code: string): boolean {
  return (Object.keys(SERVICE_LEVELS) as ServiceLevel[]).some((level) => code.endsWith(`_${level}`));
}

/** Figures only the 766 page's own responses give (DOMAIN §6): the counts the groups' trees declare that no page table gives. */
const TABLE_CODES = new Set(MONITOR_766.map((d) => d.code));
export const API_766: readonly IndicatorDefinition[] = MODEL_766.flatMap((g) =>
  (g.fields ?? []).filter((f) => !TABLE_CODES.has(f.code)).map((f): IndicatorDefinition => ({ code: f.code, label: f.label, unit: 'count' })),
);

/** Tình hình giải quyết hồ sơ (one-stop platforms' dossier status table, DOMAIN §7). */
export const DOSSIER_STATUS: readonly IndicatorDefinition[] = [
  { code: 'HS_KY_TRUOC', label: 'Hồ sơ kỳ trước chuyển sang', unit: 'count' },
  { code: 'HS_TRONG_KY', label: 'Hồ sơ tiếp nhận trong kỳ', unit: 'count' },
  { code: 'HS_DA_GIAI_QUYET', label: 'Hồ sơ đã giải quyết', unit: 'count' },
  { code: 'HS_TRUOC_HAN', label: 'Hồ sơ giải quyết trước hạn', unit: 'count' },
  { code: 'HS_DANG_GIAI_QUYET', label: 'Hồ sơ đang giải quyết', unit: 'count' },
  { code: 'HS_DANG_TRONG_HAN', label: 'Hồ sơ đang giải quyết trong hạn', unit: 'count' },
  { code: 'HS_DANG_QUA_HAN', label: 'Hồ sơ đang giải quyết quá hạn', unit: 'count' },
  { code: 'HS_TAM_DUNG', label: 'Hồ sơ tạm dừng xử lý, chờ bổ sung', unit: 'count' },
  { code: 'HS_RUT', label: 'Hồ sơ trả lại, rút', unit: 'count' },
  { code: 'HS_SO_HOA', label: 'Số hồ sơ được số hóa thành phần', unit: 'count' },
  { code: 'HS_KET_QUA_DIEN_TU', label: 'Số hồ sơ được cấp kết quả điện tử', unit: 'count' },
];

/** Every documented code, including each commune-level indicator's `_TY_LE` companion. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  ...GROUP_766,
  ...METRIC_766,
  ...METRIC_766.map((m): IndicatorDefinition => ({
    code: ratioCode(m.code),
    group: m.group,
    label: `${m.label} (tỷ lệ)`,
    unit: 'percent',
  })),
  ...MONITOR_766,
  ...TTHC_STATS,
  ...TTHC_STATS.flatMap((d) =>
    (Object.keys(SERVICE_LEVELS) as ServiceLevel[]).map((level): IndicatorDefinition => ({ ...d, code: levelCode(d.code, level), label: `${d.label} (DVC trực tuyến ${SERVICE_LEVELS[level]})` })),
  ),
  ...API_766,
  ...DOSSIER_STATUS,
];

const BY_CODE = new Map(INDICATORS.map((d) => [d.code, d]));

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}

/**
 * The name officers see for a figure: the documented Vietnamese label of its code (the same on every page), else
 * the label the page gave it (an officer's own code from a table mapping). Codes are for files, not for people.
 */
export function indicatorName(code: string, pageLabel: string): string {
  return BY_CODE.get(code)?.label ?? pageLabel;
}

/** The label and the other wordings of a code, to find its column or row on a page (one list per code, kept). */
export function labelsOf(code: string): readonly string[] {
  let labels = LABELS.get(code);
  if (!labels) {
    const d = definedIndicator(code);
    LABELS.set(code, (labels = [d.label, ...(d.aliases ?? [])]));
  }
  return labels;
}
const LABELS = new Map<string, readonly string[]>();

/** The definition of a code this module documents; throws on a typo (used by page adapters at load time). */
export function definedIndicator(code: string): IndicatorDefinition {
  const d = BY_CODE.get(code);
  if (!d) throw new Error(`Mã chỉ số chưa được khai báo trong core/indicators/codes.ts: ${code}`);
  return d;
}
