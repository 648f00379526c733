// Where the command line writes, and how: names that never land on an input nor on each other (also on
// Windows and Mac, where case and Unicode composition do not tell files apart), only inside the output
// folder, through a temporary file renamed into place so a planted symlink is replaced, never followed.
// Writing is synchronous: in a batch the command's thread, idle most of the run, writes each copy while the worker
// makes the next; awaited, each file's open, write and rename went through libuv's pool and back, a promise apiece,
// for about twice the processor time of the writing itself (300 copies: ~100 ms against ~55 ms).
import { lstatSync, readdirSync, realpathSync, renameSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { UnusableFile, UsageError } from './command.js';
import type { EditablePort } from '../adapters/ooxml/workbook.js';
import { nodeGzip } from './node-zlib.js';
import { notRegular, readPlainFile } from './plain-files.js';
import { processStart, processStartedAt } from './process-start.js';

import { SCORED_SUFFIX, SUMMARY_FILE } from '../core/run/output-names.js';
import { vietnamStamp } from '../core/watch/data-day.js';
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

/**
 * A write that failed, with what the officer can do about it, naming the file (a file that cannot be written is said
 * as one, never as an unexpected error); `diskFull`: the disk had no room left (ENOSPC).
 */
export class OutputError extends UnusableFile {
  constructor(
    message: string,
    readonly diskFull = false,
  ) {
    super(message);
  }
}

/** Why a write failed, in the officer's words: no right to write, the disk full, or the system's code. */
export function whyNotWritten(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'không có quyền ghi';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'hết chỗ trên đĩa';
  return code ?? String(e);
}

/** A failed write of `path` as an OutputError naming it. */
export function unwrittenFile(path: string, e: unknown): OutputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new OutputError(`Không ghi được ${path} (${whyNotWritten(e)}).`, code === 'ENOSPC' || code === 'EDQUOT');
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
      throw new OutputError(`Không tạo được thư mục ${dirname(path)} (${whyNotWritten(e)}).`, (e as NodeJS.ErrnoException).code === 'ENOSPC');
    }
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw unwrittenFile(path, e);
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
/** More than any holder thidua writes: a larger lock is not one of thidua's. */
const LOCK_BYTES = 64 * 1024;

/** `started`: the holder's start (cli/process-start.ts), so that a later process given the same number is not taken for it. */
type Holder = { pid: number; host: string; since: string; command: string; started?: string };

/** A folder's lock, held by this process until released; `recovered`: what was found and settled on taking it, to say. */
export type FolderLock = { release(): Promise<void>; recovered: string | undefined };

/**
 * Takes `outDir` for this process alone: a second command writing it (score, close) is refused, naming the first and the
 * lock file. A lock whose process is gone, or whose process number now belongs to a process started after it, is stale:
 * cleared, and said with the lock file's name; then what its run left is settled: a result it had finished writing is moved
 * into place, one it had not is removed (`recovered` says which). Anything but a plain file in the lock's place is refused.
 */
export async function lockFolder(outDir: string, command: string, shownOut: string): Promise<FolderLock> {
  const path = join(outDir, LOCK_FILE);
  const shownLock = join(shownOut, LOCK_FILE);
  const started = processStart(process.pid);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command, ...(started === undefined ? {} : { started }) };
  const said: string[] = [];
  for (;;) {
    try {
      // O_EXCL: a link there, even one pointing nowhere, is never followed. Made and written in one synchronous step: a
      // run killed between the two leaves an empty lock, taken for «một lượt khác vừa bắt đầu» for its first 10 s.
      writeFileSync(path, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UnusableFile(`Không ghi được tệp khoá ${shownLock} vào thư mục kết quả ${shownOut} (${whyNotWritten(e)}).`);
    }
    const holder = readHolder(path, shownLock);
    if (holder === 'released') continue;
    const state = holder === 'young' ? 'running' : holder ? holderState(holder) : 'broken';
    if (state === 'running') {
      const h = holder as Holder | 'young';
      const who = h === 'young' ? 'một lượt khác vừa bắt đầu' : `«thidua ${h.command}» (tiến trình ${h.pid}${h.host === hostname() ? '' : ` trên máy ${h.host}`}, từ ${vietnamStamp(h.since)})`;
      throw new UnusableFile(
        `Thư mục kết quả ${shownOut} đang được ${who} ghi (tệp khoá ${shownLock}): hai lượt không ghi chung một thư mục. Hãy chờ lượt ấy xong rồi chạy lại, hoặc chọn --out khác.${h !== 'young' && h.host !== hostname() ? ` Nếu chắc không còn lượt nào chạy, xoá tệp ${shownLock}.` : ''}`,
      );
    }
    // Its holder is gone: moved aside under a name of this process's own first, so of two runs finding it only one takes it.
    try {
      await rename(path, `${path}.${process.pid}.cu`);
      await rm(`${path}.${process.pid}.cu`, { force: true });
      said.push(staleLock(shownLock, holder as Holder | undefined, state));
    } catch {
      // another run moved it first: the next round finds that run's lock
    }
  }
  const recovered = await settleStaging(outDir, shownOut);
  if (recovered) said.push(recovered);
  return {
    recovered: said.length ? said.join('\n') : undefined,
    async release() {
      const read = readPlainFile(path, LOCK_BYTES);
      if (read.kind === 'text' && read.text === JSON.stringify(me)) await rm(path, { force: true });
    },
  };
}

