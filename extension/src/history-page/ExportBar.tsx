// The exports of what the filters leave (.xlsx, CSV, JSON, copy as a table) — of the days shown, or of every stored day —
// and the import of a backup.
import { useI18n } from '../ui/I18n.js';
import { progressText, useProgress, type HistoryPageState, type ProgressLine } from './history-state.js';

/** The exports in the order they are offered, each with its label. */
const EXPORTS = [
  ['exportXlsx', 'export.xlsx'],
  ['exportCsv', 'export.csv'],
  ['exportJson', 'export.json'],
  ['copyTable', 'export.copy'],
] as const;

export function ExportBar({ page }: { page: Pick<HistoryPageState, 'selected' | 'days' | 'allDays' | 'setAllDays' | 'running' | 'exportXlsx' | 'exportCsv' | 'exportJson' | 'copyTable' | 'importBackup'> }) {
  const { t } = useI18n();
  const none = page.selected.length === 0 && !page.allDays;
  // One export at a time: while one runs (its progress said in the status line), none other starts.
  const { running } = page;
  return (
    <section className="actions">
      <label>
        <input type="checkbox" name="export-all-days" checked={page.allDays} disabled={running} onChange={(e) => page.setAllDays(e.currentTarget.checked)} /> {t('export.allDays', { days: page.days.length })}
      </label>
      {EXPORTS.map(([act, label]) => (
        <button key={act} type="button" onClick={page[act]} disabled={none || running}>
          {t(label)}
        </button>
      ))}
      <label className="button">
        {t('backup.import')}
        <input type="file" accept=".json,application/json" onChange={page.importBackup} hidden />
      </label>
    </section>
  );
}

/** The status line while an export runs: the days read of those stored, with a bar (nothing to read: only that it runs). */
export function ExportProgress({ line }: { line: ProgressLine }) {
  const { t, language } = useI18n();
  const progress = useProgress(line);
  if (!progress) return null;
  return (
    <p role="status" className="info export-progress" data-testid="export-progress">
      {progress.total > 0 && <progress value={progress.read} max={progress.total} />}
      {progressText(progress)(t, language)}
    </p>
  );
}

/* Made for: the history page's way out (files and the clipboard, of what the filters leave, over the days shown or a year stored, one export at a time) and back in (a backup), in one row. */
