// Issue 55 item 2, parts held to their figures in the reconciliation (core/criteria/sheet/stated-figures.ts,
// reconcile.ts), on real tables of the corpus (test/fixtures/real/criteria-corpus/): a youth union's content group
// written 8 over one indicator of levels 4 / 2 / 0, said as a part of the reconciliation, not only in a notice; an
// academy's form written again with each part's heading unmerged into its number cell, and a department's table with
// each standard's maximum only in its heading's words, held to the groups they became.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { loadCorpus, renderCorpus, scorecard, type CorpusEntry } from '../../scripts/harness/criteria-corpus.js';

type Read = Awaited<ReturnType<typeof readCriteriaFile>>;

/** A corpus table written as an office sends it and read as `thidua criteria import` reads it. */
async function readEntry(id: string): Promise<{ entry: CorpusEntry; read: Read }> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-parts-'));
  const entry = (await loadCorpus()).find((e) => e.id === id)!;
  return { entry, read: await readCriteriaFile((await renderCorpus([entry], dir)).get(id)!, dir) };
}

describe('a youth union’s cluster table (doan-thanh-nien-cum-thi-dua): «Nội dung đánh giá: Học tập và làm theo …» 8 over an indicator of levels 4 / 2 / 0', () => {
  let entry: CorpusEntry;
  let read: Read;
  beforeAll(async () => {
    ({ entry, read } = await readEntry('doan-thanh-nien-cum-thi-dua'));
  }, 120_000);

  it('says the content group’s 8 against the 4 its indicator’s highest level gives, as a part of the reconciliation', () => {
    const part = read.reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.value === 8);
    expect(part).toMatchObject({ reads: 4, agrees: false, figure: { row: 3, cell: 'B3' } });
    expect(part!.text).toBe('Phần «Nội dung đánh giá: Học tập và làm theo tư tưởng, đạo đức,…» ghi 8 điểm (ô B3); thidua đọc được 4 — thidua đọc mục 1.1 tối đa 4 điểm (chọn một mức: 4 / 2 / 0)');
  });

  it('leaves no figure the manifest records said only in a notice', () => {
    expect(scorecard(entry, read).figures.filter((f) => f.verdict === 'noticed' || f.verdict === 'silent')).toEqual([]);
  });
});

describe('the academy’s conduct form written again as another office keeps it (ren-luyen-ptit-hcm-phieu-mau-01-viet-lai): each part’s heading unmerged into «TT», its maximum only in its words', () => {
  let read: Read;
  beforeAll(async () => {
    ({ read } = await readEntry('ren-luyen-ptit-hcm-phieu-mau-01-viet-lai'));
  }, 120_000);

  it('holds each part to the group it became, its words whole with their bracket: every figure agrees, none said to differ', () => {
    const parts = read.reconciliation.figures.filter((f) => f.figure.kind === 'part');
    expect(parts.map((f) => [f.figure.title.slice(-9), f.figure.value, f.reads, f.agrees])).toEqual([
      ['(20 điểm)', 20, 20, true],
      ['(25 điểm)', 25, 25, true],
      ['(20 điểm)', 20, 20, true],
      ['(25 điểm)', 25, 25, true],
      ['(10 điểm)', 10, 10, true],
    ]);
    expect(read.reconciliation.summary).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 5 phần, 35 số điểm của mục).');
  });

  it('names the cell the part’s words stand in, in the number column, not the empty content cell beside it', () => {
    expect(read.reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => f.figure.cell)).toEqual(['A4', 'A22', 'A31', 'A37', 'A44']);
    expect(read.notices.filter((n) => n.message.includes('lời của mục ghi')).map((n) => `${n.cell}: ${n.message}`)).toEqual([
      'A4: Mục 1 không ghi điểm ở cột điểm; lời của mục ghi 20 điểm: dùng làm điểm tối đa.',
      'A22: Mục 2 không ghi điểm ở cột điểm; lời của mục ghi 25 điểm: dùng làm điểm tối đa.',
      'A31: Mục 3 không ghi điểm ở cột điểm; lời của mục ghi 20 điểm: dùng làm điểm tối đa.',
      'A37: Mục 4 không ghi điểm ở cột điểm; lời của mục ghi 25 điểm: dùng làm điểm tối đa.',
      'A44: Mục 5 không ghi điểm ở cột điểm; lời của mục ghi 10 điểm: dùng làm điểm tối đa.',
    ]);
  });
});

describe('the Department’s emulation table written again (tnmt-tien-giang-bang-diem-chuan-viet-lai): each standard’s maximum only in its heading’s words', () => {
  let read: Read;
  beforeAll(async () => {
    ({ read } = await readEntry('tnmt-tien-giang-bang-diem-chuan-viet-lai'));
  }, 120_000);

  it('holds standard 1’s «(80 điểm)», written after words in brackets of its own over sub-parts a–d, to the group its heading became, as it holds the others', () => {
    expect(read.reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.value, f.figure.cell, f.reads, f.agrees])).toEqual([
      [80, 'B5', 80, true],
      [2, 'B127', 2, true],
      [10, 'B137', 10, true],
      [3, 'B180', 3, true],
      [5, 'B189', 5, true],
    ]);
  });
});
