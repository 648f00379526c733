// An in-memory chrome.storage.local for the store's tests: values go through JSON as Chrome stores them,
// and a quota or a broken area can be simulated.
import type { StorageArea } from '../../extension/src/storage/area.js';

export function memoryArea(opts: { quotaBytes?: number; failWith?: string } = {}) {
  const data = new Map<string, string>();
  const area: StorageArea & { raw: Map<string, string> } = {
    raw: data,
    async get(keys) {
      if (opts.failWith) throw new Error(opts.failWith);
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, JSON.parse(data.get(k)!)]));
    },
    async set(items) {
      if (opts.failWith) throw new Error(opts.failWith);
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
      const bytes = [...next].reduce((n, [k, v]) => n + k.length + v.length, 0);
      // Chrome refuses the whole write, with this message, and leaves the area as it was.
      if (opts.quotaBytes !== undefined && bytes > opts.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      for (const [k, v] of next) data.set(k, v);
    },
    async remove(keys) {
      if (opts.failWith) throw new Error(opts.failWith);
      for (const k of keys) data.delete(k);
    },
  };
  return area;
}
