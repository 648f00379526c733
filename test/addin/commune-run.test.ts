// The page's run and the command line's run are one run (issue 20): for random subsets of the example
// commune's files, the page's coordinator (excel-addin/taskpane/commune-run.ts, its thread's steps run
// in this process) and `thidua score` give the same cards, ranking, proposals and left-out units.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runCommune, type StepThread } from '../../excel-addin/taskpane/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/taskpane/criteria-file.js';
import { answer } from '../../excel-addin/taskpane/run-steps.js';
import { runInProcess, tempDir } from '../cli/helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = 'examples/bao-cao';
const CRITERIA = 'examples/tieu-chi-ta-ma-2025.xlsx';

/** The page's thread, its steps answered in this process (the Web Worker's own code, without the Worker). */
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

describe('the page and the command line', () => {
  it('decide the same run for any subset of the example files', async () => {
    const names = (await readdir(join(ROOT, REPORTS))).sort();
    const criteria = await readCriteriaFile(new Blob([await readFile(join(ROOT, CRITERIA))]), 'tieu-chi-ta-ma-2025.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1, maxLength: 6 }), async (chosen) => {
        const cli = await runInProcess(['score', ...chosen.map((n) => `${REPORTS}/${n}`), '--criteria', CRITERIA, '--out', await tempDir(), '--json'], ROOT);
        const doc = ScoreRunOutput.parse(JSON.parse(cli.stdout));
        const files = await Promise.all(chosen.map(async (n) => ({ name: `${REPORTS}/${n}`, file: new Blob([await readFile(join(ROOT, REPORTS, n))]) })));
        const page = await runCommune(files, { set: criteria.set, roster: criteria.roster, round: doc.round, date: '2025-11-27', thread: inProcess });
        // The page's files are named as the command line shows them, so even `file` agrees.
        expect(page.run.cards).toEqual(doc.cards);
        expect(page.run.ranking).toEqual(doc.ranking);
        expect(page.run.proposals).toEqual(doc.proposals);
        expect(page.run.omittedUnits).toEqual(doc.omitted);
      }),
      { numRuns: 6 },
    );
  }, 300_000);
});
