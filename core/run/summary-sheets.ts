// Các trang của tong-hop.xlsx lần trước (the previous tong-hop.xlsx's sheets): which thidua made — written again by
// every run — and which the council added itself («Ghi chú của Hội đồng»), kept as they are when tong-hop.xlsx is
// written again. thidua's are the sheets its record shows, «Chốt kết quả», the council's «Rà soát» and «Biểu quyết»
// (found by what they hold, council-sheets.ts) and any sheet under one of thidua's titles; every other sheet is the
// council's. A sheet that lost its table keeps what was typed on it: it is the council's, never written back empty.
import type { SheetGrid } from '../sheet/cell.js';
import type { SheetEdit } from '../sheet/port.js';
import { cellText } from '../values.js';
import { AWARD_LIST_TITLE } from '../workbook/plan-award-list.js';
import { COUNCIL_SHEET_NAMES } from '../workbook/council-sheets.js';
import { OMITTED_TITLE } from '../workbook/plan-omitted.js';
import { PROPOSALS_TITLE } from '../workbook/plan-proposals.js';
import { SHORTFALL_TITLE } from '../workbook/plan-shortfall.js';
import { isSummaryTitle } from '../workbook/plan-summary.js';
import { isPartOf, partName, partNumber } from '../workbook/table-sheet.js';
import type { KeptSaid } from '../workbook/kept-cells.js';
import { CLOSING_SHEET, CLOSING_TITLE } from './plan-closing.js';

/** The titles thidua writes in A1 of the sheets of tong-hop.xlsx other than the council's two («Tổng hợp»'s names the movement). */
const TITLES = new Set([PROPOSALS_TITLE, SHORTFALL_TITLE, OMITTED_TITLE, AWARD_LIST_TITLE, CLOSING_TITLE]);
const isOwnTitle = (a1: string) => TITLES.has(a1) || isSummaryTitle(a1);

/**
 * The sheets of the previous tong-hop.xlsx thidua did not make, in tab order. `names`: every sheet; `grids`: those
 * read; `made`: the names thidua's record shows and the council's two sheets as found.
 */
export function sheetsAdded(names: readonly string[], grids: readonly SheetGrid[], made: readonly string[]): string[] {
  const own = new Set([...made, CLOSING_SHEET]);
  return names.filter((name) => {
    if (own.has(name)) return false;
    const grid = grids.find((g) => g.name === name);
    return !(grid && (grid.origin?.row ?? 1) === 1 && (grid.origin?.col ?? 1) === 1 && isOwnTitle(cellText(grid.values[0]?.[0] ?? null)));
  });
}

/** The names the council's «Rà soát» and «Biểu quyết» have, each its parts in order (one name when not split). */
export type CouncilNames = { review?: readonly string[]; votes?: readonly string[] };

/**
 * tong-hop.xlsx's sheets as planned, each under a name no kept sheet holds: the council's two under the names the
 * council gave them (`council`; a part it did not have before named after its first part), any other beside a kept
 * sheet of its name, as «Tổng hợp (2)».
 */
export function namedBeside(sheets: readonly SheetEdit[], kept: readonly string[], council: CouncilNames): SheetEdit[] {
  const names = namesBeside(sheets.map((s) => s.sheet), kept, council);
  return sheets.map((s, i) => ({ ...s, sheet: names[i]! }));
}

/**
 * The parts of the council's «Rà soát» or «Biểu quyết» (`council`, as the previous file held them) that one table's
 * sheets as named (`written`, namedBeside) no longer hold: its rows now fit fewer sheets, so the file is written
 * without them. A line each naming the part and the sheet its rows now stand on, for every face to say: never a sheet
 * of the council's gone unsaid.
 */
export function partsNotWritten(written: readonly string[], council: CouncilNames): KeptSaid[] {
  const parts = [council.review, council.votes].find((names) => names?.[0] !== undefined && written.includes(names[0]));
  if (!parts) return [];
  const kept = written.filter((name) => parts.includes(name));
  const where = kept.length === 1 ? `bảng vừa một trang, nên mọi dòng của nó, với những gì Hội đồng đã ghi, nay ở trang «${kept[0]}»` : `bảng vừa ${kept.length} trang, nên mọi dòng của nó, với những gì Hội đồng đã ghi, nay ở các trang ${kept.map((n) => `«${n}»`).join(', ')}`;
  return parts.flatMap((sheet, i) => (written.includes(sheet) ? [] : [{ sheet, message: `phần ${i + 1}/${parts.length} của trang «${parts[0]}», không được ghi lại: ${where}.` }]));
}

/** The names `planned` (thidua's names, in tab order) are written under, as namedBeside names their sheets. */
export function namesBeside(planned: readonly string[], kept: readonly string[], council: CouncilNames): string[] {
  const taken = new Set(kept);
  return planned.map((sheet) => {
    const role = (['review', 'votes'] as const).find((r) => isPartOf(COUNCIL_SHEET_NAMES[r], sheet));
    const given = role && council[role];
    const n = (role && partNumber(COUNCIL_SHEET_NAMES[role], sheet)) ?? 1;
    const name = given?.[n - 1] ?? (given?.[0] !== undefined ? freeName(partName(given[0], n), taken) : freeName(sheet, taken));
    taken.add(name);
    return name;
  });
}

/** `base`, or the first `base (n)` not taken. */
function freeName(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(name)) return name;
  }
}

// Made for issue 56 item 1: sheets the council adds to tong-hop.xlsx survive the next run, and thidua's own are
// written under the names the council gave them.
