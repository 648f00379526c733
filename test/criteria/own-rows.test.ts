// An item's own rows (core/criteria/sheet/layouts/scoring-table/own-rows.ts), on the real documents that show them:
// an academy's conduct form (Word 97, read through the .docx LibreOffice makes of it) whose item 1.1 writes its points
// on its one unnumbered line and whose items 1.2, 1.3, 2.1–2.3 list «- n điểm» rows under them; a department's Word
// table whose items keep their deductions in a «Trừ» column on rows numbered under them (a1.1, a1.2 …), and whose
// sub-parts a, b, C, d type one letter as a capital.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { docxOfWord97 } from '../../cli/word97.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';

const codes = (read: ReadCriteriaFile) => read.set.criteria.map((c) => c.code);
const at = (read: ReadCriteriaFile, cell: string, pattern: RegExp) => read.notices.filter((n) => n.cell === cell && pattern.test(n.message)).map((n) => n.message);
const reconciled = (read: ReadCriteriaFile, row: number) => read.reconciliation.figures.filter((f) => f.figure.row === row).map((f) => [f.agrees, f.text.replace(/^.*; /, '')]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-own-rows-'));
});

describe('an academy’s conduct form: a points line and deduction rows under its items', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    await writeFile(join(dir, 'mau-01.docx'), await docxOfWord97(join(CORPUS, 'ren-luyen-ptit-hcm-phieu-mau-01.doc'), 'ren-luyen-ptit-hcm-phieu-mau-01.doc'));
    read = await readCriteriaFile(join(dir, 'mau-01.docx'), dir);
  }, 300_000);

  it('reads its 22 items as 22 criteria: 1.1 worth the 3 points of its line, the deduction rows none of their own', () => {
    expect(codes(read)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5.1', '5.2', '5.3']);
    const c = (code: string) => read.set.criteria.find((x) => x.code === code)!;
    expect([c('1.1').rule.kind, c('1.1').maxPoints]).toEqual(['manual', 3]);
    expect([c('1.3').rule.kind, c('1.3').maxPoints]).toEqual(['manual', 4]);
    expect(c('1.3').note).toContain('Điểm trừ của mục: Không đủ điều kiện dự thi/bị cấm thi cho mỗi học phần (lý thuyết/ thực hành) (trừ 2 điểm); Bị lập biên bản khiển trách');
    // Its numbered deductions stay criteria: 3.5 and 4.6 are items of the form.
    expect([c('3.5').rule.kind, c('4.6').rule.kind]).toEqual(['deduction', 'deduction']);
  });

  it('says at each item what it read, and reconciles every row with what it became', () => {
    expect(at(read, 'B4', /dòng duy nhất dưới nó/)).toEqual([
      'Mục 1.1 không ghi điểm ở dòng của nó; dòng duy nhất dưới nó, không đánh số («Đi học đầy đủ, đúng giờ, nghiêm túc trong giờ h…», ô H5), ghi 3 điểm: đọc là cách chấm và điểm của chính mục 1.1 (tối đa 3 điểm), không phải mục con 1.1.1.',
    ]);
    expect(at(read, 'B13', /chỉ ghi điểm trừ/)).toEqual([
      'Mục 1.3: 4 dòng dưới nó chỉ ghi điểm trừ (dòng 15, 16, 17, 18): đọc là điểm trừ của chính mục 1.3, không phải tiêu chí riêng; đơn vị ghi điểm của mục 1.3 sau khi đã trừ (từ 0 đến 4 điểm).',
    ]);
    // Under levels the deduction cannot be taken off by the rule: said.
    expect(at(read, 'B6', /chỉ ghi điểm trừ/)[0]).toContain('mục 1.2 chấm theo mức, nên thidua không tự trừ các điểm này');
    expect(reconciled(read, 5)).toEqual([[true, 'thidua đọc được 3 ✔ (điểm của mục 1.1, ghi ở dòng mô tả của nó)']]);
    expect(reconciled(read, 16)).toEqual([[true, 'thidua đọc được 2 ✔ (một điểm trừ của mục 1.3)']]);
    expect(read.reconciliation.agrees).toBe(true);
  });
});

