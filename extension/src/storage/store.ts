// Kho chỉ số (the indicator store): saved snapshots, settings, per-site table mappings and the
// reminder's state, over any StorageArea. Everything read back is validated; what fails validation is
// counted and kept as it was, never dropped.
import { z } from 'zod';
import { IndicatorSnapshot } from '../../../core/indicators/schema.js';
import { GenericMapping } from '../../../core/indicators/index.js';
import { captureKey } from '../history/identity.js';
import { LOCAL_QUOTA_BYTES, StorageError, type StorageArea } from './area.js';
import { ReminderState, Settings } from './settings.js';

/** A saved snapshot; its id is its capture key, so a duplicate capture cannot be stored twice. */
export const StoredSnapshot = IndicatorSnapshot.extend({ id: z.string().min(1) });
export type StoredSnapshot = z.infer<typeof StoredSnapshot>;

const KEY = { snapshots: 'snapshots', settings: 'settings', mappings: 'mappings', reminder: 'reminder' } as const;

export type SaveOutcome = {
  saved: StoredSnapshot[];
  /** Already stored (same capture key): not stored again. */
  duplicates: IndicatorSnapshot[];
};

export type IndicatorStore = ReturnType<typeof createStore>;

export function createStore(area: StorageArea) {
  const read = async (key: string): Promise<unknown> => {
    try {
      return (await area.get([key]))[key];
    } catch (error) {
      throw StorageError.from(error);
    }
  };
  const write = async (key: string, value: unknown): Promise<void> => {
    try {
      await area.set({ [key]: value });
    } catch (error) {
      throw StorageError.from(error);
    }
  };

  /** Valid snapshots, plus the raw entries that did not validate (kept so a rewrite loses nothing). */
  const readSnapshots = async () => {
    const raw = await read(KEY.snapshots);
    const entries = Array.isArray(raw) ? raw : [];
    const snapshots: StoredSnapshot[] = [];
    const unreadable: unknown[] = [];
    for (const entry of entries) {
      const parsed = StoredSnapshot.safeParse(entry);
      if (parsed.success) snapshots.push(parsed.data);
      else unreadable.push(entry);
    }
    return { snapshots, unreadable };
  };

  /** Stores new captures; those already stored come back as duplicates. Throws StorageError. */
  async function save(incoming: readonly IndicatorSnapshot[]): Promise<SaveOutcome> {
    const { snapshots, unreadable } = await readSnapshots();
    const known = new Set(snapshots.map((s) => s.id));
    const saved: StoredSnapshot[] = [];
    const duplicates: IndicatorSnapshot[] = [];
    for (const snapshot of incoming) {
      const id = captureKey(snapshot);
      if (known.has(id)) duplicates.push(snapshot);
      else {
        known.add(id);
        saved.push({ ...snapshot, id });
      }
    }
    if (saved.length > 0) await write(KEY.snapshots, [...snapshots, ...saved, ...unreadable]);
    return { saved, duplicates };
  }

  return {
    async snapshots(): Promise<{ snapshots: StoredSnapshot[]; unreadable: number }> {
      const { snapshots, unreadable } = await readSnapshots();
      return { snapshots, unreadable: unreadable.length };
    },

    save,

    /** Deletes snapshots by id and returns them, for undo. */
    async remove(ids: readonly string[]): Promise<StoredSnapshot[]> {
      const { snapshots, unreadable } = await readSnapshots();
      const doomed = new Set(ids);
      const removed = snapshots.filter((s) => doomed.has(s.id));
      if (removed.length > 0) await write(KEY.snapshots, [...snapshots.filter((s) => !doomed.has(s.id)), ...unreadable]);
      return removed;
    },

    /** Undo of remove: puts the snapshots back (unless an equal capture was saved meanwhile). */
    async restore(removed: readonly StoredSnapshot[]): Promise<void> {
      await save(removed.map(({ id: _id, ...snapshot }) => snapshot));
    },

    async settings(): Promise<Settings> {
      const parsed = Settings.safeParse((await read(KEY.settings)) ?? {});
      return parsed.success ? parsed.data : Settings.parse({});
    },
    saveSettings: (settings: Settings) => write(KEY.settings, Settings.parse(settings)),

    /** The generic-table mapping saved for a site (origin), reused on its next capture. */
    async mapping(origin: string): Promise<GenericMapping | undefined> {
      const all = await read(KEY.mappings);
      const entry = all && typeof all === 'object' ? (all as Record<string, unknown>)[origin] : undefined;
      const parsed = GenericMapping.safeParse(entry);
      return parsed.success ? parsed.data : undefined;
    },
    async saveMapping(origin: string, mapping: GenericMapping): Promise<void> {
      const all = await read(KEY.mappings);
      const current = all && typeof all === 'object' ? (all as Record<string, unknown>) : {};
      await write(KEY.mappings, { ...current, [origin]: GenericMapping.parse(mapping) });
    },

    async reminderState(): Promise<ReminderState> {
      const parsed = ReminderState.safeParse((await read(KEY.reminder)) ?? {});
      return parsed.success ? parsed.data : ReminderState.parse({});
    },
    saveReminderState: (state: ReminderState) => write(KEY.reminder, ReminderState.parse(state)),

    async usage(): Promise<{ bytes: number; quota: number }> {
      try {
        return { bytes: await area.bytesInUse(), quota: LOCAL_QUOTA_BYTES };
      } catch (error) {
        throw StorageError.from(error);
      }
    },
  };
}

/** Storage keys, for the service worker's change listener. */
export const STORAGE_KEYS = KEY;
