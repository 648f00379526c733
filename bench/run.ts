// `npm run bench`: runs each benchmark section in turn (`npm run bench -- batch taskpane` runs only those;
// BENCH_SMOKE=1 runs them on a tiny input, as test/bench-smoke.test.ts does). Sections: bench/sections.ts.
import { SECTIONS, type Section } from './sections.js';

const only = process.argv.slice(2);
for (const [section, load] of Object.entries(SECTIONS)) {
  if (only.length === 0 || only.includes(section as Section)) await (await load()).run();
}
