// «Chấm cả xã» and the council's decisions, on the standalone page opened from disk (file://) in Debian's chromium:
// the example commune scored, the .zip downloaded, its tong-hop.xlsx given to the council, who type their decisions
// into «Rà soát» (ExcelJS, then saved again by LibreOffice, as an office without Excel would), and the file given
// back to the page with the reports. The page reads the decisions — shown, applied (a «Bác» withdraws the figure's
// points), said as the command line says them — and the next download keeps them, with the same ranks, totals and
// proposals as `thidua score` given the same tong-hop.xlsx in --out.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagCodeOf } from '../../core/checks/titles.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { reviewCol as col, reviewRows, typeCouncilDecisions } from '../helpers/review-rows.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { cspViolations, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');
const SCHOOL = 'Trường PTDTBT Tiểu học Ta Ma';

let browser: Browser;
let reports: string[];
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  reports = (await readdir(join(EXAMPLES, 'bao-cao'))).map((f) => join(EXAMPLES, 'bao-cao', f));
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

/** tong-hop.xlsx of a downloaded .zip. */
async function summaryOf(zip: Buffer): Promise<Buffer> {
  return Buffer.from(await (await JSZip.loadAsync(zip)).file('tong-hop.xlsx')!.async('uint8array'));
}

describe('«Chấm cả xã»: the council’s decisions typed into tong-hop.xlsx, given back with the reports', () => {
  it('are read, shown, applied, said as the command line says them, and kept in the next download', async () => {
    const first = await openStandalonePage(browser, dist);
    await first.page.getByLabel('Tệp báo cáo').setInputFiles([...reports, CRITERIA]);
    await expect.poll(() => first.page.locator('[data-state="tieu-chi"]').count()).toBe(1);
    const beforeZip = await summaryOf((await scoreAndDownload(first.page, 12)).bytes);
    const before = await runVerdicts(beforeZip);

    // The council types into «Rà soát»: the school's ratio «bác bỏ», its late submission «CHAP NHAN», a dd/mm/yyyy date.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(beforeZip as unknown as ArrayBuffer);
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const { ratio, late } = typeCouncilDecisions(review, SCHOOL);
    const work = await mkdtemp(join(tmpdir(), 'thidua-hoi-dong-'));
    await wb.xlsx.writeFile(join(work, 'go-tay.xlsx'));
    // …and saved again by LibreOffice, then named as the run named it.
    const lo = await mkdtemp(join(tmpdir(), 'thidua-lo-'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${lo}/profile`, '--convert-to', 'xlsx', '--outdir', lo, join(work, 'go-tay.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    await mkdir(join(work, 'hoi-dong'));
    const edited = join(work, 'hoi-dong', 'tong-hop.xlsx');
    await copyFile(join(lo, 'go-tay.xlsx'), edited);
    const editedBytes = await readFile(edited);

    // The command line, given the same tong-hop.xlsx in --out.
    const out = await tempDir();
    await writeFile(join(out, 'tong-hop.xlsx'), editedBytes);
    const cli = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out], root);
    const cliSaid = cli.stderr.split('\n').filter((l) => l.startsWith('Đã áp dụng'));
    expect(cliSaid).toEqual(['Đã áp dụng 2 quyết định của Hội đồng.']);
    const cliVerdicts = await runVerdicts(await readFile(join(out, 'tong-hop.xlsx')));

    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp báo cáo').setInputFiles([...reports, CRITERIA, edited]);
    await expect.poll(() => page.locator('[data-state="tieu-chi"]').count()).toBe(1);
    const { bytes } = await scoreAndDownload(page, 13);
    // Read: its line says how many; shown one row each; said as the command line says it.
    const row = page.locator('tr[data-file="tong-hop.xlsx"] td[data-state]');
    expect([await row.getAttribute('data-state'), await row.textContent()]).toEqual(['quyet-dinh', 'quyết định Hội đồng: đọc 2 quyết định']);
    expect((await page.getByLabel('Kết quả lượt chấm').textContent())!.split('\n').slice(1)).toEqual(cliSaid);
    const shown = page.getByRole('table', { name: 'Quyết định của Hội đồng đã đọc' }).getByRole('row');
    expect(await shown.count()).toBe(3);
    expect(await shown.filter({ hasText: 'Bác số liệu' }).textContent()).toMatch(new RegExp(`^${SCHOOL}.*Bác số liệuLò Văn Minh25/11/2025$`));
    expect(await shown.filter({ hasText: 'Chấp nhận' }).textContent()).toMatch(new RegExp(`^${SCHOOL}.*Chấp nhậnLò Văn Minh25/11/2025$`));
    await page.screenshot({ path: join(root, 'test/.tmp/screenshots/standalone-commune-decisions.png'), fullPage: true });

    // Applied: the rejected figure's points are withdrawn; the same run as the command line's.
    const after = await runVerdicts(await summaryOf(bytes));
    expect(after.ranks.get(SCHOOL)).not.toBe(before.ranks.get(SCHOOL));
    expect(after).toEqual(cliVerdicts);

    // Kept: the next download's «Rà soát» carries both decisions with who and when, the date as typed.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await summaryOf(bytes)) as unknown as ArrayBuffer);
    const sheet = again.getWorksheet(REVIEW_SHEET)!;
    const cells = (r: ExcelJS.Row) => [r.getCell(col('Quyết định')).text, r.getCell(col('Người rà soát')).text, r.getCell(col('Ngày')).text];
    expect(cells(reviewRows(sheet, SCHOOL, flagCodeOf(late.getCell(col('Cảnh báo')).text)!)[0]!)).toEqual(['Chấp nhận', 'Lò Văn Minh', '25/11/2025']);
    expect(cells(reviewRows(sheet, SCHOOL, flagCodeOf(ratio.getCell(col('Cảnh báo')).text)!)[0]!)).toEqual(['Bác số liệu', 'Lò Văn Minh', '25/11/2025']);
    // The file given back is never changed.
    expect((await readFile(edited)).equals(editedBytes)).toBe(true);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 300_000);
});
