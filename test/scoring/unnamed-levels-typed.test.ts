// A word typed on an item whose levels have no names (issue 55, never silently wrong): the real Tiền Giang department
// table, whose C1 reads its levels «5 / 4 / 3» without words, imported, its template filled by a unit that typed «Tốt»
// as C1's self-score, and scored by the command line: unreadable as before, the message listing C1's levels by their
// points, as it lists named levels; the scored sheet, «Rà soát» and the plain output say the same.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Criterion } from '../../core/criteria/schema.js';
import { unnamedLevels } from '../../core/scoring/level-word.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { openXlsx } from '../cli/helpers.js';
import { expectPlainFlags, unwrapped } from '../helpers/plain-flags.js';
import { tienGiangTyped } from '../helpers/tien-giang-typed.js';

const LEVELS = 'các mức của tiêu chí C1 không có tên (các mức: 5 điểm, 4 điểm, 3 điểm) — ghi số điểm của một mức';
let dir: string;
let output: ScoreRunOutput;
let plain: string;

beforeAll(async () => {
  ({ dir, output, plain } = await tienGiangTyped({ C1: 'Tốt', C2: 4 }));
}, 300_000);

describe('«Tốt» typed on C1, whose levels 5 / 4 / 3 have no names', () => {
  it('is unreadable at its cell, C1’s levels listed by their points; C2’s 4 scored beside it', () => {
    const card = output.cards[0]!;
    const c1 = card.criteria.find((c) => c.code === 'C1')!;
    expect([c1.status, c1.points, card.criteria.find((c) => c.code === 'C2')!.points, card.total]).toEqual(['invalid', 0, 4, 4]);
    const flags = card.flags.filter((f) => f.criterion === 'C1');
    expect(flags.map((f) => [f.code, f.severity])).toEqual([['unparseable-value', 'error']]);
    expect(flags[0]!.message).toBe(`Ô ${flags[0]!.cell}: "Tốt" không đọc được thành điểm: ${LEVELS} → 0 điểm (tiêu chí «${c1.title}»)`);
  });

  it('is said the same on the scored sheet, in «Rà soát» and in the plain output', async () => {
    const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'don-vi.cham-diem.xlsx'))).readSheets([output.cards[0]!.sheet]);
    const total = sheet!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(total[total.indexOf('Tổng điểm') + 1]).toBe(output.cards[0]!.total);
    expect(sheet!.values.flat().some((v) => typeof v === 'string' && v.includes(LEVELS))).toBe(true);
    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    expectPlainFlags(plain, output, review!.values);
    expect(unwrapped(plain).join('\n')).toContain(LEVELS);
  });
});

describe('levels «Bậc: 4=20; 3=15», a count typed for them', () => {
  it('are listed by their points with the count each starts at, the unit asked for the figure', () => {
    const meetings = { code: 'H1', unit: 'lần', rule: { kind: 'tiers', tiers: [{ min: 4, points: 20 }, { min: 3, points: 15 }] } } as Criterion;
    expect(unnamedLevels(meetings)).toBe('các mức của tiêu chí H1 không có tên (các mức: 20 điểm khi đạt 4 lần, 15 điểm khi đạt 3 lần) — ghi kết quả bằng số');
    expect(unnamedLevels({ ...meetings, rule: { kind: 'tiers', tiers: [{ min: 4, points: 20, label: 'Tốt' }] } })).toBeUndefined();
  });
});

// Made for issue 55: a word typed for a level of an item whose levels have no names got the general message, no level listed.
