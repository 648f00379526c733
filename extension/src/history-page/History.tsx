// Trang lịch sử: the digest («Bản tin», Digest.tsx) and the stored captures as one table a unit and kind of period
// (UnitTable), a fortnight of data days at a time (older ones on request: a year of a province is never read at
// once), with filters, delete + undo, export (.xlsx, CSV, JSON, copy as a table), import of a backup, and the old
// days exported then deleted by the officer («Dọn lần chụp cũ»), never dropped by the extension.
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { addDays } from '../../../core/watch/data-day.js';
import { backupProblem, buildExport, readBackup } from '../export/backup.js';
import { toCsv, toTsv } from '../export/delimited.js';
import { exportTable } from '../export/table.js';
import { buildUnitHistories, filterChoices, filterHistories, snapshotsOf, type HistoryFilter } from '../history/unit-history.js';
import { type Language, type Translate } from '../i18n.js';
import { pageTypeName } from '../page-names.js';
import type { IndicatorStore, StoredSnapshot } from '../storage/store.js';
import type { Settings } from '../storage/settings.js';
import { fileDate, saveFile } from '../ui/files.js';
import { formatBytes, formatDateTime } from '../ui/format.js';
import { useI18n } from '../ui/I18n.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { failureText } from '../ui/problems.js';
import { Digest } from './Digest.js';
import { seriesPeriodName, UnitTable } from './UnitTable.js';

/** Tables shown at first (a unit and kind of period each); more on request. */
const PAGE_SIZE = 20;
/** Data days read at first, and each time older ones are asked for. */
export const PAGE_DAYS = 7;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Worded when shown, so a message stays in the language the officer switches to. */
type Status = { kind: 'info' | 'error'; text: (t: Translate, language: Language) => string };

type Tab = 'digest' | 'history';
const tabInAddress = (): Tab => (location.hash === '#ban-tin' ? 'digest' : 'history');

