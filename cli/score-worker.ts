// A worker thread of a `thidua score` run: scores the files it is handed one after the other (so the first
// file in hand is the one it is on, the one a time or memory limit stops) and posts each result back; the
// command keeps the order and prints every message itself.
import '../core/zod-jitless.js';
import { parentPort, workerData } from 'node:worker_threads';
import { criteriaOfInput } from './files.js';
import { ownBuffers } from './let-go.js';
import { scoreFile, type FileJob, type FileTask } from './score-file.js';

const job = workerData as FileJob;
let queue = Promise.resolve();
parentPort!.on('message', (message: { index: number; task: FileTask } | { criteriaOf: string }) => {
  queue = queue.then(async () => {
    if ('task' in message) {
      const result = await scoreFile(job, message.task);
      return parentPort!.postMessage({ index: message.index, result }, ownBuffers(result.copy ?? []));
    }
    // A run without --criteria: an input's own scoring sheet, read here too; what is wrong with it is a usage error.
    await criteriaOfInput(message.criteriaOf, job.cwd).then(
      (found) => parentPort!.postMessage({ found }),
      (e: unknown) => parentPort!.postMessage({ usage: e instanceof Error ? e.message : String(e) }),
    );
  });
});

// Made for cli/score-pool.ts: every workbook of a run read and scored away from the thread that owns the run.
