// The `thidua` program: runs the command line it was started with. Built into dist-cli/thidua.mjs
// (scripts/build-cli.mjs); cli/main.ts stays importable by tests without running anything.
import './tier-up.js';
import './heap-growing.js';
import { useNativeHash } from '../core/run/sha256.js';
import { main } from './main.js';
import { NodePieceHash } from './node-hash.js';

// Seals and digests in Node's native SHA-256 (the same digests as core's own), in this thread; the scoring worker hands in its own.
useNativeHash(() => new NodePieceHash());

// exitCode, not exit(): stdout drains (a large --json document) before Node leaves.
process.exitCode = await main(process.argv.slice(2));

/* Made for: dist-cli/thidua.mjs: the program that runs the command line it was started with, so cli/main.ts stays importable by tests without running anything. */
