// The lines under a table's total row as the «Tiêu chí» sheet's top block carries them (write.ts): «Điểm thưởng ghi
// dưới dòng tổng | Điểm thưởng: cộng tối đa 5 điểm … | … | ô A12, trang «Bảng điểm» (tệp bang-diem.xlsx)», a row each.
// The kind is the label's, the cap the words' own: what the officer types there is what the set holds, and a row they
// delete is gone.
import type { SheetGrid } from '../../sheet/cell.js';
import { filledCells, gridAddress } from '../../sheet/grid.js';
import { labelLookup } from '../../text.js';
import { besideOf, UNDER_TOTAL_LABELS } from '../lines-under-total.js';
import type { LineUnderTotal } from '../schema.js';
import { capInWords } from './points-text.js';

const labelOf = labelLookup(UNDER_TOTAL_LABELS);

/** Each row of the top block (rows above `upTo`) labelled as a line under the total, with its words' cell and its «bên cạnh mục …» cell; a label left empty is none. */
export function topBlockLines(grid: SheetGrid, upTo: number): { cell: string; besideCell?: string; line: LineUnderTotal }[] {
  return grid.values.slice(0, upTo).flatMap((row, r) => {
    const filled = filledCells(row);
    const kind = filled[0] && labelOf(filled[0].text.replace(/:$/, ''));
    const words = filled[1];
    if (kind === undefined || !words) return [];
    const cap = capInWords(words.text);
    // After the words: the criteria it was read beside («bên cạnh mục III.1», a doubt), and where the table wrote it.
    const rest = filled.slice(2);
    const listed = rest.find((f) => (besideOf(f.text)?.length ?? 0) > 0);
    const beside = listed && besideOf(listed.text);
    const where = rest.find((f) => besideOf(f.text) === undefined)?.text;
    return [{ cell: gridAddress(grid, r, words.c), ...(listed && { besideCell: gridAddress(grid, r, listed.c) }), line: { kind, text: words.text, ...(cap !== undefined && { maxPoints: cap }), ...(where && { where }), ...(beside && { beside }) } }];
  });
}

// Made for the set.xlsx `thidua criteria import` writes from a table with «Điểm thưởng: cộng tối đa 5 điểm …» under its
// «Tổng cộng | 100», read back by every later import and scoring (test/cli/criteria-import-under-total.test.ts).
