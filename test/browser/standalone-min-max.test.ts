// Min-Max between the units on the standalone page (file://, Debian's chromium): the departments' DTI part 6 (the real
// cds-so-ban-nganh-hoat-dong-cds.docx, given to the page itself and imported by the command line for the templates), six
// departments' templates filled by openpyxl, scored in «Chấm cả xã»; the downloaded «Tổng hợp» holds the totals `thidua score --json` gives the same files, 6.16
// and 6.17 placed between the departments — the page runs the same pass as every face; its «Còn thiếu gì» panel
// says, line for line, what tong-hop.xlsx's sheet and `--json` say, a department's way through 6.17 included.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { SHORTFALL_HEADERS, SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { openXlsx } from '../cli/helpers.js';
import { DEPARTMENTS, DEPARTMENTS_TABLE, departmentsScored } from '../helpers/cds-departments.js';
import { confirmUnderstood, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { asSheetRow, PANEL, panelRows, sheetRow, sorted } from '../helpers/what-it-takes-panel.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

let browser: Browser;
let dist: string;
let dir: string;
let json: ScoreRunOutput;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  const scored = await departmentsScored();
  dir = scored.dir;
  json = ScoreRunOutput.parse(JSON.parse(scored.run.stdout));
}, 400_000);
afterAll(async () => leaveWorkerChromium(browser));

/** The rows of a «Còn thiếu gì» sheet under its header (the command line's tong-hop.xlsx, or the page's). */
const shortfallRows = (values: readonly (readonly unknown[])[]) => values.slice(values.findIndex((r) => r[0] === SHORTFALL_HEADERS[0] && r[4] === SHORTFALL_HEADERS[4]) + 1).filter((r) => typeof r[0] === 'number');

/** The page with the six departments scored in «Chấm cả xã» and its result downloaded: made once for the file's tests. */
let scored: Promise<{ page: Page; book: ExcelJS.Workbook }> | undefined;
const scoredOnPage = () =>
  (scored ??= (async () => {
    const { page } = await openStandalonePage(browser, dist);
    // The Word table itself, as the officer has it (the page reads .docx as the command line's import does).
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(dir, DEPARTMENTS_TABLE));
    await page.getByLabel('Tệp báo cáo').setInputFiles(DEPARTMENTS.map((d) => join(dir, 'bao-cao', `${d.file}.xlsx`)));
    // The set read, its tree shown: the officer confirms it before scoring.
    await confirmUnderstood(page);
    const { bytes } = await scoreAndDownload(page, DEPARTMENTS.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(unzipSync(new Uint8Array(bytes))['tong-hop.xlsx']! as unknown as ArrayBuffer);
    return { page, book };
  })());

describe('Min-Max between the units, on the standalone page', () => {
  it('gives the totals the command line gives, 6.16 and 6.17 placed between the six departments', async () => {
    const { book } = await scoredOnPage();
    const rows: unknown[][] = [];
    book.getWorksheet('Tổng hợp')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const ranked = json.ranking.flatMap((r) => r.entries.map((e) => [e.rank, e.unitName, e.total]));
    expect(rows.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1], r[3]])).toEqual(ranked);
    // The command line's totals are the Min-Max ones (its walk counts them from the table's words).
    expect(ranked.map((r) => r[2])).toContain(155.74);
  }, 600_000);

  it('«Còn thiếu gì» on the page says what tong-hop.xlsx’s sheet and `--json` say, cell by cell, Sở Y tế’s way through 6.17 included', async () => {
    const { page, book } = await scoredOnPage();
    const panel = page.locator(PANEL);
    await panel.waitFor();
    const shown = sorted((await panel.evaluate(panelRows)).map(asSheetRow));
    // The command line's tong-hop.xlsx, cell by cell.
    const [cli] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SHORTFALL_SHEET]);
    const sheet = sorted(shortfallRows(cli!.values).map(sheetRow));
    expect(sheet.length).toBeGreaterThan(0);
    expect(shown).toEqual(sheet);
    // The page's own tong-hop.xlsx, downloaded.
    const own: unknown[][] = [];
    book.getWorksheet(SHORTFALL_SHEET)!.eachRow((row) => own.push((row.values as unknown[]).slice(1)));
    expect(sorted(shortfallRows(own).map(sheetRow))).toEqual(sheet);
    // `--json`: each way's goal, points and words; its steps the lines the page lists.
    const ways = json.whatItTakes.flatMap((u) => [u.band, u.award].flatMap((w) => (w ? [{ unit: u.unitName, w }] : [])));
    expect(sorted(ways.map(({ unit, w }) => sheetRow([null, unit, w.goal, w.reachable ? w.gain : null, w.words])))).toEqual(shown);
    const listed = await panel.evaluate(panelRows);
    for (const { unit, w } of ways) expect(listed.find((r) => r.unit === unit && r.goal === `→ ${w.goal}`)!.steps, `${unit} → ${w.goal}`).toEqual(w.steps.map((st) => st.words));
    // A Min-Max step among them, as the walk counts it (test/cli/walk-cds-so-ban-nganh.test.ts): Sở Y tế → Tốt through 6.17.
    expect(listed.find((r) => r.unit === 'Sở Y tế' && r.goal === '→ Tốt')!.steps).toContainEqual(
      'Tổng chi Ngân sách nhà nước cho chuyển đổi số 1,67% → 4,95%: +7,12 điểm (điểm Min-Max tính theo số liệu các đơn vị khác trong lần chấm này: thấp nhất Sở Xây dựng 0,4%, cao nhất Sở Nội vụ, Sở Tài chính 5%)',
    );
  }, 600_000);
});

// Made for the page's side of the departments' DTI walk: 6.16 and 6.17, «Tính điểm theo phương pháp Min-Max dựa vào
// đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần», computed by the run the page drives as the command line does.
