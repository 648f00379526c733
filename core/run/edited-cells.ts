// Ô đã sửa từ lần chấm trước (cells a unit edited since the last run), judged by one rule on every face: on a decided
// flag's row (a decision touches its flag's row, cellsUnder) only the cells scoring reads there and the flag's own,
// a figure compared by what it reads (105 and «105,0», «105%» and 1,05 shown as a percentage are one figure) — a note
// in «Ghi chú» or a criterion's name is no edit. The faces that score files (the command line, the standalone page)
// compare with the run's record, which keeps every scored copy's report cells as written (copy-cells.ts): a report
// read now is held against the copy of its sheet the council decided on — found by what the decisions are keyed by,
// the sheet and its unit, whatever the file is called now (renamed, moved, two chosen files of one name). The task
// pane compares with the figures of the flagged rows its fingerprint of the sheet kept in the workbook. The cells
// found differ are what mergeDecisions needs to set a decision aside; a decided cell with no sure figure to compare
// with is said as such, so its decision is held too rather than applied to a figure the council may never have seen.
import { z } from 'zod';
import type { CellValue } from '../cell.js';
import type { CouncilDecision } from '../council/decision.js';
import { flagOfUnit } from '../council/merge.js';
import type { ReportColumns, UnitReport } from '../report/schema.js';
import type { SheetGrid } from '../sheet/cell.js';
import { cellAddress, columnNumber, parseAddress } from '../text.js';
import { parseCell } from '../values.js';
import type { Flag } from '../flags/flag.js';
import { fingerprintReport, SheetFingerprint } from '../workbook/fingerprint.js';
import { CopyCells, kept, KeptCell, type SheetCells } from './copy-cells.js';

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
 * council decided on (`changed`), and sheet → the decided cells for which no one copy was found to compare with (`uncompared`).
 */
export function editedSinceCopies(
  reports: readonly UnitReport[],
  grids: readonly SheetGrid[],
  decisions: readonly CouncilDecision[],
  last: DecidedCopies,
  own?: string,
): EditedSince {
  return bySheet(reports, decisions, (report, i, decided) => {
    const before = copyOf(report, last, own)?.cells;
    return before ? editedOnSheet(report, grids[i]!, decided, { cells: before }) : { changed: [], uncompared: decided.map((d) => d.cell!) };
  });
}

/**
 * The same of the task pane's sheets, by the same rule, against the figures its fingerprint of each sheet kept when
 * last scored (figuresOfFlags). A fingerprint an earlier version wrote keeps hashes and no figures: a decided row whose
 * hashed cells read the same is not edited; one that differs cannot be told a figure retyped from one edited, and is
 * not compared — nor a sheet with no fingerprint (the hidden sheet deleted).
 */
export function editedSinceFingerprints(
  reports: readonly UnitReport[],
  grids: readonly SheetGrid[],
  decisions: readonly CouncilDecision[],
  fingerprints: ReadonlyMap<string, DecidedFingerprint>,
): EditedSince {
  return bySheet(reports, decisions, (report, i, decided) => {
    const before = fingerprints.get(report.sheet);
    if (before?.figures) return editedOnSheet(report, grids[i]!, decided, before.figures);
    const now = before && fingerprintReport(report, before.unitName, before.scoredAt, before.scheme).cells;
    const hashedSame = (cell: string) => now !== undefined && comparedCells(report.columns, cell).every((a) => now[a] === before!.cells[a]);
    return { changed: [], uncompared: decided.flatMap((d) => (hashedSame(d.cell!) ? [] : [d.cell!])) };
  });
}

/** Sheet → the cells edited since the decisions on it (`changed`), and sheet → the decisions' cells not compared. */
export type EditedSince = { changed: Map<string, string[]>; uncompared: Map<string, string[]> };

