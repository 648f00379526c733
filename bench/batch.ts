// Batch throughput: the example commune's 12 workbooks copied 25 times (300 workbooks). The built
// `thidua score` (child process) against two floors on the same files, alternated, medians of RUNS: ExcelJS
// alone opening each workbook, touching every cell and saving a copy (bench/exceljs-floor.mjs; goal ≤ 0.8×:
// thidua reads and edits the package, it builds no object model), and the package floor — every part unzipped,
// each XML part decoded to text and encoded back, zipped again with fflate on one thread (bench/package-floor.mjs;
// what a tool that rewrites the package does; thidua copies the parts it does not change as they are zipped).
// Issue 59's goals: ≤ 0.5× the ExcelJS floor, ≤ 1.5× the package floor (median of the paired runs), wall time and,
// beside it, processor time (all threads: on a machine loaded by others the wall time is theirs as much as the run's).
// Then its peak memory on 60 workbooks against 300, 900 and 1,800 (goal: ≤ 2 KB per workbook added from 900 to
// 1,800), beside the ExcelJS floor's; the slope from 900 to 1,800 taken from alternated pairs of runs, its median and
// spread printed, since one peak a size moves by more than the ~1.8 MB the goal allows over 900 workbooks.
// Then, in this process, from a bundle built as the command is (bench/in-process.ts), scoring alone on the grids the
// package reader has read, as a share of that reading (goal ≤ 5 %),
// in wall time and, beside it, in processor time; beside it the same scoring with warm caches (every report again,
// back to back), which tells scoring's own work from the cache misses a workbook's reading leaves it.
// BATCH_IN_PROCESS=1 (`BATCH_IN_PROCESS=1 npm run bench -- batch`) runs that last part alone, in a minute rather than
// the whole section's half hour, to compare a change to scoring with main's, run after run; BATCH_PEAK=1 the peak
// memory alone (the 300 workbooks' peaks then from one run of each program, not the alternated runs'), in 3–5 minutes.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error plain JavaScript build script, no types
import { nodeBundle } from '../scripts/build-cli.mjs';
import type { Phases } from './in-process.js';
import { buildCli, copyExamples, exampleFiles, load, mb, median, ROOT, runNode, runScore, seconds, sized, withTempDir, type ChildRun } from './child.js';

const COPIES = sized(25, 1);
const RUNS = sized(5, 1);
/**
 * Commune folders (of the example's 12 workbooks) for the peak memory against the number of files, beside the COPIES
 * above. A smoke run's pair is 1 and 2 folders, 24 workbooks fewer read by each program than 2 and 3; its 1 folder
 * is COPIES' (the alternated runs above), its peaks taken from those runs, not scored a second time.
 */
const PEAK_COMMUNES = sized([5, 75, 150], [1, 1, 2]);
/** Runs at the fewest; the two largest are run in SLOPE_PAIRS alternated pairs, each pair one slope. */
const FEW_RUNS = sized(5, 1);
const SLOPE_PAIRS = sized(3, 1);
const FLOOR = join(ROOT, 'bench/exceljs-floor.mjs');
const PACKAGE_FLOOR = join(ROOT, 'bench/package-floor.mjs');

/** bench/in-process.ts bundled as the command is (scripts/build-cli.mjs), into `dir`, and loaded. */
async function bundledInProcess(dir: string): Promise<typeof import('./in-process.js')> {
  const outfile = join(dir, 'in-process.mjs');
  await build({ ...nodeBundle, entryPoints: [join(ROOT, 'bench/in-process.ts')], outfile });
  return import(pathToFileURL(outfile).href);
}

