// A band that asks more than points — «Điều kiện khác» typed beside «Xuất sắc» in the «XẾP LOẠI» part of the criteria
// workbook, as an officer writes Hải Phòng's «Hoàn thành xuất sắc nhiệm vụ … và hoàn thành 100% nhiệm vụ» — is kept
// with the set (exported, read back) and said by every run beside the units graded into it, never graded silently as
// if the points were all it asks.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from './helpers.js';
import { cp, readFile, readdir } from 'node:fs/promises';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice } from '../../scripts/harness/office-fake.js';

const CONDITION = 'Hoàn thành 100% nhiệm vụ được giao';
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await cp(join(process.cwd(), 'examples', 'bao-cao'), join(dir, 'bao-cao'), { recursive: true });
  expect((await runInProcess(['criteria', 'export', 'ta-ma-2025', '--out', 'tieu-chi.xlsx'], dir)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'tieu-chi.xlsx'));
  const ws = wb.worksheets[0]!;
  let header: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.values && (row.values as unknown[]).includes('Điều kiện khác')) header = row;
    else if (header && row.getCell(2).value === 'Xuất sắc') row.getCell((header.values as unknown[]).indexOf('Điều kiện khác')).value = CONDITION;
  });
  expect(header).toBeDefined();
  await wb.xlsx.writeFile(join(dir, 'tieu-chi.xlsx'));
}, 120_000);

describe('a band with a condition beyond its points', () => {
  it('is said by the run, naming the units graded into it', async () => {
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`Xếp loại «Xuất sắc» còn điều kiện ngoài điểm «${CONDITION}»: thidua xếp theo điểm, Hội đồng xét điều kiện ấy trước khi công nhận \\(\\d+ đơn vị: [^)]*Bản Hua Ca`));
  }, 120_000);

  it('is said by the task pane after scoring, the command line’s line word for word', async () => {
    // The same reports' sheets moved into one workbook (Excel's «Move or Copy»), scored in the pane with the same set.
    const files = (await readdir(join(dir, 'bao-cao'))).filter((f) => f.endsWith('.xlsx')).sort();
    const [book, ...rest] = await Promise.all(files.map(async (f) => fakeWorkbookFromXlsx(await readFile(join(dir, 'bao-cao', f)))));
    book!.sheets.push(...rest.flatMap((b) => b.sheets));
    expect((await runInProcess(['criteria', 'import', 'tieu-chi.xlsx', '--out', 'bo-pane.json'], dir)).code).toBe(0);
    const set = JSON.parse(await readFile(join(dir, 'bo-pane.json'), 'utf8')) as CriteriaSet;
    const fake = installFakeOffice(book!, '1.18');
    try {
      const scored = await runInExcel((port) => checkAndScore(port, set, { now: new Date() }));
      const cli = await runInProcess(['score', 'bao-cao', '--criteria', 'bo-pane.json', '--out', 'kq-pane'], dir);
      const said = (lines: readonly string[]) => lines.filter((l) => l.startsWith('Xếp loại «Xuất sắc» còn điều kiện ngoài điểm'));
      expect(said(scored.said.map((l) => l.text))).toHaveLength(1);
      expect(said(scored.said.map((l) => l.text))).toEqual(said(cli.stderr.split('\n')));
    } finally {
      fake.uninstall();
    }
  }, 120_000);

  it('goes out with the set exported again and reads back', async () => {
    expect((await runInProcess(['criteria', 'import', 'tieu-chi.xlsx', '--out', 'bo.json'], dir)).code).toBe(0);
    expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'lai.xlsx'], dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'lai.xlsx'));
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells).toContain(CONDITION);
  }, 120_000);
});
