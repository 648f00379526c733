// `npm run bench`: runs each benchmark section in turn (`npm run bench -- batch taskpane` runs only those;
// BENCH_SMOKE=1 runs them on a tiny input, as test/bench-smoke.test.ts does). Sections: bench/sections.ts.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './child.js';
import { SECTIONS, type Section } from './sections.js';

// The add-in and the extension, built once for all sections (scripts/harness/builds.ts), afresh for this run.
await mkdir(join(ROOT, 'bench/.tmp'), { recursive: true });
const builds = await mkdtemp(join(ROOT, 'bench/.tmp', 'builds-'));
process.env.THIDUA_BUILDS = builds;
const only = process.argv.slice(2);
try {
  for (const [section, load] of Object.entries(SECTIONS)) {
    if (only.length === 0 || only.includes(section as Section)) await (await load()).run();
  }
} finally {
  await rm(builds, { recursive: true, force: true });
}
