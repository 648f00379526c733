// A level worth 0 whose row also writes a figure in the «Trừ» column (core/criteria/sheet/layouts/scoring-table/
// level-takes.ts), on the real document that shows it: a department's Word table whose C3.1 (2 điểm) has the levels
// «- Có báo cáo 2» and «- Không có công văn chỉ đạo | 0 | | -2», and C3.2 (3) «- Có tổ chức 3» and «- Không tổ chức
// | 0 | | -3»: a unit at the lower level loses the points, it does not only get 0. Read, said at the figure's cell,
// and held by the reconciliation (stated-figures.ts, reconcile.ts), which says the «Trừ» figure beside a7's points
// (3 | -1) that no rule reads.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadCriteriaFile } from '../../cli/files.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';

const at = (read: ReadCriteriaFile, cell: string) => read.notices.filter((n) => n.cell === cell).map((n) => n.message);
const reconciled = (read: ReadCriteriaFile, row: number) => read.reconciliation.figures.filter((f) => f.figure.row === row).map((f) => [f.figure.cell, f.agrees, f.text]);

describe('a department’s table: levels of 0 points that take points in the «Trừ» column', () => {
  let read: ReadCriteriaFile;
  const c = (code: string) => read.set.criteria.find((x) => x.code === code)!;
  beforeAll(async () => {
    read = await importCorpusCopy('tnmt-tien-giang-bang-diem-chuan.docx');
  }, 300_000);

  it('reads C3.1’s and C3.2’s lower levels as taking 2 and 3 points, their maxima unchanged', () => {
    expect([c('C3.1').rule, c('C3.1').maxPoints]).toEqual([{ kind: 'tiers', tiers: [{ min: 2, points: 2 }, { min: -2, points: -2 }] }, 2]);
    expect([c('C3.2').rule, c('C3.2').maxPoints]).toEqual([{ kind: 'tiers', tiers: [{ min: 3, points: 3 }, { min: -3, points: -3 }] }, 3]);
    expect(c('C3.1').note).toContain('Mức bị trừ điểm: mức C3.1.b (Không có công văn chỉ đạo) bị trừ 2 điểm: tính −2.');
    // A level of 0 without a «Trừ» figure stays a level that gives nothing: a level all the same (rows 93, 96, 105).
    expect(c('C4.1').rule).toEqual({ kind: 'tiers', tiers: [{ min: 2, points: 2 }, { min: 0, points: 0 }] });
    expect(c('C4.2').rule).toEqual({ kind: 'tiers', tiers: [{ min: 2, points: 2 }, { min: 0, points: 0 }] });
    expect(c('C5.2').rule).toEqual({ kind: 'tiers', tiers: [{ min: 1, points: 1 }, { min: 0, points: 0 }] });
  });

  it('says at each «Trừ» figure what it read', () => {
    expect(at(read, 'E85')).toEqual([
      'Dòng C3.1.b («Không có công văn chỉ đạo») là một mức của mục C3.1: ghi 0 điểm ở cột điểm và «-2» ở cột điểm trừ «ĐIỂM Trừ»: đọc là mức trừ 2 điểm — đơn vị ở mức này bị trừ 2 điểm (mục C3.1 tính −2), không chỉ được 0; đơn vị ghi 0 hoặc −2 ở dòng C3.1 hay ở dòng mức này.',
    ]);
    expect(at(read, 'E88')[0]).toContain('Dòng C3.2.b («Không tổ chức») là một mức của mục C3.2: ghi 0 điểm ở cột điểm và «-3» ở cột điểm trừ «ĐIỂM Trừ»: đọc là mức trừ 3 điểm');
  });

  it('holds each «Trừ» figure beside a level’s points to the level that takes them, and says the one no rule reads', () => {
    expect(reconciled(read, 85)).toEqual([
      ['C85', true, 'Mục ở dòng 85 ghi 0 điểm (ô C85); thidua đọc được 0 ✔ (một mức của mục C3.1)'],
      ['E85', true, 'Mục ở dòng 85 ghi trừ 2 điểm (ô E85); thidua đọc được -2 ✔ (mức bị trừ 2 điểm của mục C3.1)'],
    ]);
    expect(reconciled(read, 88).map(([cell, agrees]) => [cell, agrees])).toEqual([['C88', true], ['E88', true]]);
    expect(reconciled(read, 34)).toEqual([
      ['C34', true, 'Mục a7 ghi 3 điểm (ô C34); thidua đọc được 3 ✔'],
      ['E34', false, 'Mục a7 ghi trừ 1 điểm (ô E34); thidua không đọc được số nào cho nó — số trừ này không thành điểm trừ nào: mục a7 tối đa 3 điểm; điểm trừ của mục theo các dòng a7.1, a7.2, a7.3, a7.4, a7.5, không quá 1,5'],
    ]);
    // With a2's «0,5» and a4's «2» in «Thưởng» beside their points: a2 has no bonus line; a4's two are one of two cases
    // («01 trong 02 trường hợp»), at most the 2 written.
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.figure.cell)).toEqual(['D11', 'E34']);
  });
});

// Made for issue 55: Tiền Giang's C3.1 and C3.2, whose «Trừ» figures on their levels of 0 (−2, −3) were not read.
