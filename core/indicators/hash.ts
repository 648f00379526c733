// Dấu vân tay nội dung (content hash) of what a capture read, so the same figures captured twice are seen as one.
// FNV-1a, 64-bit, over the text's UTF-8 bytes, in four 16-bit limbs: plain number arithmetic (no BigInt, no
// encoder), and a state that can be carried on, so text shared by many units (period, headers) is hashed once.

/** The FNV-1a state: four 16-bit limbs, low first. */
export type HashState = readonly [number, number, number, number];

/** 0xcbf29ce484222325, the 64-bit offset basis. */
const OFFSET: HashState = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

/** The state after `text`, continued from `from` (default: the start). */
export function hashState(text: string, from: HashState = OFFSET): HashState {
  let [v0, v1, v2, v3] = from;
  const bytes = UTF8;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let n = 1;
    if (c < 0x80) bytes[0] = c;
    else if (c < 0x800) {
      bytes[0] = 0xc0 | (c >> 6);
      bytes[1] = 0x80 | (c & 0x3f);
      n = 2;
    } else {
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        bytes[0] = 0xf0 | (c >> 18);
        bytes[1] = 0x80 | ((c >> 12) & 0x3f);
        n = 4;
      } else {
        // A lone surrogate is written as U+FFFD, as TextEncoder does.
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        bytes[0] = 0xe0 | (c >> 12);
        n = 3;
      }
      bytes[n - 2] = 0x80 | ((c >> 6) & 0x3f);
      bytes[n - 1] = 0x80 | (c & 0x3f);
    }
    for (let k = 0; k < n; k++) {
      v0 ^= bytes[k]!;
      // × the FNV prime 2^40 + 0x1b3, modulo 2^64.
      const t0 = v0 * 0x1b3;
      const t1 = v1 * 0x1b3 + (t0 >>> 16);
      const t2 = v2 * 0x1b3 + (v0 << 8) + (t1 >>> 16);
      v3 = (v3 * 0x1b3 + (v1 << 8) + (t2 >>> 16)) & 0xffff;
      v0 = t0 & 0xffff;
      v1 = t1 & 0xffff;
      v2 = t2 & 0xffff;
    }
  }
  return [v0, v1, v2, v3];
}

/** One character's UTF-8 bytes. */
const UTF8 = new Uint8Array(4);

/** 16 hex digits of a state. */
function hashHex(state: HashState): string {
  return state
    .map((v) => v.toString(16).padStart(4, '0'))
    .reverse()
    .join('');
}

/** FNV-1a 64 of `text` (continued from `from`); 16 hex digits. Small and pure — not for security. */
export function contentHash(text: string, from?: HashState): string {
  return hashHex(hashState(text, from));
}
