// «Dọn lần chụp cũ»: the days before a date the officer picks, exported to a file first, deleted only then — never
// dropped by the extension.
import { useI18n } from '../ui/I18n.js';
import { daysBefore, type HistoryPageState } from './history-state.js';

export function Prune({ page, pruneDay }: { page: Pick<HistoryPageState, 'days' | 'running' | 'exportedBefore' | 'exportOld' | 'deleteOld' | 'setPruneDay'>; pruneDay: string }) {
  const { t } = useI18n();
  const before = daysBefore(page.days, pruneDay).length;
  // Nothing exported or deleted while an export runs (its progress said above).
  const { running } = page;
  return (
    <section className="prune" aria-label={t('prune.title')}>
      <h2>{t('prune.title')}</h2>
      <p className="muted">{t('prune.hint')}</p>
      <div className="actions">
        <label>
          {t('prune.before')} <input type="date" name="prune-before" value={pruneDay} onChange={(e) => page.setPruneDay(e.target.value || pruneDay)} />
        </label>
        <button type="button" onClick={page.exportOld} disabled={before === 0 || running}>
          {t('prune.export', { count: before })}
        </button>
        <button type="button" onClick={page.deleteOld} disabled={page.exportedBefore !== pruneDay || running}>
          {t('prune.delete')}
        </button>
      </div>
    </section>
  );
}

/* Made for: the officer's own clean-up of old days, which deletes only what was exported to a file first. */
