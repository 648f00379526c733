// Runs the files of a `thidua score` run on worker threads, never on the command's own thread: a workbook
// is untrusted input, and the thread that owns the run (its messages, its JSON, tong-hop.xlsx) must outlive
// any one of them. Each worker has a heap limit and each file a time limit; a file that exhausts either
// costs only itself — the worker is ended and a new one takes the files it had in hand — and the run goes
// on. Results come back in input order whatever order the workers finish in, so the progress lines,
// messages and outputs of a run are the same on one core or many. The workers stay up between batches of
// one run (the copies written again with the run's flags reuse them).
import type { Worker } from 'node:worker_threads';
import { formatNumberVi } from '../core/values.js';
import { READ_LIMITS } from '../core/workbook/limits.js';
import { UsageError } from './command.js';
import { criteriaOfInput, type InputCriteria } from './files.js';
import { keptBudget, scoreFile, type FileJob, type FileResult, type FileTask } from './score-file.js';
import { endEarly, FileClock, RESULTS_IN_BATCH, runWorkers, startWorker, takeEarly, WORKER, WORKER_HEAP_MB, workerBuilt, zipsInWorker } from './scoring-threads.js';

const FILE_SECONDS = READ_LIMITS.fileSeconds;

/**
 * Files a worker has in hand at once: while a batch of results waits for the command's attention, it reads the
 * next batch.
 */
const FILES_IN_WORKER = 2 * RESULTS_IN_BATCH;

/**
 * Files in hand while the copies are made, and copies the command may hold waiting to be written: the command's
 * thread (zips and) writes every copy while the worker plans and makes the next (zipsInWorker). Over 300 files (six runs each, when the
 * command's thread zipped them) 32 ran in the same time as 128 and peaked ~15 MB lower (173 against 189 MB); 16
 * made the worker wait. A copy is ~40 KB zipped (the examples).
 */
export const COPIES_IN_WORKER = 32;

/**
 * Takes a file's result in input order. A promise given back holds the result until it settles (a scored copy
 * waiting to be written): while `ahead` are held, no worker is given more, so what waits for the command is bounded.
 */
type OnResult = (index: number, result: FileResult) => void | Promise<unknown>;

/** The time limit of one file: THIDUA_FILE_SECONDS when set (tests of a looping file), else FILE_SECONDS. */
function fileSeconds(): number {
  const asked = Number(process.env.THIDUA_FILE_SECONDS);
  return Number.isFinite(asked) && asked > 0 ? asked : FILE_SECONDS;
}

