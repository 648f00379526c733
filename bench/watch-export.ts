// Benchmark: the watch's export written and read back — a season (90 daily captures of a 200-unit province with every
// group, scripts/harness/watch-days.ts) kept by the extension's store, exported as the history page exports it
// (buildExport) and read back as `thidua watch` reads a saved file (readSavedCapture: the schema's check, the columns
// unpacked to snapshots, the file's totals against its figures). Each against the same file's JSON.stringify or
// JSON.parse, measured in the same run: the floor any reader or writer of the file pays.
import { buildExport } from '../extension/src/export/backup.js';
import { createStore } from '../extension/src/storage/store.js';
import { readSavedCapture } from '../core/watch/saved.js';
import { provinceCaptures } from '../scripts/harness/watch-days.js';
import { load, median, sized } from './child.js';
import { jsonArea } from './watch.js';

const DAYS = sized(90, 3);
const UNITS = sized(200, 20);
const RUNS = sized(5, 1);

/** Processor time of `f` (this process, user + system), in ms: the machine's other work is not counted. */
function cpuMs(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The median of RUNS of `f` and of `reference`, alternated, and their ratio. */
function against(f: () => unknown, reference: () => unknown): { ms: number; reference: number; ratio: number } {
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    theirs.push(cpuMs(reference));
    mine.push(cpuMs(f));
  }
  const [ms, ref] = [median(mine), median(theirs)];
  return { ms, reference: ref, ratio: ms / ref };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<void> {
  console.log(`\n## The watch's export, written and read back: ${DAYS} daily captures of ${UNITS} units, every group, median of ${RUNS} (processor time)`);
  const store = createStore(jsonArea());
  for (const c of provinceCaptures(DAYS, UNITS)) await store.save(c.snapshots);
  const { snapshots } = await store.snapshots();
  const exportedAt = '2026-12-01T08:00:00.000Z';
  const file = buildExport(snapshots, exportedAt);
  const text = JSON.stringify(file);
  const figures = snapshots.reduce((n, s) => n + s.indicators.length, 0);
  console.log(`the file: ${snapshots.length} snapshots, ${figures} figures, ${(text.length / 1024 / 1024).toFixed(1)} MB   ${load()}`);

  const written = against(() => buildExport(snapshots, exportedAt), () => JSON.stringify(file));
  console.log(`written (buildExport): ${ms(written.ms)}, ×${written.ratio.toFixed(2)} of JSON.stringify of the file (reference, ${ms(written.reference)})   ${load()}`);
  const read = against(
    () => {
      const back = readSavedCapture(JSON.parse(text), 'chi-so.json', exportedAt);
      if (!back.ok || back.captures.reduce((n, c) => n + c.snapshots.length, 0) !== snapshots.length) throw new Error(`the export read back: ${back.ok ? 'snapshots lost' : back.message}`);
    },
    () => JSON.parse(text),
  );
  console.log(`read back as \`thidua watch\` reads it (JSON.parse + readSavedCapture): ${ms(read.ms)}, ×${read.ratio.toFixed(2)} of JSON.parse of the file (reference, ${ms(read.reference)})   ${load()}`);
}

/*
Made for: issue 59 item 4 — test/watch/season.test.ts's exports read back took 1.6–2.9 s a season and timed out under
load; an officer's import of a season's backup and `thidua watch` over it pay the same.
*/
