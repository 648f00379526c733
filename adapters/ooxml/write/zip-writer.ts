// The scored copy's zip, written with fflate: a part thidua did not change is copied as the original holds
// it — its compressed bytes, CRC and sizes, never inflated again — and a part written is deflated at
// zlib's fastest level (the command line's choice: 2.5× faster than the default for 8 % more bytes), or
// stored for a caller that compresses faster itself. Entries are dated 1980-01-01, as Excel dates them,
// so the same edit of the same file gives the same bytes.
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { entryData, type ZipEntry } from '../zip.js';

const DOS_EPOCH = new Date(1980, 0, 1);
const FASTEST = 1;

/** One part of the new zip: copied from the original's bytes, or written. */
export type ZipPart = { name: string; copy: { bytes: Uint8Array; entry: ZipEntry } } | { name: string; data: Uint8Array };

export function writeZip(parts: readonly ZipPart[], opts: { stored?: boolean } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let failure: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else {
      chunks.push(chunk);
      length += chunk.length;
    }
  });
  for (const part of parts) {
    if ('copy' in part) {
      const { bytes, entry } = part.copy;
      const file: ZipInputFile = { filename: part.name, size: entry.size, crc: entry.crc, compression: entry.method, mtime: DOS_EPOCH, ondata: undefined };
      zip.add(file);
      file.ondata!(null, entryData(bytes, entry) as Uint8Array<ArrayBuffer>, true);
    } else {
      const file = opts.stored ? new ZipPassThrough(part.name) : new ZipDeflate(part.name, { level: FASTEST });
      file.mtime = DOS_EPOCH;
      zip.add(file);
      file.push(part.data, true);
    }
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// Made for issue 27 item 2: scored copies whose untouched parts are the unit's own bytes.
