// The command line's heap growing factor, set as the program starts (cli/program.ts; cli/make-code-cache.ts too, whose
// code cache V8 takes only under the same flags). V8 lets a heap grow to up to 4× what it held live at its last full
// collection when the process may take gigabytes (this thread's default limit here: 4 GB). tong-hop.xlsx's last seconds run on scavenges alone, each promoting what
// the young generation held, so at 1,800 workbooks the command's heap filled that slack: ~100 MB used for ~33 MB live.
// Held to 1.3× (V8's own factor when the old generation is capped at 256 MB), the next full collection comes sooner:
// the limit follows what the run keeps, never a fixed cap, so a province's run is never refused memory it needs
// (docs/developer/bench.md, issue 59). Set before the run, for its worker threads too (V8's flags are the process's).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=30');

// Made for issue 59: the command's heap held near what a large run keeps live.
