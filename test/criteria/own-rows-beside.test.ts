// Rows that add or take points beside an item's levels or guide rows, and a bonus column's figure typed below zero
// (core/criteria/sheet/layouts/scoring-table/own-rows.ts, tree.ts), on the real document that shows them: a
// department's Word table whose «Thưởng» column holds «−0,5» on b.2.6 and «−1» on 4.1.1, whose C2 (levels 5 / 4 / 3)
// writes its bonus in C2.4's words only («được + 0,1 điểm … tối đa không quá 0,5 điểm»), and whose C6 (1, scored by
// its dashed guide row «- Có báo cáo … 1») takes «- Không báo cáo −1».
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadCriteriaFile } from '../../cli/files.js';
import { score } from '../../core/checks/run.js';
import { makeReport } from '../helpers/make-report.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';

const at = (read: ReadCriteriaFile, cell: string) => read.notices.filter((n) => n.cell === cell).map((n) => n.message);
const reconciled = (read: ReadCriteriaFile, row: number) => read.reconciliation.figures.filter((f) => f.figure.row === row).map((f) => [f.agrees, f.text.replace(/^.*; /, '')]);

describe('a department’s table: bonus and deduction rows beside levels, a negative «Thưởng» figure', () => {
  let read: ReadCriteriaFile;
  const c = (code: string) => read.set.criteria.find((x) => x.code === code)!;
  const lines = (code: string) => c(code).own?.lines.map((l) => `${l.code}:${l.kind}:${l.maxPoints}`);
  beforeAll(async () => {
    read = await importCorpusCopy('tnmt-tien-giang-bang-diem-chuan.docx');
  }, 300_000);

  it('reads a figure typed below zero in the «Thưởng» column as a deduction, and says so at its cell', () => {
    expect(lines('b2')).toEqual(['b2.1:bonus:0.5', 'b2.2:deduction:0.5', 'b2.3:deduction:0.2', 'b2.4:deduction:0.5', 'b2.5:bonus:0.5', 'b2.6:deduction:0.5', 'b2.7:deduction:0.5']);
    expect(lines('4.1')).toEqual(['4.1.1:deduction:1']);
    expect(at(read, 'D62')).toEqual(['Dòng b2.6 ghi «-0,5» ở cột điểm thưởng «ĐIỂM Thưởng», nhưng là số âm: đọc là điểm trừ 0,5 điểm, không phải điểm thưởng.']);
    expect(at(read, 'D182')).toEqual(['Dòng 4.1.1 ghi «-1» ở cột điểm thưởng «ĐIỂM Thưởng», nhưng là số âm: đọc là điểm trừ 1 điểm, không phải điểm thưởng.']);
    expect(reconciled(read, 62)).toEqual([[true, 'thidua đọc được 0,5 ✔ (một dòng điểm trừ của mục b2)']]);
    expect(reconciled(read, 182)).toEqual([[true, 'thidua đọc được 1 ✔ (một dòng điểm trừ của mục 4.1)']]);
  });

  it('reads C2.4’s bonus written in words only as C2’s bonus line, its points each time and its cap, beside C2’s levels', () => {
    expect(read.set.criteria.some((x) => x.code === 'C2.4')).toBe(false);
    expect([c('C2').rule.kind, c('C2').maxPoints]).toEqual(['tiers', 5]);
    expect(c('C2').own).toEqual({ lines: [{ code: 'C2.4', title: expect.stringContaining('trên 92% được + 0,1 điểm'), kind: 'bonus', maxPoints: 0.1 }], bonusCap: 0.5 });
    expect(at(read, 'B81')).toEqual(['Mục C2.4 không ghi điểm ở cột điểm; lời của mục ghi «được + 0,1 điểm», «được cộng 0,1 điểm», tối đa 0,5 điểm: đọc là điểm thưởng 0,1 điểm mỗi lần đạt, không quá 0,5 điểm, không phải lời mô tả.']);
    expect(at(read, 'A77')[0]).toBe('Mục C2: dòng điểm thưởng C2.4 (0,1 mỗi lần), không quá 0,5 điểm (dòng 81): đọc là điểm thưởng của chính mục C2, không phải tiêu chí riêng; đơn vị ghi điểm mỗi dòng ở dòng của nó, thidua cộng, trừ cùng mục C2 (ngoài 5 điểm chuẩn của mục).');
  });

  it('reads C6’s dashed «- Không báo cáo −1» as C6’s deduction line, not a criterion C6.b', () => {
    expect(read.set.criteria.some((x) => x.code === 'C6.b')).toBe(false);
    expect([c('C6').rule.kind, c('C6').maxPoints]).toEqual(['manual', 1]);
    expect(c('C6').own).toEqual({ lines: [{ code: 'C6.b', title: 'Không báo cáo', kind: 'deduction', maxPoints: 1 }] });
    expect(reconciled(read, 112)).toEqual([[true, 'thidua đọc được 1 ✔ (một dòng điểm trừ của mục C6)']]);
    // Its guide row, and C5.1's four, are held as the item's (their figures in its note «Hướng dẫn chấm: …»).
    expect(reconciled(read, 111)).toEqual([[true, 'thidua đọc được 1 ✔ (một dòng hướng dẫn chấm của mục C6)']]);
    for (const row of [99, 100, 101, 102]) expect(reconciled(read, row), `row ${row}`).toEqual([[true, expect.stringContaining('(một dòng hướng dẫn chấm của mục C5.1)')]]);
    expect(read.set.criteria).toHaveLength(36);
  });

  it('scores each line with its item as the unit types it: C2.4 up to its 0,5, C6.b below C6’s 0, b2.6 taken', () => {
    const card = score(read.set, makeReport({ unitName: 'Phòng TN&MT Cai Lậy', unitKind: 'Cơ quan', rows: [
      { code: 'C2', selfScore: 5 }, { code: 'C2.4', selfScore: 0.7 }, { code: 'C6', selfScore: 0 }, { code: 'C6.b', selfScore: -1 }, { code: 'b2', selfScore: 5 }, { code: 'b2.6', selfScore: -0.5 },
    ] }));
    const of = (code: string) => card.criteria.find((x) => x.code === code)!;
    expect([of('C2').points, of('C2').own?.bonus, of('C6').points, of('C6').own?.deduction, of('b2').own?.bonus, of('b2').own?.deduction]).toEqual([5, 0.5, 0, 1, 0, 0.5]);
    expect(of('C2').own!.reason).toBe('Điểm thưởng của mục: C2.4 +0,7 (dòng ghi 0,1 điểm, tính theo số ghi) → cộng 0,7, vượt mức không quá 0,5 → cộng 0,5');
    expect(card.flags.map((f) => f.code)).not.toContain('unknown-criterion');
  });
});

// Made for issue 55 (structure by meaning: a bonus or deduction read as what it is, with its cap where the table gives one).
