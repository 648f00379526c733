// Trang đánh giá 766 (the national 766 page): its address, written here once for its page reader
// (pages/dvc-766-index.ts), the extension's manifest and hosts, the command line's help, the tests and the bench;
// and the page type of the figures read from the responses the page received (responses/, no table read).
import { INDEX_766_CODES, indicatorName } from './codes.js';
import { MODEL_766 } from './model-766/index.js';
import type { PageCard } from './capture.js';

const HOST = 'dichvucong.gov.vn';
const PATH = '/danh-gia-chat-luong-phuc-vu';

/** The 766 page as the portal serves it (its filters go in the query string). */
export const PAGE_766_URL = `https://${HOST}${PATH}`;

/** The Chrome match pattern of the page, whatever its query: where the extension declares its scripts. */
export const PAGE_766_MATCH = `${PAGE_766_URL}*`;

const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SHOWN = new RegExp(`^https://${literally(HOST)}${literally(PATH)}(?:[/?#]|$)`);
const GIVEN = new RegExp(`^https?://(www\\.)?${literally(HOST)}${literally(PATH)}`, 'i');

/** The page the browser shows (https, the portal's own host): where the extension trusts the page's responses. */
export function isPage766(url: string): boolean {
  return SHOWN.test(url);
}

/** An address an officer gives for the page (http, www. and any case too): picks its page reader. */
export function names766Page(url: string): boolean {
  return GIVEN.test(url);
}

/** The 766 page read from the responses it received (core/indicators/responses/): its page type. */
export const RESPONSES_PAGE = {
  id: 'dvc-766-api',
  title: 'Chỉ số phục vụ (QĐ 766) — số liệu trang nhận từ dichvucong.gov.vn',
  titleEn: 'Service index (Decision 766) — figures the page received from dichvucong.gov.vn',
  // The index, and the counts behind progress, payment and online services (DOMAIN §6), as the model declares them.
  yields: [...INDEX_766_CODES, ...MODEL_766.flatMap((g) => (g.fields ?? []).map((f) => f.code))],
} as const satisfies PageCard;

/**
 * The name a figure is written under in a sheet — the export's table (.xlsx, CSV) and the add-in's «Chỉ số cổng DVC»
 * alike: a 766 response's figure under the portal's own sentence, else the name officers know (indicatorName). The
 * sheet wrote «TTHC công bố đúng hạn» where the export beside it wrote «Tỷ lệ TTHC công bố đúng hạn».
 */
export function figureName(pageType: string, i: { code: string; label: string }): string {
  return pageType === RESPONSES_PAGE.id ? i.label : indicatorName(i.code, i.label);
}
