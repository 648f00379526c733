// A worker thread of a `thidua score` run: given the run's job and its clock first (it may be started before the job
// is known, cli/scoring-threads.ts), it scores the files it is handed one after the other (so the file its clock
// names is the one a time or memory limit stops) and posts the results back by batch; the command keeps the order
// and prints every message itself.
import '../core/zod-jitless.js';
import { parentPort, workerData } from 'node:worker_threads';
import { useNativeHash } from '../core/run/sha256.js';
import { criteriaOfInput } from './files.js';
import { ownBuffers } from './let-go.js';
import { NodePieceHash } from './node-hash.js';
import { scoreFile, type FileJob, type FileResult, type FileTask } from './score-file.js';
import { BATCH_MS, FileClock, RESULTS_IN_BATCH, type ClockCells } from './scoring-threads.js';

// The kept cells' digests in Node's native SHA-256, as on the command's thread (cli/program.ts).
useNativeHash(() => new NodePieceHash());

const { cwd } = workerData as { cwd: string };
/** The run's job, the first message of a scoring worker (a worker reading criteria sheets has none). */
let job: FileJob | undefined;
let clock: FileClock | undefined;
let queue = Promise.resolve();
/** Files handed and not yet scored: with none left, the batch goes back at once. */
let handed = 0;
let batch: { index: number; result: FileResult }[] = [];
let transfer: ArrayBuffer[] = [];
let batchSince = 0;

function postBatch(): void {
  parentPort!.postMessage({ results: batch }, transfer);
  batch = [];
  transfer = [];
}

type Message = { job: FileJob; clock: ClockCells } | { tasks: { index: number; task: FileTask }[] } | { criteriaOf: string };

parentPort!.on('message', (message: Message) => {
  if ('job' in message) {
    job = message.job;
    clock = new FileClock(message.clock);
    return;
  }
  if ('tasks' in message) {
    handed += message.tasks.length;
    for (const { index, task } of message.tasks) {
      queue = queue.then(async () => {
        // A file is read without a turn of this thread's loop (synchronous reads): turned before each, the files the
        // command hands meanwhile are taken in, so the hand is not emptied and the worker not left waiting for its answer.
        await new Promise(setImmediate);
        clock!.begin(index);
        const result = await scoreFile(job!, task);
        clock!.end();
        handed--;
        if (batch.length === 0) batchSince = performance.now();
        batch.push({ index, result });
        if (result.copy) transfer.push(...(Array.isArray(result.copy) ? ownBuffers(result.copy) : [result.copy.zip.buffer as ArrayBuffer]));
        if (handed === 0 || batch.length >= RESULTS_IN_BATCH || performance.now() - batchSince >= BATCH_MS) postBatch();
      });
    }
    return;
  }
  // A run without --criteria: an input's own scoring sheet, read here too; what is wrong with it is a usage error.
  queue = queue.then(() =>
    criteriaOfInput(message.criteriaOf, cwd).then(
      (found) => parentPort!.postMessage({ found }),
      (e: unknown) => parentPort!.postMessage({ usage: e instanceof Error ? e.message : String(e) }),
    ),
  );
});

// Made for cli/score-pool.ts: every workbook of a run read and scored away from the thread that owns the run.
