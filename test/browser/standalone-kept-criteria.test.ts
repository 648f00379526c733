// The page's one-workbook mode keeps the chosen criteria while one workbook replaces another (issue 20's first
// complaint): dist/thidua-doc-lap.html from disk (file://) in Debian's chromium, a set chosen once — the «Tiêu chí»
// sheet of a criteria workbook, or the table of a Word document written by LibreOffice — scores one unit's workbook
// after another, a broken file in between included, with the same totals, ranks and proposals as `thidua score
// --criteria` on each file; the set's title and where it came from stay shown. A workbook with its own criteria has
// them offered first, the chosen set kept in use and, once the officer takes the workbook's own, one click away.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { DEPARTMENT, departmentUnitsByLibreOffice, docxByLibreOffice } from '../criteria/fixtures/office-tables.js';
import { runVerdicts, type Verdicts } from '../helpers/run-verdicts.js';
import { confirmUnderstood, cspViolations, offline, openStandalonePage } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');
/** One unit's workbook, then four units in one (ranked and proposed among themselves). */
const FIRST = join(EXAMPLES, 'bao-cao', 'ubnd-xa-ta-ma.xlsx');
const SECOND = join(EXAMPLES, 'bao-cao', 'doan-the-xa-ta-ma.xlsx');

let browser: Browser;
let dir: string;
let plan: string;
let units: string[];

/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  dir = await tempDir();
  plan = await docxByLibreOffice([DEPARTMENT], dir, 'ke-hoach');
  units = await departmentUnitsByLibreOffice(join(dir, 'don-vi'));
  browser = await workerChromium();
}, 300_000);
afterAll(async () => leaveWorkerChromium(browser));

/** `thidua score <file> --criteria <criteria>`: the verdicts of its tong-hop.xlsx. */
async function commandLine(file: string, criteria: string): Promise<Verdicts> {
  const out = await tempDir();
  const run = await runInProcess(['score', file, '--criteria', criteria, '--out', out], dir);
  expect(run.code, run.stderr).toBe(0);
  return runVerdicts(await readFile(join(out, 'tong-hop.xlsx')));
}

async function openPage(): Promise<{ page: Page; requests: string[] }> {
  const opened = await openStandalonePage(browser, dist);
  // A step the page cannot take (no scoring button without a set) fails here, not at the test's own time limit.
  opened.page.setDefaultTimeout(30_000);
  return opened;
}

const fileLine = (page: Page) => page.getByText(/^(Sổ tính đang mở: |Chưa mở sổ tính nào)/);
const setLine = (page: Page) => page.getByText(/^Bộ tiêu chí để chấm: /);
const status = (page: Page) => page.getByRole('status').first();

async function openWorkbook(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
  await chooser.setFiles(file);
  const name = typeof file === 'string' ? basename(file) : file.name;
  await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^(Đã mở|Không mở được) «${name.replace('.', '\\.')}»`));
}

/** The open workbook scored on the «Chấm điểm» tab and downloaded: what its «Tổng hợp» and «Xét khen thưởng» say. */
async function scoreOpen(page: Page, units: number): Promise<Verdicts> {
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
  await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^Đã chấm ${units} đơn vị`));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
  return runVerdicts(await readFile((await download.path())!));
}

/** A copy damaged on its way: its second zip part's local header garbled (the directory at the end intact). */
async function broken(file: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const bytes = Buffer.from(await readFile(file));
  bytes.write('HONG', bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4), 'latin1');
  return { name: 'bao-cao-hong.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes };
}

/** Opens a broken file: it is refused by name, the workbook open before is closed, and the set stays as it was shown. */
async function brokenInBetween(page: Page, from: string, shown: string): Promise<void> {
  await openWorkbook(page, await broken(from));
  expect(await status(page).textContent()).toContain('Không mở được «bao-cao-hong.xlsx»: tệp nén .xlsx bị hỏng');
  expect(await fileLine(page).textContent()).toBe('Chưa mở sổ tính nào.');
  expect(await setLine(page).textContent()).toBe(shown);
}

