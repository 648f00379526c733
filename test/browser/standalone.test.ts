// The task pane as a standalone page in Debian's chromium, at a real task pane's width: build it, serve
// dist/ on 127.0.0.1, open the example commune (examples/xa-ta-ma-2025.xlsx) with the page's own
// example button, score it with the workbook's `Tiêu chí` sheet, see the ranking, record a council
// decision, download the result, and re-read the download with ExcelJS.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { CRITERIA_SHEET_NAME } from '../../core/criteria/sheet/index.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { SCORED_HEADERS } from '../../core/workbook/plan-scored-sheet.js';
import { SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { STORE_SHEET } from '../../excel-addin/workbook/store-layout.js';
import { CHROMIUM } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/static-server.js';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
/** Excel's task pane is about 320–350 px wide. */
const PANE = { width: 340, height: 800 };

/** Opens the page the way an officer without Office would: the Office.js CDN is unreachable. */
async function openStandalone(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: PANE });
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  // Every Content-Security-Policy violation the page meets (zod's eval probe, an inline script…) is kept.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${url}taskpane.html`);
  await page.waitForSelector('html[data-host="standalone"]');
  return page;
}

const set = findBuiltin('ta-ma-2025')!;
const kindLabel = (id: string) => set.subjectKinds.find((k) => k.id === id)!.label;
/** The example's 15 report sheets (examples/README.md); long names are cut at Excel's 31 characters. */
const UNIT_SHEETS = [
  'UBND xã Ta Ma', 'Công an xã Ta Ma', 'Trường PTDTBT Tiểu học Ta Ma', 'Trường Mầm non Ta Ma', 'Trạm Y tế xã Ta Ma',
  'Bản Hua Ca', 'Bản Phiêng Pi', 'Bản Ta Ma', 'Bản Sáng Tớ', 'Lò Văn Minh (công chức Văn hóa', 'Quàng Thị Lan (giáo viên Trường',
  'Ủy ban MTTQ Việt Nam xã Ta Ma', 'Hội Nông dân xã Ta Ma', 'Hội Liên hiệp Phụ nữ xã Ta Ma', 'Đoàn Thanh niên xã Ta Ma',
];
const LATE_SCHOOL = 'Trường PTDTBT Tiểu học Ta Ma';

/** A sheet's values as text rows (1-based like Excel: row r is rows[r]). */
function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row, r) => {
    rows[r] = [];
    row.eachCell((c, col) => (rows[r]![col] = String(c.value)));
  });
  return rows;
}

