// A scoring table nested by a «Level» column instead of numbers (issue 55 item 2), on the original workbook the corpus
// keeps byte-exact (test/fixtures/real/criteria-corpus/manifest.json names its source): a provincial department's
// standard points, Level · Order · Score · Name, «1 | Tiêu chuẩn 1 | 80» over «2 | Mục a | 30» over «3 | Phần a1 | 3»,
// read as `thidua criteria import` reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadCriteriaFile } from '../../cli/files.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';

describe('a department’s workbook whose rows nest by a «Level» column', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    read = await importCorpusCopy('tnmt-tien-giang-DiemChuan.xlsx');
  });

  it('nests the rows by the level column, every level-1 row a group, and says which column it took', () => {
    expect(read.set.groups.map((g) => [g.id, g.title, g.maxPoints])).toEqual([
      ['1', 'Tiêu chuẩn 1', 80], ['2', 'Tiêu chuẩn 2', 2], ['3', 'Tiêu chuẩn 3', 10], ['4', 'Tiêu chuẩn 4', 3], ['5', 'Tiêu chuẩn 5', 5],
    ]);
    expect(read.set.criteria).toHaveLength(30);
    const at = (code: string) => read.set.criteria.find((c) => c.code === code);
    expect([at('1.1.4')?.title, at('1.1.4')?.maxPoints, at('1.3.6')?.title, at('1.4.2')?.maxPoints]).toEqual(['Phần a4', 3.5, 'Phần C6', 7]);
    // «Mục 2.1», «Mục 2.2» are the items of standard 2 (1 + 1), not levels of it («Mục» is no «Mức»).
    expect(read.set.criteria.filter((c) => c.group === '2').map((c) => [c.code, c.title, c.rule.kind, c.maxPoints])).toEqual([['2.1', 'Mục 2.1', 'manual', 1], ['2.2', 'Mục 2.2', 'manual', 1]]);
    // Standard 5 has no rows under it: a group scored as itself.
    expect(read.set.criteria.filter((c) => c.group === '5').map((c) => [c.code, c.maxPoints])).toEqual([['5', 5]]);
    expect(read.notices.filter((n) => /ghi cấp của mỗi dòng ở cột A \(«Level», ô A1\)/.test(n.message)).map((n) => n.cell)).toEqual(['A1']);
  });

  it('holds every figure the workbook states to the set: all agree', () => {
    expect(read.reconciliation.agrees, read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text).join('\n')).toBe(true);
    expect(read.reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.code, f.figure.value])).toEqual([['1', 80], ['2', 2], ['3', 10], ['4', 3]]);
    expect(read.reconciliation.figures.find((f) => f.figure.code === '1.1')?.text).toMatch(/^Mục 1\.1 ghi 30 điểm \(ô C3\); thidua đọc được 30 ✔/);
  });
});

// Made for issue 55 item 2: the department's DiemChuan.xlsx, refused until its Level column nested its rows.
