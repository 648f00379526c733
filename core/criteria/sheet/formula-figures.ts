// Figures a table keeps as formulas whose result the file does not store: a workbook saved by a program that computes
// nothing (openpyxl, an app's export) writes «=SUM(C3:C6)» with no value beside it, and every reader of the file then
// sees an empty cell. thidua computes no formula, so such a figure is never read — neither a total or a group's maximum
// to hold the set to, nor an item's maximum (its row read as points-less) — and never guessed: each cell is said, at
// the cell and first in the reconciliation, with what to do (open the file in Excel or LibreOffice and save it).
import type { SheetGrid } from '../../sheet/cell.js';
import type { CriteriaSet } from '../schema.js';
import type { FigureCell } from './figure-cells.js';
import { criteriaByRow, short } from './reconcile.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';

export type FormulaFigures = { notices: CriteriaSheetNotice[]; said?: string };

const SAVE = 'mở tệp bằng Excel hoặc LibreOffice, lưu lại (để tệp lưu kết quả của công thức) rồi nhập lại';

/** The figure cells holding a formula with no stored result, each said with the row it stands on; `where`: «trang «…» (tệp …)». */
export function formulaFigures(grid: SheetGrid, cells: readonly FigureCell[], set: CriteriaSet, where: string, rowOf?: ReadonlyMap<string, number>): FormulaFigures {
  const unstored = grid.unstoredFormulas;
  if (!unstored) return { notices: [] };
  const unstoredCells = cells.filter((c) => unstored[c.address] !== undefined);
  if (unstoredCells.length === 0) return { notices: [] };
  const criterionAt = criteriaByRow(set, rowOf);
  const said = unstoredCells.map((c) => {
    const criterion = criterionAt(c.row);
    const what = criterion ? `mục ${criterion.code} «${short(criterion.title)}»` : `dòng ${c.row}`;
    return { ...c, formula: unstored[c.address]!, what };
  });
  const notices = said.map((c) => ({
    cell: c.address,
    message: `Ô ${c.address} (${c.what}) ghi điểm bằng công thức =${c.formula} nhưng tệp không lưu kết quả của công thức (tệp được lưu bởi một chương trình không tính công thức): thidua không tự tính công thức nên không đọc được số này, không dùng nó để đối chiếu hay chấm. Hãy ${SAVE}.`,
  }));
  const list = said.map((c) => `${c.address} (${c.what}: =${c.formula})`).join('; ');
  return {
    notices,
    said: `${said.length === 1 ? 'Một ô' : `${said.length} ô`} điểm của bảng trên ${where} ghi bằng công thức mà tệp không lưu kết quả: ${list}. thidua không tự tính công thức nên không đọc được ${said.length === 1 ? 'số ấy' : 'các số ấy'} — không đối chiếu, không chấm theo ${said.length === 1 ? 'nó' : 'chúng'}; hãy ${SAVE} (xem ghi chú ở ô ${said.map((c) => c.address).join(', ')}).`,
  };
}

// Made for the table reader probed with officers' files (test/criteria/officer-files.test.ts): a commune's DTI set whose
// groups' and total's figures openpyxl wrote as «=SUM(…)» was confirmed «đều khớp ✔», an indicator typed «=2.5*2» dropped.
