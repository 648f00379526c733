// Registry of criteria-sheet layouts: one line per file of this folder. A sheet is read by the first layout
// that recognises it, so the more particular layouts come first.
import type { SheetGrid } from '../../../sheet/cell.js';
import { matchesLabel } from '../../../text.js';
import type { CriteriaLayout, ReadCriteriaSheetOptions, ReadCriteriaSheetResult } from '../reader.js';
import { CRITERIA_SHEET_NAME } from '../vocabulary.js';
import scoringSheet from './scoring-sheet.js';
import sectioned from './sectioned.js';

export const layouts: readonly CriteriaLayout[] = [scoringSheet, sectioned];

const layoutOf = (grid: SheetGrid) => layouts.find((l) => l.detect(grid));

/** The workbook's criteria sheet: the one named `Tiêu chí` in a known layout, else the first in one. */
export function findCriteriaSheet(grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => matchesLabel(g.name, [CRITERIA_SHEET_NAME]) && layoutOf(g)) ?? grids.find(layoutOf);
}

/** The first all-in-one scoring sheet (criteria and a unit's scores in one table), if any. */
export function findScoringSheet(grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find(scoringSheet.detect);
}

/** Reads a criteria sheet into a criteria set with what was inferred, or every error found, in reading order. */
export function readCriteriaSheet(grid: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaSheetResult {
  const layout = layoutOf(grid) ?? sectioned; // the sectioned layout says what a criteria table needs
  return layout.read(grid, options);
}
