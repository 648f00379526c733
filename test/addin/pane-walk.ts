// The task pane's walks through the year (pane-walk-*.test.ts): the pane's workbook on the Office.js fake read cell by
// cell as the command line's files are, to be held to them, the council's typing into it as Excel makes it, and each
// step's round trips.
import { readFile } from 'node:fs/promises';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { CellValue } from '../../core/cell.js';
import { cellAddress } from '../../core/text.js';
import type { FakeOffice, FakeSheet } from '../../scripts/harness/office-fake.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A cell as both faces mean it: a date as its day (a serial under a date format, or a date), a whole number as one. */
function meaning(value: CellValue | undefined, format = 'General'): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && /[dy]/i.test(format) && !/general/i.test(format)) return new Date(EXCEL_EPOCH + value * DAY_MS).toISOString().slice(0, 10);
  return value;
}

/** A sheet's cells by address, each as meaning() reads it, blanks left out. */
export type Cells = Map<string, string | number | boolean | null>;

export const paneCells = (sheet: FakeSheet): Cells =>
  new Map(
    [...sheet.cells]
      .map(([key, c]) => {
        const [row, col] = key.split(':').map(Number) as [number, number];
        return [cellAddress(row, col), meaning(c.value, c.numberFormat)] as const;
      })
      .filter(([, v]) => v !== null),
  );

/** Each sheet of the .xlsx at `path`, by name, as the command line's reader reads it. */
export async function fileCells(path: string): Promise<Map<string, Cells>> {
  const book = OoxmlWorkbook.open(await readFile(path));
  const grids = await book.readSheets(await book.listSheets());
  return new Map(
    grids.map((g) => {
      const cells: Cells = new Map();
      g.values.forEach((r, i) =>
        r.forEach((v, j) => {
          const m = meaning(v, g.formats?.[i]?.[j]);
          if (m !== null) cells.set(cellAddress((g.origin?.row ?? 1) + i, (g.origin?.col ?? 1) + j), m);
        }),
      );
      return [g.name, cells];
    }),
  );
}

/** The fake's key of an address: «K15» → «15:11». */
const at = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return `${m[2]}:${[...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)}`;
};

/** Typed in Excel: a date becomes a date under dd/mm/yyyy, a figure a number, anything else text. */
export function type(on: FakeSheet, address: string, typed: string | number): void {
  const date = typeof typed === 'string' ? /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(typed) : null;
  const value = date ? (Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])) - EXCEL_EPOCH) / DAY_MS : typed;
  on.cells.set(at(address), { value, numberFormat: date ? 'dd/mm/yyyy' : 'General', style: {} });
}

/** Each step's round trips to Excel (context.sync() calls) on the fake `fakeOf` gives, by the step's name. */
export function roundTrips(fakeOf: () => FakeOffice): { syncs: Record<string, number>; step: <T>(name: string, action: () => Promise<T>) => Promise<T> } {
  const syncs: Record<string, number> = {};
  const step = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    const before = fakeOf().syncs;
    const value = await action();
    syncs[name] = fakeOf().syncs - before;
    return value;
  };
  return { syncs, step };
}

/** What a cell of the pane's sheet holds. */
export const text = (on: FakeSheet, row: number, col: number) => on.cells.get(`${row}:${col}`)?.value;

// Made for: the second pane walk (pane-walk-cong-an.test.ts), which read and typed the pane's workbook as the first
// (pane-walk-kh157.test.ts) did: one copy of both.
