// SHA-256 (FIPS 180-4) of a text, synchronous and the same on every face: what seals a closed round and the run's
// record inside tong-hop.xlsx (closing.ts). The scored files' own digests stay with each face's native hash (Node's
// crypto, Web Crypto): they are megabytes, this is a record of a few kilobytes, and its seal must be computed where
// the record is made and checked, in core, without a round trip to an asynchronous API.

// Int32Array: words read back stay small integers for the engine (a Uint32Array's top half reads as doubles, slowly).
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const UTF8 = new TextEncoder();
/**
 * Code units of a text encoded at a time. The bytes buffer is sized for one chunk, whatever the text's length: sized
 * for the whole text, a province's record (27 million characters, sealed by close and verify) held a buffer of 80 MB
 * for the rest of the process.
 */
export const TEXT_CHUNK = 16_384;
/** The message schedule: reused, one block at a time (allocated anew, it kept the collector busier than the hashing). */
const w = new Int32Array(64);
/**
 * Each byte's two hex digits: a digest written out byte by byte from this table, not by a number's toString and padStart
 * for each word, which cost a scored copy's kept cells (copy-cells.ts: a digest for every long text) seven times the hashing.
 */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const INITIAL = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/**
 * SHA-256 of a text given piece by piece (`add`, then `digest`), as of the pieces joined: a seal over a province's
 * record is taken as its JSON is written, never holding the whole text.
 */
export class TextHash {
  /** A chunk's bytes and the hash so far: reused from one text to the next. */
  private readonly buffer = new Uint8Array(TEXT_CHUNK * 3 + 128);
  private readonly view = new DataView(this.buffer.buffer);
  private readonly state = Int32Array.from(INITIAL);
  /** Bytes encoded and not yet hashed (fewer than a block's 64 between chunks), and all bytes so far. */
  private held = 0;
  private length = 0;
  /** A high surrogate ending the last piece, encoded with the piece after it (alone, it would read as U+FFFD). */
  private carried = '';

  add(piece: string): void {
    const text = this.carried + piece;
    this.carried = '';
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + TEXT_CHUNK);
      // A surrogate pair is encoded whole, never split between two chunks or two pieces.
      const last = text.charCodeAt(to - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        if (to === text.length) this.carried = text[to - 1]!;
        to--;
        if (to === from) break;
      }
      this.encode(text.slice(from, to));
      from = to;
    }
  }

  /** Lower-case hex SHA-256 of every piece added, joined; the hash is then ready for another text. */
  digest(): string {
    if (this.carried !== '') this.encode(this.carried);
    const { buffer, view, held, length } = this;
    // The message, a 1 bit, zeros, and its length in bits as 64 bits: a whole number of 64-byte blocks.
    const end = Math.ceil((held + 9) / 64) * 64;
    buffer.fill(0, held, end);
    buffer[held] = 0x80;
    view.setUint32(end - 8, Math.floor((length * 8) / 2 ** 32));
    view.setUint32(end - 4, (length * 8) >>> 0);
    compress(this.state, view, end);
    let hex = '';
    for (const x of this.state) hex += HEX[x >>> 24]! + HEX[(x >>> 16) & 0xff]! + HEX[(x >>> 8) & 0xff]! + HEX[x & 0xff]!;
    this.state.set(INITIAL);
    this.held = 0;
    this.length = 0;
    this.carried = '';
    return hex;
  }

  /** `text` (at most TEXT_CHUNK code units) encoded after the bytes held, and every whole block hashed. */
  private encode(text: string): void {
    const written = UTF8.encodeInto(text, this.buffer.subarray(this.held)).written;
    this.length += written;
    this.held += written;
    const whole = this.held - (this.held % 64);
    compress(this.state, this.view, whole);
    this.buffer.copyWithin(0, whole, this.held);
    this.held -= whole;
  }
}

/** A SHA-256 of a text given piece by piece, as TextHash takes it: the same digests whoever computes them. */
export type PieceHash = Pick<TextHash, 'add' | 'digest'>;

/**
 * The face's own SHA-256, when its platform hashes synchronously in native code (the command line: Node's crypto,
 * cli/node-hash.ts), handed in as the face starts: the same digests as TextHash (FIPS 180-4 over the same UTF-8
 * bytes), only sooner — a province's record, ~40 MB of UTF-8 sealed twice by `thidua close`, took ~0.6 s here.
 */
let native: { make: () => PieceHash; shared: PieceHash } | undefined;

/** Hands in the face's native SHA-256, a new hash each call (undefined: TextHash again). */
export function useNativeHash(make: (() => PieceHash) | undefined): void {
  native = make && { make, shared: make() };
}

/** A hash of its own for a text given in pieces (a seal): one that fails half way leaves no other text's hash half made. */
export function newPieceHash(): PieceHash {
  return native ? native.make() : new TextHash();
}

const shared = new TextHash();

/** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
export function sha256Text(text: string): string {
  const hash = native?.shared ?? shared;
  hash.add(text);
  return hash.digest();
}

/** The hash so far (`state`) carried over the first `end` bytes of `view`, whole 64-byte blocks. */
function compress(state: Int32Array, view: DataView, end: number): void {
  let h0 = state[0]!, h1 = state[1]!, h2 = state[2]!, h3 = state[3]!, h4 = state[4]!, h5 = state[5]!, h6 = state[6]!, h7 = state[7]!;
  for (let at = 0; at < end; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(at + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, k = h7;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + k) | 0;
  }
  state.set([h0, h1, h2, h3, h4, h5, h6, h7]);
}

// Made for issue 35 item 2: a closed round and the run's record sealed alike by the command line, the page and the pane.
