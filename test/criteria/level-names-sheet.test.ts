// Level names through the .xlsx criteria sheet (issue 55): Sơn Trà's Mẫu 03 names its items' levels a … g, which
// units type for the level. The set exported as the criteria sheet and imported again keeps each level's name, as
// its JSON does; a sheet written before names («Bậc: 4=20; 3=15») reads as before.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { parseRule } from '../../core/criteria/sheet/rule.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';

const tiered = (set: CriteriaSet) => set.criteria.flatMap((c) => (c.rule.kind === 'tiers' ? [[c.code, c.rule.tiers]] : []));
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
}, 300_000);

describe('level names on the criteria sheet', () => {
  it('survive export → import of a real table’s set, each level’s name with its points', async () => {
    expect((await runInProcess(['criteria', 'import', 'mau-03.xlsx', '--out', 'bo.json'], dir)).code).toBe(0);
    const set = CriteriaSet.parse(JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')));
    expect(tiered(set).find(([code]) => code === 'B.1')![1]).toEqual(
      ['a', 'b', 'c', 'd', 'đ', 'e'].map((label, i) => ({ min: [20, 15, 10, 5, 1, 0][i], points: [20, 15, 10, 5, 1, 0][i], label })),
    );
    expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code).toBe(0);
    const again = await runInProcess(['criteria', 'import', 'bo.xlsx', '--out', 'lai.json'], dir);
    expect(again.code, again.stderr).toBe(0);
    const back = CriteriaSet.parse(JSON.parse(await readFile(join(dir, 'lai.json'), 'utf8')));
    expect(tiered(back)).toEqual(tiered(set));
    expect(tiered(back).length).toBeGreaterThan(0);
  }, 300_000);

  it('read a «Cách tính» written before names as before, and a name in «» after its points', () => {
    expect(parseRule('Bậc: 4=20; 3=15')).toEqual({ ok: true, rule: { kind: 'tiers', tiers: [{ min: 4, points: 20 }, { min: 3, points: 15 }] } });
    expect(parseRule('Bậc: 10=10 «Xuất sắc»; 4=4; 0=0 «dưới Trung bình»')).toEqual({
      ok: true,
      rule: { kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'Xuất sắc' }, { min: 4, points: 4 }, { min: 0, points: 0, label: 'dưới Trung bình' }] },
    });
  });
});

// Made for issue 55: level names (tier labels) did not survive the .xlsx criteria sheet, JSON kept them.
