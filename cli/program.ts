// The `thidua` program: runs the command line it was started with. Built into dist-cli/thidua.mjs
// (scripts/build-cli.mjs); cli/main.ts stays importable by tests without running anything.
import './tier-up.js';
import { setFlagsFromString } from 'node:v8';
import { useNativeHash } from '../core/run/sha256.js';
import { main } from './main.js';
import { NodePieceHash } from './node-hash.js';

// V8 lets a heap grow to up to 4× what it held live at its last full collection when the process may take gigabytes
// (this thread's default limit here: 4 GB). tong-hop.xlsx's last seconds run on scavenges alone, each promoting what
// the young generation held, so at 1,800 workbooks the command's heap filled that slack: ~100 MB used for ~33 MB live.
// Held to 1.3× (V8's own factor when the old generation is capped at 256 MB), the next full collection comes sooner:
// the limit follows what the run keeps, never a fixed cap, so a province's run is never refused memory it needs
// (docs/developer/bench.md, issue 59). Set before the run, for its worker threads too (V8's flags are the process's).
setFlagsFromString('--heap-growing-percent=30');

// Seals and digests in Node's native SHA-256 (the same digests as core's own), in this thread; the scoring worker hands in its own.
useNativeHash(() => new NodePieceHash());

// exitCode, not exit(): stdout drains (a large --json document) before Node leaves.
process.exitCode = await main(process.argv.slice(2));

/* Made for: dist-cli/thidua.mjs: the program that runs the command line it was started with, so cli/main.ts stays importable by tests without running anything. */
