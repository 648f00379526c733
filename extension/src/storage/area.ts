// The one thing the store needs from chrome.storage.local. An in-memory fake stands in for it in tests.

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** What `keys` take as Chrome counts them (chrome.storage.local.getBytesInUse): each key and its value's JSON, in UTF-8. */
  bytesInUse(keys: string[]): Promise<number>;
}

/** Why storage failed: `quota` when the disk (or a quota) is full, `failure` for anything else. */
export class StorageError extends Error {
  constructor(
    readonly kind: 'quota' | 'failure',
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'StorageError';
  }

  static from(error: unknown): StorageError {
    if (error instanceof StorageError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    // Chrome rejects with "Resource::kQuotaBytes quota exceeded" (Chromium 156; older: "QUOTA_BYTES quota exceeded").
    return new StorageError(/quota/i.test(detail) ? 'quota' : 'failure', detail);
  }
}

/**
 * chrome.storage.local behind the StorageArea interface. The promise form rejects where the callback
 * form would set chrome.runtime.lastError, so every failure reaches the caller as a StorageError.
 */
export function chromeLocalArea(): StorageArea {
  const local = chrome.storage.local;
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw StorageError.from(error);
    }
  };
  return {
    get: (keys) => guard(() => local.get(keys)),
    set: (items) => guard(() => local.set(items)),
    remove: (keys) => guard(() => local.remove(keys)),
    bytesInUse: (keys) => guard(() => local.getBytesInUse(keys)),
  };
}

/* Made for: the store over chrome.storage.local without depending on it: the one interface it needs, an in-memory fake in the tests, and storage failures (quota, other) as a kind. */
