// The council's tong-hop.xlsx saved under a name of its own (tong-hop-hoi-dong.xlsx) and given back to the standalone
// page (file://, Debian's chromium) with the reports: known by what it holds, never by its name — its decisions and
// vote read and applied, the same run as `thidua score --decisions` on the same bytes, cell for cell of the verdicts
// and the vote; chosen beside a second copy where another person typed one tally otherwise, both named with what each holds and nothing scored; and «Kiểm tra» finds the
// closed round in it among the scored copies. (An officer's walk: the page took it for a unit's returned copy, applied
// none of its 8 decisions and said each was «không áp — chỉ Hội đồng quyết định».)
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { runInProcess } from '../cli/helpers.js';
import { readSummary, typeDecisions, typeVotes } from '../council/council-meeting.js';
import { scoredWithBuiltin } from '../council/example-commune.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';
import { openpyxl } from '../council/typed-in-parts.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

const root = resolve(import.meta.dirname, '../..');
const REPORTS = join(root, 'examples/bao-cao');
const SLOW = { timeout: 120_000 };
const NAME = 'tong-hop-hoi-dong.xlsx';
const RENAMED = 'Rà soát HĐ';

let browser: Browser;
let dist: string;
let dir: string;
let reports: string[];
/** The council's copy, closed: every flag accepted but one, every nominee voted on, «Rà soát» renamed. */
let given: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  // The example commune scored with the built-in set into kq/ (made once a run), in a folder of this file's own.
  const scored = await scoredWithBuiltin();
  dir = scored.dir;
  reports = (await readdir(REPORTS)).sort().map((f) => join(REPORTS, f));
  const thidua = (...args: string[]) => runInProcess(args, dir);
  const kq = join(dir, 'kq', 'tong-hop.xlsx');
  expect(scored.run.code).toBe(0);
  await typeDecisions(kq, (unit, flag) => (unit === 'Trường Mầm non Ta Ma' && /Tỷ lệ/.test(flag) ? 'Bác số liệu' : 'Chấp nhận'));
  expect((await thidua('score', ...reports, '--criteria', 'ta-ma-2025', '--out', 'kq')).code).toBe(0);
  await typeVotes(kq, (unit) => [9, 8, unit.startsWith('Trường') ? 4 : 7]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(kq);
  wb.getWorksheet(REVIEW_SHEET)!.name = RENAMED;
  await wb.xlsx.writeFile(kq);
  const closed = await thidua('close', 'kq', '--by', 'Lò Văn Thành');
  expect(closed.code, closed.stderr).toBe(0);
  await mkdir(join(dir, 'hoi-dong'));
  given = join(dir, 'hoi-dong', NAME);
  await copyFile(kq, given);
}, 300_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('the council’s tong-hop.xlsx under a name of its own, on the standalone page', () => {
  it('is read for its decisions and vote as `thidua score --decisions` reads it: the same run, the same vote, «Rà soát» under the council’s name', async () => {
    const cli = await runInProcess(['score', ...reports, '--criteria', 'ta-ma-2025', '--out', 'kq-cli', '--decisions', given], dir);
    expect(cli.code, cli.stderr).toBe(0);
    const decisions = (await readSummary(join(dir, 'hoi-dong'), NAME)).review.decisions.length;
    expect(decisions).toBeGreaterThan(5);

    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', [...reports, given]);
    const row = page.locator(`tr[data-file="${NAME}"] td[data-state]`);
    expect([await row.getAttribute('data-state'), await row.textContent()]).toEqual(['quyet-dinh', `quyết định Hội đồng: đọc ${decisions} quyết định`]);
    expect(await page.getByLabel('Kết quả lượt chấm').textContent()).not.toContain('không áp');
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const summary = await (await JSZip.loadAsync(await readFile((await d.path())!))).file('tong-hop.xlsx')!.async('uint8array');
    await mkdir(join(dir, 'trang'));
    await writeFile(join(dir, 'trang', 'tong-hop.xlsx'), summary);
    expect(await runVerdicts(summary)).toEqual(await runVerdicts(await readFile(join(dir, 'kq-cli', 'tong-hop.xlsx'))));
    const [onPage, onCli] = [await readSummary(join(dir, 'trang')), await readSummary(join(dir, 'kq-cli'))];
    expect(onPage.review.decisions).toEqual(onCli.review.decisions);
    expect(onPage.votes).toEqual(onCli.votes);
    expect(onPage.votes.votes.length).toBeGreaterThan(2);
    expect(onPage.council.review).toEqual([RENAMED]);
  }, 600_000);

  it('chosen beside a second copy where another person typed one tally otherwise: both files named with the tally each holds and its cells, nothing scored', async () => {
    await mkdir(join(dir, 'hai'));
    const other = join(dir, 'hai', 'tong-hop.xlsx');
    await copyFile(given, other);
    const unit = openpyxl(other, "ws = wb['Biểu quyết']\nrow = next(r for r in ws.iter_rows(min_row=8) if r[1].value)\nrow[6].value = 2\nprint(row[1].value, end='')");
    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    await page.getByRole('option', { name: findBuiltin('ta-ma-2025')!.title, exact: true }).click();
    await page.getByLabel('Tệp báo cáo').setInputFiles([...reports, given, other]);
    await page.getByRole('button', { name: /^Chấm \d+ tệp$/ }).click();
    const said = page.getByLabel('Kết quả lượt chấm');
    await expect.poll(() => said.textContent(), SLOW).toMatch(/đều ghi việc của Hội đồng, khác nhau ở:/);
    const text = (await said.textContent())!;
    expect(text).toMatch(new RegExp(`^(${NAME} và tong-hop\\.xlsx|tong-hop\\.xlsx và ${NAME}) đều ghi việc của Hội đồng, khác nhau ở:`));
    expect(text).toMatch(new RegExp(`Biểu quyết ${unit} — [^:]+: \\S+ ghi 9/8/\\d \\(trang «Biểu quyết», ô E\\d+:G\\d+\\), \\S+ ghi 9/8/\\d \\(trang «Biểu quyết», ô E\\d+:G\\d+\\)\\.`));
    expect(text).toContain('9/8/2');
    expect(await page.getByRole('button', { name: /^Tải kết quả: / }).count()).toBe(0);
  }, 600_000);

  it('«Kiểm tra» finds the closed round in it among the scored copies', async () => {
    const { page } = await openStandalonePage(browser, dist);
    const copies = (await readdir(join(dir, 'kq'))).filter((f) => f.endsWith('.cham-diem.xlsx')).map((f) => join(dir, 'kq', f));
    await page.getByLabel('Tệp cần kiểm tra').setInputFiles([given, ...copies]);
    const result = page.getByRole('status', { name: 'Kết quả kiểm tra' });
    await expect.poll(() => result.textContent(), SLOW).toMatch(new RegExp(`^Khớp với kết quả đã chốt \\(lần 1.*\\): ${copies.length} tệp\\.$`));
  }, 600_000);
});
