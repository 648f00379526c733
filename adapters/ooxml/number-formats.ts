// Number formats by cell style (`xl/styles.xml`): a cell's `s` is an index into cellXfs, whose numFmtId is
// a built-in format or one of the file's own `<numFmt>`s. A number under a date format is a date (as
// ExcelJS and Excel read it); the format text goes with the cell so the readers see percentages and dates.
import type { OoxmlPackage } from './package.js';
import { lastMade } from './xml.js';

/** Excel's built-in formats that thidua's readers may meet (the others are locale-dependent dates). */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export type StyleFormats = { format: (string | undefined)[]; date: boolean[] };

/** styles.xml up to this size (inflated) is remembered with its formats, for the next workbooks carrying the same (of a few forms in turn). */
const REMEMBERED = 256 * 1024;
const remembered = lastMade<Uint8Array, StyleFormats>(REMEMBERED, 4);

/** The formats of each cell style; the same styles.xml as a recent workbook's (its bytes) gives the same formats, not read again. */
export function readNumberFormats(pkg: OoxmlPackage, part: string | undefined): StyleFormats {
  const size = part === undefined ? undefined : pkg.entries.get(part)?.size;
  if (size === undefined || size > REMEMBERED) return parseNumberFormats(pkg, part);
  return remembered(pkg.part(part!)!, () => parseNumberFormats(pkg, part));
}

function parseNumberFormats(pkg: OoxmlPackage, part: string | undefined): StyleFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  if (part) {
    pkg.parse(part, {
      open: (name, a, selfClosing) => {
        if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = !selfClosing;
        else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
  }
  const format = ids.map((id) => custom.get(id) ?? BUILT_IN[id]);
  return { format, date: format.map(isDateFormat) };
}

/** ExcelJS's test: date letters outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

// Made for issue 27 item 1: dates and percentages read from styles without building them.
