// A rate whose «Chỉ tiêu» an officer cleared on the «Tiêu chí» sheet (the real district DTI table imported, the cell
// cleared by openpyxl: test/helpers/cleared-target.ts), on the standalone page in Debian's chromium. Chosen as the
// criteria of «Chấm cả xã», the workbook is refused with the command line's message for it, word for word — the sheet,
// the file, the cell cleared, the criterion and why — and no set is taken; the task pane's tabs (taskpane.html outside
// Excel, at a pane's width) refuse the workbook's own «Tiêu chí» sheet with the same line at its cell. Before, both
// took the set and scored with it, where the command line refused it. Dropped in its folder with the units' reports
// and no set chosen yet, the workbook's line in step 2 says the same refusal — `score <folder> --criteria` given that
// workbook, word for word — and it is not scored; before, its line said «chưa chấm» and nothing said why no set was taken.
import { copyFile, mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { serveStatic } from '../../scripts/static-server.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';
import { clearedTarget, NO_TARGET } from '../helpers/cleared-target.js';
import { cspViolations, offline, openStandalonePage } from '../helpers/standalone-page.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

let dist: string;
let browser: Browser;
let served: { server: Server; url: string };
let cleared: { path: string; cell: string };
/** `thidua criteria show bo-sua.xlsx`, which score and template load alike. */
let cli: Run;
/** `thidua score nop --criteria nop/bo-sua.xlsx`: the workbook in the folder of the reports, taken as the set. */
let amongReports: Run;
/** The folder: bo-sua.xlsx and two of the example commune's reports. */
let folder: string;
const REPORTS = ['ban-ta-ma.xlsx', 'cong-an-xa.xlsx'];

beforeAll(async () => {
  dist = await builtAddin();
  const dir = await tempDir();
  cleared = await clearedTarget(dir);
  cli = await runInProcess(['criteria', 'show', 'bo-sua.xlsx'], dir);
  folder = join(dir, 'nop');
  await mkdir(folder);
  await copyFile(cleared.path, join(folder, 'bo-sua.xlsx'));
  for (const r of REPORTS) await copyFile(join(import.meta.dirname, '../../examples/bao-cao', r), join(folder, r));
  amongReports = await runInProcess(['score', 'nop', '--criteria', 'nop/bo-sua.xlsx', '--out', 'ra'], dir);
  served = await serveStatic(dist);
  browser = await workerChromium();
}, 400_000);
afterAll(async () => {
  await leaveWorkerChromium(browser);
  served?.server.close();
});

describe('a set the command line refuses is refused on the page, in its words', () => {
  it('«Chấm cả xã»: the criteria workbook refused with the command line’s message, no set taken', async () => {
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe(`Trang «Tiêu chí» của tệp bo-sua.xlsx có lỗi:\n  ô ${cleared.cell}: Bộ tiêu chí chưa dùng được: ${NO_TARGET}\n`);
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(cleared.path);
    await expect.poll(async () => `${await page.getByRole('alert').textContent()}\n`, { timeout: 30_000 }).toBe(cli.stderr);
    const region = page.getByRole('region', { name: 'Chấm cả xã' });
    expect(await region.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
    expect(await region.getByRole('region', { name: 'Bảng tiêu chí đã hiểu' }).count()).toBe(0);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 120_000);

  it('«Chấm cả xã»: dropped in the reports’ folder, the workbook’s line says the command line’s refusal and it is not scored', async () => {
    expect(amongReports.code).toBe(1);
    expect(amongReports.stderr).toBe(`Trang «Tiêu chí» của tệp nop/bo-sua.xlsx có lỗi:\n  ô ${cleared.cell}: Bộ tiêu chí chưa dùng được: ${NO_TARGET}\n`);
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Thư mục báo cáo').setInputFiles(folder);
    const line = (file: string) => page.locator(`tr[data-file="nop/${file}"] td[data-state]`);
    await expect.poll(() => line('bo-sua.xlsx').getAttribute('data-state'), { timeout: 30_000 }).toBe('bo-qua');
    expect(`${await line('bo-sua.xlsx').textContent()}\n`).toBe(`bỏ qua: ${amongReports.stderr}`);
    const region = page.getByRole('region', { name: 'Chấm cả xã' });
    expect(await region.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
    for (const r of REPORTS) expect(await line(r).getAttribute('data-state')).toBe('cho');
    // A set chosen then, the reports alone are scored; the workbook's line keeps why it was not taken.
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    await page.getByRole('option', { name: findBuiltin('ta-ma-2025')!.title, exact: true }).click();
    await page.getByRole('button', { name: `Chấm ${REPORTS.length} tệp` }).click();
    await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor({ timeout: 120_000 });
    for (const r of REPORTS) expect(await line(r).getAttribute('data-state')).toBe('da-cham');
    expect(`${await line('bo-sua.xlsx').textContent()}\n`).toBe(`bỏ qua: ${amongReports.stderr}`);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 180_000);

  it('the task pane’s tabs: the workbook’s own «Tiêu chí» sheet refused with the same line at its cell', async () => {
    const { page, requests } = await openStandalonePage(browser, dist, served.url);
    const [opened] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await opened.setFiles(cleared.path);
    await expect.poll(() => page.getByText(/^Sổ tính đang mở: /).textContent(), { timeout: 30_000 }).toBe('Sổ tính đang mở: «bo-sua.xlsx»');
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Trang «Tiêu chí» có 1 lỗi, chưa dùng được:');
    // The command line's line, begun as the pane begins each line of its list.
    expect(await status.getByRole('listitem').allTextContents()).toEqual([`Ô ${cleared.cell}: Bộ tiêu chí chưa dùng được: ${NO_TARGET}`]);
    expect(cli.stderr.split('\n')[1]).toBe(`  ô ${cleared.cell}: Bộ tiêu chí chưa dùng được: ${NO_TARGET}`);
    expect(await page.getByText('Chưa chọn bộ tiêu chí').count()).toBeGreaterThan(0);
    expect(offline(requests)).toEqual([]);
  }, 120_000);
});

// Made for: the standalone page and the task pane taking, from a workbook, a set the command line refuses (a rate whose
// «Chỉ tiêu» was cleared) and scoring with it.
