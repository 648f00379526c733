// What sealing the council's record costs (core/run/seal.ts): a run of 1,125 units (the example commune's 15 units
// of xa-ta-ma-2025.xlsx, 75 times under new names), in this process. Timed: planning tong-hop.xlsx's sheets alone
// (the reference), sealing «Tổng hợp» and «Xét khen thưởng» row by row, sealing the run's record, and checking a
// closed round's seals as every reading of tong-hop.xlsx does; medians of RUNS, each as a share of the reference.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { OoxmlWorkbook } from '../adapters/ooxml/workbook.js';
import { findCriteriaSheet, readCriteriaSheet } from '../core/criteria/sheet/index.js';
import { brokenSeals, closeRound, recordRun } from '../core/run/closing.js';
import { decideRun } from '../core/run/decide-run.js';
import { scoreWorkbook } from '../core/run/score-workbook.js';
import { sealSheet } from '../core/run/seal.js';
import { applyEditToValues } from '../core/workbook/apply-grid.js';
import { planAwardList } from '../core/workbook/plan-award-list.js';
import { planReview } from '../core/workbook/plan-review.js';
import { planSummarySheets } from '../core/workbook/plan-summary.js';
import { load, median, ROOT, sized } from './child.js';
import { shortfalls } from '../core/ranking/what-it-takes.js';
import { COUNCIL_SHEET_NAMES } from '../core/workbook/council-sheets.js';

const COPIES = sized(75, 2);
const RUNS = sized(5, 1);
const DATE = '2025-11-27';

/** The median of RUNS timings of `work`. */
const timed = (work: () => unknown): number =>
  median(
    Array.from({ length: RUNS }, () => {
      const started = performance.now();
      work();
      return performance.now() - started;
    }),
  );

export async function run(): Promise<void> {
  const bytes = await readFile(join(ROOT, 'examples/xa-ta-ma-2025.xlsx'));
  const book = OoxmlWorkbook.open(bytes);
  const criteria = readCriteriaSheet(findCriteriaSheet(await book.readSheets(await book.listSheets()))!, {});
  if (!criteria.ok) throw new Error('examples/xa-ta-ma-2025.xlsx: no criteria sheet');
  const set = criteria.set;
  const commune = await scoreWorkbook(OoxmlWorkbook.open(bytes), set, { date: DATE });
  const inputs = Array.from({ length: COPIES }, (_, i) => ({ cards: commune.cards.map((c) => ({ ...c, unitName: `${c.unitName} ${i + 1}`, sheet: `${c.sheet} ${i + 1}`, file: `xa-${i + 1}.xlsx` })) }));
  const decided = decideRun(set, inputs);
  const files = inputs.map((_, i) => `xa-${i + 1}.cham-diem.xlsx`);

  const sheets = () => [
    ...planSummarySheets(set, decided.cards, decided.ranking, decided.proposals, { date: DATE, round: decided.round, omitted: decided.omitted, whatItTakes: shortfalls(set, decided.cards, decided.proposals, [], decided.round) }),
    planReview(decided.cards, []),
    ...planAwardList(decided.proposals),
  ];
  const planned = sheets();
  const shown = [planned[0]!, planned[2]!];
  const record = recordRun(set, { ...decided, scoredOn: DATE, files, decisions: [], shown: shown.map((s) => sealSheet({ name: s.sheet, values: applyEditToValues([], s) })) });
  const closed = closeRound([], record, files.map((name) => ({ name, sha256: '0'.repeat(64) })), { closedBy: 'Bench', closedAt: `${DATE}T09:00` }, 'files', { review: { decisions: [], unread: [] }, sheets: COUNCIL_SHEET_NAMES, acceptOpen: true });
  if (closed.kind !== 'closed') throw new Error(closed.kind);

  const reference = timed(sheets);
  const cases: [string, number][] = [
    ['seal «Tổng hợp» and «Xét khen thưởng», row by row', timed(() => shown.map((s) => sealSheet({ name: s.sheet, values: applyEditToValues([], s) })))],
    ['seal the run’s record (recordRun)', timed(() => recordRun(set, { ...decided, scoredOn: DATE, files, decisions: [] }))],
    ['check a closed round’s seals (brokenSeals)', timed(() => brokenSeals(closed.rounds))],
  ];
  console.log(`\nSeal of the council's record — ${decided.cards.length} units, ${load()}`);
  console.log(`  planning tong-hop.xlsx's sheets (reference): ${reference.toFixed(0)} ms`);
  for (const [what, ms] of cases) console.log(`  ${what}: ${ms.toFixed(0)} ms (${((100 * ms) / reference).toFixed(0)} % of the reference)`);
}

// Made for issue 35 item 2: what the seal adds to a province-sized run, measured beside what it seals.
