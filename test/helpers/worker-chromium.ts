// One Chromium for all the standalone page's test files a Vitest worker runs (they share the worker's modules:
// vitest.config.ts), instead of a launch and a close per file: each launch costs ~1.8 s of processor time, and the
// page's tab (test/helpers/standalone-page.ts) is kept from file to file, so a file's first load is the cheap kind too.
// A file gets the browser in `beforeAll` and leaves it in `afterAll`; what the file opened beside the kept tab is closed
// then, so no page, context or download of one file is seen by the next. A browser that is gone (crashed, closed) is
// launched again. Playwright ends the browser when the worker's process ends.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../../scripts/chromium.js';

let launched: Promise<Browser> | undefined;
/** The contexts kept from file to file: the standalone page's tab's (keptAcrossFiles). */
const kept = new WeakSet<BrowserContext>();

/** The worker's Chromium, launched by the first file that asks (again if the last one is gone). */
export async function workerChromium(): Promise<Browser> {
  const browser = await launched?.catch(() => undefined);
  if (browser?.isConnected()) return browser;
  launched = chromium.launch(CHROMIUM);
  return launched;
}

/** `context` stays open when a file leaves the browser (the standalone page's tab: it clears itself before each use). */
export function keptAcrossFiles(context: BrowserContext): void {
  kept.add(context);
}

/** A file is done with the browser: every context it opened (its pages, their downloads) is closed; the kept tab stays. */
export async function leaveWorkerChromium(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().filter((c) => !kept.has(c)).map((c) => c.close()));
}

// Made for: one Chromium shared by the standalone page's test files in a Vitest worker (issue 59 item 4, the test
// command under ten minutes on two cores).
