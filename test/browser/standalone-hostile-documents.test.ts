// Word criteria files made to hurt (issue 35 item 5) in «Chấm cả xã», on the standalone page opened from disk
// (file://) in Debian's chromium: chosen in one folder with the example commune's 12 reports and no set chosen, each
// Word document is read as a possible criteria table in the page's scoring thread — a picture of 40 MB shown 40 times,
// a document unpacking to 300 MB, a 3,000 × 3,000 merged table in 1.2 MB and in 4 KB, tables nested a thousand deep.
// The tab stays alive, each document's line names it with the limit it passes, the criteria workbook chosen after
// scores the 12 reports; a document whose picture (8 MB) is shown 200 times is read, its picture never. Built at test
// time by scripts/harness/hostile-documents.ts, nothing large committed.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import type { Expectation } from '../../scripts/harness/hostile-corpus.js';
import { writeDocumentAttacks } from '../../scripts/harness/hostile-documents.js';
import { tempDir } from '../cli/helpers.js';
import { cspViolations, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');

let browser: Browser;
let folder: string;
let documents: string;
let expected: Expectation[];

/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  const dir = await tempDir();
  documents = join(dir, 'van-ban');
  expected = await writeDocumentAttacks(documents);
  folder = join(dir, 'bao-cao');
  await mkdir(folder);
  for (const f of await readdir(join(EXAMPLES, 'bao-cao'))) await copyFile(join(EXAMPLES, 'bao-cao', f), join(folder, f));
  for (const e of expected.filter((x) => !x.scored)) await copyFile(join(documents, e.file), join(folder, e.file));
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('«Chấm cả xã» with hostile Word documents among the reports', () => {
  it('names each with the limit it passes, stays alive, and scores the reports with the criteria chosen after', async () => {
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Thư mục báo cáo').setInputFiles(folder);
    for (const e of expected.filter((x) => !x.scored)) {
      const cell = page.locator(`tr[data-file="bao-cao/${e.file}"] td[data-state]`);
      await expect.poll(() => cell.textContent(), { timeout: 150_000 }).toContain(e.says!);
      expect(await cell.textContent(), e.file).toMatch(new RegExp(`^bỏ qua: Tệp bao-cao/${e.file.replace('.', '\\.')} không được đọc: `));
    }
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');

    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx'));
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
    const { bytes } = await scoreAndDownload(page, 12);
    expect(await page.locator('[data-state="da-cham"]').count()).toBe(12);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(Object.keys(zip.files)).toContain('tong-hop.xlsx');

    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }, 400_000);

  it('reads the document whose picture is shown 200 times as the criteria, its picture never read', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(documents, 'anh-8mb-200-lan.docx'));
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent(), { timeout: 60_000 }).toContain('Bảng 1 («PHỤ LỤC: BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ») của tệp anh-8mb-200-lan.docx (3 tiêu chí');
  }, 120_000);
});
