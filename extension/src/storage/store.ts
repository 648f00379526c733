// Kho chỉ số (the indicator store): the extension's stores over one storage area (chrome.storage.local) — the
// captures by data day (day-store.ts), settings and the reminder's state, per-site table mappings, the cluster list
// (officer-stores.ts). Each reads what it is asked for and validates it; what fails validation is never dropped.
import type { StorageArea } from './area.js';
import { createDayStore } from './day-store.js';
import { guardedArea } from './guarded-area.js';
import { createClusterStore, createMappingStore, createSettingsStore } from './officer-stores.js';

export { StoredSnapshot, type DaysRead, type SaveOutcome } from './day-store.js';
export { StoredClusters } from './officer-stores.js';
export { STORAGE_KEYS } from './guarded-area.js';

export type IndicatorStore = ReturnType<typeof createStore>;

export function createStore(area: StorageArea) {
  const guarded = guardedArea(area);
  return { ...createDayStore(guarded), ...createSettingsStore(guarded), ...createMappingStore(guarded), ...createClusterStore(guarded) };
}

/* Made for: one object the extension's pages and worker open the storage with, each of its stores kept in its own file. */
