import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take a minute or more (the browser tests, every bench section on a tiny input), started first: run
 * side by side, the suite then ends on short files instead of one long file alone. Vitest's own order (the longest
 * first when a previous run's durations are cached, otherwise the largest file first) is kept within each part; a
 * fresh clone has no durations, and the bench's smoke run is a small file.
 */
const LONG = [/^test\/browser\//, /^test\/bench-smoke\.test\.ts$/];

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (f: TestSpecification) => LONG.some((re) => re.test(relative(f.project.config.root, f.moduleId)));
    return [...sorted.filter(long), ...sorted.filter((f) => !long(f))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    // Two files at a time at least, on two cores too: most long files wait on programs they start (Chromium,
    // LibreOffice, `thidua` itself), and each file has its own temporary folders, LibreOffice profiles, Chromium
    // profiles and free ports, and shares only the builds made once per run (scripts/harness/builds.ts).
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongFirst },
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
