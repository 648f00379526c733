// `Không chấm, không xếp hạng`: every file, sheet or unit the run did not score or rank, and why, in the officer's
// words (unreadable files, sheets that are not reports, duplicates, «Chưa nộp»).
import type { CellValue } from '../cell.js';
import type { SheetEdit } from '../sheet/port.js';
import { tableSheets, TEXT } from './table-sheet.js';

export const OMITTED_SHEET = 'Không chấm, không xếp hạng';
/** A1 of every `Không chấm, không xếp hạng` thidua writes: how a later run knows the sheet is its own. */
export const OMITTED_TITLE = 'KHÔNG ĐƯỢC CHẤM HAY KHÔNG XẾP HẠNG';
export const OMITTED_HEADERS = ['STT', 'Tệp, trang hay đơn vị', 'Lý do'] as const;

/** An input, sheet or unit the run did not score or rank, and why (the officer's words). */
export type Omitted = { what: string; why: string };

/** The sheet `sheet`, or sheets of `partRows` rows each past them (table-sheet.ts). */
export function planOmitted(omitted: readonly Omitted[], sheet = OMITTED_SHEET, partRows?: number): SheetEdit[] {
  return tableSheets({
    sheet,
    title: OMITTED_TITLE,
    headers: OMITTED_HEADERS,
    rows: omitted.map((o, i): CellValue[] => [i + 1, o.what, o.why]),
    formats: omitted.map(() => [null, TEXT, TEXT]),
    empty: 'Mọi tệp, trang và đơn vị đều được chấm và xếp hạng.',
    widths: [6, 60, 90],
  }, partRows);
}

// Made for issue 46 item 5: what was left out, on a sheet of its own, its header repeated on each page by print titles.
