// Issue 45 item 3 on the standalone page in Debian's chromium: a real scoring table that no one here wrote (from the
// corpus, written by LibreOffice as an office sends it) chosen as the criteria shows the tree the reader understood
// with what it inferred, each at its cell; nothing scores with it until the officer confirms it; once confirmed, the
// unit's copy scores as `thidua score --criteria` scores it. The same table chosen again is not asked about again, a
// changed one is; the set goes out as a «Tiêu chí» sheet to correct, which reads back with nothing inferred. Both
// faces: «Chấm cả xã» on the one-file page from disk, and the one-workbook tabs of the task pane's build at a task
// pane's width.
import { readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { readCriteriaFile } from '../../cli/files.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { planCriteriaSheet, type CriteriaSheetNotice } from '../../core/criteria/sheet/index.js';
import { planTemplate } from '../../core/workbook/plan-template.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { serveStatic } from '../../scripts/static-server.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { partOfSet } from '../helpers/part-of-set.js';
import { runVerdicts, type Verdicts } from '../helpers/run-verdicts.js';
import { cspViolations, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

/** Excel's task pane is about 320–350 px wide. */
const PANE = { width: 340, height: 800 };
const CONFIRM = 'Xác nhận bộ tiêu chí để chấm';

/** A hospital's table the command line refuses today (its header row lacks a points column the reader knows). */
const REFUSED = 'kaizen-benh-vien-tim-mach';
let refused: string;
let browser: Browser;
let served: { server: Server; url: string };
let dir: string;
/** The power company's table (.xlsx) and a civil servants' self-assessment form (.docx), as read by the command line. */
const tables: Record<'xlsx' | 'docx', { path: string; set: CriteriaSet; notices: CriteriaSheetNotice[]; report: string }> = {} as never;

/** A unit's report for the set, as its «Mẫu báo cáo» is written, each criterion given half its maximum. */
async function reportFor(set: CriteriaSet, unit: string, path: string): Promise<string> {
  const template = OoxmlWorkbook.create();
  await template.apply({ sheets: [planTemplate(set, { name: unit, kindId: 'co-quan' })] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await template.toBuffer()) as never);
  const ws = wb.worksheets[0]!;
  let header = 0;
  ws.eachRow((row, r) => { if (!header && (row.values as unknown[]).includes('Điểm tự chấm')) header = r; });
  const col = (label: string) => (ws.getRow(header).values as unknown[]).indexOf(label);
  ws.eachRow((row, r) => {
    const c = r > header ? set.criteria.find((x) => x.code === String(row.getCell(col('Mã tiêu chí')).value)) : undefined;
    if (!c) return;
    const half = Math.floor(c.maxPoints / 2);
    row.getCell(col('Kết quả')).value = half;
    row.getCell(col('Điểm tự chấm')).value = half;
    row.getCell(col('Minh chứng')).value = 'Báo cáo số 12/BC ngày 05/11/2025';
  });
  await wb.xlsx.writeFile(path);
  return path;
}

/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  dir = await tempDir();
  const wanted = { xlsx: 'lanh-dao-pcvt', docx: 'vien-chuc-mau-02' } as const;
  const corpus = await loadCorpus();
  const written = await renderCorpus([...Object.values(wanted), REFUSED].map((id) => corpus.find((e) => e.id === id)!), dir);
  refused = written.get(REFUSED)!;
  for (const [as, id] of Object.entries(wanted) as ['xlsx' | 'docx', string][]) {
    const path = written.get(id)!;
    const { set, notices } = await readCriteriaFile(path, dir);
    tables[as] = { path, set, notices, report: await reportFor(set, as === 'xlsx' ? 'Phòng Kỹ thuật' : 'Phòng Tổ chức', join(dir, `bao-cao-${as}.xlsx`)) };
  }
  browser = await workerChromium();
  served = await serveStatic(dist);
}, 400_000);
afterAll(async () => {
  await leaveWorkerChromium(browser);
  served?.server.close();
});

/** `thidua score <report> --criteria <table>`: the verdicts of its tong-hop.xlsx. */
async function commandLine(report: string, criteria: string): Promise<Verdicts> {
  const out = await tempDir();
  const run = await runInProcess(['score', report, '--criteria', criteria, '--out', out], dir);
  expect(run.code, run.stderr).toBe(0);
  return runVerdicts(await readFile(join(out, 'tong-hop.xlsx')));
}

