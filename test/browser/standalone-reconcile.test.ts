// Issue 55 item 1 on the standalone page in Debian's chromium: a real scoring table from the corpus (a school leaders'
// form issued as a Word document, written by LibreOffice) chosen as the criteria of «Chấm cả xã» opens its confirmation
// with the reconciliation — each figure the table states beside what thidua reads, the differences marked — before the
// tree and before «Xác nhận», in the command line's words for the same file. A workbook with criteria on two sheets
// names, at the set, the sheet taken and the one left out, as the command line does; the district DTI table
// (cds-cap-huyen-bo-chi-tieu.xlsx) lists its two sheets with what each holds, and the officer takes «Hoạt động chính
// quyền số» as `thidua criteria import --sheet` does: the set is part 5, and a unit scored with it scores as
// `thidua score` with that set.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { shownFigures } from '../../core/criteria/sheet/index.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir, writeReportWorkbook } from '../cli/helpers.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { confirmUnderstood, cspViolations, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
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

/** Each radio of a list of sheets: the words beside it, and whether it is the one taken. */
const labelled = (radios: Element[]) => radios.map((r) => [(r as HTMLInputElement).labels?.[0]?.textContent, (r as HTMLInputElement).checked] as const);

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
    // The command line's line for the same file, but its «--sheet» hint: the page has no flags, it lists the sheets.
    expect(text).toContain('Dùng trang «Thể chế số» của tệp hai-trang.xlsx làm bảng tiêu chí; trang «Hoạt động chính quyền số» cũng có bảng tiêu chí nhưng không vào bộ này');
    expect(text.split(' Muốn chấm theo trang khác')[0]).toBe(twoSheetsCli.choice!.split(' Các trang có bảng tiêu chí —')[0]);
    // The set confirmed is the first sheet's alone, as the command line reads it.
    const tree = page.getByRole('region', { name: 'Chấm cả xã' }).getByRole('region', { name: 'Bảng tiêu chí đã hiểu' });
    expect(twoSheetsCli.set.criteria.map((c) => c.maxPoints)).toEqual([20, 20, 20, 30]);
    for (const title of twoSheetsCli.set.criteria.map((c) => c.title)) expect(await tree.getByText(title).count()).toBeGreaterThan(0);
    expect(await tree.getByText('Gửi nhận văn bản điện tử').count()).toBe(0);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);

  it('the district DTI table: its two sheets listed with what each holds, «Hoạt động chính quyền số» taken, a unit scored as `thidua score` with that sheet’s set', async () => {
    const file = resolve(import.meta.dirname, '../fixtures/real/criteria-corpus/cds-cap-huyen-bo-chi-tieu.xlsx');
    const dir = await tempDir();
    // The command line: the sheet imported with --sheet (its count and total as it prints them), a unit scored with it.
    const imported = await runInProcess(['criteria', 'import', file, '--sheet', 'Hoạt động chính quyền số', '--out', join(dir, 'phan-5.json')], dir);
    expect(imported.code, imported.stderr).toBe(0);
    const [, items] = /\((\d+) tiêu chí, \d+ nhóm/.exec(imported.stdout)!;
    const total = /tổng (\d+) điểm/.exec(imported.stdout)![1];
    expect([items, total]).toEqual(['30', '540']);
    const set = JSON.parse(await readFile(join(dir, 'phan-5.json'), 'utf8')) as CriteriaSet;
    const report = join(dir, 'ubnd-xa-hoa-an.xlsx');
    await writeReportWorkbook(report, [{ sheet: 'UBND xã', name: 'UBND xã Hòa An', kind: 'UBND xã', submitted: new Date(Date.UTC(2025, 10, 3)), setRef: `${set.id}@${set.version}`, lines: [
      ['5.1', null, 180, 200, 'Sổ văn bản điện tử', 18],
      ['5.2', '75%', null, null, null, 24],
      ['5.3', null, null, null, 'Ảnh chụp trang công khai', 10],
      ['5.20', null, null, null, 'Danh sách 24 cuộc họp', 40],
      ['5.15.1', null, null, null, null, 5],
    ] }]);
    const out = join(dir, 'ket-qua');
    const scoredCli = await runInProcess(['score', report, '--criteria', join(dir, 'phan-5.json'), '--out', out], dir);
    expect(scoredCli.code, scoredCli.stderr).toBe(0);
    const cliVerdicts = await runVerdicts(await readFile(join(out, 'tong-hop.xlsx')));

    const { page, requests } = await openStandalonePage(browser, dist);
    const face = page.getByRole('region', { name: 'Chấm cả xã' });
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(file);
    const sheets = face.getByRole('radiogroup', { name: 'Trang có bảng tiêu chí' });
    await sheets.waitFor({ timeout: 30_000 });
    // Each sheet by name with what it holds, the first taken as before and said so.
    expect(await sheets.getByRole('radio').evaluateAll(labelled)).toEqual([
      ['trang «Thể chế số»: 4 tiêu chí, tổng 90 điểm', true],
      [`trang «Hoạt động chính quyền số»: ${items} tiêu chí, tổng ${total} điểm`, false],
    ]);
    expect(await face.getByLabel('Bộ tiêu chí: bảng đã dùng').textContent()).toContain('Dùng trang «Thể chế số» của tệp cds-cap-huyen-bo-chi-tieu.xlsx làm bảng tiêu chí');

    await sheets.getByRole('radio', { name: /Hoạt động chính quyền số/ }).click();
    await expect.poll(() => face.getByLabel('Bộ tiêu chí đang dùng').textContent(), { timeout: 30_000 }).toContain(`trang «Hoạt động chính quyền số» của tệp cds-cap-huyen-bo-chi-tieu.xlsx (${items} tiêu chí; mục 5.15 gồm 8 phần chấm riêng)`);
    expect(await face.getByLabel('Bộ tiêu chí: bảng đã dùng').textContent()).toContain('Dùng trang «Hoạt động chính quyền số» của tệp cds-cap-huyen-bo-chi-tieu.xlsx làm bảng tiêu chí; trang «Thể chế số» cũng có bảng tiêu chí');
    const tree = face.getByRole('region', { name: 'Bảng tiêu chí đã hiểu' });
    expect(await tree.getByLabel('Tổng điểm chấm').textContent()).toMatch(new RegExp(`^Chấm trên tổng ${total} điểm`));
    expect(await tree.locator('tr[data-code]').count()).toBe(set.criteria.length);
    expect(await tree.getByText('Thành lập Ban chỉ đạo Chuyển đổi số cấp huyện').count()).toBe(0);
    if ((await face.getByRole('button', { name: 'Xác nhận bộ tiêu chí để chấm' }).count()) > 0) await confirmUnderstood(page);

    await page.getByLabel('Tệp báo cáo').setInputFiles(report);
    const { bytes } = await scoreAndDownload(page, 1);
    const scored = await runVerdicts(bytes);
    expect(scored).toEqual(cliVerdicts);
    expect(scored.ranks.get('UBND xã Hòa An')).toMatch(/^1 \| UBND xã Hòa An \| UBND xã \| [\d.]+ \| 540 \|/);

    // The same workbook opened in the page's one-workbook mode: its «Tiêu chí» tab offers the same sheets, and the one
    // taken is where the set comes from.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await chooser.setFiles(file);
    await page.getByText(/^Đã mở «cds-cap-huyen-bo-chi-tieu\.xlsx»/).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Tiêu chí' }).click();
    const tab = page.getByRole('tabpanel', { name: 'Tiêu chí' }).getByRole('radiogroup', { name: 'Trang có bảng tiêu chí' });
    expect((await tab.getByRole('radio').evaluateAll(labelled)).map(([holds]) => holds)).toEqual([`trang «Thể chế số»: 4 tiêu chí, tổng 90 điểm`, `trang «Hoạt động chính quyền số»: ${items} tiêu chí, tổng ${total} điểm`]);
    await tab.getByRole('radio', { name: /Hoạt động chính quyền số/ }).click();
    await expect.poll(() => page.getByText(/^Lấy từ: /).textContent()).toBe('Lấy từ: trang «Hoạt động chính quyền số» của tệp cds-cap-huyen-bo-chi-tieu.xlsx');
    expect(await tab.getByRole('radio', { name: /Hoạt động chính quyền số/ }).isChecked()).toBe(true);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 300_000);
});
