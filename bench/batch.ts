// Batch throughput: the example commune's 12 workbooks copied 25 times (300 workbooks). The built
// `thidua score` (child process) against two floors on the same files, alternated, medians of RUNS: ExcelJS
// alone opening each workbook, touching every cell and saving a copy (bench/exceljs-floor.mjs; goal ≤ 0.8×:
// thidua reads and edits the package, it builds no object model), and the package floor — every part unzipped,
// each XML part decoded to text and encoded back, zipped again with fflate on one thread (bench/package-floor.mjs;
// what a tool that rewrites the package does; thidua copies the parts it does not change as they are zipped).
// Issue 59's goals: ≤ 0.5× the ExcelJS floor, ≤ 1.5× the package floor (median of the paired runs), wall time and,
// beside it, processor time (all threads: on a machine loaded by others the wall time is theirs as much as the run's).
// Then its peak memory on 60 workbooks against 300, 900 and 1,800 (goal: ≤ 2 KB per workbook added from 900 to
// 1,800), beside the ExcelJS floor's.
// Then, in this process, scoring alone on the grids the package reader has read, as a share of that reading (goal ≤ 5 %),
// in wall time and, beside it, in processor time.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findBuiltin } from '../core/criteria/builtin/index.js';
import type { CriteriaSet } from '../core/criteria/schema.js';
import { proposeAwards } from '../core/ranking/awards.js';
import { rank } from '../core/ranking/rank.js';
import { readReport } from '../core/report/read.js';
import type { SheetGrid } from '../core/sheet/cell.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import { score } from '../core/checks/run.js';
import { planReview } from '../core/workbook/plan-review.js';
import { planSummarySheets, todayIso } from '../core/workbook/plan-summary.js';
import type { WorkbookPort } from '../core/sheet/port.js';
import { scoreWorkbook } from '../core/run/score-workbook.js';
import { OoxmlWorkbook } from '../adapters/ooxml/workbook.js';
import { buildCli, copyExamples, exampleFiles, load, mb, median, ROOT, runNode, runScore, seconds, sized, withTempDir, type ChildRun } from './child.js';

const COPIES = sized(25, 1);
const RUNS = sized(5, 1);
/** Commune folders (of the example's 12 workbooks) for the peak memory against the number of files, beside the COPIES above, and the runs of each. */
const PEAK_COMMUNES = sized([5, 75, 150], [1, 2, 3]);
const PEAK_RUNS = sized([5, 3, 3], [1, 1, 1]);
const FLOOR = join(ROOT, 'bench/exceljs-floor.mjs');
const PACKAGE_FLOOR = join(ROOT, 'bench/package-floor.mjs');

/** A workbook already read: scoreWorkbook reads these grids and its edits go nowhere (writing is the package writer's share). */
function memoryPort(grids: SheetGrid[]): WorkbookPort {
  return {
    listSheets: async () => grids.map((g) => g.name),
    readSheets: async (names) => names.map((n) => grids.find((g) => g.name === n)!),
    apply: async () => {},
    readStore: async () => undefined,
    writeStore: async () => {},
  };
}

