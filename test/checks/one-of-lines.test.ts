// Lines of which one only applies, typed on two (issue 55, never silently wrong): the real Tiền Giang department table,
// whose 3.3 holds bonus lines 3.3.2.1–3.3.2.3 and deduction lines 3.3.3.1–3.3.3.3 under headings «đối với một trong các
// trường hợp sau», imported, its template filled by a unit that typed 2 on 3.3.2.1 and 1,5 on 3.3.2.2 (and one deduction,
// 3.3.3.2), and scored by the command line: 3.3 counts the larger bonus only, said at both cells as an error; the scored
// sheet, «Rà soát» and the plain output say the same; the groups go through the criteria sheet and back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { openXlsx, runInProcess } from '../cli/helpers.js';
import { expectPlainFlags } from '../helpers/plain-flags.js';
import { tienGiangTyped } from '../helpers/tien-giang-typed.js';

const WORDS = 'chỉ một trong các dòng 3.3.2.1, 3.3.2.2, 3.3.2.3 áp dụng cho đơn vị, nhưng có điểm ở 3.3.2.1 (+2), 3.3.2.2 (+1,5): tính dòng lớn nhất 3.3.2.1 (+2), không tính 3.3.2.2';
let dir: string;
let output: ScoreRunOutput;
let plain: string;

beforeAll(async () => {
  ({ dir, output, plain } = await tienGiangTyped({ '3.3': 6, '3.3.2.1': 2, '3.3.2.2': 1.5, '3.3.3.2': 1 }));
}, 300_000);

describe('two of 3.3’s bonus lines «một trong các trường hợp» typed', () => {
  it('counts the larger, 3.3.2.1’s 2, not 3.3.2.2’s 1,5, and says so in 3.3’s reason', () => {
    const card = output.cards[0]!;
    const item = card.criteria.find((c) => c.code === '3.3')!;
    expect(item.own).toMatchObject({ bonus: 2, deduction: 1 });
    expect(item.reason).toContain('3.3.2.2 +1,5 không tính (chỉ một trong các dòng 3.3.2.1, 3.3.2.2, 3.3.2.3 áp dụng: tính dòng lớn nhất 3.3.2.1)');
    expect(card.total).toBe(7);
  });

  it('says it as an error at both cells typed, naming the lines and what was counted; none for the lone deduction', () => {
    const flags = output.cards[0]!.flags.filter((f) => f.code === 'one-of-lines');
    expect(flags.map((f) => f.severity)).toEqual(['error', 'error']);
    const rows = flags.map((f) => Number(f.cell!.replace(/^\D+/, '')));
    expect(rows[1]).toBeGreaterThan(rows[0]!);
    for (const f of flags) expect(f.message).toBe(`Ô ${f.cell}: mục 3.3: ${WORDS} (tiêu chí «${output.cards[0]!.criteria.find((c) => c.code === '3.3')!.title}»)`);
  });

  it('gives the scored sheet the command’s total, and the plain output and «Rà soát» the same flags', async () => {
    const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'don-vi.cham-diem.xlsx'))).readSheets([output.cards[0]!.sheet]);
    const total = sheet!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(total[total.indexOf('Tổng điểm') + 1]).toBe(output.cards[0]!.total);
    expect(sheet!.values.flat().filter((v) => typeof v === 'string' && v.includes(WORDS))).toHaveLength(2);
    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    expectPlainFlags(plain, output, review!.values);
  });
});

describe('a4’s two bonus lines under «cộng điểm đối với 01 trong 02 trường hợp sau» both typed', () => {
  let typed: ScoreRunOutput;
  beforeAll(async () => {
    ({ output: typed } = await tienGiangTyped({ a4: 3.5, 'a4.2.1': 1, 'a4.2.2': 2 }));
  }, 300_000);

  it('counts a4.2.2’s 2, the larger — the 2 the table writes beside a4 — not 3, and says it at both cells', () => {
    const card = typed.cards[0]!;
    expect(card.criteria.find((c) => c.code === 'a4')!.own).toMatchObject({ bonus: 2 });
    const flags = card.flags.filter((f) => f.code === 'one-of-lines');
    expect(flags).toHaveLength(2);
    for (const f of flags) expect(f.message).toContain('mục a4: chỉ một trong các dòng a4.2.1, a4.2.2 áp dụng cho đơn vị, nhưng có điểm ở a4.2.1 (+1), a4.2.2 (+2): tính dòng lớn nhất a4.2.2 (+2), không tính a4.2.1');
  });
});

describe('the groups on the criteria sheet', () => {
  it('go out on each line’s «Ghi chú» and come back as they were', async () => {
    const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
    expect(set.criteria.find((c) => c.code === '3.3')!.own!.oneOf).toEqual([['3.3.2.1', '3.3.2.2', '3.3.2.3'], ['3.3.3.1', '3.3.3.2', '3.3.3.3']]);
    expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code).toBe(0);
    expect((await runInProcess(['criteria', 'import', 'bo.xlsx', '--out', 'lai.json'], dir)).code).toBe(0);
    const back = JSON.parse(await readFile(join(dir, 'lai.json'), 'utf8')) as CriteriaSet;
    expect(back.criteria.find((c) => c.code === '3.3')!.own).toEqual(set.criteria.find((c) => c.code === '3.3')!.own);
  });
});

// Made for issue 55: Tiền Giang's 3.3 lines «một trong các trường hợp» typed twice were both counted, silently; and
// for the walk of its table (test/cli/walk-tnmt-tien-giang.test.ts): a4.2's «01 trong 02 trường hợp», not read as one.