/** The tree where the face shows it: step 1 of «Chấm cả xã» on the page, the «Tiêu chí» tab in the pane. */
const face = (page: Page) => (page.viewportSize()!.width > PANE.width ? page.getByRole('region', { name: 'Chấm cả xã' }) : page.getByRole('tabpanel', { name: 'Tiêu chí' }));
const tree = (page: Page) => face(page).getByRole('region', { name: 'Bảng tiêu chí đã hiểu' });
const asking = (page: Page) => face(page).getByRole('group', { name: 'Xác nhận bảng đã hiểu' });
/** What the page lists as inferred, one line per notice. */
const listed = (page: Page) => asking(page).getByRole('list', { name: 'Điều phần mềm tự suy ra' }).getByRole('listitem').allTextContents();
// What the table lacks as a whole (a version, its bands) is at no cell: never «ô A1: …» of a Word table or a title.
const inferred = (notices: CriteriaSheetNotice[]) => notices.map((n) => (n.cell === undefined ? n.message : `ô ${n.cell}: ${n.message}`));

async function chooseCriteria(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(file);
  await tree(page).waitFor({ timeout: 30_000 });
}

describe('a real table’s understood tree is confirmed before it scores', () => {
  it('«Chấm cả xã»: the tree with what was inferred, no scoring until confirmed; the same table not asked again, a changed one asked', async () => {
    const { path, set, notices, report } = tables.xlsx;
    const cli = await commandLine(report, path);
    const { page, requests } = await openStandalonePage(browser, dist);
    await chooseCriteria(page, path);
    // Every group and item of the set, the total it scores against, and each thing inferred once, with its cell.
    expect(await tree(page).locator('tr[data-group]').count()).toBe(set.groups.length);
    expect(await tree(page).locator('tr[data-code]').count()).toBe(set.criteria.length);
    expect(await tree(page).getByLabel('Tổng điểm chấm').textContent()).toMatch(/^Chấm trên tổng 95 điểm/);
    expect(await listed(page)).toEqual(inferred(notices));
    await page.getByLabel('Tệp báo cáo').setInputFiles(report);
    expect(await page.getByLabel('Bước 3 chưa làm được').textContent()).toContain('Xác nhận bộ tiêu chí ở bước 1 trước');
    expect(await page.getByRole('button', { name: /^Chấm \d+ tệp$/ }).count()).toBe(0);

    await asking(page).getByRole('button', { name: CONFIRM }).click();
    expect(await asking(page).count()).toBe(0);
    expect(await face(page).getByLabel('Bảng đã hiểu đã xác nhận').count()).toBe(1);
    // One workbook chosen: its scored copy, with its «Tổng hợp», is the download.
    const { name, bytes } = await scoreAndDownload(page, 1);
    expect(name).toBe('Sổ tính đã chấm - bao-cao-xlsx.xlsx');
    const scored = await runVerdicts(bytes);
    expect(scored).toEqual(cli);
    expect(scored.ranks.get('Phòng Kỹ thuật')).toMatch(/^1 \| Phòng Kỹ thuật \| Cơ quan \| /);

    // The page opened again on this computer: the same table is taken as confirmed; the report scores at once.
    await page.reload();
    await page.waitForSelector('html[data-host="standalone"]');
    await chooseCriteria(page, path);
    expect(await asking(page).count()).toBe(0);
    await page.getByLabel('Tệp báo cáo').setInputFiles(report);
    expect(await page.getByRole('button', { name: 'Chấm 1 tệp' }).isEnabled()).toBe(true);

    // The office changes one item's maximum: another set, asked again.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const item = set.criteria.find((c) => c.rule.kind === 'manual' && c.maxPoints > 1)!;
    let changed = false;
    wb.worksheets[0]!.eachRow((row) => {
      if (changed || !(row.values as unknown[]).includes(item.title)) return;
      row.eachCell((cell) => { if (!changed && cell.value === item.maxPoints) { cell.value = item.maxPoints - 1; changed = true; } });
    });
    expect(changed).toBe(true);
    const edited = join(dir, 'lanh-dao-sua.xlsx');
    await wb.xlsx.writeFile(edited);
    await chooseCriteria(page, edited);
    await asking(page).waitFor();
    expect(await page.getByLabel('Bước 3 chưa làm được').textContent()).toContain('Xác nhận bộ tiêu chí ở bước 1 trước');

    // Corrected where the officer corrects it: the set as a «Tiêu chí» sheet reads back with nothing inferred.
    const [download] = await Promise.all([page.waitForEvent('download'), asking(page).getByRole('button', { name: /^Tải bộ này thành trang «Tiêu chí» để sửa/ }).click()]);
    const sheet = join(dir, download.suggestedFilename());
    await download.saveAs(sheet);
    const back = await readCriteriaFile(sheet, dir);
    expect(back.notices).toEqual([]);
    expect(back.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual(set.criteria.map((c) => [c.code, c.code === item.code ? item.maxPoints - 1 : c.maxPoints]));
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(sheet);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain(download.suggestedFilename());
    expect(await asking(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Chấm 1 tệp' }).isEnabled()).toBe(true);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 300_000);

  it('«Chấm cả xã»: a document’s item scored by its parts on one line, its parts indented under it', async () => {
    const book = OoxmlWorkbook.create();
    await book.apply({ sheets: [planCriteriaSheet(partOfSet)] });
    const path = join(dir, 'tieu-chi-c3.xlsx');
    await writeFile(path, Buffer.from(await book.toBuffer()));
    const { page, requests } = await openStandalonePage(browser, dist);
    await chooseCriteria(page, path);
    const rows = await tree(page).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' | ')));
    expect(rows).toEqual([
      '1 | Thực hiện nhiệm vụ chuyên môn | 10 điểm',
      'C2 | Thẩm định hồ sơ đúng hạn | tối đa 5 điểm, chấm thủ công',
      'C3 | Công tác bảo vệ môi trường nông thôn | 5 điểm, cộng các phần:',
      'C3.1 | Tham mưu chỉ đạo các xã có kế hoạch | tối đa 2 điểm, chọn mức: 2',
      'C3.2 | Tổ chức thu gom bao gói thuốc bảo vệ thực vật | tối đa 3 điểm, chọn mức: 3',
      'C3.3 | Thu gom ở 100% số xã | cộng tối đa 1 [điểm thưởng]',
    ]);
    // The parts stand in from the items' codes, as they do in the command line's lines.
    const indent = (selector: string) => tree(page).locator(`${selector} td`).first().evaluate((td) => td.getBoundingClientRect().left + parseFloat(getComputedStyle(td).paddingLeft));
    expect(await indent('tr[data-part-of="C3"]')).toBeGreaterThan(await indent('tr[data-whole="C3"]'));
    expect(await indent('tr[data-whole="C3"]')).toBe(await indent('tr[data-code="C2"]'));
    expect(await tree(page).getByLabel('Tổng điểm chấm').textContent()).toBe('Chấm trên tổng 10 điểm (điểm thưởng cộng thêm tối đa 1).');
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 120_000);

  it('a table the command line refuses (or takes) is refused (or taken) alike, the refusal naming each sheet and why', async () => {
    const cli = await runInProcess(['criteria', 'import', refused, '--out', join(dir, 'x.json')], dir);
    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(refused);
    if (cli.code === 0) {
      await tree(page).waitFor({ timeout: 30_000 });
    } else {
      await expect.poll(async () => `${await page.getByRole('alert').textContent()}\n`, { timeout: 30_000 }).toBe(cli.stderr);
      expect(cli.stderr).toMatch(/^Tệp kaizen-benh-vien-tim-mach\.xlsx không có trang tiêu chí:\n  trang «Sheet1»: /);
    }
  }, 120_000);

  it('the task pane’s tabs at 340 px: a Word table is not scored until confirmed, then scores as the command line does', async () => {
    const { path, notices, report } = tables.docx;
    const cli = await commandLine(report, path);
    const { page, requests } = await openStandalonePage(browser, dist, served.url);
    expect(page.viewportSize()).toEqual(PANE);
    const [opened] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await opened.setFiles(report);
    await expect.poll(() => page.getByText(/^Sổ tính đang mở: /).textContent()).toBe('Sổ tính đang mở: «bao-cao-docx.xlsx»');
    const [chosen] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Dùng bảng tiêu chí trong văn bản Word (.docx)…' }).click()]);
    await chosen.setFiles(path);
    await tree(page).waitFor({ timeout: 30_000 });
    expect(await listed(page)).toEqual(inferred(notices));
    expect(await listed(page)).toContain('Chưa có «Phiên bản»: dùng «1».');
    expect(await page.getByText(/^Bộ tiêu chí vừa chọn: /).textContent()).toContain('chưa xác nhận');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);

    // The scoring tab says why it waits, and offers nothing to click.
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    const scoring = page.getByRole('tabpanel', { name: 'Chấm điểm' });
    await expect.poll(() => scoring.textContent()).toContain('Bộ tiêu chí vừa chọn có điều phần mềm tự suy ra');
    expect(await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Tiêu chí' }).click();
    await asking(page).getByRole('button', { name: CONFIRM }).click();
    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain('Đã xác nhận bộ');
    expect(await page.getByText(/^Bộ tiêu chí để chấm: /).count()).toBe(1);
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Đã chấm 1 đơn vị/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
    expect(await runVerdicts(await readFile((await download.path())!))).toEqual(cli);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 240_000);
});
