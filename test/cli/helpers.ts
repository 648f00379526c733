// Report workbooks for the command-line tests (built in scripts/harness/report-workbooks.ts, laid out by hand
// with ExcelJS, not through thidua's own template), and ways to run the command line: as a child process and in-process.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main, printed } from '../../cli/main.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { OoxmlPackage } from '../../adapters/ooxml/package.js';

export const BIN = fileURLToPath(new URL('../../cli/bin.mjs', import.meta.url));

export * from '../../scripts/harness/report-workbooks.js';

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'thidua-cli-'));
}

/** sha256 of every file under `dir`, by relative path. */
export async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length + 1)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

export type Run = { code: number; stdout: string; stderr: string };

export function runChild(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * The command line run in-process, its stdout and stderr what the built command prints (each write made safe for a
 * terminal and ended by a line break, `printed` in cli/main.ts): a test of what the command writes and says, without a
 * process of its own (~0.2 s of processor time a run for Node's start and the command's chunks). A test about the
 * process (its environment, signals, worker threads, memory, the binary's start) runs it as a child.
 */
export async function runInProcess(args: string[], cwd: string, heard?: (line: string) => void): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => void (stdout += printed(t)), err: (t) => void ((stderr += printed(t)), heard?.(t)), cwd });
  return { code, stdout, stderr };
}

/** A run held to exit 0 (the command and its stderr said when not). */
async function heldOk(args: string[], running: Promise<Run>): Promise<Run> {
  const run = await running;
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run;
}

/**
 * The built command line run as a child whose clock starts at `now` (test/helpers/fixed-clock.mjs, loaded with
 * --import) under the time zone `tz`: what it dates, against the machine's calendar.
 */
export function runChildAt(args: string[], cwd: string, now: string, tz: string): Promise<Run> {
  return runChild(args, cwd, { TZ: tz, THIDUA_TEST_NOW: now, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${new URL('../helpers/fixed-clock.mjs', import.meta.url).href}`.trim() });
}

/** The built command line run as a child process, held to exit 0. */
export const runChildOk = (args: string[], cwd: string): Promise<Run> => heldOk(args, runChild(args, cwd));

/** The built command line run as a child whose clock starts at `now` (runChildAt, on UTC), held to exit 0. */
export const runChildAtOk = (args: string[], cwd: string, now: Date): Promise<Run> => heldOk(args, runChildAt(args, cwd, now.toISOString(), 'UTC'));

/** The command line run in-process, held to exit 0. */
export const runOk = (args: string[], cwd: string): Promise<Run> => heldOk(args, runInProcess(args, cwd));

export async function openXlsx(path: string): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(await readFile(path));
}

/** The notes of a sheet as Excel keeps them (its comments part), by cell: read from the package, whatever runs the text is in. */
export async function notesOf(path: string, sheet: string): Promise<Map<string, string>> {
  const pkg = OoxmlPackage.open(await readFile(path));
  const part = pkg.sheets().find((s) => s.name === sheet)?.part;
  const comments = part ? pkg.relationships(part).find((r) => r.type.endsWith('/comments'))?.target : undefined;
  const notes = new Map<string, string>();
  let ref: string | undefined;
  let inT = false;
  if (comments) {
    pkg.parse(comments, {
      open: (name, a) => {
        if (name === 'comment') notes.set((ref = a.ref!), '');
        else if (name === 't') inT = true;
      },
      text: (text) => void (inT && ref && notes.set(ref, notes.get(ref)! + text)),
      close: (name) => {
        if (name === 't') inT = false;
      },
    });
  }
  return notes;
}
