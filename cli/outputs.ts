// Where the command line writes, and how: names that never land on an input nor on each other (also on
// Windows and Mac, where case and Unicode composition do not tell files apart), only inside the output
// folder, through a temporary file renamed into place so a planted symlink is replaced, never followed.
// Writing is asynchronous: in a batch the command's thread writes each copy while the worker makes the next,
// so the disk's time (about 0.7 ms a file) is spent on libuv's thread pool, not on either thread.
import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { UnusableFile, UsageError } from './command.js';
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

/** A write that failed, with what the officer can do about it; `diskFull`: the disk had no room left (ENOSPC). */
export class OutputError extends Error {
  constructor(
    message: string,
    readonly diskFull = false,
  ) {
    super(message);
  }
}

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
  if (existing?.isDirectory()) refuseFolderAt(path);
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
    throw new OutputError(`Không ghi được ${path}${code === 'EACCES' || code === 'EPERM' ? ' (không có quyền ghi)' : code === 'ENOSPC' ? ' (hết chỗ trên đĩa)' : ` (${code ?? String(e)})`}.`, code === 'ENOSPC');
  }
  return true;
}

/**
 * A result's file is written whole in the staging folder and moved onto its name only at the end: a folder standing at
 * that name is said before anything is written, never met by the move.
 */
export function refuseFolderAt(path: string): void {
  if (isFolder(path)) throw new OutputError(`Không ghi được «${path}» là một thư mục.`);
}

