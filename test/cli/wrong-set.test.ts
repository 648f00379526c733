// «A wrong set said once, at the top» (issue 20, item 5): a report made for another criteria set gets one
// line naming the set its «Bộ tiêu chí» cell names, not one «Báo cáo thiếu tiêu chí» flag per criterion;
// a report missing a few criteria still gets one flag for each.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WRONG_SET_PREFIX } from '../../core/checks/criterion-missing.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runInProcess, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('a report made for another criteria set', () => {
  it('is said once, first, naming the set its header names', async () => {
    const run = await runInProcess(['score', 'examples/bao-cao/ubnd-xa-ta-ma.xlsx', '--criteria', 'cat-ne-2024', '--out', await tempDir(), '--json'], ROOT);
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    const missing = doc.cards[0]!.flags.filter((f) => f.code === 'criterion-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toMatch(new RegExp(`^${WRONG_SET_PREFIX} «ta-ma-2025@2025.1» \\(ô C10\\): thiếu 16/16 tiêu chí của bộ «Cát Nê`));
    const lines = run.stderr.split('\n').filter((l) => l.includes(WRONG_SET_PREFIX));
    expect(lines).toEqual([`Lưu ý: examples/bao-cao/ubnd-xa-ta-ma.xlsx, trang «UBND xã Ta Ma»: ${missing[0]!.message}`]);
  });

  it('the example commune, scored with its own set, has no such line', async () => {
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', await tempDir(), '--json'], ROOT);
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    const flags = doc.cards.flatMap((c) => c.flags);
    expect(flags.some((f) => f.message.startsWith(WRONG_SET_PREFIX))).toBe(false);
    expect(run.stderr).not.toContain(WRONG_SET_PREFIX);
  });
});
