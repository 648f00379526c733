// A report cell that holds a formula. Every program reads the result Excel cached in the file; when the
// formula is a plain literal (="10%", =85) it can be checked against that cache, and a cache that says
// something else (a file edited outside Excel, or crafted) is not scored as if typed: the cell reads as
// an error naming both. Other formulas keep their cached result; the formula-in-input check says the
// figure was computed.
import { cellText, parseCell } from '../values.js';
import type { CellValue } from '../cell.js';
import type { ReportCell, SheetGrid } from '../sheet/cell.js';
import { parseAddress } from '../text.js';

/** The value of a formula that is only a literal: a quoted text or a number (with an optional %). */
export function literalOf(formula: string): CellValue | undefined {
  const text = /^"((?:[^"]|"")*)"$/.exec(formula.trim());
  if (text) return text[1]!.replaceAll('""', '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(formula.trim())) {
    const t = formula.trim();
    return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  return undefined;
}

export function reportCell(address: string, raw: CellValue, format: string | undefined, formula: string | undefined): ReportCell {
  const value = parseCell(raw, format);
  if (formula === undefined) return { address, raw, value };
  const literal = literalOf(formula);
  if (literal !== undefined && JSON.stringify(parseCell(literal, format)) !== JSON.stringify(value)) {
    const problem = `công thức =${formula} cho «${cellText(literal)}» nhưng giá trị lưu sẵn trong tệp là «${cellText(raw)}»`;
    return { address, raw, formula, value: { kind: 'error', value: problem } };
  }
  return { address, raw, value, formula };
}

/**
 * The sheet's values, a formula whose result the file does not hold (a workbook saved by a program that computes
 * nothing, as openpyxl) given as its text «=…»: a cell someone typed a formula in never reads as a blank one. The
 * council's sheets read this way, so a decision or a count typed as a formula is said and kept as typed, never dropped.
 */
export function formulasWithoutResult(grid: SheetGrid): SheetGrid {
  if (!grid.unstoredFormulas) return grid;
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const values = grid.values.slice();
  for (const [address, formula] of Object.entries(grid.unstoredFormulas)) {
    const at = parseAddress(address);
    if (!at || at.row < top || at.col < left) continue;
    const r = at.row - top;
    const c = at.col - left;
    while (values.length <= r) values.push([]);
    const row = (values[r] = values[r]!.slice());
    while (row.length <= c) row.push(null);
    if (row[c] === null || row[c] === '') row[c] = `=${formula}`;
  }
  return { ...grid, values };
}