/** Whether `path` is a folder now (false when it is not there or cannot be looked at: making it says why). */
export function isFolder(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

export async function saveWorkbook(workbook: Pick<EditablePort, 'toBuffer'>, path: string, overwrite = true): Promise<boolean> {
  return writeOutput(path, await workbook.toBuffer({ gzip: nodeGzip }), overwrite);
}

/**
 * A run's result is written in this hidden folder inside --out (a rename from it stays on one disk) and moved into
 * place only when every file is whole: a run killed or out of disk space before then leaves the previous result as it was.
 */
export const STAGING_FOLDER = '.thidua-dang-ghi';
/** Written in the staging folder once every file there is whole: the names to move, tong-hop.xlsx last. */
const STAGED_LIST = '.xong.json';
/** Held while a command writes the folder: who holds it, so a second run can name the first. */
const LOCK_FILE = '.thidua-khoa';

type Holder = { pid: number; host: string; since: string; command: string };

/** A folder's lock, held by this process until released. */
export type FolderLock = { release(): Promise<void>; recovered: string | undefined };

/**
 * Takes `outDir` for this process alone: a second command writing it (score, close) is refused, naming the first.
 * A lock left by a process that is gone (killed, the machine restarted) is taken over and what it left is settled:
 * a result it had finished writing is moved into place, one it had not is removed (`recovered` says which).
 */
export async function lockFolder(outDir: string, command: string, shownOut: string): Promise<FolderLock> {
  const path = join(outDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command };
  for (;;) {
    try {
      await writeFile(path, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UnusableFile(`Không ghi được vào thư mục kết quả ${shownOut} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    const holder = await readHolder(path);
    if (holder === 'young' || (holder && isAlive(holder))) {
      const who = holder === 'young' ? 'một lượt khác vừa bắt đầu' : `«thidua ${holder.command}» (tiến trình ${holder.pid}${holder.host === hostname() ? '' : ` trên máy ${holder.host}`}, từ ${localTime(holder.since)})`;
      throw new UnusableFile(
        `Thư mục kết quả ${shownOut} đang được ${who} ghi: hai lượt không ghi chung một thư mục. Hãy chờ lượt ấy xong rồi chạy lại, hoặc chọn --out khác.${holder !== 'young' && holder.host !== hostname() ? ` Nếu chắc không còn lượt nào chạy, xoá tệp ${join(shownOut, LOCK_FILE)}.` : ''}`,
      );
    }
    // Its holder is gone: moved aside under a name of this process's own first, so of two runs finding it only one takes it.
    try {
      await rename(path, `${path}.${process.pid}.cu`);
      await rm(`${path}.${process.pid}.cu`, { force: true });
    } catch {
      // another run moved it first: the next round finds that run's lock
    }
  }
  const recovered = await settleStaging(outDir, shownOut);
  return {
    recovered,
    async release() {
      const holder = await readHolder(path);
      if (holder && holder !== 'young' && holder.pid === me.pid && holder.since === me.since) await rm(path, { force: true });
    },
  };
}

/** The lock's holder; 'young' for a lock just made and not yet written; undefined for a broken one, or none. */
async function readHolder(path: string): Promise<Holder | 'young' | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    const h = JSON.parse(text) as Partial<Holder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.since === 'string' && typeof h.command === 'string') return h as Holder;
  } catch {
    // unreadable or half written: judged by its age below
  }
  const age = Date.now() - (lstatSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return age < 10_000 ? 'young' : undefined;
}

/** Whether the lock's holder still runs: on another machine (a shared folder) it cannot be told, so it is taken as running. */
function isAlive(h: Holder): boolean {
  if (h.host !== hostname()) return true;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function localTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime()) ? iso : `${two(d.getHours())}:${two(d.getMinutes())} ngày ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

/** Where a file of the result is written before it is whole. */
export function stagedPath(outDir: string, finalPath: string): string {
  return join(outDir, STAGING_FOLDER, basename(finalPath));
}

/** The staging folder emptied and made anew, for a run holding the lock. */
export async function startStaging(outDir: string): Promise<void> {
  await rm(join(outDir, STAGING_FOLDER), { recursive: true, force: true });
  await mkdir(join(outDir, STAGING_FOLDER));
}

/** What a run wrote before it failed, removed: the previous result was never touched. */
export async function discardStaging(outDir: string): Promise<void> {
  await rm(join(outDir, STAGING_FOLDER), { recursive: true, force: true });
}

/**
 * Every file of the run, whole in the staging folder, moved into place: their list written first (a run killed while
 * moving them is finished by the next command, never left half old, half new), tong-hop.xlsx, which vouches for the rest, last.
 */
export async function commitStaging(outDir: string, names: readonly string[]): Promise<void> {
  const staging = join(outDir, STAGING_FOLDER);
  await writeFile(join(staging, STAGED_LIST), JSON.stringify(names), { flag: 'wx' });
  await moveStaged(outDir, names);
}

async function moveStaged(outDir: string, names: readonly string[]): Promise<void> {
  const staging = join(outDir, STAGING_FOLDER);
  const ordered = [...names.filter((n) => n !== SUMMARY_FILE), ...names.filter((n) => n === SUMMARY_FILE)];
  for (const name of ordered) {
    // Moved already by the run that was stopped: the name is in place.
    if (lstatSync(join(staging, name), { throwIfNoEntry: false }) === undefined) continue;
    await rename(join(staging, name), join(outDir, name));
  }
  await rm(staging, { recursive: true, force: true });
}

/**
 * What a command stopped mid-way left in the folder, settled by the next one to take its lock: a finished result moved
 * into place, an unfinished one removed, and temporary files of earlier versions (`.<name>.<pid>.<time>.tmp`) removed.
 */
async function settleStaging(outDir: string, shownOut: string): Promise<string | undefined> {
  const staging = join(outDir, STAGING_FOLDER);
  let said: string | undefined;
  if (lstatSync(staging, { throwIfNoEntry: false })?.isDirectory()) {
    let names: unknown;
    try {
      names = JSON.parse(await readFile(join(staging, STAGED_LIST), 'utf8'));
    } catch {
      names = undefined;
    }
    if (Array.isArray(names) && names.every((n): n is string => typeof n === 'string' && basename(n) === n)) {
      await moveStaged(outDir, names);
      said = `Lượt chấm trước vào ${shownOut} bị dừng khi đang thay tệp: đã ghi nốt kết quả của lượt ấy (đủ ${names.length} tệp).`;
    } else {
      await rm(staging, { recursive: true, force: true });
      said = `Lượt chấm trước vào ${shownOut} bị dừng giữa chừng: phần ghi dở đã bỏ, kết quả trước đó giữ nguyên.`;
    }
  }
  for (const name of readdirSync(outDir)) if (/^\..+\.\d+\.\d+\.tmp$/.test(name) || /^\.thidua-ghi-thu-\d+$/.test(name)) await rm(join(outDir, name), { force: true });
  return said;
}

/* Made for: hostile folders losing nothing: output names that never land on an input nor on each other, only inside the output folder, written by a temporary file renamed into place; and (issue 48) one writer per folder, a run written whole or not at all. */
