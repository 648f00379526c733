// Batch's in-process phase (bench/batch.ts): each workbook read from its package, its reports read, scored alone, and
// the whole of thidua's work on it, timed phase by phase. batch.ts bundles this file as the command is bundled
// (scripts/build-cli.mjs's nodeBundle) and runs the bundle: the shares are of the code a run executes, not of the sources
// as tsx runs them (tsx keeps every function's name, a call at each closure made: ~40 % more processor time in scoring).
// First, as cli/ starts the command: V8's tier-up budget the command runs at (cli/tier-up.ts), set before the code below is
// loaded — at V8's default the passes scored at about half the share of reading the command's threads give it.
import '../cli/tier-up.js';
import { performance } from 'node:perf_hooks';
import { findBuiltin } from '../core/criteria/builtin/index.js';
import type { CriteriaSet } from '../core/criteria/schema.js';
import { proposeAwards } from '../core/ranking/awards.js';
import { rank } from '../core/ranking/rank.js';
import { readReport } from '../core/report/read.js';
import type { SheetGrid } from '../core/sheet/cell.js';
import type { UnitReport } from '../core/report/schema.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import { score } from '../core/checks/run.js';
import { planReview } from '../core/workbook/plan-review.js';
import { planSummarySheets } from '../core/workbook/plan-summary.js';
import type { WorkbookPort } from '../core/sheet/port.js';
import { scoreWorkbook } from '../core/run/score-workbook.js';
import { OoxmlWorkbook } from '../adapters/ooxml/workbook.js';
import { officerDay } from '../core/values.js';

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

/**
 * Each phase's wall time (ms) and, beside it, its processor time (cpu, ms: this process's, which the machine's load bends
 * less). `warmScoreMs`: the same scoring again, every report back to back after the pass, its code and the set's data
 * still in the processor's caches — what scoring costs without the misses reading each workbook leaves it.
 */
export type Phases = { readMs: number; reportMs: number; scoreMs: number; wholeMs: number; warmScoreMs: number };
export type Pass = Phases & { cpu: Phases; cards: number };

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * One pass over the workbooks as a run goes: each read from its package (open + readSheets); from its grids, the
 * reports read (readReport), then scored (score, the goal's «scoring alone»), then the whole of thidua's work
 * on it (scoreWorkbook: reports, score, rank, awards, the scored sheets, Tổng hợp and Rà soát planned) — timed
 * back to back so all see the same load; tong-hop's ranking, awards and sheets at the end count in the whole. Then
 * every report scored again, one after the other (warmScoreMs).
 */
async function inProcessPass(set: CriteriaSet, buffers: Uint8Array[]): Promise<Pass> {
  const date = officerDay();
  const cards: ScoreCard[] = [];
  const pass: Phases = { readMs: 0, reportMs: 0, scoreMs: 0, wholeMs: 0, warmScoreMs: 0 };
  const cpu: Phases = { readMs: 0, reportMs: 0, scoreMs: 0, wholeMs: 0, warmScoreMs: 0 };
  const read: UnitReport[] = [];
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
    read.push(...reports);
    cards.push(...(await timed('wholeMs', () => scoreWorkbook(memoryPort(grids), set, { file: `${i}.xlsx`, date }))).cards);
  }
  timedSync('wholeMs', () => {
    const ranking = rank(set, cards);
    planSummarySheets(set, cards, ranking, proposeAwards(set, cards), { date });
    planReview(cards, []);
  });
  timedSync('warmScoreMs', () => read.forEach((r) => score(set, r)));
  return { ...pass, cpu, cards: cards.length };
}

/** `runs` passes over the workbooks, scored against the built-in set `setId`. */
export async function inProcessPasses(setId: string, buffers: Uint8Array[], runs: number): Promise<Pass[]> {
  const set = findBuiltin(setId)!;
  const passes: Pass[] = [];
  for (let i = 0; i < runs; i++) passes.push(await inProcessPass(set, buffers));
  return passes;
}

// Made for issue 59 item 2: scoring alone against reading, timed in the code a run executes (bench/batch.ts).
