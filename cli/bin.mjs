#!/usr/bin/env node
// `thidua` command line: plain JavaScript built from cli/ by `npm install` (the `prepare` script).
import { setFlagsFromString } from 'node:v8';

// A run is short and busy: at V8's default budget (67,584) a function is handed to the optimizing compiler after a few
// files, and over 300 workbooks its background threads spent ~1.5 s of the run's ~3.9 s of processor time compiling
// code used a few hundred times, on the two cores the scoring thread needs. At 300,000 only what stays hot is compiled:
// the same run took ~18 % less processor time and 9–13 % less wall time in paired runs (docs/developer/bench.md). Set
// before any code runs, so the worker threads started later (their own isolates) take it too.
setFlagsFromString('--interrupt-budget=300000');
try {
  await import('../dist-cli/thidua.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-cli')) throw e;
  process.stderr.write('Dòng lệnh thidua chưa được dựng: chạy «npm run build:cli» (hoặc «npm install») trong thư mục dự án.\n');
  process.exitCode = 2;
}

/* Made for: `npx thidua` and the installed command: the built command line started, or a Vietnamese sentence saying how to build it when it is not. */
