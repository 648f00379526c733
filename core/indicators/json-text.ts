// Tệp JSON đọc an toàn (a JSON text read within bounds): the 766 responses nest a few levels (envelope → data →
// evaluation[] → metrics[] → metric), a HAR a few more. A text nested deeper than MAX_DEPTH is refused before it
// is parsed — in Vietnamese, naming the file — instead of overflowing the stack of whatever walks it later; so is one
// holding more objects and arrays than memory should be given to.
import { formatNumberVi } from '../values.js';

/** Far above any response or HAR of the 766 page (about 8 levels), far below what overflows a stack. */
export const MAX_DEPTH = 64;

/**
 * Objects and arrays of one JSON text. JSON.parse builds each (an empty one about 90 bytes: a 48 MB file of «{},»
 * took 1.5 GB); a year of a 200-unit province exported by the extension holds about 3 million, 4 million of empty
 * objects about 350 MB.
 */
export const MAX_CONTAINERS = 4_000_000;

/**
 * The deepest nesting of arrays and objects in `text` and how many there are (strings skipped), stopping once past
 * `limit` deep or MAX_CONTAINERS many. Linear, and nothing is built.
 */
export function jsonShape(text: string, limit = MAX_DEPTH): { depth: number; containers: number } {
  let depth = 0;
  let deepest = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++containers > MAX_CONTAINERS) break;
      if (++depth > deepest && (deepest = depth) > limit) break;
    } else if (c === 93 || c === 125) depth--;
  }
  return { depth: deepest, containers };
}

/** The deepest nesting of arrays and objects in `text`, stopping once past `limit`. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  return jsonShape(text, limit).depth;
}

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses `text` of the file `name` within MAX_DEPTH and MAX_CONTAINERS; a refusal says why in Vietnamese, naming the file. */
export function parseJsonText(text: string, name: string): JsonText {
  const shape = jsonShape(text);
  if (shape.depth > MAX_DEPTH) return { ok: false, message: `${name}: dữ liệu JSON lồng nhau quá ${MAX_DEPTH} tầng — không phải phản hồi của trang 766, không đọc.` };
  if (shape.containers > MAX_CONTAINERS) {
    return { ok: false, message: `${name}: dữ liệu JSON có hơn ${formatNumberVi(MAX_CONTAINERS)} đối tượng và mảng (một năm số liệu của một tỉnh có khoảng 3 triệu) — quá lớn, không đọc để máy không bị treo.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const where = /position (\d+)/.exec((e as Error).message)?.[1];
    return { ok: false, message: `${name} không phải JSON đọc được${where ? ` (lỗi ở ký tự thứ ${formatNumberVi(Number(where) + 1)})` : ''}.` };
  }
}

/*
Made for: issue 25 item 5 — a JSON nested 200,000 deep gave «unexpected error: Maximum call stack size exceeded»
without the file's name (`thidua capture`, and the extension's copies of the page's responses); issue 48 item 4 — a
48 MB JSON of empty objects took 1,561 MB in `watch` and 1,530 MB in `score --indicators`.
*/
