// The page's scoring thread: a Web Worker whose code is built into the page as text (one offline file:
// a Blob URL is the only way to start it from file://). A worker that dies under a file, or takes longer than a
// file may (StepTimedOut), is replaced on the next step; only that file's step fails (ThreadLost). The run's job
// is kept here and given to each worker it starts, first, so a worker started anew reads as the lost one did.
import { READ_LIMITS } from '../../core/workbook/limits.js';
import { Cancelled, StepTimedOut, ThreadLost, type StepThread } from './commune-run.js';
import type { RunAnswer, RunRequest } from './run-steps.js';

/** The worker's script (excel-addin/page/run-worker.ts, bundled), put in by the build. */
declare const THIDUA_RUN_WORKER: string;

export class WorkerThread implements StepThread {
  private worker: Worker | undefined;

  private url: string | undefined;

  private pending: { id: number; resolve: (a: RunAnswer) => void; reject: (e: Error) => void } | undefined;

  private nextId = 0;

  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The run's job, given to the worker under way and to every one started after it. */
  private job: RunRequest | undefined;

  /** `stepSeconds`: the longest one step may take before the worker is stopped (the command line's limit). */
  constructor(private readonly stepSeconds: number = READ_LIMITS.fileSeconds) {}

  step(request: Parameters<StepThread['step']>[0]): Promise<RunAnswer> {
    const id = ++this.nextId;
    if (request.step === 'job') {
      // Kept, not asked: the worker takes it in order before the next step, and a new worker is given it first.
      this.job = { ...request, id };
      this.worker?.postMessage(this.job);
      return Promise.resolve({ id, ok: true, step: 'job' });
    }
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject };
      this.timer = setTimeout(() => this.stop(new StepTimedOut(this.stepSeconds)), this.stepSeconds * 1000);
      worker.postMessage({ ...request, id } as RunRequest);
    });
  }

  /** Stops the thread now (the officer's «Hủy»): the step under way ends with Cancelled. */
  close(): void {
    this.stop(new Cancelled());
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    this.url ??= URL.createObjectURL(new Blob([THIDUA_RUN_WORKER], { type: 'text/javascript' }));
    const worker = new Worker(this.url);
    worker.onmessage = (e: MessageEvent<RunAnswer>) => {
      if (this.pending?.id !== e.data.id) return;
      const { resolve } = this.pending;
      this.pending = undefined;
      clearTimeout(this.timer);
      resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.stop(new ThreadLost(e.message));
    };
    worker.onmessageerror = () => this.stop(new ThreadLost('messageerror'));
    if (this.job) worker.postMessage(this.job);
    this.worker = worker;
    return worker;
  }

  private stop(why: Error): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(why);
  }
}

// Made for: scoring off the page's main thread, in one file opened from disk, surviving a hostile file.
