// Cảnh báo của lượt chấm: the flags no single check raises. A run adds them when it sees the reports together
// (a duplicate, a unit off the roster, points given between the units), when a scored sheet is edited afterwards, or when a check could not run.
// Their codes and titles live here, beside the checks' own, so every flag an officer meets has a title.

/** Two reports of one unit (ranking/duplicates.ts). */
export const DUPLICATE_REPORT = 'duplicate-report';
/** A report of a unit the roster does not list (ranking/roster.ts). */
export const UNLISTED_UNIT = 'unlisted-unit';
/** A scored figure edited after scoring (workbook/fingerprint.ts). */
export const CHANGED_AFTER_SCORING = 'changed-after-scoring';
/** A check that threw, in its place (checks/run.ts). */
export const CHECK_FAILED = 'check-failed';
/** Points given between the units (Min-Max) that could not be computed, or may change with a unit's figure (run/min-max.ts). */
export const MIN_MAX_DOUBT = 'min-max-doubt';

/** Each run flag's titles: Vietnamese for officers, English for the task pane in English. */
export const RUN_FLAGS: readonly { id: string; title: string; titleEn: string }[] = [
  { id: DUPLICATE_REPORT, title: 'Báo cáo trùng', titleEn: 'Duplicate report' },
  { id: UNLISTED_UNIT, title: 'Đơn vị không có trong danh sách', titleEn: 'Unit not on the roster' },
  { id: CHANGED_AFTER_SCORING, title: 'Đã sửa sau khi chấm', titleEn: 'Edited after scoring' },
  { id: CHECK_FAILED, title: 'Lỗi khi kiểm tra', titleEn: 'Check could not run' },
  { id: MIN_MAX_DOUBT, title: 'Điểm Min-Max giữa các đơn vị chưa chắc', titleEn: 'Min-Max points between units in doubt' },
];
