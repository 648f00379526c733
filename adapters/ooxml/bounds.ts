// The bounded pre-pass: before anything builds a workbook (ExcelJS builds every cell a merge covers, every
// cell a data validation names, checks each merge against every earlier one), every part is inflated under
// a running byte count and each sheet's XML is streamed through a parser that checks what it declares —
// merged ranges, dimensions, row, cell and column indexes, validated ranges — against READ_LIMITS.
// The first thing past a limit refuses the file, in Vietnamese, naming the sheet and the cell or range.
import { formatNumberVi } from '../../core/values.js';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../core/text.js';
import { READ_LIMITS } from '../../core/workbook/limits.js';
import { OoxmlPackage } from './package.js';
import { cellRef, rangeCells, rangeRef } from './ranges.js';
import { PackageRefused } from './zip.js';

const n = formatNumberVi;
const EXCEL_SIZE = `trang tính của Excel có tối đa ${n(EXCEL_ROWS)} dòng × ${n(EXCEL_COLUMNS)} cột`;

/** Why the workbook cannot be read within READ_LIMITS (Vietnamese, without the file name), or undefined. */
export function refuseUnbounded(bytes: Uint8Array): string | undefined {
  let pkg: OoxmlPackage;
  try {
    pkg = OoxmlPackage.open(bytes);
  } catch (e) {
    if (e instanceof PackageRefused) return e.message;
    throw e;
  }
  return refuseUnboundedPackage(pkg);
}

/**
 * Streams a sheet's XML once with `check` (the pre-pass's handler, which throws at the first index or range
 * past the limits) called on every element before anything else sees it: the reader builds its grid in the
 * same pass, so a sheet is parsed once for both.
 */
export type CheckedRead = (part: string, sheet: string, check: (name: string, attributes: Record<string, string>) => void) => void;

/**
 * The same, on a package already opened (whose small parts, inflated here, are kept for the reader); with
 * `read`, each sheet is checked in the reader's own pass over it.
 */
export function refuseUnboundedPackage(pkg: OoxmlPackage, read?: CheckedRead): string | undefined {
  try {
    const scanned = new Set<string>();
    for (const sheet of pkg.sheets()) {
      if (!sheet.part || scanned.has(sheet.part)) continue;
      scanned.add(sheet.part);
      const check = sheetCheck(sheet.name);
      if (read) read(sheet.part, sheet.name, check);
      else pkg.parse(sheet.part, { open: check });
    }
    // Every other part is inflated too, once: its size must be what the directory says.
    pkg.checkSizes();
    return undefined;
  } catch (e) {
    if (e instanceof PackageRefused) return e.message;
    throw e;
  }
}

/** The handler that refuses, element by element, the first index or range of a sheet past the limits. */
export function sheetCheck(sheet: string): (name: string, a: Record<string, string>) => void {
  const where = `trang tính «${sheet}»`;
  const refuse = (why: string): never => {
    throw new PackageRefused(`${where} ${why}`);
  };
  let merges = 0;
  let mergedCells = 0;
  let validatedCells = 0;
  /** Each merged cell's owner, for the overlap check: linear in the cells covered, which mergedCells bounds. */
  const covered = new Map<number, string>();

  return (name, a) => {
    switch (name) {
      case 'c':
        if (a.r !== undefined && !cellRef(a.r)) refuse(`có ô «${a.r}» không phải địa chỉ hợp lệ (${EXCEL_SIZE})`);
        return;
      case 'row':
        if (a.r !== undefined && !(/^\d{1,7}$/.test(a.r) && Number(a.r) >= 1 && Number(a.r) <= EXCEL_ROWS)) {
          refuse(`có dòng số «${a.r}» không hợp lệ (${EXCEL_SIZE})`);
        }
        return;
      case 'col': {
        const min = Number(a.min);
        const max = Number(a.max);
        if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && min <= max && max <= EXCEL_COLUMNS)) {
          refuse(`khai độ rộng cho các cột «${a.min}» đến «${a.max}» không hợp lệ (${EXCEL_SIZE})`);
        }
        return;
      }
      case 'dimension':
        if (a.ref !== undefined && !rangeRef(a.ref)) refuse(`khai vùng dữ liệu «${a.ref}» không hợp lệ (${EXCEL_SIZE})`);
        return;
      case 'mergeCell': {
        const ref = a.ref ?? '';
        const range = rangeRef(ref);
        if (!range) refuse(`có vùng gộp ô «${ref}» không phải vùng hợp lệ (${EXCEL_SIZE})`);
        if (++merges > READ_LIMITS.mergedRanges) refuse(`có hơn ${n(READ_LIMITS.mergedRanges)} vùng gộp ô (vùng thứ ${n(merges)}: ${ref}), quá giới hạn`);
        const cells = rangeCells(range!);
        mergedCells += cells;
        if (mergedCells > READ_LIMITS.mergedCells) {
          refuse(
            cells > READ_LIMITS.mergedCells
              ? `có vùng gộp ô ${ref} gồm ${n(cells)} ô, quá giới hạn ${n(READ_LIMITS.mergedCells)} ô gộp`
              : `có các vùng gộp ô gồm hơn ${n(READ_LIMITS.mergedCells)} ô (đến vùng ${ref}), quá giới hạn`,
          );
        }
        for (let row = range!.top; row <= range!.bottom; row++) {
          for (let col = range!.left; col <= range!.right; col++) {
            const key = row * EXCEL_COLUMNS + col;
            const owner = covered.get(key);
            if (owner !== undefined) refuse(`có vùng gộp ô ${ref} chồng lên vùng ${owner}: hãy bỏ gộp một trong hai vùng trong Excel rồi lưu lại`);
            covered.set(key, ref);
          }
        }
        return;
      }
      case 'dataValidation':
        for (const ref of (a.sqref ?? '').split(/\s+/).filter(Boolean)) {
          const range = rangeRef(ref);
          if (!range) refuse(`có vùng kiểm tra dữ liệu «${ref}» không phải vùng hợp lệ (${EXCEL_SIZE})`);
          validatedCells += rangeCells(range!);
          if (validatedCells > READ_LIMITS.validatedCells) {
            refuse(`có vùng kiểm tra dữ liệu (data validation) gồm hơn ${n(READ_LIMITS.validatedCells)} ô (đến vùng ${ref}), quá giới hạn`);
          }
        }
        return;
    }
  };
}

// Made for issue 25 item 1: a workbook bounded by construction before ExcelJS, on every face that reads one.
