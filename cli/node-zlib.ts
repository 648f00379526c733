// Node's own zlib for the workbooks the command line reads and writes (C, where the standalone page has
// fflate's JavaScript). Writing: the package writer deflates each part it writes once, as it adds it — about
// four times faster than fflate on a scored copy's parts; a gzip member carries the deflate stream and the
// CRC-32 a zip entry needs, made in one pass; zlib's fastest level, on a scored copy 2.5× faster than the
// default for 8 % more bytes. Reading: a workbook's small parts inflate twice as fast, within the same limit.
import { constants, crc32, createDeflateRaw, Gzip as GzipEngine, gzipSync, InflateRaw, inflateRawSync } from 'node:zlib';
import type { Compressed, DeflatePieces, Gzip } from '../adapters/ooxml/write/zip-writer.js';
import type { Inflater } from '../adapters/ooxml/zip.js';

/**
 * One zlib stream kept for every part a thread deflates or inflates, reset between parts (zlib's deflateReset,
 * inflateReset): `gzipSync` and `inflateRawSync` make a new stream object for each part — Node's stream machinery and
 * zlib's state allocated, initialised and closed — which on a copy's parts of a few KB cost more than the work:
 * 300 copies' 3,600 parts deflated in 213 ms one stream a part, 70 ms as one stream. Node's own sync calls drive the
 * same handle the same way (its `writeSync` into a buffer, the result counts in `_writeState`); those two fields are
 * Node's internals, so without them (another runtime, a later Node) each part goes through the public calls as before.
 * A stream that fails (damaged bytes) is closed by Node as its error is raised: it is dropped, the next part gets a new one.
 */
type Handle = {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  reset(): void;
};
type Engine = { _handle: Handle | null; _writeState: Uint32Array; destroyed: boolean; on(event: 'error', listener: () => void): unknown };

/** A kept stream, made when first asked for and again after one failed; undefined when Node's internals are not there. */
function keptStream(make: () => unknown): () => Engine | undefined {
  let engine: Engine | undefined;
  let usable = true;
  return () => {
    if (!usable) return undefined;
    if (engine && !engine.destroyed && engine._handle) return engine;
    const made = make() as Partial<Engine>;
    if (typeof made._handle?.writeSync !== 'function' || typeof made._handle.reset !== 'function' || !(made._writeState instanceof Uint32Array)) {
      usable = false;
      return undefined;
    }
    // Node raises a failed stream's error as an event too, once it is closed: heard here, thrown by the call.
    made.on!('error', () => {});
    return (engine = made as Engine);
  };
}

/** `input` through `engine` to its end, into `first` and further buffers of `size` as it fills them; undefined if the stream failed. */
function runThrough(engine: Engine, input: Uint8Array, first: Buffer, size: number, limit = Infinity): Uint8Array | undefined {
  const handle = engine._handle!;
  const state = engine._writeState;
  const outs: Buffer[] = [];
  let out = first;
  let inAt = 0;
  let made = 0;
  for (;;) {
    handle.writeSync(constants.Z_FINISH, input, inAt, input.length - inAt, out, 0, out.length);
    if (engine.destroyed || !engine._handle) return undefined;
    const outLeft = state[0]!;
    made += out.length - outLeft;
    // Past the limit, as zlib's maxOutputLength: checked after each write, so a stream damaged just past it is said damaged as before.
    if (made > limit) {
      handle.reset();
      throw new RangeError(`more than ${limit} bytes`);
    }
    if (outLeft > 0) {
      outs.push(out.subarray(0, out.length - outLeft));
      break;
    }
    // The buffer full: the stream may hold more.
    outs.push(out);
    inAt = input.length - state[1]!;
    out = Buffer.allocUnsafe(size);
  }
  handle.reset();
  return outs.length === 1 ? outs[0] : Buffer.concat(outs, made);
}

const gzipStream = keptStream(() => new GzipEngine({ level: constants.Z_BEST_SPEED }));

/**
 * zlib's output buffer is 16 KB unless told, and what it gives back is a view of it: each 1 KB part written held
 * 16 KB until collected. Sized to the part instead: at the fastest level a sheet's XML deflates to well under half
 * its size, stored blocks add a few bytes (a longer output is joined from more buffers by zlib, as before).
 * At the fastest level, through the thread's kept stream (the same bytes: a gzip member's header is the same for every part).
 */
export const nodeGzip: Gzip = (data, level) => {
  const size = Math.max(constants.Z_MIN_CHUNK, level === 1 ? (data.length >> 1) + 64 : data.length + 1024);
  const engine = level === 1 ? gzipStream() : undefined;
  const member = engine && runThrough(engine, data, Buffer.allocUnsafe(size), size);
  return member ?? gzipSync(data, { level: level === 1 ? constants.Z_BEST_SPEED : constants.Z_NO_COMPRESSION, chunkSize: size });
};

/**
 * A part deflated as its pieces come (zlib's raw stream at the fastest level: the same bytes as nodeGzip's member
 * holds, however the part is cut), its CRC-32 and size counted beside; a piece is asked for only once zlib has
 * taken the one before, so what is held is zlib's window and the deflated bytes.
 */
export const nodeDeflatePieces: DeflatePieces = async (pieces) => {
  const zlib = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  const out: Buffer[] = [];
  zlib.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => zlib.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    // A failing zlib never drains: its error ends the wait (and is thrown below).
    if (!zlib.write(piece)) await Promise.race([new Promise((resolve) => zlib.once('drain', resolve)), ended]);
  }
  zlib.end();
  await ended;
  // As compressPart: an empty part is stored; the body in a buffer of its own (zlib's chunks are views of larger ones).
  if (size === 0) return { method: 0, crc: 0, size: 0, body: new Uint8Array(0) } satisfies Compressed;
  const body = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of out) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return { method: 8, crc: crc >>> 0, size, body };
};

/**
 * Past `limit`, zlib throws a RangeError (ERR_BUFFER_TOO_LARGE): the part is more than it declared. One output buffer of
 * that size (zlib's least is 64 bytes). It stops there whatever the input, so a large part (a province's tong-hop.xlsx
 * holds sheets of 7 MB) is inflated in one call too, by zlib's C, not fflate's streaming JavaScript (`anySize`).
 */
export const nodeInflate: Inflater = Object.assign(
  (data: Uint8Array, limit: number): Uint8Array => {
    const engine = inflateStream();
    if (engine) {
      // Buffers of `limit` bytes (zlib's least is 64), as inflateRawSync is told below: one, unless the part holds more than its limit.
      const size = Math.max(constants.Z_MIN_CHUNK, limit);
      const out = runThrough(engine, data, Buffer.allocUnsafe(size), size, limit);
      if (out) return out;
      // Damaged: raised as Node's own call raises it (the stream that failed is dropped).
    }
    return inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(constants.Z_MIN_CHUNK, limit) });
  },
  { anySize: true },
);

const inflateStream = keptStream(() => new InflateRaw());

// Made for the command line's scored copies and tong-hop.xlsx: reading and saving hundreds of workbooks in a batch.
