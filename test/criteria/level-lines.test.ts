// An item's measure row and its lines of levels (core/criteria/sheet/layouts/scoring-table/own-rows.ts: measureRow,
// levelsLine), on the real document that shows them: a department's Word table (Tiền Giang) whose item 3.3 (6) is
// measured by «3.3.1 Không có hồ sơ trễ hạn … 6», its headings 3.3.2 / 3.3.3 («đối với một trong các trường hợp sau»)
// over 3.3.2.1–3 / 3.3.3.1–3, each holding levels a–d by the number of files a year, and 3.3.4 (−2); its item 3.1 (2)
// measured by «3.1.1 … trong tháng 1 … 2» over «3.1.2 … sau ngày 31/1 … −0,5». Every figure on those rows reconciled.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadCriteriaFile } from '../../cli/files.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';

const notes = (read: ReadCriteriaFile, cell: string) => read.notices.filter((n) => n.cell === cell).map((n) => n.message);
const reconciled = (read: ReadCriteriaFile, row: number) => read.reconciliation.figures.filter((f) => f.figure.row === row).map((f) => [f.agrees, f.text.replace(/^.*; /, '')]);

describe('a department’s table whose item 3.3 holds a measure row and sub-tables of levels a–d', () => {
  let read: ReadCriteriaFile;
  const item = (code: string) => read.set.criteria.find((c) => c.code === code)!;
  beforeAll(async () => {
    read = await importCorpusCopy('tnmt-tien-giang-bang-diem-chuan.docx');
  }, 300_000);

  it('reads each numbered row over levels a–d as one line worth its largest level, the levels named in its title', () => {
    expect(read.set.criteria.map((c) => c.code).filter((c) => /^3\.3\.\d\.\d/.test(c))).toEqual([]);
    const lines = item('3.3').own!.lines;
    expect(lines.map((l) => `${l.code}:${l.kind}:${l.maxPoints}`)).toEqual([
      '3.3.2.1:bonus:2', '3.3.2.2:bonus:2.5', '3.3.2.3:bonus:2.7', '3.3.3.1:deduction:2.5', '3.3.3.2:deduction:2', '3.3.3.3:deduction:1.7', '3.3.4:deduction:2',
    ]);
    expect(lines[0]!.title).toBe(
      'Đơn vị tiếp nhận hồ sơ trong năm dưới 1000 hồ sơ — chọn một mức: a) Giải quyết trước hạn từ 1% đến dưới 5%: 0,5 điểm; b) Giải quyết trước hạn từ 5% đến dưới 7%: 1 điểm; c) Giải quyết trước hạn từ 7% đến dưới 10%: 1,5 điểm; d) Giải quyết trước hạn từ 10% trở lên: 2 điểm',
    );
    expect(notes(read, 'A164')).toEqual([
      'Dòng 3.3.3.1: các dòng a, b, c, d dưới nó (−1 / −1,5 / −2 / −2,5) là các mức của một dòng điểm trừ (chọn một, không cộng): đọc là dòng điểm trừ 3.3.3.1, tối đa 2,5 điểm, các mức ghi trong tên dòng; đơn vị ghi điểm của mức mình đạt ở dòng 3.3.3.1.',
    ]);
    // «một trong các trường hợp»: one line of the three, a group of the item's lines scoring holds to — said at the heading.
    expect(notes(read, 'A147')).toEqual(['Dòng 3.3.2 ghi «một trong các trường hợp»: đơn vị chỉ ghi điểm ở một trong các dòng 3.3.2.1, 3.3.2.2, 3.3.2.3; nếu ghi ở nhiều dòng, thidua tính dòng lớn nhất và báo lỗi ở các ô đó để Hội đồng kiểm khi thẩm định.']);
  });

  it('reads the first numbered row with the item’s points, over rows that only add or take points, as the item’s measure (3.3.1, 3.1.1)', () => {
    const codes = read.set.criteria.map((c) => c.code).filter((c) => /^3\./.test(c));
    expect(codes).toEqual(['3.1', '3.2', '3.3']);
    expect([item('3.3').rule.kind, item('3.3').maxPoints, item('3.1').maxPoints]).toEqual(['manual', 6, 2]);
    expect(item('3.3').note).toContain('Không có hồ sơ trễ hạn (đạt điểm chuẩn 6 điểm)');
    expect(item('3.1').own!.lines.map((l) => `${l.code}:${l.kind}:${l.maxPoints}`)).toEqual(['3.1.2:deduction:0.5']);
    expect(notes(read, 'A145')[0]).toBe('Mục 3.3 ghi 6 điểm; dòng 3.3.1 dưới nó («Không có hồ sơ trễ hạn (đạt điểm chuẩn 6 điểm)», ô C146) ghi 6 điểm, các dòng khác chỉ cộng, trừ điểm: đọc là cách chấm và điểm của chính mục 3.3, không phải mục con.');
    // Standard 3 still adds to its written 10, the table to its 100.
    expect(read.set.groups.map((g) => g.maxPoints)).toEqual([80, 2, 10, 3, 5]);
    expect(read.set.criteria.filter((x) => x.rule.kind !== 'bonus' && x.rule.kind !== 'deduction').reduce((s, x) => s + x.maxPoints, 0)).toBeCloseTo(100, 9);
  });

  it('holds every figure the document states on 3.1’s and 3.3’s rows', () => {
    for (const row of [137, 138, 139, 140, 145, 146, 179, ...Array.from({ length: 30 }, (_, i) => 149 + i).filter((r) => ![153, 158, 163, 164, 169, 174].includes(r))]) {
      expect(reconciled(read, row).map(([agrees]) => agrees), `row ${row}`).toEqual([true]);
    }
    expect(reconciled(read, 146)).toEqual([[true, 'thidua đọc được 6 ✔ (điểm của mục 3.3, ghi ở dòng mô tả của nó)']]);
    expect(reconciled(read, 162)).toEqual([[true, 'thidua đọc được 2,7 ✔ (mức d của dòng điểm thưởng 3.3.2.3, mục 3.3)']]);
    expect(reconciled(read, 175)).toEqual([[true, 'thidua đọc được 0,2 ✔ (mức a của dòng điểm trừ 3.3.3.3, mục 3.3)']]);
    expect(reconciled(read, 179)).toEqual([[true, 'thidua đọc được 2 ✔ (một dòng điểm trừ của mục 3.3)']]);
  });
});
