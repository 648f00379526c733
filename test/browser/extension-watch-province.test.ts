// The popup's line of the province, in Chromium: Phú Thọ's mornings of test/watch/province-days.ts (the portal's saved
// answers; the province's total down 2 on 14/9 with its «Số hóa hồ sơ» red, that group not captured on 15/9) restored
// from a backup as the officer restores one, the popup opened over the portal's 766 page. Before, it said nothing of
// the province, while «Bản tin» and the brief gave it a line; then «giảm mạnh» without the total or by how much it fell.
// On 15/9 it named none of the four groups the capture lacked, which «Bản tin» and the brief name first; on 19/9 it
// said «không đổi so với hôm trước» alone where «Bản tin» goes on «giảm 2 so với 7 ngày trước (…)».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { restoreBackup, startExtensionBrowser, storeBackup, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { DAYS, POPUP_LACKING, POPUP_PROVINCE, POPUP_PROVINCE_WEEK, PROVINCE_CAPTURES, weekCaptures } from '../watch/province-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-province-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** The popup's line of the province, and its line of what the day's capture lacks (none: []). */
async function popupProvince(): Promise<{ province: string; lacking: string[] }> {
  const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
  const shown = { province: await popup.getByTestId('verdict-province').innerText(), lacking: await popup.getByTestId('verdict-lacking').allInnerTexts() };
  await Promise.all([popup.close(), portal.close()]);
  return shown;
}

describe('the popup says the province’s verdict, as «Bản tin» and the brief do', () => {
  it('on 14/9 its total, its fall and red group, on 15/9 that group not captured, on 19/9 its fall a week old', async () => {
    const days14 = PROVINCE_CAPTURES.slice(0, DAYS.indexOf('2026-09-14') + 1);
    await restoreBackup(browser, days14);
    const { province: line, lacking } = await popupProvince();
    expect(line).toBe(POPUP_PROVINCE[0]);
    expect(lacking).toEqual([]);
    // Its total and change worded as «Bản tin» begins the province's line: «57,92 điểm (vàng); giảm 2 so với …».
    const news = digestText(buildDigest(watchSeries(days14)!)).split('\n').find((l) => l.startsWith('Tỉnh — '))!.slice('Tỉnh — '.length);
    expect(line.startsWith(news.split('; ').slice(0, 2).join('; '))).toBe(true);
    await storeBackup(browser, PROVINCE_CAPTURES.slice(DAYS.indexOf('2026-09-15')));
    // 15/9, two lists of six: the groups the capture lacks named, as «Bản tin» begins its note (before: not a word).
    expect(await popupProvince()).toEqual({ province: POPUP_PROVINCE[1], lacking: [POPUP_LACKING] });
    // 16/9 to 19/9, every list: the fall of 14/9 said against 7 days before, as «Bản tin» says it (before: the day alone).
    await storeBackup(browser, weekCaptures().slice(DAYS.length));
    expect(await popupProvince()).toEqual({ province: POPUP_PROVINCE_WEEK, lacking: [] });
  }, 300_000);
});

/* Made for: issue 59's audit of the watch — the province's line on the popup. */
