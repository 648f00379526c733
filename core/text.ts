// Vietnamese label matching and cell addresses, shared by every reader (sheets and portal pages).
import { own, rememberedByText } from './remembered.js';

/**
 * Lower-case, without diacritics (đ → d), single spaces, no trailing colon: "Mã tiêu chí:" → "ma tieu chi". Remembered:
 * every workbook of a set holds the same headers, labels, codes and criteria titles, and each sheet's top rows are asked
 * of several header lookups (the report's, «Rà soát»'s, «Biểu quyết»'s), so the same text was folded a character at a
 * time, one string a character, again and again (~30 MB of the ~600 MB a 300-workbook run's worker allocated).
 */
export const normalizeLabel: (text: string) => string = rememberedByText((text) => own(folded(text)), 4_000, 1_000_000, 1024);

function folded(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const f = foldedAt(text, i);
    // Letters of other scripts go the general (slower) way.
    if (f === undefined) return normalizeAnyLabel(text);
    if (f === SPACE) space = out !== '';
    else if (f !== '') {
      if (space) out += ' ';
      space = false;
      out += f;
    }
  }
  if (out.endsWith(':')) out = out.endsWith(' :') ? out.slice(0, -2) : out.slice(0, -1);
  return out;
}

/** What normalizeLabel makes of the character at `i`; undefined for one it folds the general way. */
function foldedAt(text: string, i: number): string | undefined {
  const code = text.charCodeAt(i);
  return code < LATIN_END ? FOLDED[code] : code >= VIETNAMESE_START && code < SYMBOLS_END ? FOLDED_VIETNAMESE_AND_SYMBOLS[code - VIETNAMESE_START] : undefined;
}

/**
 * normalizeLabel(text), or undefined when it is longer than `longest` characters, then counted and not made: each
 * row's title is tested against a few short labels (is it a total row? a header?), and folding a long title whole
 * only to find it longer than all of them made a string a character (~20 MB over the bench's 300 workbooks).
 */
function foldedLabel(text: string, longest: number): string | undefined {
  if (text.length <= longest) return normalizeLabel(text);
  // Each character folds to one or none, spaces run into one; at the end at most two (« :») are taken off.
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length && length <= longest + 2; i++) {
    const f = foldedAt(text, i);
    if (f === undefined) return normalizeLabel(text);
    if (f === SPACE) space = length > 0;
    else if (f !== '') {
      length += space ? 2 : 1;
      space = false;
    }
  }
  return length > longest + 2 ? undefined : normalizeLabel(text);
}

