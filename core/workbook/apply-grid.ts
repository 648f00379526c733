// A SheetEdit laid over a plain 2-D array (A1 at [0][0]): what a sheet would hold after the edit,
// without Excel — so tests can check that a plan leaves every typed cell as it was.
import type { CellValue } from '../cell.js';
import { parseAddress } from '../text.js';
import type { SheetEdit } from '../sheet/port.js';

export function applyEditToValues(values: readonly (readonly CellValue[])[], edit: SheetEdit): CellValue[][] {
  const out: CellValue[][] = edit.mode === 'replace' ? [] : values.map((r) => [...r]);
  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) throw new Error(`Địa chỉ ô không hợp lệ: "${block.address}".`);
    block.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = at.row - 1 + i;
        const c = at.col - 1 + j;
        while (out.length <= r) out.push([]);
        const line = out[r]!;
        while (line.length <= c) line.push(null);
        line[c] = v;
      }),
    );
  }
  let width = 0;
  for (const r of out) width = Math.max(width, r.length);
  // Padded in place: every row is this function's own (copied, or made above).
  for (const r of out) while (r.length < width) r.push(null);
  return out;
}
