// V8's tier-up budget for the command line's threads, set as the program starts: before its command runs and before
// any worker thread (each its own isolate, the flag the process's) is started; only the bundle's shared chunks are
// evaluated before it, once. A run is short and busy: at V8's default budget (67,584) a function is handed to the
// optimizing compiler after a few files, and the compiler's background threads spent as much processor time as the
// scoring worker itself. At 300,000 (issue 49) a 300-workbook run took ~18 % less processor time; at 3,000,000 only
// what stays hot for hundreds of files is compiled, and the run took less again (issue 59, docs/developer/bench.md).
// Here rather than in cli/bin.mjs, so `node dist-cli/thidua.mjs` (a measurement's command) runs as the installed one.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--interrupt-budget=3000000');

// Made for issue 59 item 2: the optimizing compiler's work, the largest share of a run's processor time the package floor does not pay.
