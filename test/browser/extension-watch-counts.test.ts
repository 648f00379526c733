// Falls and slides counted alike by the popup and «Bản tin», in Debian's chromium with the built extension: Phú Thọ's
// mornings up to 20/9 (test/watch/falling-days.ts: UBND xã Đoan Hùng's «Mức độ hài lòng» falls 5 points on its seventh
// fall in a row) restored from a backup. The popup's communes read «giảm từ 0,5 điểm 1» as «Bản tin» reads it (before:
// «giảm mạnh 1»), the commune not counted again as a slide (before: «giảm mạnh 1, giảm liên tiếp 1», a slide «Bản tin» and the
// brief do not count).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { digestOf, newsLevels, redCounts } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { restoreBackup, startExtensionBrowser, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { FALLING, fallingCaptures } from '../watch/falling-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-counts-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('a fall past the threshold on a run of falls, in the extension', () => {
  it('is counted once, with the falls, by the popup as by «Bản tin»', async () => {
    const captures = fallingCaptures('2026-09-20');
    await restoreBackup(browser, captures);

    const digest = digestOf(captures)!;
    const communes = newsLevels(digest).find((l) => l.level === 'commune')!;
    expect(communes.fallers.map((u) => u.name)).toEqual([FALLING]);
    expect(communes.fallers[0]!.verdict.states).toContain('slid');
    // The popup's words for the digest's lists: fallers, slides (not fallen), reds by the rule that coloured them.
    const counts = [['giảm từ 0,5 điểm', communes.fallers.length], ['giảm 3 lần liên tiếp trở lên', communes.sliders.length], ...redCounts(communes).map((c) => [c.words, c.units.length])].filter(([, n]) => Number(n) > 0);
    const expected = `${communes.title} (${communes.units.length} đơn vị): ${counts.map(([w, n]) => `${w} ${n}`).join(', ')}`;

    const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
    expect(await popup.getByTestId('verdict-level').allInnerTexts()).toContain(expected);
    await Promise.all([popup.close(), portal.close()]);

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(digest));
    expect(text).toContain(`${communes.title} (${communes.units.length} đơn vị) — giảm từ 0,5 điểm ${communes.fallers.length}`);
    expect(text).not.toContain('giảm 3 lần liên tiếp trở lên');
    await page.close();
  }, 240_000);
});

/* Made for: the walk of Phú Thọ's mornings — falls and slides counted alike by the popup and «Bản tin». */