describe('a department’s table whose «Trừ» column holds each item’s deductions on numbered rows', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'bang-diem.docx'));
    read = await readCriteriaFile(join(dir, 'bang-diem.docx'), dir);
  }, 300_000);

  it('reads each item’s numbered «Thưởng» and «Trừ» rows as its own lines, with the caps of its note rows, and says so at the item', () => {
    expect(codes(read).filter((c) => /^(a1|d1|d2)\b/.test(c))).toEqual(['a1', 'd1', 'd2']);
    const own = (code: string) => read.set.criteria.find((c) => c.code === code)!.own;
    expect(own('a1')).toEqual({ lines: [{ code: 'a1.1', title: expect.any(String), kind: 'deduction', maxPoints: 0.5 }, { code: 'a1.2', title: expect.any(String), kind: 'deduction', maxPoints: 0.5 }], deductionCap: 1.5 });
    // «* Điểm trừ, cộng tối đa đối với d2 không quá 7 điểm»: both kinds; a9's «(không liên quan đến điểm cộng)» only its deductions.
    expect([own('d2')!.bonusCap, own('d2')!.deductionCap, own('a9')!.bonusCap, own('a9')!.deductionCap]).toEqual([7, 7, undefined, 2.5]);
    expect(own('d1')!.lines.map((l) => `${l.code}:${l.kind}:${l.maxPoints}`)).toEqual(['d1.1:deduction:3', 'd1.2:deduction:2', 'd1.3:deduction:1', 'd1.4:bonus:1', 'd1.5:bonus:2']);
    expect(at(read, 'A7', /chính mục a1/)).toEqual([
      'Mục a1: dòng điểm trừ a1.1 (0,5), a1.2 (0,5), không quá 1,5 điểm (dòng 8, 9): đọc là điểm trừ của chính mục a1, không phải tiêu chí riêng; đơn vị ghi điểm mỗi dòng ở dòng của nó, thidua cộng, trừ cùng mục a1 (ngoài 3 điểm chuẩn của mục).',
    ]);
    // Each line's figure is held as the item's; standard 4 («… thi đua, khen thưởng»: awards, not a bonus part) agrees.
    expect(reconciled(read, 8)).toEqual([[true, 'thidua đọc được 0,5 ✔ (một dòng điểm trừ của mục a1)']]);
    expect(reconciled(read, 118)).toEqual([[true, 'thidua đọc được 1 ✔ (một dòng điểm thưởng của mục d1)']]);
    expect(reconciled(read, 180).map(([agrees]) => agrees)).toEqual([true]);
  });

  it('reads rows typed «a.7.1», «b.2.5» (a dot after the letter) as their item’s lines a7.1, b2.5, and says so once an item', () => {
    expect(codes(read).filter((c) => /^[ab]\.?\d\.\d/.test(c))).toEqual([]);
    const lines = (code: string) => read.set.criteria.find((c) => c.code === code)!.own!.lines.map((l) => `${l.code}:${l.kind}:${l.maxPoints}`);
    expect(lines('a7')).toEqual(['a7.1:deduction:0.5', 'a7.2:deduction:0.2', 'a7.3:deduction:0.5', 'a7.4:deduction:0.5', 'a7.5:deduction:0.5', 'a7.6:bonus:1']);
    expect([lines('a8'), lines('b1'), lines('b4')]).toEqual([['a8.1:deduction:0.5', 'a8.2:deduction:1'], ['b1.1:deduction:0.25', 'b1.2:deduction:0.25'], ['b4.1:deduction:0.5', 'b4.2:deduction:0.5', 'b4.3:deduction:0.25']]);
    expect(lines('b2').map((l) => l.split(':')[0])).toEqual(['b2.1', 'b2.2', 'b2.3', 'b2.4', 'b2.5', 'b2.6', 'b2.7']);
    expect(at(read, 'A61', /dấu chấm sau chữ/)).toEqual(['Số «b.2.5», «b.2.6», «b.2.7» (ô A61, A62, A63) đọc là b2.5, b2.6, b2.7: dòng của mục b2 ở trên, đánh số như các dòng khác của mục (dấu chấm sau chữ coi như gõ thêm).']);
    // The figure the row states, under the code as typed, is held as the item's line.
    expect(reconciled(read, 35)).toEqual([[true, 'thidua đọc được 0,5 ✔ (một dòng điểm trừ của mục a7)']]);
    expect(reconciled(read, 60)).toEqual([[true, 'thidua đọc được 0,5 ✔ (một dòng điểm trừ của mục b2)']]);
  });

  it('reads the lines under an item’s numbered headings without points (a4.1 / a4.2, 2.1.1) as the item’s: base 100 as its total row says', () => {
    const c = (code: string) => read.set.criteria.find((x) => x.code === code)!;
    expect(codes(read).filter((x) => /^(a4|2\.1)/.test(x))).toEqual(['a4', '2.1']);
    expect([c('a4').maxPoints, c('a4').own!.deductionCap, c('a4').own!.bonusCap]).toEqual([3.5, 2, undefined]);
    expect(c('a4').own!.lines.map((l) => `${l.code}:${l.kind}:${l.maxPoints}`)).toEqual(['a4.1.1:deduction:1', 'a4.1.2:deduction:0.5', 'a4.1.3:deduction:0.5', 'a4.2.1:bonus:1', 'a4.2.2:bonus:2']);
    expect(c('a4').note).toContain('a4.1 Tiêu chí này được trừ điểm đối với một số trường hợp sau:');
    // «Khiển trách −1», «Cảnh cáo trở lên −2», unnumbered under «2.1.1 Có 01 CB.CC … bị kỷ luật:»: siblings, 2.1's lines.
    expect(c('2.1').own!.lines.map((l) => `${l.code}:${l.title}:${l.maxPoints}`)).toEqual(['2.1.1.1:Khiển trách:1', '2.1.1.2:Cảnh cáo trở lên:2']);
    expect(at(read, 'A128', /chính mục 2.1/)).toEqual(['Mục 2.1: dòng điểm trừ 2.1.1.1 (1), 2.1.1.2 (2) (dòng 130, 131): đọc là điểm trừ của chính mục 2.1, không phải tiêu chí riêng; đơn vị ghi điểm mỗi dòng ở dòng của nó, thidua cộng, trừ cùng mục 2.1 (ngoài 1 điểm chuẩn của mục).']);
    expect(read.set.groups.map((g) => g.maxPoints)).toEqual([80, 2, 10, 3, 5]);
    expect(read.set.criteria.filter((x) => x.rule.kind !== 'bonus' && x.rule.kind !== 'deduction').reduce((s, x) => s + x.maxPoints, 0)).toBeCloseTo(100, 9);
    for (const row of [4, 6, 127, 128, 130, 131, 197]) expect(reconciled(read, row).map(([agrees]) => agrees), `row ${row}`).toEqual([true]);
    // a4's points agree; the «2» beside them in «Thưởng» agrees too: a4.2 «cộng điểm đối với 01 trong 02 trường hợp
    // sau», one of its lines (1 or 2) applies, at most 2.
    expect(reconciled(read, 19)).toEqual([
      [true, 'thidua đọc được 3,5 ✔'],
      [true, 'thidua đọc được 2 ✔ (điểm thưởng của mục a4 theo các dòng a4.2.1 (1), a4.2.2 (2))'],
    ]);
    expect(c('a4').own!.oneOf).toEqual([['a4.2.1', 'a4.2.2']]);
  });

  it('reads its sub-part «C», typed as a capital between «b» and «d», as the sub-part beside them, and says so', () => {
    expect(codes(read).filter((c) => /^[Cc]\d?$/.test(c))).toEqual(['C1', 'C2', 'C6']);
    expect(at(read, 'A72', /gõ nhầm/)).toEqual(['Dòng «C» đứng ngay sau phần «b» đánh chữ thường: đọc là phần kế tiếp cùng cấp với «b» (chữ in hoa coi như gõ nhầm), không phải một phần lớn chứa các mục trên nó.']);
    // Nor is it a part of its own where the document's figures are collected: the total's line names no «phần C».
    const total = read.reconciliation.figures.find((f) => f.figure.kind === 'total')!;
    expect(total.text).not.toContain('phần C');
  });
});

