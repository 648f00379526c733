// Where the command line writes, and how: names that never land on an input nor on each other (also on
// Windows and Mac, where case and Unicode composition do not tell files apart), only inside the output
// folder, through a temporary file renamed into place so a planted symlink is replaced, never followed.
// Writing is asynchronous: in a batch the command's thread writes each copy while the worker makes the next,
// so the disk's time (about 0.7 ms a file) is spent on libuv's thread pool, not on either thread.
import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { UsageError } from './command.js';
import type { EditablePort } from '../adapters/ooxml/workbook.js';
import { nodeGzip } from './node-zlib.js';

import { SCORED_SUFFIX, SUMMARY_FILE } from '../core/run/plan-copy.js';
export { SCORED_SUFFIX, SUMMARY_FILE };

/** Two paths a case-insensitive or normalising file system would take for the same file share this key. */
export function pathKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/**
 * Where `path` really is: its links resolved, and on a case-folding file system the case as stored
 * (realpath.native). A path not there yet is the real path of its nearest existing folder and the rest.
 */
export function realPathOf(path: string): string {
  const rest: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      return join(realpathSync.native(at), ...rest);
    } catch {
      if (dirname(at) === at) return resolve(path);
      rest.unshift(basename(at));
    }
  }
}

/** Whether `path` is `folder` or inside it, as a case-folding, normalising file system would compare them. */
export function isWithin(path: string, folder: string): boolean {
  const [p, f] = [pathKey(path), pathKey(folder)];
  return p === f || p.startsWith(f.endsWith(sep) ? f : f + sep);
}

/** A run's inputs by real path (cli/files.ts collects them): each file, and each folder the officer named. */
export type InputPaths = { real: ReadonlyMap<string, string>; folders: readonly { given: string; real: string }[] };

/**
 * Every output of a run, fixed before any input is read and checked against every input by real path (links
 * and case resolved): an --out that is an input folder or holds one, or a tong-hop.xlsx that is an input, is
 * a usage error in one line (paths as `shown` gives them). Scored copies get names no input has. Returns the scored copy of each input.
 */
export function planOutputs(inputs: InputPaths, outDir: string, shown: (path: string) => string): { outputs: Map<string, string>; summaryPath: string } {
  const realOut = realPathOf(outDir);
  const shownOut = shown(outDir);
  for (const folder of inputs.folders) {
    const given = shown(folder.given);
    const via = pathKey(folder.given) === pathKey(outDir) ? '' : ` (cả hai là ${folder.real})`;
    if (pathKey(folder.real) === pathKey(realOut)) {
      throw new UsageError(`Thư mục kết quả --out ${shownOut} trùng với đầu vào «${given}»${via}; hãy chọn thư mục khác. / --out is one of the inputs.`);
    }
    if (isWithin(folder.real, realOut)) {
      throw new UsageError(
        `Thư mục đầu vào «${given}» nằm trong thư mục kết quả --out ${shownOut}: bản chấm sẽ lẫn với tệp gốc và lượt sau không quét được; hãy chọn --out khác (mặc định ./thidua-out). / the inputs are inside --out.`,
      );
    }
  }
  const inputKeys = new Set([...inputs.real.values()].map(pathKey));
  const summaryPath = join(outDir, SUMMARY_FILE);
  if (inputKeys.has(pathKey(join(realOut, SUMMARY_FILE)))) {
    throw new UsageError(`Tệp tổng hợp ${shown(summaryPath)} sẽ ghi đè một tệp đầu vào; hãy chọn --out khác.`);
  }
  const taken = new Set([...inputKeys, pathKey(join(realOut, SUMMARY_FILE))]);
  const outputs = new Map([...inputs.real.keys()].map((f) => [f, join(outDir, basename(scoredCopyPath(f, realOut, taken)))]));
  return { outputs, summaryPath };
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
    // Asked without an error for the usual answer (not there yet): an error object per copy cost the command's
    // thread ~0.25 ms each, 79 ms of 300 copies, while the worker waited on it.
    existing = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    existing = undefined; // absent, or not readable: the write below says why
  }
  if (existing && !overwrite) return false;
  if (existing?.isDirectory()) throw new OutputError(`Không ghi được «${path}» là một thư mục.`);
  // The folder is made when it is not there (asked first: made again for every copy, it cost this thread ~0.3 ms each).
  if (!isFolder(dirname(path))) {
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (e) {
      throw new OutputError(`Không tạo được thư mục ${dirname(path)} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(`Không ghi được ${path}${code === 'EACCES' || code === 'EPERM' ? ' (không có quyền ghi)' : code === 'ENOSPC' ? ' (hết chỗ trên đĩa)' : ` (${code ?? String(e)})`}.`);
  }
  return true;
}

/** Whether `path` is a folder now (false when it is not there or cannot be looked at: making it says why). */
function isFolder(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

export async function saveWorkbook(workbook: Pick<EditablePort, 'toBuffer'>, path: string, overwrite = true): Promise<boolean> {
  return writeOutput(path, await workbook.toBuffer({ gzip: nodeGzip }), overwrite);
}

/* Made for: hostile folders losing nothing: output names that never land on an input nor on each other, only inside the output folder, written by a temporary file renamed into place. */
