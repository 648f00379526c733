// A worker thread of a `thidua score` run: scores the files it is handed one after the other (so the first
// file in hand is the one it is on, the one a time or memory limit stops) and posts each result back; the
// command keeps the order and prints every message itself.
import '../core/zod-jitless.js';
import { parentPort, workerData } from 'node:worker_threads';
import { scoreFile, type FileJob, type FileTask } from './score-file.js';

const job = workerData as FileJob;
let queue = Promise.resolve();
parentPort!.on('message', (message: { index: number; task: FileTask }) => {
  queue = queue.then(async () => parentPort!.postMessage({ index: message.index, result: await scoreFile(job, message.task) }));
});

// Made for cli/score-pool.ts: every workbook of a run read and scored away from the thread that owns the run.
