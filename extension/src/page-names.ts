// A page type's name for the officer, in the UI's language: the titles its own file carries
// (core/indicators/pages/<id>.ts, or the 766 page's responses), so a new page adds nothing to the catalogue. Apart
// from i18n.ts, which stays a plain table of strings (the manifest's _locales are built from it).
import { pageCard } from '../../core/indicators/pages/index.js';
import type { Translate } from './i18n.js';

/** The page type's title; the id itself for a type this build does not know (a snapshot kept by another version). */
export function pageTypeName(id: string, t: Translate): string {
  const card = pageCard(id);
  if (!card) return id;
  return t.language === 'en' ? card.titleEn : card.title;
}

/* Made for: a portal page added as one file: its name for the officer taken from the titles its own file carries, so the catalogue needs no line per page. */
