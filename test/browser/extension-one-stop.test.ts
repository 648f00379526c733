// The extension in Debian's chromium on one-stop statistics pages nobody hand-wrote (issue 22): pages of the
// generator (scripts/harness/one-stop-tables.ts), served at plausible provincial addresses, are captured with one
// click, previewed unit by unit and saved; the history page's CSV and .xlsx exports then hold every figure of every
// page, under its unit's name as the page writes it, the figure's Vietnamese name and the page type's Vietnamese
// title — never a code.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS, indicatorName, PAGE_CARDS, pageCard, type IndicatorSnapshot } from '../../core/indicators/index.js';
import { buildOneStopPage, oneStopTable, TTHC } from '../../scripts/harness/one-stop-tables.js';
import { csvRows, openPortalAndPopup, servePortalPage, startExtensionBrowser, storedSnapshots } from '../../scripts/harness/browser-harness.js';

/** Where provinces put such reports (one-stop systems under motcua., dichvucong., dvc., hcc. of the province). */
const ADDRESSES = [
  'https://motcua.dienbien.gov.vn/bao-cao/tinh-hinh-giai-quyet-ho-so',
  'https://dichvucong.laichau.gov.vn/thong-ke/ket-qua-giai-quyet-tthc',
  'https://dvc.sonla.gov.vn/thong-ke/tinh-hinh-xu-ly-ho-so',
  'https://hcc.thainguyen.gov.vn/bao-cao/ho-so-theo-don-vi',
  'https://motcua.phutho.gov.vn/bao-cao/thong-ke-ho-so',
  'https://dichvucong.quangninh.gov.vn/thong-ke/tinh-hinh-giai-quyet',
];
// A fixed sample: 1, 2 and 3 header rows, <th> and <td>, title and numbering rows, footers, multi-line cells,
// with and without marks, decimal commas and points; one of them read as «Kết quả giải quyết TTHC».
const PAGES = fc.sample(oneStopTable, { seed: 2026, numRuns: ADDRESSES.length }).map((t, i) => ({ ...buildOneStopPage(t), url: ADDRESSES[i]!, units: t.units.length }));
const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

let browser: Awaited<ReturnType<typeof startExtensionBrowser>>;
beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-one-stop-');
});
afterAll(() => browser?.close());

/** What an export must hold: one row per figure of each page, as the officer reads it. */
type Row = { unit: string; indicator: string; value: number | string; pageType: string; url: string };

/** Every figure of every page, by the code it is stored under (the statistics page's own codes when it read it). */
function expectedRows(stored: readonly IndicatorSnapshot[]): Row[] {
  return PAGES.flatMap((page) => {
    const pageType = stored.find((s) => s.url === page.url)!.pageType;
    const code = (c: string) => (pageType === 'province-tthc-stats' ? (TTHC[c] ?? c) : c);
    return page.truth.map((f) => ({ unit: f.unit, indicator: indicatorName(code(f.code), f.code), value: f.value, pageType: pageCard(pageType)!.title, url: page.url }));
  });
}

/** No code an officer could meet: no indicator code, no page-type id, nothing shaped like one. */
function expectNoCodes(cells: readonly string[]): void {
  const codes = new Set<string>([...INDICATORS.map((d) => d.code), ...PAGE_CARDS.map((p) => p.id)]);
  expect(cells.filter((c) => codes.has(c) || /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/.test(c) || /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(c))).toEqual([]);
}

describe('extension on generated one-stop statistics pages at provincial addresses', () => {
  it('click, preview every unit, save; the CSV and .xlsx exports hold every figure under Vietnamese names', async () => {
    for (const page of PAGES) {
      await servePortalPage(browser.context, page.url, page.html);
      const { popup, portal } = await openPortalAndPopup(browser, page.url);
      await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
      const units = popup.getByTestId('preview-unit');
      await expect.poll(() => units.count()).toBe(page.units);
      // Each unit under its name as the page writes it, with its figures as officers write numbers.
      for (const f of page.truth) {
        const unit = units.filter({ has: popup.locator('h2', { hasText: f.unit }) });
        expect(await unit.innerText(), `${page.url} ${f.unit} ${f.code}`).toContain(nf.format(f.value));
      }
      expect(PAGE_CARDS.map((p) => p.title)).toContain(await popup.getByTestId('page-type').innerText());
      await popup.getByRole('button', { name: `Lưu (${page.units})` }).click();
      expect(await popup.getByTestId('saved').innerText()).toContain(`Đã lưu ${page.units} bản ghi.`);
      await Promise.all([popup.close(), portal.close()]);
    }
    const stored: IndicatorSnapshot[] = await storedSnapshots(browser);
    expect(stored).toHaveLength(PAGES.reduce((n, p) => n + p.units, 0));
    expect(stored.some((s) => s.pageType === 'province-tthc-stats') && stored.some((s) => s.pageType === 'one-stop-dossier-status')).toBe(true);
    const expected = expectedRows(stored);
    const figures = stored.reduce((n, s) => n + s.indicators.length, 0);

    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html`);
    await history.getByTestId('unit-history').first().waitFor();
    const download = async (button: string) => {
      const [file] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: button }).click()]);
      return readFileSync(await file.path());
    };

    // CSV: one row per figure, found under the page's address, the unit's name and the figure's name (`;` and 85,5: the
    // decimal comma of the settings' default).
    const [head, ...csv] = csvRows((await download('Xuất CSV')).toString('utf8'), ';');
    const at = (name: string) => head!.indexOf(name);
    const [unitCol, nameCol, valueCol, typeCol, urlCol] = ['Đơn vị', 'Chỉ số', 'Giá trị', 'Loại trang', 'Địa chỉ trang'].map(at);
    expect(csv).toHaveLength(figures);
    const csvMissing = expected.filter((e) => !csv.some((r) => r[urlCol!] === e.url && r[unitCol!] === e.unit && r[nameCol!] === e.indicator && Number(r[valueCol!]!.replace(',', '.')) === e.value && r[typeCol!] === e.pageType));
    expect(csvMissing).toEqual([]);
    expectNoCodes(csv.flatMap((r) => [r[nameCol!]!, r[typeCol!]!, r[unitCol!]!]));

    // .xlsx: the same rows, figures as numbers.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('Xuất Excel (.xlsx)')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ số')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => headers.indexOf(name) + 1;
    const xlsx: Row[] = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => ({
      unit: String(r.getCell(col('Đơn vị')).value),
      indicator: String(r.getCell(col('Chỉ số')).value),
      value: r.getCell(col('Giá trị')).value as number,
      pageType: String(r.getCell(col('Loại trang')).value),
      url: String(r.getCell(col('Địa chỉ trang')).value),
    }));
    expect(xlsx).toHaveLength(figures);
    expect(expected.filter((e) => !xlsx.some((r) => r.url === e.url && r.unit === e.unit && r.indicator === e.indicator && r.value === e.value && r.pageType === e.pageType))).toEqual([]);
    expectNoCodes(xlsx.flatMap((r) => [r.indicator, r.pageType, r.unit]));
    await history.close();
  }, 240_000);
});