export async function run(): Promise<void> {
  const inProcessOnly = process.env.BATCH_IN_PROCESS === '1';
  const peakOnly = process.env.BATCH_PEAK === '1';
  if (!inProcessOnly) buildCli();
  const files = await exampleFiles();
  const n = files.length * COPIES;
  console.log(`\n## Chấm hàng loạt / batch: ${n} workbooks (${files.length} example workbooks × ${COPIES}), median of ${RUNS}`);
  console.log(`at start: ${load()}`);
  await withTempDir('batch', async (dir) => {
    const input = join(dir, 'bao-cao');
    await copyExamples(
      input,
      // One folder per copy, as a province keeps one per commune: the same unit twice in a folder is a duplicate.
      Array.from({ length: COPIES }, (_, c) => files.map((f) => ({ from: f, to: `xa-${String(c + 1).padStart(2, '0')}/${f}` }))).flat(),
    );
    if (inProcessOnly) return inProcess(dir, input, n);
    if (peakOnly) return peaks(dir, files, input, await peakOf(dir, input));

    // Alternated, so a change in the machine's load falls on all three alike; each writes into a fresh folder.
    const floor: ChildRun[] = [];
    const packageFloor: ChildRun[] = [];
    const cli: ChildRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const out = join(dir, 'out');
      floor.push(await runNode([FLOOR, input, out]));
      await rm(out, { recursive: true, force: true });
      packageFloor.push(await runNode([PACKAGE_FLOOR, input, out]));
      await rm(out, { recursive: true, force: true });
      cli.push(await runScore([input], out));
      await rm(out, { recursive: true, force: true });
    }
    const line = (label: string, runs: ChildRun[]) => {
      const ms = median(runs.map((r) => r.ms));
      const cpu = median(runs.map((r) => r.cpuMs));
      return `${label.padEnd(52)} ${seconds(ms).padStart(8)}  ${(ms / n).toFixed(1).padStart(5)} ms/workbook  processor ${seconds(cpu)}  peak ${mb(median(runs.map((r) => r.peakKb)))}  (runs: ${runs.map((r) => `${seconds(r.ms)}/${seconds(r.cpuMs)}`).join(', ')})`;
    };
    console.log(line('ExcelJS floor: open, touch every cell, save a copy', floor));
    console.log(line('package floor: unzip, decode XML, zip (fflate, 1 thread)', packageFloor));
    console.log(line('thidua score (built, node cli/bin.mjs)', cli));
    // Each thidua run against the floor runs just before it: a change in the machine's load between runs
    // falls on all of a round, so this median moves less than the ratio of the two medians.
    const against = (label: string, runs: ChildRun[], goal: number) => {
      const of = (time: (r: ChildRun) => number) => {
        const paired = median(cli.map((r, i) => time(r) / time(runs[i]!)));
        return `${(median(cli.map(time)) / median(runs.map(time))).toFixed(2)}× (medians), ${paired.toFixed(2)}× (median of the ${RUNS} paired runs, ${paired <= goal ? 'met' : `${(paired / goal).toFixed(2)}× the goal`})`;
      };
      console.log(`thidua score / ${label}: wall ${of((r) => r.ms)}; processor ${of((r) => r.cpuMs)}; goal ≤ ${goal}×   ${load()}`);
    };
    against('ExcelJS floor', floor, 0.5);
    against('package floor', packageFloor, 1.5);

    await peaks(dir, files, input, { cli: median(cli.map((r) => r.peakKb)), floor: median(floor.map((r) => r.peakKb)) });
    await inProcess(dir, input, n);
  });
}

/** Peak memory of `thidua score` and of the ExcelJS floor on `folder`, one run each. */
async function peakOf(dir: string, folder: string): Promise<Peaks> {
  const out = join(dir, 'out');
  const cli = (await runScore([folder], out)).peakKb;
  await rm(out, { recursive: true, force: true });
  const floor = (await runNode([FLOOR, folder, out])).peakKb;
  await rm(out, { recursive: true, force: true });
  return { cli, floor };
}

type Peaks = { cli: number; floor: number };

