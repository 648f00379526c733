// The popup on what the portals really send, in Debian's chromium with the built extension: the 766 page answered
// with a province's real lists (test/fixtures/real/portal/: Phú Thọ 2026, the national ranking) shows communes and
// provincial agencies apart, each ranked within its own list, the province named as the province, the portal's
// data-quality note once; a provincial grid whose header is a table of its own is captured whole.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortalAndPopup, servePortalPage, startExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { API, PAGE_766, viewPage, type ViewRequest } from '../../scripts/harness/province-766.js';

const REAL: Record<string, string> = {
  transparency: 'transparency-phu-tho-2026-trimmed.json',
  'dvc-progress-tree': 'dvc-progress-tree-phu-tho-2026-trimmed.json',
  'formality-online-payment-tree': 'formality-online-payment-tree-phu-tho-2026.json',
  'service-results': 'service-results-ca-nuoc-2026.json',
};
const real = (name: string) => readFileSync(new URL(`../fixtures/real/portal/${name}`, import.meta.url), 'utf8');
const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

let browser: Awaited<ReturnType<typeof startExtensionBrowser>>;
beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-portal-real-');
});
afterAll(() => browser?.close());

describe('the 766 page answered with a province\'s real lists', () => {
  it('communes and provincial agencies apart, ranked within their own list; the province named; one note per kind', async () => {
    await browser.context.route(`${API}**`, (route) => {
      const endpoint = new URL(route.request().url()).pathname.split('/').pop()!;
      return route.fulfill({ status: 201, contentType: 'application/json', body: real(REAL[endpoint]!) });
    });
    const requests: ViewRequest[] = [
      { endpoint: 'service-results', body: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' } },
      ...['transparency', 'dvc-progress-tree'].map((endpoint) => ({ endpoint, body: { timeType: 'year', year: 2026 } })),
      // Sent last, after the others are answered: the list each unit's rank is a place in (the last one shown).
      { endpoint: 'formality-online-payment-tree', body: { timeType: 'year', year: 2026 }, after: 500 },
    ];
    await servePortalPage(browser.context, PAGE_766, viewPage(requests));
    const { popup, portal } = await openPortalAndPopup(browser, PAGE_766);
    await portal.locator('#app', { hasText: 'Đã tải 4 phản hồi' }).waitFor();
    await popup.getByRole('button', { name: 'Cài đặt' }).click();
    await popup.getByLabel('Xã/phường của tôi').fill('Xã Bản Nguyên');
    // The lists the page loaded, read as they are: the click asks the portal for no other (gathering: extension-766-gather).
    await popup.getByLabel(/^Chỉ ghi nhận những gì trang đã tải/).check();
    await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    const own = popup.getByTestId('preview-unit').first();
    await own.waitFor();
    expect(await popup.getByTestId('period').innerText()).toBe('Năm 2026');
    const text = await own.innerText();
    expect(text).toContain('Đơn vị của tôi · UBND xã Bản Nguyên · UBND cấp xã');
    // Its place among the province's 148 communes, not among the 163 units of the list.
    expect(await own.getByTestId('rank').innerText()).toBe('đơn vị cấp xã thứ 1/148 — Thanh toán trực tuyến · UBND cấp xã · Năm 2026');
    expect(text).toContain(nf.format(7.56));

    // The province, an agency and a ward side by side: each in its own list.
    await popup.getByTestId('unit-picker').locator('summary').click();
    for (const name of ['UBND tỉnh Phú Thọ', 'Sở Công Thương - Tỉnh Phú Thọ', 'UBND Phường Việt Trì']) await popup.getByRole('checkbox', { name: new RegExp(`^${name} ·`) }).check();
    const listed = (await popup.locator('.unit-list label').allInnerTexts()).map((l) => l.trim());
    expect(listed.filter((l) => / · Sở, ban, ngành$/.test(l))).toHaveLength(15);
    expect(listed.filter((l) => / · UBND cấp xã$/.test(l))).toHaveLength(148);
    expect(listed.filter((l) => / · Tỉnh, thành phố$/.test(l))).toHaveLength(34);
    const unit = (name: string) => popup.getByTestId('preview-unit').filter({ has: popup.locator('h2', { hasText: name }) });
    expect(await unit('Sở Công Thương - Tỉnh Phú Thọ').getByTestId('rank').innerText()).toBe('sở, ban, ngành thứ 1/15 — Thanh toán trực tuyến · Sở, ban, ngành · Năm 2026');
    expect(await unit('UBND Phường Việt Trì').getByTestId('rank').innerText()).toMatch(/^đơn vị cấp xã thứ \d+\/148( \(đồng hạng\))? — Thanh toán trực tuyến · UBND cấp xã · Năm 2026$/);
    // The province by its own name, its national place among the 34 provinces and its six group scores.
    const province = unit('UBND tỉnh Phú Thọ').first();
    expect(await province.getByTestId('rank').innerText()).toBe('tỉnh, thành phố thứ 14/34 — Tổng điểm · Tỉnh, thành phố · Năm 2026');
    const provinceText = await province.innerText();
    for (const g of ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ']) expect(provinceText).toContain(g);
    // «Cả nước» is the country's own row only, never the province's.
    expect(await province.locator('h2').innerText()).toBe('UBND tỉnh Phú Thọ · Tỉnh, thành phố');
    expect(listed.filter((l) => l.includes('Cả nước'))).toEqual(['Cả nước · Cả nước']);

    // The portal's provisional-denominator note: one line, with its count of units, never the portal's own words.
    await popup.getByTestId('preview-warnings').locator('summary').first().click();
    const notes = await popup.getByTestId('preview-warnings').innerText();
    expect(notes.split('\n').filter((l) => /tạm thời/.test(l))).toHaveLength(1);
    expect(notes).not.toMatch(/BCQG|crawl|TEMP_/);
    await own.screenshot({ path: 'test/.tmp/portal-real-own.png' });
    await unit('Sở Công Thương - Tỉnh Phú Thọ').screenshot({ path: 'test/.tmp/portal-real-agency.png' });
    await province.screenshot({ path: 'test/.tmp/portal-real-province.png' });
    await popup.getByTestId('preview-warnings').screenshot({ path: 'test/.tmp/portal-real-notes.png' });
    await Promise.all([popup.close(), portal.close()]);
    await browser.context.unroute(`${API}**`);
  }, 60_000);
});

describe('a provincial grid whose header row is a table of its own', () => {
  it.each(['devextreme-gialai-ho-so', 'kendo-laichau-ho-so', 'div-grid-phutho-ho-so'])('%s: every unit and figure in the preview', async (name) => {
    const dir = new URL('../fixtures/pages/platforms/', import.meta.url);
    const truth = JSON.parse(readFileSync(new URL(`${name}.truth.json`, dir), 'utf8')) as { url: string; figures: { unit: string; code: string; value: number }[] };
    await servePortalPage(browser.context, truth.url, readFileSync(new URL(`${name}.html`, dir), 'utf8'));
    const { popup, portal } = await openPortalAndPopup(browser, truth.url);
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    // The officer's commune (Bản Nguyên, set above) is not on this page: said at the top, and no unit chosen for them.
    expect(await popup.getByTestId('own-absent').innerText()).toMatch(/^Không thấy «Xã Bản Nguyên» \(xã của tôi trong Cài đặt\) trên trang này: chưa chọn đơn vị nào trong \d+ đơn vị/);
    expect(await popup.getByTestId('preview-unit').count()).toBe(0);
    await popup.getByRole('button', { name: 'Chọn tất cả' }).click();
    const units = popup.getByTestId('preview-unit');
    const names = [...new Set(truth.figures.map((f) => f.unit))];
    await expect.poll(() => units.count()).toBe(names.length);
    for (const f of truth.figures) {
      const unit = units.filter({ has: popup.locator('h2', { hasText: f.unit }) });
      expect(await unit.innerText(), `${f.unit} ${f.code}`).toContain(nf.format(f.value));
    }
    expect(await popup.getByTestId('page-type').innerText()).toBe('Tình hình giải quyết hồ sơ — cổng một cửa tỉnh');
    if (name === 'devextreme-gialai-ho-so') await popup.screenshot({ path: 'test/.tmp/grid-devextreme-popup.png' });
    await Promise.all([popup.close(), portal.close()]);
  }, 60_000);
});
