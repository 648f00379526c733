// The task pane as a standalone page in Debian's chromium: build it, serve dist/ on 127.0.0.1, open
// a multi-unit workbook, score it, see the ranking, record a council decision, download the result,
// and re-read the download with ExcelJS.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { SCORED_HEADERS } from '../../core/workbook/plan-scored-sheet.js';
import { CHROMIUM } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/static-server.js';
import { unitWorkbook } from '../addin/xlsx-fixture.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
/** Opens the page the way an officer without Office would: the Office.js CDN is unreachable. */
export async function openStandalone(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 480, height: 900 } });
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${url}taskpane.html`);
  await page.waitForSelector('html[data-host="standalone"]');
  return page;
}

const set = findBuiltin('ta-ma-2025')!;
const kinds = set.subjectKinds.map((k) => k.id);
const UNITS = [
  { name: 'Bản Hua Ca', kindId: 'ban', quality: 0.95 },
  { name: 'Bản Co Muông', kindId: 'ban', quality: 0.7, late: true },
  { name: 'Bản Phiêng Pi', kindId: 'ban', quality: 0.5, inconsistent: true },
  { name: 'Trường Tiểu học Ta Ma', kindId: kinds.find((k) => k !== 'ban') ?? 'ban', quality: 0.85 },
];

describe('standalone page', () => {
  let browser: Browser;
  let served: { server: Server; url: string };
  let workbookFile: string;

  beforeAll(async () => {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
    served = await serveStatic(dist);
    browser = await chromium.launch(CHROMIUM);
    const dir = await mkdtemp(join(tmpdir(), 'thidua-standalone-'));
    workbookFile = join(dir, 'Xã Ta Ma 2025.xlsx');
    await writeFile(workbookFile, await unitWorkbook(set, UNITS));
  });

  afterAll(async () => {
    await browser?.close();
    served?.server.close();
  });

  it('scores an uploaded workbook, records a decision and downloads the scored copy', async () => {
    const page = await openStandalone(browser, served.url);
    // ExcelJS is not loaded until a workbook is opened.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('exceljs')))).toBe(false);

    await page.getByLabel('Mở tệp .xlsx').setInputFiles(workbookFile);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã mở «Xã Ta Ma 2025.xlsx» (4 trang)');

    await page.getByRole('combobox', { name: 'Bộ tiêu chí có sẵn' }).click();
    await page.getByRole('option', { name: set.title }).click();
    await page.getByRole('button', { name: 'Dùng bộ này' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đang dùng');

    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Đã chấm 4 đơn vị\. \d+ cảnh báo\./);

    // A flag with a cell shows that cell's value when clicked.
    await page.getByRole('button', { name: /Bản Phiêng Pi · ô / }).first().click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Ô [A-Z]+\d+ của trang «Bản Phiêng Pi»/);

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const ranking = page.getByRole('table', { name: set.subjectKinds.find((k) => k.id === 'ban')!.label });
    await expect.poll(() => ranking.getByRole('row').count()).toBe(4); // header + three hamlets
    const firstRow = await ranking.getByRole('row').nth(1).textContent();
    expect(firstRow).toContain('Bản Hua Ca');

    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await page.getByRole('textbox', { name: 'Người rà soát' }).fill('Lò Văn Minh');
    await page.getByRole('button', { name: 'Quyết định' }).first().click();
    await page.getByRole('radio', { name: 'Yêu cầu giải trình' }).check();
    await page.getByRole('textbox', { name: 'Ý kiến' }).fill('Đề nghị bản bổ sung biên bản.');
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã lưu quyết định');
    await expect.poll(() => page.getByText(/Đã quyết định: Yêu cầu giải trình — Lò Văn Minh/).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
    expect(download.suggestedFilename()).toBe('Xã Ta Ma 2025.cham-diem.xlsx');
    const saved = join(await mkdtemp(join(tmpdir(), 'thidua-dl-')), download.suggestedFilename());
    await download.saveAs(saved);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining([...UNITS.map((u) => u.name), SUMMARY_SHEET, REVIEW_SHEET]));

    // Scores: every report sheet carries the scored headers beside what the unit typed.
    for (const u of UNITS) {
      const texts: string[] = [];
      wb.getWorksheet(u.name)!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
      for (const h of SCORED_HEADERS) expect(texts, `${u.name} has ${h}`).toContain(h);
    }
    // Flags: the inconsistent unit's ratio is flagged in its sheet and in the review sheet.
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const reviewRows = review.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).map((v) => (v == null ? '' : String(v))));
    expect(reviewRows.some((r) => r.includes('Bản Phiêng Pi'))).toBe(true);
    expect(reviewRows.some((r) => r.includes('Giải trình') && r.includes('Lò Văn Minh') && r.includes('Đề nghị bản bổ sung biên bản.'))).toBe(true);
    // Summary: the ranking lists every unit.
    const summary: string[] = [];
    wb.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => row.eachCell((c) => summary.push(String(c.value))));
    for (const u of UNITS) expect(summary).toContain(u.name);
    // The decision is stored in the workbook (hidden sheet), so the add-in finds it again.
    expect(wb.getWorksheet('_thidua')?.state).toBe('veryHidden');
  });
});