/** A stale lock as the officer is told it was cleared. */
function staleLock(shownLock: string, h: Holder | undefined, state: 'gone' | 'other' | 'broken'): string {
  if (!h) return `Tệp khoá ${shownLock} hỏng (không ghi lượt nào giữ nó) và đã cũ: đã gỡ.`;
  const who = `«thidua ${h.command}» (tiến trình ${h.pid}, từ ${vietnamStamp(h.since)})`;
  return state === 'gone'
    ? `Tệp khoá ${shownLock} của ${who} còn lại từ một lượt đã dừng: tiến trình ấy không còn chạy, đã gỡ khoá.`
    : `Tệp khoá ${shownLock} của ${who} đã cũ: số tiến trình ${h.pid} nay thuộc một chương trình khác, bắt đầu sau khoá ấy; đã gỡ khoá.`;
}

/**
 * The lock's holder; 'young' for a lock just made and not yet written; 'released' when it is gone; undefined for a broken one. Anything but a plain
 * file there (a FIFO, a link, a folder) stops the command, named: it is neither read nor followed nor removed.
 */
function readHolder(path: string, shownLock: string): Holder | 'young' | 'released' | undefined {
  const read = readPlainFile(path, LOCK_BYTES);
  if (read.kind === 'refused') {
    throw new UnusableFile(`Tệp khoá ${shownLock} là ${read.why}: thidua không dùng nó, không theo nó. Hãy xem ai đã đặt nó ở đó, xoá nó rồi chạy lại.`);
  }
  if (read.kind === 'absent') return 'released'; // meanwhile: the next round takes it
  try {
    const h = JSON.parse(read.text) as Partial<Holder>;
    if (Number.isSafeInteger(h.pid) && (h.pid as number) > 0 && typeof h.host === 'string' && typeof h.since === 'string' && typeof h.command === 'string' && (h.started === undefined || typeof h.started === 'string')) return h as Holder;
  } catch {
    // half written: judged by its age below
  }
  return Date.now() - read.mtimeMs < 10_000 ? 'young' : undefined;
}

/**
 * Whether the lock's holder still runs: on another machine (a shared folder) it cannot be told, so it is taken as running.
 * A process of that number started after the holder (its start differs from the one the lock names, or, for a lock
 * written without it, later than the lock) is another program.
 */
function holderState(h: Holder): 'running' | 'gone' | 'other' {
  if (h.host !== hostname()) return 'running';
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  if (h.started !== undefined) {
    const now = processStart(h.pid);
    return now !== undefined && now !== h.started ? 'other' : 'running';
  }
  // The start is known to the second: the holder started before it wrote the lock.
  const startedAt = processStartedAt(h.pid);
  const since = Date.parse(h.since);
  return startedAt !== undefined && Number.isFinite(since) && startedAt > since + 2000 ? 'other' : 'running';
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
  try {
    await writeFile(join(staging, STAGED_LIST), JSON.stringify(names), { flag: 'wx' });
  } catch (e) {
    throw unwrittenFile(join(staging, STAGED_LIST), e);
  }
  await moveStaged(outDir, names);
}

