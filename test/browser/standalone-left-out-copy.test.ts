// «Chấm cả xã» on the standalone page (Debian's chromium, opened from disk) with a report whose scored copy thidua
// declines to write — the unit's workbook carries 128 MB of parts, so its copy would pass what thidua reads again —
// beside a good report: the declined copy is named on its line, left out of the .zip, and kept in tong-hop.xlsx's
// record with why (notWritten), as `thidua score` keeps it; closing counts it among what is still open. The good
// report's copy and tong-hop.xlsx are written.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { openAtClosing, openLines } from '../../core/run/open-at-closing.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { READ_LIMITS } from '../../core/workbook/limits.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');

let browser: Browser;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

/** A real report with blank pictures making its parts 100 bytes short of what thidua reads: its scored copy would pass it. */
async function heavyReport(path: string): Promise<void> {
  const parts = unzipSync(await readFile(join(EXAMPLES, 'bao-cao', 'ban-hua-ca.xlsx')));
  let left = READ_LIMITS.zipTotalBytes - Object.values(parts).reduce((n, d) => n + d.length, 0) - 100;
  for (let i = 1; left > 0; i++) {
    const size = Math.min(left, READ_LIMITS.zipPartBytes - 1024);
    parts[`xl/media/image${i}.png`] = new Uint8Array(size);
    left -= size;
  }
  await writeFile(path, zipSync(parts));
}

/** The record tong-hop.xlsx holds. */
async function recordOf(bytes: Uint8Array) {
  const summary = await readPreviousSummary(OoxmlWorkbook.open(bytes));
  return { record: summary.record!, review: summary.review };
}

describe('a scored copy the page declines to write', () => {
  it('is named, left out of the download and kept in the record with why, as the command line keeps it; closing counts it open', async () => {
    const dir = await tempDir();
    const heavy = join(dir, 'ban-hua-ca.xlsx');
    const good = join(dir, 'ban-phieng-pi.xlsx');
    await heavyReport(heavy);
    await copyFile(join(EXAMPLES, 'bao-cao', 'ban-phieng-pi.xlsx'), good);
    const criteria = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');

    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp báo cáo').setInputFiles([heavy, good, criteria]);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
    const { bytes } = await scoreAndDownload(page, 2);
    expect(await page.locator('[data-state="loi"]').textContent()).toContain('quá giới hạn 128 MB');

    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['ban-phieng-pi.cham-diem.xlsx', 'tong-hop.xlsx']);
    const { record, review } = await recordOf(await zip.file('tong-hop.xlsx')!.async('uint8array'));
    expect(record.files).toEqual(['ban-phieng-pi.cham-diem.xlsx']);
    expect(record.notWritten).toEqual([{ what: 'ban-hua-ca.cham-diem.xlsx', why: expect.stringContaining('quá giới hạn 128 MB') }]);
    // Its units are still in the run; closing names the copy among what is open.
    expect(record.units.filter((u) => u.file?.endsWith('ban-hua-ca.xlsx')).length).toBeGreaterThan(0);
    const open = openAtClosing(record, review);
    expect(open.notScored.map((l) => l.what)).toEqual(['ban-hua-ca.cham-diem.xlsx']);
    expect(openLines(open, COUNCIL_SHEET_NAMES).map((l) => l.text).join('\n')).toContain('ban-hua-ca.cham-diem.xlsx');

    // The command line on the same files keeps the same copy out, for the same reason.
    const out = await tempDir();
    await runInProcess(['score', heavy, good, '--criteria', criteria, '--out', out], dir);
    const cli = await recordOf(await readFile(join(out, 'tong-hop.xlsx')));
    expect(cli.record.files).toEqual(record.files);
    expect(cli.record.notWritten?.map((n) => n.what)).toEqual(['ban-hua-ca.cham-diem.xlsx']);
    expect(cli.record.notWritten?.[0]?.why).toContain('quá giới hạn 128 MB');
    expect(offline(requests)).toEqual([]);
  }, 300_000);
});

// Made for issue 56 item 3 on the standalone page: only the copy that cannot be written is lost, and the record says so.
