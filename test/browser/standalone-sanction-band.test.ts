// A band the table's sanction set, on the standalone page (file://, Debian's chromium): a criteria sheet whose deductions
// carry sanctions (written by `thidua criteria export`, the units' reports typed in `thidua template`'s workbooks),
// scored in «Chấm cả xã»; step 4's ranking shows each unit's band with the reason the command line prints beside it
// for the same files — «Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)», never «Tốt» alone.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAddin } from '../../scripts/harness/builds.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { sanctionSet } from '../helpers/sanction-set.js';
import { confirmUnderstood, openStandalonePage } from '../helpers/standalone-page.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

/** Each council and what it typed: its base points and the points a deduction took. */
const UNITS: [string, string, Record<string, number>][] = [
  ['HĐND xã Quảng Phú', 'quang-phu', { 'I.1': 100 }],
  ['HĐND xã Thọ Xuân', 'tho-xuan', { 'I.1': 99, 'IX.1': 5 }],
  ['HĐND xã Triệu Sơn', 'trieu-son', { 'I.1': 97, 'IX.9': 1 }],
];

let browser: Browser;
let dist: string;
let dir: string;
let reports: string[];
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  dir = await tempDir();
  await writeFile(join(dir, 'bo.json'), JSON.stringify(sanctionSet, null, 2));
  expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo-tieu-chi.xlsx'], dir)).code).toBe(0);
  reports = [];
  for (const [unit, slug, typed] of UNITS) {
    const template = join(dir, `mau-${slug}.xlsx`);
    expect((await runInProcess(['template', '--criteria', 'bo-tieu-chi.xlsx', '--unit', unit, '--kind', 'Cơ quan', '--out', template], dir)).code).toBe(0);
    reports.push(join(dir, `${slug}.xlsx`));
    await typeInTemplate(template, reports.at(-1)!, 'Điểm tự chấm', typed);
  }
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('a band set by the table’s sanction, on the standalone page', () => {
  it('is shown in step 4’s ranking with the reason `thidua score` prints beside it for the same files', async () => {
    // The command line's ranking: «  2. HĐND xã Thọ Xuân: 94/100 điểm (94%) — Tốt (…)», the band after «— ».
    const cli = await runInProcess(['score', ...reports, '--criteria', 'bo-tieu-chi.xlsx', '--out', 'kq'], dir);
    const said = new Map(UNITS.map(([unit]) => {
      const line = cli.stdout.split('\n').find((l) => l.includes(`. ${unit}: `))!;
      return [unit, line.replace(/^.* — /, '').replace(/ · \d+ cảnh báo$/, '')];
    }));
    expect(said.get('HĐND xã Thọ Xuân')).toBe('Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)');
    expect(said.get('HĐND xã Triệu Sơn')).toBe('Tốt (hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng)');

    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(dir, 'bo-tieu-chi.xlsx'));
    await confirmUnderstood(page);
    await page.getByLabel('Tệp báo cáo').setInputFiles(reports);
    await page.getByRole('button', { name: 'Chấm 3 tệp' }).click();
    await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor({ timeout: 120_000 });
    const step4 = page.getByRole('region', { name: 'Bước 4: Rà soát' });
    for (const [unit] of UNITS) expect(await step4.locator(`tr[data-unit="${unit}"] td[data-class]`).textContent(), unit).toBe(said.get(unit));
  }, 600_000);
});

// Made for the page's side of a table's sanctions (an officer walk's commune People's Council table, Thanh Hóa):
// «Tốt» shown alone in step 4 where the command line and «Tổng hợp» say why.
