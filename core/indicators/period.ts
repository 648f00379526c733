// Kỳ số liệu (the period a portal page shows): read from its filter controls first (selected options, date
// inputs), then from its headings, then from its whole text. "Năm 2025", "Quý 3 năm 2025", "Quý III/2025",
// "Tháng 9/2025", "Từ ngày 01/01/2025 đến ngày 30/09/2025".
import { normalizeLabel } from '../text.js';
import { parseDateText } from '../values.js';
import { matchFolded } from './fold.js';
import type { Period } from './schema.js';
import { chosenOption, elementText } from './table.js';

const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const SEP = String.raw`\s*(?:/|-|nam)\s*`;
const PATTERNS: { kind: Period['kind']; re: RegExp }[] = [
  { kind: 'range', re: new RegExp(String.raw`tu(?: ngay)?\s*${DATE}\s*(?:den(?: ngay)?|-|–)\s*${DATE}`) },
  { kind: 'month', re: new RegExp(String.raw`thang\s*(\d{1,2})${SEP}${YEAR}\b`) },
  { kind: 'quarter', re: new RegExp(String.raw`quy\s*(iv|iii|ii|i|[1-4])${SEP}${YEAR}\b`) },
  { kind: 'year', re: new RegExp(String.raw`nam\s*${YEAR}\b`) },
];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The most specific period written in `text` (range, month, quarter, year), or undefined. */
export function parsePeriodText(text: string): Period | undefined {
  for (const { kind, re } of PATTERNS) {
    const found = matchFolded(text, re);
    const period = found && toPeriod(kind, found.match, found.original);
    if (period) return period;
  }
  return undefined;
}

function toPeriod(kind: Period['kind'], m: RegExpExecArray, label: string): Period | undefined {
  switch (kind) {
    case 'range': {
      const from = parseDateText(m[1]!);
      const to = parseDateText(m[2]!);
      return from && to && from <= to ? { kind, from, to, year: Number(to.slice(0, 4)), label, cumulative: isYearToDate(from, to) } : undefined;
    }
    case 'month': {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { kind, month, year: Number(m[2]), label, ...bounds(Number(m[2]), month, month) } : undefined;
    }
    case 'quarter': {
      const quarter = ROMAN[m[1]!] ?? Number(m[1]);
      return { kind, quarter, year: Number(m[2]), label, ...bounds(Number(m[2]), quarter * 3 - 2, quarter * 3) };
    }
    default:
      return { kind, year: Number(m[1]), label, ...bounds(Number(m[1]), 1, 12) };
  }
}

/**
 * Lũy kế: a range from 1 January to a day of the same year adds up the year so far (01/01–30/09, then 01/01–31/10),
 * so its captures make one series.
 */
export function isYearToDate(from: string, to: string): boolean {
  return from.endsWith('-01-01') && from.slice(0, 4) === to.slice(0, 4);
}

