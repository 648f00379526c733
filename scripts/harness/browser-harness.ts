// Drives the built extension in Debian's chromium (used by test/browser/extension*.test.ts and bench/): launch
// with the extension loaded, serve a fixture page at a real portal address, open it in a tab and click the
// extension's icon there — the popup opens for that tab, granted it by activeTab, as for the officer.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { StorageArea } from '../../extension/src/storage/area.js';
import { createStore, type StoredSnapshot } from '../../extension/src/storage/store.js';
import { readBackup } from '../../extension/src/export/backup.js';
import type { Capture } from '../../core/watch/captures.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { builtExtension } from './builds.js';

// --enable-unsafe-extension-debugging: CDP's Extensions domain (the icon's click, below), over Playwright's pipe.
const CHROMIUM_ARGS = ['--no-sandbox', '--enable-unsafe-extension-debugging', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type ExtensionBrowser = { context: BrowserContext; worker: Worker; extensionId: string };

/**
 * Chromium with the unpacked extension. Chromium 132+ dropped the old headless mode, so `headless: true`
 * runs the new one, which loads extensions (checked with Debian's 156).
 */
export async function launchWithExtension(extensionDir: string, tmpRoot: string, locale?: string): Promise<ExtensionBrowser> {
  // The action's popup is a target of type «other», which Playwright attaches as a page only when asked so.
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpRoot, 'profile-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    // A browser language of the officer's choosing (e.g. «en-US», where a number field reads «0,5» as 5).
    ...(locale ? { locale } : {}),
    args: [...CHROMIUM_ARGS, ...(locale ? [`--lang=${locale}`] : []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * The run's build of the extension (builtExtension) loaded in chromium, with its profile in a folder of its own made
 * from `tmpPrefix` (e.g. "test/.tmp/extension-"); `close` ends the browser and removes the folder.
 */
export async function startExtensionBrowser(tmpPrefix: string, locale?: string): Promise<ExtensionBrowser & { close(): Promise<void> }> {
  mkdirSync(dirname(resolve(tmpPrefix)), { recursive: true });
  const tmp = mkdtempSync(resolve(tmpPrefix));
  const browser = await launchWithExtension(await builtExtension(), tmp, locale);
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

/** Opens `url` in a new tab and clicks the extension's icon there (clickIcon). */
export async function openPortalAndPopup(browser: ExtensionBrowser, url: string): Promise<{ portal: Page; popup: Page }> {
  const portal = await browser.context.newPage();
  await portal.goto(url);
  return { portal, popup: await clickIcon(browser, portal) };
}

/**
 * The officer's click on the extension's icon with `tab` in front: CDP's Extensions.triggerAction runs the action as
 * a user's click (Chromium 143+), so the popup opens for that tab and activeTab grants the extension that tab — its
 * address, and the capture script injected there. The popup page is returned.
 */
export async function clickIcon(browser: ExtensionBrowser, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    // The tab in front at that address (tab targets name their state in embedderData).
    const fronts = targetInfos.filter((t) => t.url === tab.url() && String(t.embedderData?.tabActive) === 'true');
    if (fronts.length !== 1) throw new Error(`${fronts.length} tabs in front at ${tab.url()}`);
    const before = new Set(browser.context.pages());
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: fronts[0]!.targetId });
    // The popup page, once attached and at its address (it may be attached before it has one).
    const address = `chrome-extension://${browser.extensionId}/src/popup/`;
    for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((done) => setTimeout(done, 50))) {
      const page = browser.context.pages().find((p) => !before.has(p) && p.url().startsWith(address));
      if (page) {
        await page.waitForLoadState();
        return page;
      }
    }
    throw new Error(`no popup opened; pages: ${browser.context.pages().map((p) => p.url()).join(', ')}`);
  } finally {
    await cdp.detach();
  }
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

/** The snapshots the extension keeps, read by its own store from what chrome.storage.local holds. */
export async function storedSnapshots(browser: ExtensionBrowser): Promise<StoredSnapshot[]> {
  const contents = await storageContents(browser);
  const readOnly: StorageArea = {
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in contents).map((k) => [k, contents[k]])),
    set: () => Promise.reject(new Error('read-only')),
    remove: () => Promise.reject(new Error('read-only')),
    bytesInUse: (keys) => browser.worker.evaluate((k) => chrome.storage.local.getBytesInUse(k), keys),
  };
  return (await createStore(readOnly).snapshots()).snapshots;
}

/** The 766 page with nothing loaded: the popup opened over it shows the stored verdicts, captures nothing. */
export const BLANK_766 = '<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1></body></html>';

/** The backup file («Sao lưu») holding `captures`: its text, and how many records it holds. */
function backupOf(captures: readonly Capture[]): { text: string; records: number } {
  const snapshots = captures.flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt })));
  return { text: JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-09-30T00:00:00.000Z', snapshots }), records: snapshots.length };
}

/** Captures restored as the officer restores a backup («Nhập bản sao lưu») on the history page, every record taken. */
export async function restoreBackup(browser: ExtensionBrowser, captures: readonly Capture[]): Promise<void> {
  const backup = backupOf(captures);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
  await page.locator('input[type=file]').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await page.getByRole('status').filter({ hasText: `Đã nhập ${backup.records} bản ghi` }).waitFor();
  await page.close();
}

