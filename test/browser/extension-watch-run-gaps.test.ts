// A run of falls across both kinds of day it passes over, in Debian's chromium with the built extension, in Vietnamese
// and in English: Phú Thọ's saved lists (test/watch/six-lists-days.ts) over 10/9–17/9, the province's own «Tiến độ giải
// quyết» (the head of the list dvc-progress-tree) falling a little each day from 12/9; 14/9 never captured, 15/9
// captured with «Công khai, minh bạch» alone (the page had loaded that list). The popup's line of the province names
// both days. Before, the English popup joined them with the Vietnamese «và»: «(not captured 14/9/2026 và the captures
// of 15/9/2026 without this score)».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { startExtensionBrowser, storeBackup, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { askedOn, captureOf, PROVINCE_CODE, type Season } from '../watch/six-lists-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-run-gaps-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** How far below its saved score the province's «Tiến độ giải quyết» stands each day (10/9 and 11/9 as saved). */
const FALLEN: Readonly<Record<string, number>> = { '2026-09-12': 0.1, '2026-09-13': 0.2, '2026-09-15': 0.3, '2026-09-16': 0.4, '2026-09-17': 0.5 };
const SLIDE: Season = {
  score: (day, code, group, saved) => (code === PROVINCE_CODE && group === 'TDGQ' && FALLEN[day] ? Math.round((saved - FALLEN[day]) * 100) / 100 : undefined),
};
const captures = [
  ...['2026-09-10', '2026-09-11', '2026-09-12', '2026-09-13'].map((d) => captureOf(d, askedOn(d, {}, SLIDE))),
  captureOf('2026-09-15', askedOn('2026-09-15', { opened: ['transparency'], observeOnly: true }, SLIDE)),
  ...['2026-09-16', '2026-09-17'].map((d) => captureOf(d, askedOn(d, {}, SLIDE))),
];

describe('a run of falls across a day not captured and a capture without its score, in the popup', () => {
  it('names both days in the officer’s language, as «Bản tin» does', async () => {
    await storeBackup(browser, captures);
    // 15,68 as saved on 10/9 and 11/9; 15,58 and 15,48 on 12/9 and 13/9; 15,28 and 15,18 on 16/9 and 17/9: four falls, −0,5 in all.
    const vi = 'giảm 4 lần liên tiếp, tổng −0,5 điểm (không chụp 14/9/2026 và lần chụp 15/9/2026 không có điểm này)';
    expect(digestText(digestOf(captures)!)).toContain(vi);
    const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
    expect(await popup.getByTestId('verdict-province').innerText()).toContain(`Tiến độ giải quyết ${vi}`);

    await popup.getByRole('button', { name: 'Cài đặt' }).click();
    await popup.getByLabel('Ngôn ngữ').selectOption('en');
    await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await popup.getByRole('button', { name: 'Capture indicators' }).waitFor();
    await expect
      .poll(() => popup.getByTestId('verdict-province').innerText())
      .toContain('Tiến độ giải quyết down 4 times in a row, −0.5 points in all (not captured 14/9/2026 and the captures of 15/9/2026 without this score)');
    await Promise.all([popup.close(), portal.close()]);
  }, 240_000);
});

/* Made for: a run of falls said in the officer's language on every face, the days it passed over joined in that language. */
