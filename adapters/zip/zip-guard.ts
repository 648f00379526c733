// Looks at an .xlsx (a zip) before anything is inflated: the central directory declares each part's
// uncompressed size, so a zip bomb or a 50 MB shared string is refused for what it claims, in Vietnamese,
// before it costs gigabytes. Plain bytes in, no Node built-ins: the command line and the standalone page share it.
import { megabytes, READ_LIMITS } from '../../core/workbook/limits.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

/** Why the workbook is refused (Vietnamese, without the file name), or undefined when it may be opened. */
export function refuseOversizedXlsx(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd === undefined) return 'không phải tệp .xlsx hợp lệ (không thấy mục lục của tệp nén)';
  let entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return 'không phải tệp .xlsx hợp lệ (mục lục tệp nén hỏng)';
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return 'không phải tệp .xlsx hợp lệ (mục lục tệp nén hỏng)';
    entries = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (entries > READ_LIMITS.zipEntries) return `có ${entries.toLocaleString('vi-VN')} phần nén, quá giới hạn ${READ_LIMITS.zipEntries.toLocaleString('vi-VN')}`;

  let total = 0;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return 'không phải tệp .xlsx hợp lệ (mục lục tệp nén hỏng)';
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let size = view.getUint32(at + 24, true);
    if (size === MAX32) size = zip64Size(view, at + 46 + nameLength, extraLength) ?? Number.POSITIVE_INFINITY;
    const limit = name === 'xl/sharedStrings.xml' ? READ_LIMITS.sharedStringsBytes : READ_LIMITS.zipPartBytes;
    if (size > limit) return `${partTitle(name)} giải nén ra ${Number.isFinite(size) ? megabytes(size) : 'quá lớn'}, quá giới hạn ${megabytes(limit)}`;
    total += size;
    if (total > READ_LIMITS.zipTotalBytes) return `giải nén ra hơn ${megabytes(READ_LIMITS.zipTotalBytes)}, quá giới hạn`;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** What an officer can recognise of a zip part: «trang tính thứ 2», «bảng chữ dùng chung», or the part's name. */
function partTitle(name: string): string {
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
  if (sheet) return `trang tính thứ ${sheet[1]} (${name})`;
  if (name === 'xl/sharedStrings.xml') return `bảng chữ dùng chung (${name})`;
  return `phần «${name}»`;
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when the zip carries a comment. */
function findEocd(view: DataView): number | undefined {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return undefined;
}

/** The uncompressed size from a ZIP64 extra field (id 1), which comes first in it. */
function zip64Size(view: DataView, start: number, length: number): number | undefined {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= 8) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return undefined;
}
