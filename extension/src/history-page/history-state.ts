// The history page's state: the days stored and those read (a week at a time), the filters, the status line with
// its undo, and the old days the officer exports then deletes. What is derived from the days and the captures (the
// clean-up's day and counts, the tables a filter leaves) is pure and tested in Node; the hook runs the store's steps.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { addDays, dataDay, shortDate } from '../../../core/watch/data-day.js';
import { backupProblem, exportFile, readBackup } from '../export/backup.js';
import { toCsv, toTsv } from '../export/delimited.js';
import { exportTable } from '../export/table.js';
import { buildUnitHistories, filterChoices, filterHistories, snapshotsOf, tablesKept, type HistoryFilter } from '../history/unit-history.js';
import type { Language, Translate } from '../i18n.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore, StoredSnapshot } from '../storage/store.js';
import { fileDate, saveFile } from '../ui/files.js';
import { formatDateTime, formatNumber } from '../ui/format.js';
import { failureText } from '../ui/problems.js';

/** Tables shown at first (a unit and kind of period each); more on request. */
export const PAGE_SIZE = 20;
/** Data days read at first, and each time older ones are asked for. */
export const PAGE_DAYS = 7;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Worded when shown, so a message stays in the language the officer switches to. */
export type Status = { kind: 'info' | 'error'; text: (t: Translate, language: Language) => string };

export type Tab = 'digest' | 'history';
const tabInAddress = (): Tab => (location.hash === '#ban-tin' ? 'digest' : 'history');

