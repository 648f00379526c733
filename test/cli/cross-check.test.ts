// The portal cross-check end to end on the command line: a saved provincial 766 page is captured with
// `thidua capture --json`, a unit's report is filled from `thidua template`, and `thidua score
// --indicators` flags the figure that differs from the portal beyond the criterion's tolerance.
import { flagTitle } from '../../core/checks/titles.js';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { hashes, openXlsx, runInProcess, tempDir } from './helpers.js';

const PAGE = join(import.meta.dirname, '..', 'fixtures', 'pages', 'province-766-monitor.html');
const PAGE_URL = 'https://dichvucong.dienbien.gov.vn/thong-ke/theo-doi-chi-tieu-766';
const set = findBuiltin('tan-quang-2025')!;
const linked = (indicator: string) => set.criteria.find((c) => c.portal?.indicator === indicator)!;

let dir: string;
let output: ScoreRunOutput;
let before: Record<string, string>;

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(PAGE, join(dir, 'trang-766.html'));

  const capture = await runInProcess(['capture', 'trang-766.html', '--url', PAGE_URL, '--commune', 'Ta Ma', '--json'], dir);
  expect(capture.code).toBe(0);
  await writeFile(join(dir, 'chi-so.json'), capture.stdout);

  const template = await runInProcess(
    ['template', '--criteria', 'tan-quang-2025', '--unit', 'UBND xã Ta Ma', '--kind', 'ubnd-xa', '--period', 'Năm 2025', '--out', 'bao-cao.xlsx'],
    dir,
  );
  expect(template.code).toBe(0);

  // The unit reports 90% paid online (the portal shows 68%) and 78% filed online (the portal shows 76,1%).
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'bao-cao.xlsx'));
  const sheet = book.worksheets[0]!;
  let codeColumn = 0;
  let resultColumn = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.value === 'Mã tiêu chí') codeColumn = col;
      if (cell.value === 'Kết quả') resultColumn = col;
    });
  });
  expect(codeColumn * resultColumn).toBeGreaterThan(0);
  const figures: Record<string, string> = { [linked('TY_LE_TTTT').code]: '90%', [linked('TY_LE_NOP_TRUC_TUYEN').code]: '78%' };
  sheet.eachRow((row) => {
    const figure = figures[String(row.getCell(codeColumn).value)];
    if (figure) row.getCell(resultColumn).value = figure;
  });
  await book.xlsx.writeFile(join(dir, 'bao-cao.xlsx'));
  before = await hashes(dir);

  const run = await runInProcess(['score', 'bao-cao.xlsx', '--criteria', 'tan-quang-2025', '--indicators', 'chi-so.json', '--out', 'ket-qua', '--json'], dir);
  expect(run.code).toBe(0);
  output = ScoreRunOutput.parse(JSON.parse(run.stdout));
});

describe('portal cross-check from the command line', () => {
  it('captures the commune row of the saved page as an indicator export', async () => {
    const { readFile } = await import('node:fs/promises');
    const file = IndicatorExportFile.parse(JSON.parse(await readFile(join(dir, 'chi-so.json'), 'utf8')));
    const taMa = file.snapshots.find((s) => s.unit.name === 'UBND xã Ta Ma')!;
    expect(taMa.url).toBe(PAGE_URL);
    expect(taMa.indicators.find((i) => i.code === 'TY_LE_TTTT')?.value).toBe(68);
  });

  it('flags the figure that differs from the portal beyond the tolerance, with both values, the date and the page', () => {
    const flags = output.cards[0]!.flags.filter((f) => f.code === 'portal-mismatch');
    expect(flags.map((f) => f.criterion)).toEqual([linked('TY_LE_TTTT').code]);
    expect(flags[0]!.message).toMatch(/90%/);
    expect(flags[0]!.message).toMatch(/68%/);
    expect(JSON.stringify(flags[0]!.details)).toContain(PAGE_URL);
  });

  it('lists it on the council review sheet and leaves every input unchanged', async () => {
    const summary = await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'));
    const [review] = await summary.readSheets(['Rà soát']);
    expect(review!.values.flat()).toContain(flagTitle('portal-mismatch'));
    const after = await hashes(dir);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
  });
});
