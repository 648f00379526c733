// A report cell that holds a formula. Every program reads the result Excel cached in the file; when the
// formula is a plain literal (="10%", =85) it can be checked against that cache, and a cache that says
// something else (a file edited outside Excel, or crafted) is not scored as if typed: the cell reads as
// an error naming both. Other formulas keep their cached result; the formula-in-input check says the
// figure was computed.
import { cellText, parseCell } from '../values.js';
import type { CellValue } from '../cell.js';
import type { ReportCell } from '../sheet/cell.js';

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
