// Failures turned into the officer's language: storage (full or failing) and a refused backup file.
import { StorageError } from '../storage/area.js';
import type { BackupProblem } from '../export/backup.js';
import type { Translate } from '../i18n.js';

/** What went wrong, for the officer: storage full or failing, or else the error's own words. */
export function failureText(error: unknown, t: Translate): string {
  if (error instanceof StorageError) return t(error.kind === 'quota' ? 'storage.full' : 'storage.failed', { detail: error.detail });
  return t('failure.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

export function backupProblem(problem: BackupProblem, t: Translate): string {
  switch (problem.kind) {
    case 'not-json':
      return t('backup.notJson', { detail: problem.detail });
    case 'wrong-format':
      return t('backup.wrongFormat');
    case 'missing':
      return t('backup.missing', { path: problem.path });
    case 'wrong-type':
      return t('backup.wrongType', { path: problem.path, expected: problem.expected });
    case 'invalid':
      return t('backup.invalid', { path: problem.path, detail: problem.detail });
    case 'not-portal':
      return t('backup.notPortal', { path: problem.path, url: problem.url });
  }
}
