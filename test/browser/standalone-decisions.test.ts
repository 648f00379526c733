// A council that works from the workbook rather than the pane: the scored example is downloaded from the
// standalone page, the council types its decisions into `Rà soát` (ExcelJS, then saved again by
// LibreOffice as an office without Excel would), and the edited workbook is opened in the page again.
// Scoring it reads the typed decisions before rewriting `Rà soát`: they are applied (a «Bác» withdraws
// the figure's points), shown in the pane, and still in the sheet the page downloads next.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagCodeOf } from '../../core/checks/titles.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { reviewCol, reviewRows, typeCouncilDecisions } from '../helpers/review-rows.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { serveStatic } from '../../scripts/static-server.js';

const SCHOOL = 'Trường PTDTBT Tiểu học Ta Ma';
const col = reviewCol;

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 340, height: 800 } });
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${url}taskpane.html`);
  await page.waitForSelector('html[data-host="standalone"]');
  return page;
}

async function scoreAndDownload(page: Page, dir: string, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã đọc bộ tiêu chí');
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Đã chấm 15 đơn vị/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
  const saved = join(dir, name);
  await download.saveAs(saved);
  return saved;
}

describe('standalone page: decisions typed into «Rà soát»', () => {
  let browser: Browser;
  let served: { server: Server; url: string };
  let dir: string;

  beforeAll(async () => {
    served = await serveStatic(await builtAddin());
    browser = await workerChromium();
    dir = await mkdtemp(join(tmpdir(), 'thidua-decisions-'));
  });

  afterAll(async () => {
    await leaveWorkerChromium(browser);
    served?.server.close();
  });

  it('reads the decisions typed by hand, applies them and keeps them in the new «Rà soát»', async () => {
    const first = await open(browser, served.url);
    await first.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toContain('Đã mở «xa-ta-ma-2025.xlsx»');
    const scored = await scoreAndDownload(first, dir, 'lan-1.xlsx');
    const before = (await first.getByRole('table', { name: 'Chấm điểm' }).getByRole('row').filter({ hasText: SCHOOL }).textContent())!;
    await first.close();

    // The council types: the school's ratio (52 of 48) «bác bỏ», its late submission «chấp nhận», both
    // without diacritics' care and with a dd/mm/yyyy date.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const { ratio, late } = typeCouncilDecisions(review, SCHOOL);
    const typed = join(dir, 'go-tay.xlsx');
    await wb.xlsx.writeFile(typed);
    // …and the file goes through LibreOffice, as it would on an office computer without Excel.
    const lo = await mkdtemp(join(tmpdir(), 'thidua-lo-'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${lo}/profile`, '--convert-to', 'xlsx', '--outdir', lo, typed], { stdio: 'ignore', timeout: 120_000 });
    const edited = join(dir, 'hoi-dong.xlsx');
    await copyFile(join(lo, 'go-tay.xlsx'), edited);
    const editedBytes = await readFile(edited);

    const page = await open(browser, served.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await chooser.setFiles(edited);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã mở «hoi-dong.xlsx»');
    const rescored = await scoreAndDownload(page, dir, 'lan-2.xlsx');
    // The uploaded file itself is never changed.
    expect((await readFile(edited)).equals(editedBytes)).toBe(true);

    // Applied: the rejected figure's points are withdrawn, the pane shows both decisions.
    expect(await page.getByRole('table', { name: 'Chấm điểm' }).getByRole('row').filter({ hasText: SCHOOL }).textContent()).not.toBe(before);
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await expect.poll(() => page.getByText(/Đã quyết định: Bác số liệu — Lò Văn Minh/).count()).toBe(1);
    await expect.poll(() => page.getByText(/Đã quyết định: Chấp nhận — Lò Văn Minh/).count()).toBe(1);

    // Kept: the new «Rà soát» carries both decisions with who and when, the date as typed.
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(rescored);
    const sheet = again.getWorksheet(REVIEW_SHEET)!;
    const cells = (row: ExcelJS.Row) => [row.getCell(col('Quyết định')).text, row.getCell(col('Người rà soát')).text, row.getCell(col('Ngày')).text];
    expect(cells(reviewRows(sheet, SCHOOL, flagCodeOf(late.getCell(col('Cảnh báo')).text)!)[0]!)).toEqual(['Chấp nhận', 'Lò Văn Minh', '25/11/2025']);
    expect(cells(reviewRows(sheet, SCHOOL, flagCodeOf(ratio.getCell(col('Cảnh báo')).text)!)[0]!)).toEqual(['Bác số liệu', 'Lò Văn Minh', '25/11/2025']);
  });
});