/** normalizeLabel for any text: canonical decomposition, marks dropped. */
function normalizeAnyLabel(text: string): string {
  return foldCharacters(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

function foldCharacters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

// What normalizeLabel makes of each character of the Latin blocks Vietnamese is written in, and of the
// punctuation and symbols offices type beside it («–», «…», «“”», «≥»), worked out once. A character whose
// decomposition leaves these blocks is left out (undefined) and takes the general way.
const LATIN_END = 0x0370; // Basic Latin … Latin Extended-B, IPA, spacing and combining marks
const VIETNAMESE_START = 0x1e00; // Latin Extended Additional: ạ, ấ, ề, ữ…
const VIETNAMESE_END = 0x1f00;
const SYMBOLS_START = 0x2000; // General Punctuation … Mathematical Operators
const SYMBOLS_END = 0x2300;
const SPACE = ' ';
const FOLDED = Array.from({ length: LATIN_END }, (_, code) => foldedCharacter(code));
// Greek Extended (between the two) is left out, as Greek is.
const FOLDED_VIETNAMESE_AND_SYMBOLS = Array.from({ length: SYMBOLS_END - VIETNAMESE_START }, (_, i) =>
  VIETNAMESE_START + i < VIETNAMESE_END || VIETNAMESE_START + i >= SYMBOLS_START ? foldedCharacter(VIETNAMESE_START + i) : undefined,
);

function foldedCharacter(code: number): string | undefined {
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return SPACE;
  const parts = ch.normalize('NFD');
  const inBlocks = Array.from(parts).every((p) => {
    const c = p.charCodeAt(0);
    return c < LATIN_END || (c >= VIETNAMESE_START && c < VIETNAMESE_END) || (c >= SYMBOLS_START && c < SYMBOLS_END);
  });
  const folded = foldCharacters(ch);
  return inBlocks && !/\s/.test(folded) ? folded : undefined;
}

/**
 * Text cut to at most `max` characters at the end of a word (`sep` between words), as a file name is shortened: never
 * «…-huyen-cha» for «…-huyen-chau-thanh». A first word longer than `max` is cut where it must be.
 */
export function cutAtWord(text: string, max: number, sep = ' '): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const end = cut.lastIndexOf(sep);
  return (end > 0 ? cut.slice(0, end) : text.slice(0, max)).trimEnd();
}

/**
 * Words shortened to a line's share («…» past 60 characters), on one line: a cell written on several lines (an item's
 * words, then its levels one a line) would otherwise break a line quoting it (the reconciliation's) in the middle.
 */
export const short = (words: string) => {
  const s = words.replace(/\s+/g, ' ').trim();
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/**
 * A phrase without the full stop, semicolon or comma it was typed with, for a sentence that goes on after it: a
 * criterion «… theo quy định.» listed «…; …» or closed «.» never prints «quy định.;» or «quy định..». An ellipsis stays.
 */
export function phrase(text: string): string {
  const t = text.trimEnd();
  return /(\.\.\.|…)$/.test(t) ? t : t.replace(/[.;,]+$/, '').trimEnd();
}

/** Phrases listed in one sentence: «a; b; c», each without its own stop. */
export function phraseList(items: readonly string[]): string {
  return items.map(phrase).join('; ');
}

/** Words a cell writes on several lines (Alt+Enter, a Word cell's paragraphs) as a line of text or a sentence quotes them. */
export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ');

/** A header's cells as a message quotes them, on one line each, joined: «Minh Chứng (Nếu Có)», «Điểm / Tự chấm». */
export const headerWords = (labels: readonly string[]): string => labels.map(oneLine).join(' / ');

/** Words listed as a Vietnamese sentence lists them: «a», «a và b», «a, b và c». */
export function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} và ${items.at(-1)}` : items.join('');
}

/** True when `text` reads as one of `labels` (compared without diacritics and case). */
export function matchesLabel(text: unknown, labels: readonly string[]): boolean {
  if (typeof text !== 'string') return false;
  const { labels: set, longest } = normalizedLabels(labels);
  const n = foldedLabel(text, longest);
  return n !== undefined && n !== '' && set.has(n);
}

/**
 * A header or label cell: "Kết quả", "KẾT QUẢ:", "Kết quả (%)" all read as «Kết quả» — as matchesLabel, a trailing
 * "(…)" note (a unit, a hint) left out. A label written with a note matches only with it.
 */
export function matchesHeader(text: unknown, labels: readonly string[]): boolean {
  if (typeof text !== 'string') return false;
  const set = normalizedLabels(labels).labels;
  const n = normalizeLabel(text);
  return set.has(n) || set.has(withoutNote(n));
}

/** Which key's labels a header or label cell reads as (as matchesHeader); the first key listing a label wins. */
export function labelLookup<K extends string>(labels: Record<K, string | readonly string[]>): (text: unknown) => K | undefined {
  let lookup = lookups.get(labels);
  if (!lookup) lookups.set(labels, (lookup = makeLookup(labels)));
  return lookup as (text: unknown) => K | undefined;
}
const lookups = new WeakMap<object, (text: unknown) => string | undefined>();

function makeLookup<K extends string>(labels: Record<K, string | readonly string[]>): (text: unknown) => K | undefined {
  const map = new Map<string, K>();
  let longest = 0;
  for (const key of Object.keys(labels) as K[]) {
    for (const label of ([] as string[]).concat(labels[key])) {
      const n = normalizeLabel(label);
      if (n !== '' && !map.has(n)) map.set(n, key);
      longest = Math.max(longest, n.length);
    }
  }
  return (text) => {
    if (typeof text !== 'string') return undefined;
    const n = foldedLabel(text, longest);
    if (n !== undefined) return map.get(n) ?? map.get(withoutNote(n));
    // Longer than every label, it reads as one only with a note «(…)» dropped; a folded «)» is one typed.
    return text.includes(')') ? map.get(withoutNote(normalizeLabel(text))) : undefined;
  };
}

/** Labels normalised once per list (readers test many cells against one constant list); no empty label. `longest`: the longest of them. */
function normalizedLabels(labels: readonly string[]): NormalizedLabels {
  let known = normalized.get(labels);
  if (!known) {
    const set = new Set(labels.map(normalizeLabel));
    set.delete('');
    known = { labels: set, longest: Math.max(0, ...[...set].map((l) => l.length)) };
    normalized.set(labels, known);
  }
  return known;
}
type NormalizedLabels = { labels: Set<string>; longest: number };
const normalized = new WeakMap<readonly string[], NormalizedLabels>();

/** Drops a trailing "(…)" note from a normalised label: "ket qua (%)" → "ket qua". */
function withoutNote(label: string): string {
  return label.endsWith(')') ? label.replace(/\s*\([^)]*\)$/, '') : label;
}

/** Excel's own sheet size (A1:XFD1048576): an address past it is not a cell but a crafted file. */
export const EXCEL_ROWS = 1_048_576;

/** Roman numerals as the forms number their parts (I, II …); past the list a part takes its plain number. */
export const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'] as const;

/** Two parts' numbers of one kind: roman numerals, capital letters, or numbers. */
export const sameNumbering = (a: string, b: string) => [/^[IVXLC]+$/, /^[A-Z]$/, /^\d+$/].some((kind) => kind.test(a) && kind.test(b));
export const EXCEL_COLUMNS = 16_384;

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  return LETTERS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// Readers give every cell its address: the letters of columns A…ZZ are worked out once.
const LETTERS = Array.from({ length: 26 * 27 + 1 }, (_, col) => lettersOf(col));

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  const upper = letters.toUpperCase();
  let n = 0;
  // By index, not for…of, whose string iterator allocates at each step: every address read passes here.
  for (let i = 0; i < upper.length; i++) n = n * 26 + (upper.charCodeAt(i) - 64);
  return n;
}

/** (12, 4) → "D12". Both 1-based. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "D12" → { row: 12, col: 4 }; undefined when it is not an A1 address. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]!) } : undefined;
}
