// One run, one truth (issue 19, item 2): every scored copy of a run says about its units what the run's
// tong-hop.xlsx says — the same rank and the same proposal, reason included — never its own ranking
// of the one file. Run on the example commune, where «Công an xã» is within quota only among its file.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../core/values.js';
import { AWARD_LIST_SHEET } from '../../core/workbook/plan-award-list.js';
import { RANKING_HEADERS, SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { openXlsx, runInProcess, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a workbook written by a run says of each unit: its rank, and each form's decision with its reason. */
async function verdicts(path: string): Promise<{ ranks: Map<string, number>; proposals: Map<string, string> }> {
  const book = await openXlsx(path);
  const [summary, awards] = await book.readSheets([SUMMARY_SHEET, AWARD_LIST_SHEET]);
  const ranks = new Map<string, number>();
  let inRanking = false;
  for (const row of summary!.values) {
    if (cellText(row[0] ?? null) === RANKING_HEADERS[0] && cellText(row[1] ?? null) === RANKING_HEADERS[1]) inRanking = true;
    else if (inRanking && typeof row[0] === 'number') ranks.set(cellText(row[1] ?? null), row[0]);
    else inRanking = false;
  }
  const proposals = new Map<string, string>();
  for (const row of awards!.values.slice(1)) {
    if (typeof row[0] === 'number') proposals.set(`${cellText(row[1] ?? null)} · ${cellText(row[2] ?? null)}`, `${cellText(row[3] ?? null)} — ${cellText(row[4] ?? null)}`);
  }
  return { ranks, proposals };
}

describe('one run, one truth', () => {
  it('every scored copy gives its units the rank and proposals of tong-hop.xlsx', async () => {
    const out = await tempDir();
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out], ROOT);
    expect(run.code).toBe(0);
    const whole = await verdicts(join(out, 'tong-hop.xlsx'));
    expect(whole.ranks.size).toBe(15);
    const copies = (await readdir(out)).filter((f) => f.endsWith('.cham-diem.xlsx'));
    expect(copies).toHaveLength(12);
    const seenRanks = new Map<string, number>();
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
