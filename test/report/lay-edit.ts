// Test helper: lays a SheetEdit's blocks into a grid, as a workbook would hold them after `apply`.
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import { parseAddress } from '../../core/text.js';
import type { SheetEdit } from '../../core/sheet/port.js';

export function layEdit(edit: SheetEdit): SheetGrid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const block of edit.blocks) {
    const at = parseAddress(block.address);
    if (!at) throw new Error(`bad block address ${block.address}`);
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = at.row - 1 + i;
        const c = at.col - 1 + j;
        (values[r] ??= [])[c] = value;
        const format = block.cellFormats?.[i]?.[j]?.numberFormat ?? block.format?.numberFormat ?? 'General';
        (formats[r] ??= [])[c] = format;
      }),
    );
  }
  const width = Math.max(0, ...values.map((row) => row?.length ?? 0));
  const pad = <T>(rows: T[][], fill: T) =>
    Array.from({ length: values.length }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? fill));
  return { name: edit.sheet, values: pad(values, null), formats: pad(formats, 'General') };
}
