// The cap a table states on its total as the «Tiêu chí» sheet's top block carries it (write.ts): «Tổng điểm không vượt
// quá | ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm): | … | ô A72, trang «Mẫu phiếu» (tệp phieu.xlsx)». The figure and
// whether the bonus is in it are the words' own: what the officer types there is what the set holds («… không kể điểm
// thưởng» added settles a doubt), and a row they delete is gone.
import type { SheetGrid } from '../../sheet/cell.js';
import { filledCells, gridAddress } from '../../sheet/grid.js';
import { matchesLabel } from '../../text.js';
import type { TotalCap } from '../schema.js';
import { TOTAL_CAP_LABELS, totalCapIn } from '../total-cap.js';

/** The top block's row (rows above `upTo`) labelled as the total's cap, with its words' cell; none when its words write no cap. */
export function topBlockCap(grid: SheetGrid, upTo: number): { cell: string; cap: TotalCap } | undefined {
  for (const [r, row] of grid.values.slice(0, upTo).entries()) {
    const filled = filledCells(row);
    const words = filled[1];
    if (!filled[0] || !matchesLabel(filled[0].text.replace(/:$/, ''), TOTAL_CAP_LABELS) || !words) continue;
    const read = totalCapIn(words.text, true);
    const where = filled[2]?.text;
    return read && { cell: gridAddress(grid, r, words.c), cap: { ...read, text: words.text, ...(where && { where }) } };
  }
  return undefined;
}

// Made for the set.xlsx `thidua criteria import` writes from Saigon University's conduct form, whose total row reads
// «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):», read back by every later import and scoring
// (test/cli/criteria-import-under-total.test.ts).
