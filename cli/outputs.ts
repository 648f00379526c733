// Where the command line writes, and how: names that never land on an input nor on each other (also on
// Windows and Mac, where case and Unicode composition do not tell files apart), only inside the output
// folder, through a temporary file renamed into place so a planted symlink is replaced, never followed.
// The calls are synchronous: a batch writes hundreds of small files, and each awaited call waited its turn
// on libuv's thread pool while the thread had nothing else to do (measured: 8 % of a 300-workbook run).
import { lstatSync, mkdirSync, renameSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { EditablePort } from '../adapters/ooxml/workbook.js';
import { deflateStoredZip } from './zip-deflate.js';

/** Files thidua itself writes, left out of folder scans so a second run does not score its own output. */
export const SCORED_SUFFIX = '.cham-diem.xlsx';
export const SUMMARY_FILE = 'tong-hop.xlsx';

/** Two paths a case-insensitive or normalising file system would take for the same file share this key. */
export function pathKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/** `<name>.cham-diem.xlsx` in `outDir`, numbered when another output or an input (by pathKey) already has the name. */
export function scoredCopyPath(input: string, outDir: string, taken: Set<string>): string {
  const stem = basename(input, extname(input));
  let path = join(outDir, `${stem}${SCORED_SUFFIX}`);
  for (let n = 2; taken.has(pathKey(path)); n++) path = join(outDir, `${stem}-${n}${SCORED_SUFFIX}`);
  taken.add(pathKey(path));
  return path;
}

/** A write that failed, with what the officer can do about it. */
export class OutputError extends Error {}

/**
 * Writes a file, creating its folder; with `overwrite: false` an existing file is left alone and false returned.
 * The data goes to a temporary file beside it, then is renamed onto the name: a symlink there is replaced,
 * its target untouched, and a half-written file never carries the real name.
 */
export async function writeOutput(path: string, data: Uint8Array | string, overwrite = true): Promise<boolean> {
  let existing: Stats | undefined;
  try {
    existing = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    existing = undefined; // not readable: the write below says why
  }
  if (existing && !overwrite) return false;
  if (existing?.isDirectory()) throw new OutputError(`Không ghi được «${path}» là một thư mục.`);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new OutputError(`Không tạo được thư mục ${dirname(path)} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(`Không ghi được ${path}${code === 'EACCES' || code === 'EPERM' ? ' (không có quyền ghi)' : code === 'ENOSPC' ? ' (hết chỗ trên đĩa)' : ` (${code ?? String(e)})`}.`);
  }
  return true;
}

export async function saveWorkbook(workbook: Pick<EditablePort, 'toBuffer'>, path: string, overwrite = true): Promise<boolean> {
  return writeOutput(path, deflateStoredZip(await workbook.toBuffer({ stored: true })), overwrite);
}
