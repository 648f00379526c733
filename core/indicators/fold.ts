// Matching Vietnamese text without diacritics while keeping the page's own wording for what was matched.
import { normalizeLabel } from '../text.js';

/**
 * The text (NFC) and, per character, its lower-case form without diacritics — one character for one, so a match
 * in `folded` slices the same span of `text`.
 */
export function fold(raw: string): { text: string; folded: string } {
  const text = raw.normalize('NFC');
  const folded = Array.from(text, (ch) => {
    const f = normalizeLabel(ch);
    return f.length === 1 ? f : /\s/.test(ch) ? ' ' : ch.length === 1 ? ch.toLowerCase() : '?';
  }).join('');
  return { text, folded };
}

/** Runs `re` (written without diacritics, lower case) on the folded text; returns the match and its original wording. */
export function matchFolded(raw: string, re: RegExp): { match: RegExpExecArray; original: string } | undefined {
  const { text, folded } = fold(raw);
  const match = re.exec(folded);
  if (!match) return undefined;
  // `folded` has one UTF-16 unit per character of `text`.
  const chars = Array.from(text);
  const original = chars.slice(match.index, match.index + match[0].length).join('').replace(/\s+/g, ' ').trim();
  return { match, original };
}

/** The original wording of capture group `n` of a matchFolded result (needs the `d` flag on the RegExp). */
export function groupOriginal(raw: string, match: RegExpExecArray, n: number): string | undefined {
  const span = match.indices?.[n];
  if (!span) return undefined;
  return Array.from(raw.normalize('NFC')).slice(span[0], span[1]).join('').replace(/\s+/g, ' ').trim();
}
