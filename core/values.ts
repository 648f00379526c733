// Reading one cell the Vietnamese way: "1.234" is a thousand, "85,5" a decimal, "Có" a yes,
// "Không được giao" a criterion not assigned to the unit. Whatever cannot be read stays text — never zero.
import type { CellValue, ParsedValue } from './report/schema.js';
import { normalizeLabel } from './text.js';

/** Excel's error values, as Office.js gives them (ExcelJS adapters pass `{ error }` through as this text). */
const EXCEL_ERRORS = new Set([
  '#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!',
  '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

/** Không được giao: the criterion is not assigned to this unit (it leaves the denominator). Normalised. */
const NOT_ASSIGNED = new Set(['khong duoc giao', 'khong giao', 'kdg', 'khong ap dung']);

/** Yes/no words, normalised (no diacritics, lower case). "x" is the tick officers type in a box. */
const YES = new Set(['co', 'dat', 'x', 'yes', 'true', '✓', '✔', '☑']);
const NO = new Set(['khong', 'khong dat', 'chua dat', 'no', 'false', '✗', '✘']);
const WORD_MAX = 24;

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, counted so that serial 1 = 1900-01-01. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 31);
/** Largest serial Excel accepts (31/12/9999). */
const MAX_SERIAL = 2_958_465;

/** Excel date serial → "YYYY-MM-DD" (time of day dropped); undefined outside Excel's date range. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return undefined;
  const whole = Math.floor(serial);
  // Excel keeps Lotus 1-2-3's phantom 29/02/1900 (serial 60): later serials are one day ahead.
  // The phantom day itself reads as 28/02/1900.
  const days = whole >= 60 ? whole - 1 : whole;
  return new Date(EXCEL_EPOCH + days * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → Excel date serial (the inverse of excelSerialToIso for real days). */
export function isoToExcelSerial(iso: string): number | undefined {
  const ms = isoToUtc(iso);
  if (ms === undefined) return undefined;
  const days = Math.round((ms - EXCEL_EPOCH) / DAY_MS);
  const serial = days >= 60 ? days + 1 : days;
  return serial >= 1 && serial <= MAX_SERIAL ? serial : undefined;
}

/** Milliseconds of a real calendar day given as "YYYY-MM-DD"; undefined for 2025-02-30 and non-dates. */
function isoToUtc(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? utcDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function utcDay(y: number, mo: number, d: number): number | undefined {
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear would too, so such years are refused.
  return y >= 1000 && back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
    ? ms
    : undefined;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A number format without its literal parts ("…", \x, [colour], [$-locale]) — what is left carries the tokens. */
function formatTokens(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

/** "dd/mm/yyyy", "d-mmm-yy", "[$-42A]dd/mm/yyyy"… (a time-only format such as "h:mm" is not a date). */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[dy]/i.test(formatTokens(format));
}

/** "0%", "0.0%", "#,##0.00%". */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && formatTokens(format).includes('%');
}

/** Trims floating-point noise (0.855 × 100 = 85.49999999999999 → 85.5). */
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * A number written the Vietnamese way (dot groups thousands, comma marks decimals), or the English way
 * when that is unambiguous ("1,234.5", "1,234,567", "0.5"). Undefined when it is not a plain number.
 */
export function parseNumberText(text: string): number | undefined {
  const m = /^([+\-\u2212]?)\s*(.+)$/.exec(text.trim());
  if (!m) return undefined;
  const sign = m[1] === '' || m[1] === '+' ? 1 : -1;
  const body = m[2]!;
  let plain: string | undefined;
  if (/^\d+$/.test(body)) plain = body;
  // 1.234 / 1.234.567 / 1.234,5 — a leading group of 1–3 digits not starting with 0, then groups of 3.
  else if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(body)) plain = body.replace(/\./g, '').replace(',', '.');
  // 1 234 567 (spaces, incl. no-break, as thousands separators).
  else if (/^[1-9]\d{0,2}([ \u00a0]\d{3})+(,\d+)?$/.test(body)) plain = body.replace(/[ \u00a0]/g, '').replace(',', '.');
  // 85,5 / ,5 — decimal comma.
  else if (/^\d*,\d+$/.test(body)) plain = body.replace(',', '.');
  // 1,234.5 or 1,234,567 — only the English way can read these.
  else if (/^[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(body) || /^[1-9]\d{0,2}(,\d{3}){2,}$/.test(body)) plain = body.replace(/,/g, '');
  // 0.855 / 12.5 / .5 — a dot that cannot be a thousands separator.
  else if (/^\d*\.\d+$/.test(body)) plain = body;
  if (plain === undefined) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? sign * n : undefined;
}

/** "05/11/2025", "5/11/2025", "05-11-2025", "05.11.2025", "2025-11-05" → "2025-11-05". */
export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (dmy) {
    const ms = utcDay(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
    return ms === undefined ? undefined : isoOf(ms);
  }
  return isoToUtc(t) === undefined ? undefined : t;
}

/** How a cell reads. `numberFormat` is the cell's Excel number format when the adapter knows it. */
export function parseCell(raw: CellValue | undefined, numberFormat?: string): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'boolean') return { kind: 'bool', value: raw };
  if (raw instanceof Date) {
    const ms = raw.getTime();
    // ExcelJS gives dates at UTC midnight.
    return Number.isNaN(ms) ? { kind: 'text', value: String(raw) } : { kind: 'date', value: isoOf(ms) };
  }
  if (typeof raw === 'number') return parseNumberCell(raw, numberFormat);
  return parseTextCell(raw);
}

