// A zip laid out byte by byte from parts already deflated, each declaring the size and CRC it is given: what the
// hostile files need that no zip library writes (a size that lies, a part deflated as a stream too large to hold).
/** One deflated part: its compressed bytes, and the size and CRC-32 its headers declare. */
export type RawPart = { name: string; packed: Uint8Array; size: number; crc: number };

export function rawZip(parts: readonly RawPart[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    // Both headers: signature, version(s), flags (names in UTF-8), method 8 (deflate), then CRC, sizes and name length from `at`.
    const header = (signature: number, length: number, at: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, 4);
      if (length === 46) b.writeUInt16LE(20, 6);
      b.writeUInt16LE(0x0800, at - 8);
      b.writeUInt16LE(8, at - 6);
      b.writeUInt32LE(part.crc, at);
      b.writeUInt32LE(part.packed.length, at + 4);
      b.writeUInt32LE(part.size, at + 8);
      b.writeUInt16LE(name.length, at + 12);
      return b;
    };
    const local = header(0x04034b50, 30, 14);
    const dir = header(0x02014b50, 46, 16);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, part.packed);
    central.push(dir, name);
    offset += local.length + name.length + part.packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

// Made for the hostile files of issues 25 and 35 (scripts/harness/hostile-attacks.ts, hostile-documents.ts).