describe('a heading saying one only of the lines under it applies, in words or in figures', () => {
  // A department's table shaped as the Department's («Chuẩn / Thưởng»): a2's bonus lines under a heading without points.
  const read = (heading: string) => {
    const got = readCriteriaSheet(
      {
        name: 'Bảng 1',
        values: [
          ['TT', 'Nội dung', 'Chuẩn', 'Thưởng', 'Trừ'],
          ['1', 'Tiêu chuẩn 1 (10 điểm)', 10, null, null],
          ['a1', 'Công tác tham mưu', 6, null, null],
          ['a2', 'Công tác phối hợp', 4, 2, null],
          ['a2.1', heading, null, null, null],
          ['a2.1.1', 'Được UBND tỉnh khen', null, 1, null],
          ['a2.1.2', 'Được Bộ khen', null, 2, null],
          ['', 'Tổng cộng', 10, null, null],
        ],
      },
      { fileName: 'bang-diem.docx' },
    );
    if (!got.ok) throw new Error(got.errors.map((e) => e.message).join('\n'));
    return got.set.criteria.find((c) => c.code === 'a2')!.own?.oneOf;
  };

  it('reads «01 trong 02 trường hợp», «1 trong 3», «một trong các trường hợp» and their unaccented forms as one of the lines', () => {
    for (const heading of ['Cộng điểm đối với 01 trong 02 trường hợp sau:', 'Cộng 1 trong 3 trường hợp:', 'Cộng điểm đối với một trong các trường hợp sau:', 'Cong diem doi voi mot trong cac truong hop sau:']) {
      expect(read(heading), heading).toEqual([['a2.1.1', 'a2.1.2']]);
    }
  });

  it('does not read «01 trong năm» (once in the year) as one of them: the lines add', () => {
    expect(read('Cộng điểm tổ chức 01 trong năm như sau:')).toBeUndefined();
  });
});

