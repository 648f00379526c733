// Runs the files of a `thidua score` run: in this thread for a few files, on worker threads (one per
// core) for a folder. Results come back in input order whatever order the workers finish in, so the
// progress lines, messages and outputs of a run are the same on one core or many. The workers stay up
// between batches of one run (the copies written again with the run's flags reuse them).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scoreFile, type FileJob, type FileResult, type FileTask } from './score-file.js';

/** Below this many files a worker's start-up (loading ExcelJS again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/** The built worker (dist-cli/score-worker.mjs) beside the built command; absent when run from the sources. */
const WORKER = new URL('../score-worker.mjs', import.meta.url);

type OnResult = (index: number, result: FileResult) => void;

/**
 * How many worker threads a large run uses: THIDUA_THREADS when set, else one per core but the one the
 * command's own thread needs. On two cores or fewer that is none: measured on a 2-core machine, two
 * workers beside the main thread took longer than one thread (3.8 s against 3.5 s for 300 workbooks).
 */
function workerThreads(): number {
  const asked = Number(process.env.THIDUA_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, availableParallelism() - 1);
}

export class ScorePool {
  private readonly workers: Worker[] = [];

  private readonly threads: number;

  /** `files`: how many the run holds, to decide whether workers pay for themselves. */
  constructor(
    private readonly job: FileJob,
    files: number,
  ) {
    this.threads = files >= MIN_FILES_FOR_WORKERS && existsSync(fileURLToPath(WORKER)) ? Math.min(workerThreads(), files) : 1;
  }

  async run(tasks: readonly FileTask[], onResult: OnResult): Promise<void> {
    if (this.threads < 2 || tasks.length < 2) {
      for (const [i, task] of tasks.entries()) onResult(i, await scoreFile(this.job, task));
      return;
    }
    const done = new Map<number, FileResult>();
    let delivered = 0;
    const deliver = (index: number, result: FileResult) => {
      done.set(index, result);
      while (done.has(delivered)) {
        onResult(delivered, done.get(delivered)!);
        done.delete(delivered);
        delivered++;
      }
    };
    let next = 0;
    await new Promise<void>((resolve) => {
      const finish = () => delivered === tasks.length && resolve();
      const serve = (worker: Worker) => {
        let current: number | undefined;
        const give = () => {
          if (next >= tasks.length) {
            current = undefined;
            worker.off('message', onMessage).off('error', onError).off('exit', onExit);
            finish();
            return;
          }
          current = next++;
          worker.postMessage({ index: current, task: tasks[current] });
        };
        const onMessage = (m: { index: number; result: FileResult }) => {
          deliver(m.index, m.result);
          give();
        };
        // A worker that dies (out of memory on a hostile file) costs only its file; a new one takes over.
        const lost = (why: string) => {
          this.workers.splice(this.workers.indexOf(worker), 1);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          if (current !== undefined) {
            const name = tasks[current]!.name;
            deliver(current, { units: 0, output: null, cards: [], errors: [{ file: name, message: `Không chấm được tệp ${name}: ${why}` }] });
          }
          if (next < tasks.length) serve(this.start());
          else finish();
        };
        const onError = (e: Error) => lost(e.message);
        const onExit = (code: number) => lost(`luồng chấm dừng bất thường (mã ${code})`);
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        give();
      };
      while (this.workers.length < Math.min(this.threads, tasks.length)) this.start();
      for (const worker of [...this.workers]) serve(worker);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(WORKER, { workerData: this.job });
    this.workers.push(worker);
    return worker;
  }
}
