// The workbook's own criteria first: the task pane asks, when a workbook opens, whether it holds a
// «Tiêu chí» sheet or an all-in-one scoring sheet, and offers that first (its main button). Asked
// through Office.js (the fake) in two syncs: the sheet names, then the sheets in one read.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { planCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { workbookCriteriaSheets } from '../../excel-addin/actions/criteria.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { tempDir } from '../cli/helpers.js';
import { writeScoringSheet } from '../criteria/fixtures/scoring-sheet.js';
import { reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newSheet, newWorkbook, type FakeSheet } from '../../scripts/harness/office-fake.js';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(sheets: FakeSheet[]) {
  const fake = installFakeOffice(newWorkbook(sheets));
  uninstall = fake.uninstall;
  return fake;
}

/** A sheet of an .xlsx as the fake holds it (values only: what the criteria reader reads). */
async function fakeSheetOf(workbook: ExcelJsWorkbook, name: string): Promise<FakeSheet> {
  const [grid] = await workbook.readSheets([name]);
  const rows = grid!.values.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v)));
  return newSheet(name, rows);
}

describe('workbookCriteriaSheets (the pane offers the workbook’s own criteria first)', () => {
  it('finds a «Tiêu chí» sheet beside the reports, in two syncs', async () => {
    const criteria = ExcelJsWorkbook.create();
    await criteria.apply({ sheets: [planCriteriaSheet(findBuiltin('ta-ma-2025')!)] });
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 5), await fakeSheetOf(criteria, 'Tiêu chí')]);
    expect(await runInExcel((port) => workbookCriteriaSheets(port))).toEqual({ sheet: 'Tiêu chí', choices: [] });
    expect(fake.syncs).toBe(2);
  });

  it('finds a unit’s all-in-one scoring sheet', async () => {
    const path = join(await tempDir(), 'thon.xlsx');
    await writeScoringSheet(path);
    const fake = office([await fakeSheetOf(await ExcelJsWorkbook.fromBuffer(await readFile(path)), 'Chấm điểm')]);
    expect(await runInExcel((port) => workbookCriteriaSheets(port))).toEqual({ sheet: 'Chấm điểm', choices: [] });
    expect(fake.syncs).toBe(2);
  });

  it('finds nothing in a workbook of reports only (the built-in sets stay first)', async () => {
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 5), reportSheet('Thôn Bắc', 'Thôn', 5)]);
    expect(await runInExcel((port) => workbookCriteriaSheets(port))).toBeUndefined();
    expect(fake.syncs).toBe(2);
  });
});
