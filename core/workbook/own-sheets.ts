// The sheets thidua writes by name (`Tổng hợp`, `Rà soát`) are replaced only when thidua made them: an
// officer's own sheet of that name is left as it is and thidua writes «Tổng hợp (2)» beside it. Whose a
// sheet is, is read off the sheet itself: thidua's sheets carry its title in A1.
import type { SheetGrid } from '../sheet/cell.js';
import { cellText } from '../values.js';

/** `base`, or `base (n)` as this module names the alternatives. */
export function isNamedAfter(base: string, name: string): boolean {
  return name === base || (name.startsWith(`${base} (`) && /^\(\d+\)$/.test(name.slice(base.length + 1)));
}

/**
 * Where to write the sheet called `base` whose A1 is `title`: the first of `base`, `base (2)`, … that does
 * not exist or that thidua made. `grids` holds the existing sheets named after `base`.
 */
export function ownSheetName(base: string, title: SheetTitle, names: readonly string[], grids: readonly SheetGrid[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!names.includes(name) || madeByThidua(grids.find((g) => g.name === name), title)) return name;
  }
}

/** Whether thidua wrote this sheet (its `title` in A1); a unit's own sheet of the same name is read like any other. */
export function madeByThidua(grid: SheetGrid | undefined, title: SheetTitle): boolean {
  const atA1 = (grid?.origin?.row ?? 1) === 1 && (grid?.origin?.col ?? 1) === 1;
  const a1 = cellText(grid?.values[0]?.[0] ?? null);
  return atA1 && (typeof title === 'string' ? a1 === title : title(a1));
}

/** The title thidua writes in A1, or a test of it where the title names the set's movement (`Tổng hợp`). */
export type SheetTitle = string | ((a1: string) => boolean);
