// `expect(actual).toEqual(expected)` with its verdict unchanged, for values too large for `toEqual` to walk cheaply:
// the XML events of every part of the project's workbooks (465,000: 3.6 s by `toEqual`, 0.08 s by `same`), a
// package's parts byte by byte (`toEqual` walks a Uint8Array through its iterator and then its entries, even an array
// given twice). `same` says only what it can prove equal; a difference, or a value it does not walk, goes to
// `toEqual`, which decides and shows the difference.
import { expect } from 'vitest';

/** Arrays, object literals, Maps and Uint8Arrays: what `same` walks (a Date, a class instance… it leaves to `toEqual`). */
const walked = (v: unknown): v is object => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return Array.isArray(v) || proto === Object.prototype || proto === Map.prototype || proto === Uint8Array.prototype;
};

/** Whether `a` and `b` are the same, element by element (Object.is): when true, `toEqual` holds them equal too. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!walked(a) || !walked(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Uint8Array) return Buffer.compare(a, b as Uint8Array) === 0;
  if (Array.isArray(a)) {
    // An index loop, not `every`, which skips a sparse array's holes ([, 1] would be the same as [2, 1]).
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], other[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    const m = b as Map<unknown, unknown>;
    return a.size === m.size && [...a].every(([k, v]) => m.has(k) && same(v, m.get(k)));
  }
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return keys.length === Object.keys(other).length && keys.every((k) => Object.hasOwn(other, k) && same((a as Record<string, unknown>)[k], other[k]));
}

/** `expect(actual, message).toEqual(expected)`, fast when they are the same. */
export function expectEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!same(actual, expected)) expect(actual, message).toEqual(expected);
}

// Made for issue 59 item 4 (the test command under ten minutes): the package's tests that hold large values equal.
