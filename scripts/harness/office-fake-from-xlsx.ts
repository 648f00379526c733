// A real .xlsx (written by ExcelJS or LibreOffice) opened in the Office.js fake as Excel would show it: each sheet's
// values, number formats, formulas and merged areas, read by the command line's own reader (adapters/ooxml), so the
// task pane's tests and the command line's read the same workbook.
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { cellAddress } from '../../core/text.js';
import { newWorkbook, type FakeCell, type FakeSheet, type FakeWorkbookState } from './office-fake.js';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export async function fakeWorkbookFromXlsx(bytes: Uint8Array): Promise<FakeWorkbookState> {
  const book = OoxmlWorkbook.open(bytes);
  const grids = await book.readSheets(await book.listSheets());
  return newWorkbook(
    grids.map((grid): FakeSheet => {
      const cells = new Map<string, FakeCell>();
      const top = grid.origin?.row ?? 1;
      const left = grid.origin?.col ?? 1;
      grid.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '') return;
          const value = v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / DAY_MS : v;
          const formula = grid.formulas?.[cellAddress(top + r, left + c)];
          cells.set(`${top + r}:${left + c}`, { value, numberFormat: grid.formats?.[r]?.[c] ?? 'General', style: {}, ...(formula ? { formula: `=${formula}` } : {}) });
        }),
      );
      return { name: grid.name, visibility: 'Visible', cells, columnWidths: new Map(), charts: [], pageLayout: {}, ...(grid.merges ? { merges: [...grid.merges] } : {}) };
    }),
  );
}

/* Made for: issue 56 — the task pane tested on the same real .xlsx the command line reads (a decision typed in a merged cell). */
