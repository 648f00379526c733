// Issue 55 item 1: the set the reader built held to the figures its table states (core/criteria/sheet/stated-figures.ts,
// reconcile.ts) — each figure with where it is stated, what thidua reads, ✔ or the difference naming the rows —
// on tables of each layout as a Word document's or a sheet's table reaches the reader.
import { describe, expect, it } from 'vitest';
import { readCriteriaSheet, reconciliationLines, type Reconciliation } from '../../core/criteria/sheet/index.js';
import { reconcile, Reconciliation as ReconciliationSchema } from '../../core/criteria/sheet/reconcile.js';
import { statedFigures } from '../../core/criteria/sheet/stated-figures.js';
import type { SheetGrid } from '../../core/sheet/cell.js';

const grid = (values: (string | number | null)[][]): SheetGrid => ({ name: 'Bảng 1', values });
function reconciled(values: (string | number | null)[][]): Reconciliation {
  const read = readCriteriaSheet(grid(values), { fileName: 'bang.docx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  // Plain data every face parses alike.
  expect(ReconciliationSchema.parse(read.reconciliation)).toEqual(read.reconciliation);
  return read.reconciliation;
}
const line = (r: Reconciliation, kind: string, code = '') => r.figures.find((f) => f.figure.kind === kind && f.figure.code === code)!;

describe('a table whose sub-parts «III.1», «III.2» have no «III» row (the shape issue 55 met)', () => {
  const r = reconciled([
    ['BẢNG CHẤM ĐIỂM THI ĐUA (Thang điểm 100)', null, null],
    ['STT', 'Nội dung', 'Điểm tối đa'],
    ['I', 'Công tác chỉ đạo', '15'],
    ['1', 'Ban hành kế hoạch', '10'],
    ['2', 'Báo cáo đúng hạn', '5'],
    ['II', 'Thực hiện nhiệm vụ', '15'],
    ['1', 'Hoàn thành chỉ tiêu', '15'],
    ['III.1', 'Cải cách hành chính', '35'],
    ['1', 'Công khai thủ tục', '20'],
    ['2', 'Giải quyết đúng hạn', '15'],
    ['III.2', 'Chuyển đổi số', '35'],
    ['1', 'Hồ sơ trực tuyến', '20'],
    ['2', 'Số hóa kết quả', '15'],
    [null, 'Tổng cộng', '100'],
  ]);

  it('says the title’s and the total row’s 100 against what thidua reads, naming the parts and their rows', () => {
    expect(r.agrees).toBe(false);
    expect(line(r, 'title')).toMatchObject({ reads: 30, agrees: false, figure: { value: 100, cell: 'A1', row: 1 } });
    expect(line(r, 'total')).toMatchObject({ reads: 30, agrees: false, figure: { value: 100, cell: 'C14', row: 14 } });
    expect(line(r, 'total').text).toBe(
      'Dòng «Tổng cộng» ghi 100 điểm (ô C14); thidua đọc được 30 — phần III.1, III.2 chưa thành nhóm riêng: các mục (dòng 8–13) được tính trong nhóm II; nhóm II ghi 15 điểm (ô C6), các mục cộng được 155: tính 15',
    );
  });

  it('holds each part to its own figure: I agrees; II, its group running on over III.1 and III.2, and those two are said', () => {
    expect(r.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.code, f.figure.value, f.reads, f.agrees])).toEqual([
      ['I', 15, 15, true], ['II', 15, 155, false], ['III.1', 35, 70, false], ['III.2', 35, 70, false],
    ]);
    expect(line(r, 'part', 'II').text).toBe('Phần II «Thực hiện nhiệm vụ» ghi 15 điểm (ô C6); thidua đọc được 155 — nhóm II gồm cả các mục ở dòng 8–13, ngoài các dòng của phần (dòng 6–7): các mục cộng được 155, tính 15');
    expect(line(r, 'part', 'III.1').text).toContain('dòng tiêu đề của phần được đọc thành mục II.III.1, cạnh các mục của nó (dòng 8–10), cả hai trong nhóm II');
  });

  it('opens with how many figures differ, then each figure but the items that agree', () => {
    const lines = reconciliationLines(r);
    expect(lines[0]).toBe(`Bảng ghi ${r.figures.length} số; 5 số khác với điều thidua đọc được: xem từng số dưới đây trước khi xác nhận.`);
    expect(lines.slice(1).map((l) => l.slice(0, 14))).toEqual(['Tiêu đề bảng g', 'Phần I «Công t', 'Phần II «Thực ', 'Phần III.1 «Cả', 'Phần III.2 «Ch', 'Dòng «Tổng cộn']);
  });
});

