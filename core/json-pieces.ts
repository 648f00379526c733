// JSON in pieces (JSON từng mảnh): a large value's JSON handed on piece by piece, never held whole — the run's record
// sealed (keys sorted, core/run/seal.ts) and written into a workbook's store (keys as given, core/workbook/store-layout.ts).
// A province's record is ~11 million characters, two bytes each once one Vietnamese letter is in it.

/** JSON.stringify's replacer that hands on each object with its keys in order. */
export function sortedKeys(_key: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  // No prototype: a key «__proto__» (JSON.parse makes one own) stays a key, not the object's prototype set.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
  return sorted;
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
function asJson(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON: (k: string) => unknown }).toJSON(key) : v;
}

/** What JSON writes as nothing in an object (and as null in an array). */
const leftOut = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The JSON of `v` (taken as JSON takes it: asJson, and not leftOut) in pieces that join to JSON.stringify(v), or with
 * `sorted` to JSON.stringify(v, sortedKeys).
 */
function* writePieces(v: unknown, level: number, sorted: boolean): Generator<string> {
  if (level >= PIECED_LEVELS || v === null || typeof v !== 'object') {
    yield sorted ? JSON.stringify(v, sortedKeys) : JSON.stringify(v);
    return;
  }
  if (Array.isArray(v)) {
    yield '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) yield ',';
      const json = asJson(v[i], String(i));
      if (leftOut(json)) yield 'null';
      else yield* writePieces(json, level + 1, sorted);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  // Object.keys gives JSON.stringify's own order (indices first, then as the keys were added).
  for (const k of sorted ? keyOrder(Object.keys(v)) : Object.keys(v)) {
    const json = asJson((v as Record<string, unknown>)[k], k);
    if (leftOut(json)) continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    yield* writePieces(json, level + 1, sorted);
  }
  yield '}';
}

/** The JSON of `value` in pieces (keys sorted at every level with `sorted`); none when JSON leaves it out. */
export function* jsonPieces(value: unknown, sorted = false): Generator<string> {
  const json = asJson(value, '');
  if (!leftOut(json)) yield* writePieces(json, 0, sorted);
}

// Made for issue 59 item 2: the run's record sealed and stored without its whole JSON held as one text.