// A Department's table (the corpus's original .docx) whose C5.3 «… | 3» writes its points on its one unnumbered line
// («'Có báo cáo kết quả thực hiện … | 3») and under that line, in words, a deduction with its cap («… không đạt bị trừ
// 0,2 điểm, lũy kế cứ 1 xã … bị trừ 0,2 điểm, điểm trừ tối đa không quá 2 điểm»). Until 2026-11-30 the deduction was
// folded into C5.3's note with nothing said.
describe('a Department’s table: a deduction written in words under an item’s points line', () => {
  it('reads it as the item’s own deduction, said at the item (by its number) and at the words', async () => {
    await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'tnmt.docx'));
    const read = await readCriteriaFile(join(dir, 'tnmt.docx'), dir);
    const c53 = read.set.criteria.find((c) => c.code === 'C5.3')!;
    expect([c53.maxPoints, c53.rule.kind]).toEqual([3, 'manual']);
    expect(c53.note).toMatch(/Điểm trừ của mục: Qua đánh giá của Sở TNMT nếu có 01 xã .* điểm trừ tối đa không quá 2 điểm \(trừ 0,2 điểm mỗi lần, không quá 2\)\.$/);
    expect(at(read, 'A107', /điểm trừ/)).toEqual(['Mục C5.3: dòng dưới nó chỉ ghi điểm trừ (dòng 109): đọc là điểm trừ của chính mục C5.3, không phải tiêu chí riêng; đơn vị ghi điểm của mục C5.3 sau khi đã trừ (từ 0 đến 3 điểm).']);
    expect(at(read, 'B109', /đọc là điểm trừ mỗi lần/)).toHaveLength(1);
    expect(read.notices.some((n) => /C5\.3\.1/.test(n.message) && /điểm trừ/.test(n.message))).toBe(false);
  }, 120_000);
});