/** `onSheet` asked of each report with decisions on its cells, what it finds gathered by sheet. */
function bySheet(
  reports: readonly UnitReport[],
  decisions: readonly CouncilDecision[],
  onSheet: (report: UnitReport, i: number, decided: CouncilDecision[]) => { changed: string[]; uncompared: string[] },
): EditedSince {
  const found: EditedSince = { changed: new Map(), uncompared: new Map() };
  reports.forEach((report, i) => {
    const decided = decisions.filter((d) => d.sheet === report.sheet && d.cell && parseAddress(d.cell));
    if (decided.length === 0) return;
    const { changed, uncompared } = onSheet(report, i, decided);
    if (changed.length > 0) found.changed.set(report.sheet, changed);
    if (uncompared.length > 0) found.uncompared.set(report.sheet, uncompared);
  });
  return found;
}

/**
 * Figures as kept, to compare a decided row with: the cells (an empty one absent) and, when only some flags' rows were
 * kept (the task pane's fingerprint), those flags' cells — a decision on another cell was not taken on kept figures.
 */
export const KeptFigures = z.object({ cells: z.record(z.string(), KeptCell), flagged: z.array(z.string()).optional() });
export type KeptFigures = z.infer<typeof KeptFigures>;

/** A fingerprint as the task pane keeps it: with the figures a council decision on the sheet's flags is compared with. */
export const DecidedFingerprint = SheetFingerprint.extend({ figures: KeptFigures.optional() });
export type DecidedFingerprint = z.infer<typeof DecidedFingerprint>;

/**
 * The rule every face judges an edit by: on each decided cell's row, the cells scoring reads and the flag's own, each
 * compared with its kept figure (sameFigure); a decision whose cell `before` did not keep is not compared.
 */
function editedOnSheet(report: UnitReport, grid: SheetGrid, decided: readonly CouncilDecision[], before: KeptFigures): { changed: string[]; uncompared: string[] } {
  const changed = new Set<string>();
  const uncompared: string[] = [];
  for (const { cell } of decided) {
    if (before.flagged && !before.flagged.includes(cell!)) uncompared.push(cell!);
    else for (const a of comparedCells(report.columns, cell!)) if (!sameFigure(before.cells[a], ...cellAt(grid, a))) changed.add(a);
  }
  return { changed: [...changed], uncompared };
}

/**
 * The figures the task pane keeps with its fingerprint of a sheet when it scores it: for each of the sheet's flags on
 * a cell — what the council may decide on before the next scoring — the cells a decision on it is compared on.
 */
export function figuresOfFlags(report: UnitReport, grid: SheetGrid, flags: readonly Pick<Flag, 'sheet' | 'cell'>[]): KeptFigures {
  const flagged = [...new Set(flags.flatMap((f) => (f.sheet === report.sheet && f.cell && parseAddress(f.cell) ? [f.cell] : [])))];
  const cells: Record<string, KeptCell> = {};
  for (const a of new Set(flagged.flatMap((c) => comparedCells(report.columns, c)))) {
    const k = kept(cellAt(grid, a)[0]);
    if (k !== undefined) cells[a] = k;
  }
  return { cells, flagged };
}

/** The cells a decision on `cell` is compared on: on its row, those scoring reads and the flag's own. */
function comparedCells(columns: ReportColumns, cell: string): string[] {
  const at = parseAddress(cell);
  return at ? [...new Set([...readColumns(columns), at.col])].map((col) => cellAddress(at.row, col)) : [];
}

/** A cell of the grid by its address: its value and number format. */
function cellAt(grid: SheetGrid, address: string): [CellValue, string | undefined] {
  const at = parseAddress(address)!;
  const [r, c] = [at.row - (grid.origin?.row ?? 1), at.col - (grid.origin?.col ?? 1)];
  return [grid.values[r]?.[c] ?? null, grid.formats?.[r]?.[c]];
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
// found against the run's record by sheet and unit, compared by what scoring reads, or held and said. And the task
// pane's «Bác số liệu» on Hội Nông dân xã Ta Ma's 105% held for a note typed in «Ghi chú» that the command line applied.