/**
 * The same backup taken in by the extension's own code without the history page — its reader (readBackup), then its
 * store's save, the store's records written to chrome.storage.local by the service worker —, every record taken: for
 * a test about what the popup or «Bản tin» says of a stored state once the file has restored through the page
 * (restoreBackup) at least once. The page, opened for each restore, reads every stored day and works out the day's
 * verdicts before it imports: 7–15 s a restore at a load of 16 on two cores.
 */
export async function storeBackup(browser: ExtensionBrowser, captures: readonly Capture[]): Promise<void> {
  const backup = backupOf(captures);
  const read = readBackup(backup.text);
  if (!read.ok) throw new Error(`backup refused: ${JSON.stringify(read.problem)}`);
  const chromeStorage: StorageArea = {
    get: (keys) => browser.worker.evaluate((k) => chrome.storage.local.get(k), keys),
    set: (items) => browser.worker.evaluate((i) => chrome.storage.local.set(i), items),
    remove: (keys) => browser.worker.evaluate((k) => chrome.storage.local.remove(k), keys),
    bytesInUse: (keys) => browser.worker.evaluate((k) => chrome.storage.local.getBytesInUse(k), keys),
  };
  const { saved } = await createStore(chromeStorage).save(read.backup.snapshots);
  if (saved.length !== backup.records) throw new Error(`${saved.length} of ${backup.records} records taken`);
}

/** The one-page brief downloaded from «Bản tin» (`page`): the text of its cells (a long line wrapped over rows, read joined). */
export async function briefCells(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Báo cáo một trang (.xlsx)' }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  return book.getWorksheet('Báo cáo nhanh')!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((v): v is string => typeof v === 'string') : [])).join(' ').replace(/\s+/g, ' ');
}

/**
 * A morning captured through the popup as the officer captures it: the stand-in 766 page at PAGE_766_URL asks the lists
 * `asked` holds as the portal's page asks them (the extension asks nothing more), the portal's answers routed from `api`;
 * the popup's clock at `capturedAt`, every unit chosen and saved. What the popup says it saved.
 */
export async function captureAsked(browser: ExtensionBrowser, api: string, asked: readonly { endpoint: string; request?: unknown; body?: unknown }[], capturedAt: string): Promise<string> {
  const { popup, portal } = await previewAsked(browser, api, asked, capturedAt);
  await popup.getByRole('button', { name: 'Chọn tất cả' }).click();
  await popup.getByRole('button', { name: /^Lưu \(\d+\)/ }).click();
  const saved = await popup.getByTestId('saved').innerText();
  await Promise.all([popup.close(), portal.close()]);
  return saved;
}

/** captureAsked up to the popup's preview of the morning, before anything is saved; the caller closes both pages. */
export async function previewAsked(browser: ExtensionBrowser, api: string, asked: readonly { endpoint: string; request?: unknown; body?: unknown }[], capturedAt: string): Promise<{ popup: Page; portal: Page }> {
  const page = `<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1><div id="app">Đang tải…</div><script>
  (async () => {
    for (const [endpoint, body] of ${JSON.stringify(asked.map((a) => [a.endpoint, a.request]))}) {
      await fetch(${JSON.stringify(api)} + endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    }
    document.getElementById('app').textContent = 'Đã tải';
  })();
</script></body></html>`;
  await browser.context.route(`${api}**`, (route) => {
    const endpoint = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(asked.find((a) => a.endpoint === endpoint)!.body) });
  });
  await servePortalPage(browser.context, PAGE_766_URL, page);
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
  await portal.locator('#app', { hasText: 'Đã tải' }).waitFor();
  await popup.clock.setFixedTime(new Date(capturedAt));
  await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
  await popup.getByTestId('preview-unit').first().waitFor();
  return { popup, portal };
}

/** RFC 4180 rows of a CSV, cells separated by `separator` (the extension's export: `;` with the decimal comma; LibreOffice's conversion, its lines ending in LF alone; a byte-order mark dropped). */
export function csvRows(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // A run of plain characters is taken whole, up to the next quote, separator or line end (outside quotes) or quote
  // (inside): a character at a time, the history's 12 MB export took 5.7 s to read (extension-watch-export).
  const stop = separator === ',' ? /[",\r\n]/g : /[";\r\n]/g;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; ) {
    if (quoted) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        cell += text.slice(i);
        break;
      }
      cell += text.slice(i, q);
      if (text[q + 1] === '"') (cell += '"'), (i = q + 2);
      else (quoted = false), (i = q + 1);
      continue;
    }
    stop.lastIndex = i;
    const at = stop.exec(text)?.index ?? text.length;
    cell += text.slice(i, at);
    const c = text[at];
    if (c === undefined) break;
    i = at + 1;
    if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = '');
    else if (c === '\n' || text[i] === '\n') rows.push([...row, cell]), (row = []), (cell = ''), (i += c === '\r' ? 1 : 0);
    else cell += c;
  }
  return rows;
}

/** The popup over the blank 766 page, once its verdicts are drawn; the caller closes both. */
export async function verdictPopup(browser: ExtensionBrowser, page766: string): Promise<{ portal: Page; popup: Page }> {
  await servePortalPage(browser.context, page766, BLANK_766);
  const opened = await openPortalAndPopup(browser, page766);
  await opened.popup.getByTestId('verdict-level').first().waitFor();
  return opened;
}
