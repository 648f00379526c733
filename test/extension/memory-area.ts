// An in-memory chrome.storage.local for the store's tests: values go through JSON as Chrome stores them, their size
// counted as Chrome counts it, and a quota or a broken area can be simulated.
import type { StorageArea } from '../../extension/src/storage/area.js';

/** A lone surrogate as JSON.stringify escapes it (`\udc00`, the backslash not itself escaped): Chromium writes U+FFFD. */
const LONE_SURROGATE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/g;

/**
 * What Chrome counts a stored item as (chrome.storage.local.getBytesInUse, and its quota): the key and the value's JSON
 * as Chromium writes it, in UTF-8 bytes. `json` is JSON.stringify's, which Chromium's writer differs from only in
 * escaping «<» (\u003C) and the line and paragraph separators (\u2028, \u2029), and in writing a lone surrogate as U+FFFD.
 */
export function chromeBytes(key: string, json: string): number {
  const count = (re: RegExp) => json.match(re)?.length ?? 0;
  return Buffer.byteLength(key) + Buffer.byteLength(json) + 5 * count(/</g) + 3 * count(/[\u2028\u2029]/g) - 3 * count(LONE_SURROGATE);
}

export function memoryArea(opts: { quotaBytes?: number; failWith?: string } = {}) {
  const data = new Map<string, string>();
  const bytesOf = (items: Iterable<[string, string]>) => [...items].reduce((n, [k, v]) => n + chromeBytes(k, v), 0);
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
      // Chrome refuses the whole write, with this message, and leaves the area as it was.
      if (opts.quotaBytes !== undefined && bytesOf(next) > opts.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      for (const [k, v] of next) data.set(k, v);
    },
    async remove(keys) {
      if (opts.failWith) throw new Error(opts.failWith);
      for (const k of keys) data.delete(k);
    },
    async bytesInUse(keys) {
      if (opts.failWith) throw new Error(opts.failWith);
      return bytesOf(keys.flatMap((k) => (data.has(k) ? [[k, data.get(k)!] as [string, string]] : [])));
    },
  };
  return area;
}
