// The exports of what the filters leave (.xlsx, CSV, JSON, copy as a table) and the import of a backup.
import { useI18n } from '../ui/I18n.js';
import type { HistoryPageState } from './history-state.js';

export function ExportBar({ page }: { page: Pick<HistoryPageState, 'selected' | 'exportXlsx' | 'exportCsv' | 'exportJson' | 'copyTable' | 'importBackup'> }) {
  const { t } = useI18n();
  const none = page.selected.length === 0;
  return (
    <section className="actions">
      <button type="button" onClick={page.exportXlsx} disabled={none}>
        {t('export.xlsx')}
      </button>
      <button type="button" onClick={page.exportCsv} disabled={none}>
        {t('export.csv')}
      </button>
      <button type="button" onClick={page.exportJson} disabled={none}>
        {t('export.json')}
      </button>
      <button type="button" onClick={page.copyTable} disabled={none}>
        {t('export.copy')}
      </button>
      <label className="button">
        {t('backup.import')}
        <input type="file" accept=".json,application/json" onChange={page.importBackup} hidden />
      </label>
    </section>
  );
}

/* Made for: the history page's way out (files and the clipboard, of what the filters leave) and back in (a backup), in one row. */
