// The popup's line of the province, in Chromium: Phú Thọ's mornings of test/watch/province-days.ts (the portal's saved
// answers; the province's total down 2 on 14/9 with its «Số hóa hồ sơ» red, that group not captured on 15/9) restored
// from a backup as the officer restores one, the popup opened over the portal's 766 page. Before, it said nothing of
// the province, while «Bản tin» and the brief gave it a line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { restoreBackup, startExtensionBrowser, storeBackup, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { DAYS, POPUP_PROVINCE, PROVINCE_CAPTURES } from '../watch/province-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-province-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function popupProvince(): Promise<string> {
  const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
  const line = await popup.getByTestId('verdict-province').innerText();
  await Promise.all([popup.close(), portal.close()]);
  return line;
}

describe('the popup says the province’s verdict, as «Bản tin» and the brief do', () => {
  it('on 14/9 its fall and red group, on 15/9 that group not captured', async () => {
    await restoreBackup(browser, PROVINCE_CAPTURES.slice(0, DAYS.indexOf('2026-09-14') + 1));
    expect(await popupProvince()).toBe(POPUP_PROVINCE[0]);
    await storeBackup(browser, PROVINCE_CAPTURES.slice(DAYS.indexOf('2026-09-15')));
    expect(await popupProvince()).toBe(POPUP_PROVINCE[1]);
  }, 300_000);
});

/* Made for: issue 59's audit of the watch — the province's line on the popup. */
