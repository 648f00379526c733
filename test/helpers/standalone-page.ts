// The standalone page opened from disk (file://) in Debian's chromium for a test, with every request it makes
// kept: none may leave the machine (file:, data: and blob: only).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { STANDALONE_PAGE } from '../../scripts/standalone-page.js';

const pageUrl = pathToFileURL(join(resolve(import.meta.dirname, '../..'), 'dist', STANDALONE_PAGE)).href;

export async function openStandalone(browser: Browser): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pageUrl);
  await page.waitForSelector('html[data-host="standalone"]');
  return { page, requests };
}

/** Requests that left the page: none is allowed. */
export const offline = (requests: string[]) => requests.filter((u) => !/^(file|data|blob):/.test(u));
