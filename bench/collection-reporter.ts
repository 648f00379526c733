// What Vitest spends on each test file before its first test (issue 59): a worker given several files (isolate:false)
// imports them all, each with its module graph, top-level code and describe bodies, and only then runs them, and the
// time a file reports as its own excludes that. This reporter writes each file's diagnostic (collection, setup,
// tests) to test/.tmp/collection.json and prints the 30 files slowest to collect and the totals.
// `npx vitest run --project shared --reporter=./bench/collection-reporter.ts`
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface Row {
  file: string;
  collect: number;
  setup: number;
  prepare: number;
  environment: number;
  tests: number;
  // When the main process heard of the file collected and ended, from the run's start (ms): the order of work.
  collectedAt: number;
  endedAt: number;
}

const started = Date.now();
const rows = new Map<string, Row>();
const seconds = (ms: number): string => (ms / 1000).toFixed(1);

function rowOf(module: TestModule): Row {
  const file = relative(process.cwd(), module.moduleId);
  const row = rows.get(file) ?? { file, collect: 0, setup: 0, prepare: 0, environment: 0, tests: 0, collectedAt: 0, endedAt: 0 };
  rows.set(file, row);
  return row;
}

export default class CollectionReporter implements Reporter {
  onTestModuleCollected(module: TestModule): void {
    rowOf(module).collectedAt = Date.now() - started;
  }

  onTestModuleEnd(module: TestModule): void {
    const row = rowOf(module);
    const d = module.diagnostic();
    Object.assign(row, {
      collect: d.collectDuration,
      setup: d.setupDuration,
      prepare: d.prepareDuration,
      environment: d.environmentSetupDuration,
      tests: d.duration,
      endedAt: Date.now() - started,
    });
  }

  onTestRunEnd(): void {
    const all = [...rows.values()].sort((a, b) => b.collect - a.collect);
    const total = (key: 'collect' | 'setup' | 'prepare' | 'environment' | 'tests'): number => all.reduce((sum, row) => sum + row[key], 0);
    mkdirSync('test/.tmp', { recursive: true });
    writeFileSync('test/.tmp/collection.json', JSON.stringify(all, null, 1));
    const lines = [`${all.length} files: collection ${seconds(total('collect'))} s, setup ${seconds(total('setup'))} s, `
      + `prepare ${seconds(total('prepare'))} s, environment ${seconds(total('environment'))} s, tests ${seconds(total('tests'))} s`];
    for (const row of all.slice(0, 30)) lines.push(`${seconds(row.collect).padStart(7)} s  ${row.file}  (tests ${seconds(row.tests)} s)`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
// Made for issue 59 item 4: finding the time Vitest spends collecting test files, file by file (docs/developer/testing.md).
