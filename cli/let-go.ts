// A scored copy's buffers freed as soon as they are used, on the worker that made them (cli/score-file.ts): its parts
// once zipped, its zip once written. Left to the collector, V8 frees an ArrayBuffer's memory only when it collects
// the object, and buffers that live across the disk's waits reach its old generation, collected rarely: 900 example
// files held 20–40 MB of them at any time. An ArrayBuffer transferred to a port closed at once is detached, and its
// memory freed there and then.
import { MessageChannel } from 'node:worker_threads';
import type { ZipPart } from '../adapters/ooxml/write/zip-writer.js';

/**
 * The buffers a copy's parts alone hold: each whole (never one shared with other data, as Node's small-buffer pool
 * or the original file a part is copied from), each once: the buffers letGo may free.
 */
export function ownBuffers(parts: readonly ZipPart[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const part of parts) {
    const bytes = 'copy' in part ? part.copy.bytes : 'data' in part ? part.data : part.compressed.body;
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) buffers.add(bytes.buffer as ArrayBuffer);
  }
  return [...buffers];
}

/** Frees `buffers` now: each must be this thread's alone and never read again. */
export function letGo(buffers: readonly ArrayBuffer[]): void {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(null, buffers);
  port1.close();
  port2.close();
}

// Made for issue 27 item 4: peak memory of `thidua score` that does not grow with the copies it writes.
