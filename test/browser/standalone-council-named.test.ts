// The council's sheets on the standalone page (file://, Debian's chromium), named as the council has them (an officer
// walk found them silently misnamed):
// - the council renamed «Rà soát» and «Biểu quyết» in its tong-hop.xlsx, chosen again with the reports: every line of
//   step 4 and of «Chốt» names them by their new names, never by thidua's own;
// - the same in the one-workbook tabs (the task pane's face): the scored workbook with its council sheets renamed.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

const root = resolve(import.meta.dirname, '../..');
const REPORTS = join(root, 'examples/bao-cao');
const SLOW = { timeout: 120_000 };
/** The names the council gave its two sheets. */
const RENAMED = { review: 'Rà soát HĐ', votes: 'Biểu quyết HĐ' };
/** thidua's own names, as a line on the page would say them. */
const OWN_NAMES = new RegExp(`«(${REVIEW_SHEET}|${VOTE_SHEET})»`);

let browser: Browser;
let dir: string;
let dist: string;
let reports: string[];
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  dir = await tempDir();
  reports = (await readdir(REPORTS)).sort().map((f) => join(REPORTS, f));
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

/** The meeting's day typed in «Cuộc họp xét khen thưởng» and recorded; `said`: where the face says it was recorded. */
async function recordMeeting(page: Page, where: Locator, day: string, said: Locator, text: string): Promise<void> {
  const meeting = where.getByRole('region', { name: 'Cuộc họp của Hội đồng' });
  await meeting.getByRole('textbox', { name: 'Ngày họp' }).fill(day);
  await meeting.getByRole('button', { name: 'Ghi thông tin cuộc họp' }).click();
  await expect.poll(() => said.textContent(), SLOW).toContain(text);
}

/** `sheets` renamed in the workbook `bytes`, as the council renames a tab in Excel; the workbook saved as `path`. */
async function renamed(bytes: Uint8Array, sheets: Record<string, string>, path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const [from, to] of Object.entries(sheets)) wb.getWorksheet(from)!.name = to;
  await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('the council’s sheets on the standalone page, named as the council has them', () => {
  it('names «Rà soát» and «Biểu quyết» by the names the council gave them in the tong-hop.xlsx chosen again, in step 4 and at «Chốt»', async () => {
    // The command line's run, its two council sheets renamed by the council.
    const out = join(dir, 'kq');
    await runInProcess(['score', ...reports, '--criteria', 'ta-ma-2025', '--out', out], root);
    const summary = await renamed(await readFile(join(out, 'tong-hop.xlsx')), { [REVIEW_SHEET]: RENAMED.review, [VOTE_SHEET]: RENAMED.votes }, join(dir, 'tong-hop.xlsx'));

    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', [...reports, summary]);
    const step4 = page.getByRole('region', { name: 'Bước 4: Rà soát' });
    const text = (await step4.textContent())!;
    expect(text).toContain(`quyết định được ghi vào trang «${RENAMED.review}» của tong-hop.xlsx`);
    expect(text).toContain(`Kết quả được ghi vào trang «${RENAMED.votes}» của tong-hop.xlsx.`);
    expect(text).not.toMatch(OWN_NAMES);
    const said = page.getByRole('status', { name: 'Quyết định vừa ghi' });
    await recordMeeting(page, step4, '15/12/2025', said, `Đã ghi thông tin cuộc họp vào trang «${RENAMED.votes}».`);

    // «Chốt» with flags undecided and nominees not voted on: each named where the council types it.
    const step5 = page.getByRole('region', { name: 'Bước 5: Chốt' });
    await step5.getByRole('textbox', { name: 'Người chốt' }).fill('Lò Văn Thành');
    await step5.getByRole('button', { name: 'Chốt kết quả' }).click();
    const asked = page.getByRole('status', { name: 'Chốt kết quả' });
    await expect.poll(() => asked.textContent(), SLOW).toContain(`cảnh báo chưa quyết định ở «${RENAMED.review}»: `);
    const lines = (await asked.textContent())!;
    expect(lines).toContain(`trường hợp chưa có kết quả biểu quyết ở trang «${RENAMED.votes}»: `);
    expect(lines).toContain(`Hội đồng biểu quyết, ghi ở trang «${RENAMED.votes}», rồi chốt lần mới`);
    expect(lines).not.toMatch(OWN_NAMES);

    // The download keeps the council's names.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const zip = await JSZip.loadAsync(await readFile((await d.path())!));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('tong-hop.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([RENAMED.review, RENAMED.votes]));
  }, 600_000);

  it('in the one-workbook tabs: the council sheets renamed in the open workbook are named so under «Tổng hợp»', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    const status = page.getByRole('status').first();
    await expect.poll(() => page.getByText(/^Bộ tiêu chí để chấm: /).textContent()).toMatch(/trang «Tiêu chí»/);
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => page.getByText(/Đã chấm 15 đơn vị/).count(), SLOW).toBeGreaterThan(0);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
    const edited = await renamed(await readFile((await d.path())!), { [REVIEW_SHEET]: RENAMED.review, [VOTE_SHEET]: RENAMED.votes }, join(dir, 'hoi-dong.xlsx'));

    // The council's workbook opened again and scored.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await chooser.setFiles(edited);
    await expect.poll(() => page.getByText(/^Sổ tính đang mở: /).textContent()).toBe('Sổ tính đang mở: «hoi-dong.xlsx»');
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => status.textContent(), SLOW).toMatch(/Đã chấm 15 đơn vị/);

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const summary = page.getByRole('tabpanel', { name: 'Tổng hợp' });
    await expect.poll(() => summary.textContent()).toContain(`Kết quả được ghi vào trang «${RENAMED.votes}» của sổ tính này`);
    expect(await summary.textContent()).not.toMatch(OWN_NAMES);
  }, 600_000);
});

// Made for the officer walk's finding on the page: step 4 naming «Rà soát» after the council renamed it.
