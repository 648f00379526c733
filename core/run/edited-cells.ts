// Ô đã sửa từ lần chấm trước (cells a unit edited since the last run): the faces that score files (the command line,
// the standalone page) keep no fingerprint in the unit's workbook, but the run's record keeps every scored copy's
// report cells as written (copy-cells.ts) — what the unit typed, as the last run read it. A report read now is held
// against the copy of its sheet the council decided on — found by what the decisions are keyed by, the sheet and its
// unit, whatever the file is called now (renamed, moved, two chosen files of one name) — on the decided rows only (a
// decision touches its flag's row, cellsUnder), in the cells scoring reads there, a figure compared by what it reads
// (105 and «105,0», «105%» and 1,05 shown as a percentage are one figure). The cells found differ are what
// mergeDecisions needs to set a decision aside; a sheet with no sure copy to compare with is said as such, so its
// decisions are held too rather than applied to a figure the council may never have seen.
import { z } from 'zod';
import type { CellValue } from '../cell.js';
import type { CouncilDecision } from '../council/decision.js';
import { flagOfUnit } from '../council/merge.js';
import type { ReportColumns, UnitReport } from '../report/schema.js';
import type { SheetGrid } from '../sheet/cell.js';
import { cellAddress, columnNumber, parseAddress } from '../text.js';
import { parseCell } from '../values.js';
import { CopyCells, kept, type KeptCell, type SheetCells } from './copy-cells.js';

/**
 * The last run's copies as a read step holds decisions against them: each copy by its name in the output folder, with
 * only its sheets a decision on a cell names — a few sheets, sent once to each worker —, and the decisions made on
 * them (flagOfUnit): those read from the run's tong-hop.xlsx, not those the page's council took on the page since.
 */
export const DecidedCopies = z.object({ copies: z.array(z.object({ name: z.string(), cells: CopyCells })), decisions: z.array(z.string()) });
export type DecidedCopies = z.infer<typeof DecidedCopies>;

/**
 * What a read step compares with: each set of copies decided on with the decisions made on it — the output folder's
 * last run's, a tong-hop.xlsx given with --decisions — (none kept: every decided sheet uncompared), and its own copy's
 * name in the folder.
 */
export type ComparedWith = { last: readonly DecidedCopies[]; own?: string };

/** The copies of a run's record (CopyDigest), each cut to the sheets `decisions` on a cell name; a copy kept without cells has none. */
export function decidedCopies(copies: readonly { name: string; cells?: CopyCells }[], decisions: readonly CouncilDecision[]): DecidedCopies {
  const onCells = decisions.filter((d) => d.cell);
  const decided = new Set(onCells.map((d) => d.sheet));
  return {
    copies: copies.flatMap((c) => {
      const cells = (c.cells ?? []).filter((s) => decided.has(s.sheet));
      return cells.length > 0 ? [{ name: c.name, cells }] : [];
    }),
    decisions: onCells.map(flagOfUnit),
  };
}

/**
 * Which run's copies each decision was made on, given the runs it was read from, latest first (the output folder's,
 * then a tong-hop.xlsx given with --decisions): the first run holding it as it stands — the same words, person and day —,
 * else the last (a decision read from the given file alone, or typed there anew, was made on that file's figures).
 */
export function decisionsByRun<R extends { decisions: readonly CouncilDecision[] }>(decisions: readonly CouncilDecision[], runs: readonly R[]): (R & { decided: CouncilDecision[] })[] {
  const same = (a: CouncilDecision, b: CouncilDecision) => flagOfUnit(a) === flagOfUnit(b) && JSON.stringify(shownAs(a)) === JSON.stringify(shownAs(b));
  const runOf = (d: CouncilDecision) => runs.findIndex((r, i) => i === runs.length - 1 || r.decisions.some((x) => same(x, d)));
  return runs.map((r, i) => ({ ...r, decided: decisions.filter((d) => runOf(d) === i) }));
}

