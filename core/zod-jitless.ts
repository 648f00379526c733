// Imported first by every entry point (task pane, extension pages and scripts, command line): zod then
// never probes `new Function("")` for its compiled fast path, so nothing runs eval-like code under the
// pages' Content-Security-Policy (no 'unsafe-eval') nor in MV3, and no CSP violation is reported.
import { z } from 'zod';

z.config({ jitless: true });
