// Tên cảnh báo: what officers read for every flag code — the checks' own titles and the flags a run adds
// (run-flags.ts), in Vietnamese and English. Codes stay for JSON and the pane's tooltip; sheets and printouts
// show these titles, and a title typed back (in «Rà soát») reads as its code.
import { normalizeLabel } from '../text.js';
import { checks } from './index.js';
import { RUN_FLAGS } from './run-flags.js';

export type Language = 'vi' | 'en';

const TITLED = [...checks, ...RUN_FLAGS];

/** Vietnamese title by flag code. */
export const FLAG_TITLES: Readonly<Record<string, string>> = Object.fromEntries(TITLED.map((f) => [f.id, f.title]));
/** English title by flag code. */
export const FLAG_TITLES_EN: Readonly<Record<string, string>> = Object.fromEntries(TITLED.map((f) => [f.id, f.titleEn]));

/** The title of a flag code in the language asked (the code itself only for a flag no title covers). */
export function flagTitle(code: string, lang: Language = 'vi'): string {
  return (lang === 'en' ? FLAG_TITLES_EN : FLAG_TITLES)[code] ?? code;
}

const CODE_BY_TITLE = new Map(Object.entries(FLAG_TITLES).flatMap(([code, title]) => [[normalizeLabel(title), code], [normalizeLabel(code), code]]));

/** The flag code a cell names, by its title (whatever the case and diacritics) or by the code itself. */
export function flagCodeOf(text: string): string | undefined {
  return CODE_BY_TITLE.get(normalizeLabel(text));
}