describe('standalone page', () => {
  let browser: Browser;
  let served: { server: Server; url: string };

  beforeAll(async () => {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
    served = await serveStatic(dist);
    browser = await chromium.launch(CHROMIUM);
  });

  afterAll(async () => {
    await browser?.close();
    served?.server.close();
  });

  it('scores the example commune, records a decision and downloads the scored copy', async () => {
    const page = await openStandalone(browser, served.url);
    // ExcelJS is not loaded until a workbook is opened.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('exceljs')))).toBe(false);
    // Six tabs, all within the pane's width.
    const overflow = await page.getByRole('tab').evaluateAll((tabs) => tabs.filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth).length);
    expect(overflow).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);

    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã mở «xa-ta-ma-2025.xlsx» (16 trang)');

    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Đã đọc bộ tiêu chí từ trang «${CRITERIA_SHEET_NAME}»`);

    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Đã chấm 15 đơn vị\. \d+ cảnh báo\./);

    // Flags read as their check's title; the code is only in the tooltip (a description, hidden until hovered).
    const badges = await page.locator('li:visible .fui-Badge').allTextContents(); // the review pane's list is mounted, hidden
    expect(badges.filter((b) => b === 'Nộp báo cáo muộn')).toHaveLength(2);
    expect(badges.filter((b) => /^[a-z]+(-[a-z]+)+$/.test(b))).toEqual([]);
    await page.getByText('Nộp báo cáo muộn', { exact: true }).first().hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('Cảnh báo · late-submission');
    // A flag with a cell shows that cell's value when clicked.
    await page.getByRole('button', { name: `${LATE_SCHOOL} · ô C9` }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Ô C9 của trang «${LATE_SCHOOL}»`);

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const hamlets = page.getByRole('table', { name: kindLabel('ban') });
    await expect.poll(() => hamlets.getByRole('row').count()).toBe(5); // header + four hamlets
    expect(await hamlets.getByRole('row').nth(1).textContent()).toMatch(/^1Bản Hua Ca98%/);

    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await page.getByRole('textbox', { name: 'Người rà soát' }).fill('Lò Văn Minh');
    await page.getByRole('button', { name: 'Quyết định' }).first().click(); // the school's late submission
    await page.getByRole('radio', { name: 'Yêu cầu giải trình' }).check();
    await page.getByRole('textbox', { name: 'Ý kiến' }).fill('Đề nghị nhà trường giải trình lý do nộp muộn.');
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã lưu quyết định');
    await expect.poll(() => page.getByText(/Đã quyết định: Yêu cầu giải trình — Lò Văn Minh/).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
    expect(download.suggestedFilename()).toBe('xa-ta-ma-2025.cham-diem.xlsx');
    const saved = join(await mkdtemp(join(tmpdir(), 'thidua-dl-')), download.suggestedFilename());
    await download.saveAs(saved);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([CRITERIA_SHEET_NAME, ...UNIT_SHEETS, SUMMARY_SHEET, REVIEW_SHEET, 'Xét khen thưởng']);
    // The decision is stored in the workbook (hidden sheet), so the add-in finds it again.
    expect(wb.getWorksheet(STORE_SHEET)!.state).toBe('veryHidden');

    // Scores: every report sheet carries the scored columns beside what the unit typed…
    for (const name of UNIT_SHEETS) expect(rowsOf(wb.getWorksheet(name)!).flat(), name).toEqual(expect.arrayContaining([...SCORED_HEADERS]));
    // …with the verified points: the women's union did 3 of 8 tasks of TT1 (10 points) → 3,75.
    const union = rowsOf(wb.getWorksheet('Hội Liên hiệp Phụ nữ xã Ta Ma')!);
    const header = union.find((r) => r?.includes(SCORED_HEADERS[0]))!;
    const tt1 = union.find((r) => r?.includes('TT1'))!;
    expect(Number(tt1[header.indexOf(SCORED_HEADERS[0])])).toBe(3.75);
    // Flags: in the sheet's own flag column, on the row they concern.
    expect(tt1[header.indexOf(SCORED_HEADERS[2])]).toMatch(/^\[self-score-gap\] /);
    const school = rowsOf(wb.getWorksheet(LATE_SCHOOL)!);
    expect(school.flat().some((v) => v.startsWith('[late-submission] '))).toBe(true);

    // `Tổng hợp`: every unit, with the hamlets' ranking.
    const summary = rowsOf(wb.getWorksheet(SUMMARY_SHEET)!).flat();
    for (const unit of ['UBND xã Ta Ma', 'Bản Hua Ca', 'Lò Văn Minh (công chức Văn hóa - Xã hội)', 'Đoàn Thanh niên xã Ta Ma']) expect(summary).toContain(unit);
    // `Rà soát`: every flag, the school's late submission carrying the council's decision.
    const review = rowsOf(wb.getWorksheet(REVIEW_SHEET)!).filter(Boolean);
    const decided = review.find((r) => r.includes(LATE_SCHOOL) && r.includes('late-submission'))!;
    expect(decided).toEqual(expect.arrayContaining(['C9', 'Giải trình', 'Lò Văn Minh', 'Đề nghị nhà trường giải trình lý do nộp muộn.']));
    for (const code of ['ratio-mismatch', 'unparseable-value', 'criteria-set-mismatch', 'missing-metadata']) expect(review.flat()).toContain(code);

    // The whole session ran under the page's CSP (no 'unsafe-eval') without a single violation.
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toContain("script-src 'self'");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('lists a broken «Tiêu chí» sheet\'s errors by cell and keeps the list while the officer clicks through it', async () => {
    // The example criteria workbook with a maximum typed in words and an unknown scoring rule.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, 'examples/tieu-chi-ta-ma-2025.xlsx'));
    const ws = wb.getWorksheet(CRITERIA_SHEET_NAME)!;
    let header = 0;
    // The header row holds a cell that is exactly «Cách tính» (the notes above mention the words too).
    ws.eachRow((row, r) => { if (!header && (row.values as unknown[]).includes('Cách tính')) header = r; });
    const col = (label: string) => (ws.getRow(header).values as unknown[]).indexOf(label);
    const max = ws.getRow(header + 1).getCell(col('Điểm tối đa'));
    const rule = ws.getRow(header + 2).getCell(col('Cách tính'));
    max.value = 'mười';
    rule.value = 'tính bừa';
    const file = join(await mkdtemp(join(tmpdir(), 'thidua-tc-')), 'tieu-chi-loi.xlsx');
    await wb.xlsx.writeFile(file);

    const page = await openStandalone(browser, served.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await chooser.setFiles(file);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã mở «tieu-chi-loi.xlsx»');
    // A one-line notice with a long set title wraps inside the pane instead of running off its right edge.
    await page.getByRole('button', { name: 'Dùng bộ này' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đang dùng:');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain(`Trang «${CRITERIA_SHEET_NAME}» có 2 lỗi`);
    const errors = status.getByRole('listitem');
    expect(await errors.allTextContents()).toEqual([expect.stringMatching(new RegExp(`^Ô ${max.address}: «Điểm tối đa» phải là số`)), expect.stringMatching(new RegExp(`^Ô ${rule.address}: không hiểu cách tính «tính bừa»`))]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);

    await errors.nth(1).getByRole('button').click();
    await expect.poll(() => status.textContent()).toContain(`Ô ${rule.address} của trang «${CRITERIA_SHEET_NAME}»: tính bừa`);
    // The list is still there for the next error.
    expect(await errors.count()).toBe(2);
    await errors.nth(0).getByRole('button').click();
    await expect.poll(() => status.textContent()).toContain(`Ô ${max.address} của trang «${CRITERIA_SHEET_NAME}»: mười`);
    expect(await errors.count()).toBe(2);
  });

  it('keeps what the officer typed across tabs, and the unit rows fit the pane', async () => {
    const page = await openStandalone(browser, served.url);
    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã mở');
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã đọc bộ tiêu chí');

    await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
    await page.getByRole('textbox', { name: 'Tên đơn vị 1' }).fill('Bản Nà Hừ');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByRole('textbox', { name: 'Tên đơn vị 2' }).fill('Hội Cựu chiến binh xã Ta Ma');
    await page.getByRole('combobox', { name: 'Loại đơn vị 2' }).click();
    await page.getByRole('option', { name: /^Cơ quan, ban, ngành/ }).click();
    // The longest kind label and the remove buttons stay inside the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    for (const b of await page.getByRole('button', { name: 'Bỏ' }).all()) expect((await b.boundingBox())!.x + (await b.boundingBox())!.width).toBeLessThanOrEqual(PANE.width);

    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã chấm');
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await page.getByRole('textbox', { name: 'Người rà soát' }).fill('Lò Văn Minh');

    await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
    expect(await page.getByRole('textbox', { name: 'Tên đơn vị 2' }).inputValue()).toBe('Hội Cựu chiến binh xã Ta Ma');
    expect(await page.getByRole('combobox', { name: 'Loại đơn vị 2' }).textContent()).toMatch(/^Cơ quan, ban, ngành/);
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    expect(await page.getByRole('textbox', { name: 'Người rà soát' }).inputValue()).toBe('Lò Văn Minh');

    // Rejecting the school's ratio (52 of 48) withdraws that criterion's points, as the set's council
    // policy says, and the summary says so; re-scoring keeps the decision.
    const schoolRow = () => page.getByRole('table', { name: 'Chấm điểm' }).getByRole('row').filter({ hasText: LATE_SCHOOL }).textContent();
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    const before = await schoolRow();
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await page.getByRole('listitem').filter({ hasText: `${LATE_SCHOOL} · ô H19` }).getByRole('button', { name: 'Quyết định' }).click();
    await page.getByRole('radio', { name: 'Bác số liệu' }).check();
    await page.getByRole('button', { name: 'Lưu quyết định' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã lưu quyết định');
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    expect(await schoolRow()).not.toBe(before);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await expect.poll(() => page.getByText(`Số liệu bị Hội đồng bác, đã rút điểm tiêu chí đó: ${LATE_SCHOOL}.`).count()).toBe(1);
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await expect.poll(() => page.getByText(/Đã quyết định: Bác số liệu — Lò Văn Minh/).count()).toBe(1);
  });
});
