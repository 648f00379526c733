// Two shapes of an office's scoring table (core/criteria/sheet/layouts/scoring-table/): an item that writes no points
// over «+» lines each writing their own, which add up rather than being chosen from (settle.ts, isItemOfLines: the
// item's parts, Criterion.partOf with `summed`), and a table that numbers none of its rows whose first row is worth
// what every row with points under it adds up to (tree.ts, headOfAll: the part they make up, each of them an item,
// whatever rows without points stand between them). Each on a table made here, beside the tables it was not made for,
// and on the two real documents that show it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cell.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { foldPartOf, noteWithPart } from '../../core/criteria/sheet/part-of.js';
import type { ReadCriteriaFile } from '../../cli/files.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';

const read = (values: CellValue[][]) => {
  const got = readCriteriaSheet({ name: 'Bảng 1', values }, { fileName: 'bang-diem.docx' });
  if (!got.ok) throw new Error(got.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return got;
};
const shape = (r: ReturnType<typeof read>) => r.set.criteria.map((c) => [c.code, c.rule.kind, c.maxPoints, c.partOf?.code ?? null]);

describe('an item that writes no points over «+» lines that add up', () => {
  const form = (lines: CellValue[][]): CellValue[][] => [
    ['TT', 'NỘI DUNG ĐÁNH GIÁ', 'THANG ĐIỂM'],
    ['I', 'Đánh giá về ý thức học tập', '0 ÷ 20 điểm'],
    ['1.1', 'Kết quả học tập', null],
    [null, '+ Giỏi', '+10 điểm'],
    [null, '+ Khá', '+8 điểm'],
    [null, '+ Trung bình', '0 điểm'],
    ['1.2', 'Được khen thưởng', null],
    ...lines,
  ];

  it('reads the lines as the item’s parts, the item worth what they add up to, said at its cell — not lines stepping down to 0', () => {
    const got = read(form([[null, '+ Được kết nạp Đảng', '+5 điểm'], [null, '+ Khen thưởng cấp Khoa', '+3 điểm']]));
    expect(shape(got)).toEqual([
      ['1.1', 'tiers', 10, null],
      ['1.2.a', 'manual', 5, '1.2'],
      ['1.2.b', 'manual', 3, '1.2'],
    ]);
    expect(got.set.criteria[1]!.partOf).toEqual({ code: '1.2', title: 'Được khen thưởng', maxPoints: 8, summed: true });
    expect(got.notices.find((n) => /^Mục 1\.2 không ghi điểm/.test(n.message))?.message).toBe(
      'Mục 1.2 không ghi điểm; các dòng 1.2.a (5), 1.2.b (3) dưới nó mỗi dòng ghi điểm riêng, không giảm dần về 0 như các mức chọn một: đọc là các phần của mục 1.2, mỗi phần chấm ở dòng của nó; điểm mục = tổng các phần (tối đa 8 điểm).',
    );
    // Lines stepping down to 0 stay the item's levels, and an item writing its points is left as it was.
    const levels = read(form([[null, '+ Cấp Bộ', '+5 điểm'], [null, '+ Cấp Khoa', '+3 điểm'], [null, '+ Không', '0 điểm']]));
    expect(shape(levels).at(-1)).toEqual(['1.2', 'tiers', 5, null]);
    const written = read(form([[null, '+ Được kết nạp Đảng', '+5 điểm'], [null, '+ Khen thưởng cấp Khoa', '+3 điểm']]).map((row) => (row[0] === '1.2' ? ['1.2', 'Được khen thưởng', '8 điểm'] : row)));
    expect(written.set.criteria.some((c) => c.partOf !== undefined)).toBe(false);
  });

  it('keeps the item through the criteria sheet’s «Ghi chú», its summed points as such', () => {
    const part = read(form([[null, '+ Được kết nạp Đảng', '+5 điểm'], [null, '+ Khen thưởng cấp Khoa', '+3 điểm']])).set.criteria[1]!;
    const note = noteWithPart(part)!;
    expect(note).toBe('Phần của mục 1.2 «Được khen thưởng» (mục không ghi điểm, các phần cộng được 8 điểm)');
    const { partOf: _, ...plain } = part;
    expect(foldPartOf([{ ...plain, note }])[0]!.partOf).toEqual(part.partOf);
    expect(foldPartOf([{ ...plain, note: 'Phần của mục C3 «Công tác» (mục ghi 5 điểm). Ghi chú riêng' }])[0]).toMatchObject({ note: 'Ghi chú riêng', partOf: { code: 'C3', maxPoints: 5 } });
  });
});

describe('a table that numbers none of its rows, its first row the sum of all the others', () => {
  const table = (first: number): CellValue[][] => [
    ['Chỉ số', 'Điểm tối đa', 'Cách xác định và tính điểm'],
    ['Hoạt động chuyển đổi số', first, null],
    ['Trang thông tin điện tử', 10, '- Đáp ứng: Điểm tối đa'],
    [null, null, '- Chưa đáp ứng: 0 điểm'],
    ['Số liệu kê khai của chỉ số', null, null],
    ['Tỷ lệ hồ sơ xử lý trực tuyến', 20, 'a = Tổng số hồ sơ'],
    [null, null, '- Điểm = Tỷ lệ * Điểm tối đa'],
    ['Tổng số hồ sơ giải quyết', null, null],
    ['Mức độ hài lòng', 5, '- Tính theo Min-Max'],
  ];

  it('reads that row as the part, each row with points an item of it, the rows between them their words — not where they add up to another figure', () => {
    const got = read(table(35));
    expect(got.set.groups.map((g) => [g.id, g.title, g.maxPoints])).toEqual([['1', 'Hoạt động chuyển đổi số', 35]]);
    // 1.2's rule goes on alone in the method column on the row under it: read with it, a rate (merged or not).
    expect(shape(got)).toEqual([
      ['1.1', 'manual', 10, null],
      ['1.2', 'ratio', 20, null],
      ['1.3', 'manual', 5, null],
    ]);
    expect(got.set.criteria[1]!.note).toContain('Tổng số hồ sơ giải quyết');
    expect(got.notices.find((n) => n.cell === 'A2')?.message).toBe(
      'Bảng không đánh số dòng nào; dòng 2 («Hoạt động chuyển đổi số») ghi 35 điểm, bằng 3 dòng có điểm dưới nó (dòng 3, 6, 9) cộng lại: đọc là phần 1 chứa các dòng đó, mỗi dòng một mục (1.1–1.3); các dòng không ghi điểm giữa chúng là lời của mục ở trên, không phải mục.',
    );
    expect(got.reconciliation.agrees).toBe(true);
    // Rows under it adding up to another figure: not so read.
    const other = read(table(40));
    expect(other.notices.some((n) => n.message.startsWith('Bảng không đánh số dòng nào; dòng 2'))).toBe(false);
    expect(other.set.criteria.length).not.toBe(3);
  });
});

describe('the real documents', () => {
  let form: ReadCriteriaFile;
  let workbook: ReadCriteriaFile;
  beforeAll(async () => {
    [form, workbook] = await Promise.all([importCorpusCopy('ren-luyen-hoc-vien-khung-diem.docx'), importCorpusCopy('cds-so-ban-nganh-bo-chi-so.xlsx')]);
  }, 300_000);

  it('an academy’s conduct form: 1.4.a’s two lines and 5.2’s five are parts of their items (23 items, 28 criteria)', () => {
    const parts = form.set.criteria.filter((c) => c.partOf).map((c) => [c.code, c.maxPoints, c.partOf!.code, c.partOf!.maxPoints]);
    expect(parts).toEqual([
      ['1.4.a.a', 3, '1.4.a', 5],
      ['1.4.a.b', 2, '1.4.a', 5],
      ['5.2.a', 5, '5.2', 20],
      ['5.2.b', 3, '5.2', 20],
      ['5.2.c', 5, '5.2', 20],
      ['5.2.d', 4, '5.2', 20],
      ['5.2.e', 3, '5.2', 20],
    ]);
    expect(form.set.groups.map((g) => g.maxPoints)).toEqual([20, 25, 20, 25, 10]);
  });

  it('a department’s indicator workbook without numbers: part 160, its 17 indicators, every figure agreeing', () => {
    expect(workbook.set.groups.map((g) => [g.title, g.maxPoints])).toEqual([['Hoạt động chuyển đổi số', 160]]);
    expect(workbook.set.criteria.map((c) => c.maxPoints)).toEqual([10, 5, 5, 5, 10, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 10]);
    expect(workbook.reconciliation.agrees).toBe(true);
  });
});

// Made for the corpus's two known gaps of 2026-11-28: ren-luyen-hoc-vien-khung-diem (28 criteria for 23 items) and
// cds-so-ban-nganh-bo-chi-so (2 criteria, maximum 170, for 17 indicators of 160).
