// A rate whose «Chỉ tiêu» an officer cleared on the «Tiêu chí» sheet (the real district DTI table imported, the cell
// cleared by openpyxl: test/helpers/cleared-target.ts), opened in the task pane through Office.js (the faithful fake,
// the workbook as Excel shows it): the workbook's own criteria are refused at the cell cleared, with the line the
// command line prints for the same file, and no choice is kept; asked again, as the pane asks when it opens, the same.
// Before, the pane took the set and scored with it.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { rememberedCriteria, useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { readStored, writeStored } from '../../excel-addin/actions/store.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice } from '../../scripts/harness/office-fake.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';
import { clearedTarget, NO_TARGET } from '../helpers/cleared-target.js';

let bytes: Uint8Array;
let cell: string;
/** `thidua score --criteria bo-sua.xlsx`: what the command line says of the same workbook. */
let cli: Run;

beforeAll(async () => {
  const dir = await tempDir();
  const cleared = await clearedTarget(dir);
  bytes = await readFile(cleared.path);
  cell = cleared.cell;
  cli = await runInProcess(['score', 'bo-chi-tieu.xlsx', '--criteria', 'bo-sua.xlsx', '--out', 'ket-qua'], dir);
}, 120_000);

describe('the task pane refuses the workbook’s own criteria the command line refuses', () => {
  it('at the cell cleared, with the command line’s line; nothing is kept as the workbook’s choice', async () => {
    const { uninstall } = installFakeOffice(await fakeWorkbookFromXlsx(bytes));
    try {
      const loaded = await runInExcel((port) => useCriteriaSheet(port));
      expect(loaded).toMatchObject({ ok: false, reason: 'sheet-errors', sheet: 'Tiêu chí' });
      if (loaded.ok || loaded.reason !== 'sheet-errors') return;
      expect(loaded.errors).toEqual([{ cell, message: `Bộ tiêu chí chưa dùng được: ${NO_TARGET}` }]);
      // The command line's message for the file: its sheet and file, then this very line.
      expect(cli.code).toBe(1);
      expect(cli.stderr).toBe(`${['Trang «Tiêu chí» của tệp bo-sua.xlsx có lỗi:', ...loaded.errors.map((e) => `  ô ${e.cell}: ${e.message}`)].join('\n')}\n`);
      expect((await runInExcel((port) => readStored(port, 'criteria'))).value).toBeUndefined();
      // A workbook scored with its own sheet before the cell was cleared: what the pane asks when it opens is refused alike.
      await runInExcel((port) => writeStored(port, 'criteria', { source: 'sheet' }));
      expect(await runInExcel((port) => rememberedCriteria(port))).toEqual(loaded);
    } finally {
      uninstall();
    }
  });
});

// Made for: the task pane taking, from the workbook's own «Tiêu chí» sheet, a set the command line refuses (a rate whose
// «Chỉ tiêu» was cleared) and scoring with it.
