// A scored copy's buffers between the worker and the command's thread: handed over, not copied, then given back as
// soon as they are used — its parts once zipped (in the worker or the command's thread, zipsInWorker), its zip once
// written. They wait on the command's thread across the disk's waits, so V8 moves them to its old generation and frees
// them only at a full collection, which it runs once some 64 MB of such buffers have piled up: 900 example files held
// 20–40 MB of them at any time. Parts zipped in the worker and let go there rather than left to its collector peaked
// 300 workbooks ~4 MB lower (186–189 against 190–195 MB, load 15–16). An ArrayBuffer transferred to a port closed at
// once is detached, and its memory freed there and then.
import { MessageChannel } from 'node:worker_threads';
import type { ZipPart } from '../adapters/ooxml/write/zip-writer.js';

/**
 * The buffers a copy's parts alone hold: each whole (never one shared with other data, as Node's small-buffer pool
 * or the original file a part is copied from), each once: handed to the command's thread, or let go where they were zipped.
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
