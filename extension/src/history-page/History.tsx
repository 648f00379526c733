// Trang lịch sử: the digest («Bản tin», Digest.tsx) and the stored captures as one table a unit and kind of period
// (UnitTable), a fortnight of data days at a time (older ones on request: a year of a province is never read at
// once), with filters, delete + undo, export (.xlsx, CSV, JSON, copy as a table), import of a backup, and the old
// days exported then deleted by the officer («Dọn lần chụp cũ»), never dropped by the extension.
import { formatBytes } from '../ui/format.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore } from '../storage/store.js';
import { useI18n } from '../ui/I18n.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { Digest } from './Digest.js';
import { ExportBar, ExportProgress } from './ExportBar.js';
import { Filters } from './Filters.js';
import { daysNotRead, PAGE_DAYS, useHistoryPage, useTab } from './history-state.js';
import { Prune } from './Prune.js';
import { UnitTable } from './UnitTable.js';
import { useVerdicts, verdictFor } from './verdict-state.js';

export function History({ store, settings, update }: { store: IndicatorStore; settings: Settings; update: (s: Settings) => void }) {
  const { t, language } = useI18n();
  const [tab, setTab] = useTab();
  const page = useHistoryPage(store, settings, t, tab);
  const { days, loadedDays, stored, unreadable, usage, status, running, undoable, pruneDay, loaded, histories, visible, shown } = page;
  const olderDays = daysNotRead(days, loadedDays);
  const verdicts = useVerdicts(store, settings, tab === 'history');
  return (
    <main className="history">
      <header className="bar">
        <h1>{t('history.title')}</h1>
        <LanguageSwitch value={settings.language} onChange={(language) => update({ ...settings, language })} />
      </header>
      <nav className="actions" aria-label={t('history.tabs')}>
        <button type="button" className={tab === 'digest' ? 'primary' : ''} aria-pressed={tab === 'digest'} onClick={() => setTab('digest')}>
          {t('digest.title')}
        </button>
        <button type="button" className={tab === 'history' ? 'primary' : ''} aria-pressed={tab === 'history'} onClick={() => setTab('history')}>
          {t('history.tab')}
        </button>
      </nav>
      {tab === 'digest' ? (
        <Digest store={store} settings={settings} />
      ) : (
      <>
      {usage && (
        <p className="muted" data-testid="usage">
          {t('history.usage', { used: formatBytes(usage.bytes, language), days: usage.days, count: stored.length, shown: Math.min(loadedDays, days.length) })}
        </p>
      )}
      {unreadable > 0 && <p className="warning">{t('history.unreadable', { count: unreadable })}</p>}

      <Filters page={page} />
      <ExportBar page={page} />

      {running ? (
        <ExportProgress line={page.progress} />
      ) : status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
          {status.text(t, language)}{' '}
          {undoable && status.kind === 'info' && (
            <button type="button" onClick={page.undo}>
              {t('history.undo')}
            </button>
          )}
        </p>
      )}

      {loaded && histories.length === 0 && (
        <p className="muted" data-testid="history-empty">
          {t('history.empty')}
        </p>
      )}
      {visible.slice(0, shown).map((h) => (
        <UnitTable key={h.key} history={h} onRemove={page.remove} {...verdictFor(verdicts, h)} />
      ))}
      {visible.length > shown && (
        <button type="button" onClick={page.showMore}>
          {t('history.more', { count: visible.length - shown })}
        </button>
      )}
      {olderDays > 0 && (
        <p>
          <button type="button" onClick={page.readOlder}>
            {t('history.olderDays', { count: Math.min(PAGE_DAYS, olderDays), left: olderDays })}
          </button>
        </p>
      )}

      {days.length > 0 && pruneDay && <Prune page={page} pruneDay={pruneDay} />}
      </>
      )}
    </main>
  );
}

/* Made for: the history page: stored captures as one table per unit and kind of period, a fortnight at a time, with filters, delete and undo, exports, backup import and the officer's own clean-up of old days. */
