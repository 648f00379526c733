// Which tab the popup captures, and asking its content script — injected there on the officer's click.
import { isPortalAddress } from '../hosts.js';
import type { ContentRequest } from '../messages.js';

export type PortalTab = { id: number; url: string };

/**
 * The built capture script: declared for the 766 page and built as one standalone file at this path
 * (vite.config.ts), so it is injected by its path — no `?script` import, which would make it web-accessible.
 */
const CAPTURE_SCRIPT = 'src/content/capture.js';

export type TabProblem = 'no-tab' | 'not-portal' | 'no-content-script';

/**
 * The portal tab: the active tab of the popup's window; or, when the popup page is opened in a tab of
 * its own (end-to-end tests, or an officer who pinned it), the tab named by `?tab=<id>` — there the
 * active tab would be the popup itself.
 */
export async function portalTab(search: string): Promise<PortalTab | TabProblem> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(named) && named > 0
    ? await chrome.tabs.get(named).catch(() => undefined)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return 'no-tab';
  // `url` is only visible for hosts the extension may read, i.e. exactly the portals.
  if (!isPortalAddress(tab.url)) return 'not-portal';
  return { id: tab.id, url: tab.url! };
}

/**
 * Injects the capture script into the portal tab (once per page: it keeps itself from installing twice) and sends
 * it a request; 'no-content-script' when it cannot be injected or does not answer.
 */
export async function askPortal<T>(tab: PortalTab, request: ContentRequest): Promise<T | 'no-content-script'> {
  try {
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [CAPTURE_SCRIPT] });
    const answer = (await chrome.tabs.sendMessage(tab.id, request)) as T | undefined;
    return answer ?? 'no-content-script';
  } catch {
    // "Receiving end does not exist": the page was opened before the extension was installed or updated.
    return 'no-content-script';
  }
}
