// Values the command's thread keeps to the end of a run but reads only then, held as bytes meanwhile: each copy's
// cells (CopyDigest.cells, every report sheet's cells by address), kept for the run's record in tong-hop.xlsx, were
// the largest thing that grew through the copies after the cards (heap snapshots at half the copies: 1.08 KB a
// workbook added, twice that at their end), where the run's peak is. A value is packed as the worker's result is
// (V8's structured clone: key order, numbers and strings as they were) and deflated against the first value's bytes,
// since every copy of a run repeats the same addresses, headings and «Điểm tự chấm»: a few hundred bytes a copy.
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export class PackedValues<T> {
  /** The first value's bytes: what the others are deflated against. */
  private dictionary: Buffer | undefined;

  pack(value: T): Buffer {
    const bytes = serialize(value);
    this.dictionary ??= bytes;
    // Copied out of zlib's output chunk (16 KB however small the result): only the packed bytes are held.
    return Buffer.from(deflateRawSync(bytes, { dictionary: this.dictionary }));
  }

  unpack(packed: Buffer): T {
    return deserialize(inflateRawSync(packed, { dictionary: this.dictionary! })) as T;
  }
}

// Made for issue 59 item 2: 1,800 workbooks' copies' cells held through the copies at their packed size.