/** Why a worker was lost, in the officer's words, for the file it was working on. */
function lostBecause(name: string, why: { timeout: true } | { error: Error } | { exit: number }): string {
  if ('timeout' in why) return `Tệp ${name} chấm quá ${formatNumberVi(fileSeconds())} giây nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy).`;
  if ('error' in why && (why.error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `Tệp ${name} cần hơn ${formatNumberVi(WORKER_HEAP_MB)} MB bộ nhớ để mở nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy).`;
  }
  return `Không chấm được tệp ${name}: luồng chấm dừng bất thường (${'exit' in why ? `mã ${why.exit}` : ((why.error as NodeJS.ErrnoException).code ?? 'lỗi không rõ')}).`;
}

export type PoolOptions = {
  /** The worker's script. */
  worker?: URL;
};

/** A worker of the run and the clock it keeps of the file it is on. */
type Thread = { worker: Worker; clock: FileClock };

export class ScorePool {
  private readonly workers: Thread[] = [];

  /**
   * The worker each file was handed to to be read (by its path): the workbook it kept open for the file's copy is
   * there. A copy handed to another worker opened and read its workbook again: with two workers, 147 of the bench's
   * 300 were read twice, each also held to the end by the worker that kept it.
   */
  private readonly readBy = new Map<string, Thread>();

  private readonly workerCount: number;

  private readonly worker: URL;

  /** `files`: how many the run holds (no more workers than files). */
  constructor(
    private readonly job: FileJob,
    files: number,
    { worker = WORKER }: PoolOptions = {},
  ) {
    this.worker = worker;
    // Without the built worker (tests run in-process from the sources) files are scored on this thread.
    this.workerCount = workerBuilt(worker) ? Math.max(1, runWorkers(files)) : 0;
  }

  /**
   * `ahead`: how many files each worker is given at once (FILES_IN_WORKER unless the caller keeps its thread busy),
   * and how many results the caller may hold before the workers are given more.
   * `prepare`: the task as a worker is handed it, made then (a copy's share given just before it is made, not all first).
   */
  async run(tasks: readonly FileTask[], onResult: OnResult, ahead = FILES_IN_WORKER, prepare: (index: number) => FileTask = (i) => tasks[i]!): Promise<void> {
    if (tasks.length === 0) return;
    if (this.workerCount === 0) {
      for (const index of tasks.keys()) await onResult(index, await scoreFile(this.job, prepare(index)));
      return;
    }
    const done = new Map<number, FileResult>();
    let delivered = 0;
    // Results the caller still holds (their promises unsettled): no worker is handed more while `ahead` are held.
    let held = 0;
    const refills = new Set<() => void>();
    let allDelivered!: () => void;
    const finished = new Promise<void>((resolve) => (allDelivered = resolve));
    const deliver = (index: number, result: FileResult) => {
      done.set(index, result);
      while (done.has(delivered)) {
        const holding = onResult(delivered, done.get(delivered)!);
        if (holding) {
          held++;
          void holding.finally(() => {
            held--;
            for (const refill of refills) refill();
          });
        }
        done.delete(delivered);
        delivered++;
      }
      if (delivered === tasks.length) allDelivered();
    };
    // Files waiting for a worker: those a lost worker had in hand go first.
    const waiting: number[] = [];
    // Files a worker had in hand when it was lost between files (no file on its clock: posting results, say): any of them
    // may have brought it down, or none. Each is handed again alone, so a worker lost with one in hand names the file.
    const suspects = new Set<number>();
    let next = 0;
    // Files read by this pool (the copies' run): each goes to the worker that read it, while it is alive.
    const owners = tasks.map((t) => this.readBy.get(t.path));
    const affine = owners.some((o) => o !== undefined);
    const taken = new Uint8Array(affine ? tasks.length : 0);
    /** Files handed out of input order stay within this many of the last delivered, so results waiting for their turn are bounded. */
    const window = ahead * this.workerCount;
    const claim = (index: number) => {
      taken[index] = 1;
      return index;
    };
    /** The next file for `thread` by affinity: its own or nobody's within the window, else, its hand `empty`, another's (read again). */
    const takeOwn = (thread: Thread, empty: boolean): number | undefined => {
      while (next < tasks.length && taken[next]) next++;
      let other: number | undefined;
      for (let i = next; i < tasks.length && i < delivered + window; i++) {
        if (taken[i]) continue;
        const owner = owners[i];
        if (owner === thread || owner === undefined || !this.workers.includes(owner)) return claim(i);
        other ??= i;
      }
      return empty && other !== undefined ? claim(other) : undefined;
    };
    /** The next file for a worker whose hand is `empty` or not: a suspect only into an empty hand. */
    const take = (thread: Thread, empty: boolean): number | undefined => {
      if (waiting.length > 0) return empty || !suspects.has(waiting[0]!) ? waiting.shift() : undefined;
      if (affine) return takeOwn(thread, empty);
      return next < tasks.length ? next++ : undefined;
    };
    const anyLeft = () => {
      if (waiting.length > 0) return true;
      while (affine && next < tasks.length && taken[next]) next++;
      return next < tasks.length;
    };

    const serve = (thread: Thread) => {
      const { worker, clock } = thread;
      const inHand: number[] = []; // in the order posted: the worker's order
      let timer: NodeJS.Timeout | undefined;
      // The file the worker is on, read from its clock while it has files in hand: past the limit, it is lost for it.
      const watch = () => {
        const on = clock.on();
        const left = fileSeconds() * 1000 - (on?.for ?? 0);
        if (on && left <= 0) lost({ timeout: true });
        else timer = setTimeout(watch, Math.max(left, 1));
      };
      // A suspect is alone in its hand.
      const room = () => inHand.length < ahead && held < ahead && !(inHand.length === 1 && suspects.has(inHand[0]!));
      const nextFile = () => (room() ? take(thread, inHand.length === 0) : undefined);
      const fill = () => {
        const handed: { index: number; task: FileTask }[] = [];
        for (let index = nextFile(); index !== undefined; index = nextFile()) {
          inHand.push(index);
          const task = prepare(index);
          if (!task.share) this.readBy.set(task.path, thread);
          handed.push({ index, task });
        }
        if (handed.length > 0) worker.postMessage({ tasks: handed });
        if (inHand.length > 0 && timer === undefined) watch();
        if (inHand.length === 0 && !anyLeft()) stop();
      };
      const onMessage = (m: { results: { index: number; result: FileResult }[] }) => {
        for (const { index, result } of m.results) {
          inHand.splice(inHand.indexOf(index), 1);
          deliver(index, result);
        }
        if (inHand.length === 0) {
          clearTimeout(timer);
          timer = undefined;
        }
        fill();
        // Files now within the window may be another worker's, waiting with room in its hand.
        if (affine) for (const refill of refills) refill();
      };
      const stop = () => {
        refills.delete(fill);
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      // The file the worker was on brought it down; lost between files, a suspect alone in its hand did, else no file
      // is named yet: those in hand become suspects. The others go to another worker as they are, those it had scored
      // but not yet sent back too.
      const lost = (why: Parameters<typeof lostBecause>[1]) => {
        stop();
        const on = clock.on()?.index;
        const culprit = on !== undefined && inHand.includes(on) ? on : inHand.length === 1 && suspects.has(inHand[0]!) ? inHand[0] : undefined;
        if (culprit === undefined) for (const index of inHand) suspects.add(index);
        this.workers.splice(this.workers.findIndex((t) => t.worker === worker), 1);
        void worker.terminate();
        waiting.unshift(...inHand.filter((index) => index !== culprit));
        if (culprit !== undefined) {
          const name = tasks[culprit]!.name;
          deliver(culprit, { units: 0, output: null, cards: [], errors: [{ file: name, message: lostBecause(name, why) }] });
        }
        if (anyLeft()) serve(this.start());
      };
      const onError = (error: Error) => lost({ error });
      const onExit = (exit: number) => lost({ exit });
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      refills.add(fill);
      fill();
    };
    while (this.workers.length < this.workerCount) this.start();
    for (const worker of [...this.workers]) serve(worker);
    await finished;
  }

  async close(): Promise<void> {
    endEarly();
    await Promise.all(this.workers.splice(0).map(({ worker }) => worker.terminate()));
  }

  /**
   * A worker for the run: one started with the command when there is one, else a new one; either is given the job
   * first, with its share of the run's budget of workbooks kept open (two workers keeping the whole each held ~30 MB
   * more at 900 files, for no less time).
   */
  private start(): Thread {
    const worker = takeEarly(this.worker, this.job.cwd) ?? startWorker(this.worker, this.job.cwd);
    const clock = FileClock.make();
    worker.postMessage({ job: { ...this.job, keptBytes: Math.floor(keptBudget() / this.workerCount), zipCopies: zipsInWorker(this.workerCount) }, clock: clock.at });
    const thread = { worker, clock };
    this.workers.push(thread);
    return thread;
  }
}

/**
 * The criteria sheets of a run without --criteria, read from the inputs in a worker under the same limits:
 * an input that brings the worker down or runs past its time has no set to offer (it is said when scored).
 */
export class CriteriaReader {
  private worker: Worker | undefined;

  constructor(
    private readonly cwd: string,
    private readonly script: URL = WORKER,
  ) {}

  readonly read = (path: string): Promise<InputCriteria | undefined> => {
    if (!workerBuilt(this.script)) return criteriaOfInput(path, this.cwd);
    const worker = (this.worker ??= startWorker(this.script, this.cwd));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onLost).off('exit', onLost);
      };
      const onMessage = (m: { found?: InputCriteria } | { usage: string }) => {
        done();
        if ('usage' in m) reject(new UsageError(m.usage));
        else resolve(m.found);
      };
      const onLost = () => {
        done();
        this.worker = undefined;
        void worker.terminate();
        resolve(undefined);
      };
      const timer = setTimeout(onLost, fileSeconds() * 1000);
      worker.on('message', onMessage).on('error', onLost).on('exit', onLost);
      worker.postMessage({ criteriaOf: path });
    });
  };

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

// Made for `thidua score` over a commune's or a province's folder, where any file may be hostile (issue 25).
