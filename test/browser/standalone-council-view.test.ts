// «Chấm cả xã» on the standalone page, opened from disk (file://) in Debian's chromium, as numbered steps: each open
// when its turn comes and, before, saying why not (no greyed button without a reason); one criteria state; built-in
// sets by their Vietnamese name; a unit's report chosen as the criteria said to be a report; the check against a
// closed result kept out of the first screen; the download named a draft until closed. (The council's work under the
// example's run, each figure the command line's, is read in standalone-commune.test.ts, on that file's one walk.)
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import { openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');

let browser: Browser;
let reports: string[];
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  reports = (await readdir(join(EXAMPLES, 'bao-cao'))).sort().map((f) => join(EXAMPLES, 'bao-cao', f));
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

/** Each step's number, whether its turn has come, and what it says when it has not. */
const steps = (page: Page) =>
  page.locator('section[data-step]').evaluateAll((all) =>
    all.map((el) => ({ n: Number(el.getAttribute('data-step')), ready: el.getAttribute('data-ready') === 'san-sang', why: el.querySelector('[aria-label$="chưa làm được"]')?.textContent ?? '' })),
  );

describe('«Chấm cả xã» step by step', () => {
  it('opens each step in its turn, says why a later one waits, and names the download a draft', async () => {
    const { page } = await openStandalonePage(browser, dist);
    // Nothing chosen: criteria and reports open; scoring waits for the criteria; the council's steps for a result.
    let now = await steps(page);
    expect(now.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(now.map((x) => x.ready)).toEqual([true, true, false, false, false, false]);
    expect(now[2]!.why).toMatch(/^Chọn bộ tiêu chí ở bước 1/);
    expect(now[3]!.why).toMatch(/^Chấm ở bước 3 trước/);
    expect(now[5]!.why).toMatch(/chỉ lập từ kết quả đã chốt/);
    // No button greyed on the page's steps: a step not open draws its reason instead.
    expect(await page.locator('section[data-step] button[disabled]').count()).toBe(0);
    // Below, the open workbook's «Tiêu chí» tab: its buttons greyed with no workbook open, and the line saying why.
    expect(await page.getByRole('button', { name: 'Dùng bộ này' }).isDisabled()).toBe(true);
    expect(await page.getByText(/^Các nút dưới đây dùng cho sổ tính đang mở: /).isVisible()).toBe(true);
    // The check against a closed result is not on the first screen before anything is scored.
    const verify = page.getByRole('region', { name: 'Kiểm tra với kết quả đã chốt' });
    expect((await verify.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);

    // The built-in sets by their Vietnamese names, never their ids; choosing one is the page's one criteria state.
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual(builtinSets().map((b) => b.title));
    const set = builtinSets().find((b) => b.id === 'ta-ma-2025')!;
    await page.getByRole('option', { name: set.title, exact: true }).click();
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe(`${set.title} (bộ có sẵn)`);
    expect(await page.getByText(/^Bộ tiêu chí để chấm: /).textContent()).toContain(set.title);
    now = await steps(page);
    expect(now[2]).toEqual({ n: 3, ready: false, why: 'Chọn ít nhất một tệp báo cáo .xlsx ở bước 2.' });

    // Reports chosen: scoring opens; scored, the council's steps open but papers wait for the closing.
    await page.getByLabel('Tệp báo cáo').setInputFiles(reports);
    await expect.poll(async () => (await steps(page))[2]!.ready).toBe(true);
    const { name } = await scoreAndDownload(page, 12);
    expect(name).toMatch(/^Kết quả chấm điểm - Ta Ma - \d\d-\d\d-\d{4}-ban-nhap\.zip$/);
    now = await steps(page);
    expect(now.map((x) => x.ready)).toEqual([true, true, true, true, true, false]);
    // «Chốt kết quả» is greyed only beside the line saying what it needs.
    expect(await page.getByRole('button', { name: 'Chốt kết quả' }).isDisabled()).toBe(true);
    expect(await page.getByText('Ghi tên người chốt để bấm «Chốt kết quả».').isVisible()).toBe(true);
  }, 240_000);

  it('says a unit’s report chosen as the criteria file is a report, naming the unit', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(EXAMPLES, 'bao-cao', 'ban-ta-ma.xlsx'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(
      'Tệp ban-ta-ma.xlsx: đây là báo cáo của Bản Ta Ma, không phải bộ tiêu chí. Hãy chọn tệp bộ tiêu chí (có trang «Tiêu chí») hoặc một bộ có sẵn; báo cáo chọn ở bước 2.',
    );
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
  }, 120_000);

  it('one criteria state: a set chosen for the open workbook is the commune’s too', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toMatch(/^Ta Ma — .* — trang «Tiêu chí» của tệp xa-ta-ma-2025\.xlsx$/);
    expect(await page.getByText(/^Bộ tiêu chí để chấm: /).textContent()).toContain('xa-ta-ma-2025.xlsx');
  }, 120_000);
});
