// A worker thread of a large `thidua score` run: scores the files it is handed, one at a time, and posts
// each result back; the command keeps the order and prints every message itself.
import '../core/zod-jitless.js';
import { parentPort, workerData } from 'node:worker_threads';
import { scoreFile, type FileJob, type FileTask } from './score-file.js';

const job = workerData as FileJob;
parentPort!.on('message', (message: { index: number; task: FileTask }) => {
  void scoreFile(job, message.task).then((result) => parentPort!.postMessage({ index: message.index, result }));
});
