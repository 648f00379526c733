// A list under a numbered criterion marked only in part (scoring-table/unmarked-lists.ts): phường An Phú's Party-cell
// meeting form as its app prints it (the corpus's sinh-hoat-chi-bo-an-phu, nghiemquynh0210/TROLYSOANTHAOVBDANG) —
// each sub-criterion plain under its criterion, each level «+ …» — was read as 32 criteria in 16 groups on 166 points,
// a plain row after a criterion taken for the next criterion, criterion 4's levels for criteria of a group of their own.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

type Read = Awaited<ReturnType<typeof readCriteriaFile>>;

describe('a ward Party-cell form as its app prints it: sub-criteria plain, levels «+ …»', () => {
  let read: Read;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-partly-marked-'));
    const entry = (await loadCorpus()).find((e) => e.id === 'sinh-hoat-chi-bo-an-phu')!;
    read = await readCriteriaFile((await renderCorpus([entry], dir)).get(entry.id)!, dir);
  }, 120_000);

  it('keeps the eight criteria as the groups, each over its sub-criteria: 28 criteria on 100', () => {
    expect(read.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['1', 5], ['2', 5], ['3', 10], ['4', 30], ['5', 10], ['6', 5], ['7', 30], ['8', 5]]);
    expect(read.set.criteria.map((c) => c.code)).toEqual([
      '1.a', '2.a', '2.b', '3.a', '3.b', '3.c', '3.d', '3.e', '4.a', '4.b', '4.c', '4.d', '4.e', '4.f', '4.g', '4.h',
      '5.a', '5.b', '5.c', '5.d', '6.a', '6.b', '6.c', '6.d', '7.a', '8.a', '8.b', '8.c',
    ]);
    expect(read.reconciliation.summary).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 8 phần, 47 số điểm của mục).');
  });

  it('reads the «+» rows as the levels of the sub-criterion above them, the plain «(Điểm cộng)» row a part of criterion 2', () => {
    const levels = read.set.criteria.flatMap((c) => (c.rule.kind === 'tiers' ? [[c.code, c.maxPoints, c.rule.tiers.map((t) => t.points)]] : []));
    expect(levels).toEqual([
      ['1.a', 5, [5, 4, 3, 2, 1]],
      ['2.a', 4, [4, 3, 2, 1]],
      ['4.e', 5, [5, 4, 3, 2]],
      ['7.a', 30, [30, 27, 24, 20, 15, 10]],
    ]);
    expect(read.set.criteria.find((c) => c.code === '2.b')).toMatchObject({ maxPoints: 1, title: expect.stringContaining('(Điểm cộng)') });
  });

  it('says how it read each list, at the criterion’s points cell', () => {
    const said = read.notices.filter((n) => n.message.includes('như bảng đánh dấu')).map((n) => n.cell);
    expect(said).toEqual(['C3', 'C10', 'C17', 'C23', 'C36', 'C41', 'C46', 'C54']);
  });
});
