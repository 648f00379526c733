// JSON in pieces (JSON từng mảnh): a large value's JSON handed on piece by piece, never held whole — the run's record
// sealed (keys sorted, core/run/seal.ts) and written into a workbook's store (keys as given, core/workbook/store-layout.ts).
// A province's record is ~11 million characters, two bytes each once one Vietnamese letter is in it.

/** JSON.stringify's replacer that hands on each object with its keys in order. */
function sortedKeys(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  // No prototype: a key «__proto__» (JSON.parse makes one own) stays a key, not the object's prototype set.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
  return sorted;
}

/** What `canonical` gives for a value that is not plain JSON data (a date, a toJSON, an object of a class). */
const NOT_PLAIN = Symbol('not plain');

/**
 * `v` with every object's keys in sortedKeys' order, for JSON.stringify to write without a replacer (called for every
 * value, the replacer took most of a seal's time): `v` itself where its keys already are in that order all the way
 * down, else a copy of the objects that are not; NOT_PLAIN when it holds anything but plain objects, arrays and values
 * JSON writes as they are, which sortedKeys then writes.
 */
function canonical(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return NOT_PLAIN;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const c = canonical(item);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      if (out === undefined && c !== item) out = v.slice(0, i);
      out?.push(c);
    }
    return out ?? v;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const record = v as Record<string, unknown>;
  const keys = Object.keys(record);
  // Keys in sorted order as listed are written in that order (an index key listed out of it fails the test: copied).
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
  const order = sorted ? keys : keys.sort();
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const item = record[k];
    const c = canonical(item);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    if (out === undefined && (c !== item || !sorted)) {
      // As sortedKeys: no prototype, so a key «__proto__» stays a key.
      out = Object.create(null) as Record<string, unknown>;
      for (let j = 0; j < i; j++) out[order[j]!] = record[order[j]!];
    }
    if (out !== undefined) out[k] = c;
  }
  return out ?? v;
}

/** JSON.stringify(v, sortedKeys), without the replacer where `v` is plain data. */
function sortedJson(v: unknown): string | undefined {
  const c = canonical(v);
  return c === NOT_PLAIN ? JSON.stringify(v, sortedKeys) : JSON.stringify(c);
}

/**
 * Levels written piece by piece before JSON.stringify writes what is below whole: a record's fields, its units and
 * copies one by one. Below them a piece is one unit's field, a few kilobytes.
 */
const PIECED_LEVELS = 4;

/** An own key an object lists first whatever order it was given in (an array index), as JSON.stringify writes it. */
const isIndex = (k: string) => /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 2 ** 32 - 1;

/** Indices first in their order, then the other keys sorted: the order of the object sortedKeys hands on. */
function keyOrder(keys: string[]): string[] {
  const sorted = keys.sort();
  const indices = sorted.filter(isIndex);
  return indices.length === 0 ? sorted : [...indices.sort((a, b) => Number(a) - Number(b)), ...sorted.filter((k) => !isIndex(k))];
}

/** A value as JSON.stringify takes it: an object's toJSON applied (a date's text). */
function asJson(v: unknown, key: string | number): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON: (k: string) => unknown }).toJSON(String(key)) : v;
}

/** What JSON writes as nothing in an object (and as null in an array). */
const leftOut = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Characters gathered before a piece is handed on: a few kilobytes, so that a record of millions of characters goes as
 * a few thousand pieces, not one for every key and comma (each passed up through every level's generator).
 */
const PIECE = 8192;

/** The text gathered and not yet handed on. */
type Gathered = { text: string };

/** Whether `v` (as JSON takes it) is written whole at `level`: past the pieced levels, or not an object. */
const writtenWhole = (v: unknown, level: number) => level >= PIECED_LEVELS || v === null || typeof v !== 'object';

/** The JSON of a value written whole (JSON.stringify's, or with `sorted` JSON.stringify(v, sortedKeys)'s). */
const whole = (v: unknown, sorted: boolean) => (sorted ? sortedJson(v) : JSON.stringify(v))!;

/**
 * The JSON of the object `v` (taken as JSON takes it: asJson, and not leftOut) at `level`, gathered into `out` and handed
 * on in pieces of about PIECE characters; they join to JSON.stringify(v), or with `sorted` to JSON.stringify(v, sortedKeys).
 */
function* writePieces(v: object, level: number, sorted: boolean, out: Gathered): Generator<string> {
  const array = Array.isArray(v);
  // Object.keys gives JSON.stringify's own order (indices first, then as the keys were added).
  const keys = array ? undefined : sorted ? keyOrder(Object.keys(v)) : Object.keys(v);
  const count = keys ? keys.length : (v as unknown[]).length;
  out.text += array ? '[' : '{';
  let first = true;
  for (let i = 0; i < count; i++) {
    const key = keys ? keys[i]! : i;
    let json = asJson((v as Record<string | number, unknown>)[key], key);
    if (leftOut(json)) {
      if (keys) continue;
      json = null;
    }
    if (!first) out.text += ',';
    if (keys) out.text += `${JSON.stringify(key)}:`;
    first = false;
    if (writtenWhole(json, level + 1)) out.text += whole(json, sorted);
    else yield* writePieces(json as object, level + 1, sorted, out);
    if (out.text.length >= PIECE) {
      yield out.text;
      out.text = '';
    }
  }
  out.text += array ? ']' : '}';
}

/** The JSON of `value` in pieces (keys sorted at every level with `sorted`); none when JSON leaves it out. */
export function* jsonPieces(value: unknown, sorted = false): Generator<string> {
  const json = asJson(value, '');
  if (leftOut(json)) return;
  if (writtenWhole(json, 0)) {
    yield whole(json, sorted);
    return;
  }
  const out: Gathered = { text: '' };
  yield* writePieces(json as object, 0, sorted, out);
  if (out.text !== '') yield out.text;
}

// Made for issue 59 item 2: the run's record sealed and stored without its whole JSON held as one text.