describe('the one-workbook page keeps the chosen criteria from one workbook to the next', () => {
  it('a criteria workbook’s «Tiêu chí» sheet scores one report after another, a broken file between them', async () => {
    const [first, second] = [await commandLine(FIRST, CRITERIA), await commandLine(SECOND, CRITERIA)];
    const { page, requests } = await openPage();
    await openWorkbook(page, CRITERIA);
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    await expect.poll(() => status(page).textContent()).toContain('Đã đọc bộ tiêu chí từ trang «Tiêu chí»');

    await openWorkbook(page, FIRST);
    // Scored with the set chosen on the criteria workbook, now closed.
    expect(await scoreOpen(page, 1)).toEqual(first);
    expect(first.ranks.get('UBND xã Ta Ma')).toBeDefined();
    const shown = (await setLine(page).textContent())!;
    expect(shown).toMatch(/^Bộ tiêu chí để chấm: .+ — trang «Tiêu chí» của tệp tieu-chi-ta-ma-2025\.xlsx$/);
    await page.getByRole('tab', { name: 'Tiêu chí' }).click();
    expect(await page.getByText(/^Lấy từ: /).textContent()).toBe('Lấy từ: trang «Tiêu chí» của tệp tieu-chi-ta-ma-2025.xlsx');

    await brokenInBetween(page, FIRST, shown);
    await openWorkbook(page, SECOND);
    expect(await fileLine(page).textContent()).toBe('Sổ tính đang mở: «doan-the-xa-ta-ma.xlsx»');
    expect(await setLine(page).textContent()).toBe(shown);
    const scored = await scoreOpen(page, 4);
    expect(scored).toEqual(second);
    expect(scored.ranks.size).toBe(4);
    expect(scored.proposals.size).toBeGreaterThan(0);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 240_000);

  it('a Word table chosen on the «Tiêu chí» tab scores the next unit’s workbook, a broken file between them', async () => {
    const [first, second] = [await commandLine(units[0]!, plan), await commandLine(units[1]!, plan)];
    const { page, requests } = await openPage();
    await openWorkbook(page, units[0]!);
    const [chosen] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Dùng bảng tiêu chí trong văn bản Word (.docx)…' }).click()]);
    await chosen.setFiles(plan);
    await expect.poll(() => status(page).textContent()).toContain('Dùng Bảng 1');
    await confirmUnderstood(page);
    expect(await scoreOpen(page, 1)).toEqual(first);
    const shown = (await setLine(page).textContent())!;
    expect(shown).toBe('Bộ tiêu chí để chấm: PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025 — Bảng 1 («PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025») của tệp ke-hoach.docx');

    await brokenInBetween(page, units[0]!, shown);
    await openWorkbook(page, units[1]!);
    expect(await setLine(page).textContent()).toBe(shown);
    const scored = await scoreOpen(page, 1);
    expect(scored).toEqual(second);
    expect(scored.ranks.get('Công an xã Tà Ma')).toMatch(/^1 \| Công an xã Tà Ma \| Cơ quan \| 78\.5 \| 100 \| 78\.5 \|/);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 240_000);

  it('a built-in set stays chosen; a workbook with its own «Tiêu chí» has it offered first, and the built-in set is one click away', async () => {
    const { page } = await openPage();
    await openWorkbook(page, FIRST);
    await page.getByRole('button', { name: 'Dùng bộ này' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Đang dùng: /);
    const shown = (await setLine(page).textContent())!;
    expect(shown).toMatch(/ — bộ có sẵn ta-ma-2025$/);

    await openWorkbook(page, SECOND);
    expect(await setLine(page).textContent()).toBe(shown);
    await scoreOpen(page, 4);

    // The example commune carries its own «Tiêu chí» sheet: offered (said, and the tab's main button), not taken.
    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('Đã mở «xa-ta-ma-2025.xlsx» (16 trang).');
    expect(await status(page).textContent()).toContain('Sổ tính này có bộ tiêu chí riêng (trang «Tiêu chí»), ở đầu thẻ «Tiêu chí»; vẫn chấm bằng');
    expect(await setLine(page).textContent()).toBe(shown);
    await page.getByRole('tab', { name: 'Tiêu chí' }).click();
    const own = page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' });
    const buttons = (await page.getByRole('tabpanel', { name: 'Tiêu chí' }).getByRole('button').allTextContents()).map((b) => b.trim());
    expect(buttons[0]).toBe('Dùng trang «Tiêu chí» của sổ tính');
    await own.click();
    await expect.poll(() => setLine(page).textContent()).toMatch(/ — trang «Tiêu chí» của tệp xa-ta-ma-2025\.xlsx$/);

    const back = page.getByRole('button', { name: /^Dùng lại bộ «.+» \(bộ có sẵn ta-ma-2025\)$/ });
    await back.click();
    await expect.poll(() => setLine(page).textContent()).toBe(shown);
    // …and the workbook's own set is now the one a click away.
    expect(await page.getByRole('button', { name: /^Dùng lại bộ «.+» \(trang «Tiêu chí» của tệp xa-ta-ma-2025\.xlsx\)$/ }).count()).toBe(1);
  }, 240_000);
});

// Made for: issue 20's first complaint — the one-workbook page dropped the criteria chosen for the last workbook.
