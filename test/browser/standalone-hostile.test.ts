// Hostile workbooks in «Chấm cả xã», on the standalone page opened from disk (file://) in Debian's chromium: among
// the example commune's 12 reports, a 9 KB workbook whose one merged range covers A100:XFD1048576, one with 1,000
// merges of 16,000 cells, and a zip whose sheet declares 8 KB and inflates to 256 MB. Built at test time by the
// attack builders (scripts/harness/hostile-attacks.ts), nothing large committed. The tab stays alive; each bad file
// is named on its own line with a Vietnamese reason; the good files are scored, in the .zip, ranked as `thidua score`
// ranks the same folder, and the bad ones are named in tong-hop.xlsx's list of what was left out.
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { cellText } from '../../core/values.js';
import { OMITTED_SHEET } from '../../core/workbook/plan-omitted.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { hamlet, sizeLie, withMerges } from '../../scripts/harness/hostile-attacks.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { cspViolations, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');

let browser: Browser;
let folder: string;
/** Each bad file and the words its line must hold. */
const BAD: Record<string, RegExp> = {
  'tron-o-ca-trang.xlsx': /^lỗi: trang tính «Báo cáo» có vùng gộp ô A100:XFD1048576 gồm/,
  'tron-o-nghin.xlsx': /^lỗi: trang tính «Báo cáo» có các vùng gộp ô gồm hơn 200\.000 ô/,
  'noi-doi-kich-thuoc.xlsx': /^lỗi: .*khai 8 KB nhưng giải nén ra nhiều hơn/,
};

/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  folder = join(await tempDir(), 'bao-cao');
  await mkdir(folder);
  for (const f of await readdir(join(EXAMPLES, 'bao-cao'))) await copyFile(join(EXAMPLES, 'bao-cao', f), join(folder, f));
  const good = await hamlet('Bản Trộn Ô');
  await writeFile(join(folder, 'tron-o-ca-trang.xlsx'), await withMerges(good, ['A100:XFD1048576']));
  await writeFile(join(folder, 'tron-o-nghin.xlsx'), await withMerges(good, Array.from({ length: 1000 }, (_, i) => `A${100 + i * 1000}:P${1099 + i * 1000}`)));
  await writeFile(join(folder, 'noi-doi-kich-thuoc.xlsx'), await sizeLie(await hamlet('Bản Nói Dối'), 256 * 1024 * 1024, 8 * 1024));
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('«Chấm cả xã» with hostile workbooks among good reports', () => {
  it('a merge bomb, a thousand merges and a zip lying about its size: the tab lives, each is named with why, the rest is scored', async () => {
    // As small as they claim: the bomb is a few KB, the lying zip far under what it inflates to.
    expect((await stat(join(folder, 'tron-o-ca-trang.xlsx'))).size).toBeLessThan(12 * 1024);
    expect((await stat(join(folder, 'noi-doi-kich-thuoc.xlsx'))).size).toBeLessThan(2 * 1024 * 1024);

    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(CRITERIA);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
    await page.getByLabel('Thư mục báo cáo').setInputFiles(folder);
    const { bytes } = await scoreAndDownload(page, 15);

    // Alive: the page still answers and draws its ranking.
    expect(await page.evaluate(() => document.title)).toBe('Thi đua chuyển đổi số');
    expect(await page.getByLabel('Việc của Hội đồng').locator('tr[data-unit]').count()).toBe(15);
    // Each bad file on its own line, in Vietnamese, with why.
    for (const [file, says] of Object.entries(BAD)) {
      const cell = page.locator(`tr[data-file="bao-cao/${file}"] td[data-state]`);
      expect(await cell.getAttribute('data-state'), file).toBe('loi');
      expect(await cell.textContent(), file).toMatch(says);
    }
    expect(await page.locator('[data-state="da-cham"]').count()).toBe(12);

    // The good files in the .zip, none of the bad; ranked as the command line ranks the same folder.
    const zip = await JSZip.loadAsync(bytes);
    const good = (await readdir(join(EXAMPLES, 'bao-cao'))).map((f) => f.replace(/\.xlsx$/, '.cham-diem.xlsx'));
    expect(Object.keys(zip.files).sort()).toEqual([...good, 'tong-hop.xlsx'].sort());
    const summary = await zip.file('tong-hop.xlsx')!.async('uint8array');
    const out = await tempDir();
    const cli = await runInProcess(['score', folder, '--criteria', CRITERIA, '--out', out], root);
    expect(cli.code).toBe(1);
    expect(await runVerdicts(summary)).toEqual(await runVerdicts(await readFile(join(out, 'tong-hop.xlsx'))));
    // tong-hop.xlsx names each file left out, on the sheet of what was not scored.
    const [sheet] = await (await ExcelJsWorkbook.fromBuffer(summary)).readSheets([OMITTED_SHEET]);
    const text = sheet!.values.map((r) => r.map((v) => cellText(v ?? null)).join(' ')).join('\n');
    for (const file of Object.keys(BAD)) expect(text, file).toContain(file);

    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 300_000);
});
