// «Chấm cả xã» on the standalone page, opened from disk (file://) in Debian's chromium: many files in,
// one run, one download — the same totals, ranks and proposals as `thidua score` on the same files;
// a plain criteria table typed in LibreOffice with two unit workbooks; a folder with a duplicate and a
// blank template. No request ever leaves the page.
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { goodHamlet, runInProcess, tempDir, writeReportWorkbook, type UnitSheet } from '../cli/helpers.js';
import { runVerdicts, type Verdicts } from '../helpers/run-verdicts.js';
import { confirmUnderstood, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test/.tmp/screenshots');
const EXAMPLES = join(root, 'examples');

let browser: Browser;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  await mkdir(shots, { recursive: true });
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

const openPage = () => openStandalonePage(browser, dist);

/** The run of `thidua score` on the same files, as its tong-hop.xlsx says. */
async function commandLine(args: string[], cwd = root): Promise<{ verdicts: Verdicts; code: number }> {
  const out = await tempDir();
  const run = await runInProcess(['score', ...args, '--out', out], cwd);
  return { verdicts: await runVerdicts(await readFile(join(out, 'tong-hop.xlsx'))), code: run.code };
}

describe('the standalone page scores a whole commune', () => {
  it('the example commune: 12 report files and the criteria workbook chosen in one go, as `thidua score` ranks them', async () => {
    const { page, requests } = await openPage();
    const reports = (await readdir(join(EXAMPLES, 'bao-cao'))).map((f) => join(EXAMPLES, 'bao-cao', f));
    await page.getByLabel('Tệp báo cáo').setInputFiles([...reports, join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx')]);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
    await expect.poll(() => page.locator('[data-state="tieu-chi"]').count()).toBe(1);
    const { name, bytes } = await scoreAndDownload(page, 12);
    await page.screenshot({ path: join(shots, 'standalone-commune.png'), fullPage: true });
    expect(name).toMatch(/^Kết quả chấm điểm - Ta Ma - \d\d-\d\d-\d{4}-ban-nhap\.zip$/);
    expect(await page.locator('[data-state="da-cham"]').count()).toBe(12);

    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.keys(zip.files).sort();
    expect(entries).toEqual([...reports.map((r) => r.split('/').pop()!.replace(/\.xlsx$/, '.cham-diem.xlsx')), 'tong-hop.xlsx'].sort());
    const page15 = await runVerdicts(await zip.file('tong-hop.xlsx')!.async('uint8array'));
    const cli = await commandLine(['examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx']);
    expect(page15.ranks.size).toBe(15);
    expect(page15.ranks).toEqual(cli.verdicts.ranks);
    expect(page15.proposals).toEqual(cli.verdicts.proposals);
    // Each copy in the .zip says the run's word on its units.
    for (const entry of entries.filter((e) => e !== 'tong-hop.xlsx')) {
      const copy = await runVerdicts(await zip.file(entry)!.async('uint8array'));
      for (const [unit, row] of copy.ranks) expect(row, `${entry}: ${unit}`).toBe(page15.ranks.get(unit));
    }
    expect(offline(requests)).toEqual([]);
  }, 240_000);

  it('a plain criteria table typed in LibreOffice with two unit workbooks', async () => {
    const dir = await tempDir();
    const table = join(root, 'test/criteria/fixtures/plain-table.xlsx');
    const units: UnitSheet[] = [
      { sheet: 'Báo cáo', name: 'Cơ quan A', kind: 'Cơ quan', submitted: '01/11/2025', lines: [['CQS1', null, 45, 50, 'Sổ theo dõi', 9], ['CQS2', 3, null, null, 'Báo cáo', 10], ['CQS9', 0, null, null, null, null]] },
      { sheet: 'Báo cáo', name: 'Thôn B', kind: 'Thôn', submitted: '02/11/2025', lines: [['CQS2', 2, null, null, 'Báo cáo', 5], ['XHS1', 'Có', null, null, 'Ảnh', 10], ['XHS2', null, 30, 60, 'Danh sách', 5]] },
    ];
    const files = [join(dir, 'co-quan-a.xlsx'), join(dir, 'thon-b.xlsx')];
    for (const [i, u] of units.entries()) await writeReportWorkbook(files[i]!, [u]);
    const { page, requests } = await openPage();
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(table);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('XÃ NÀ PEN');
    // Its defaults and inferred groups are seen and confirmed before it scores.
    await confirmUnderstood(page);
    await page.getByLabel('Tệp báo cáo').setInputFiles(files);
    const { bytes } = await scoreAndDownload(page, 2);
    const zip = await JSZip.loadAsync(bytes);
    const scored = await runVerdicts(await zip.file('tong-hop.xlsx')!.async('uint8array'));
    const cli = await commandLine([...files, '--criteria', table]);
    expect(scored.ranks.size).toBe(2);
    expect(scored).toEqual(cli.verdicts);
    expect(offline(requests)).toEqual([]);
  }, 240_000);

  it('a folder with a duplicate report and a blank template: trùng, chưa nộp, the rest scored', async () => {
    const dir = join(await tempDir(), 'bao-cao');
    await mkdir(dir);
    await writeReportWorkbook(join(dir, 'ban-a.xlsx'), [{ ...goodHamlet('Báo cáo', 'Bản A'), submitted: '01/11/2025' }]);
    await writeReportWorkbook(join(dir, 'ban-a (1).xlsx'), [{ ...goodHamlet('Báo cáo', 'BẢN A'), submitted: '03/11/2025' }]);
    await writeReportWorkbook(join(dir, 'ban-c.xlsx'), [goodHamlet('Báo cáo', 'Bản C')]);
    const blank: UnitSheet = { ...goodHamlet('Báo cáo', 'Bản Trống'), lines: goodHamlet('x', 'x').lines.map(([code]) => [code, null, null, null, null, null]) };
    await writeReportWorkbook(join(dir, 'ban-trong.xlsx'), [blank]);
    const { page, requests } = await openPage();
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    await page.getByRole('option', { name: findBuiltin('ta-ma-2025')!.title, exact: true }).click();
    await page.getByLabel('Thư mục báo cáo').setInputFiles(dir);
    const { bytes } = await scoreAndDownload(page, 4);
    const state = (file: string) => page.locator(`tr[data-file="bao-cao/${file}"] td[data-state]`).getAttribute('data-state');
    expect(await state('ban-a.xlsx')).toBe('trung');
    expect(await state('ban-a (1).xlsx')).toBe('da-cham');
    expect(await state('ban-trong.xlsx')).toBe('chua-nop');
    expect(await state('ban-c.xlsx')).toBe('da-cham');
    const scored = await runVerdicts((await (await JSZip.loadAsync(bytes)).file('tong-hop.xlsx')!.async('uint8array')));
    expect([...scored.ranks.keys()].sort()).toEqual(['BẢN A', 'Bản C']);
    const cli = await commandLine([dir, '--criteria', 'ta-ma-2025']);
    expect(scored.ranks).toEqual(cli.verdicts.ranks);
    expect(offline(requests)).toEqual([]);
  }, 240_000);
});
