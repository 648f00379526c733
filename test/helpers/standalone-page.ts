// The standalone page as an officer opens it: thidua-doc-lap.html of the add-in's build from disk (file://) in Debian's chromium,
// every request it makes and every Content-Security-Policy violation kept (none may happen: the page is offline and
// runs only its own script), and a commune run scored and downloaded. Shared by the page's browser tests.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { STANDALONE_PAGE } from '../../scripts/standalone-page.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { afterAll, beforeAll } from 'vitest';
import { builtAddin } from '../../scripts/harness/builds.js';
import { tempDir } from '../cli/helpers.js';
import { keptAcrossFiles, leaveWorkerChromium, workerChromium } from './worker-chromium.js';

export type OpenedPage = { page: Page; requests: string[] };

/** Office.js's address: unreachable for the standalone page. */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';

/**
 * The tab each browser's tests open the page in, one after another. Opening the page again in the same tab, after
 * about:blank, is a fresh document (a new script realm, its worker threads, React, nothing of the last test's state)
 * but the renderer process and V8's compilations of the page's 3.6 MB script are kept: on two loaded cores, 0.1–0.3 s
 * of processor time a load instead of ~1.5 s in a new tab (test/browser's files open the page some 45 times).
 */
const tabs = new WeakMap<Browser, Page>();
const listening = new WeakMap<Page, (r: Request) => void>();

/**
 * The browser's tab with nothing of the last test: what that test's document kept (the criteria confirmed, the
 * language: localStorage and sessionStorage of its origin, the only one it opened) cleared, then the document left.
 * A tab that cannot say so (closed, crashed) is replaced by a new one.
 */
async function freshTab(browser: Browser): Promise<Page> {
  const kept = tabs.get(browser);
  const cleared = kept && !kept.isClosed() && (await kept.evaluate(() => (localStorage.clear(), sessionStorage.clear(), true)).catch(() => false));
  if (kept && cleared) {
    kept.off('request', listening.get(kept)!);
    await kept.unroute(OFFICE_CDN);
    await kept.goto('about:blank');
    return kept;
  }
  if (kept && !kept.isClosed()) await kept.close();
  const page = await browser.newPage({ acceptDownloads: true });
  // Every Content-Security-Policy violation each document meets (zod's eval probe, an inline script…) is kept.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  tabs.set(browser, page);
  // A browser shared by a worker's files (test/helpers/worker-chromium.ts) keeps the tab for the next file.
  keptAcrossFiles(page.context());
  return page;
}

/**
 * `dist`: the run's build of the add-in (builtAddin). `served`: instead, taskpane.html from that address at a task pane's width (the task pane's own build, as Excel
 * loads it, Office.js unreachable); requests to the address itself are not kept. `viewport`: another size than these.
 * The page is opened afresh in the browser's one tab (freshTab): a test leaves it open for the next.
 */
export async function openStandalonePage(browser: Browser, dist: string, served?: string, viewport?: { width: number; height: number }): Promise<OpenedPage> {
  const { page, requests } = await keptTab(browser, viewport ?? (served ? { width: 340, height: 800 } : { width: 1200, height: 900 }), (url) => !served || !url.startsWith(served));
  if (served) await page.route(OFFICE_CDN, (r) => r.abort());
  await page.goto(served ? `${served}taskpane.html` : pathToFileURL(join(dist, STANDALONE_PAGE)).href);
  await page.waitForSelector('html[data-host="standalone"]');
  return { page, requests };
}

/**
 * The browser's one tab (freshTab) at `viewport`, for a page the test opens itself (taskpane.html from disk, or as
 * Office opens it): every request from now on listed; a route the test sets there is gone at the next freshTab.
 */
export const tabAfresh = (browser: Browser, viewport: { width: number; height: number }): Promise<OpenedPage> => keptTab(browser, viewport, () => true);