/** What tells one decision from another on the same flag: what the council typed. */
const shownAs = (d: CouncilDecision) => [d.decision, d.reviewer, d.date, d.second?.decision, d.second?.reviewer, d.second?.date];

/** The decisions `last` was decided on: those compared (the others were taken on the figures the face shows now). */
export function decidedOn(decisions: readonly CouncilDecision[], last: DecidedCopies): CouncilDecision[] {
  const on = new Set(last.decisions);
  return decisions.filter((d) => on.has(flagOfUnit(d)));
}

/**
 * Sheet → the cells scoring reads on the rows of the decisions about that sheet that differ from the copy the
 * council decided on (`changed`), and the decided sheets for which no one copy was found to compare with (`uncompared`).
 */
export function editedSinceCopies(
  reports: readonly UnitReport[],
  grids: readonly SheetGrid[],
  decisions: readonly CouncilDecision[],
  last: DecidedCopies,
  own?: string,
): { changed: Map<string, string[]>; uncompared: Set<string> } {
  const changed = new Map<string, string[]>();
  const uncompared = new Set<string>();
  reports.forEach((report, i) => {
    const rows = new Set(decisions.filter((d) => d.sheet === report.sheet && d.cell).flatMap((d) => parseAddress(d.cell!) ?? []));
    if (rows.size === 0) return;
    const before = copyOf(report, last, own)?.cells;
    if (!before) {
      uncompared.add(report.sheet);
      return;
    }
    const grid = grids[i]!;
    const top = grid.origin?.row ?? 1;
    const left = grid.origin?.col ?? 1;
    const read = readColumns(report.columns);
    const cells: string[] = [];
    for (const { row, col: flagged } of rows) {
      for (const col of new Set([...read, flagged])) {
        const address = cellAddress(row, col);
        const [r, c] = [row - top, col - left];
        if (!sameFigure(before[address], grid.values[r]?.[c] ?? null, grid.formats?.[r]?.[c])) cells.push(address);
      }
    }
    if (cells.length > 0) changed.set(report.sheet, [...new Set(cells)]);
  });
  return { changed, uncompared };
}

/**
 * The copy of `report`'s sheet the council decided on: the one copy holding a sheet of its name whose unit's name cell
 * reads as the report's — its own copy's when several do (a unit reported twice); none when none or several others do.
 */
function copyOf(report: UnitReport, last: DecidedCopies, own: string | undefined): SheetCells | undefined {
  const unit = report.unitName;
  const found = last.copies.flatMap((c) => c.cells.filter((s) => s.sheet === report.sheet && (!unit || s.cells[unit.address] === kept(unit.raw))).map((s) => ({ name: c.name, s })));
  if (found.length === 1) return found[0]!.s;
  return found.find((f) => f.name === own)?.s;
}

/** The columns scoring reads on a criterion's row: not the title (the set's) nor the unit's own note. */
function readColumns(columns: ReportColumns): number[] {
  const { title: _title, note: _note, ...read } = columns;
  return Object.values(read).flatMap((letters) => (letters ? [columnNumber(letters)] : []));
}

/**
 * Whether a cell now holds what the copy kept: the same value, or the same figure in another form — «105,0» for 105,
 * «105%» for 1,05 formatted as a percentage. The copy keeps no number format: its 1,05 is a plain number.
 */
function sameFigure(before: KeptCell | undefined, now: CellValue, format: string | undefined): boolean {
  if (kept(now) === before) return true;
  const [a, b] = [parseCell(before ?? null), parseCell(now, format)];
  return a.kind === 'number' && b.kind === 'number' && a.value === b.value && a.percent === b.percent;
}

// Made for: the council's «Chấp nhận» on a unit's figure that `thidua score` applied, without a word, to the figure the
// unit typed over it since — in a file renamed, moved, or read from a tong-hop.xlsx that kept no copies' cells; now
// found against the run's record by sheet and unit, compared by what scoring reads, or held and said.
