// The `thidua` program: runs the command line it was started with. Built into dist-cli/thidua.mjs
// (scripts/build-cli.mjs); cli/main.ts stays importable by tests without running anything.
import './tier-up.js';
import '../core/zod-jitless.js';
import { commandHeap } from './heap-flags.js';
import { main } from './main.js';

// Before the run, before its workers are made (cli/heap-flags.ts).
commandHeap();

// exitCode, not exit(): stdout drains (a large --json document) before Node leaves.
process.exitCode = await main(process.argv.slice(2));

/* Made for: dist-cli/thidua.mjs: the program that runs the command line it was started with, so cli/main.ts stays importable by tests without running anything. */
