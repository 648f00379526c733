// The page's scoring thread: a Web Worker whose code is built into the page as text (one offline file:
// a Blob URL is the only way to start it from file://). Several steps may be in flight: the worker takes them one
// after the other, so the step at the head of the queue is the one it is on, and only that one is timed. A worker
// that dies under a file, or takes longer than a file may (StepTimedOut), is replaced at once; only the head step
// fails (ThreadLost), the steps behind it are posted again, in order, to the new worker. The run's job is kept here
// and given to each worker it starts, first, so a worker started anew reads as the lost one did.
import { READ_LIMITS } from '../../core/workbook/limits.js';
import { Cancelled, StepTimedOut, ThreadLost, type StepThread } from './commune-run.js';
import type { RunAnswer, RunRequest } from './run-steps.js';

/** The worker's script (excel-addin/page/run-worker.ts, bundled), put in by the build. */
declare const THIDUA_RUN_WORKER: string;

type Pending = { request: RunRequest; resolve: (a: RunAnswer) => void; reject: (e: Error) => void };

export class WorkerThread implements StepThread {
  private worker: Worker | undefined;

  private url: string | undefined;

  /** The steps posted and not answered, in the order posted: the worker's order, its head the one under way. */
  private readonly pending: Pending[] = [];

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
    return new Promise((resolve, reject) => {
      const step = { request: { ...request, id } as RunRequest, resolve, reject };
      this.pending.push(step);
      if (this.worker) this.worker.postMessage(step.request);
      else this.start();
      if (this.pending.length === 1) this.clock();
    });
  }

  /** Every step posted has been answered: nothing of a run is under way. */
  get quiet(): boolean {
    return this.pending.length === 0;
  }

  /** Stops the thread now (the officer's «Hủy»): every step not answered ends with Cancelled. */
  close(): void {
    this.stop();
    for (const step of this.pending.splice(0)) step.reject(new Cancelled());
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  /** A worker, given the run's job and then every step waiting, in order. */
  private start(): void {
    this.url ??= URL.createObjectURL(new Blob([THIDUA_RUN_WORKER], { type: 'text/javascript' }));
    const worker = new Worker(this.url);
    worker.onmessage = (e: MessageEvent<RunAnswer>) => {
      if (this.pending[0]?.request.id !== e.data.id) return;
      this.pending.shift()!.resolve(e.data);
      this.clock();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.lose(new ThreadLost(e.message));
    };
    worker.onmessageerror = () => this.lose(new ThreadLost('messageerror'));
    if (this.job) worker.postMessage(this.job);
    for (const step of this.pending) worker.postMessage(step.request);
    this.worker = worker;
  }

  /** The time limit of the step at the head, from now: the one before it has just been answered. */
  private clock(): void {
    clearTimeout(this.timer);
    this.timer = this.pending.length > 0 ? setTimeout(() => this.lose(new StepTimedOut(this.stepSeconds)), this.stepSeconds * 1000) : undefined;
  }

  /** The worker lost under the head step: that step alone fails, the ones behind it go to a new worker. */
  private lose(why: ThreadLost): void {
    this.stop();
    this.pending.shift()?.reject(why);
    if (this.pending.length === 0) return;
    this.start();
    this.clock();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
  }
}

/**
 * The page's idle thread: a run or step done hands its worker on to the next (each vote, decision and closing scores
 * the commune again), which then starts without a worker's start — its 3 MB script evaluated and its code compiled and
 * optimised anew: about half of the processor time of the example commune scored again (docs/developer/testing.md,
 * twelfth pass). The worker keeps nothing of a run for the next: a run's reads and writes follow its own job
 * (run-steps.ts), and the other steps are whole alone.
 */
let idle: WorkerThread | undefined;

/** The thread for a run or a step: the idle one, else a new one. */
export function takeThread(): WorkerThread {
  const thread = idle ?? new WorkerThread();
  idle = undefined;
  return thread;
}

/** `thread` done with, every step answered: kept as the idle one (one at most), else closed. */
export function handBack(thread: WorkerThread): void {
  if (idle || !thread.quiet) thread.close();
  else idle = thread;
}

// Made for: scoring off the page's main thread, in one file opened from disk, surviving a hostile file.
