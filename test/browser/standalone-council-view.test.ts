// «Chấm cả xã» on the standalone page, opened from disk (file://) in Debian's chromium, as the criteria are chosen: a
// unit's report chosen as the criteria said to be a report; one criteria state for the commune and the open workbook.
// (The page's steps, one by one, are walked in standalone-council-decide.test.ts, on that file's one scoring; the
// council's work under the example's run, each figure the command line's, in standalone-commune.test.ts.)
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { openStandalonePage } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');

let browser: Browser;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('«Chấm cả xã»: the criteria chosen', () => {
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
