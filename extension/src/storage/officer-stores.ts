// What the officer sets rather than captures, each a small store over one key: the settings and the reminder's
// state, the generic-table mapping saved per site, the cluster list. Each value is validated as it is read; one
// that does not read gives the defaults (settings, reminder) or nothing (a mapping, the list), never a crash.
import { z } from 'zod';
import { GenericMapping } from '../../../core/indicators/index.js';
import { ClusterList } from '../../../core/watch/clusters.js';
import { STORAGE_KEYS, type GuardedArea } from './guarded-area.js';
import { ReminderState, Settings } from './settings.js';

export function createSettingsStore({ one, write }: GuardedArea) {
  return {
    async settings(): Promise<Settings> {
      const parsed = Settings.safeParse((await one(STORAGE_KEYS.settings)) ?? {});
      return parsed.success ? parsed.data : Settings.parse({});
    },
    saveSettings: (settings: Settings) => write({ [STORAGE_KEYS.settings]: Settings.parse(settings) }),

    async reminderState(): Promise<ReminderState> {
      const parsed = ReminderState.safeParse((await one(STORAGE_KEYS.reminder)) ?? {});
      return parsed.success ? parsed.data : ReminderState.parse({});
    },
    saveReminderState: (state: ReminderState) => write({ [STORAGE_KEYS.reminder]: ReminderState.parse(state) }),
  };
}

export function createMappingStore({ one, write }: GuardedArea) {
  return {
    /** The generic-table mapping saved for a site (origin), reused on its next capture. */
    async mapping(origin: string): Promise<GenericMapping | undefined> {
      const all = await one(STORAGE_KEYS.mappings);
      const entry = all && typeof all === 'object' ? (all as Record<string, unknown>)[origin] : undefined;
      const parsed = GenericMapping.safeParse(entry);
      return parsed.success ? parsed.data : undefined;
    },
    async saveMapping(origin: string, mapping: GenericMapping): Promise<void> {
      const all = await one(STORAGE_KEYS.mappings);
      const current = all && typeof all === 'object' ? (all as Record<string, unknown>) : {};
      await write({ [STORAGE_KEYS.mappings]: { ...current, [origin]: GenericMapping.parse(mapping) } });
    },
  };
}

/** The cluster list the officer gave, with the file it came from. */
export const StoredClusters = z.object({ file: z.string(), list: ClusterList });
export type StoredClusters = z.infer<typeof StoredClusters>;

export function createClusterStore({ one, write, remove }: GuardedArea) {
  return {
    async clusters(): Promise<StoredClusters | undefined> {
      return StoredClusters.safeParse(await one(STORAGE_KEYS.clusters)).data;
    },
    saveClusters: (clusters: StoredClusters | undefined) => (clusters ? write({ [STORAGE_KEYS.clusters]: StoredClusters.parse(clusters) }) : remove([STORAGE_KEYS.clusters])),
  };
}

/* Made for: the officer's own settings, table mappings and cluster list kept beside the captures, each read safely. */
