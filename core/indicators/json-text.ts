// Tệp JSON đọc an toàn (a JSON text read within bounds): the 766 responses nest a few levels (envelope → data →
// evaluation[] → metrics[] → metric), a HAR a few more. A text nested deeper than MAX_DEPTH is refused before it
// is parsed — in Vietnamese, naming the file — instead of overflowing the stack of whatever walks it later.

/** Far above any response or HAR of the 766 page (about 8 levels), far below what overflows a stack. */
export const MAX_DEPTH = 64;

/** The deepest nesting of arrays and objects in `text` (strings skipped), stopping once past `limit`. Linear. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses `text` of the file `name`; a refusal says why in Vietnamese, naming the file. */
export function parseJsonText(text: string, name: string): JsonText {
  if (jsonDepth(text) > MAX_DEPTH) return { ok: false, message: `${name}: dữ liệu JSON lồng nhau quá ${MAX_DEPTH} tầng — không phải phản hồi của trang 766, không đọc.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const where = /position (\d+)/.exec((e as Error).message)?.[1];
    return { ok: false, message: `${name} không phải JSON đọc được${where ? ` (lỗi ở ký tự thứ ${Number(where) + 1})` : ''}.` };
  }
}

/*
Made for: issue 25 item 5 — a JSON nested 200,000 deep gave «unexpected error: Maximum call stack size exceeded»
without the file's name (`thidua capture`, and the extension's copies of the page's responses).
*/
