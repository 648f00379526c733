// What Vitest spends on each test file before its first test (issue 59): a worker given several files (isolate:false)
// imports them all, each with its module graph, top-level code and describe bodies, and only then runs them, and the
// time a file reports as its own excludes that. This reporter writes each file's diagnostic (collection, setup,
// tests) to test/.tmp/collection.json and prints the 30 files slowest to collect and the totals. With its hooks: the
// time a file spends in beforeAll/afterAll (launching Chromium, building, converting, scoring) against its tests'.
// `npx vitest run --project shared --reporter=./bench/collection-reporter.ts`
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, ReportedHookContext, TestModule } from 'vitest/node';

interface Row {
  file: string;
  collect: number;
  setup: number;
  prepare: number;
  environment: number;
  tests: number;
  // The file's tests summed (each with its beforeEach/afterEach), and what the file took besides them: its
  // beforeAll/afterAll hooks and the runner's own steps between (ms).
  testsSummed: number;
  outsideTests: number;
  // beforeAll/afterAll as the main process heard them start and end, summed over the file's suites: a lower bound
  // (a worker sends its events at most every 100 ms, and a hook that keeps the worker's thread busy to its end is
  // heard starting as it ends: season's 5.4 s beforeAll heard as 0); what the file took outside its tests is exact.
  beforeAll: number;
  afterAll: number;
  // When the main process heard of the file collected and ended, from the run's start (ms): the order of work.
  collectedAt: number;
  endedAt: number;
}

const started = Date.now();
const rows = new Map<string, Row>();
const seconds = (ms: number): string => (ms / 1000).toFixed(1);

function rowOf(module: TestModule): Row {
  const file = relative(process.cwd(), module.moduleId);
  const row = rows.get(file) ?? {
    file, collect: 0, setup: 0, prepare: 0, environment: 0, tests: 0, testsSummed: 0, outsideTests: 0, beforeAll: 0, afterAll: 0,
    collectedAt: 0, endedAt: 0,
  };
  rows.set(file, row);
  return row;
}

const hookStarted = new Map<string, number>();
const hookKey = (hook: ReportedHookContext): string => `${hook.name} ${hook.entity.id}`;

export default class CollectionReporter implements Reporter {
  onHookStart(hook: ReportedHookContext): void {
    if (hook.name === 'beforeAll' || hook.name === 'afterAll') hookStarted.set(hookKey(hook), Date.now());
  }

  onHookEnd(hook: ReportedHookContext): void {
    if (hook.name !== 'beforeAll' && hook.name !== 'afterAll') return;
    const since = hookStarted.get(hookKey(hook));
    if (since === undefined) return;
    const module = hook.entity.type === 'module' ? hook.entity : hook.entity.module;
    rowOf(module)[hook.name] += Date.now() - since;
  }

  onTestModuleCollected(module: TestModule): void {
    rowOf(module).collectedAt = Date.now() - started;
  }

  onTestModuleEnd(module: TestModule): void {
    const row = rowOf(module);
    const d = module.diagnostic();
    let testsSummed = 0;
    for (const test of module.children.allTests()) testsSummed += test.diagnostic()?.duration ?? 0;
    Object.assign(row, {
      testsSummed,
      outsideTests: Math.max(0, d.duration - testsSummed),
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
    const total = (key: 'collect' | 'setup' | 'prepare' | 'environment' | 'tests' | 'outsideTests'): number => all.reduce((sum, row) => sum + row[key], 0);
    mkdirSync('test/.tmp', { recursive: true });
    writeFileSync('test/.tmp/collection.json', JSON.stringify(all, null, 1));
    const lines = [`${all.length} files: collection ${seconds(total('collect'))} s, setup ${seconds(total('setup'))} s, `
      + `prepare ${seconds(total('prepare'))} s, environment ${seconds(total('environment'))} s, tests ${seconds(total('tests'))} s, `
      + `of which outside any test ${seconds(total('outsideTests'))} s`];
    for (const row of all.slice(0, 30)) lines.push(`${seconds(row.collect).padStart(7)} s  ${row.file}  (tests ${seconds(row.tests)} s)`);
    lines.push('file: collection, file, its tests summed, outside them (beforeAll, afterAll as heard), seconds');
    for (const row of [...all].sort((a, b) => b.outsideTests - a.outsideTests).slice(0, 30)) {
      lines.push(`${row.file}: ${seconds(row.collect)}, ${seconds(row.tests)}, ${seconds(row.testsSummed)}, `
        + `${seconds(row.outsideTests)} (${seconds(row.beforeAll)}, ${seconds(row.afterAll)})`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
// Made for issue 59 item 4: finding the time Vitest spends collecting test files, and in their hooks, file by file
// (docs/developer/testing.md).
