// Issue 55 item 1 on the standalone page in Debian's chromium: a real scoring table from the corpus (a school leaders'
// form issued as a Word document, written by LibreOffice) chosen as the criteria of «Chấm cả xã» opens its confirmation
// with the reconciliation — each figure the table states beside what thidua reads, the differences marked — before the
// tree and before «Xác nhận», in the command line's words for the same file. A workbook with criteria on two sheets
// names, at the set, the sheet taken and the one left out, as the command line does.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { shownFigures } from '../../core/criteria/sheet/index.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { tempDir } from '../cli/helpers.js';
import { cspViolations, offline, openStandalonePage } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

let browser: Browser;
let path: string;
let cli: ReadCriteriaFile;
/** A district's template with part 1 and part 5 on sheets of their own (nguyenthang13dev/ON-DRL's shape), and the command line's reading of it. */
let twoSheets: string;
let twoSheetsCli: ReadCriteriaFile;

/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  const dir = await tempDir();
  const entry = (await loadCorpus()).find((e) => e.id === 'vien-chuc-mau-02')!;
  path = (await renderCorpus([entry], dir)).get(entry.id)!;
  cli = await readCriteriaFile(path, dir);
  const book = new ExcelJS.Workbook();
  const part = (name: string, n: string, total: number, items: [string, number][]) =>
    book.addWorksheet(name).addRows([['STT', 'Tiêu chí', 'Điểm tối đa'], [n, name, total], ...items.map(([title, points], k) => [`${n}.${k + 1}`, title, points])]);
  part('Thể chế số', '1', 90, [['Ban hành kế hoạch chuyển đổi số', 20], ['Bố trí kinh phí', 20], ['Quy chế quản lý', 20], ['Kiểm tra, đánh giá', 30]]);
  part('Hoạt động chính quyền số', '5', 50, [['Gửi nhận văn bản điện tử', 30], ['Dịch vụ công trực tuyến', 20]]);
  twoSheets = join(dir, 'hai-trang.xlsx');
  await book.xlsx.writeFile(twoSheets);
  twoSheetsCli = await readCriteriaFile(twoSheets, dir);
  browser = await workerChromium();
}, 400_000);
afterAll(async () => {
  await leaveWorkerChromium(browser);
});

describe('the confirmation opens with the reconciliation', () => {
  it('«Chấm cả xã»: the table’s figures against what was read, first, then the tree and the button', async () => {
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(path);
    const tree = page.getByRole('region', { name: 'Chấm cả xã' }).getByRole('region', { name: 'Bảng tiêu chí đã hiểu' });
    await tree.waitFor({ timeout: 30_000 });
    const figures = tree.getByRole('group', { name: 'Đối chiếu với số bảng ghi' });
    // The command line's reconciliation, word for word: its summary, then each figure but the items that agree.
    expect(cli.reconciliation.agrees).toBe(false);
    expect(await figures.getByText(cli.reconciliation.summary).count()).toBe(1);
    expect(await figures.getByRole('listitem').allTextContents()).toEqual(shownFigures(cli.reconciliation).map((f) => f.text));
    expect(await figures.locator('li[data-agrees="false"]').count()).toBe(cli.reconciliation.figures.filter((f) => !f.agrees).length);
    // At the top: before the tree's table and before the confirmation's button.
    const order = await tree.evaluate((section) => {
      const at = (el: Element | null) => (el ? [...section.querySelectorAll('*')].indexOf(el) : -1);
      return [at(section.querySelector('[aria-label="Đối chiếu với số bảng ghi"]')), at(section.querySelector('table')), at(section.querySelector('[aria-label="Xác nhận bảng đã hiểu"] button'))];
    });
    expect(order[0]).toBe(0);
    expect(order[0]! < order[1]! && order[1]! < order[2]!).toBe(true);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('a workbook with criteria on two sheets: the sheet taken and the one left out are said at the set', async () => {
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(twoSheets);
    const said = page.getByRole('region', { name: 'Chấm cả xã' }).getByLabel('Bộ tiêu chí: bảng đã dùng');
    await said.waitFor({ timeout: 30_000 });
    const text = (await said.textContent())!;
    // The command line's line for the same file, but its «--sheet» hint: the page has no flags.
    expect(text).toContain('Dùng trang «Thể chế số» của tệp hai-trang.xlsx làm bảng tiêu chí; trang «Hoạt động chính quyền số» cũng có bảng tiêu chí nhưng không vào bộ này');
    expect(twoSheetsCli.choice!.startsWith(text)).toBe(true);
    // The set confirmed is the first sheet's alone, as the command line reads it.
    const tree = page.getByRole('region', { name: 'Chấm cả xã' }).getByRole('region', { name: 'Bảng tiêu chí đã hiểu' });
    expect(twoSheetsCli.set.criteria.map((c) => c.maxPoints)).toEqual([20, 20, 20, 30]);
    for (const title of twoSheetsCli.set.criteria.map((c) => c.title)) expect(await tree.getByText(title).count()).toBeGreaterThan(0);
    expect(await tree.getByText('Gửi nhận văn bản điện tử').count()).toBe(0);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);
});
