// «Dọn lần chụp cũ»: the days before a date the officer picks, exported to a file first, deleted only then — never
// dropped by the extension. The date is a text field read by core's typedDate, day/month/year whatever the browser's
// language (a date field of an English browser shows and takes month/day/year), shown back as read; while what is
// typed does not read as a day, nothing is exported or deleted (the day read before is not guessed to be meant).
import { useState } from 'react';
import { typedDate } from '../../../core/values.js';
import { shortDate } from '../../../core/watch/data-day.js';
import { useI18n } from '../ui/I18n.js';
import { daysBefore, type HistoryPageState } from './history-state.js';

export function Prune({ page, pruneDay }: { page: Pick<HistoryPageState, 'days' | 'running' | 'exportedBefore' | 'exportOld' | 'deleteOld' | 'setPruneDay'>; pruneDay: string }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(() => shortDate(pruneDay));
  const read = typedDate(typed, t('prune.before'));
  const before = daysBefore(page.days, pruneDay).length;
  // Nothing exported or deleted while an export runs (its progress said above), nor while the day typed is unread.
  const held = page.running || !read.ok;
  return (
    <section className="prune" aria-label={t('prune.title')}>
      <h2>{t('prune.title')}</h2>
      <p className="muted">{t('prune.hint')}</p>
      <div className="actions">
        <label>
          {t('prune.before')}{' '}
          <input
            name="prune-before"
            inputMode="numeric"
            size={10}
            placeholder={t('settings.datePlaceholder')}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              const now = typedDate(e.target.value, t('prune.before'));
              if (now.ok) page.setPruneDay(now.value);
            }}
          />{' '}
          {/* A note read out as it changes, not a second status: the page's one status line says what an export or deletion did. */}
          <output role="note" aria-live="polite" className={read.ok ? 'muted' : 'error'} htmlFor="prune-before" data-read="prune-before">
            {read.ok ? t('prune.readAs', { day: shortDate(read.value) }) : read.message}
          </output>
        </label>
        <button type="button" onClick={page.exportOld} disabled={before === 0 || held}>
          {t('prune.export', { count: before })}
        </button>
        <button type="button" onClick={page.deleteOld} disabled={page.exportedBefore !== pruneDay || held}>
          {t('prune.delete')}
        </button>
      </div>
    </section>
  );
}

/* Made for: the officer's own clean-up of old days, which deletes only what was exported to a file first, the day typed as officers write it whatever the browser's language. */
