// A cell as SpreadsheetML writes it: numbers and booleans as values, text as an inline string (the package's
// shared strings stay as they are, read-only), dates as serial days of the workbook's date system, and null
// as a cell that keeps only its style. Text goes through Excel's `_xHHHH_` escapes for what XML cannot carry.
import type { CellValue } from '../../../core/cell.js';
import { escapeText } from './xml-text.js';

/**
 * `<c>` for `value` at `ref` with cellXfs index `style`; `p` is the sheet's prefix for SpreadsheetML (`''`, or `x:`).
 * `formula` (without «=»): the cell holds it, `value` its stored result (text as a formula's string result).
 */
export function cellXml(p: string, ref: string, style: number, value: CellValue, date1904: boolean, formula?: string): string {
  const s = style > 0 ? ` s="${style}"` : '';
  const tag = `${p}c`;
  if (formula !== undefined) return formulaXml(p, ref, s, value, date1904, formula);
  if (value === null) return `<${tag} r="${ref}"${s}/>`;
  if (typeof value === 'string') return `<${tag} r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(excelEscape(value))}</${p}t></${p}is></${tag}>`;
  if (typeof value === 'boolean') return `<${tag} r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${tag}>`;
  const n = value instanceof Date ? excelSerial(value, date1904) : value;
  // A number XML cannot state as xsd:double (NaN, ±Infinity) is Excel's #NUM!.
  if (!Number.isFinite(n)) return `<${tag} r="${ref}"${s} t="e"><${p}v>#NUM!</${p}v></${tag}>`;
  return `<${tag} r="${ref}"${s}><${p}v>${n}</${p}v></${tag}>`;
}

/** A formula cell: `<f>` and its stored result, typed as SpreadsheetML types a formula's result (`str` for text). */
function formulaXml(p: string, ref: string, s: string, value: CellValue, date1904: boolean, formula: string): string {
  const f = `<${p}f>${escapeText(excelEscape(formula))}</${p}f>`;
  const v = (text: string) => `<${p}v>${text}</${p}v>`;
  if (value === null) return `<${p}c r="${ref}"${s}>${f}</${p}c>`;
  if (typeof value === 'string') return `<${p}c r="${ref}"${s} t="str">${f}${v(escapeText(excelEscape(value)))}</${p}c>`;
  if (typeof value === 'boolean') return `<${p}c r="${ref}"${s} t="b">${f}${v(value ? '1' : '0')}</${p}c>`;
  const n = value instanceof Date ? excelSerial(value, date1904) : value;
  return `<${p}c r="${ref}"${s}>${f}${v(String(n))}</${p}c>`;
}

/** A Date → Excel's serial day (ExcelJS's arithmetic: days since 1899-12-30, or 1904-01-01). */
export function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
}

/** What excelEscape may change: a `_x`, a control character other than tab and line feed, a surrogate, U+FFFE/FFFF. */
const MAY_ESCAPE = /_x|[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/FFFF) and carriage returns as
 * Excel's `_xHHHH_`; a literal `_xHHHH_` in the text has its underscore escaped (`_x005F_`), so it reads back as typed.
 */
export function excelEscape(text: string): string {
  // Most text holds none of it: a plain scan says so, the full pattern (with its look-behind) runs only where it may.
  if (!MAY_ESCAPE.test(text)) return text;
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

// Made for issue 27 item 2: the values thidua writes into a sheet, as Excel, LibreOffice and the package reader read them.