describe('a table whose figures all agree', () => {
  it('says so in one line, with what it held the set to', () => {
    const r = reconciled([
      ['STT', 'TIÊU CHUẨN THI ĐUA', 'Điểm'],
      [null, 'Tổng cộng', '100'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO', '40'],
      ['1', 'Ban hành kế hoạch', '25'],
      ['2', 'Báo cáo định kỳ', '15'],
      ['II', 'KẾT QUẢ', '60'],
      ['1', 'Hồ sơ trực tuyến', '60'],
    ]);
    expect(r.agrees).toBe(true);
    expect(reconciliationLines(r)).toEqual(['Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 2 phần, 3 số điểm của mục).']);
  });

  it('pairs each row with the criterion read from it, where rows of one item and of another write the same words', () => {
    // «Nội dung a», «Nội dung ă» under 2 of B.I are its levels; the same words under 1 of B.II are its criteria. Paired
    // by words, B.I.2's levels took B.II.1's criteria and rows 20–21 were said «không thành tiêu chí nào của bộ».
    const r = reconciled([
      ['STT', 'Nội dung', 'Điểm'],
      ['A', 'NỘI DUNG PHẦN A', null], ['I', 'Mục 1 của phần A', null], [1, 'Tiêu chí 1', 5], ['a', 'Nội dung a', 10],
      ['II', 'Mục 2 của phần A', null], [1, 'Tiêu chí 1', 4], ['a', 'Nội dung a', 13],
      ['B', 'NỘI DUNG PHẦN B', null], ['I', 'Mục 1 của phần B', null], [1, 'Tiêu chí 1', 13], ['a', 'Nội dung a', 13], ['ă', 'Nội dung ă', 13],
      [2, 'Tiêu chí 2', 19], ['a', 'Nội dung a', 19], ['ă', 'Nội dung ă', 7],
      ['II', 'Mục 2 của phần B', null], [1, 'Tiêu chí 1', 2], ['a', 'Nội dung a', 6], ['ă', 'Nội dung ă', 9], ['â', 'Nội dung â', 5],
    ]);
    expect(r.figures.filter((f) => /không thành tiêu chí nào/.test(f.text)).map((f) => f.text)).toEqual([]);
    expect([20, 21].map((row) => r.figures.find((f) => f.figure.row === row)!.text)).toEqual(['Mục ă ghi 9 điểm (ô C20); thidua đọc được 9 ✔', 'Mục â ghi 5 điểm (ô C21); thidua đọc được 5 ✔']);
  });

  it('an item over its lettered parts, in a section without a figure under a part, is held within that part’s group', () => {
    // Before: «Phần I.1 «Việc B1.1» ghi 15 điểm; thidua đọc được 15 — không thành nhóm riêng: các mục của nó (dòng 14–16)
    // được tính trong nhóm B», every figure equal: B's «I» (no figure of its own) was not seen as within B.
    const r = reconciled([
      ['STT', 'Nội dung', 'Điểm'],
      ['A', 'CÔNG TÁC A', null], [null, 'I. Nhóm 1 phần A', null], ['1', 'Việc A1.1', '14'], ['a', 'Phần việc A1.1a', '4'], ['b', 'Phần việc A1.1b', '10'], ['2', 'Việc A1.2', '6'],
      ['B', 'CÔNG TÁC B', null], [null, 'I. Nhóm 1 phần B', null], ['1', 'Việc B1.1', '15'], ['a', 'Phần việc B1.1a', '10'], ['b', 'Phần việc B1.1b', '5'],
      [null, 'II. Nhóm 2 phần B', '16'], ['1', 'Việc B2.1', '6'], ['2', 'Việc B2.2', '10'], ['a', 'Phần việc B2.2a', '10'],
    ]);
    expect(r.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(r.agrees).toBe(true);
  });

  it('items numbered from 1 again in each section are items, though one alone is worth what the next and its part add up to', () => {
    // Before: II's «2 … 12» over «3 … 6», «a … 6» was taken for a sub-part of a numbering run through the table (as a
    // police table numbers its items), and said «dòng tiêu đề của phần được đọc thành mục II.2, cạnh các mục của nó».
    const r = reconciled([
      ['STT', 'Nội dung', 'Điểm'],
      [null, 'I. Nhóm 1', '24'], ['1', 'Việc 1.1', '12'], ['a', 'Phần việc 1.1a', '3'], ['b', 'Phần việc 1.1b', '9'],
      ['2', 'Việc 1.2', '12'], ['a', 'Phần việc 1.2a', '2'], ['b', 'Phần việc 1.2b', '4'], ['c', 'Phần việc 1.2c', '6'],
      ['II', 'Nhóm 2', null], ['1', 'Việc 2.1', '24'], ['a', 'Phần việc 2.1a', '8'], ['b', 'Phần việc 2.1b', '7'], ['c', 'Phần việc 2.1c', '9'],
      ['2', 'Việc 2.2', '12'], ['3', 'Việc 2.3', '6'], ['a', 'Phần việc 2.3a', '6'],
    ]);
    expect(r.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
  });

  it('an item over dotted parts ends at the next number, an item of its own: «1 … 9» over «1.1 … 9», then «2 … 14»', () => {
    const r = reconciled([
      ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
      ['I', 'LĨNH VỰC 1', '23'], ['1', 'Nội dung 1', '9'], ['1.1', 'Chi tiết 1.1', '9'], ['2', 'Nội dung 2', '14'],
    ]);
    // Before: «Phần 1 «Nội dung 1» ghi 9 điểm; thidua đọc được 23 — các mục của nó (dòng 3–5) cộng được 23».
    expect(r.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
  });

  it('an item’s own bonus and deduction lines numbered under it, in section II, are held as that item’s lines', () => {
    // Before: «Mục 1.1 ghi 1 điểm (ô D11); thidua không đọc được số nào cho nó — dòng 11 không thành tiêu chí nào của bộ»:
    // the line's code as typed («1.1») was looked for as the reader's («II.1.1»).
    const r = reconciled([
      ['STT', 'TIÊU CHUẨN THI ĐUA', 'ĐIỂM', null, null],
      [null, null, 'Chuẩn', 'Thưởng', 'Trừ'],
      ['I', 'TIÊU CHUẨN 1', '16', null, null], ['1', 'Nội dung 1.1', '16', null, null], ['1.1', 'Có sáng kiến', null, '1', null],
      ['II', 'TIÊU CHUẨN 2', '16', null, null], ['1', 'Nội dung 2.1', '16', null, null], ['1.1', 'Có sáng kiến', null, '1', null], ['1.2', 'Chậm báo cáo', null, null, '-1'],
    ]);
    expect(r.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
  });

  it('an item whose words write another maximum than its points cell is said (a council’s «Trừ 5,0đ/trường hợp, tối đa trừ 10,0đ» beside «-5»)', () => {
    const r = reconciled([
      ['STT', 'Nội dung tiêu chí, cách chấm điểm', 'Điểm tối đa'],
      ['I', 'TỔ CHỨC KỲ HỌP', '20'], ['1', 'Tổ chức đủ số kỳ họp', '20'],
      ['IX', 'ĐIỂM TRỪ VÀ CHẾ TÀI VI PHẠM (tối đa trừ 20 điểm)', '-20'],
      ['1', 'Chậm gửi báo cáo\nTrừ 1,0đ/lần, tối đa trừ 5,0đ.', '-5'],
      ['2', 'Cán bộ bị kỷ luật từ cảnh cáo trở lên\nTrừ 5,0đ/trường hợp, tối đa trừ 10,0đ.', '-5'],
    ]);
    // Row 5's words and cell agree: one figure. Row 6's words write 10 where its cell writes 5: both stated, the words' said.
    expect(r.figures.filter((f) => f.figure.row === 5)).toHaveLength(1);
    // «(tối đa là 20 điểm)» is the scale of the figure an item is scored from (a power company's 5S mark), not its maximum.
    const scale = reconciled([['STT', 'Nội dung', 'Điểm'], ['I', 'KỶ LUẬT', '2'], ['1', 'Thực hiện 5S: điểm trung bình các tháng kiểm tra (tối đa là 20 điểm)', '2']]);
    expect(scale.figures.map((f) => f.text).filter((t) => t.includes('trong lời'))).toEqual([]);
    expect(r.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual(['Mục 2 ghi trong lời tối đa 10 điểm (ô B6); thidua đọc được 5 — thidua đọc mục IX.2 tối đa 5 điểm']);
  });

  it('a part whose words write another maximum than its points cell is said: «I. LĨNH VỰC 1 (20 điểm) | 25»', () => {
    const r = reconciled([['STT', 'Nội dung', 'Điểm'], ['I', 'LĨNH VỰC 1 (20 điểm)', '25'], ['1', 'Việc một', '15'], ['2', 'Việc hai', '10']]);
    // Before: only a notice at the cell; every figure of the reconciliation agreed.
    expect(r.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual(['Phần I «LĨNH VỰC 1 (20 điểm)» ghi trong lời 20 điểm (ô B2); thidua đọc được 25 — các mục của nhóm I cộng được 25']);
    // Words and cell alike: one figure.
    expect(reconciled([['STT', 'Nội dung', 'Điểm'], ['I', 'LĨNH VỰC 1 (25 điểm)', '25'], ['1', 'Việc một', '15'], ['2', 'Việc hai', '10']]).figures).toHaveLength(3);
  });

  it('a table’s total written as its first row without «Tổng», its parts adding up to it, is its total, not an item', () => {
    // Our own sheet's titles, and an office's table («ĐIỂM TỰ CHẤM» beside): read by either layout alike.
    for (const header of [['STT', 'NỘI DUNG ĐÁNH GIÁ', 'ĐIỂM CHUẨN'], ['STT', 'TIÊU CHUẨN THI ĐUA', 'ĐIỂM CHUẨN', 'ĐIỂM TỰ CHẤM']]) {
      const read = readCriteriaSheet(grid([
        header,
        [null, 'CHẤT LƯỢNG CHĂM SÓC KHÁCH HÀNG', '100'],
        ['I', 'CHẤT LƯỢNG TỔNG ĐÀI', '60'], ['1', 'Tỷ lệ kết nối Hotline', '40'], ['2', 'Năng suất cuộc gọi', '20'],
        ['II', 'ĐÁNH GIÁ CHẤT LƯỢNG CHUNG', '40'], ['3', 'Tỷ lệ khách hàng hài lòng', '30'], ['4', 'Vi phạm bảo mật thông tin', '10'],
      ]), { fileName: 'kpi.xlsx' });
      if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
      // Before: a criterion «1» of 100 in a group of its own beside I and II, the set scored on 200, every figure ✔.
      // (The office's layout coded its first item «I.1» and the rest «2», «3», «4», the total row taken for a «1».)
      expect(read.set.criteria.map((c) => [c.code, c.group, c.maxPoints])).toEqual([['1', 'I', 40], ['2', 'I', 20], ['3', 'II', 30], ['4', 'II', 10]]);
      expect(line(read.reconciliation, 'total')).toMatchObject({ reads: 100, agrees: true });
    }
    // Not a total when its parts do not add up to it: an item, and the difference said.
    const r = reconciled([
      ['STT', 'NỘI DUNG ĐÁNH GIÁ', 'ĐIỂM CHUẨN'],
      [null, 'Chấp hành nội quy cơ quan', '10'],
      ['I', 'CHẤT LƯỢNG TỔNG ĐÀI', '60'], ['1', 'Tỷ lệ kết nối Hotline', '60'],
      ['II', 'ĐÁNH GIÁ CHẤT LƯỢNG CHUNG', '40'], ['2', 'Tỷ lệ khách hàng hài lòng', '40'],
    ]);
    expect(r.figures.some((f) => f.figure.kind === 'total')).toBe(false);
  });

  it('«CỘNG 07 NHÓM TIÊU CHÍ», «Cộng (I+II)», «Tổng cộng» under the last item are the total row, under a content column named or found by its words; «Cộng điểm …» an item', () => {
    // A council framework's content column «Nội dung tiêu chí, cách chấm điểm», and one no word names («Mô tả»).
    for (const content of ['Nội dung tiêu chí, cách chấm điểm', 'Mô tả']) {
      for (const words of ['CỘNG 02 NHÓM TIÊU CHÍ', 'Cộng (I+II)', 'Tổng cộng']) {
        const r = reconciled([
          ['STT', content, 'Điểm tối đa', 'Điểm tự chấm'],
          ['I', 'TỔ CHỨC KỲ HỌP', '6', null], ['1', 'Tổ chức đủ kỳ họp', '6', null],
          ['II', 'THÔNG TIN, TRUYỀN THÔNG', '4', null], ['1', 'Báo cáo đúng hạn', '2', null], ['2', 'Truyền thông', '2', null],
          ['a', 'Ban hành kế hoạch truyền thông', '1', null], ['b', 'Có mô hình được báo chí phản ánh', '1', null],
          [null, words, '10', null],
        ]);
        // Before: «CỘNG 02 NHÓM TIÊU CHÍ» a part of II.2.b worth 10 (II.2.b no criterion of its own); the table with
        // «Tổng cộng» refused, its content column not found (the total's two words counted among the criteria's).
        expect(line(r, 'total')).toMatchObject({ reads: 10, agrees: true });
        expect(r.figures.filter((f) => !f.agrees)).toEqual([]);
      }
    }
    const read = readCriteriaSheet(grid([
      ['STT', 'Nội dung tiêu chí, cách chấm điểm', 'Điểm tối đa'],
      ['I', 'TỔ CHỨC KỲ HỌP', '7'], ['1', 'Tổ chức đủ kỳ họp', '6'], ['2', 'Cộng điểm cho kỳ họp có sáng kiến', '1'],
    ]), { fileName: 'bang.docx' });
    expect(read.ok && read.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1', 6], ['2', 1]]);
  });

  it('a table stating no figure says there is nothing to hold the set to, and the total it scores against', () => {
    const r = reconciled([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['1', 'Có sáng kiến được công nhận', '2 điểm/lần'],
    ]);
    expect(r.figures).toEqual([]);
    expect(r.summary).toBe('Bảng không ghi tổng điểm hay điểm tối đa của phần nào: không có số nào để đối chiếu; thidua chấm trên tổng 2 điểm.');
  });
});

describe('bonus and deduction parts', () => {
  const bonusPart = (heading: string): (string | null)[][] => [
    ['STT', 'Nội dung', 'Điểm tối đa'],
    ['A', 'Nhiệm vụ chung (30 điểm)', '30'],
    ['1', 'Chấp hành nội quy', '30'],
    ['B', heading, '10'],
    ['1', 'Có sáng kiến được công nhận', '+5'],
    ['2', 'Được khen thưởng đột xuất', '+5'],
    [null, 'Tổng cộng', '30'],
  ];

  it('a part headed «Điểm cộng» in our own sheet’s layout: its rows read as bonus, the part and the total agree', () => {
    const r = reconciled(bonusPart('Điểm cộng (tối đa 10 điểm)'));
    expect(r.agrees).toBe(true);
  });

  it('a part marked «Điểm cộng» whose rows a layout counted into the base total: the part and the total say so, naming its rows', () => {
    // The set a layout makes of the same rows under a heading that says nothing (rows counted in the total), held to
    // the figures of the table as written: the reconciliation's own check, whatever read the set.
    const read = readCriteriaSheet(grid(bonusPart('Các khoản khác (tối đa 10 điểm)')), { fileName: 'bang.docx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    const set = { ...read.set, groups: read.set.groups.map((g) => (g.id === 'B' ? { ...g, title: 'Điểm cộng (tối đa 10 điểm)' } : g)) };
    const r = reconcile(set, statedFigures(grid(bonusPart('Điểm cộng (tối đa 10 điểm)'))));
    expect(r.figures.filter((f) => f.figure.kind !== 'item').map((f) => [f.figure.kind, f.figure.code, f.figure.counts, f.figure.value, f.reads, f.agrees])).toEqual([
      ['part', 'A', 'base', 30, 30, true],
      ['part', 'B', 'bonus', 10, 10, false],
      ['total', '', 'base', 30, 40, false],
    ]);
    expect(line(r, 'part', 'B').text).toBe('Phần B «Điểm cộng (tối đa 10 điểm)» (điểm cộng) ghi tối đa 10 điểm (ô C4); thidua đọc được 10 — thidua tính các mục của nhóm B (dòng 4–6) vào tổng điểm, không phải điểm cộng');
    expect(line(r, 'total').text).toBe('Dòng «Tổng cộng» ghi 30 điểm (ô C7); thidua đọc được 40 — phần B là điểm cộng hoặc điểm trừ nhưng được tính vào tổng điểm (dòng 4–6)');
  });
});

describe('the sectioned layout (our own criteria table, or an officer’s typed in its words)', () => {
  it('a «Tổng cộng» row of «Điểm tối đa» under the criteria is held to the set: a total short of it is said', () => {
    const r = reconciled([
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách tính'],
      ['CQS1', 'Văn bản điện tử', 10, 'Thủ công'],
      ['CQS2', 'Họp giao ban', 20, 'Thủ công'],
      [null, 'Tổng cộng', 40, null],
    ]);
    expect(line(r, 'total')).toMatchObject({ reads: 30, agrees: false, figure: { value: 40, cell: 'C4' } });
    expect(r.figures.filter((f) => f.figure.kind === 'item').map((f) => [f.figure.code, f.reads, f.agrees])).toEqual([['CQS1', 10, true], ['CQS2', 20, true]]);
  });

  it('pairs every row of a long table with its criterion by its words, past the size paired in full (2,100 criteria)', () => {
    const items = Array.from({ length: 2100 }, (_, i) => [`CQ${i + 1}`, `Tiêu chí số ${i + 1}`, 1, 'Thủ công']);
    const r = reconciled([['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách tính'], ...items, [null, 'Tổng cộng', 2100, null]]);
    expect(r.figures.filter((f) => f.figure.kind === 'item')).toHaveLength(2100);
    expect(r.figures.filter((f) => !f.agrees)).toEqual([]);
  });
});