function parseNumberCell(n: number, numberFormat: string | undefined): ParsedValue {
  if (!Number.isFinite(n)) return { kind: 'text', value: String(n) };
  if (isDateFormat(numberFormat)) {
    const iso = excelSerialToIso(n);
    if (iso !== undefined) return { kind: 'date', value: iso };
  }
  if (isPercentFormat(numberFormat)) return { kind: 'number', value: tidy(n * 100), percent: true };
  return { kind: 'number', value: n, percent: false };
}

function parseTextCell(raw: string): ParsedValue {
  const text = raw.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  if (text === '') return { kind: 'empty' };
  if (EXCEL_ERRORS.has(text.toUpperCase())) return { kind: 'error', value: text.toUpperCase() };
  // The words are short; a long text (a title, a note) is none of them and is not worth normalising.
  const label = text.length <= WORD_MAX ? normalizeLabel(text) : '';
  if (NOT_ASSIGNED.has(label)) return { kind: 'not_assigned' };
  if (YES.has(label)) return { kind: 'bool', value: true };
  if (NO.has(label)) return { kind: 'bool', value: false };
  const number = parseNumberText(text);
  if (number !== undefined) return { kind: 'number', value: number, percent: false };
  const percent = /^(.+?)\s*%$/.exec(text);
  if (percent) {
    const value = parseNumberText(percent[1]!);
    if (value !== undefined) return { kind: 'number', value, percent: true };
  }
  const date = parseDateText(text);
  if (date !== undefined) return { kind: 'date', value: date };
  const fraction = /^([^/]+?)\s*\/\s*([^/]+)$/.exec(text);
  if (fraction) {
    const numerator = parseNumberText(fraction[1]!);
    const denominator = parseNumberText(fraction[2]!);
    if (numerator !== undefined && denominator !== undefined) return { kind: 'fraction', numerator, denominator };
  }
  return { kind: 'text', value: text };
}

/** A cell as plain text for labels, codes and names: trimmed; numbers as JavaScript writes them ("1.1"). */
export function cellText(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : isoOf(raw.getTime());
  return String(raw).replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
}

/**
 * 85.5 → "85,5", 1234 → "1.234" (Vietnamese separators). With `decimals`, rounded to at most that many
 * decimals; without, every digit of the number is kept, so parseNumberText reads back the same number.
 */
export function formatNumberVi(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = withoutExponent(decimals === undefined ? String(abs) : abs.toFixed(decimals));
  const [whole = '0', fraction = ''] = digits.split('.');
  const frac = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = frac === '' ? grouped : `${grouped},${frac}`;
  return n < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the same digits, written out. */
function withoutExponent(text: string): string {
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** "YYYY-MM-DD" → "dd/mm/yyyy" for messages and sheets; other text is returned as it is. */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "YYYY-MM-DD" → a Date at UTC midnight (what ExcelJS writes as a date cell); undefined for non-dates. */
export function isoToDate(iso: string): Date | undefined {
  const ms = isoToUtc(iso);
  return ms === undefined ? undefined : new Date(ms);
}
