// One run, one truth (issue 19, item 2): every scored copy of a run says about its units what the run's
// tong-hop.xlsx says — the same rank and the same proposal, reason included — never its own ranking
// of the one file. Run on the example commune, where «Công an xã» is within quota only among its file.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { runInProcess, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const verdicts = async (path: string) => runVerdicts(await readFile(path));

describe('one run, one truth', () => {
  it('every scored copy gives its units the rank and proposals of tong-hop.xlsx', async () => {
    const out = await tempDir();
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out], ROOT);
    expect(run.code).toBe(0);
    const whole = await verdicts(join(out, 'tong-hop.xlsx'));
    expect(whole.ranks.size).toBe(15);
    const copies = (await readdir(out)).filter((f) => f.endsWith('.cham-diem.xlsx'));
    expect(copies).toHaveLength(12);
    const seenRanks = new Map<string, string>();
    const seenProposals = new Map<string, string>();
    for (const copy of copies) {
      const part = await verdicts(join(out, copy));
      expect(part.ranks.size, copy).toBeGreaterThan(0);
      for (const [unit, rank] of part.ranks) seenRanks.set(unit, rank);
      for (const [key, said] of part.proposals) seenProposals.set(key, said);
    }
    // Each copy says the run's word on its own units; together they cover every unit and every proposal.
    expect(seenRanks).toEqual(whole.ranks);
    expect(seenProposals).toEqual(whole.proposals);
  });
});
