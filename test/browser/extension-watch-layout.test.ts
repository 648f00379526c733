// A morning the portal answers in a layout thidua does not know, in Debian's chromium with the built extension: the
// officer captures Phú Thọ's progress tree on 13/9 (the saved answer of test/fixtures/real/watch/), and on 14/9 the
// portal sends the same tree with each unit's `score` renamed (`diem`). The capture says which field is missing and
// stores nothing — before, 164 units were saved with «Tiến độ giải quyết: không có số liệu», the portal's «no data»,
// and «Bản tin» told the morning as a province without a progress score.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { openPortalAndPopup, servePortalPage, startExtensionBrowser, storageContents, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { capturedAtOf, progressAnswer, progressRequest, PROGRESS_URL, seenOn, STORY } from '../watch/real-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-layout-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const page766 = `<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1><div id="app">Đang tải…</div><script>
  fetch(${JSON.stringify(PROGRESS_URL)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(progressRequest()))} })
    .then((r) => r.json()).then(() => { document.getElementById('app').textContent = 'Đã tải'; });
</script></body></html>`;

/** The morning of `day`: the portal answers `body`, the popup's clock at 04:10 the next morning, «Ghi nhận chỉ số» clicked. */
async function capture(day: string, body: unknown): Promise<{ popup: Page; portal: Page }> {
  await browser.context.unroute('https://dichvucong.gov.vn/api/**');
  await browser.context.route('https://dichvucong.gov.vn/api/**', (route) => route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(body) }));
  await servePortalPage(browser.context, PAGE_766_URL, page766);
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
  await portal.locator('#app', { hasText: 'Đã tải' }).waitFor();
  await popup.clock.setFixedTime(new Date(capturedAtOf(day)));
  await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
  await popup.locator('[data-testid=preview-unit], [data-testid=capture-error]').first().waitFor();
  return { popup, portal };
}

describe('a morning the portal answers in an unknown layout', () => {
  it('names the field the answer lacks, stores nothing, and every face still reads the morning before', async () => {
    await servePortalPage(browser.context, PAGE_766_URL, page766);
    const { popup: settings, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
    await settings.getByRole('button', { name: 'Cài đặt' }).click();
    await settings.getByLabel(/^Chỉ ghi nhận những gì trang đã tải/).check();
    await settings.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await Promise.all([settings.close(), portal.close()]);

    const [first, second] = STORY;
    const morning = await capture(first!.day, progressAnswer(first!));
    await morning.popup.getByRole('button', { name: 'Chọn tất cả' }).click();
    await morning.popup.getByRole('button', { name: /^Lưu (là chụp chưa đủ )?\(\d+\)/ }).click();
    await morning.popup.getByTestId('saved').waitFor();
    await Promise.all([morning.popup.close(), morning.portal.close()]);

    // 14/9: every unit's `score` comes as `diem` — the tree's shape, its figures, another name.
    const renamed = progressAnswer(second!) as { data: { children: Record<string, unknown>[] } };
    for (const c of renamed.data.children) {
      c.diem = c.score;
      delete c.score;
    }
    const { popup, portal: tab } = await capture(second!.day, renamed);
    const error = popup.getByTestId('capture-error');
    await error.waitFor();
    expect(await error.locator('p').first().innerText()).toBe('Phản hồi «dvc-progress-tree» không đúng dạng Tiến độ giải quyết (parent / children): trường data.children[0].totalScore hoặc score không có. Trang có thể đã đổi cách trả số liệu.');
    expect(await error.innerText()).toContain('data.children[0].totalScore hoặc score: không có');
    expect(await popup.getByRole('button', { name: /^Lưu/ }).count()).toBe(0);
    await Promise.all([popup.close(), tab.close()]);

    // Nothing of 14/9 stored: the store holds 13/9 alone, and «Bản tin» is the digest of that morning.
    const days = Object.keys(await storageContents(browser)).filter((k) => k.startsWith('day:')).sort();
    expect(days).toEqual([`day:${first!.day}`]);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const capturedAt = capturedAtOf(first!.day);
    // As the extension captures: with what the portal refused that morning (nothing), so groups not loaded are said as such.
    const read = captureResponses(seenOn(first!, false), { capturedAt, refused: [] });
    if (!read.ok) throw new Error(read.error.message);
    expect(await page.getByTestId('digest-text').innerText()).toBe(digestText(digestOf([{ capturedAt, snapshots: read.snapshots }])!));
    await page.close();
  }, 240_000);
});

/* Made for: the walk of Phú Thọ's mornings — a portal answer of an unknown layout said precisely, nothing stored. */
