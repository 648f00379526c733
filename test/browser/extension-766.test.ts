// The 766 page captured as the officer sees it, end to end in Debian's chromium with the built extension: a
// stand-in page of our own sends the requests of DOMAIN §6 (six groups by timeType, satisfaction by
// fromDate/toDate, the national list), answered from the field lists for a province of 150 units with nulls, zero
// denominators and data-quality notes — in several orders, one group late. Asserted on the visible text.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, launchWithExtension, openPortalAndPopup, servePortalPage, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { API, PAGE_766, provinceView, viewPage, type ViewRequest } from '../../scripts/harness/province-766.js';

let browser: ExtensionBrowser;
let tmp: string;

beforeAll(async () => {
  mkdirSync('test/.tmp', { recursive: true });
  tmp = mkdtempSync(join(process.cwd(), 'test/.tmp/extension-766-'));
  const dist = join(tmp, 'dist');
  await buildExtension(dist);
  browser = await launchWithExtension(dist, tmp);
});

afterAll(async () => {
  await browser?.context.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const GROUPS = ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ'];

/** Routes the API with a delay per endpoint (ms), serves the stand-in page sending `requests`, opens it and clicks the icon. */
async function open(requests: ViewRequest[], delays: Record<string, number>) {
  await browser.context.unroute(`${API}**`);
  await browser.context.route(`${API}**`, async (route) => {
    const endpoint = new URL(route.request().url()).pathname.split('/').pop()!;
    await new Promise((done) => setTimeout(done, delays[endpoint] ?? 0));
    await route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(provinceView(endpoint, route.request().postDataJSON())) }).catch(() => undefined);
  });
  await servePortalPage(browser.context, PAGE_766, viewPage(requests));
  return openPortalAndPopup(browser, PAGE_766);
}

async function setCommune(popup: Page, name: string) {
  await popup.getByRole('button', { name: 'Cài đặt' }).click();
  await popup.getByLabel('Xã/phường của tôi').fill(name);
  await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
}

