// Files thidua keeps for itself inside --out (the run's lock, the journal's list): read only when they are plain
// files, never through a link, never waited on (a FIFO in their place), never past a size of thidua's own choosing.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

/** What a path is when it is not a regular file, in the officer's words. */
export function notRegular(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSymbolicLink(): boolean }): string {
  if (info.isDirectory()) return 'một thư mục';
  if (info.isFIFO()) return 'một ống dẫn (FIFO), không phải tệp';
  if (info.isSocket()) return 'một socket, không phải tệp';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'một thiết bị (như /dev/zero), không phải tệp';
  if (info.isSymbolicLink()) return 'một liên kết tượng trưng';
  return 'không phải tệp thường';
}

/** `absent`: nothing there; `refused`: something there that is not a plain file of at most the bytes asked, `why` in Vietnamese. */
export type PlainRead = { kind: 'text'; text: string; mtimeMs: number } | { kind: 'absent' } | { kind: 'refused'; why: string };

/**
 * The text of the plain file at `path`, of at most `most` bytes. What the path itself is (not what a link there points
 * to) is asked first; the open follows no link and never blocks (O_NOFOLLOW | O_NONBLOCK: a FIFO swapped in meanwhile
 * opens at once) and the open file is asked again, so only that regular file is read.
 */
export function readPlainFile(path: string, most: number): PlainRead {
  let before;
  try {
    before = lstatSync(path, { throwIfNoEntry: false });
  } catch (e) {
    return { kind: 'refused', why: `không xem được (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (!before) return { kind: 'absent' };
  if (!before.isFile()) return { kind: 'refused', why: notRegular(before) };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'refused', why: code === 'ELOOP' ? 'một liên kết tượng trưng' : `không mở được (${code ?? String(e)})` };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'refused', why: notRegular(info) };
    if (info.size > most) return { kind: 'refused', why: `nặng ${info.size} byte, quá ${most} byte thidua ghi vào đó` };
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    for (let n = 1; n > 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    return { kind: 'text', text: bytes.subarray(0, length).toString('utf8'), mtimeMs: info.mtimeMs };
  } catch (e) {
    return { kind: 'refused', why: `không đọc được (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  } finally {
    closeSync(fd);
  }
}

/* Made for: issue 56 item 4 — a FIFO, link or folder planted in place of the run's lock or journal is refused with its name, never followed, never a hang. */