/** The browser's tab afresh at `viewport`, the requests `kept` says listed from now on. */
async function keptTab(browser: Browser, viewport: { width: number; height: number }, kept: (url: string) => boolean): Promise<OpenedPage> {
  const page = await freshTab(browser);
  await page.setViewportSize(viewport);
  const requests: string[] = [];
  const listener = (r: Request) => void (kept(r.url()) && requests.push(r.url()));
  page.on('request', listener);
  listening.set(page, listener);
  return { page, requests };
}

/** Requests that left the page (anything but file:, data: and blob:; Office.js's address, refused, outside Excel). */
export const offline = (requests: string[]) => requests.filter((u) => !/^(file|data|blob):/.test(u) && !u.startsWith('https://appsforoffice.microsoft.com/'));

/** What the page's CSP refused. */
export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/**
 * A set read with notices waits for the officer: «Xác nhận bộ tiêu chí để chấm» under its tree (step 1 of «Chấm cả xã»,
 * or the «Tiêu chí» tab), the first one shown.
 */
export async function confirmUnderstood(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Xác nhận bộ tiêu chí để chấm' }).first().click({ timeout: 30_000 });
}

/** «Chấm cả xã» with the built-in set `setId` on the `reports`, scored until the result is ready to download. */
export async function scoreWithBuiltin(page: Page, setId: string, reports: string[]): Promise<void> {
  await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
  await page.getByRole('option', { name: findBuiltin(setId)!.title, exact: true }).click();
  await page.getByLabel('Tệp báo cáo').setInputFiles(reports);
  await page.getByRole('button', { name: /^Chấm \d+ tệp$/ }).click();
  await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor({ timeout: 120_000 });
}

/** The page's «Kiểm tra» given `files` (a closed tong-hop.xlsx and its scored copies): its verdict and its lines. */
export async function checkedOnPage(run: ExamplePageRun, files: string[]): Promise<{ verdict: string; lines: string[] }> {
  const { page } = await openStandalonePage(run.browser, run.dist);
  await page.getByLabel('Tệp cần kiểm tra').setInputFiles(files);
  const result = page.getByRole('status', { name: 'Kết quả kiểm tra' });
  await result.waitFor({ timeout: 120_000 });
  const said = { verdict: (await result.getByRole('listitem').count()) > 0 ? 'khong-khop' : String(await result.getAttribute('data-ok')), lines: await result.getByRole('listitem').allTextContents() };
  await page.close();
  return said;
}

/** What the page lists under «Lần chấm này khác kết quả đã chốt» once a run is scored (none: nothing listed). */
export async function runDiffers(page: Page): Promise<string[]> {
  const listed = page.getByRole('alert').filter({ hasText: 'Lần chấm này khác kết quả đã chốt' });
  return (await listed.count()) === 0 ? [] : listed.getByRole('listitem').allTextContents();
}

/** «Chấm cả xã»: scores what is chosen and downloads the result. */
export async function scoreAndDownload(page: Page, files: number): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: `Chấm ${files} tệp` }).click();
  const button = page.getByRole('button', { name: /^Tải kết quả: / });
  await button.waitFor({ timeout: 180_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** What a file of the page's tests on the example commune works with, made before its tests and let go after them. */
export type ExamplePageRun = { browser: Browser; dist: string; dir: string; reports: string[] };

/**
 * The add-in's build, a worker's chromium, a folder of the file's own and the example commune's reports (sorted),
 * registered as the file's beforeAll and afterAll: read its fields inside the tests.
 */
export function examplePageRun(): ExamplePageRun {
  const run = {} as ExamplePageRun;
  beforeAll(async () => {
    run.dist = await builtAddin();
    run.browser = await workerChromium();
    run.dir = await tempDir();
    const examples = join(import.meta.dirname, '../../examples/bao-cao');
    run.reports = (await readdir(examples)).sort().map((f) => join(examples, f));
  }, 240_000);
  afterAll(async () => leaveWorkerChromium(run.browser));
  return run;
}
