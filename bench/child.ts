// What the command-line bench cases share: the built `thidua` (and the ExcelJS floor) run as an officer
// runs it, in a child process timed from outside, with its peak memory (test/fixtures/peak-memory.mjs);
// the machine's load average to print beside every figure; bench/.tmp folders that are always removed.
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'cli/bin.mjs');
export const EXAMPLES = join(ROOT, 'examples/bao-cao');
const PEAK = join(ROOT, 'test/fixtures/peak-memory.mjs');
const CPU = join(ROOT, 'bench/cpu-time.mjs');

/**
 * BENCH_SMOKE=1: every section on a tiny input, once — test/bench-smoke.test.ts runs them so a bench that no
 * longer runs fails the suite. Its figures then mean nothing; that it completes and prints them is what is tested.
 */
export const smoke = (): boolean => process.env.BENCH_SMOKE === '1';

/** `full` when measuring, `tiny` in a smoke run. */
export const sized = <T>(full: T, tiny: T): T => (smoke() ? tiny : full);

// The add-in and the extension built once per run (THIDUA_BUILDS: bench/run.ts, or the test run's for the smoke run).
export { builtAddin, builtExtension } from '../scripts/harness/builds.js';

let built = false;
/**
 * dist-cli rebuilt once per bench run, so the figures are of the code as it is in this tree. Not in the smoke run:
 * test/global-setup.ts built it for the test run, and the test files running beside it run it.
 */
export function buildCli(): void {
  if (built || process.env.VITEST) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  built = true;
}

export type ChildRun = { ms: number; cpuMs: number; peakKb: number; code: number; stdout: string; stderr: string };

/** `node --import peak-memory.mjs --import cpu-time.mjs <args>`: wall time from spawn to exit, the child's processor time (all threads) and its peak RSS. */
export function runNode(args: string[], cwd = ROOT): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK, '--import', CPU, ...args], { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const stderr = Buffer.concat(err).toString();
      const peak = /THIDUA_PEAK_RSS_KB=(\d+)/.exec(stderr);
      if (!peak) return reject(new Error(`no peak memory reported by node ${args.join(' ')} (exit ${code}):\n${stderr.slice(-2000)}`));
      const cpu = /THIDUA_CPU_MS=(\d+)/.exec(stderr);
      resolve({ ms, cpuMs: Number(cpu?.[1] ?? Number.NaN), peakKb: Number(peak[1]), code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr });
    });
  });
}

/** `thidua score <inputs…> --criteria ta-ma-2025 --out <out>`; any exit but `expectCode` is a failed bench. */
export async function runScore(inputs: string[], out: string, { cwd = ROOT, expectCode = 0, json = false } = {}): Promise<ChildRun> {
  const run = await runNode([BIN, 'score', ...inputs, '--criteria', 'ta-ma-2025', '--out', out, ...(json ? ['--json'] : [])], cwd);
  if (run.code !== expectCode) throw new Error(`thidua score exited ${run.code} (expected ${expectCode}):\n${run.stderr.slice(-2000)}`);
  return run;
}

/** The example commune's workbooks (file names). */
export async function exampleFiles(): Promise<string[]> {
  return (await readdir(EXAMPLES)).filter((f) => f.endsWith('.xlsx')).sort();
}

/** Copies `files` (names under examples/bao-cao) into `dir` under new names. */
export async function copyExamples(dir: string, files: { from: string; to: string }[]): Promise<void> {
  await Promise.all([...new Set(files.map((f) => dirname(join(dir, f.to))))].map((d) => mkdir(d, { recursive: true })));
  await Promise.all(files.map((f) => copyFile(join(EXAMPLES, f.from), join(dir, f.to))));
}

/** A fresh folder under bench/.tmp (gitignored) for `use`, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  await mkdir(join(ROOT, 'bench/.tmp'), { recursive: true });
  const dir = await mkdtemp(join(ROOT, 'bench/.tmp', `${prefix}-`));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The machine's 1/5/15-minute load average on its CPUs: every timing here shares the machine with it. */
export const load = (): string => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} / ${os.availableParallelism()} CPU`;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
