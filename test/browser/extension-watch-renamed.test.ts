// A commune the portal renamed, its code kept, in Debian's chromium with the built extension: Phú Thọ's mornings up to
// 16/9 (test/watch/renamed-days.ts: UBND xã Bình Phú comes as «UBND xã Tân Bình» from 16/9) restored from a backup;
// the popup says the rename as «Bản tin» says it, and no commune gone from the lists (before: «Không có trong lần chụp
// ngày 16/9/2026: UBND xã Bình Phú», and «Bản tin» the same beside a new «UBND xã Tân Bình»).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { restoreBackup, startExtensionBrowser, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { captureOf, WALK_DAYS } from '../watch/six-lists-days.js';
import { CODE, NEW_NAME, OLD_SHORT, portalOn } from '../watch/renamed-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-renamed-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('a commune renamed on the portal, in the extension', () => {
  it('is said as renamed by the popup and «Bản tin», never as gone from the lists', async () => {
    const captures = WALK_DAYS.filter((d) => d <= '2026-09-16').map((d) => captureOf(d, portalOn(d)));
    await restoreBackup(browser, captures);

    const said = `Cổng đổi tên đơn vị (cùng mã): ${OLD_SHORT} → ${NEW_NAME} (mã ${CODE}); số liệu dưới tên mới chưa so sánh được với tên cũ.`;
    const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
    expect(await popup.getByTestId('verdict-renamed').innerText()).toBe(said);
    expect(await popup.getByTestId('verdict-missing').count()).toBe(0);
    await Promise.all([popup.close(), portal.close()]);

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(digestOf(captures)!));
    expect(text.split('\n')).toContain(said);
    expect(text).not.toContain(`Không có trong lần chụp ngày 16/9/2026: ${OLD_SHORT}`);
    await page.close();
  }, 240_000);
});

/* Made for: the walk of Phú Thọ's mornings — a commune renamed on the portal said alike by the popup and «Bản tin». */
