// Ô đã sửa từ lần chấm trước (cells a unit edited since the last run): the faces that score files (the command line,
// the standalone page) keep no fingerprint in the unit's workbook, but the run's record keeps every scored copy's
// report cells as written (copy-cells.ts) — what the unit typed, as the last run read it. A report read now is held
// against them on the rows the council decided on only (a decision touches its flag's row, cellsUnder): the cells
// found differ are what mergeDecisions needs to set a decision aside rather than apply it to a figure never decided.
import type { CouncilDecision } from '../council/decision.js';
import type { UnitReport } from '../report/schema.js';
import type { SheetGrid } from '../sheet/cell.js';
import { cellAddress, parseAddress } from '../text.js';
import { kept, type CopyCells } from './copy-cells.js';

/**
 * Sheet → the cells the unit typed (left of scoring's columns) that differ from the last copy's, on the rows of the
 * decisions about that sheet; a sheet the last copy did not hold is not compared (nothing to tell an edit by).
 */
export function editedSinceCopy(reports: readonly UnitReport[], grids: readonly SheetGrid[], decisions: readonly CouncilDecision[], last: CopyCells): Map<string, string[]> {
  const edited = new Map<string, string[]>();
  reports.forEach((report, i) => {
    const before = last.find((s) => s.sheet === report.sheet)?.cells;
    const rows = new Set(decisions.filter((d) => d.sheet === report.sheet && d.cell).map((d) => parseAddress(d.cell!)?.row));
    if (!before || rows.size === 0) return;
    const grid = grids[i]!;
    const top = grid.origin?.row ?? 1;
    const left = grid.origin?.col ?? 1;
    const cells: string[] = [];
    for (const row of rows) {
      if (row === undefined) continue;
      const values = grid.values[row - top] ?? [];
      for (let col = 1; col <= report.lastColumn; col++) {
        const address = cellAddress(row, col);
        if (kept(values[col - left] ?? null) !== before[address]) cells.push(address);
      }
    }
    if (cells.length > 0) edited.set(report.sheet, cells);
  });
  return edited;
}

// Made for: the council's «Chấp nhận» on a unit's figure that `thidua score` applied, without a word, to the figure the
// unit typed over it since; now found against the run's record and held as the task pane holds it.
