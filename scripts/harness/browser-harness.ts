// Drives the built extension in Debian's chromium (used by test/browser/extension.test.ts and
// bench/extension.ts): build, launch with the extension loaded, serve a fixture page at a real portal
// address, open the popup page aimed at that tab.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `vite build` of the extension into `outDir` (a separate process, as `npm run build:extension` runs it). */
export async function buildExtension(outDir: string): Promise<void> {
  await promisify(execFile)('node_modules/.bin/vite', ['build', '-c', 'extension/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

export type ExtensionBrowser = { context: BrowserContext; worker: Worker; extensionId: string };

/**
 * Chromium with the unpacked extension. Chromium 132+ dropped the old headless mode, so `headless: true`
 * runs the new one, which loads extensions (checked with Debian's 156).
 */
export async function launchWithExtension(extensionDir: string, tmpRoot: string): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpRoot, 'profile-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * A fresh build of the extension loaded in chromium, in a folder of its own made from `tmpPrefix` (e.g.
 * "test/.tmp/extension-") with the build and the profile; `close` ends the browser and removes the folder.
 */
export async function startExtensionBrowser(tmpPrefix: string): Promise<ExtensionBrowser & { close(): Promise<void> }> {
  mkdirSync(dirname(resolve(tmpPrefix)), { recursive: true });
  const tmp = mkdtempSync(resolve(tmpPrefix));
  const dist = join(tmp, 'dist');
  await buildExtension(dist);
  const browser = await launchWithExtension(dist, tmp);
  return {
    ...browser,
    async close() {
      await browser.context.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Answers every request for `url` with `html`, as the portal would (replacing what was served there). */
export async function servePortalPage(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.unroute(url);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Opens `url` in a tab, and the popup page in another tab aimed at it with `?tab=<id>`. */
export async function openPortalAndPopup(browser: ExtensionBrowser, url: string): Promise<{ portal: Page; popup: Page }> {
  const portal = await browser.context.newPage();
  await portal.goto(url);
  // The newest tab at the address: an older one may still show what was served there before.
  const tabId = await browser.worker.evaluate(async (address) => Math.max(...(await chrome.tabs.query({ url: address })).map((t) => t.id ?? -1)), url);
  if (tabId < 0) throw new Error(`no tab for ${url}`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  return { portal, popup };
}

/**
 * Milliseconds from a click on the popup's «Ghi nhận chỉ số» to the frame after `drawn` appears (the
 * preview, or the refusal), measured inside the popup so no round trip to the test counts.
 */
export function timeCaptureClick(popup: Page, drawn: string): Promise<number> {
  return popup.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Ghi nhận chỉ số')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      }),
    drawn,
  );
}

/** What chrome.storage.local holds, read in the service worker. */
export async function storageContents(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(() => chrome.storage.local.get(null));
}
