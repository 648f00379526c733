import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const include = ['test/**/*.test.ts', 'test/**/*.test.tsx'];
// The extension's browser files share workers of their own (the `extension` project): their launch
// (scripts/harness/browser-harness.ts) sets PW_CHROMIUM_ATTACH_TO_OTHER, which Playwright reads for the whole process
// at each target a browser opens, so no other file's browser may follow one in its worker, but each of them launches
// its browser that way, and Vitest gives a worker only to files of the project it started in. A worker per file for
// files that change a module for their own run (vi.mock, vi.stubEnv, a spy on a shared class). The command line's
// files (test/cli), the package's (test/adapters), the council's, papers' and printing's (test/council, test/papers,
// test/print) and the standalone page's (test/browser/standalone*) share: none changes a global or a module (the
// council's Office.js fake is uninstalled after each test), the programs they start (thidua, LibreOffice) are children
// each file waits for, and the page's files share the worker's one Chromium (test/helpers/worker-chromium.ts), each
// closing what it opened in it.
// The bench's smoke run goes with the extension's files: its extension sections launch that way too, and what it changes for itself (the
// smoke's size in process.env, console.log) is put back after each test; a worker of its own cost it the worker's
// start and a Vite of its own transforming the sources again (docs/developer/testing.md).
const extension = ['test/browser/extension*.test.ts', 'test/bench-smoke.test.ts'];
const isolated = [
  'test/scoring/rules.property.test.ts',
  'test/run/worker-steps.test.ts',
];
// Limits that catch a hang, not a slow machine: a walk of the standalone page that takes 18 s alone took over 60 s with
// two files side by side at a load of 18 on two cores. `expect.poll` waits as long as Playwright's own waits in the
// same tests (30 s), not Vitest's 1 s: a page's first paint alone took over 5 s at a load of 24, and a poll passes the
// moment its condition holds.
const common = { environment: 'node', testTimeout: 120_000, hookTimeout: 240_000, expect: { poll: { timeout: 30_000 } } } as const;
// A worker's young generation of 64 MB a half (V8's default here: 16 MB): the tests' own work in a worker makes
// hundreds of thousands of short-lived objects (a season's exports unpacked, workbooks read back by ExcelJS), and at the
// default V8's collector had ~40 % of the samples of `season`'s exports built and read back (docs/developer/testing.md,
// eighth pass: ~4 % less processor time over three of the slowest files and test/adapters/, paired). Not for the
// `extension` project: the bench's smoke run measures its sections in that worker as `npm run bench` does.
const workerHeap = { execArgv: ['--max-semi-space-size=64'] };

export default defineConfig({
  test: {
    // Runs once for the whole run (the root project's), not once per project.
    globalSetup: ['test/global-setup.ts'],
    // Two files side by side on two cores (Vitest's default there is one): one file keeps about one core busy (93 % of
    // one core over a fresh clone's run: Vitest waits on Chromium, LibreOffice, `thidua`), so the second core was idle.
    // On a quiet 2-core machine, the whole suite: 667–694 s one at a time, 501 s two at a time, every test passing
    // (docs/developer/testing.md). Earlier trials at a load of 18–36 from other work had found no gain.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Every other file (core's logic, the readers, the pane's and the extension's) runs in workers that keep their
      // modules from file to file: a fresh worker and a fresh import of ExcelJS, zod and the sources cost each file
      // ~1.4 s of processor time, more than most of these files' own tests.
      { test: { ...common, ...workerHeap, name: 'shared', include, exclude: [...extension, ...isolated], isolate: false } },
      // Each file launches Chromium with the extension and closes it; the worker's start and its import of the
      // sources and Playwright (about 1 s of processor time a file, docs/developer/testing.md) are paid once a worker,
      // not once a file.
      { test: { ...common, name: 'extension', include: extension, isolate: false } },
      { test: { ...common, ...workerHeap, name: 'isolated', include: isolated } },
    ],
  },
});
