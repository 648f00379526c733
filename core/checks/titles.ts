// Tên cảnh báo: what officers read for every flag code — the checks' own titles and the flags a run adds
// (a duplicate report, a unit off the roster, an edit after scoring). Codes stay for JSON and the pane's
// tooltip; sheets and printouts show these titles, and a title typed back (in «Rà soát») reads as its code.
import { DUPLICATE_REPORT } from '../ranking/duplicates.js';
import { UNLISTED_UNIT } from '../ranking/roster.js';
import { normalizeLabel } from '../text.js';
import { CHANGED_AFTER_SCORING } from '../workbook/fingerprint.js';
import { CHECK_FAILED } from './flag.js';
import { checks } from './index.js';

export const FLAG_TITLES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(checks.map((c) => [c.id, c.title])),
  [DUPLICATE_REPORT]: 'Báo cáo trùng',
  [UNLISTED_UNIT]: 'Đơn vị không có trong danh sách',
  [CHANGED_AFTER_SCORING]: 'Đã sửa sau khi chấm',
  [CHECK_FAILED]: 'Lỗi khi kiểm tra',
};

/** The Vietnamese title of a flag code (the code itself only for a flag no title covers). */
export function flagTitle(code: string): string {
  return FLAG_TITLES[code] ?? code;
}

const CODE_BY_TITLE = new Map(Object.entries(FLAG_TITLES).flatMap(([code, title]) => [[normalizeLabel(title), code], [normalizeLabel(code), code]]));

/** The flag code a cell names, by its title (whatever the case and diacritics) or by the code itself. */
export function flagCodeOf(text: string): string | undefined {
  return CODE_BY_TITLE.get(normalizeLabel(text));
}