/** Each phase's wall time (ms) and, beside it, its processor time (cpu, ms: this process's, which the machine's load bends less). */
type Phases = { readMs: number; reportMs: number; scoreMs: number; wholeMs: number };
type Pass = Phases & { cpu: Phases; cards: number };

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * One pass over the workbooks as a run goes: each read from its package (open + readSheets); from its grids, the
 * reports read (readReport), then scored (score, the goal's «scoring alone»), then the whole of thidua's work
 * on it (scoreWorkbook: reports, score, rank, awards, the scored sheets, Tổng hợp and Rà soát planned) — timed
 * back to back so all see the same load; tong-hop's ranking, awards and sheets at the end count in the whole.
 */
async function inProcessPass(set: CriteriaSet, buffers: Uint8Array[]): Promise<Pass> {
  const date = todayIso();
  const cards: ScoreCard[] = [];
  const pass: Phases = { readMs: 0, reportMs: 0, scoreMs: 0, wholeMs: 0 };
  const cpu: Phases = { readMs: 0, reportMs: 0, scoreMs: 0, wholeMs: 0 };
  const timed = async <T>(phase: keyof Phases, work: () => Promise<T>): Promise<T> => {
    const [t, c] = [performance.now(), cpuMs()];
    const result = await work();
    pass[phase] += performance.now() - t;
    cpu[phase] += cpuMs() - c;
    return result;
  };
  // Synchronous work timed without an await: awaiting would run whatever promise work is queued inside its time.
  const timedSync = <T>(phase: keyof Phases, work: () => T): T => {
    const [t, c] = [performance.now(), cpuMs()];
    const result = work();
    pass[phase] += performance.now() - t;
    cpu[phase] += cpuMs() - c;
    return result;
  };
  for (const [i, buf] of buffers.entries()) {
    const grids = await timed('readMs', async () => {
      const wb = OoxmlWorkbook.open(buf);
      return wb.readSheets(await wb.listSheets());
    });
    const reports = timedSync('reportMs', () => grids.map((g) => readReport(g)).flatMap((r) => (r.ok ? [r.report] : [])));
    timedSync('scoreMs', () => reports.forEach((r) => score(set, r)));
    cards.push(...(await timed('wholeMs', () => scoreWorkbook(memoryPort(grids), set, { file: `${i}.xlsx`, date }))).cards);
  }
  timedSync('wholeMs', () => {
    const ranking = rank(set, cards);
    planSummarySheets(set, cards, ranking, proposeAwards(set, cards), { date });
    planReview(cards, []);
  });
  return { ...pass, cpu, cards: cards.length };
}

export async function run(): Promise<void> {
  buildCli();
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

    // Peak memory against the number of files: 5 commune folders (60 workbooks), all 25 (above), 75 (900) and a
    // province's 150 (1,800); the ExcelJS floor's at the same sizes (it holds one workbook at a time), for the runtime's own curve.
    const peaksOf = async (communes: number, runs: number): Promise<{ cli: number; floor: number }> => {
      const folder = join(dir, `xa-${communes}`);
      await copyExamples(folder, Array.from({ length: communes }, (_, c) => files.map((f) => ({ from: f, to: `xa-${String(c + 1).padStart(2, '0')}/${f}` }))).flat());
      const peaks = { cli: [] as number[], floor: [] as number[] };
      for (let i = 0; i < runs; i++) {
        const out = join(dir, 'out');
        peaks.cli.push((await runScore([folder], out)).peakKb);
        await rm(out, { recursive: true, force: true });
        peaks.floor.push((await runNode([FLOOR, folder, out])).peakKb);
        await rm(out, { recursive: true, force: true });
      }
      await rm(folder, { recursive: true, force: true });
      return { cli: median(peaks.cli), floor: median(peaks.floor) };
    };
    const [few, more, most] = PEAK_COMMUNES.map((communes, i) => ({ communes, runs: PEAK_RUNS[i]! }));
    const sizes = [
      { workbooks: files.length * few!.communes, ...(await peaksOf(few!.communes, few!.runs)) },
      { workbooks: n, cli: median(cli.map((r) => r.peakKb)), floor: median(floor.map((r) => r.peakKb)) },
      { workbooks: files.length * more!.communes, ...(await peaksOf(more!.communes, more!.runs)) },
      { workbooks: files.length * most!.communes, ...(await peaksOf(most!.communes, most!.runs)) },
    ];
    const at = sizes.map((s) => s.workbooks.toLocaleString('en-US')).join(' / ');
    const [, , many, province] = sizes;
    console.log(`peak memory for ${at} workbooks (goal: flat): thidua ${sizes.map((s) => mb(s.cli)).join(' / ')}; ExcelJS floor ${sizes.map((s) => mb(s.floor)).join(' / ')}`);
    const perWorkbook = (k: 'cli' | 'floor') => `${((province![k] - many![k]) / (province!.workbooks - many!.workbooks)).toFixed(1)} KB`;
    console.log(`  added per workbook from ${many!.workbooks.toLocaleString('en-US')} to ${province!.workbooks.toLocaleString('en-US')}: thidua ${perWorkbook('cli')} (goal ≤ 2 KB), floor ${perWorkbook('floor')}   ${load()}`);

    const set = findBuiltin('ta-ma-2025')!;
    const buffers = await Promise.all((await readdir(input, { recursive: true })).filter((f) => f.endsWith('.xlsx')).sort().map((f) => readFile(join(input, f))));
    const passes: Pass[] = [];
    for (let i = 0; i < RUNS; i++) passes.push(await inProcessPass(set, buffers));
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
    share('scoreWorkbook on read grids + tong-hop planned', 'wholeMs');
    console.log(`at end: ${load()}`);
  });
}
