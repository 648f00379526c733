// A shared formula's text at one of the cells that share it: the master's formula with its relative
// references moved by the offset between the two cells (ExcelJS's slideFormula; `$` parts stay).
import { cellAddress } from '../../core/text.js';
import { cellRef } from './ranges.js';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (match, sheet: string | undefined, _name, address: string, call: string | undefined) => {
    if (call) return match;
    const m = REF.exec(address);
    if (!m) return match;
    const [, colDollar = '', letters, rowDollar = '', digits] = m;
    const at = cellRef(`${letters}${digits}`);
    if (!at) return match; // past XFD: a name, not a cell
    const col = colDollar ? at.col : at.col + to.col - from.col;
    const row = rowDollar ? at.row : at.row + to.row - from.row;
    const moved = cellAddress(row, col);
    const split = /\d/.exec(moved)!.index;
    return `${sheet ?? ''}${colDollar}${moved.slice(0, split)}${rowDollar}${moved.slice(split)}`;
  });
}

// Made for issue 27 item 1: shared formulas read as ExcelJS reads them, so the formula checks see the same text.
