// The cap a table states on its total while its parts, bonus included, add to more: in the total row's label («ĐIỂM
// TỔNG CỘNG (tối đa không quá 100 điểm):»), a line of the sheet above the table or under its total, or a document's
// paragraph above or under the table («Điểm rèn luyện được đánh giá bằng thang điểm 100 và không vượt quá 100 điểm.»).
// Only explicit cap words make one (../total-cap.ts); kept with the set (its `totalCap`, written in the «Tiêu chí»
// sheet's top block), so scoring counts a total past it at the cap and says so at the unit's total.
import type { SheetGrid } from '../../sheet/cell.js';
import { filledCells, gridAddress, isBlank } from '../../sheet/grid.js';
import { cellText } from '../../values.js';
import type { TotalCap } from '../schema.js';
import { totalCapIn } from '../total-cap.js';
import type { Stated } from './stated-figures.js';

type Found = { text: string; where: string; total?: boolean };

/**
 * The first cap written on the table's total, in the order an officer reads the document: the total row's label, the
 * paragraphs and lines above the table, the lines under its total, the paragraphs under it. `where`: the sheet or the
 * document's table; `above` the nearest first, as statedFigures takes them.
 */
export function statedCap(grid: SheetGrid, stated: Stated, where: string, above: readonly string[] = [], below: readonly string[] = []): TotalCap | undefined {
  const top = grid.origin?.row ?? 1;
  const total = stated.figures.filter((f) => f.kind === 'total').at(-1);
  // No table found: no line above it either.
  const first = stated.rows[0]?.row ?? top;
  const lone = (r: number) => {
    const filled = filledCells(grid.values[r]);
    return filled.length === 1 ? [{ text: filled[0]!.text, where: `ô ${gridAddress(grid, r, filled[0]!.c)}, ${where}` }] : [];
  };
  const labelOf = (row: number): Found[] => {
    const r = row - top;
    const c = (grid.values[r] ?? []).findIndex((v) => !isBlank(v) && cellText(v).trim() !== '' && typeof v === 'string');
    return c < 0 ? [] : [{ text: cellText(grid.values[r]![c]).trim(), where: `ô ${gridAddress(grid, r, c)}, ${where}`, total: true }];
  };
  const rows = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  const found: Found[] = [
    ...(total ? labelOf(total.row) : []),
    ...[...above].reverse().map((text) => ({ text, where: `đoạn trên ${where}` })),
    ...rows(0, Math.min(first, total?.row ?? first) - top).flatMap(lone),
    ...(total ? rows(total.row - top + 1, grid.values.length).flatMap(lone) : []),
    ...below.map((text) => ({ text, where: `đoạn dưới ${where}` })),
  ];
  for (const f of found) {
    const read = totalCapIn(f.text, f.total);
    if (read) return { ...read, text: f.text, where: f.where };
  }
  return undefined;
}

// Made for Saigon University's conduct form (its total row «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):» over sections
// adding to 130) and HIU's frame of conduct points («… thang điểm 100 và không vượt quá 100 điểm.» above the table):
// until 2026-12-01 the cap was said as a difference at import, then lost (test/criteria/corpus.test.ts).
