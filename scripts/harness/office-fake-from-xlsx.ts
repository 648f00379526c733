// A real .xlsx (written by ExcelJS or LibreOffice) opened in the Office.js fake as Excel would show it: each sheet's
// values, number formats, formulas, merged areas, column widths and hidden rows, read by the command line's own reader
// (adapters/ooxml), so the task pane's tests and the command line's read the same workbook.
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { DEFAULT_COLUMN_WIDTH } from '../../core/sheet/row-height.js';
import { cellAddress, columnLetter } from '../../core/text.js';
import { newWorkbook, type FakeCell, type FakeSheet, type FakeWorkbookState } from './office-fake.js';

const DAY_MS = 86_400_000;
/** Points of one character of column width: 7 px of Calibri 11 at 0.75 pt a pixel. */
const POINTS_PER_CHAR = 5.25;
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
      // Widths as Excel holds them, in points (the file's characters of Calibri 11, 7 px each); the standard width left unset.
      const columnWidths = new Map((grid.columnWidths ?? []).flatMap((w, c) => (w === DEFAULT_COLUMN_WIDTH ? [] : [[columnLetter(left + c), w * POINTS_PER_CHAR] as const])));
      return { name: grid.name, visibility: 'Visible', cells, columnWidths, charts: [], pageLayout: {}, ...(grid.merges ? { merges: [...grid.merges] } : {}), ...(grid.hiddenRows ? { hiddenRows: new Set(grid.hiddenRows) } : {}) };
    }),
  );
}

/* Made for: issue 56 — the task pane tested on the same real .xlsx the command line reads (a decision typed in a merged cell). */
