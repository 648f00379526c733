// The run's order is written once (core/run/run-order.ts), for every face. Driven here through a port of the test's
// own — the example commune's workbooks opened from their bytes, copies and tong-hop.xlsx kept in memory — it gives
// what `thidua score` gives on the same folder: the same cards, ranking, proposals and units left out, every cell of
// every scored copy and of tong-hop.xlsx, the same sealed record; then with the council's decisions typed into
// tong-hop.xlsx, the same decisions said; and once the council closed the result, the same gate before any copy.
// The task pane's run of one workbook is the same order with one input: its workbook scored in place is the copy.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { TypedReview } from '../../core/council/merge.js';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import type { RosterUnit } from '../../core/ranking/roster.js';
import type { ClosedRound, FoundDigest } from '../../core/run/closing.js';
import type { Run } from '../../core/run/decide-run.js';
import { planCopy, SCORED_SUFFIX, SUMMARY_FILE, wholeSummary, type RunShare } from '../../core/run/plan-copy.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { runInOrder, type RunInputs, type RunOutcome, type RunPort, type RunPrevious, type RunSummaryPlan } from '../../core/run/run-order.js';
import type { Said } from '../../core/run/said.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { readWorkbookOn, type WorkbookReports } from '../../core/run/workbook-reports.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { typeCouncilDecisions } from '../helpers/review-rows.js';
import { runInProcess, tempDir } from './helpers.js';
import { officerDay } from '../../core/values.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = 'examples/bao-cao';
const CRITERIA = 'examples/tieu-chi-ta-ma-2025.xlsx';
const SCHOOL = 'Trường PTDTBT Tiểu học Ta Ma';

type Input = { name: string; bytes: Uint8Array; mtime: number };

/** The run's I/O in memory: nothing is read from or written to a folder but what the test hands it. */
class MemoryRun implements RunPort {
  readonly copies = new Map<string, Uint8Array>();

  summary: Uint8Array | undefined;

  said: string[] = [];

  /** What the run would change of the closed result, when one was closed. */
  changes: Said[] | undefined;

  private readonly read: { input: Input; workbook: OoxmlWorkbook; reports: WorkbookReports }[] = [];

  constructor(
    private readonly set: CriteriaSet,
    private readonly date: string,
    private readonly inputs: readonly Input[],
    private readonly previous?: { bytes: Uint8Array; found?: FoundDigest[] },
  ) {}

  async readPrevious(): Promise<RunPrevious> {
    if (!this.previous) return { review: { decisions: [], unread: [] }, rounds: [], edited: [] };
    const summary = await readPreviousSummary(OoxmlWorkbook.open(this.previous.bytes));
    return { review: summary.review, rounds: summary.rounds, edited: summary.edited };
  }

  async readInputs(review: TypedReview): Promise<RunInputs> {
    const problems = [];
    for (const input of this.inputs) {
      const workbook = OoxmlWorkbook.open(input.bytes);
      const reports = await readWorkbookOn(workbook, this.set, { file: input.name, typedDecisions: 'unit', ...review });
      problems.push(...reports.errors.map((e) => ({ what: `${input.name}, trang «${e.sheet}»`, why: `${input.name}, trang «${e.sheet}»: ${e.message}` })));
      if (reports.cards.length > 0) this.read.push({ input, workbook, reports });
    }
    return {
      read: this.read.map((r) => ({ cards: r.reports.cards, problems: [], fileTime: r.input.mtime })),
      explained: this.read.flatMap((r) => r.reports.explained),
      problems,
    };
  }

  closed(_last: ClosedRound, changes: (found: readonly FoundDigest[]) => Said[]): boolean {
    this.changes = changes(this.previous?.found ?? []);
    return false;
  }

  async writeCopies(_run: Run, shareOf: (index: number) => RunShare): Promise<string[]> {
    for (const [i, r] of this.read.entries()) {
      await r.workbook.apply(planCopy(this.set, r.reports, shareOf(i), r.reports.decisions, { date: this.date }));
      this.copies.set(copyOf(r.input.name), await r.workbook.toBuffer());
    }
    return [...this.copies.keys()];
  }

