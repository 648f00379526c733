// The standalone page's steps of an officer's year that every walk of it takes alike (test/browser/walk-*-page): the
// table opened in the one-workbook tabs, its sheet taken and confirmed, the units' templates downloaded; the meeting
// recorded and each nominee voted in step 4; «Chốt kết quả», the closed run and the papers downloaded, then printed. What a walk
// asserts between them (its table, its units, its council's decisions) stays in its file.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatDateVi, officerDay } from '../../core/values.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { tempDir } from '../cli/helpers.js';
import { workerChromium } from './worker-chromium.js';
import { typeDecisions } from '../council/council-meeting.js';
import { readPrinted } from '../papers/pdf-layout.js';

const SLOW = { timeout: 120_000 };

/** The page built, the worker's Chromium, and a new folder holding the corpus table `entry` rendered as `table`. */
export async function pageWithTable(entry: string, table: string): Promise<{ dist: string; browser: Browser; dir: string }> {
  const [dist, browser, dir] = await Promise.all([builtAddin(), workerChromium(), tempDir()]);
  const [found] = (await loadCorpus()).filter((e) => e.id === entry);
  await copyFile((await renderCorpus([found!], join(dir, 'ban-goc'))).get(entry)!, join(dir, table));
  return { dist, browser, dir };
}

/** A zip's files written under `into` (its folders made), and kept by name. */
export async function unzipInto(bytes: Buffer, into: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const [name, entry] of Object.entries((await JSZip.loadAsync(bytes)).files)) {
    if (entry.dir) continue;
    out[name] = await entry.async('nodebuffer');
    await mkdir(dirname(join(into, name)), { recursive: true });
    await writeFile(join(into, name), out[name]!);
  }
  return out;
}

/** What `button` downloads on `page`. */
export async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download', SLOW), button.click()]);
  return readFile((await d.path())!);
}

/**
 * `table` opened with «Mở tệp .xlsx», its sheet `sheet` taken and confirmed on «Tiêu chí»; on «Mẫu báo cáo» one
 * template a unit for `period`, unzipped into `into` («Mẫu báo cáo - <unit>.xlsx»). Gives what «Tiêu chí» says.
 */
export async function openedWithTemplates(page: Page, table: string, sheet: string, units: readonly string[], period: string, into: string): Promise<string> {
  const [opened] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
  await opened.setFiles(table);
  await page.getByRole('button', { name: `Dùng bộ tiêu chí của sổ tính (trang «${sheet}»)` }).click();
  await page.getByRole('tab', { name: 'Tiêu chí' }).click();
  const criteriaTab = page.getByRole('tabpanel', { name: 'Tiêu chí' });
  await criteriaTab.getByRole('button', { name: 'Xác nhận bộ tiêu chí để chấm' }).click();
  const said = (await criteriaTab.textContent())!;
  await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
  const pane = page.getByRole('tabpanel', { name: 'Mẫu báo cáo' });
  for (const [i, name] of units.entries()) {
    if (i > 0) await pane.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await pane.getByRole('textbox', { name: `Tên đơn vị ${i + 1}` }).fill(name);
  }
  await pane.getByRole('textbox', { name: /^Kỳ báo cáo/ }).fill(period);
  await unzipInto(await downloaded(page, pane.getByRole('button', { name: 'Tải về mỗi đơn vị một tệp (.zip)' })), into);
  return said;
}

/**
 * The council's copy of a run's tong-hop.xlsx (`summary`) at `copy`: each flag decided as `choose` gives, «Rà soát»
 * renamed `renamed` as a council may rename it.
 */
export async function decidedAndRenamed(summary: string, copy: string, choose: (unit: string, flag: string) => string, renamed: string): Promise<void> {
  await mkdir(dirname(copy), { recursive: true });
  await copyFile(summary, copy);
  await typeDecisions(copy, choose);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(copy);
  book.getWorksheet('Rà soát')!.name = renamed;
  await book.xlsx.writeFile(copy);
}

/** «Chấm cả xã» on `page` of `table` (confirmed) and `files`: what «Kết quả lượt chấm» says once the result is ready. */
export async function scoredOnPage(page: Page, table: string, files: readonly string[]): Promise<string> {
  await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(table);
  await page.getByRole('button', { name: 'Xác nhận bộ tiêu chí để chấm' }).first().click();
  await page.getByLabel('Tệp báo cáo').setInputFiles([...files]);
  await page.getByRole('button', { name: `Chấm ${files.length} tệp` }).click();
  await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor(SLOW);
  return (await page.getByLabel('Kết quả lượt chấm').textContent())!;
}

