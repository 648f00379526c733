// Which tab the popup captures, and asking its content script — declared on the 766 page, injected elsewhere on
// the officer's click (activeTab: the click on the extension's icon grants the tab it was made on, and only it).
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
 * The portal tab: the active tab of the popup's window, the one the officer clicked the icon on. Its address is
 * readable through that click (activeTab); a tab the extension was not invoked on shows none, and is no portal.
 */
export async function portalTab(): Promise<PortalTab | TabProblem> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return 'no-tab';
  if (!isPortalAddress(tab.url)) return 'not-portal';
  return { id: tab.id, url: tab.url! };
}

/**
 * Sends the portal tab's capture script a request; the script is injected first only where it is not there yet (it
 * is declared on the 766 page, and stays in a page once injected): injecting it again would run the whole bundle on
 * every click for nothing. 'no-content-script' when it cannot be injected or does not answer.
 */
export async function askPortal<T>(tab: PortalTab, request: ContentRequest): Promise<T | 'no-content-script'> {
  const send = () => chrome.tabs.sendMessage(tab.id, request) as Promise<T | undefined>;
  try {
    // "Receiving end does not exist": no script in the page yet.
    const answer = await send().catch(async () => {
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [CAPTURE_SCRIPT] });
      return send();
    });
    return answer ?? 'no-content-script';
  } catch {
    // Not injectable: the page was opened before the extension was installed or updated, or the click's grant is gone.
    return 'no-content-script';
  }
}

/* Made for: least privilege: the one tab the officer clicked on is the one captured, its content script declared on the 766 page and injected elsewhere only then. */
