// Runs the files of a `thidua score` run: in this thread for a few files; for a folder, in this thread and
// on worker threads, one thread per core in all. Results come back in input order whatever order the
// threads finish in, so the progress lines, messages and outputs of a run are the same on one core or
// many. The workers stay up between batches of one run (the copies written again with the run's flags
// reuse them).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scoreFile, type FileJob, type FileResult, type FileTask } from './score-file.js';

/** Below this many files a worker's start-up (loading ExcelJS again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * Files a worker has in hand at once: while its result waits for this thread's attention, it scores the
 * next. (This thread takes one at a time: reading and writing are synchronous, so a second file in hand
 * measured no faster and held one more workbook in memory.)
 */
const FILES_IN_WORKER = 2;

/** The built worker (dist-cli/score-worker.mjs) beside the built command; absent when run from the sources. */
const WORKER = new URL('../score-worker.mjs', import.meta.url);

type OnResult = (index: number, result: FileResult) => void;

/**
 * How many threads score a large run, this one included: THIDUA_THREADS when set, else one per core —
 * but one alone on two cores or fewer: measured on a 2-core machine over 300 workbooks, this thread with
 * one worker took as long as this thread alone (4.0 s against 3.9 s) for a third more processor time.
 */
function scoringThreads(): number {
  const asked = Number(process.env.THIDUA_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  const cores = availableParallelism();
  return cores <= 2 ? 1 : cores;
}

export type PoolOptions = {
  /** The worker's script. */
  worker?: URL;
  /** Whether this thread scores files too, beside its workers (it always does when there are none). */
  scoresHere?: boolean;
};

export class ScorePool {
  private readonly workers: Worker[] = [];

  private readonly workerCount: number;

  private readonly worker: URL;

  private readonly scoresHere: boolean;

  /** `files`: how many the run holds, to decide whether workers pay for themselves. */
  constructor(
    private readonly job: FileJob,
    files: number,
    { worker = WORKER, scoresHere = true }: PoolOptions = {},
  ) {
    this.worker = worker;
    const wanted = files >= MIN_FILES_FOR_WORKERS && existsSync(fileURLToPath(worker)) ? scoringThreads() - (scoresHere ? 1 : 0) : 0;
    this.workerCount = Math.max(0, Math.min(wanted, files));
    this.scoresHere = scoresHere || this.workerCount === 0;
  }

  async run(tasks: readonly FileTask[], onResult: OnResult): Promise<void> {
    if (tasks.length === 0) return;
    const done = new Map<number, FileResult>();
    let delivered = 0;
    let allDelivered!: () => void;
    const finished = new Promise<void>((resolve) => (allDelivered = resolve));
    const deliver = (index: number, result: FileResult) => {
      done.set(index, result);
      while (done.has(delivered)) {
        onResult(delivered, done.get(delivered)!);
        done.delete(delivered);
        delivered++;
      }
      if (delivered === tasks.length) allDelivered();
    };
    let next = 0;
    // Files a lost worker had in hand go again, each alone on a new worker: only the one that brings a
    // worker down again is the file at fault; the others are scored as if nothing had happened.
    const again: number[] = [];

    const serve = (worker: Worker) => {
      const current = new Set<number>();
      let alone = false;
      const post = (index: number, suspect: boolean) => {
        current.add(index);
        alone = suspect;
        worker.postMessage({ index, task: tasks[index] });
      };
      const fill = () => {
        while (!alone && current.size < FILES_IN_WORKER) {
          if (again.length > 0) {
            if (current.size > 0) break;
            post(again.shift()!, true);
          } else if (next < tasks.length) post(next++, false);
          else break;
        }
        if (current.size === 0) worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      const onMessage = (m: { index: number; result: FileResult }) => {
        current.delete(m.index);
        alone = false;
        deliver(m.index, m.result);
        fill();
      };
      // A worker that dies (out of memory on a hostile file) costs only the file at fault; a new one takes over.
      const lost = (why: string) => {
        this.workers.splice(this.workers.indexOf(worker), 1);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        for (const index of current) {
          if (!alone) {
            again.push(index);
            continue;
          }
          const name = tasks[index]!.name;
          deliver(index, { units: 0, output: null, cards: [], errors: [{ file: name, message: `Không chấm được tệp ${name}: ${why}` }] });
        }
        if (next < tasks.length || again.length > 0) serve(this.start());
      };
      const onError = (e: Error) => lost(e.message);
      const onExit = (code: number) => lost(`luồng chấm dừng bất thường (mã ${code})`);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      fill();
    };
    const usingWorkers = tasks.length > 1 && this.workerCount > 0;
    if (usingWorkers) {
      while (this.workers.length < Math.min(this.workerCount, tasks.length)) this.start();
      for (const worker of [...this.workers]) serve(worker);
    }

    // This thread's own share, taken from the same queue (never a file that brought a worker down).
    if (this.scoresHere || !usingWorkers) {
      while (next < tasks.length) {
        const index = next++;
        deliver(index, await scoreFile(this.job, tasks[index]!));
      }
    }
    await finished;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(this.worker, { workerData: this.job });
    this.workers.push(worker);
    return worker;
  }
}
