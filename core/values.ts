// Reading one cell the Vietnamese way: "1.234" is a thousand, "85,5" a decimal, "Có" a yes,
// "Không được giao" a criterion not assigned to the unit. Whatever cannot be read stays text — never zero.
import type { CellValue, ParsedValue } from './cell.js';
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
/** The first characters of those words. */
const WORD_STARTS = new Set([...NOT_ASSIGNED, ...YES, ...NO].map((word) => word.charAt(0)));

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

type FormatKind = { date: boolean; percent: boolean };
/** What each number format is, worked out once: a workbook repeats a handful of formats on every cell. */
const formatKinds = new Map<string, FormatKind>();
const FORMAT_KINDS_MAX = 1_000;

function formatKind(format: string): FormatKind {
  let kind = formatKinds.get(format);
  if (!kind) {
    const tokens = formatTokens(format);
    kind = { date: /[dy]/i.test(tokens), percent: tokens.includes('%') };
    if (formatKinds.size >= FORMAT_KINDS_MAX) formatKinds.clear();
    formatKinds.set(format, kind);
  }
  return kind;
}

/** "dd/mm/yyyy", "d-mmm-yy", "[$-42A]dd/mm/yyyy"… (a time-only format such as "h:mm" is not a date). */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && formatKind(format).date;
}

/** "0%", "0.0%", "#,##0.00%". */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && formatKind(format).percent;
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

/**
 * A figure an officer typed into a field of any face (a threshold in Cài đặt, a command-line flag): «0,5» and «0.5»
 * alike, whatever the browser's language; what cannot be read is refused, in Vietnamese, naming the field and the text.
 */
export function typedNumber(text: string, field: string): { ok: true; value: number } | { ok: false; message: string } {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: `${field}: chưa nhập số.` };
  const value = parseNumberText(typed);
  return value === undefined ? { ok: false, message: `${field}: không đọc được «${typed}» là một số (viết như 0,5 hoặc 0.5).` } : { ok: true, value };
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

/**
 * A day an officer typed into a field (the extension's reminder deadline, the history page's «Các ngày trước»):
 * day/month/year whatever the browser's language — a date field follows it, «09/15/2026» in English —, or
 * yyyy-mm-dd; what cannot be read is refused, in Vietnamese, naming the field and the text.
 */
export function typedDate(text: string, field: string): { ok: true; value: string } | { ok: false; message: string } {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: `${field}: chưa nhập ngày.` };
  const value = parseDateText(typed);
  return value === undefined ? { ok: false, message: `${field}: không đọc được «${typed}» là một ngày (viết ngày/tháng/năm, như 15/9/2026).` } : { ok: true, value };
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
  return withinRange(typeof raw === 'number' ? parseNumberCell(raw, numberFormat) : parseTextCell(raw), raw);
}

/**
 * Beyond Excel's 15 significant digits no figure a unit reports is meant (9E+307 is legal in a cell):
 * such a number reads as unreadable text, so sums stay finite and the cell is named in a flag.
 */
export const MAX_MAGNITUDE = 1e15;

function withinRange(v: ParsedValue, raw: CellValue): ParsedValue {
  const tooBig = (n: number) => !(Math.abs(n) <= MAX_MAGNITUDE);
  if ((v.kind === 'number' && tooBig(v.value)) || (v.kind === 'fraction' && (tooBig(v.numerator) || tooBig(v.denominator)))) {
    return { kind: 'text', value: String(raw) };
  }
  return v;
}

function parseNumberCell(n: number, numberFormat: string | undefined): ParsedValue {
  if (!Number.isFinite(n)) return { kind: 'text', value: String(n) };
  // "General" (most cells) is neither a date nor a percent format.
  const format = numberFormat === undefined || numberFormat === 'General' ? undefined : formatKind(numberFormat);
  if (format?.date) {
    const iso = excelSerialToIso(n);
    if (iso !== undefined) return { kind: 'date', value: iso };
  }
  if (format?.percent) return { kind: 'number', value: tidy(n * 100), percent: true };
  return { kind: 'number', value: n, percent: false };
}

function parseTextCell(raw: string): ParsedValue {
  // String.prototype.trim drops exactly what /\s/ matches, no-break space included.
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (text.charCodeAt(0) === HASH) {
    const upper = text.toUpperCase();
    if (EXCEL_ERRORS.has(upper)) return { kind: 'error', value: upper };
  }
  // The words are short; a long text (a title, a note) is none of them and is not worth normalising,
  // nor is a text whose first letter starts none of them (normalizeLabel only lower-cases ASCII).
  const first = text.charCodeAt(0);
  const label = text.length <= WORD_MAX && (first >= 0x80 || WORD_STARTS.has(text.charAt(0).toLowerCase())) ? normalizeLabel(text) : '';
  if (NOT_ASSIGNED.has(label)) return { kind: 'not_assigned' };
  if (YES.has(label)) return { kind: 'bool', value: true };
  if (NO.has(label)) return { kind: 'bool', value: false };
  // Numbers, percents, dates and fractions all start with a digit, a sign, "." or "," (evidence, notes and
  // titles do not): the rest is text without trying each pattern.
  if (!startsLikeNumber(text.charCodeAt(0))) return { kind: 'text', value: text };
  // A number never ends with "%", a percent always does.
  if (text.charCodeAt(text.length - 1) === PERCENT) {
    const percent = /^(.+?)\s*%$/.exec(text);
    const value = percent ? parseNumberText(percent[1]!) : undefined;
    return value === undefined ? { kind: 'text', value: text } : { kind: 'number', value, percent: true };
  }
  const number = parseNumberText(text);
  if (number !== undefined) return { kind: 'number', value: number, percent: false };
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

const HASH = 0x23; // every Excel error starts with "#"
const PERCENT = 0x25;

function startsLikeNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2212 || code === 0x2e || code === 0x2c;
}

