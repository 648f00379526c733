// CSV file (UTF-8 with a byte-order mark, so Excel keeps Vietnamese diacritics; `;` and 1,5 for the decimal comma) and the tab-separated
// text of `Sao chép dạng bảng` (copy as a table) for pasting into Excel.
import { vietnamDateTime } from '../../../core/watch/data-day.js';
import type { ExportTable } from './table.js';

const BOM = '\uFEFF';

/**
 * A text cell that starts like a formula would run as one in Excel ("CSV injection"), also after leading blanks
 * Excel skips; a leading apostrophe makes Excel show it as the text it is. Every string cell goes through it —
 * dates too: an imported backup's `capturedAt` is whatever the file says.
 */
export function guardText(text: string): string {
  return /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(text) ? `'${text}` : text;
}

/** A number with the officer's decimal separator, so their spreadsheet reads it as the number it is. */
const numberText = (value: number, decimal: ',' | '.'): string => (decimal === ',' ? String(value).replace('.', ',') : String(value));

/**
 * CSV as the officer's spreadsheet opens it: with the decimal comma (Vietnamese Excel, the default) cells separated by
 * `;` and numbers written 1,955 — written 1.955 with `,` between cells, a spreadsheet set for Vietnamese read 1955 and
 * 97.75 as text; with the decimal point, RFC 4180 with `,`. A cell holding `,` or `;` is quoted either way.
 */
export function toCsv(table: ExportTable, decimal: ',' | '.'): string {
  const separator = decimal === ',' ? ';' : ',';
  const cell = (value: string | number | undefined, kind = 'text'): string => {
    if (value === undefined) return '';
    if (typeof value === 'number') return numberText(value, decimal);
    // Times as the officer saw them (Vietnam's), not UTC.
    const text = guardText(kind === 'datetime' ? vietnamDateTime(value) : value);
    return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    table.headers.map((h) => cell(h)).join(separator),
    ...table.rows.map((row) => row.map((v, i) => cell(v, table.columns[i]!.kind)).join(separator)),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Tab-separated rows; numbers use the officer's decimal separator so Excel reads them as numbers. */
export function toTsv(table: ExportTable, decimal: ',' | '.'): string {
  const cell = (value: string | number | undefined, kind: string): string => {
    if (value === undefined) return '';
    if (typeof value === 'number') return numberText(value, decimal);
    // A tab or line break inside a cell would split it when pasted.
    return guardText(kind === 'datetime' ? vietnamDateTime(value) : value.replace(/[\t\r\n]+/g, ' '));
  };
  return [table.headers, ...table.rows].map((row, r) => row.map((v, i) => cell(v, r === 0 ? 'text' : table.columns[i]!.kind)).join('\t')).join('\r\n');
}

/* Made for: exports officers paste or open in Excel: CSV with a byte-order mark (diacritics kept) and the tab-separated text of «Sao chép dạng bảng». */
