// How V8 sizes the heaps of a `thidua score` run. V8's flags belong to the process: each is set where the isolates
// it must reach already exist or are about to be made (docs/developer/bench.md, issue 59).
import { setFlagsFromString } from 'node:v8';

/**
 * The command's own heap, as the program starts:
 * - its old generation grows to 1.3× what it kept at its last full collection, not up to 4× (V8's factor when a
 *   process may take gigabytes; 1.3× is its own when the old generation is capped at 256 MB). tong-hop.xlsx's last
 *   seconds run on scavenges alone, and at 1,800 workbooks they filled that slack: ~100 MB used for ~33 MB live. The
 *   limit follows what the run keeps, never a fixed cap, so a province's run is never refused memory it needs;
 * - its young generation stays at the size it starts with (1 MB a semi-space, not 16): what it receives from the
 *   workers and tong-hop.xlsx's pieces then reach the old generation sooner, where the factor above collects them.
 *   `--max-semi-space-size` would say so too, but only on node's command line.
 */
export function commandHeap(): void {
  setFlagsFromString('--heap-growing-percent=30');
  keepYoungGeneration();
}

/**
 * No young generation of the process grows from now on. V8 sets this back to 2 whenever it makes an isolate (its heap
 * configuration), so a worker says it again as it starts: by then its own isolate is made, and starts at its full size.
 */
export function keepYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * A worker's young generation made at its full size (`youngMb`, V8 caps a semi-space at the limit given), not grown
 * from 1 MB: the worker would otherwise keep that size once the growth is stopped. Said before each worker is made.
 */
export function startYoungAt(youngMb: number): void {
  setFlagsFromString(`--min-semi-space-size=${youngMb}`);
}

// Made for issue 59 item 2: the command's peak memory held to what it keeps, from 900 to 1,800 workbooks and a province.