  async writeSummary(plan: RunSummaryPlan): Promise<void> {
    const workbook = OoxmlWorkbook.create();
    const { edit, store } = wholeSummary(plan);
    await workbook.apply(edit);
    for (const [key, value] of Object.entries(store)) await workbook.writeStore(key, value);
    this.summary = await workbook.toBuffer();
  }

  say(lines: readonly Said[]): void {
    this.said = lines.map((l) => l.text);
  }
}

const copyOf = (name: string) => name.slice(name.lastIndexOf('/') + 1).replace(/\.xlsx$/i, SCORED_SUFFIX);

/** Every sheet of a workbook, by name, as its cells read. */
async function cellsOf(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const workbook = OoxmlWorkbook.open(bytes);
  const names = await workbook.listSheets();
  return Object.fromEntries((await workbook.readSheets(names)).map((g) => [g.name, g.values]));
}

let set: CriteriaSet;
let roster: RosterUnit[];
let inputs: Input[];
let date: string;
beforeAll(async () => {
  const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
  if (!criteria.ok) throw new Error(criteria.message);
  ({ set, roster } = criteria);
  const names = (await readdir(join(ROOT, REPORTS))).sort();
  inputs = await Promise.all(names.map(async (n) => ({ name: `${REPORTS}/${n}`, bytes: new Uint8Array(await readFile(join(ROOT, REPORTS, n))), mtime: (await stat(join(ROOT, REPORTS, n))).mtimeMs })));
  date = officerDay();
}, 60_000);

/** `thidua score` on the example folder into `out`, and the same run through the memory port. */
async function both(out: string, previous?: { bytes: Uint8Array; found?: FoundDigest[] }): Promise<{ cli: Awaited<ReturnType<typeof runInProcess>>; memory: MemoryRun; outcome: RunOutcome; round: AwardRound }> {
  const cli = await runInProcess(['score', REPORTS, '--criteria', CRITERIA, '--out', out, '--json'], ROOT);
  const round = cli.stdout ? ScoreRunOutput.parse(JSON.parse(cli.stdout)).round : 'hang-nam';
  const memory = new MemoryRun(set, date, inputs, previous);
  const outcome = await runInOrder(set, memory, { date, round, roster });
  return { cli, memory, outcome, round };
}

async function expectSameFolder(out: string, memory: MemoryRun, outcome: RunOutcome): Promise<void> {
  const written = (await readdir(out)).filter((f) => f.endsWith(SCORED_SUFFIX)).sort();
  expect([...memory.copies.keys()].sort()).toEqual(written);
  for (const name of written) expect(await cellsOf(memory.copies.get(name)!), name).toEqual(await cellsOf(await readFile(join(out, name))));
  const summary = await readFile(join(out, SUMMARY_FILE));
  expect(await cellsOf(memory.summary!)).toEqual(await cellsOf(summary));
  // The command line's record also vouches for each copy's bytes (the memory port keeps none): the rest is the same.
  const recorded = (await readPreviousSummary(OoxmlWorkbook.open(summary))).record!;
  expect(recorded.copies?.map((c) => c.name).sort()).toEqual(written);
  const { copies: _c, seal: _s, ...rest } = recorded;
  const { seal: _m, ...memoryRest } = outcome.record!;
  expect(memoryRest).toEqual(rest);
}