/** The tab lives in the address (#ban-tin, #lich-su): a reload stays on it, and the back button returns to the other. */
function useTab(): [Tab, (tab: Tab) => void] {
  const [tab, setTab] = useState(tabInAddress);
  useEffect(() => {
    const follow = () => setTab(tabInAddress());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return [tab, (next) => void (location.hash = next === 'digest' ? 'ban-tin' : 'lich-su')];
}

export function History({ store, settings, update }: { store: IndicatorStore; settings: Settings; update: (s: Settings) => void }) {
  const { t, language } = useI18n();
  const [tab, setTab] = useTab();
  const [days, setDays] = useState<string[]>([]);
  const [loadedDays, setLoadedDays] = useState(PAGE_DAYS);
  const [stored, setStored] = useState<StoredSnapshot[]>([]);
  const [unreadable, setUnreadable] = useState(0);
  const [usage, setUsage] = useState<{ bytes: number; days: number }>();
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [shown, setShown] = useState(PAGE_SIZE);
  const [status, setStatus] = useState<Status>();
  const [undoable, setUndoable] = useState<StoredSnapshot[]>();
  const [pruneDay, setPruneDay] = useState<string>();
  const [exportedBefore, setExportedBefore] = useState<string>();
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(async () => {
    try {
      const overview = await store.overview();
      const all = overview.days;
      const loaded = await store.snapshots(all.slice(-loadedDays));
      // Set together, after the last read: the week's tables are drawn once.
      setDays(all);
      setStored(loaded.snapshots);
      setUnreadable(loaded.unreadable + overview.unreadable);
      setUsage({ bytes: overview.bytes, days: all.length });
      setPruneDay((d) => d ?? (all.length > 0 ? addDays(all.at(-1)!, -365) : undefined));
      setLoaded(true);
    } catch (e) {
      setStatus({ kind: 'error', text: (t) => failureText(e, t) });
    }
  }, [store, t, loadedDays]);
  // «Bản tin» reads its own week: the stored captures are read when their tab is shown.
  useEffect(() => {
    if (tab === 'history') void reload();
  }, [reload, tab]);

  const histories = useMemo(() => buildUnitHistories(stored, settings.commune), [stored, settings.commune]);
  const choices = useMemo(() => filterChoices(histories), [histories]);
  const visible = useMemo(() => filterHistories(histories, filter), [histories, filter]);
  const selected = useMemo(() => snapshotsOf(visible, stored), [visible, stored]);

  const run = async (action: () => Promise<Status | undefined>) => {
    try {
      setStatus(await action());
    } catch (e) {
      setStatus({ kind: 'error', text: (t) => failureText(e, t) });
    }
  };

  const remove = (snapshotId: string) =>
    run(async () => {
      const removed = await store.remove([snapshotId]);
      setUndoable(removed);
      await reload();
      const first = removed[0];
      return first && { kind: 'info', text: (t, language) => t('history.deleted', { unit: first.unit.name, date: formatDateTime(first.capturedAt, language) }) };
    });

  const undo = () =>
    run(async () => {
      if (!undoable) return undefined;
      await store.restore(undoable);
      setUndoable(undefined);
      await reload();
      return { kind: 'info', text: (t) => t('history.restored') };
    });

  const table = () => exportTable(selected, t);
  const exported = (count: number): Status['text'] => (t) => t('export.done', { count });
  const name = (ext: string) => `chi-so-${fileDate(new Date())}.${ext}`;

  const exportXlsx = () =>
    run(async () => {
      const { buildXlsx } = await import('../export/xlsx.js');
      saveFile(name('xlsx'), (await buildXlsx(table(), t('export.sheetName'))) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
      return { kind: 'info', text: exported(selected.length) };
    });
  const exportCsv = () =>
    run(async () => {
      saveFile(name('csv'), toCsv(table()), 'text/csv;charset=utf-8');
      return { kind: 'info', text: exported(selected.length) };
    });
  const exportJson = () =>
    run(async () => {
      // The file by column, not indented: 7 days of 164 units were 8,5 MB one object a unit (`npm run bench -- watch`).
      saveFile(name('json'), JSON.stringify(buildExport(selected, new Date().toISOString())), 'application/json');
      return { kind: 'info', text: exported(selected.length) };
    });
  const copyTable = () =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(toTsv(table(), settings.pasteDecimal));
      } catch (e) {
        return { kind: 'error', text: (t) => t('export.copyFailed', { detail: e instanceof Error ? e.message : String(e) }) };
      }
      const rows = table().rows.length;
      return { kind: 'info', text: (t) => t('export.copied', { rows }) };
    });

  /** The days before `pruneDay`, saved to a file the officer keeps: only then can they be deleted. */
  const exportOld = () =>
    run(async () => {
      if (!pruneDay) return undefined;
      const old = days.filter((d) => d < pruneDay);
      const { snapshots } = await store.snapshots(old);
      saveFile(`chi-so-truoc-${pruneDay}.json`, JSON.stringify(buildExport(snapshots, new Date().toISOString())), 'application/json');
      setExportedBefore(pruneDay);
      return { kind: 'info', text: (t) => t('prune.exported', { count: snapshots.length, days: old.length }) };
    });
  const deleteOld = () =>
    run(async () => {
      if (!pruneDay || exportedBefore !== pruneDay) return undefined;
      const count = await store.pruneBefore(pruneDay);
      setExportedBefore(undefined);
      await reload();
      return { kind: 'info', text: (t) => t('prune.deleted', { count, day: pruneDay }) };
    });

  const importBackup = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      input.value = '';
      const read = readBackup(await file.text());
      if (!read.ok) return { kind: 'error', text: (t) => t('backup.refused', { file: file.name, reason: backupProblem(read.problem, t) }) };
      const outcome = await store.save(read.backup.snapshots);
      await reload();
      return { kind: 'info', text: (t) => t('backup.imported', { saved: outcome.saved.length, duplicates: outcome.duplicates.length }) };
    });
  };

  const pick = (key: keyof HistoryFilter) => (e: ChangeEvent<HTMLSelectElement>) => {
    setFilter({ ...filter, [key]: e.target.value || undefined });
    setShown(PAGE_SIZE);
  };

  const olderDays = Math.max(0, days.length - loadedDays);
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

      <section className="filters" aria-label={t('history.filters')}>
        <label>
          {t('filter.unit')}
          <select name="unit" value={filter.unit ?? ''} onChange={pick('unit')}>
            <option value="">{t('filter.all')}</option>
            {choices.units.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.indicator')}
          <select name="indicator" value={filter.indicator ?? ''} onChange={pick('indicator')}>
            <option value="">{t('filter.all')}</option>
            {choices.indicators.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.period')}
          <select name="period" value={filter.period ?? ''} onChange={pick('period')}>
            <option value="">{t('filter.all')}</option>
            {choices.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {seriesPeriodName(p, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.pageType')}
          <select name="pageType" value={filter.pageType ?? ''} onChange={pick('pageType')}>
            <option value="">{t('filter.all')}</option>
            {choices.pageTypes.map((p) => (
              <option key={p} value={p}>
                {pageTypeName(p, t)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section className="actions">
        <button type="button" onClick={exportXlsx} disabled={selected.length === 0}>
          {t('export.xlsx')}
        </button>
        <button type="button" onClick={exportCsv} disabled={selected.length === 0}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={exportJson} disabled={selected.length === 0}>
          {t('export.json')}
        </button>
        <button type="button" onClick={copyTable} disabled={selected.length === 0}>
          {t('export.copy')}
        </button>
        <label className="button">
          {t('backup.import')}
          <input type="file" accept=".json,application/json" onChange={importBackup} hidden />
        </label>
      </section>

      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
          {status.text(t, language)}{' '}
          {undoable && status.kind === 'info' && (
            <button type="button" onClick={undo}>
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
        <UnitTable key={h.key} history={h} onRemove={remove} />
      ))}
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('history.more', { count: visible.length - shown })}
        </button>
      )}
      {olderDays > 0 && (
        <p>
          <button type="button" onClick={() => setLoadedDays(loadedDays + PAGE_DAYS)}>
            {t('history.olderDays', { count: Math.min(PAGE_DAYS, olderDays), left: olderDays })}
          </button>
        </p>
      )}

      {days.length > 0 && pruneDay && (
        <section className="prune" aria-label={t('prune.title')}>
          <h2>{t('prune.title')}</h2>
          <p className="muted">{t('prune.hint')}</p>
          <div className="actions">
            <label>
              {t('prune.before')}{' '}
              <input type="date" name="prune-before" value={pruneDay} onChange={(e) => setPruneDay(e.target.value || pruneDay)} />
            </label>
            <button type="button" onClick={exportOld} disabled={!days.some((d) => d < pruneDay)}>
              {t('prune.export', { count: days.filter((d) => d < pruneDay).length })}
            </button>
            <button type="button" onClick={deleteOld} disabled={exportedBefore !== pruneDay}>
              {t('prune.delete')}
            </button>
          </div>
        </section>
      )}
      </>
      )}
    </main>
  );
}

/* Made for: the history page: stored captures as one table per unit and kind of period, a fortnight at a time, with filters, delete and undo, exports, backup import and the officer's own clean-up of old days. */
