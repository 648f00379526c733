// An OOXML package (.xlsx, .docx) as a zip: its central directory read from the bytes, each part inflated with
// fflate's streaming inflater under a running byte count. The count stops a part at the size the directory
// declared and at its kind's limits (READ_LIMITS, DOCUMENT_LIMITS), whatever the local header or the deflate
// stream says — a 14 MB file whose 8 KB parts inflate to 3 GiB costs at most one budget. Plain bytes, no Node
// built-ins: the command line and the standalone page share it.
import { Inflate, inflateSync } from 'fflate';
import { megabytes, READ_LIMITS } from '../../core/workbook/limits.js';
import { formatNumberVi } from '../../core/values.js';

/** A package that cannot be read within bounds, with the reason in Vietnamese (without the file name). */
export class PackageRefused extends Error {}

/** Thrown by a reader of a part that has what it needs: its parse, and its inflating, end there. */
export class ReadEnough extends Error {}

/** What a kind of package may hold before it is refused: parts, bytes unpacked in all, and per part. */
export type ZipLimits = { entries: number; totalBytes: number; partBytes(part: string): number };

/** A kind of package: its limits, and the words that name it and its parts to the officer. */
export type PackageKind = {
  /** «.xlsx», «.docx». */
  extension: string;
  /** The application that saves it again: «Excel», «Word». */
  app: string;
  limits: ZipLimits;
  /** What an officer can recognise of a part: «trang tính thứ 2», or the part's name. */
  title(part: string): string;
};

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** What the central directory declares; inflating past it refuses the file. */
  size: number;
  localOffset: number;
  /** The CRC-32 the directory gives (a part copied unchanged into a scored copy keeps it). */
  crc: number;
};

/** The zip records' signatures (also used by the zip writer). */
export const ZIP_SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64Locator: 0x07064b50, zip64End: 0x06064b50 } as const;
const { local: LOCAL, central: CENTRAL, zip64Locator: ZIP64_LOCATOR, zip64End: ZIP64_EOCD } = ZIP_SIGNATURE;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** Compressed bytes handed to the inflater at a time: at most ~1,032× this (4 MB) comes out of one push. */
const CHUNK = 4 * 1024;
/**
 * A part this small compressed is inflated in one call into a buffer of its declared size and one byte more
 * (the streaming inflater's own buffers cost more than the inflating, most parts being a few KB): at most
 * ~1,032× this (64 MB) is decoded before a lying size shows, and nothing past the buffer is kept.
 */
export const ONE_CALL = 64 * 1024;

/**
 * Inflates a small part whole: at most `limit` bytes come out (a stream that would make more gives `limit`
 * bytes or throws a RangeError), and a damaged stream throws. fflate's here; the command line gives Node's
 * zlib, twice as fast on a workbook's parts of a few KB. `anySize`: it stops at `limit` whatever the compressed
 * size, so it inflates a part of any size in one call (a part is at most the kind's part limit) rather than the
 * streaming inflater.
 */
export type Inflater = ((data: Uint8Array, limit: number) => Uint8Array) & { readonly anySize?: boolean };

export const fflateInflate: Inflater = (data, limit) => inflateSync(data, { out: new Uint8Array(limit) });