/** The first and last day of months `first`…`last` of `year`; a month, quarter or year is not cumulative. */
export function bounds(year: number, first: number, last: number): { from: string; to: string; cumulative: false } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}`, cumulative: false };
}

/**
 * A period with its first and last day where it carries none (a capture an earlier version saved, and its backups and
 * exports: kind, year, month and label only): the days its month, quarter or year names, else those its label names as
 * the pages' are read (parsePeriodText) — never a day guessed; as it is when neither names them.
 */
export function withDays(p: Period): Period {
  if ((p.from && p.to) || p.kind === 'unknown') return p;
  const y = p.year;
  const named = !y ? undefined : p.kind === 'month' && p.month ? bounds(y, p.month, p.month) : p.kind === 'quarter' && p.quarter ? bounds(y, p.quarter * 3 - 2, p.quarter * 3) : p.kind === 'year' ? bounds(y, 1, 12) : undefined;
  const label = named ? undefined : parsePeriodText(p.label);
  const read = named ?? (label?.kind === p.kind ? label : undefined);
  return read?.from && read.to ? { ...p, from: read.from, to: read.to, ...(read.cumulative !== undefined && { cumulative: read.cumulative }) } : p;
}

const UNKNOWN_PERIOD: Period = { kind: 'unknown', label: '' };

/** Reads the period of a page; `{ kind: 'unknown' }` when none is written anywhere. */
export function readPeriod(doc: Document): Period {
  const root = doc.body ?? doc.documentElement;
  if (!root) return UNKNOWN_PERIOD;
  // Each source is read only when the ones before it say nothing (the whole text of a 900-row page is costly).
  for (const source of [controlsText, headingsText, elementText]) {
    const text = source(root);
    const p = text ? parsePeriodText(text) : undefined;
    if (p) return p;
  }
  return UNKNOWN_PERIOD;
}

function headingsText(root: Element): string {
  return Array.from(root.querySelectorAll('h1,h2,h3,h4,h5,h6,caption,legend,label,.title,[class*="title"]'))
    .map(elementText)
    .join(' | ');
}

/**
 * The filter form as words: each select's label and chosen option, each input's label and value. Dates typed as
 * "2025-01-01" (date inputs) are written back as 01/01/2025. Pieces are put together as "Từ ngày … đến ngày …",
 * "Tháng 9 năm 2025", "Quý 3 năm 2025", "Năm 2025" so one pattern set reads both forms and headings.
 */
function controlsText(root: Element): string {
  const fields: { label: string; value: string }[] = [];
  let labelsFor: Map<string, Element> | undefined;
  const labelFor = (id: string) => {
    // `<label for>` of the page, gathered once.
    if (!labelsFor) {
      labelsFor = new Map();
      for (const l of Array.from(root.getElementsByTagName('label'))) {
        const target = l.getAttribute('for');
        if (target && !labelsFor.has(target)) labelsFor.set(target, l);
      }
    }
    return labelsFor.get(id);
  };
  for (const el of formControls(root)) {
    const value = controlValue(el);
    if (value === '') continue;
    fields.push({ label: normalizeLabel(controlLabel(el, labelFor)), value });
  }
  const find = (re: RegExp) => fields.find((f) => re.test(f.label) || re.test(normalizeLabel(f.value)));
  const from = fields.find((f) => /^tu ngay|^tu$|^ngay bat dau/.test(f.label));
  const to = fields.find((f) => /^den ngay|^den$|^ngay ket thuc/.test(f.label));
  if (from && to) return `Từ ngày ${from.value} đến ngày ${to.value}`;
  const yearField = find(/^nam\b/);
  const year = yearField ? /((?:19|20)\d{2})/.exec(yearField.value)?.[1] : undefined;
  if (!year) return '';
  const month = find(/^thang\b/);
  const monthNo = month ? /\b(\d{1,2})\b/.exec(month.value)?.[1] : undefined;
  if (monthNo) return `Tháng ${monthNo} năm ${year}`;
  const quarter = find(/^quy\b/);
  const quarterNo = quarter ? /\b(iv|iii|ii|i|[1-4])\b/i.exec(normalizeLabel(quarter.value).replace(/^quy\s*/, ''))?.[1] : undefined;
  if (quarterNo) return `Quý ${quarterNo.toUpperCase()} năm ${year}`;
  return `Năm ${year}`;
}

/**
 * The page's selects and inputs in document order. By tag name when the page has only one kind (a plain walk in
 * linkedom, where a selector list is matched element by element over a large table); both kinds need the
 * selector list for their order (linkedom's compareDocumentPosition cannot order them).
 */
function formControls(root: Element): Element[] {
  const selects = root.getElementsByTagName('select');
  const inputs = root.getElementsByTagName('input');
  if (selects.length > 0 && inputs.length > 0) return Array.from(root.querySelectorAll('select, input'));
  return selects.length > 0 ? Array.from(selects) : Array.from(inputs);
}

function controlValue(el: Element): string {
  if (el.tagName.toUpperCase() === 'SELECT') {
    const text = chosenOption(el);
    return /^(tat ca|-+\s*chon|chon\b|--)/.test(normalizeLabel(text)) ? '' : text;
  }
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (!['text', 'date', 'search', 'month', 'number', ''].includes(type)) return '';
  const live = (el as HTMLInputElement).value;
  const value = (typeof live === 'string' && live !== '' ? live : el.getAttribute('value') ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

/** What the page calls a control: aria-label, its <label>, the wrapping label, placeholder, or the text before it. */
function controlLabel(el: Element, labelFor: (id: string) => Element | undefined): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const id = el.getAttribute('id');
  const forLabel = id ? labelFor(id) : undefined;
  if (forLabel) return elementText(forLabel);
  const wrapping = el.closest('label');
  if (wrapping) return elementText(wrapping);
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) return placeholder;
  const before = el.previousElementSibling;
  if (before && !['SELECT', 'INPUT'].includes(before.tagName.toUpperCase())) return elementText(before);
  const prevText = el.previousSibling?.nodeType === 3 ? (el.previousSibling.nodeValue ?? '') : '';
  return prevText.trim() || (el.getAttribute('name') ?? '');
}

/**
 * A range that covers exactly a calendar month, quarter or year is that period (the 766 page asks satisfaction
 * for 2026-01-01 … 2026-12-31 and the other groups for `timeType: year`: one view, one period). Other ranges stay.
 */
export function namedPeriod(p: Period): Period {
  if (p.kind !== 'range' || !p.from || !p.to) return p;
  const year = Number(p.from.slice(0, 4));
  if (Number(p.to.slice(0, 4)) !== year || !p.from.endsWith('-01')) return p;
  const first = Number(p.from.slice(5, 7));
  const last = Number(p.to.slice(5, 7));
  if (p.to !== bounds(year, first, last).to) return p;
  if (first === 1 && last === 12) return { kind: 'year', year, label: `Năm ${year}`, ...bounds(year, 1, 12) };
  if (first === last) return { kind: 'month', year, month: first, label: `Tháng ${first}/${year}`, ...bounds(year, first, last) };
  if (last === first + 2 && first % 3 === 1) {
    const quarter = (first + 2) / 3;
    return { kind: 'quarter', year, quarter, label: `Quý ${quarter}/${year}`, ...bounds(year, first, last) };
  }
  return p;
}

/** Periods compared by their first and last day: «Năm 2026» is «Từ ngày 01/01/2026 đến ngày 31/12/2026». */
export function periodDays(p: Period): string {
  return p.from && p.to ? `${p.from}…${p.to}` : `${p.kind}:${p.label}`;
}
