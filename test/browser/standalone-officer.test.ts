// «Chấm cả xã» walked as an officer walks it, on the standalone page opened from disk (file://) in Debian's chromium:
// files added later and one removed, the criteria staying chosen and shown throughout; and reports made for another
// criteria set said once, in one line at the top of the result, with the command line's own words. (The progress line
// and «Hủy» are walked in standalone-commune.test.ts, on the example's run that file's tests read.)
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { goodHamlet, runInProcess, tempDir, writeReportWorkbook, type UnitSheet } from '../cli/helpers.js';
import { offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');

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

describe('«Chấm cả xã» as an officer uses it', () => {
  it('files added later and one removed, listed by name; the criteria stay chosen and shown', async () => {
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(CRITERIA);
    const shown = page.getByLabel('Bộ tiêu chí đang dùng');
    await expect.poll(() => shown.textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
    const criteria = await shown.textContent();
    await page.getByLabel('Tệp báo cáo').setInputFiles([reports[3]!, reports[0]!]);
    await page.getByLabel('Tệp báo cáo').setInputFiles([reports[1]!]);
    const listed = () => page.locator('tr[data-file]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')));
    await expect.poll(listed).toEqual([0, 1, 3].map((i) => reports[i]!.split('/').pop()));
    await page.getByRole('button', { name: `Bỏ ${reports[1]!.split('/').pop()}` }).click();
    await expect.poll(listed).toEqual([0, 3].map((i) => reports[i]!.split('/').pop()));
    expect(await shown.textContent()).toBe(criteria);
    await scoreAndDownload(page, 2);
    expect(await page.locator('[data-state="da-cham"]').count()).toBe(2);
    expect(await shown.textContent()).toBe(criteria);
    expect(offline(requests)).toEqual([]);
  }, 120_000);

  it('reports made for another criteria set: one line at the top, in the command line’s words', async () => {
    const dir = await tempDir();
    // The plain table's units (test/criteria/fixtures/plain-table.xlsx) scored with a built-in set they were not made for.
    const units: UnitSheet[] = [
      { sheet: 'Báo cáo', name: 'Cơ quan A', kind: 'Cơ quan', submitted: '01/11/2025', lines: [['CQS1', null, 45, 50, 'Sổ theo dõi', 9], ['CQS2', 3, null, null, 'Báo cáo', 10], ['CQS9', 0, null, null, null, null]] },
      { sheet: 'Báo cáo', name: 'Thôn B', kind: 'Thôn', submitted: '02/11/2025', lines: [['CQS2', 2, null, null, 'Báo cáo', 5], ['XHS1', 'Có', null, null, 'Ảnh', 10], ['XHS2', null, 30, 60, 'Danh sách', 5]] },
    ];
    const files = [join(dir, 'co-quan-a.xlsx'), join(dir, 'thon-b.xlsx')];
    for (const [i, u] of units.entries()) await writeReportWorkbook(files[i]!, [u]);
    // One more, made for the set: it is not named.
    await writeReportWorkbook(join(dir, 'ban-c.xlsx'), [goodHamlet('Báo cáo', 'Bản C')]);
    const cli = await runInProcess(['score', dir, '--criteria', 'ta-ma-2025', '--out', await tempDir()], root);
    const said = cli.stderr.split('\n').filter((l) => l.startsWith('Lưu ý: '));
    expect(said.map((l) => l.slice(0, l.indexOf(','))), 'the command line says both, first').toEqual([`Lưu ý: ${files[0]}`, `Lưu ý: ${files[1]}`]);

    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    await page.getByRole('option', { name: findBuiltin('ta-ma-2025')!.title, exact: true }).click();
    await page.getByLabel('Tệp báo cáo').setInputFiles([...files, join(dir, 'ban-c.xlsx')]);
    await scoreAndDownload(page, 3);
    const lines = (await page.getByLabel('Kết quả lượt chấm').textContent())!.split('\n');
    const first = said[0]!.slice(said[0]!.indexOf('Báo cáo có vẻ lập theo bộ tiêu chí khác'));
    expect(lines[0]).toBe(`Lưu ý: 2 tệp có vẻ lập theo bộ tiêu chí khác bộ đang chấm (co-quan-a.xlsx, thon-b.xlsx); co-quan-a.xlsx: ${first}`);
    expect(lines[1]).toMatch(/^Đã chấm 3 đơn vị/);
    expect(lines.filter((l) => l.includes('bộ tiêu chí khác'))).toHaveLength(1);
  }, 120_000);
});