describe('the run’s order, written once, through a port of the test’s own', () => {
  it('gives what `thidua score` gives on the same folder: the run, every copy’s and tong-hop.xlsx’s cells, the record', async () => {
    const out = await tempDir();
    const { cli, memory, outcome } = await both(out);
    expect(cli.code).toBe(0);
    const doc = ScoreRunOutput.parse(JSON.parse(cli.stdout));
    expect(outcome.written).toBe(true);
    expect(outcome.run.cards).toEqual(doc.cards);
    expect(outcome.run.ranking).toEqual(doc.ranking);
    expect(outcome.run.proposals).toEqual(doc.proposals);
    expect(outcome.run.omittedUnits).toEqual(doc.omitted);
    expect(memory.copies.size).toBe(12);
    await expectSameFolder(out, memory, outcome);
  }, 300_000);

  it('reads the council’s decisions typed into tong-hop.xlsx, applies and says them as `thidua score` does', async () => {
    const out = await tempDir();
    await runInProcess(['score', REPORTS, '--criteria', CRITERIA, '--out', out], ROOT);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, SUMMARY_FILE));
    typeCouncilDecisions(wb.getWorksheet(REVIEW_SHEET)!, SCHOOL);
    await wb.xlsx.writeFile(join(out, SUMMARY_FILE));
    const typed = new Uint8Array(await readFile(join(out, SUMMARY_FILE)));

    const { cli, memory, outcome } = await both(out, { bytes: typed });
    const doc = ScoreRunOutput.parse(JSON.parse(cli.stdout));
    expect(outcome.decisions).toHaveLength(2);
    expect(memory.said).toEqual(['Đã áp dụng 2 quyết định của Hội đồng.']);
    expect(cli.stderr.split('\n').filter((l) => memory.said.includes(l))).toEqual(memory.said);
    expect(outcome.run.cards).toEqual(doc.cards);
    expect(outcome.run.ranking).toEqual(doc.ranking);
    expect(outcome.run.proposals).toEqual(doc.proposals);
    await expectSameFolder(out, memory, outcome);
  }, 300_000);

  it('holds a run before any copy once the council closed the result, finding what `thidua score` finds', async () => {
    const out = await tempDir();
    await runInProcess(['score', REPORTS, '--criteria', CRITERIA, '--out', out], ROOT);
    expect((await runInProcess(['close', out, '--by', 'Lò Văn Thành', '--accept-open'], ROOT)).code).toBe(0);
    // One scored copy replaced by another's bytes: both say the copy differs from the one closed, and write nothing.
    const copies = (await readdir(out)).filter((f) => f.endsWith(SCORED_SUFFIX)).sort();
    await copyFile(join(out, copies[1]!), join(out, copies[0]!));
    const found = await Promise.all(copies.map(async (name) => ({ name, sha256: createHash('sha256').update(await readFile(join(out, name))).digest('hex') })));
    const closedSummary = new Uint8Array(await readFile(join(out, SUMMARY_FILE)));

    const { cli, memory, outcome } = await both(out, { bytes: closedSummary, found });
    expect(cli.code).toBe(1);
    expect(outcome.written).toBe(false);
    expect(memory.changes?.map((c) => c.text)).toEqual([expect.stringContaining(copies[0]!)]);
    for (const line of memory.changes!) expect(cli.stderr).toContain(`  - ${line.text}`);
    expect(memory.copies.size).toBe(0);
    expect(memory.summary).toBeUndefined();
    expect(new Uint8Array(await readFile(join(out, SUMMARY_FILE)))).toEqual(closedSummary);
  }, 300_000);

  it('is the task pane’s run of one workbook, with that workbook as its one input', async () => {
    const input = inputs.find((i) => i.name.endsWith('ban-hua-ca.xlsx'))!;
    const memory = new MemoryRun(set, date, [input]);
    const outcome = await runInOrder(set, memory, { date });
    const pane = OoxmlWorkbook.open(input.bytes);
    const scored = await scoreWorkbook(pane, set, { date, file: input.name });
    expect(scored.cards).toEqual(outcome.run.cards);
    expect(scored.ranking).toEqual(outcome.run.ranking);
    expect(scored.proposals).toEqual(outcome.run.proposals);
    expect(await cellsOf(await pane.toBuffer())).toEqual(await cellsOf(memory.copies.get(copyOf(input.name))!));
  }, 120_000);
});
