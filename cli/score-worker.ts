// A worker thread of a `thidua score` run: given the run's job first (it may be started before the job is known,
// cli/scoring-threads.ts), it scores the files it is handed one after the other (so the first file in hand is the one
// it is on, the one a time or memory limit stops) and posts each result back; the command keeps the order and prints
// every message itself.
import '../core/zod-jitless.js';
import { parentPort, workerData } from 'node:worker_threads';
import { criteriaOfInput } from './files.js';
import { ownBuffers } from './let-go.js';
import { scoreFile, type FileJob, type FileTask } from './score-file.js';

const { cwd } = workerData as { cwd: string };
/** The run's job, the first message of a scoring worker (a worker reading criteria sheets has none). */
let job: FileJob | undefined;
let queue = Promise.resolve();
parentPort!.on('message', (message: { job: FileJob } | { index: number; task: FileTask } | { criteriaOf: string }) => {
  if ('job' in message) {
    job = message.job;
    return;
  }
  queue = queue.then(async () => {
    if ('task' in message) {
      const result = await scoreFile(job!, message.task);
      return parentPort!.postMessage({ index: message.index, result }, ownBuffers(result.copy ?? []));
    }
    // A run without --criteria: an input's own scoring sheet, read here too; what is wrong with it is a usage error.
    await criteriaOfInput(message.criteriaOf, cwd).then(
      (found) => parentPort!.postMessage({ found }),
      (e: unknown) => parentPort!.postMessage({ usage: e instanceof Error ? e.message : String(e) }),
    );
  });
});

// Made for cli/score-pool.ts: every workbook of a run read and scored away from the thread that owns the run.
