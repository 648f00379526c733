// Failures turned into the officer's language: storage full or failing (a refused backup file is worded beside
// its reading, export/backup.ts).
import { StorageError } from '../storage/area.js';
import type { Translate } from '../i18n.js';

/** What went wrong, for the officer: storage full or failing, or else the error's own words. */
export function failureText(error: unknown, t: Translate): string {
  if (error instanceof StorageError) return t(error.kind === 'quota' ? 'storage.full' : 'storage.failed', { detail: error.detail });
  return t('failure.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

/* Made for: storage failures (full, failing) said to the officer in their language, never as a raw error. */
