// A scoring appendix issued as a Word document, as the criteria on the standalone page opened from disk (file://) in
// Debian's chromium: «Chấm cả xã» takes the .docx chosen with the units' copies and the page's one-workbook mode takes
// it on the «Tiêu chí» tab; each names the table taken with the command line's own line, and a document without a
// criteria table names the tables it has and why none was taken, as the command line does. The units' copies are
// scored with the same totals, ranks and proposals as `thidua score --criteria x.docx`. Documents and copies are
// written by LibreOffice (HTML → .odt → .docx; HTML → .xlsx); no request leaves the page.
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { DEPARTMENT, departmentUnitsByLibreOffice, docxAllByLibreOffice, TARGETS } from '../criteria/fixtures/office-tables.js';
import { runVerdicts, type Verdicts } from '../helpers/run-verdicts.js';
import { confirmUnderstood, cspViolations, offline, openStandalonePage, scoreAndDownload, type OpenedPage } from '../helpers/standalone-page.js';
import { serveStatic } from '../../scripts/static-server.js';
import { builtAddin } from '../../scripts/harness/builds.js';


let browser: Browser;
let served: { server: Server; url: string };
let dir: string;
let plan: string;
let targetsOnly: string;
let units: string[];

/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  dir = await tempDir();
  // The plan: its targets table first (not a criteria table), then the department's scoring appendix.
  [plan, targetsOnly] = (await docxAllByLibreOffice([{ tables: [TARGETS, DEPARTMENT], name: 'ke-hoach' }, { tables: [TARGETS], name: 'chi-tieu' }], dir)) as [string, string];
  units = await departmentUnitsByLibreOffice(join(dir, 'don-vi'));
  browser = await workerChromium();
  served = await serveStatic(dist);
}, 300_000);
afterAll(async () => {
  await leaveWorkerChromium(browser);
  served?.server.close();
});

const openPage = () => openStandalonePage(browser, dist);

/** `thidua score` on the same files: what it says on stderr and its tong-hop.xlsx's verdicts. */
async function commandLine(args: string[]): Promise<{ stderr: string; verdicts: Verdicts }> {
  const out = await tempDir();
  const run = await runInProcess(['score', ...args, '--out', out], dir);
  return { stderr: run.stderr, verdicts: await runVerdicts(await readFile(join(out, 'tong-hop.xlsx'))) };
}
/** The command line's line naming the table it took. */
const choiceLine = (stderr: string) => stderr.split('\n').find((l) => l.startsWith('Dùng Bảng'))!;

