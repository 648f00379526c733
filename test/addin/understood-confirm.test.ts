// The task pane's confirmation of what was understood, through Office.js (the faithful fake): a real scoring table
// (the power company's, from the corpus, written by LibreOffice) taken as the workbook's own criteria is read with
// notices and is not confirmed; the officer's confirmation is kept with the workbook's choice in one more write, so
// the pane opening on the same workbook again takes the set as confirmed, and a changed table is asked again. A set
// read with nothing inferred, and a built-in set, need no confirmation.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { readCriteriaFile } from '../../cli/files.js';
import { CRITERIA_SHEET_NAME } from '../../core/criteria/sheet/index.js';
import { confirmCriteriaSheet, insertCriteriaSheetIfNone, rememberedCriteria, understoodKey, useBuiltin, useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { readStored } from '../../excel-addin/actions/store.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { installFakeOffice, newSheet, newWorkbook, sheetValues, type FakeSheet } from '../../scripts/harness/office-fake.js';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(sheets: FakeSheet[]) {
  const fake = installFakeOffice(newWorkbook(sheets));
  uninstall = fake.uninstall;
  return fake;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** A sheet of an .xlsx as Excel holds it: its values, a date as its serial number under a date format. */
async function fakeSheetOf(path: string, name?: string): Promise<FakeSheet> {
  const book = await ExcelJsWorkbook.fromBuffer(await readFile(path));
  const [grid] = await book.readSheets([name ?? (await book.listSheets())[0]!]);
  const values = grid!.values.map((r) => r.map((v) => (v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / 86_400_000 : v)));
  const formats = grid!.values.map((r) => r.map((v) => (v instanceof Date ? 'dd/mm/yyyy' : 'General')));
  return newSheet(grid!.name, values, formats);
}

let table: string;
beforeAll(async () => {
  const entry = (await loadCorpus()).find((e) => e.id === 'lanh-dao-pcvt')!;
  table = (await renderCorpus([entry], await mkdtemp(join(tmpdir(), 'thidua-confirm-')))).get(entry.id)!;
}, 300_000);

describe('the workbook’s own criteria, read with notices, wait for the officer’s confirmation', () => {
  it('asks once: confirmed in one more write, the same table opened again is taken as confirmed, a changed one asks again', async () => {
    const criteria = await fakeSheetOf(table);
    const fake = office([reportSheet('Phòng Kỹ thuật', 'Cơ quan', 3), criteria]);

    const first = await runInExcel((port) => useCriteriaSheet(port));
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.notices.length).toBeGreaterThan(0);
    expect(first.confirmed).toBe(false);
    // Sheet names with the store, the sheets, the choice written: the confirmation costs the read nothing.
    expect(fake.syncs).toBe(3);

    const key = understoodKey(first.set);
    await runInExcel((port) => confirmCriteriaSheet(port, key));
    // The store's rows (read with the sheet names), then the write.
    expect(fake.syncs).toBe(5);

    // The pane opened again on the same workbook: the set it remembers is taken, confirmed, with no question.
    const again = await runInExcel((port) => rememberedCriteria(port));
    expect(again).toMatchObject({ ok: true, confirmed: true });
    expect(again?.ok && understoodKey(again.set)).toBe(key);
    // The pane's opening read as before the confirmation existed: the stored choice, then the sheet names, the sheets, the choice.
    expect(fake.syncs).toBe(9);

    // An item's maximum changed on the sheet: another set, asked again, and the old confirmation no longer kept.
    const item = first.set.criteria.find((c) => c.rule.kind === 'manual')!;
    const row = [...criteria.cells].find(([, c]) => c.value === item.title)![0].split(':')[0];
    const points = [...criteria.cells].find(([at, c]) => at.startsWith(`${row}:`) && c.value === item.maxPoints)!;
    points[1].value = item.maxPoints + 1;
    const changed = await runInExcel((port) => rememberedCriteria(port));
    expect(changed).toMatchObject({ ok: true, confirmed: false });
    expect(changed?.ok && changed.set.criteria.find((c) => c.code === item.code)?.maxPoints).toBe(item.maxPoints + 1);
    expect((await runInExcel((port) => readStored(port, 'criteria'))).value).toEqual({ source: 'sheet' });
  }, 60_000);

  it('a renamed copy of the same table is the same set: its key leaves out the name taken from the file', async () => {
    office([await fakeSheetOf(table)]);
    const read = await runInExcel((port) => useCriteriaSheet(port));
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(understoodKey({ ...read.set, id: 'ban-sao', title: 'Bản sao' })).toBe(understoodKey(read.set));
    expect(understoodKey({ ...read.set, criteria: read.set.criteria.slice(1) })).not.toBe(understoodKey(read.set));
  });

  it('a table from a file is written as the workbook’s «Tiêu chí» sheet to correct, which reads back with nothing to confirm; never over one', async () => {
    // As a Word table taken on the «Tiêu chí» tab is: a set with notices and no sheet of its own in the workbook.
    const { set, notices } = await readCriteriaFile(table, tmpdir());
    expect(notices.length).toBeGreaterThan(0);
    const fake = office([reportSheet('Phòng Kỹ thuật', 'Cơ quan', 3)]);
    expect(await runInExcel((port) => insertCriteriaSheetIfNone(port, set))).toBe(CRITERIA_SHEET_NAME);
    // The sheet names, then the sheet written.
    expect(fake.syncs).toBe(2);
    const back = await runInExcel((port) => useCriteriaSheet(port));
    expect(back).toMatchObject({ ok: true, sheet: CRITERIA_SHEET_NAME, notices: [], confirmed: true });
    expect(back.ok && back.set.criteria).toEqual(set.criteria);

    // The officer corrects a title on it; the set shown again is not written over the corrected sheet.
    const written = fake.state.sheets.find((s) => s.name === CRITERIA_SHEET_NAME)!;
    const title = [...written.cells.values()].find((c) => c.value === set.criteria[0]!.title)!;
    title.value = 'Trung thành với Đảng, Tổ quốc và Nhân dân';
    const before = sheetValues(written);
    expect(await runInExcel((port) => insertCriteriaSheetIfNone(port, set))).toBeUndefined();
    expect(sheetValues(fake.state.sheets.find((s) => s.name === CRITERIA_SHEET_NAME)!)).toEqual(before);
  }, 60_000);

  it('needs no confirmation for a criteria sheet with nothing inferred, nor for a built-in set', async () => {
    const fake = office([await fakeSheetOf(join(import.meta.dirname, '../../examples/tieu-chi-ta-ma-2025.xlsx'), 'Tiêu chí')]);
    const own = await runInExcel((port) => useCriteriaSheet(port));
    expect(own).toMatchObject({ ok: true, notices: [], confirmed: true });
    expect(await runInExcel((port) => useBuiltin(port, 'ta-ma-2025'))).toMatchObject({ ok: true, confirmed: true });
    expect(fake.syncs).toBe(5);
  });
});
