// A maximum written as a percentage in a column of points: «10%» typed, or 0,1 in a cell formatted as percent (Excel
// shows «10%»). A share of what — the total, the group, a rate the item is scored on — the table does not say, so it is
// never turned into points by a guess: the reader reads the number as it reads any (10), and that is said, at the cell
// and first in the reconciliation, for the officer to write the points.
import type { SheetGrid } from '../../sheet/cell.js';
import { cellText, formatPoints, parseCell } from '../../values.js';
import type { CriteriaSet } from '../schema.js';
import type { FigureCell } from './figure-cells.js';
import { criteriaByRow, short } from './reconcile.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';

export type PercentFigures = { notices: CriteriaSheetNotice[]; said?: string };

/** The figure cells of criteria written as percentages, each said with what it was read as. */
export function percentFigures(grid: SheetGrid, cells: readonly FigureCell[], set: CriteriaSet, where: string, rowOf?: ReadonlyMap<string, number>): PercentFigures {
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const criterionAt = criteriaByRow(set, rowOf);
  const said = cells.flatMap((c) => {
    const raw = grid.values[c.row - top]?.[c.col - left] ?? null;
    const value = parseCell(raw, grid.formats?.[c.row - top]?.[c.col - left]);
    const criterion = criterionAt(c.row);
    if (value.kind !== 'number' || !value.percent || !criterion) return [];
    const shown = typeof raw === 'number' ? `${formatPoints(raw * 100)}%` : cellText(raw).trim();
    return [{ ...c, shown, criterion, what: `mục ${criterion.code} «${short(criterion.title)}»` }];
  });
  if (said.length === 0) return { notices: [] };
  const notices = said.map((c) => ({
    cell: c.address,
    message: `Ô ${c.address} (${c.what}) ghi «${c.shown}», một tỷ lệ phần trăm, trong cột điểm: bảng không nói đó là phần trăm của điểm nào, thidua không đoán, đọc mục ${c.criterion.code} tối đa ${formatPoints(c.criterion.maxPoints)} điểm. Hãy ghi số điểm tối đa của mục (không kèm «%», ô không định dạng phần trăm) rồi nhập lại.`,
  }));
  const list = said.map((c) => `${c.address} «${c.shown}» (${c.what}, đọc tối đa ${formatPoints(c.criterion.maxPoints)} điểm)`).join('; ');
  return {
    notices,
    said: `${said.length === 1 ? 'Một ô' : `${said.length} ô`} điểm tối đa trên ${where} ghi bằng phần trăm trong cột điểm: ${list}. thidua không đoán phần trăm ấy là bao nhiêu điểm; hãy ghi số điểm rồi nhập lại (xem ghi chú ở ô ${said.map((c) => c.address).join(', ')}).`,
  };
}

// Made for the table reader probed with officers' files (test/criteria/officer-files.test.ts): a commune's DTI indicator
// typed «10%» was read as 10 points and confirmed without a word, another formatted as percent said only as «0,1 điểm».
