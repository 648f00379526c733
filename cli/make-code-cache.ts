// Run once by scripts/build-cli.mjs, never installed: a scoring worker started with the flags the command sets
// (cli/tier-up.ts, cli/heap-growing.ts; V8 rejects a cache made under other flags) writes its code cache beside it (cli/score-worker-start.ts).
import './tier-up.js';
import './heap-growing.js';
import { Worker } from 'node:worker_threads';
import { WORKER } from './scoring-threads.js';

const worker = new Worker(WORKER, { workerData: { cwd: process.cwd(), makeCodeCache: true } });
worker.once('exit', (code) => (process.exitCode = code));

// Made for scripts/build-cli.mjs: the scoring worker's code cache, made as the worker loads.