/** The tab lives in the address (#ban-tin, #lich-su): a reload stays on it, and the back button returns to the other. */
export function useTab(): [Tab, (tab: Tab) => void] {
  const [tab, setTab] = useState(tabInAddress);
  useEffect(() => {
    const follow = () => setTab(tabInAddress());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return [tab, (next) => void (location.hash = next === 'digest' ? 'ban-tin' : 'lich-su')];
}

/** The clean-up's day offered first: a year before the last data day stored (none when nothing is stored). */
export const firstPruneDay = (days: readonly string[]): string | undefined => (days.length > 0 ? addDays(days.at(-1)!, -365) : undefined);

/** The stored data days before `day`: what the clean-up exports, then deletes. */
export const daysBefore = (days: readonly string[], day: string): string[] => days.filter((d) => d < day);

/** The stored data days not read yet (the older ones, asked for a week at a time). */
export const daysNotRead = (days: readonly string[], read: number): number => Math.max(0, days.length - read);

/** Rows one Excel sheet holds under its header: a table longer than this is refused, never cut. */
export const SHEET_ROWS = 1_048_575;

/**
 * How far a running export has read the stored days (`total` 0: the days shown, nothing to read), said while it runs —
 * a year of a 200-unit province takes some 40 s, and an export said nothing that long was taken for a hang and clicked
 * again. `pass` 1 and 2: a filter reads the days twice (exportedDays).
 */
export type ExportProgress = { read: number; total: number; pass?: 1 | 2 };

/**
 * The stored captures an export of stored days takes, a day at a time (`read`: one day's), those of the tables the
 * filters leave: a table is a unit across days, so with a filter set the days are read twice — first for the tables
 * kept (tablesKept), then for their captures — and a year (73.365 snapshots of 200 units) is never held at once.
 * `progress` hears of each day read.
 */
export async function* exportedDays(read: (day: string) => Promise<StoredSnapshot[]>, days: readonly string[], filter: HistoryFilter, progress?: (p: ExportProgress) => void): AsyncGenerator<StoredSnapshot[]> {
  const filtered = Object.values(filter).some(Boolean);
  const tables = tablesKept(filter);
  const total = days.length;
  const readOn = async (day: string, i: number, pass: 1 | 2) => {
    const snapshots = await read(day);
    progress?.({ read: i + 1, total, ...(filtered && { pass }) });
    return snapshots;
  };
  if (filtered) for (const [i, day] of days.entries()) tables.add(await readOn(day, i, 1));
  for (const [i, day] of days.entries()) {
    const snapshots = await readOn(day, i, 2);
    yield filtered ? snapshots.filter((s) => tables.keeps(s)) : snapshots;
  }
}

/**
 * A running export's progress, heard by its own line alone: the 365 days of a year redraw that line, never the page's
 * tables (redrawn a day at a time, the extension's process grew 718 → 1.566 MB over the export instead of ~150 MB).
 */
export class ProgressLine {
  private current: ExportProgress | undefined;
  private readonly listeners = new Set<() => void>();
  readonly set = (p: ExportProgress | undefined): void => {
    this.current = p;
    for (const l of this.listeners) l();
  };
  readonly get = (): ExportProgress | undefined => this.current;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

/** The progress a line shows, redrawn as it changes (undefined: no export runs). */
export const useProgress = (line: ProgressLine): ExportProgress | undefined => useSyncExternalStore(line.subscribe, line.get);

/** A running export's line: the days read of those stored (each pass of a filter said), or only that it runs. */
export function progressText(p: ExportProgress): Status['text'] {
  return (t, language) => {
    const read = { read: formatNumber(p.read, language), total: formatNumber(p.total, language) };
    if (p.total === 0) return t('export.working');
    if (p.pass === 1) return t('export.progressFind', read);
    return t(p.pass === 2 ? 'export.progressTake' : 'export.progress', read);
  };
}

/** What an export holds, counted as its parts pass: its records and their data days. */
export type Held = { count: number; days: Set<string> };

/** An export's captures in parts: the tables shown as one, or a stored day each (exportedDays). */
export type Parts = AsyncIterable<readonly StoredSnapshot[]> | Iterable<readonly StoredSnapshot[]>;

/** The parts, counted into `held` as they pass. */
export async function* counted(parts: Parts, held: Held): AsyncGenerator<readonly StoredSnapshot[]> {
  for await (const part of parts) {
    held.count += part.length;
    for (const s of part) held.days.add(dataDay(s.capturedAt) ?? s.capturedAt.slice(0, 10));
    yield part;
  }
}

/**
 * What an export says it holds: its records, its data days with the first and last; with only the days read, how many
 * older stored days it left out (a year kept, a week shown: the file is the week, said so).
 */
export function exportedText(held: Held, leftOut: number): Status['text'] {
  const days = [...held.days].sort();
  return (t, language) =>
    [
      t('export.done', { count: formatNumber(held.count, language), days: days.length, first: days[0] ? shortDate(days[0]) : '', last: days.at(-1) ? shortDate(days.at(-1)!) : '' }),
      ...(leftOut > 0 ? [t('export.leftOut', { left: leftOut })] : []),
    ].join(' ');
}

/** The rows a table of these captures would have (one an indicator of each), counted before it is built. */
export const tableRows = (snapshots: readonly StoredSnapshot[]): number => snapshots.reduce((n, s) => n + s.indicators.length, 0);

export function useHistoryPage(store: IndicatorStore, settings: Settings, t: Translate, shownTab: Tab) {
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
  /** Export every stored day (the filters still applied), not only the days read. */
  const [allDays, setAllDays] = useState(false);
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
      setPruneDay((d) => d ?? firstPruneDay(all));
      setLoaded(true);
    } catch (e) {
      setStatus({ kind: 'error', text: (t) => failureText(e, t) });
    }
  }, [store, t, loadedDays]);
  // «Bản tin» reads its own week: the stored captures are read when their tab is shown.
  useEffect(() => {
    if (shownTab === 'history') void reload();
  }, [reload, shownTab]);

  const histories = useMemo(() => buildUnitHistories(stored, settings.commune), [stored, settings.commune]);
  const choices = useMemo(() => filterChoices(histories), [histories]);
  const visible = useMemo(() => filterHistories(histories, filter), [histories, filter]);
  const selected = useMemo(() => snapshotsOf(visible, stored), [visible, stored]);

  /** `done` runs with the status set, so the line an export's progress held turns to its outcome at once. */
  const run = async (action: () => Promise<Status | undefined>, done?: () => void) => {
    let outcome: Status | undefined;
    try {
      outcome = await action();
    } catch (e) {
      outcome = { kind: 'error', text: (t) => failureText(e, t) };
    }
    done?.();
    setStatus(outcome);
  };

  /** Whether an export runs: while it does, no other starts (a click while one runs does nothing), its progress said. */
  const [running, setRunning] = useState(false);
  const [progress] = useState(() => new ProgressLine());
  // The state is seen by the next render; a second click before it must find the export running too.
  const busy = useRef(false);
  const exporting = (action: () => Promise<Status | undefined>) => {
    if (busy.current) return Promise.resolve();
    busy.current = true;
    progress.set({ read: 0, total: 0 });
    setRunning(true);
    return run(action, () => {
      busy.current = false;
      progress.set(undefined);
      setRunning(false);
    });
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

  const readDay = async (day: string) => (await store.snapshots([day])).snapshots;
  /** The captures an export takes: the tables shown (one part), or the same filters over every stored day, read a day at a time. */
  const toExport = (): Parts => (allDays ? exportedDays(readDay, days, filter, progress.set) : [selected]);
  const leftOut = () => (allDays ? 0 : daysNotRead(days, loadedDays));
  const name = (ext: string) => `chi-so-${fileDate(new Date())}.${ext}`;
  const empty: Status = { kind: 'error', text: (t) => t('export.empty') };
  /**
   * A table for Excel (a file or the clipboard) of what toExport gives: its rows counted day by day, refused and said
   * with them when one sheet cannot hold it (the captures no longer kept once past it); none said, no empty file.
   */
  const asTable = (write: (table: ReturnType<typeof exportTable>, held: Held) => Promise<Status>) =>
    exporting(async () => {
      const held: Held = { count: 0, days: new Set() };
      const snapshots: StoredSnapshot[] = [];
      let rows = 0;
      for await (const part of counted(toExport(), held)) {
        rows += tableRows(part);
        if (rows <= SHEET_ROWS) snapshots.push(...part);
        else snapshots.length = 0;
      }
      if (held.count === 0) return empty;
      if (rows > SHEET_ROWS) return { kind: 'error', text: (t, language) => t('export.tooManyRows', { rows: formatNumber(rows, language), max: formatNumber(SHEET_ROWS, language) }) };
      return write(exportTable(snapshots, t), held);
    });

  const exportXlsx = () =>
    asTable(async (table, held) => {
      const { buildXlsx } = await import('../export/xlsx.js');
      saveFile(name('xlsx'), (await buildXlsx(table, t('export.sheetName'))) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
      return { kind: 'info', text: exportedText(held, leftOut()) };
    });
  const exportCsv = () =>
    asTable(async (table, held) => {
      saveFile(name('csv'), toCsv(table, settings.pasteDecimal), 'text/csv;charset=utf-8');
      return { kind: 'info', text: exportedText(held, leftOut()) };
    });
  const exportJson = () =>
    exporting(async () => {
      const held: Held = { count: 0, days: new Set() };
      // The file by column, not indented (7 days of 164 units were 8,5 MB one object a unit), a day at a time (exportFile).
      const file = await exportFile(counted(toExport(), held), new Date().toISOString());
      if (held.count === 0) return empty;
      saveFile(name('json'), file, 'application/json');
      return { kind: 'info', text: exportedText(held, leftOut()) };
    });
  const copyTable = () =>
    asTable(async (table) => {
      try {
        await navigator.clipboard.writeText(toTsv(table, settings.pasteDecimal));
      } catch (e) {
        return { kind: 'error', text: (t) => t('export.copyFailed', { detail: e instanceof Error ? e.message : String(e) }) };
      }
      const rows = table.rows.length;
      return { kind: 'info', text: (t) => t('export.copied', { rows }) };
    });

  /** The days before `pruneDay`, saved to a file the officer keeps: only then can they be deleted. */
  const exportOld = () =>
    exporting(async () => {
      if (!pruneDay) return undefined;
      const old = daysBefore(days, pruneDay);
      const held: Held = { count: 0, days: new Set() };
      saveFile(`chi-so-truoc-${pruneDay}.json`, await exportFile(counted(exportedDays(readDay, old, {}, progress.set), held), new Date().toISOString()), 'application/json');
      setExportedBefore(pruneDay);
      return { kind: 'info', text: (t) => t('prune.exported', { count: held.count, days: old.length }) };
    });
  const deleteOld = () =>
    run(async () => {
      if (!pruneDay || exportedBefore !== pruneDay) return undefined;
      const count = await store.pruneBefore(pruneDay);
      setExportedBefore(undefined);
      await reload();
      return { kind: 'info', text: (t) => t('prune.deleted', { count, day: shortDate(pruneDay) }) };
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
      // The file's word on its totals that its figures do not give, said as the file comes in (the core's words).
      return { kind: 'info', text: (t) => [t('backup.imported', { saved: outcome.saved.length, duplicates: outcome.duplicates.length }), ...read.doubts].join(' ') };
    });
  };

  /** A filter changed: the tables shown start again from the first page. */
  const pick = (key: keyof HistoryFilter) => (e: ChangeEvent<HTMLSelectElement>) => {
    setFilter({ ...filter, [key]: e.target.value || undefined });
    setShown(PAGE_SIZE);
  };

  return {
    days, loadedDays, stored, unreadable, usage, filter, shown, status, running, progress, undoable, pruneDay, exportedBefore, loaded, histories, choices, visible, selected, allDays, setAllDays,
    remove, undo, exportXlsx, exportCsv, exportJson, copyTable, exportOld, deleteOld, importBackup, pick, setPruneDay,
    showMore: () => setShown(shown + PAGE_SIZE),
    readOlder: () => setLoadedDays(loadedDays + PAGE_DAYS),
  };
}

export type HistoryPageState = ReturnType<typeof useHistoryPage>;

/* Made for: the history page's state and steps held apart from its views, so what the clean-up offers and which days are read are tested without a browser. */