async function moveStaged(outDir: string, names: readonly string[]): Promise<void> {
  const staging = join(outDir, STAGING_FOLDER);
  const ordered = [...names.filter((n) => n !== SUMMARY_FILE), ...names.filter((n) => n === SUMMARY_FILE)];
  // One after the other on this thread: at the end of a run nothing else is left for it to do, and 300 copies moved
  // through libuv's pool, each asked first whether it was there, took 40–80 ms against 15–27 ms (load 11–16).
  for (const name of ordered) {
    try {
      renameSync(join(staging, name), join(outDir, name));
    } catch (e) {
      // Moved already by the run that was stopped: the name is in place. Anything else (the folder gone) is thrown.
      if (lstatSync(join(staging, name), { throwIfNoEntry: false }) !== undefined) throw e;
    }
  }
  await rm(staging, { recursive: true, force: true });
}

/** More than the list of any run thidua writes (a province's thousands of copies): a larger list is not thidua's. */
const STAGED_LIST_BYTES = 16 * 1024 * 1024;

/**
 * What a command stopped mid-way left in the folder, settled by the next one to take its lock: a finished result moved
 * into place, an unfinished one removed, and temporary files of earlier versions (`.<name>.<pid>.<time>.tmp`) removed.
 * The list is obeyed only when it is a plain file naming plain files of the staging folder: anything else (a FIFO, a
 * link, «..», a path) is said with its name and not followed, and what was staged is removed, the previous result kept.
 */
async function settleStaging(outDir: string, shownOut: string): Promise<string | undefined> {
  const staging = join(outDir, STAGING_FOLDER);
  let said: string | undefined;
  if (lstatSync(staging, { throwIfNoEntry: false })?.isDirectory()) {
    const list = readPlainFile(join(staging, STAGED_LIST), STAGED_LIST_BYTES);
    const shownList = join(shownOut, STAGING_FOLDER, STAGED_LIST);
    const names = list.kind === 'text' ? stagedNames(list.text, staging) : undefined;
    if (names && typeof names !== 'string') {
      await moveStaged(outDir, names);
      said = `Lượt chấm trước vào ${shownOut} bị dừng khi đang thay tệp: đã ghi nốt kết quả của lượt ấy (đủ ${names.length} tệp).`;
    } else {
      await rm(staging, { recursive: true, force: true });
      const why = list.kind === 'refused' ? `danh sách ${shownList} là ${list.why}, không đọc; ` : typeof names === 'string' ? `danh sách ${shownList} nêu ${names}, không làm theo; ` : '';
      said = `Lượt chấm trước vào ${shownOut} bị dừng giữa chừng: ${why}phần ghi dở đã bỏ, kết quả trước đó giữ nguyên.`;
    }
  }
  for (const name of readdirSync(outDir)) {
    if (!/^\..+\.\d+\.\d+\.tmp$/.test(name) && !/^\.thidua-ghi-thu-\d+$/.test(name)) continue;
    // Only a file is a leftover of thidua's: a folder of that name is someone's, left alone.
    if (!lstatSync(join(outDir, name), { throwIfNoEntry: false })?.isDirectory()) await rm(join(outDir, name), { force: true });
  }
  return said;
}

/**
 * The names a finished run's list gives, each a plain file in the staging folder (or already moved); otherwise what is
 * wrong with the list, in the officer's words; undefined when it is not a list of names (written half).
 */
function stagedNames(text: string, staging: string): string[] | string | undefined {
  let names: unknown;
  try {
    names = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return undefined;
  for (const name of names as string[]) {
    if (name === '' || name === '.' || name === '..' || basename(name) !== name || /[\\/\0]/.test(name)) return `«${name}», không phải tên một tệp trong thư mục ấy`;
    const info = lstatSync(join(staging, name), { throwIfNoEntry: false });
    if (info && !info.isFile()) return `«${name}» là ${notRegular(info)}`;
  }
  return names as string[];
}

/* Made for: hostile folders losing nothing: output names that never land on an input nor on each other, only inside the output folder, written by a temporary file renamed into place; and (issue 48) one writer per folder, a run written whole or not at all. */
