// The example commune's 15 units, 8 times under new names (120 units, as 8 communes' files), decided as one run: enough
// rows to force a table into parts at a lowered part size without a province's files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { findCriteriaSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { decideRun, type Run } from '../../core/run/decide-run.js';
import { planSummaryWorkbook, wholeSummary, type SummaryStore } from '../../core/run/plan-copy.js';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { previousSheets } from '../../core/run/council-work.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';

export async function eightCommunes(date: string): Promise<{ set: CriteriaSet; run: Run; inputs: { cards: ScoreCard[] }[] }> {
  const example = await readFile(join(import.meta.dirname, '../../examples/xa-ta-ma-2025.xlsx'));
  const book = OoxmlWorkbook.open(example);
  const criteria = readCriteriaSheet(findCriteriaSheet(await book.readSheets(await book.listSheets()))!, {});
  if (!criteria.ok) throw new Error('no criteria sheet');
  const commune = await scoreWorkbook(OoxmlWorkbook.open(example), criteria.set, { date });
  const inputs = Array.from({ length: 8 }, (_, i) => ({ cards: commune.cards.map((c) => ({ ...c, unitName: `${c.unitName} ${i + 1}`, sheet: `${c.sheet} ${i + 1}`, file: `xa-${i + 1}/xa.xlsx` })) }));
  return { set: criteria.set, run: decideRun(criteria.set, inputs), inputs };
}

/**
 * tong-hop.xlsx of `run` as the command line writes it (each sheet, then the store) after reading `previous` (none: the
 * first run), with tables in parts of `partRows` rows, in `file`; what the plan says, and the council's sheets as written.
 */
export async function writeSummary(file: string, set: CriteriaSet, run: Run, opts: { date: string; partRows: number; previous?: PreviousSummary }): Promise<Pick<SummaryStore, 'said' | 'council'>> {
  const { date, partRows, previous } = opts;
  const plan = wholeSummary(
    planSummaryWorkbook(set, run, previous?.review.decisions ?? [], {
      date,
      closed: [],
      files: ['xa.cham-diem.xlsx'],
      partRows,
      ...(previous ? { unread: previous.review.unread, votes: previous.votes, sheets: previousSheets(previous) } : {}),
    }),
  );
  const book = OoxmlWorkbook.create();
  await book.apply(plan.edit);
  for (const [key, value] of Object.entries(plan.store)) await book.writeStore(key, value);
  await writeFile(file, await book.toBuffer());
  return { said: plan.said, council: plan.council };
}
