// A list the portal refused, said once and only of the view it was refused for, in Debian's chromium with the built
// extension over a stand-in 766 page asking Phú Thọ's real answers (test/fixtures/real/watch/, via
// test/watch/six-lists-days.ts), the portal refusing «Mức độ hài lòng» of August 2026 (403). With the extension asking
// for the lists (the default), the refusal is said once in the popup (before: in the asking's account and again in the
// notes, the same words); with «Chỉ ghi nhận những gì trang đã tải», a July view the page loaded two lists of says the
// other four were not loaded, «Mức độ hài lòng» among them (before: «Cổng không trả danh sách «Mức độ hài lòng»»,
// the August refusal carried over to July). The capture keeps the refusal: the history page says it as the portal's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { openPortalAndPopup, servePortalPage, startExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { API } from '../watch/real-days.js';
import { listOn, rankingOn, RANKING, REQUESTS } from '../watch/six-lists-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-refused-');
  // August's «Mức độ hài lòng» refused (the page's own request and the extension's alike); every other list answered.
  await browser.context.route(`${API}**`, (route) => {
    const endpoint = new URL(route.request().url()).pathname.split('/').pop()!;
    const body = route.request().postDataJSON() as { fromDate?: string };
    if (endpoint === 'handling-satisfaction' && body.fromDate === '2026-08-01') return route.fulfill({ status: 403, body: 'Forbidden' });
    return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(endpoint === RANKING ? rankingOn(DAY) : listOn(DAY, endpoint)) });
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const DAY = '2026-09-14';
const LISTS = ['transparency', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'handling-satisfaction', 'dossier-digitized', RANKING];
const REFUSAL = 'Cổng không trả danh sách «Mức độ hài lòng» (mã 403): lần chụp thiếu danh sách này.';
/** A request of July 2026 instead of August: satisfaction by its days, the others by the month. */
const july = (endpoint: string) => {
  const { fromDate: _from, toDate: _to, ...rest } = REQUESTS[endpoint]!;
  return endpoint === 'handling-satisfaction' ? { ...rest, fromDate: '2026-07-01', toDate: '2026-07-31' } : { ...rest, month: 7 };
};

/** The stand-in 766 page: it asks `requests` one after another, as the portal's page asks them. */
function pageAsking(requests: readonly (readonly [string, unknown])[]): string {
  return `<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1><div id="app">Đang tải…</div><script>
    (async () => {
      for (const [endpoint, body] of ${JSON.stringify(requests)}) {
        await fetch(${JSON.stringify(API)} + endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      }
      document.getElementById('app').textContent = 'Đã tải';
    })();
  </script></body></html>`;
}

/** «Ghi nhận chỉ số» on the page asking `requests`: the popup's whole text (the folded notes with it), and the notes; saved as partial when `save`. */
async function capture(requests: readonly (readonly [string, unknown])[], observeOnly = false, save = false): Promise<{ text: string; notes: string }> {
  await servePortalPage(browser.context, PAGE_766_URL, pageAsking(requests));
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
  if (observeOnly) {
    await popup.getByRole('button', { name: 'Cài đặt' }).click();
    await popup.getByLabel(/^Chỉ ghi nhận những gì trang đã tải/).check();
    await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
  }
  await portal.locator('#app', { hasText: 'Đã tải' }).waitFor();
  await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
  await popup.getByTestId('preview-unit').first().waitFor({ timeout: 30_000 });
  const shown = { text: await popup.locator('body').textContent() ?? '', notes: await popup.getByTestId('preview-warnings').textContent() ?? '' };
  if (save) {
    await popup.getByRole('button', { name: /^Lưu là chụp chưa đủ/ }).click();
    await popup.getByText(/^Đã lưu \d+ bản ghi\./).waitFor();
  }
  await Promise.all([popup.close(), portal.close()]);
  return shown;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a list the portal refused, in the popup', () => {
  it('is said once when the extension asked for it again, in the asking’s account; and only of the view it was refused for', async () => {
    // August, every list asked by the page; the extension asks the refused one again and is refused again.
    const august = await capture(LISTS.map((e) => [e, REQUESTS[e]] as const), false, true);
    expect(count(august.text, REFUSAL)).toBe(1);
    expect(august.text).toContain(`Đã hỏi cổng 1 danh sách của kỳ đang xem, lần lượt từng danh sách.${REFUSAL}`);
    // Stored with the capture and said on the history page as refused by the portal, not as a group to open (before:
    // «chụp chưa đủ» alone, which «Bản tin» read «thiếu danh sách Mức độ hài lòng»).
    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await history.getByTestId('unit-history').first().waitFor();
    expect(new Set(await history.getByTestId('capture-lacking').allTextContents())).toEqual(new Set(['chụp chưa đủ: cổng không trả 1 danh sách: «Mức độ hài lòng» (mã 403) — lỗi phía cổng, ghi nhận lại sau']));
    await history.close();

    // August refused, then the officer switched to July, whose page loaded two lists: the four others not loaded.
    const switched = await capture([...LISTS.map((e) => [e, REQUESTS[e]] as const), ...['transparency', 'dvc-progress-tree'].map((e) => [e, july(e)] as const)], true);
    expect(switched.notes).not.toContain('Cổng không trả');
    expect(switched.notes).toContain('Trang chưa tải nhóm «Dịch vụ công trực tuyến», «Thanh toán trực tuyến», «Mức độ hài lòng», «Số hóa hồ sơ» cho kỳ này');
  }, 60_000);
});