/** Step 4: the meeting today at `place`, chaired and minuted as given, then each nominee voted `tally` (members, present, in favour). Gives the nominees. */
export async function meetingVoted(page: Page, place: string, chair: string, secretary: string, tally: readonly [string, string, string]): Promise<string[]> {
  const meeting = page.getByRole('region', { name: 'Bước 4: Rà soát' }).getByRole('region', { name: 'Cuộc họp của Hội đồng' });
  for (const [label, value] of [['Ngày họp', formatDateVi(officerDay())], ['Địa điểm', place], ['Chủ trì', chair], ['Thư ký', secretary]] as const) await meeting.getByRole('textbox', { name: label, exact: true }).fill(value);
  await meeting.getByRole('button', { name: 'Ghi thông tin cuộc họp' }).click();
  await page.getByRole('status', { name: 'Quyết định vừa ghi' }).filter({ hasText: /^Đã ghi thông tin cuộc họp/ }).waitFor(SLOW);
  const votes = page.getByRole('table', { name: 'Biểu quyết từng trường hợp' });
  const nominees = await votes.locator('tbody tr').evaluateAll((trs) => trs.map((r) => r.getAttribute('data-nominee')!));
  for (const unit of nominees) {
    for (const [k, label] of ['Tổng số thành viên', 'Số có mặt', 'Số đồng ý'].entries()) await votes.getByRole('textbox', { name: `${label}: ${unit}` }).fill(tally[k]!);
    await votes.getByRole('button', { name: `Ghi biểu quyết: ${unit}` }).click();
    await votes.getByLabel(`Kết quả biểu quyết: ${unit}`).filter({ hasText: /: đạt$/ }).waitFor(SLOW);
  }
  return nominees;
}

/** What the page said and gave at «Chốt kết quả» and «Tạo hồ sơ khen thưởng». */
export type ClosedOnPage = { closed: string; papers: Record<string, Buffer>; papersSaid: string[] };

/**
 * Step 5 by `by` with nothing left open: the run downloaded into `<dir>/da-chot` once closed, the papers into
 * `<dir>/ho-so`; what the status said of each.
 */
export async function closedWithPapers(page: Page, by: string, dir: string): Promise<ClosedOnPage> {
  const step5 = page.getByRole('region', { name: 'Bước 5: Chốt' });
  await step5.getByRole('textbox', { name: 'Người chốt' }).fill(by);
  await step5.getByRole('button', { name: 'Chốt kết quả' }).click();
  const status = page.getByRole('status', { name: 'Chốt kết quả' });
  await status.filter({ hasText: /^Đã chốt kết quả lần 1, / }).waitFor(SLOW);
  const closed = (await status.textContent())!;
  await unzipInto(await downloaded(page, page.getByRole('button', { name: /^Tải kết quả: / })), join(dir, 'da-chot'));
  const papers = await unzipInto(await downloaded(page, page.getByRole('button', { name: 'Tạo hồ sơ khen thưởng' })), join(dir, 'ho-so'));
  await status.filter({ hasText: /^Đã tạo hồ sơ/ }).waitFor(SLOW);
  const papersSaid = [(await status.locator(':scope > span, :scope > p').first().textContent())!, ...(await status.getByRole('listitem').allTextContents())];
  return { closed, papers, papersSaid };
}

/** The papers `names` of `<dir>/ho-so` printed by LibreOffice (one conversion), each read back as one line of its words. */
export async function printedPapers(dir: string, names: readonly string[]): Promise<Map<string, string>> {
  await sofficeAll(names.map((d) => join(dir, 'ho-so', `${d}.docx`)), join(dir, 'ho-so'), 'pdf');
  const printed = new Map<string, string>();
  for (const d of names) printed.set(d, (await readPrinted(join(dir, 'ho-so', `${d}.pdf`))).lines.map((l) => l.text).join(' '));
  return printed;
}


/**
 * The papers the page downloaded are those `thidua papers` wrote into `cliFolder` (each .docx's body, word for word),
 * and the page says the notes the command line says (`cliSaid`, its stderr) — the way to give the day really posted
 * aside: `--posting-from` is the command line's, the page's is the field of step 4. Gives those notes.
 */
export async function papersAsCommandLine(pagePapers: Record<string, Buffer>, cliFolder: string, cliSaid: string, pageSaid: readonly string[]): Promise<string[]> {
  const names = Object.keys(pagePapers).filter((n) => n.endsWith('.docx')).sort();
  expect(names).toEqual((await readdir(cliFolder)).filter((n) => n.endsWith('.docx')).sort());
  const body = async (bytes: Buffer) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  for (const name of names) expect(await body(pagePapers[name]!), name).toBe(await body(await readFile(join(cliFolder, name))));
  const notes = cliSaid.split('\n').filter((l) => l.startsWith('Lưu ý: ')).map((l) => l.slice('Lưu ý: '.length).replace('ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>, hoặc ', ''));
  expect(pageSaid.slice(1)).toEqual(notes);
  return notes;
}

// Made for the walks of the standalone page through the year (test/browser/walk-hdnd-bonus-page.test.ts; the DTI
// table's walk, walk-dti-tay-ninh-page, written before it, takes the same steps in its own file).
