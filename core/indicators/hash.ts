// Dấu vân tay nội dung (content hash) of what a capture read, so the same figures captured twice are seen as one.

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a, 64-bit, over the text's UTF-8 bytes; 16 hex digits. Small and pure — not for security. */
export function contentHash(text: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV_PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}
