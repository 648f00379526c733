// Loại đơn vị: which subject kind a report's `Loại đơn vị` cell (or a criteria sheet's `Áp dụng cho`) names.
import { normalizeLabel } from '../text.js';
import type { CriteriaSet, SubjectKind } from './schema.js';

/**
 * The kind named by `text`: its id, label or an alias, with or without diacritics and case. Failing that, a
 * unit's own name that starts with a kind's word — "Thôn Nà Pen", "Bản Ta Ma", "Tổ dân phố 3" — reads as the
 * kind whose label or aliases hold that word (the longest such word wins; a tie between kinds is no answer).
 */
export function resolveKind(set: Pick<CriteriaSet, 'subjectKinds'>, text: string): SubjectKind | undefined {
  // Every report asks (scoring and its checks), most with one of a few words: each text is worked out once per list.
  let known = resolved.get(set.subjectKinds);
  if (!known) resolved.set(set.subjectKinds, (known = new Map()));
  if (known.has(text)) return known.get(text);
  if (known.size >= 1000) known.clear();
  const kind = findKind(set.subjectKinds, text);
  known.set(text, kind);
  return kind;
}
const resolved = new WeakMap<readonly SubjectKind[], Map<string, SubjectKind | undefined>>();

function findKind(kinds: readonly SubjectKind[], text: string): SubjectKind | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = normalizeLabel(trimmed);
  const names = namesOf(kinds);
  const exact =
    kinds.find((k) => k.id === trimmed) ??
    names.find((k) => k.id === n)?.kind ??
    names.find((k) => k.words[0] === n)?.kind ??
    names.find((k) => k.words.includes(n))?.kind;
  if (exact) return exact;

  // A name typed with diacritics is matched with them: "Ban Chỉ huy quân sự" is not a "Bản".
  const withMarks = lowerWithMarks(trimmed);
  const typedWithMarks = withMarks !== n;
  let best: { kind: SubjectKind; length: number; tied: boolean } | undefined;
  for (const { kind, words, marked } of names) {
    for (const [i, word] of words.entries()) {
      const [name, prefix] = typedWithMarks ? [withMarks, marked[i]!] : [n, word];
      if (word === '' || !name.startsWith(`${prefix} `)) continue;
      if (!best || word.length > best.length) best = { kind, length: word.length, tied: false };
      else if (word.length === best.length && best.kind !== kind) best.tied = true;
    }
  }
  return best && !best.tied ? best.kind : undefined;
}

// words: label first, then aliases, normalised; marked: the same, lower-case but keeping diacritics
type KindNames = { kind: SubjectKind; id: string; words: string[]; marked: string[] };

function lowerWithMarks(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Normalised names of each kind, computed once per list of kinds (parsed sets are not mutated; a sheet resolves many cells against one list). */
function namesOf(kinds: readonly SubjectKind[]): KindNames[] {
  let names = namesCache.get(kinds);
  if (!names) {
    names = kinds.map((kind) => {
      const all = [kind.label, ...kind.aliases];
      return { kind, id: normalizeLabel(kind.id), words: all.map(normalizeLabel), marked: all.map(lowerWithMarks) };
    });
    namesCache.set(kinds, names);
  }
  return names;
}
const namesCache = new WeakMap<readonly SubjectKind[], KindNames[]>();

/** What a unit of a kind is as the papers count it (SubjectKind.household beside `collective`). */
export type SubjectOf = { collective: boolean; household?: true | undefined };

/** What a unit of `kind` is; a unit of no known kind counts as a collective, as every list has counted it. */
export function subjectOfKind(kind: SubjectOf | undefined): SubjectOf {
  return { collective: kind?.collective ?? true, ...(kind?.household ? { household: true as const } : {}) };
}

/** The subjects in the order every list gives them, each with the list of bySubject that holds its units. */
export const SUBJECTS = [
  { word: 'tập thể', list: 'collectives' },
  { word: 'cá nhân', list: 'individuals' },
  { word: 'hộ gia đình', list: 'households' },
] as const;
export const SUBJECT_WORDS = SUBJECTS.map((s) => s.word);

/** «tập thể», «cá nhân» or «hộ gia đình»: a household is neither a collective nor a person. */
export function subjectWord(kind: SubjectOf): (typeof SUBJECTS)[number]['word'] {
  return kind.household ? 'hộ gia đình' : kind.collective ? 'tập thể' : 'cá nhân';
}

/** Units apart by subject, in their order: the collectives, the persons and the households a paper lists and counts. */
export function bySubject<U extends SubjectOf>(units: readonly U[]): { collectives: U[]; individuals: U[]; households: U[] } {
  return {
    collectives: units.filter((u) => subjectWord(u) === 'tập thể'),
    individuals: units.filter((u) => subjectWord(u) === 'cá nhân'),
    households: units.filter((u) => subjectWord(u) === 'hộ gia đình'),
  };
}