/** The parts of the zip by name, their declared sizes checked against the kind's limits before anything is inflated. */
export function readZipDirectory(bytes: Uint8Array, kind: PackageKind = XLSX): Map<string, ZipEntry> {
  const { limits } = kind;
  const BROKEN = `không phải tệp ${kind.extension} hợp lệ (mục lục tệp nén hỏng)`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentral(bytes);
  if (eocd === undefined) throw new PackageRefused(`không phải tệp ${kind.extension} hợp lệ (không thấy mục lục của tệp nén)`);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === MAX16 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new PackageRefused(BROKEN);
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new PackageRefused(BROKEN);
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (count > limits.entries) {
    throw new PackageRefused(`có ${formatNumberVi(count)} phần nén, quá giới hạn ${formatNumberVi(limits.entries)}`);
  }

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let declared = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw new PackageRefused(BROKEN);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const zip64 = zip64Fields(view, at + 46 + nameLength, extraLength);
    let size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let localOffset = view.getUint32(at + 42, true);
    // ZIP64's extra field holds, in this order, only the fields whose 32-bit slot is full.
    if (size === MAX32) size = zip64.shift() ?? Number.POSITIVE_INFINITY;
    if (compressedSize === MAX32) compressedSize = zip64.shift() ?? Number.POSITIVE_INFINITY;
    if (localOffset === MAX32) localOffset = zip64.shift() ?? Number.POSITIVE_INFINITY;
    const limit = limits.partBytes(name);
    if (size > limit) throw new PackageRefused(`${kind.title(name)} giải nén ra ${Number.isFinite(size) ? megabytes(size) : 'quá lớn'}, quá giới hạn ${megabytes(limit)}`);
    declared += size;
    if (declared > limits.totalBytes) throw new PackageRefused(`giải nén ra hơn ${megabytes(limits.totalBytes)}, quá giới hạn`);
    const method = view.getUint16(at + 10, true);
    untrusted(name, view.getUint16(at + 8, true), method, kind);
    entries.set(name, { name, method, compressedSize, size, localOffset, crc: view.getUint32(at + 16, true) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** General purpose flags: bit 0, the part is encrypted; bit 6, by «strong encryption». */
const ENCRYPTED = 0x1 | 0x40;

/**
 * Refuses, from the directory alone and before anything is inflated, a part no reader of the kind reads and no copy
 * may carry: encrypted (its bytes are not the deflate stream its headers describe), or compressed otherwise than stored
 * or deflated. A scored copy takes an untouched part's compressed bytes and CRC as they are (zip-writer.ts) under
 * headers of its own, which carry no encryption flag: such a part copied would be a corrupt copy.
 */
function untrusted(name: string, flags: number, method: number, kind: PackageKind): void {
  if (flags & ENCRYPTED) {
    throw new PackageRefused(`${kind.title(name)} bị mã hoá (đặt mật khẩu) trong tệp nén, không phải cách ${kind.app} lưu tệp ${kind.extension}: hãy mở tệp bằng ${kind.app}, bỏ mật khẩu rồi lưu lại`);
  }
  if (method !== 0 && method !== 8) throw new PackageRefused(methodRefused(name, method, kind));
}

function methodRefused(name: string, method: number, kind: PackageKind): string {
  return `${kind.title(name)} nén theo kiểu ${method}, không phải kiểu của tệp ${kind.extension}`;
}

/**
 * Inflates one part chunk by chunk, handing each piece to `sink` as it comes out; refuses the file as soon
 * as more comes out than the directory declared (a lying size), so no more than that is ever made.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, sink: (piece: Uint8Array) => void, inflate: Inflater = fflateInflate, kind: PackageKind = XLSX): void {
  const data = entryData(bytes, entry, kind);
  let produced = 0;
  const take = (piece: Uint8Array) => {
    produced += piece.length;
    if (produced > entry.size) {
      throw new PackageRefused(`${kind.title(entry.name)} khai ${sizeText(entry.size)} nhưng giải nén ra nhiều hơn (tệp nén khai sai kích thước)`);
    }
    if (piece.length > 0) sink(piece);
  };
  if (entry.method === 0) {
    take(data);
    return;
  }
  if (entry.method !== 8) throw new PackageRefused(methodRefused(entry.name, entry.method, kind));
  if (data.length === 0) return;
  if (data.length <= ONE_CALL || inflate.anySize) {
    let out: Uint8Array;
    try {
      out = inflate(data, entry.size + 1);
    } catch (e) {
      // More than declared (fflate: a stored block past the buffer throws as it is copied; zlib: past its limit).
      if (e instanceof RangeError) return take(new Uint8Array(entry.size + 1));
      throw new PackageRefused(damaged(entry.name, kind));
    }
    take(out);
    return;
  }
  const inflater = new Inflate((piece) => take(piece));
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += CHUNK) inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch (e) {
    if (e instanceof PackageRefused || e instanceof ReadEnough) throw e;
    throw new PackageRefused(damaged(entry.name, kind));
  }
}

/** The whole part, inflated within its declared size (which READ_LIMITS already bounds). */
export function inflatePart(bytes: Uint8Array, entry: ZipEntry, inflate?: Inflater, kind?: PackageKind): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(
    bytes,
    entry,
    (piece) => {
      out.set(piece, at);
      at += piece.length;
    },
    inflate,
    kind,
  );
  return at === out.length ? out : out.subarray(0, at);
}

/** The compressed bytes of a part: after its local header, whose own name and extra lengths may differ from the directory's. */
export function entryData(bytes: Uint8Array, entry: ZipEntry, kind: PackageKind = XLSX): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw new PackageRefused(damaged(entry.name, kind));
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > view.byteLength) throw new PackageRefused(`tệp nén ${kind.extension} bị cắt cụt ở ${kind.title(entry.name)} (thường do tải về hoặc chép chưa xong)`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** A part whose bytes are not what the directory says: a copy cut short or damaged on its way. */
function damaged(part: string, kind: PackageKind): string {
  return `tệp nén ${kind.extension} bị hỏng ở ${kind.title(part)} (thường do tải về hoặc chép chưa xong): hãy mở tệp bằng ${kind.app} rồi lưu lại, hoặc xin bản gửi lại`;
}

function sizeText(size: number): string {
  // Under a kilobyte in bytes: a part declared 10 bytes said as «1 KB» is not what the file says.
  if (size < 1024) return `${formatNumberVi(size)} byte`;
  return size < 1024 * 1024 ? `${formatNumberVi(Math.ceil(size / 1024))} KB` : megabytes(size);
}

/** What an officer can recognise of a zip part: «trang tính thứ 2», «bảng chữ dùng chung», or the part's name. */
export function partTitle(name: string): string {
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
  if (sheet) return `trang tính thứ ${sheet[1]} (${name})`;
  if (name === 'xl/sharedStrings.xml') return `bảng chữ dùng chung (${name})`;
  return `phần «${name}»`;
}

/** A workbook: READ_LIMITS, its sheets and shared strings named as an officer knows them. */
export const XLSX: PackageKind = {
  extension: '.xlsx',
  app: 'Excel',
  limits: {
    entries: READ_LIMITS.zipEntries,
    totalBytes: READ_LIMITS.zipTotalBytes,
    partBytes: (name) => (name === 'xl/sharedStrings.xml' ? READ_LIMITS.sharedStringsBytes : READ_LIMITS.zipPartBytes),
  },
  title: partTitle,
};

/** The end-of-central-directory record: the last 22 bytes, or earlier when the zip carries a comment (at most 65,535). */
function findEndOfCentral(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === ZIP_SIGNATURE.end) return at;
  }
  return undefined;
}

/** The 64-bit fields of a ZIP64 extra field (id 1). */
function zip64Fields(view: DataView, start: number, length: number): number[] {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      const fields: number[] = [];
      for (let f = at + 4; f + 8 <= at + 4 + size && f + 8 <= view.byteLength; f += 8) fields.push(Number(view.getBigUint64(f, true)));
      return fields;
    }
    at += 4 + size;
  }
  return [];
}

// Made for issue 25 item 1 and issue 27 item 1: reading a workbook's zip within bounds, whatever it claims.