describe('a Word scoring table as the criteria on the standalone page', () => {
  it('«Chấm cả xã»: the .docx chosen with the units’ copies is the set, named as the command line names it, and scores them alike', async () => {
    const cli = await commandLine(['don-vi', '--criteria', 'ke-hoach.docx']);
    expect(choiceLine(cli.stderr)).toMatch(/^Dùng Bảng 2 \(«PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025»\) của tệp ke-hoach\.docx làm bảng tiêu chí; bỏ qua Bảng 1: /);
    const { page, requests } = await openPage();
    await page.getByLabel('Tệp báo cáo').setInputFiles([...units, plan]);
    // Read in the page's scoring thread, started for it: seconds on a loaded machine.
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent(), { timeout: 30_000 }).toContain('Bảng 2 («PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025») của tệp ke-hoach.docx (7 tiêu chí)');
    expect(await page.getByLabel('Bộ tiêu chí: bảng đã dùng').textContent()).toBe(choiceLine(cli.stderr));
    expect(await page.locator('tr[data-file="ke-hoach.docx"] td[data-state]').getAttribute('data-state')).toBe('tieu-chi');
    await confirmUnderstood(page);

    const { name, bytes } = await scoreAndDownload(page, 2);
    // The set names no commune: the .zip is named by the commune its people's committee names.
    expect(name).toMatch(/^Kết quả chấm điểm - Tà Ma - \d\d-\d\d-\d{4}-ban-nhap\.zip$/);
    expect(await page.locator('[data-state="da-cham"]').count()).toBe(2);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['cong-an.cham-diem.xlsx', 'ta-ma.cham-diem.xlsx', 'tong-hop.xlsx']);
    const scored = await runVerdicts(await zip.file('tong-hop.xlsx')!.async('uint8array'));
    expect(scored).toEqual(cli.verdicts);
    // 95 = 93,5 + 2 (bonus) − 0,5 (deduction): the level C1.2, the deduction and the bonus are read from the copy.
    expect(scored.ranks.get('UBND xã Tà Ma')).toMatch(/^1 \| UBND xã Tà Ma \| UBND xã \| 95 \| 100 \| 95 \|/);
    expect(scored.ranks.get('Công an xã Tà Ma')).toMatch(/^1 \| Công an xã Tà Ma \| Cơ quan \| 78\.5 \| 100 \| 78\.5 \|/);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 240_000);

  it('a document without a criteria table names each table and why, as `thidua criteria import` says it', async () => {
    const cli = await runInProcess(['criteria', 'import', 'chi-tieu.docx', '--out', 'x.json'], dir);
    expect(cli.code).toBe(1);
    const { page, requests } = await openPage();
    // Through the criteria button: the message where the criteria are chosen.
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(targetsOnly);
    await expect.poll(async () => `${await page.getByRole('alert').textContent()}\n`, { timeout: 30_000 }).toBe(cli.stderr);
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
    // Chosen with the reports: its own line says it, and no set is taken from it.
    await page.getByLabel('Tệp báo cáo').setInputFiles([targetsOnly]);
    const row = page.locator('tr[data-file="chi-tieu.docx"] td[data-state]');
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('bo-qua');
    expect(`${await row.textContent()}\n`).toBe(`bỏ qua: ${cli.stderr}`);
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 120_000);

  // The one-file page from disk, and taskpane.html served as Excel loads it (the task pane's own build of the tab).
  const faces: [string, () => Promise<OpenedPage>][] = [
    ['the one-file page from disk', openPage],
    ['the task pane’s build, served', () => openStandalonePage(browser, dist, served.url)],
  ];
  it.each(faces)('one workbook (%s): the «Tiêu chí» tab takes the .docx, and the unit’s copy is scored as the command line scores it', async (_, open) => {
    const cli = await commandLine(['don-vi/ta-ma.xlsx', '--criteria', 'ke-hoach.docx']);
    const { page, requests } = await open();
    const [opened] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await opened.setFiles(units[0]!);
    await expect.poll(() => page.getByText(/^Sổ tính đang mở: /).textContent()).toBe('Sổ tính đang mở: «ta-ma.xlsx»');
    const [chosen] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Dùng bảng tiêu chí trong văn bản Word (.docx)…' }).click()]);
    await chosen.setFiles(plan);
    const status = page.getByRole('status').first();
    // Read in a thread of its own: seconds on a loaded machine.
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(choiceLine(cli.stderr));
    await expect.poll(() => page.getByText(/^Đang dùng: /).textContent()).toContain('PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025');
    await confirmUnderstood(page);
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => status.textContent()).toMatch(/Đã chấm 1 đơn vị/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
    const scored = await runVerdicts(await readFile((await download.path())!));
    expect(scored.ranks).toEqual(cli.verdicts.ranks);
    expect(scored.ranks.get('UBND xã Tà Ma')).toMatch(/^1 \| UBND xã Tà Ma \| UBND xã \| 95 \| 100 \| 95 \|/);

    // A document without a criteria table: the notice names its table and why, the set in use stays.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('tab', { name: 'Tiêu chí' }).click().then(() => page.getByRole('button', { name: 'Dùng bảng tiêu chí trong văn bản Word (.docx)…' }).click())]);
    await again.setFiles(targetsOnly);
    await expect.poll(() => status.textContent()).toContain('Tệp chi-tieu.docx không có bảng tiêu chí');
    expect(await status.textContent()).toContain('Bảng 1 («Chỉ tiêu chủ yếu năm 2025»): dòng tiêu đề ở dòng 1 thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»');
    expect(await page.getByText(/^Đang dùng: /).textContent()).toContain('PHỤ LỤC');
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 240_000);
});
