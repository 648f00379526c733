// The portal addresses. The one host permission is the 766 page's (the scripts declared there observe the page's own
// API responses from its first request); every other portal page is reached through the officer's click on the
// extension's icon (activeTab), which grants that tab and no other, until it navigates. The 766 page's address is
// core's, written once in core/indicators/page-766.ts.
import { isPage766, PAGE_766_MATCH } from '../../core/indicators/page-766.js';

export { isPage766 };

/**
 * The national 766 page, a single-page app: the one page where a script is declared (not injected on a click), to
 * observe the API responses the page itself receives from its first request on (content/observer-766.ts), and the
 * manifest's one host permission. Chrome grants a host permission by site, so it reads as «dichvucong.gov.vn».
 */
export const PAGE_766_MATCHES = [PAGE_766_MATCH] as const;

/**
 * True when `url` is a portal page the capture is for (https and a *.gov.vn host: the national portal and the
 * provincial one-stop portals, whose hosts have no common shape — dichvucong.<tỉnh>.gov.vn, motcua.…, hcc.…).
 */
export function isPortalAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'gov.vn' || hostname.endsWith('.gov.vn'));
  } catch {
    return false;
  }
}

/* Made for: least privilege: the portal addresses, the 766 page's the one host permission, every other page reached through the officer's click (activeTab). */
