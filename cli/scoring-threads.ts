// The scoring threads themselves: the built worker, its limits, how many a run has, how each hands its results
// back and says which file it is on, and the ones started as `thidua score` starts. A worker takes ~60 ms to load its
// code; started with the command (cli/score-start.ts, once its inputs are listed), before the command loads its own
// and reads its criteria and previous result, that time is spent beside the command's, not after it (the run's job,
// known later, is the worker's first message). Kept apart from score-pool.ts so the command's dispatcher can start
// them without loading the run.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The built worker (dist-cli/score-worker.mjs) beside the built command; absent when run from the sources. */
export const WORKER = new URL('../score-worker.mjs', import.meta.url);

/**
 * A worker's heap (V8's old generation): the largest sheet READ_LIMITS lets through (16 MB of XML) takes
 * some 450 MB in ExcelJS; a merge bomb or an inflated size lie that would take gigabytes stops here.
 */
export const WORKER_HEAP_MB = 640;

/**
 * The worker's heap limits. Its young generation is held to 16 MB (it grew to 32 MB over 300 files, though a file's
 * garbage dies young): 300 workbooks peaked at ~206 MB instead of ~230 MB and 60 at ~141 instead of ~154,
 * in the same processor time (8 MB cost more scavenges; 32 and 64 peaked higher).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 };

/**
 * Files a run holds before a two-core machine gives it a second worker. With one worker there the command's thread is
 * idle ~60 % of the run (it zips and writes the copies, then tong-hop.xlsx), but a second worker warms up its own code
 * and collects its own garbage: alternated pairs on 2 cores, two workers against one, wall time (processor time) —
 * 12 files 1.10× (1.18×), 60 files 0.98× (1.24×), 120 files 0.93× (1.19×), 300 files 0.93× (1.24×), 900 files 0.83×
 * (1.11×), 4,200 files 0.82× (1.11×: 28.0 s against 34.1 s), the peak ~40–50 MB higher.
 */
export const SECOND_WORKER_FILES = 100;

/**
 * How many workers score a run of `files` files on `cores` cores: THIDUA_THREADS when set, else one per core but the
 * one the command's own thread needs (it decides the run, zips and writes the copies and tong-hop.xlsx) — and on two
 * cores, one per core for a run of SECOND_WORKER_FILES or more.
 */
export function scoringThreads(files = 0, cores = availableParallelism()): number {
  const asked = Number(process.env.THIDUA_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return cores === 2 && files >= SECOND_WORKER_FILES ? 2 : Math.max(1, cores - 1);
}

/** The workers a run of `files` files has: no more than its files (none for none). */
export function runWorkers(files: number): number {
  return Math.min(scoringThreads(files), files);
}

/**
 * Whether a run's `workers` zip the copies they make, rather than hand their parts to the command's thread to zip: when
 * they take every core, the command's thread has none to spare. On 2 cores, 300 workbooks, two workers: the command's
 * thread deflated every copy (~0.2 s of processor time) while both workers made the next; zipped by the workers, the
 * same processor time in all, the peak ~12 MB lower (190 against 202 MB, medians of 5 alternated pairs, load 20–22).
 * One worker beside a free core leaves them to the command's thread: zipped by it, the worker's own processor time rose
 * from 1.56–1.60 s to 1.75–1.91 s (load 17–19), and a single worker is the run's longest path.
 */
export function zipsInWorker(workers: number, cores = availableParallelism()): boolean {
  return workers >= cores;
}

/** A worker of `script` for a command run in `cwd` (what the worker knows before any job). */
export function startWorker(script: URL, cwd: string): Worker {
  return new Worker(script, { workerData: { cwd }, resourceLimits: WORKER_LIMITS });
}

/**
 * A worker hands its results back a batch at a time, not one message a file: each message woke the command's thread,
 * asleep most of the run, and on 300 workbooks the 600 messages took 0.44–0.56 s of the worker's processor time
 * (the results' clone itself ~45 ms). A batch goes back once it holds RESULTS_IN_BATCH files, once its first is
 * BATCH_MS old as a file ends (progress lines and copies to write keep coming on slow files), and whenever the
 * worker has no other file in hand. Reading is synchronous, so no timer can send a batch during a file: results
 * finished just before a slow file wait for it to end (or, the worker lost, are scored again by the next).
 */
export const RESULTS_IN_BATCH = 8;

/** How long a batch's first result may wait for the others. */
export const BATCH_MS = 100;

/** What crosses to a worker for its clock: the shared cells and the instant their times count from. */
export type ClockCells = { shared: SharedArrayBuffer; epoch: number };

/** Milliseconds on a clock every thread of the process reads alike and no change of the date moves. */
const monotonicMs = (): number => Number(process.hrtime.bigint() / 1_000_000n);

const FILE = 0;
const SINCE = 1;

/**
 * The file a worker is on and since when, in memory both threads see: the worker writes it as it begins and ends
 * each file, the command's thread reads it when its timer fires, so each file keeps its time limit though its
 * result comes back later, with others.
 */
export class FileClock {
  private readonly cells: Int32Array;

  /** A clock for a new worker, on no file. */
  static make(): FileClock {
    const clock = new FileClock({ shared: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT), epoch: monotonicMs() });
    clock.end();
    return clock;
  }

  constructor(readonly at: ClockCells) {
    this.cells = new Int32Array(at.shared);
  }

  begin(index: number): void {
    Atomics.store(this.cells, SINCE, monotonicMs() - this.at.epoch);
    Atomics.store(this.cells, FILE, index);
  }

  end(): void {
    Atomics.store(this.cells, FILE, -1);
  }

  /** The file the worker is on, and how many milliseconds it has been on it; undefined between files. */
  on(): { index: number; for: number } | undefined {
    const index = Atomics.load(this.cells, FILE);
    return index < 0 ? undefined : { index, for: monotonicMs() - this.at.epoch - Atomics.load(this.cells, SINCE) };
  }
}

/** Workers started with the command, not yet taken by its run: unreferenced until taken, so an early usage error still ends the process. */
const early: { worker: Worker; cwd: string; exited: boolean }[] = [];

/** Whether the worker is built (from the sources, as tests run in-process, the command scores on its own thread). */
export function workerBuilt(worker: URL = WORKER): boolean {
  return existsSync(fileURLToPath(worker));
}

/** Starts now those of the workers a run of `files` files will use not yet started; a run of none ends them. */
export function startEarly(cwd: string, files: number): void {
  if (files === 0) endEarly();
  for (let i = early.length; i < runWorkers(files); i++) {
    const started = { worker: startWorker(WORKER, cwd), cwd, exited: false };
    started.worker.unref();
    // Until a run takes it, a worker that fails to load is only marked: the run starts another in its place.
    started.worker.on('error', () => {}).once('exit', () => (started.exited = true));
    early.push(started);
  }
}

/** Ends the workers started with the command that its run did not take (it had fewer files than threads, or none). */
export function endEarly(): void {
  for (const started of early.splice(0)) void started.worker.terminate();
}

/** A worker started with the command, for a run of `script` in `cwd`, alive; undefined when none is left. */
export function takeEarly(script: URL, cwd: string): Worker | undefined {
  if (script.href !== WORKER.href) return undefined;
  for (let started = early.shift(); started; started = early.shift()) {
    if (!started.exited && started.cwd === cwd) {
      started.worker.removeAllListeners().ref();
      return started.worker;
    }
    void started.worker.terminate();
  }
  return undefined;
}

// Made for `thidua score` on a commune's folder: the scoring worker loading its code while the command loads its own.