/** Peak memory against the number of files; `measured`: the peaks on `input`, the COPIES folders (n workbooks). */
async function peaks(dir: string, files: string[], input: string, measured: Peaks): Promise<void> {
  const n = files.length * COPIES;
  // 5 commune folders (60 workbooks), all 25 (`input`), 75 (900) and a province's 150 (1,800); the ExcelJS floor's at the same sizes (it holds one workbook at a time), for the runtime's own curve.
  const folderOf = async (communes: number): Promise<string> => {
    const folder = join(dir, `xa-${communes}`);
    await copyExamples(folder, Array.from({ length: communes }, (_, c) => files.map((f) => ({ from: f, to: `xa-${String(c + 1).padStart(2, '0')}/${f}` }))).flat());
    return folder;
  };
  const medians = (peaks: Peaks[]) => ({ cli: median(peaks.map((p) => p.cli)), floor: median(peaks.map((p) => p.floor)) });
  const [few, more, most] = PEAK_COMMUNES;
  // A smoke run's fewest (1 folder) are `input`'s workbooks: not scored again.
  let fewest = measured;
  if (few !== COPIES) {
    const folder = await folderOf(few!);
    const peaks = [];
    for (let i = 0; i < FEW_RUNS; i++) peaks.push(await peakOf(dir, folder));
    await rm(folder, { recursive: true, force: true });
    fewest = medians(peaks);
  }
  // The two largest alternated, the order turned from pair to pair (900 then 1,800, then 1,800 then 900), so a load
  // rising or falling through the phase does not fall on one size; each pair's two peaks give one slope.
  const slopeLoad = load();
  // A smoke run's middle size (1 folder) is `input`'s too: its peaks taken, not scored again.
  const manyFolder = more === COPIES ? undefined : await folderOf(more!);
  const provinceFolder = await folderOf(most!);
  const peakOfMany = () => (manyFolder ? peakOf(dir, manyFolder) : Promise.resolve(measured));
  const pairs: { many: Peaks; province: Peaks }[] = [];
  for (let i = 0; i < SLOPE_PAIRS; i++) {
    if (i % 2 === 0) {
      const many = await peakOfMany();
      pairs.push({ many, province: await peakOf(dir, provinceFolder) });
    } else {
      const province = await peakOf(dir, provinceFolder);
      pairs.push({ many: await peakOfMany(), province });
    }
  }
  if (manyFolder) await rm(manyFolder, { recursive: true, force: true });
  await rm(provinceFolder, { recursive: true, force: true });
  const sizes = [
    { workbooks: files.length * few!, ...fewest },
    { workbooks: n, ...measured },
    { workbooks: files.length * more!, ...medians(pairs.map((p) => p.many)) },
    { workbooks: files.length * most!, ...medians(pairs.map((p) => p.province)) },
  ];
  const at = sizes.map((s) => s.workbooks.toLocaleString('en-US')).join(' / ');
  console.log(`peak memory for ${at} workbooks (goal: flat): thidua ${sizes.map((s) => mb(s.cli)).join(' / ')}; ExcelJS floor ${sizes.map((s) => mb(s.floor)).join(' / ')}`);
  const added = files.length * (most! - more!);
  const slope = (k: 'cli' | 'floor', goal?: number) => {
    const kb = pairs.map((p) => (p.province[k] - p.many[k]) / added);
    const [low, high] = [Math.min(...kb), Math.max(...kb)];
    const verdict = goal === undefined ? '' : `, goal ≤ ${goal} KB ${high <= goal ? 'met' : low > goal ? 'missed' : 'not resolved by the spread'}`;
    return `median ${median(kb).toFixed(1)} KB (pairs ${kb.map((x) => x.toFixed(1)).join(', ')}; spread ${low.toFixed(1)} to ${high.toFixed(1)}${verdict})`;
  };
  const pairsOf = `${SLOPE_PAIRS} alternated pair${SLOPE_PAIRS === 1 ? '' : 's'}`;
  console.log(`  added per workbook from ${sizes[2]!.workbooks.toLocaleString('en-US')} to ${sizes[3]!.workbooks.toLocaleString('en-US')}, ${pairsOf}: thidua ${slope('cli', 2)}`);
  console.log(`    ExcelJS floor ${slope('floor')}   at start: ${slopeLoad}, at end: ${load()}`);
}

/** Scoring alone against the package reading, in this process (bench/in-process.ts), over the `n` workbooks of `input`. */
async function inProcess(dir: string, input: string, n: number): Promise<void> {
  const buffers = await Promise.all((await readdir(input, { recursive: true })).filter((f) => f.endsWith('.xlsx')).sort().map((f) => readFile(join(input, f))));
  const passes = await (await bundledInProcess(dir)).inProcessPasses('ta-ma-2025', buffers, RUNS);
  const readMs = median(passes.map((p) => p.readMs));
  const readCpu = median(passes.map((p) => p.cpu.readMs));
  console.log(`in process, ${passes[0]!.cards} units, median of ${RUNS} passes (${load()}):`);
  const millis = (ms: number) => `${ms.toFixed(0)} ms`.padStart(8);
  console.log(`  ${'package reading (open + readSheets)'.padEnd(50)} ${millis(readMs)}  ${(readMs / n).toFixed(2).padStart(5)} ms/workbook  processor ${millis(readCpu)}`);
  const share = (label: string, phase: keyof Phases, goal = '') => {
    const ms = median(passes.map((p) => p[phase]));
    const cpu = median(passes.map((p) => p.cpu[phase]));
    const pct = (x: number, read: number) => `${((x / read) * 100).toFixed(1)} %`;
    const first = passes[0]!;
    console.log(
      `  ${label.padEnd(50)} ${millis(ms)}  ${(ms / n).toFixed(2).padStart(5)} ms/workbook = ${pct(ms, readMs)} of reading (${goal}first pass ${pct(first[phase], first.readMs)}); processor ${millis(cpu)} = ${pct(cpu, readCpu)} of reading's`,
    );
  };
  share('reports read from the grids (readReport)', 'reportMs');
  share('scoring alone (score on the read reports)', 'scoreMs', 'goal ≤ 5 %; ');
  share('  the same, back to back after the pass (warm)', 'warmScoreMs');
  share('scoreWorkbook on read grids + tong-hop planned', 'wholeMs');
  console.log(`at end: ${load()}`);
}
