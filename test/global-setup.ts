// Once before the tests: the command line is built from the current sources, so the tests that run
// `thidua` as a program run what the sources say (dist-cli/ is what `npx thidua` runs). Every temporary
// folder the tests make (os.tmpdir(): theirs, the command line's, LibreOffice's, Chromium's profiles) goes
// in one folder of this run, removed at the end: a run of the suite left some 170 folders behind in /tmp.
// The add-in and the extension are built there too, once, by the first test file that opens them
// (scripts/harness/builds.ts): test files run side by side, and each used to build its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript build script, no types
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<() => Promise<void>> {
  await buildCli();
  const before = process.env.TMPDIR;
  const own = await mkdtemp(join(tmpdir(), 'thidua-tests-'));
  // Read by os.tmpdir() at each call, and inherited by the test workers and every program they start.
  process.env.TMPDIR = own;
  process.env.THIDUA_BUILDS = join(own, 'builds');
  return async () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env.THIDUA_BUILDS;
    // A worker's Chromium, ended as its worker exits, may still be writing its profile here: rm tries again
    // (ENOTEMPTY seen at the end of runs, the folder then left behind).
    await rm(own, { recursive: true, force: true, maxRetries: 10 });
  };
}
