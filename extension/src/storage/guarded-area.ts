// The storage area as every store of the extension uses it: each read and write through one place, so any
// failure of chrome.storage.local reaches the page as a StorageError (quota or other), never as Chrome's own words.
import { StorageError, type StorageArea } from './area.js';

export type GuardedArea = {
  read(keys: string[]): Promise<Record<string, unknown>>;
  /** One key's value (undefined when absent). */
  one(key: string): Promise<unknown>;
  write(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  bytesInUse(keys: string[]): Promise<number>;
};

export function guardedArea(area: StorageArea): GuardedArea {
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw StorageError.from(error);
    }
  };
  const read = (keys: string[]) => guard(() => area.get(keys));
  return {
    read,
    one: async (key) => (await read([key]))[key],
    write: (items) => guard(() => area.set(items)),
    remove: (keys) => guard(() => area.remove(keys)),
    bytesInUse: (keys) => guard(() => area.bytesInUse(keys)),
  };
}

/** The keys of chrome.storage.local the extension uses, one store each (the days take one key per day). */
export const STORAGE_KEYS = {
  settings: 'settings',
  mappings: 'mappings',
  reminder: 'reminder',
  days: 'watch-days',
  clusters: 'clusters',
  unreadable: 'unreadable',
  /** Where versions before the watch kept every snapshot in one list. */
  legacy: 'snapshots',
} as const;

/* Made for: the extension's stores sharing one storage area, with its keys named once and its failures said as a kind. */