const YEAR: ViewRequest[] = [
  { endpoint: 'service-results', body: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' } },
  ...['transparency', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'dossier-digitized'].map((endpoint) => ({ endpoint, body: { timeType: 'year', year: 2026 } })),
  { endpoint: 'handling-satisfaction', body: { fromDate: '2026-01-01', toDate: '2026-12-31' } },
];

describe('the 766 page as the officer sees it', () => {
  it.each([
    ['in the order sent', {}],
    ['satisfaction last', { 'handling-satisfaction': 600 }],
    ['in reverse, satisfaction first', { 'service-results': 700, transparency: 600, 'dvc-progress-tree': 500, 'provide-online-tree': 400, 'formality-online-payment-tree': 300, 'dossier-digitized': 200 }],
  ])('every group for the commune, no code, units on the first screen, null shown — %s', async (_, delays) => {
    const { popup, portal } = await open(YEAR, delays);
    await portal.locator('#app', { hasText: 'Đã tải 7 phản hồi' }).waitFor();
    await setCommune(popup, 'Xã Tam Sơn');
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    const own = popup.getByTestId('preview-unit').first();
    await own.waitFor();
    expect(await popup.getByTestId('period').innerText()).toBe('Năm 2026');
    expect(await popup.getByTestId('groups-held').innerText()).toBe(GROUPS.join(', '));
    expect(await popup.getByTestId('partial').count()).toBe(0);
    const text = await own.innerText();
    expect(text).toContain('Đơn vị của tôi');
    expect(text).toContain('UBND xã Tam Sơn - Tỉnh Phú Thọ');
    for (const g of GROUPS) expect(text).toContain(g);
    // Null stays «không có số liệu»; the portal's own names, also of a metric thidua has no code for.
    expect(text).toMatch(/Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành\s+(Tử số \/ mẫu số\s+)?không có số liệu/);
    expect(text).toContain('Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết');
    // A row opens on its numerator and denominator, its ratio and what the formula gives (built when opened).
    const row = own.locator('tr[data-code="CKMB_CONG_BO_DUNG_HAN"]');
    await row.locator('summary').click();
    await expect.poll(() => row.innerText()).toMatch(/40\/50 · 80 % · đúng công thức \(4,8\)/);
    expect(text).toMatch(/hạng \d+( \(đồng hạng\))? — .+ · UBND cấp xã · Năm 2026/);
    // The officer's unit within the first screen of the popup (as Chrome sizes it: at most 600 px high).
    expect((await own.boundingBox())!.y).toBeLessThan(await popup.evaluate(() => Math.min(window.innerHeight, 600)));
    // No internal code and no English anywhere the officer looks: every unit chosen, the notes opened.
    await popup.getByRole('button', { name: 'Chọn tất cả' }).click();
    await popup.getByTestId('unit-picker').locator('summary').click();
    await popup.getByTestId('preview-warnings').locator('summary').first().click();
    const all = await popup.locator('body').innerText();
    expect(all).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b|crawl|TEMP_/);
    expect(all).toContain('Cổng ghi chú số liệu còn tạm thời');
    expect(all).toMatch(/Mẫu số bằng 0[^\n]*\n[^\n]*\d+ lần, ở \d+ đơn vị/);
    expect(all).toContain('UBND xã Số 149');
    if (process.env.SHOT) await popup.screenshot({ path: '/tmp/p766-popup.png' });
    await popup.getByRole('button', { name: 'Bỏ chọn' }).click();
    await popup.getByText('UBND xã Tam Sơn - Tỉnh Phú Thọ').last().click();
    await popup.getByRole('button', { name: /^Lưu \(1\)$/ }).click();
    await popup.getByTestId('saved').waitFor();
    await Promise.all([popup.close(), portal.close()]);
  });

  it('waits for a group still on its way, saying which, then shows the view whole', async () => {
    const { popup, portal } = await open(YEAR, { 'handling-satisfaction': 2500 });
    await portal.locator('#app', { hasText: 'Đã tải 6 phản hồi' }).waitFor();
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    await popup.getByText('Đang chờ số liệu nhóm Mức độ hài lòng…').waitFor();
    await popup.getByTestId('preview-unit').first().waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('groups-held').innerText()).toBe(GROUPS.join(', '));
    expect(await popup.getByTestId('partial').count()).toBe(0);
    await Promise.all([popup.close(), portal.close()]);
  });

  it('names a group that does not come in time and saves the capture only as partial', async () => {
    const { popup, portal } = await open(YEAR, { transparency: 15_000 });
    await portal.locator('#app', { hasText: 'Đã tải 6 phản hồi' }).waitFor();
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    await popup.getByTestId('preview-unit').first().waitFor({ timeout: 12_000 });
    expect(await popup.getByTestId('partial').innerText()).toContain('Chưa có số liệu nhóm Công khai, minh bạch');
    expect(await popup.getByRole('button', { name: /^Lưu \(/ }).count()).toBe(0);
    await popup.getByRole('button', { name: /^Lưu là chụp chưa đủ/ }).click();
    await popup.getByTestId('saved').waitFor();
    await Promise.all([popup.close(), portal.close()]);
  }, 30_000);

  it('on a period switch the newest view wins, even with an answer of the old one arriving last', async () => {
    const quarter: ViewRequest[] = YEAR.filter((r) => r.endpoint !== 'service-results').map((r) => ({
      ...r, body: r.endpoint === 'handling-satisfaction' ? { fromDate: '2026-07-01', toDate: '2026-09-30' } : { timeType: 'quarter', year: 2026, quarter: 3 }, after: 300,
    }));
    const { popup, portal } = await open([...YEAR, ...quarter], { 'service-results': 1200 });
    await portal.locator('#app', { hasText: 'Đã tải 13 phản hồi' }).waitFor();
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    await popup.getByTestId('preview-unit').first().waitFor();
    expect(await popup.getByTestId('period').innerText()).toBe('Quý 3/2026');
    expect(await popup.getByTestId('groups-held').innerText()).toBe(GROUPS.join(', '));
    await Promise.all([popup.close(), portal.close()]);
  });
});
