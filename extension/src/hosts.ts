// The portal addresses the extension may read — the manifest's host permissions come from this one list; the
// capture script is injected on a click (activeTab + scripting), and declared only on the 766 page (its address is
// core's, written once in core/indicators/page-766.ts).
import { isPage766, PAGE_766_MATCH } from '../../core/indicators/page-766.js';

export { isPage766 };

/**
 * National portal (Cổng Dịch vụ công quốc gia) and its sub-domains, plus provincial portals.
 * Provincial one-stop portals have no common host shape (dichvucong.<tỉnh>.gov.vn, dvc.<tỉnh>.gov.vn,
 * motcua.<tỉnh>.gov.vn, hcc.<tỉnh>.gov.vn…, renamed again after the 2025 province merger), and a match
 * pattern only allows a wildcard as the left-most label (`dichvucong.*.gov.vn` is not a valid pattern),
 * so `*.gov.vn` is the narrowest pattern that reaches them all. It stays limited to government sites, and
 * no script enters a page there until the officer clicks `Ghi nhận chỉ số`.
 */
export const PORTAL_MATCHES = [
  'https://dichvucong.gov.vn/*',
  'https://*.dichvucong.gov.vn/*',
  'https://*.gov.vn/*',
] as const;

/**
 * The national 766 page, a single-page app: the one page where a script is declared (not injected on a click), to
 * observe the API responses the page itself receives from its first request on (content/observer-766.ts).
 */
export const PAGE_766_MATCHES = [PAGE_766_MATCH] as const;

/** True when `url` is a page the content script runs on (https and a *.gov.vn host). */
export function isPortalAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'gov.vn' || hostname.endsWith('.gov.vn'));
  } catch {
    return false;
  }
}
