// A check that says a set's reports can give it nothing to flag (canFlag, core/checks/define.ts) is not run on them
// (score, core/checks/run.ts), and is right: on every example report scored against every built-in set, it flags nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { type Check, defineCheck } from '../../core/checks/define.js';
import { checks } from '../../core/checks/index.js';
import { score } from '../../core/checks/run.js';
import { builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { readReport } from '../../core/report/read.js';
import type { UnitReport } from '../../core/report/schema.js';
import { scoreCriteria } from '../../core/scoring/score.js';

const folder = fileURLToPath(new URL('../../examples/bao-cao/', import.meta.url));

async function exampleReports(): Promise<UnitReport[]> {
  const reports: UnitReport[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort()) {
    const workbook = OoxmlWorkbook.open(readFileSync(`${folder}${file}`));
    for (const grid of await workbook.readSheets(await workbook.listSheets())) {
      const read = readReport(grid, { file });
      if (read.ok) reports.push(read.report);
    }
  }
  return reports;
}

/** A check that flags every report, saying whether the set lets it. */
const flagging = (canFlag: boolean): Check =>
  defineCheck({ id: 'x', severity: 'error', title: 'Kiểm tra thử', titleEn: 'A test check', description: 'Gắn cờ mọi báo cáo.', canFlag: () => canFlag, run: () => [{ message: 'cờ' }] });

describe('checks that cannot flag a set', () => {
  it('are not run on its reports', async () => {
    const [report] = await exampleReports();
    const set = findBuiltin('ta-ma-2025')!;
    expect(score(set, report!, {}, [flagging(false)]).flags).toEqual([]);
    expect(score(set, report!, {}, [flagging(true)]).flags.map((f) => f.message)).toEqual(['cờ']);
  });

  it('flag nothing on any example report scored against any built-in set', async () => {
    const reports = await exampleReports();
    let skipped = 0;
    for (const set of builtinSets()) {
      const silent = checks.filter((check) => check.canFlag?.(set) === false);
      skipped += silent.length;
      for (const report of reports) {
        const { card, rows, reported } = scoreCriteria(set, report);
        const context = { set, report, scores: card.criteria, options: {}, rows, ...(reported && { reported }) };
        for (const check of silent) expect(check.run(context), `${check.id} on ${report.sheet} against ${set.id}`).toEqual([]);
      }
    }
    // Not a test of nothing: the built-in sets leave some checks out (none has sanctions, one-of lines or a scoring step).
    expect(skipped).toBeGreaterThan(builtinSets().length * 2);
  });
});

// Made for issue 59 item 2: every check ran on every report, those the set gives nothing to flag (its sanctions, a
// scoring step, the portal) finding nothing each time; a set's checks are now chosen once.
