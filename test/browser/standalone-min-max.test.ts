// Min-Max between the units on the standalone page (file://, Debian's chromium): the departments' DTI part 6 (the real
// cds-so-ban-nganh-hoat-dong-cds.docx, given to the page itself and imported by the command line for the templates), six
// departments' templates filled by openpyxl, scored in «Chấm cả xã»; the downloaded «Tổng hợp» holds the totals `thidua score --json` gives the same files, 6.16
// and 6.17 placed between the departments — the page runs the same pass as every face.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { runChildOk, tempDir } from '../cli/helpers.js';
import { DEPARTMENTS, DEPARTMENTS_TABLE, departmentsFilled } from '../helpers/cds-departments.js';
import { confirmUnderstood, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

let browser: Browser;
let dist: string;
let dir: string;
let json: ScoreRunOutput;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  dir = await tempDir();
  const thidua = (...args: string[]) => runChildOk(args, dir);
  await departmentsFilled(dir, thidua);
  json = JSON.parse((await thidua('score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json')).stdout) as ScoreRunOutput;
}, 400_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('Min-Max between the units, on the standalone page', () => {
  it('gives the totals the command line gives, 6.16 and 6.17 placed between the six departments', async () => {
    const { page } = await openStandalonePage(browser, dist);
    // The Word table itself, as the officer has it (the page reads .docx as the command line's import does).
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(dir, DEPARTMENTS_TABLE));
    await page.getByLabel('Tệp báo cáo').setInputFiles(DEPARTMENTS.map((d) => join(dir, 'bao-cao', `${d.file}.xlsx`)));
    // The set read, its tree shown: the officer confirms it before scoring.
    await confirmUnderstood(page);
    const { bytes } = await scoreAndDownload(page, DEPARTMENTS.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(unzipSync(new Uint8Array(bytes))['tong-hop.xlsx']! as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('Tổng hợp')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const ranked = json.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total]));
    expect(rows.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1], r[3]])).toEqual(ranked);
    // The command line's totals are the Min-Max ones (its walk counts them from the table's words).
    expect(ranked.map((r) => r[2])).toContain(155.74);
  }, 600_000);
});

// Made for the page's side of the departments' DTI walk: 6.16 and 6.17, «Tính điểm theo phương pháp Min-Max dựa vào
// đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần», computed by the run the page drives as the command line does.