/** A cell as plain text for labels, codes and names: trimmed; numbers as JavaScript writes them ("1.1"). */
export function cellText(raw: CellValue | undefined): string {
  // Text first: most cells asked hold text, each asked `instanceof Date` (a call into Date's @@hasInstance) for nothing
  // before; cellText had the largest self time of scoring's profile, 7 % (issue 59, docs/developer/bench.md).
  if (typeof raw === 'string') return raw.trim();
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : isoOf(raw.getTime());
  return String(raw).trim();
}

/**
 * Points as a reader's message says them: a sum's floating-point remainder dropped at 12 significant figures
 * (2 + 0,23 + 6 + 1,46 + 1,96 + 6 is 17,650000000000002 in binary), which no table's figure carries.
 */
export const formatPoints = (n: number): string => formatNumberVi(Number.isFinite(n) ? Number(n.toPrecision(12)) : n);

/** Points added up as a set keeps them: the sum without its floating-point remainder (17,65 for III.1 8,23 + III.2 9,42's items). */
export const sumPoints = (points: readonly number[]): number => Number(points.reduce((s, p) => s + p, 0).toPrecision(12));

/**
 * 85.5 → "85,5", 1234 → "1.234" (Vietnamese separators). With `decimals`, rounded to at most that many
 * decimals; without, every digit of the number is kept, so parseNumberText reads back the same number.
 */
export function formatNumberVi(n: number, decimals?: number): string {
  // Up to three digits, no sign (most counts, percentages and points a reason or note says): nothing to group or trim.
  if (Number.isSafeInteger(n) && n >= 0 && n < 1000) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  // Safe integers (most points, counts and maxima) print the same digits whatever `decimals` is.
  const digits =
    Number.isSafeInteger(abs)
      ? String(abs)
      : withoutExponent(decimals === undefined ? String(abs) : abs.toFixed(decimals));
  const point = digits.indexOf('.');
  const grouped = groupThousands(point < 0 ? digits : digits.slice(0, point));
  let end = digits.length;
  if (point >= 0) while (end > point + 1 && digits.charCodeAt(end - 1) === ZERO) end--;
  const text = point < 0 || end === point + 1 ? grouped : `${grouped},${digits.slice(point + 1, end)}`;
  return n < 0 && hasNonZeroDigit(text) ? `-${text}` : text;
}

const ZERO = 0x30;

/** "1234567" → "1.234.567". */
function groupThousands(whole: string): string {
  if (whole.length <= 3) return whole;
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += `.${whole.slice(i, i + 3)}`;
  return out;
}

/** Whether a rounded figure is not zero ("0", "0,00" are), so −0.001 shown to 2 decimals loses its sign. */
function hasNonZeroDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > ZERO && c <= 0x39) return true;
  }
  return false;
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the same digits, written out. */
function withoutExponent(text: string): string {
  // Most figures have no exponent: asked of every number a reason writes, the pattern is the cost.
  if (!text.includes('e')) return text;
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

/** A set's period as officers read it: «Năm 2025 (01/01/2025 – 31/12/2025)», what of it is written, or «chưa ghi» — never «( – )». */
export function periodText(period: { from: string; to: string; label: string }): string {
  const dates = period.from || period.to ? `${formatDateVi(period.from) || '…'} – ${formatDateVi(period.to) || '…'}` : '';
  const label = period.label.trim();
  return label && dates ? `${label} (${dates})` : label || dates || 'chưa ghi';
}

/** "YYYY-MM-DD" → a Date at UTC midnight (what ExcelJS writes as a date cell); undefined for non-dates. */
export function isoToDate(iso: string): Date | undefined {
  const ms = isoToUtc(iso);
  return ms === undefined ? undefined : new Date(ms);
}

/** "YYYY-MM-DD" from a date cell, a serial, or "dd/mm/yyyy"; '' when blank; undefined when unreadable. */
export function decisionDate(v: unknown): string | undefined {
  if (v === null || v === undefined || cellText(v as string) === '') return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso !== undefined && isoToExcelSerial(iso) === v ? iso : undefined;
  }
  return parseDateText(String(v));
}

/** Vietnam's offset from UTC: no summer time, the same all year. */
export const VIETNAM_OFFSET_HOURS = 7;

/** `at` (ms since 1970) on Vietnam's clock: a Date whose UTC fields read as Vietnam's (06:45 on 12/10 for 23:45 UTC on 11/10). */
export const onVietnamClock = (at: number): Date => new Date(at + VIETNAM_OFFSET_HOURS * 3_600_000);

/**
 * The officer's minute, "YYYY-MM-DDTHH:mm", and day, "YYYY-MM-DD" (officerDay): one rule for every face, the
 * calendar of Vietnam whatever the clock of the machine thidua runs on. The commune's officer and council are in
 * Vietnam, and so is the date the papers carry («ngày … tháng … năm» on a decision is its signing day there); the
 * watch dates a capture by the same clock (core/watch/data-day.ts). On a provincial server or a CI on UTC, the
 * machine's calendar dated a run at 01:30 on 1/12 in Vietnam «30/11» — tong-hop.xlsx, the seal and the papers the day
 * before the watch's capture of that morning.
 */
export function officerMinute(now: Date = new Date()): string {
  return onVietnamClock(now.getTime()).toISOString().slice(0, 16);
}

/** The officer's day of `now`, "YYYY-MM-DD", by the rule of officerMinute. */
export const officerDay = (now: Date = new Date()): string => officerMinute(now).slice(0, 10);
