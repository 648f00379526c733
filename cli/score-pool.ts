// Runs the files of a `thidua score` run: in this thread for a few files, on worker threads (one per
// core) for a folder. Results come back in input order whatever order the workers finish in, so the
// progress lines, messages and outputs of a run are the same on one core or many.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scoreFile, type FileJob, type FileResult, type FileTask } from './score-file.js';

/** Below this many files a worker's start-up (loading ExcelJS again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/** The built worker (dist-cli/score-worker.mjs) beside the built command; absent when run from the sources. */
const WORKER = new URL('../score-worker.mjs', import.meta.url);

export async function scoreFiles(job: FileJob, tasks: readonly FileTask[], onResult: (index: number, result: FileResult) => void): Promise<void> {
  const threads = Math.min(availableParallelism(), tasks.length);
  if (tasks.length < MIN_FILES_FOR_WORKERS || threads < 2 || !existsSync(fileURLToPath(WORKER))) {
    for (const [i, task] of tasks.entries()) onResult(i, await scoreFile(job, task));
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
    let running = 0;
    const start = () => {
      const worker = new Worker(WORKER, { workerData: job });
      let current: number | undefined;
      const give = () => {
        if (next >= tasks.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, task: tasks[current] });
      };
      worker.on('message', (m: { index: number; result: FileResult }) => {
        deliver(m.index, m.result);
        give();
      });
      // A worker that dies (out of memory on a hostile file) costs only its file; another takes over.
      const lost = (why: string) => {
        if (current === undefined) return;
        const name = tasks[current]!.name;
        deliver(current, { units: 0, output: null, cards: [], errors: [{ file: name, message: `Không chấm được tệp ${name}: ${why}` }] });
        current = undefined;
        if (next < tasks.length) start();
      };
      worker.on('error', (e) => lost(e.message));
      worker.on('exit', (code) => {
        lost(`luồng chấm dừng bất thường (mã ${code})`);
        running--;
        if (running === 0 && delivered === tasks.length) resolve();
      });
      running++;
      give();
    };
    for (let t = 0; t < threads; t++) start();
  });
}
