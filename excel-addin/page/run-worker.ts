// The standalone page's scoring thread: a Web Worker built into the page (scripts/standalone-page.ts)
// and started from a Blob URL, so it works opened from disk; it answers the page's steps (run-steps.ts).
import '../../core/zod-jitless.js';
import { answer, failure, type RunAnswer, type RunRequest } from './run-steps.js';

/**
 * One step after another, in the order posted: the page keeps a few in flight and times the one at the head
 * of its queue (worker-thread.ts), so that one must be the step under way, and answers must come in order.
 */
let queue = Promise.resolve();
self.onmessage = (e: MessageEvent<RunRequest>) => {
  // An answer that cannot be posted is answered as the step's failure: the queue goes on to the next step.
  queue = queue.then(() =>
    answer(e.data)
      .then((a) => (self as unknown as Worker).postMessage(a, 'bytes' in a ? [a.bytes.buffer] : []))
      .catch((err: unknown) => (self as unknown as Worker).postMessage({ id: e.data.id, ok: false, message: failure(err) } satisfies RunAnswer)),
  );
};

// Made for: scoring a commune's files off the page's main thread, in one offline file opened from disk.
