// Issue 45, the corpus's shapes (test/fixtures/real/criteria-corpus): each general rule the real tables needed, on a
// small table of that shape as a Word document's table reaches the reader (its rows as text), checked by the groups'
// written maxima, the criteria and the notices at their cells.
import { describe, expect, it } from 'vitest';
import { joinContinuedTables } from '../../adapters/docx/criteria.js';
import { readCriteriaSheet, type ReadCriteriaResult, type ReadCriteriaSheetResult } from '../../core/criteria/sheet/index.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { BANK_QUARTER_HEADER, BANK_QUARTER_PARTS } from './fixtures/bank-quarter.js';

const grid = (values: (string | null)[][]): SheetGrid => ({ name: 'Bảng 1', values });
function imported(values: (string | null)[][]): Extract<ReadCriteriaResult, { ok: true }> {
  const read = readCriteriaSheet(grid(values), { fileName: 'bang.docx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  expect(new Set(read.notices.map((n) => `${n.cell} ${n.message}`)).size).toBe(read.notices.length);
  return read;
}
const at = (notices: ReadCriteriaSheetResult['notices'], cell: string) => notices.filter((n) => n.cell === cell).map((n) => n.message);
const groups = (set: CriteriaSet) => set.groups.map((g) => [g.id, g.maxPoints]);
const criteria = (set: CriteriaSet) => set.criteria.map((c) => [c.code, c.group, c.maxPoints, c.rule.kind]);

describe('sections as conduct forms write them', () => {
  it('«TIÊU CHÍ 1: …» with «20 điểm» in the points column is a section; its items «1.1.» in the content, its other sum said', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung đánh giá', 'Điểm'],
      [null, 'TIÊU CHÍ 1: Ý THỨC HỌC TẬP', '20 điểm'],
      [null, '1.1. Đi học đầy đủ', '12 điểm'],
      [null, '1.2. Kết quả học tập', '10 điểm'],
      [null, '1.3. Đưa thông tin sai lệch', '-10 điểm (mỗi lần vi phạm)'],
      [null, 'TIÊU CHÍ 2: CHẤP HÀNH NỘI QUY', '15 điểm'],
      [null, '2.1. Thực hiện nội quy', '15 điểm'],
    ]);
    expect(groups(set)).toEqual([['1', 20], ['2', 15]]);
    // The deduction per occurrence, no cap of its own: at most its section's maximum.
    expect(criteria(set)).toEqual([['1.1', '1', 12, 'manual'], ['1.2', '1', 10, 'manual'], ['1.3', '1', 20, 'deduction'], ['2.1', '2', 15, 'manual']]);
    expect(at(notices, 'C2')).toEqual([
      'Nhóm 1 (Ý THỨC HỌC TẬP) ghi 20 điểm, nhưng các tiêu chí trong nhóm cộng được 22: nhóm tính tối đa 20 điểm (điểm các tiêu chí trong nhóm cộng lại, quá 20 thì tính 20).',
    ]);
  });

  it('«Điều 4.» over lettered criteria without points and unnumbered items with points: the article is the section', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung đánh giá', 'Điểm tối đa', 'Điểm tự đánh giá'],
      [null, 'Điều 4. Đánh giá về ý thức học tập', '6', null],
      ['a', 'Ý thức và thái độ học tập', null, null],
      [null, 'Đi học chuyên cần, đúng giờ', '4', null],
      ['b', 'Tham gia câu lạc bộ học thuật', null, null],
      [null, 'Có đăng ký đề tài nghiên cứu', '2', null],
      [null, 'Có tham gia câu lạc bộ', '2', null],
      [null, 'Điều 5. Đánh giá về chấp hành nội quy', '5', null],
      ['a', 'Chấp hành nội quy nhà trường', null, null],
      [null, 'Đóng học phí đúng hạn', '5', null],
    ]);
    expect(groups(set)).toEqual([['4', 6], ['5', 5]]);
    expect(set.criteria.map((c) => c.group)).toEqual(['4', '4', '4', '5']);
    expect(at(notices, 'C2').join(' ')).toContain('ghi 6 điểm, nhưng các tiêu chí trong nhóm cộng được 8');
  });

  it('without a number column: «II - …» and «IV – …» open sections, «1.Kết quả…:» is an item, «a. …» its parts, «ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):» the total', () => {
    // A university's conduct form as its page prints it (a public repository's export of it): the numbers in the words.
    const values = [
      ['NỘI DUNG ĐÁNH GIÁ', 'Điểm tối đa', 'Điểm SV tự đánh giá'],
      ['I - Đánh giá về ý thức và kết quả học tập (tối đa 20 điểm).', '20đ', null],
      ['1.Kết quả học tập: \nĐiểm TBC học kỳ đang xét: ', null, null],
      ['a. Điểm trung bình chung học kì từ 3,60 đến 4,00', '14đ', null],
      ['b. Điểm trung bình chung học kì từ 3,20 đến 3,59', '12đ', null],
      ['c. Điểm trung bình chung học kì dưới 3,20', '0đ', null],
      ['2.Tham gia nghiên cứu khoa học:', null, null],
      ['a. Khóa luận tốt nghiệp từ loại giỏi trở lên', '6đ', null],
      ['b. Đề tài NCKH cấp trường', '4đ', null],
      ['Cộng:', null, null],
      ['II - Đánh giá về ý thức chấp hành quy chế, nội quy (tối đa 25 điểm).', '25đ', null],
      ['1. Chấp hành tốt nội quy, quy chế của nhà trường', '15đ', null],
      ['2. Tham gia đầy đủ các buổi họp của trường, khoa, lớp', '10đ', null],
      ['3. Một lần vi phạm quy chế (có biên bản xử lý)', '-10đ', null],
      ['Cộng:', null, null],
      ['IV – Đánh giá ý thức công dân trong quan hệ cộng đồng (tối đa 25 điểm).', '25đ', null],
      ['1. Chấp hành tốt các chủ trương, chính sách, pháp luật', '15đ', null],
      ['2. Tham gia hiến máu tình nguyện', '10đ', null],
      ['Cộng:', null, null],
      ['ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):', null, null],
    ];
    const read = readCriteriaSheet(grid(values), { fileName: 'phieu-ren-luyen.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(groups(read.set)).toEqual([['I', 20], ['II', 25], ['IV', 25]]);
    expect(criteria(read.set)).toEqual([
      ['I.1', 'I', 14, 'tiers'],
      ['I.2.a', 'I', 6, 'manual'],
      ['I.2.b', 'I', 4, 'manual'],
      ['II.1', 'II', 15, 'manual'],
      ['II.2', 'II', 10, 'manual'],
      ['II.3', 'II', 10, 'deduction'],
      ['IV.1', 'IV', 15, 'manual'],
      ['IV.2', 'IV', 10, 'manual'],
    ]);
    expect(read.set.criteria.find((c) => c.code === 'I.2.a')!.title).toBe('Khóa luận tốt nghiệp từ loại giỏi trở lên');
    // The form caps its total below its sections' sum: the total is held to what thidua reads, and said.
    const total = read.reconciliation.figures.find((f) => f.figure.kind === 'total')!;
    expect(total).toMatchObject({ reads: 70, agrees: false });
    expect(total.text).toContain('«ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):» ghi 100 điểm (ô A20); thidua đọc được 70');
    expect(read.reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.code, f.agrees])).toEqual([['I', true], ['II', true], ['IV', true]]);
  });

  it('without a number column: «Phần I. … (0 - 20 điểm)» and a total in brackets mid-text are the sections’ maxima; «3: …» an item', () => {
    const { set, notices } = imported([
      ['Nội dung đánh giá', 'Điểm tối đa', 'Điểm tự đánh giá'],
      ['Phần I. Đánh giá về ý thức học tập (0 - 20 điểm)', null, null],
      ['1. Đi học đúng giờ', '12', null],
      ['2. Chấp hành quy chế thi', '8', null],
      ['Phần II. Báo cáo khác (Tổng 10 điểm theo danh mục, thực tế cộng dồn)', null, null],
      ['1. Báo cáo tổng kết', '6', null],
      ['3: Có giấy khen', '6', null],
    ]);
    expect(groups(set)).toEqual([['I', 20], ['II', 10]]);
    expect(set.criteria.map((c) => c.code)).toEqual(['I.1', 'I.2', 'II.1', 'II.3']);
    expect(at(notices, 'A5').join(' ')).toContain('ghi 10 điểm, nhưng các tiêu chí trong nhóm cộng được 12');
  });

  it('a number column titled «#» is known by its cells; «IV.A» … «IV.B» under no «IV» are sections beside «III», then «V»', () => {
    const { set } = imported([
      ['#', 'Nội dung đánh giá', 'Điểm tối đa', 'Điểm đạt'],
      ['III', 'Ý thức tổ chức kỉ luật', '10', null],
      ['1', 'Thực hiện nội quy', '10', null],
      ['IV.A', 'Nhiệm vụ của chuyên viên', '40', null],
      ['1', 'Văn bản đã soạn thảo', '40', null],
      ['IV.B', 'Nhiệm vụ của giảng viên', '40', null],
      ['1', 'Giảng dạy', '40', null],
      ['V', 'Công tác quản lí', '20', null],
      ['1', 'Năng lực lãnh đạo', '20', null],
    ]);
    expect(groups(set)).toEqual([['III', 10], ['IV.A', 40], ['IV.B', 40], ['V', 20]]);
    expect(set.criteria.map((c) => c.code)).toEqual(['III.1', 'IV.A.1', 'IV.B.1', 'V.1']);
  });

  it('«II.1.» after section I (its «80 điểm ban đầu» in brackets) is a section of its own, not a part of I’s last item', () => {
    const { set } = imported([
      ['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tối đa/học kỳ'],
      [null, 'I. Phẩm chất chính trị (80 điểm ban đầu)', null, null, null, null],
      ['1', 'Chấp hành pháp luật', '40', null, null, null],
      ['2', 'Giữ gìn phẩm chất', '40', null, null, null],
      ['3', 'Gây mất đoàn kết', null, null, '-2 đ/lần', null],
      [null, 'II.1. Thực hiện ngày giờ công', null, null, null, null],
      ['1', 'Dạy thay', null, '1 đ/tiết', null, '8'],
      ['2', 'Đạt giáo viên giỏi cấp tỉnh', null, '+10 hoặc +20 đ/GV', null, null],
      ['3', 'Dạy đội tuyển học sinh giỏi', null, 'Theo kết quả', null, null],
    ]);
    expect(groups(set).slice(0, 1)).toEqual([['I', 80]]);
    expect(set.groups.map((g) => g.id)).toEqual(['I', 'II.1']);
    expect(criteria(set).filter(([, g]) => g === 'II.1')).toEqual([['II.1.1', 'II.1', 8, 'bonus'], ['II.1.2', 'II.1', 20, 'bonus'], ['II.1.3', 'II.1', 0, 'bonus']]);
  });
});

describe('a criterion numbered in its words over rows numbered under it', () => {
  it('«A | NHÓM A | 30» over «1. Về phẩm chất … | 10» (number cell empty) over «1.1», «1.2»: item 1 is its sub-items, not one more beside them', () => {
    // A provincial Party committee's quarterly self-assessment (Thanh Hóa, Hướng dẫn 03-HD/TU): group A's three
    // criteria each open with their number; read by their place they were items A.1–A.3 beside 1.1–3.4, the group
    // «các mục cộng được 60, tính 30» — capped to agree.
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['A', 'NHÓM A — TIÊU CHÍ CHUNG', '30'],
      [null, '1. Về phẩm chất chính trị, đạo đức, lối sống', '10'],
      ['1.1', 'Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân', '4'],
      ['1.2', 'Có phẩm chất đạo đức, lối sống trong sáng', '6'],
      [null, '2. Tư duy đổi mới, chiến lược, khát vọng cống hiến', '20'],
      ['2.1', 'Có tư duy đổi mới, tầm nhìn chiến lược', '12'],
      ['2.2', 'Nói đi đôi với làm, dám nghĩ, dám làm', '8'],
    ]);
    expect(criteria(set)).toEqual([['1.1', 'A', 4, 'manual'], ['1.2', 'A', 6, 'manual'], ['2.1', 'A', 12, 'manual'], ['2.2', 'A', 8, 'manual']]);
    expect(groups(set)).toEqual([['A', 30]]);
    expect(at(notices, 'A3')).toEqual(['Dòng không ghi số thứ tự nhưng lời mở đầu bằng «1.», và các dòng dưới nó đánh số 1.1…: đọc là mục 1, các dòng đó là mục con của nó.']);
  });

  it('a group numbering its items from 1 again carries its letter on every item (B.1–B.4), not only on those met above', () => {
    // The same form's group B: its 1–3 met in group A were coded B.1–B.3, its 4–6 left «4»–«6».
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['A', 'NHÓM A — TIÊU CHÍ CHUNG', '20'],
      [null, '1. Về phẩm chất chính trị', '10'],
      ['1.1', 'Tuyệt đối trung thành với Đảng', '5'],
      ['1.2', 'Có phẩm chất đạo đức, lối sống trong sáng', '5'],
      [null, '2. Tư duy đổi mới', '10'],
      ['2.1', 'Có tư duy đổi mới, tầm nhìn chiến lược', '10'],
      ['B', 'NHÓM B — CÁC TRỤC KẾT QUẢ', '40'],
      ['1', 'Thực hiện mục tiêu phát triển kinh tế - xã hội', '15'],
      ['2', 'Hoàn thiện thể chế', '10'],
      ['3', 'Xây dựng Đảng và hệ thống chính trị', '10'],
      ['4', 'Củng cố quốc phòng, an ninh', '5'],
    ]);
    expect(criteria(set)).toEqual([
      ['1.1', 'A', 5, 'manual'], ['1.2', 'A', 5, 'manual'], ['2.1', 'A', 10, 'manual'],
      ['B.1', 'B', 15, 'manual'], ['B.2', 'B', 10, 'manual'], ['B.3', 'B', 10, 'manual'], ['B.4', 'B', 5, 'manual'],
    ]);
    expect(at(notices, 'A9')).toEqual(['Mã «1» đã có ở ô A3: mã tiêu chí của dòng này là «B.1» (theo chỗ của dòng trong bảng).']);
    expect(at(notices, 'A12')).toEqual(['Phần B đánh số lại từ đầu (ô A9): mã tiêu chí của dòng này là «B.4».']);
  });
});

describe('lines of words under an item with points', () => {
  it('«1 | Thực hiện mục tiêu … | 15» over «Tốc độ tăng trưởng kinh tế GRDP», «Thu ngân sách»…: what item 1 covers, not group headings', () => {
    // The same form's group B: six axes, each over the indicators it is judged by, in lower case and without points;
    // read as group headings, «Các nội dung khác (nếu có)» became a group of 45 points and group B «ghi 70, tính 15».
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['B', 'NHÓM B — 6 TRỤC KẾT QUẢ TRỌNG TÂM', '25'],
      ['1', 'Thực hiện mục tiêu phát triển kinh tế - xã hội', '15'],
      [null, 'Tốc độ tăng trưởng kinh tế GRDP'],
      [null, 'Thu ngân sách'],
      [null, 'Các nội dung khác (nếu có)'],
      ['2', 'Hoàn thiện thể chế, đẩy mạnh phân cấp, phân quyền', '10'],
      [null, 'Tỉ lệ hồ sơ giải quyết đúng hạn'],
      [null, 'XÃ HỘI SỐ'],
      ['3', 'Tỉ lệ hộ gia đình có cáp quang', '5'],
    ]);
    expect(criteria(set)).toEqual([['1', 'B', 15, 'manual'], ['2', 'B', 10, 'manual'], ['3', 'XÃ HỘI SỐ', 5, 'manual']]);
    expect(set.criteria[0]!.note).toBe('Tốc độ tăng trưởng kinh tế GRDP; Thu ngân sách; Các nội dung khác (nếu có)');
    // A line in capitals after an item is a group heading still.
    expect(groups(set)).toEqual([['B', 25], ['XÃ HỘI SỐ', 5]]);
    expect(at(notices, 'A3')).toEqual(['Mục 1 có điểm; các dòng 4–6 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục 1, không phải mục con.']);
  });
});

describe('parts opened by their word', () => {
  it('«Phần B» after «Phần A»’s sections I and II numbers its own sections from «I» again: its «II» a section, not a row of B.I', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm'],
      [null, 'Phần A. Công tác chuyên môn', null],
      ['I', 'Dạy học', null],
      ['1', 'Soạn bài', '10'],
      ['2', 'Lên lớp', '10'],
      ['II', 'Kiểm tra', null],
      ['1', 'Ra đề', '10'],
      [null, 'Phần B. Công tác khác', null],
      ['I', 'Đoàn thể', null],
      ['1', 'Sinh hoạt', '20'],
      ['2', 'Phong trào', '10'],
      ['II', 'Tự học', null],
      ['1', 'Bồi dưỡng', '20'],
      [null, 'Tổng cộng', '80'],
    ]);
    expect(groups(set)).toEqual([['A', 30], ['B', 50]]);
    expect(criteria(set)).toEqual([
      ['A.I.1', 'A', 10, 'manual'], ['A.I.2', 'A', 10, 'manual'], ['A.II.1', 'A', 10, 'manual'],
      ['B.I.1', 'B', 20, 'manual'], ['B.I.2', 'B', 10, 'manual'], ['B.II.1', 'B', 20, 'manual'],
    ]);
    // Before: B's «II» was read as words describing B.I.2 (A12) and its «1» renumbered «B.I.1-2» (A13).
    expect(notices.filter((n) => /lời mô tả|đã có ở ô/.test(n.message))).toEqual([]);
    expect(at(notices, 'A12')).toEqual(['Các dòng dưới B.II (Tự học) đánh số như ở phần khác của bảng: mã tiêu chí ghi kèm «B.II.» ở đầu (B.II.1…).']);
  });
});

describe('a bonus part under our own sheet’s titles', () => {
  it('«III | ĐIỂM CỘNG (tối đa 10 điểm)» with no points of its own over numbered rows is an office’s bonus part, outside the 100', () => {
    const read = readCriteriaSheet(grid([
      ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
      ['I', 'CHUYÊN MÔN', '90'], ['1', 'Dạy học', '90'],
      ['II', 'HỒ SƠ', '10'], ['1', 'Sổ điểm', '10'],
      ['III', 'ĐIỂM CỘNG (tối đa 10 điểm)', null], ['1', 'Giáo viên dạy giỏi cấp thành phố', '3'], ['2', 'Sáng kiến được công nhận', '3'],
      [null, 'Tổng cộng', '100'],
    ]), { fileName: 'bang.docx' });
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    // Before: read as our own sheet, III's rows counted in the base (106 where the table gives 100).
    expect(read.set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['I.1', 90, 'manual'], ['II.1', 10, 'manual'], ['III.1', 3, 'bonus'], ['III.2', 3, 'bonus']]);
    expect(read.reconciliation.figures.filter((f) => !f.agrees)).toEqual([]);
  });
});

describe('a part’s total row by its number under sections opened by a word', () => {
  it('«TỔNG ĐIỂM PHẦN 1» under «Tiêu chuẩn 1: …» (group TC1) gives that group its maximum, held by the reconciliation', () => {
    const read = readCriteriaSheet(grid([
      ['STT', 'Nội dung đánh giá', 'Điểm chuẩn'],
      [null, 'Tiêu chuẩn 1: Chỉ đạo', null], ['1.1', 'Kế hoạch', '10'], ['1.2', 'Báo cáo', '15'], [null, 'TỔNG ĐIỂM PHẦN 1', '20'],
      [null, 'Tiêu chuẩn 2: Kết quả', null], ['2.1', 'Hồ sơ', '30'], [null, 'TỔNG ĐIỂM PHẦN 2', '30'],
    ]), { fileName: 'bang.docx' });
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    // Before: TC1 uncapped at 25, and each total row said «chưa vào bộ tiêu chí».
    expect(groups(read.set)).toEqual([['TC1', 20], ['TC2', 30]]);
    expect(at(read.notices, 'C5')).toEqual(['Nhóm TC1 (Chỉ đạo) ghi 20 điểm, nhưng các tiêu chí trong nhóm cộng được 25: nhóm tính tối đa 20 điểm (điểm các tiêu chí trong nhóm cộng lại, quá 20 thì tính 20).']);
    expect(read.reconciliation.figures.filter((f) => !f.agrees)).toEqual([]);
  });
});

describe('parts lettered two ways in one table', () => {
  it('«B» in the number cell after «Phần A» opening the content is the next part, beside it, its sections from «I» again', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm'],
      [null, 'Phần A. Phần chung', null],
      ['I', 'Dạy học', null],
      ['1', 'Soạn bài', '10'],
      ['II', 'Kiểm tra', null],
      ['1', 'Ra đề', '10'],
      ['B', 'Phần riêng', null],
      ['I', 'Đoàn thể', null],
      ['1', 'Sinh hoạt', '20'],
      ['II', 'Tự học', null],
      ['1', 'Bồi dưỡng', '20'],
    ]);
    expect(groups(set)).toEqual([['A', 20], ['B', 40]]);
    expect(set.criteria.map((c) => c.code)).toEqual(['A.I.1', 'A.II.1', 'B.I.1', 'B.II.1']);
    // Before: «B» was read as words describing A.II.1, and B's «I» as a part «I» of its own.
    expect(notices.filter((n) => /lời mô tả|đã có ở ô/.test(n.message))).toEqual([]);
  });
});

describe('points as offices lay them out', () => {
  it('«TT | … | Điểm chuẩn» with an item «a | 11» over «a1 | 3», «a2 | 8» is an office’s table: the item is its parts, not counted beside them', () => {
    const { set } = imported([
      ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'],
      ['a', 'Công tác chỉ đạo', '11'], ['a1', 'Ban hành kế hoạch', '3'], ['a2', 'Tổ chức thực hiện', '8'],
      ['b', 'Báo cáo định kỳ', '5'],
      [null, 'TỔNG CỘNG', '16'],
    ]);
    // Before: read as our own sheet, «a» 11 a criterion beside a1 and a2 (27 points where the table gives 16).
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['a1', 3], ['a2', 8], ['b', 5]]);
  });

  it('items numbered from 1 again in each section, parts «2.1» under II’s «2»: I’s «2» stays an item of I', () => {
    const { set } = imported([
      ['TT', 'Nội dung tiêu chí', 'Thang điểm'],
      [null, 'I. LĨNH VỰC 1', null],
      ['1', 'Kế hoạch', '13'], ['1.1', 'Ban hành', '6'], ['1.2', 'Triển khai', '7'],
      ['2', 'Báo cáo', '10'],
      [null, 'II. LĨNH VỰC 2', null],
      ['1', 'Hồ sơ trực tuyến', '14'],
      ['2', 'Thanh toán trực tuyến', '8'], ['2.1', 'Phí, lệ phí', '8'],
    ]);
    // Before: read as our own sheet, II's «2.1» taken for a part of I's «2»: I's 10 points lost, group I 13 of 23.
    expect(groups(set)).toEqual([['I', 23], ['II', 22]]);
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1.1', 6], ['I.1.2', 7], ['I.2', 10], ['II.1', 14], ['II.2.1', 8]]);
  });

  it('«STT | Nội dung | Điểm tối đa» with an item’s levels on rows without a number is an office’s table: one criterion of levels', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['1', 'Công tác chỉ đạo', '23'],
      ['1.1', 'Ban hành kế hoạch', '5'],
      ['1.2', 'Báo cáo định kỳ', '6'],
      ['1.3', 'Mức độ hoàn thành nhiệm vụ', null],
      [null, 'Hoàn thành tốt', '12'],
      [null, 'Hoàn thành', '6'],
      [null, 'Không hoàn thành', '0'],
    ]);
    // Before: read as our own criteria sheet, 1.3 a criterion of 0 points and each level a criterion of its own
    // («1.4» 12, «1.5» 6, «1.6» 0: 18 points where the item gives 12).
    expect(criteria(set)).toEqual([['1.1', '1', 5, 'manual'], ['1.2', '1', 6, 'manual'], ['1.3', '1', 12, 'tiers']]);
    expect(at(notices, 'A5')).toEqual(['Mục 1.3: các dòng 1.3.1, 1.3.2, 1.3.3 là các mức của một tiêu chí (chọn một, không cộng), tối đa 12 điểm.']);
  });

  it('«Điểm đạt / Tối đa» pairs: the maximum after the slash, the total row reproduced, a score above its maximum said', () => {
    const { set, notices } = imported([
      ['STT', 'Tiêu chí đánh giá', 'Điểm đạt / Tối đa', 'Nhận xét'],
      ['1', 'Tính cấp thiết', '16 / 20', null],
      ['2', 'Tính khả thi', '23 / 20', null],
      [null, 'TỔNG ĐIỂM ĐÁNH GIÁ', '39 / 40', null],
    ]);
    expect(criteria(set)).toEqual([['1', 'TC', 20, 'manual'], ['2', 'TC', 20, 'manual']]);
    expect(notices.some((n) => n.message.startsWith('Dòng tổng'))).toBe(false);
    expect(at(notices, 'C3')).toEqual(['Ô ghi «23 / 20»: điểm đạt 23 vượt điểm tối đa 20; bộ tiêu chí lấy điểm tối đa 20.']);
  });

  it('a number column titled «TIÊU CHÍ», points only under «ĐIỂM CỘNG», then the header again over «ĐIỂM TRỪ»; «XẾP LOẠI» ends it', () => {
    const { set, notices } = imported([
      ['TIÊU CHÍ', 'NỘI DUNG', 'ĐIỂM CỘNG'],
      ['1', 'Đi học đầy đủ', '+5đ/buổi'],
      ['TIÊU CHÍ', 'NỘI DUNG', 'ĐIỂM TRỪ'],
      ['2', 'Trốn tiết', '-10đ/buổi'],
      ['3', 'Đánh lộn', 'Xếp loại chưa đạt'],
      ['XẾP LOẠI THI ĐUA', null, 'TỔNG ĐIỂM'],
      ['1', 'TỐT', '80 điểm trở lên'],
    ]);
    expect(criteria(set)).toEqual([['1', 'TC', 5, 'bonus'], ['2', 'TC', 10, 'deduction'], ['3', 'TC', 0, 'deduction']]);
    expect(at(notices, 'B3')).toEqual(['Dòng 3 ghi lại dòng tiêu đề: các dòng dưới nó đọc điểm theo cột «ĐIỂM TRỪ».']);
    expect(at(notices, 'C5')).toEqual(['Ô ghi «Xếp loại chưa đạt» thay cho điểm: giữ mục 3 làm tiêu chí chấm thủ công (điểm trừ), chưa có điểm tối đa (tạm tính 0); ghi «Điểm tối đa» trên trang tiêu chí nếu cần.']);
  });

  it('levels stepping down to 0 under an indicator’s words are one criterion; the maxima written above them said', () => {
    const { set, notices } = imported([
      ['Nội dung', 'Điểm'],
      ['Tiêu chí 1: Công tác giáo dục', '40'],
      ['Nội dung đánh giá: Học tập và làm theo', '8'],
      ['Các đơn vị tổ chức học tập các chuyên đề', null],
      ['Đủ 2 chuyên đề.', '4'],
      ['01 chuyên đề', '2'],
      ['Không đủ chuyên đề', '0'],
    ]);
    expect(groups(set)).toEqual([['1', 40]]);
    expect(criteria(set)).toEqual([['1.1', '1', 4, 'tiers']]);
    expect(at(notices, 'B3')).toEqual(['Mục 1.1 ghi 8 điểm, nhưng mức cao nhất của nó là 4: tính tối đa 4 điểm.']);
    expect(at(notices, 'B2').join(' ')).toContain('Mục 1 ghi 40 điểm, nhưng các mục con 1.1 cộng được 4');
  });

  it('codes of letters and a number («CC01») are items of one level, in a table with «Đơn vị tính» no other layout reads', () => {
    const { set } = imported([
      ['Mã', 'Nội dung', 'Điểm', 'Đơn vị tính', 'Ghi chú'],
      ['CC01', 'Đi học muộn', '-2', 'lượt', null],
      ['CC02', 'Nghỉ học không phép', '-5', 'học sinh', null],
      ['HT01', 'Hoa điểm 10', '2', 'tiết', null],
    ]);
    expect(criteria(set)).toEqual([['CC01', 'TC', 2, 'deduction'], ['CC02', 'TC', 5, 'deduction'], ['HT01', 'TC', 2, 'manual']]);
  });
});

describe('Word tables continued after a page or a heading', () => {
  it('joins a table whose first row is a header row of the table before it, as wide; leaves others apart', () => {
    const first = grid([['TIÊU CHÍ', 'NỘI DUNG', 'ĐIỂM CỘNG'], ['1', 'Đi học', '+5'], ['TIÊU CHÍ', 'NỘI DUNG', 'ĐIỂM TRỪ'], ['2', 'Trốn tiết', '-10']]);
    const next = { name: 'Bảng 2', values: [['TIÊU CHÍ', 'NỘI DUNG', 'ĐIỂM TRỪ'], ['3', 'Đi trễ', '-5']] };
    const other = { name: 'Bảng 3', values: [['NƠI NHẬN', 'CHỮ KÝ', ''], ['Như trên', '', '']] };
    const joined = joinContinuedTables([{ grid: first }, { grid: next }, { grid: other }]);
    expect(joined.map((t) => [t.grid.name, t.grid.values.length, t.continued])).toEqual([['Bảng 1', 6, ['Bảng 2']], ['Bảng 3', 2, []]]);
  });
});

describe('total rows in other words', () => {
  it('«Tổng điểm đánh giá | 100» under the last part is the table’s total, as the stated figures read it, not a criterion', () => {
    // A provincial statistics office's civil-servant form as its app prints it (Hưng Yên, danhgiakpi): its total row read
    // as a criterion IV.2 of 100 points beside the one KPI item, part IV «170», «Tổng … ghi 100; thidua đọc được 200».
    const { set, notices } = imported([
      ['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
      ['I', 'Phẩm chất chính trị, đạo đức, lối sống', null, null],
      ['1', 'Phẩm chất chính trị, phẩm chất đạo đức', '5', null],
      ['2', 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ', '5', null],
      ['II', 'Điểm kết quả thực hiện nhiệm vụ (KPI)', null, null],
      ['1', 'Kết quả thực hiện nhiệm vụ chuyên môn theo danh mục công việc', '90', null],
      [null, 'Tổng điểm đánh giá', '100', null],
      [null, 'Người tự đánh giá', null, null],
    ]);
    expect(criteria(set)).toEqual([['I.1', 'I', 5, 'manual'], ['I.2', 'I', 5, 'manual'], ['II.1', 'II', 90, 'manual']]);
    expect(notices.filter((n) => n.cell === 'A7')).toEqual([]);
  });

  it('a part’s total row between parts («Tổng điểm phần I | 10») is skipped, the parts after it read', () => {
    const { set } = imported([
      ['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
      ['I', 'Phẩm chất chính trị, đạo đức, lối sống', null, null],
      ['1', 'Phẩm chất chính trị, phẩm chất đạo đức', '5', null],
      ['2', 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ', '5', null],
      [null, 'Tổng điểm phần I', '10', null],
      ['II', 'Điểm kết quả thực hiện nhiệm vụ (KPI)', null, null],
      ['1', 'Kết quả thực hiện nhiệm vụ chuyên môn theo danh mục công việc', '90', null],
      [null, 'Tổng cộng', '100', null],
    ]);
    expect(criteria(set)).toEqual([['I.1', 'I', 5, 'manual'], ['I.2', 'I', 5, 'manual'], ['II.1', 'II', 90, 'manual']]);
  });
});

describe('the lowest a row scores, below zero', () => {
  // A university's conduct form as its app holds it (each criterion with a lowest and a highest, nguyenddat/QLDA_drl_back
  // database/backup/criteria.sql): its rows that only take points («-5 … 0») were criteria of 0 points, every figure said
  // to agree; its «-4 … 4» scored from 0 with nothing said. Written as one «Khung điểm» cell, the rows were read as 5, 10
  // and 5 points (parts II–IV said to add up to 30).
  const rows = (points: (lowest: number, most: number) => (string | null)[]) => [
    ['I', 'Đánh giá về ý thức tham gia học tập', ...points(0, 10)],
    ['1', 'Ý thức và thái độ trong học tập', ...points(0, 6)],
    ['2', 'Ý thức chấp hành tốt nội quy về các kỳ thi', ...points(-4, 4)],
    ['II', 'Đánh giá về ý thức chấp hành nội quy, quy chế', ...points(0, 15)],
    ['1', 'Thực hiện nghiêm túc các nội quy, quy chế', ...points(0, 15)],
    ['2', 'Thực hiện quy định về nội trú, ngoại trú', ...points(-5, 0)],
    [null, 'Tổng cộng', ...points(0, 25)],
  ];
  const expected = [['I.1', 'I', 6, 'manual'], ['I.2', 'I', 4, 'manual'], ['II.1', 'II', 15, 'manual'], ['II.2', 'II', 5, 'deduction']];

  it.each([
    ['in a column of its own «Điểm tối thiểu | Điểm tối đa»', ['STT', 'Nội dung đánh giá', 'Điểm tối thiểu', 'Điểm tối đa'], (lowest: number, most: number) => [String(lowest), String(most)], 'D7', 'C4'],
    // The same beside an office's «Điểm trừ» column (its layout; before, «-5 | 0» a criterion of 0 points, said only as a column not read).
    ['in a column of its own beside an office’s «Điểm trừ»', ['STT', 'Nội dung đánh giá', 'Điểm tối thiểu', 'Điểm tối đa', 'Điểm trừ'], (lowest: number, most: number) => [String(lowest), String(most), null], 'D7', 'C4'],
    ['in one «Khung điểm» cell («-5 – 0»)', ['STT', 'Nội dung đánh giá', 'Khung điểm'], (lowest: number, most: number) => [`${lowest} – ${most}`], 'C7', 'C4'],
  ])('%s: a row up to 0 a deduction, a row from below 0 scored from 0 and said', (_, header, points, deductionCell, rangeCell) => {
    const read = readCriteriaSheet(grid([header, ...rows(points)]), { fileName: 'phieu-ren-luyen.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(criteria(read.set)).toEqual(expected);
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(at(read.notices, deductionCell)).toEqual([expect.stringMatching(/^Mục II\.2 ghi .*: điểm trừ, trừ tối đa 5 điểm, không tính vào tổng điểm chuẩn\.$/)]);
    expect(at(read.notices, rangeCell)).toEqual([expect.stringMatching(/^Mục I\.2 ghi điểm từ -4 đến 4: chấm thủ công từ 0 đến 4 điểm; phần dưới 0 \(trừ đến 4 điểm\) không chấm được ở mục này/)]);
  });
});

describe('a group column in an office’s table', () => {
  it('«Mã | Chỉ tiêu | Nhóm | Điểm tối đa» with no heading rows: each row in the group its «Nhóm» names, coded by its criteria’s first number', () => {
    // A commune's DTI table as its app exports it (Tây Ninh, xuantruongnguyen230300-gif/PlatformManager): read as 62
    // criteria in one group «TC. Tiêu chí», the «Nhóm» column dropped without a word.
    const { set, notices } = imported([
      ['Mã', 'Chỉ tiêu', 'Nhóm', 'Điểm tối đa', 'Tự đánh giá'],
      ['1.1', 'Tỷ lệ người sử dụng có khả năng truy nhập Internet băng rộng', 'Hạ tầng và Nền tảng số', '10', '7'],
      ['1.2', 'Tỷ lệ phủ sóng mạng di động băng rộng 5G', 'Hạ tầng và Nền tảng số', '10', '7'],
      ['2.1', 'Tỷ lệ cán bộ được tập huấn kỹ năng số', 'Nhân lực số', '20', '20'],
      ['4.22.1', 'Triển khai nhiệm vụ truyền thông về chuyển đổi số', 'Hoạt động chính quyền số', '20', '10'],
      ['4.22.2', 'Có Tổ công nghệ số cộng đồng hoạt động', 'Hoạt động chính quyền số', '10', '10'],
    ]);
    expect(groups(set)).toEqual([['1', 20], ['2', 20], ['4', 30]]);
    expect(set.groups.map((g) => g.title)).toEqual(['Hạ tầng và Nền tảng số', 'Nhân lực số', 'Hoạt động chính quyền số']);
    expect(criteria(set).map(([code, group]) => `${code} ${group}`)).toEqual(['1.1 1', '1.2 1', '2.1 2', '4.22.1 4', '4.22.2 4']);
    expect(at(notices, 'A1')).toContainEqual(expect.stringMatching(/^Nhóm tiêu chí lấy từ cột «Nhóm»/));
  });
});

describe('a lone unnumbered row with points right under an item', () => {
  // «1 | Chấp hành thời gian | 5» over «Đạt ít nhất 90 phút | 5», then «2»: read as the item its number was left off
  // («2»), it pushed the next «2» to «2-2» and added 5 points, every figure said to agree.
  const table = (header: string[], under: number, next: string) => [
    header,
    ['1', 'Chấp hành thời gian sinh hoạt', '5'],
    [null, 'Đạt ít nhất 90 phút', String(under)],
    [next, 'Tỉ lệ đảng viên dự họp', '5'],
  ];
  const read = (values: (string | null)[][]) => {
    const r = readCriteriaSheet(grid(values), { fileName: 'phieu.xlsx' });
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    return r;
  };
  const layouts = [['our own table’s layout', ['STT', 'Nội dung', 'Điểm tối đa']], ['an office’s layout', ['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm trừ']]] as const;

  it.each(layouts)('%s: of the item’s own points, the numbering going on after it, it is how the item is measured', (_, header) => {
    const r = read(table([...header], 5, '2'));
    expect(criteria(r.set).map(([code, , points]) => `${code} ${points}`)).toEqual(['1 5', '2 5']);
    expect(r.set.criteria[0]!.note).toContain('Đạt ít nhất 90 phút');
    expect(r.notices.map((n) => n.message)).toContainEqual(expect.stringMatching(/Đạt ít nhất 90 phút|dòng đánh số sau nó là «2»/));
  });

  it.each(layouts)('%s: of other points, the numbering going on, it is not the next item and the difference is said', (_, header) => {
    const r = read(table([...header], 3, '2'));
    expect(r.set.criteria.map((c) => c.code)).not.toContain('2-2');
    expect(r.reconciliation.agrees).toBe(false);
  });

  it.each(layouts)('%s: the numbering skipping one there, it is the item left out', (_, header) => {
    const r = read(table([...header], 5, '3'));
    expect(criteria(r.set).map(([code, , points]) => `${code} ${points}`)).toEqual(['1 5', '2 5', '3 5']);
  });
});

describe('a civil-servant form as a hospital’s app draws it (Decree 335 Mẫu 01, huykyx3-oss/bv-danh-gia-cbvc-odoo19)', () => {
  it('«Nhóm 1 | … | Tối đa: 10 điểm» over items numbered from 1 again: three groups, not «Nhóm 2» a criterion inside «Nhóm 1»', () => {
    // Before: one group «Nhóm 1» holding everything, «Nhóm 2» and «Nhóm 3» criteria of 10, two items dropped (said).
    const { set } = imported([
      ['TT', 'Tiêu chí', 'Điểm', 'Nhân viên tự chấm'],
      ['Nhóm 1', 'Phẩm chất chính trị, đạo đức', 'Tối đa: 10 điểm', null],
      ['1', 'Phẩm chất chính trị, phẩm chất đạo đức', '5 điểm', null],
      ['2', 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ', '5 điểm', null],
      ['Nhóm 2', 'Năng lực chuyên môn, nghiệp vụ', 'Tối đa: 10 điểm', null],
      ['1', 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm', '5 điểm', null],
      ['2', 'Tinh thần trách nhiệm trong thực thi công vụ', '5 điểm', null],
    ]);
    expect(groups(set)).toEqual([['N1', 10], ['N2', 10]]);
    expect(criteria(set).map(([code, group]) => `${code} ${group}`)).toEqual(['N1.1 N1', 'N1.2 N1', 'N2.1 N2', 'N2.2 N2']);
  });

  it('«Phần II | Kết quả thực hiện nhiệm vụ | 70» after groups I–III (its part I the form’s title): a part beside them, not a row of III.4', () => {
    // Before: read as III.4.II of 70 points, III.4 no criterion, group III «các mục cộng được 77,5: tính 10», base 30.
    const read = readCriteriaSheet(grid([
      ['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
      ['I', 'Phẩm chất chính trị, đạo đức', '10', null],
      ['I.1', 'Phẩm chất chính trị, phẩm chất đạo đức', '5', null],
      ['I.2', 'Ý thức kỷ luật, kỷ cương', '5', null],
      ['II', 'Năng lực chuyên môn, nghiệp vụ', '10', null],
      ['II.1', 'Năng lực chuyên môn theo vị trí việc làm', '10', null],
      ['Phần II', 'Kết quả thực hiện nhiệm vụ', '70', null],
      ['a)', 'Số lượng thực hiện chỉ tiêu, nhiệm vụ chuyên môn', null, null],
      ['b)', 'Chất lượng kết quả thực hiện nhiệm vụ', null, null],
      [null, 'Tổng điểm', '90', null],
    ]), { fileName: 'mau-01.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.criteria.map((c) => c.maxPoints)).toEqual([5, 5, 10, 70]);
    expect(read.set.criteria.slice(0, 3).map((c) => c.code)).toEqual(['I.1', 'I.2', 'II.1']);
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
  });
});

describe('a numbered section’s maximum in its words', () => {
  it('«4 | Công tác tổ chức … (10 điểm)» over «4.1»…«4.4» of 3 each: the section capped at 10 as its words say, held by the figures', () => {
    // A city education department's IT table (cntt-truong-hoc) with each section's maximum moved into its words: section
    // 4 was read as 12 and the set as 102, every figure said to agree («✔ (19 mục)», no section counted).
    const read = readCriteriaSheet(grid([
      ['STT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm'],
      ['1', 'Ứng dụng CNTT trong công tác quản lý, điều hành (10 điểm)', null, null],
      ['1.1', 'Hoàn thành CSDL đầy đủ, đúng thời gian', '5', null],
      ['1.2', 'Sử dụng sổ điểm điện tử', '5', null],
      ['2', 'Công tác tổ chức thực hiện nhiệm vụ CNTT (10 điểm)', null, null],
      ['2.1', 'Xây dựng kế hoạch', '3', null],
      ['2.2', 'Ban hành quyết định phân công', '3', null],
      ['2.3', 'Đảm bảo hạ tầng CNTT', '3', null],
      ['2.4', 'Chủ động triển khai mô hình', '3', null],
    ]), { fileName: 'cntt.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(groups(read.set)).toEqual([['1', 10], ['2', 10]]);
    expect(read.reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.code, f.figure.value, f.reads])).toEqual([['1', 10, 10], ['2', 10, 10]]);
    expect(at(read.notices, 'B5')).toEqual([expect.stringMatching(/^Nhóm 2 .* ghi 10 điểm, nhưng các tiêu chí trong nhóm cộng được 12: nhóm tính tối đa 10 điểm/)]);
  });
});

describe('a table with no numbers whose rows fall into runs by their figures', () => {
  // An officer's copy of a school IT table with its STT column left out: each section's row worth what its items add up
  // to, read as a criterion beside them — 202 where the table gives 100, every figure said to agree.
  const table = (last: string) => [
    ['Nội dung', 'Điểm chuẩn', 'Tự chấm'],
    ['Ứng dụng CNTT trong dạy học', '10', null],
    ['Tổ chức dạy học trực tuyến', '5', null],
    ['Kiểm tra trực tuyến', '5', null],
    ['Ứng dụng CNTT trong quản lý', '10', null],
    ['Cơ sở dữ liệu ngành', '6', null],
    ['Sổ điểm điện tử', last, null],
  ];

  it('says the rows that may be headings, and the reconciliation holds their figures as doubts (no guess: each row still a criterion)', () => {
    const read = readCriteriaSheet(grid(table('4')), { fileName: 'cntt.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.criteria).toHaveLength(6);
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.figure.cell)).toEqual(['B2', 'B5']);
    expect(at(read.notices, 'B2')).toEqual([expect.stringContaining('dòng 2 (10 điểm, bằng dòng 3–4 cộng lại); dòng 5 (10 điểm, bằng dòng 6–7 cộng lại): các dòng đó có thể là tiêu đề phần')]);
  });

  it('says nothing when the rows do not fall into two runs or more', () => {
    const read = readCriteriaSheet(grid(table('3')), { fileName: 'cntt.xlsx' });
    if (!read.ok) throw new Error('not read');
    expect(read.reconciliation.agrees).toBe(true);
    expect(read.notices.filter((n) => n.message.includes('tiêu đề phần'))).toEqual([]);
  });
});

describe('levels as an academy’s conduct form writes them (nguyenthang13dev/ON-DRL «Phiếu điểm rèn luyện.docx»)', () => {
  it('«+ Bị xử lý kỷ luật | 0 điểm/lần» is a level of 0; an unmarked «… | 0» after «+» levels stepping down is their last level', () => {
    // Before: 2.6 read as two criteria «+ Chấp hành tốt» 5 and «+ Bị xử lý kỷ luật» 0 («Chưa đọc được «0 điểm/lần»»);
    // 5.1's role lines (here 3.1) 5 / 4 / 3 as three criteria added up, the 2-point line a heading over the 0 row.
    const read = readCriteriaSheet(grid([
      ['TT', 'Nội dung đánh giá', 'Khung điểm', 'SV tự đánh giá'],
      ['II', 'ĐÁNH GIÁ VỀ Ý THỨC CHẤP HÀNH NỘI QUY', '0 ÷ 5 điểm', null],
      ['2.6', 'Chấp hành các nội quy, quy chế khác của Học viện', null, null],
      [null, '+ Chấp hành tốt, không vi phạm', '+5 điểm', null],
      [null, '+ Bị xử lý kỷ luật', '0 điểm/lần', null],
      ['III', 'ĐÁNH GIÁ VỀ CÔNG TÁC PHỤ TRÁCH LỚP', '0 ÷ 10 điểm', null],
      ['3.1', 'Sinh viên được phân công quản lý lớp hoàn thành tốt nhiệm vụ', null, null],
      [null, '+ Bí thư; Chi ủy viên chi bộ Đảng', '+5 điểm', null],
      [null, '+ Bí thư chi đoàn, Lớp trưởng', '+4 điểm', null],
      [null, '+ Phó bí thư chi đoàn, Lớp phó', '+3 điểm', null],
      [null, '+ Thành viên tích cực của các CLB', '+2 điểm', null],
      [null, 'Hoạt động kém hiệu quả hoặc không gương mẫu', '0 điểm', null],
      ['3.2', 'Được khen thưởng', '5', null],
    ]), { fileName: 'phieu-ren-luyen.docx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    const levels = (code: string) => {
      const rule = read.set.criteria.find((c) => c.code === code)!.rule;
      return rule.kind === 'tiers' ? rule.tiers.map((t) => t.points) : rule.kind;
    };
    expect(read.set.criteria.map((c) => c.code)).toEqual(['2.6', '3.1', '3.2']);
    expect([levels('2.6'), levels('3.1')]).toEqual([[5, 0], [5, 4, 3, 2, 0]]);
    expect(groups(read.set)).toEqual([['II', 5], ['III', 10]]);
  });
});

describe('a roman section’s maximum written as points or in its words', () => {
  // A school's conduct form (hanh-kiem-sv, its V here II) with its points typed as «10 điểm», or its sections' maxima in their words:
  // section V's two alternatives («Hoặc» between them) lost V's cap of 10, read as 20 and the form as 110 (said).
  const form = (v: [string, string]) => [
    ['Mã', 'Tiêu chí', 'Điểm tối đa'],
    ['I.', 'ĐÁNH GIÁ VỀ Ý THỨC THAM GIA HỌC TẬP', '20 điểm'],
    ['1', 'Ý thức và thái độ trong học tập', '20 điểm'],
    [`II.`, `ĐÁNH GIÁ VỀ CÔNG TÁC CÁN BỘ LỚP${v[0]}`, v[1]],
    ['1', 'Tham gia làm cán bộ lớp, cán bộ đoàn', '10 điểm'],
    ['Hoặc', null, null],
    ['2', 'Sinh viên đạt thành tích đặc biệt trong học tập', '10 điểm'],
    [null, 'Tổng', '30'],
  ];
  it.each([
    ['as points in its cell («10 điểm»)', ['', '10 điểm']],
    ['in its words («(10 điểm)»)', [' (10 điểm)', '']],
  ] as const)('%s: the section capped at 10, every figure agreeing', (_, v) => {
    const read = readCriteriaSheet(grid(form([...v])), { fileName: 'hanh-kiem.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(groups(read.set)).toEqual([['I', 20], ['II', 10]]);
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
  });
});

describe('rows each worth points that add up to their item, inside a section', () => {
  // Read as the item's parts in a table without sections, the same rows under a roman section were the item's scoring
  // guide — one criterion, the rows' points in its note — while the note of the unmarked rows said they were read as parts.
  const rows = (mark: string): (string | null)[][] => [
    ['STT', 'Nội dung tiêu chí', 'Điểm tối đa'],
    ['I', 'Công tác chỉ đạo', '20'],
    ['1', 'Ban hành kế hoạch chuyển đổi số', '10'],
    [null, `${mark}Ban hành kế hoạch năm`, '5'],
    [null, `${mark}Ban hành kế hoạch giai đoạn`, '5'],
    ['2', 'Kiểm tra, đánh giá', '10'],
    ['II', 'Hạ tầng số', '30'],
    ['1', 'Máy tính kết nối mạng', '15'],
    ['2', 'Wifi công cộng', '15'],
    [null, 'Tổng cộng', '50'],
  ];
  it.each([['unmarked', ''], ['«-»', '- '], ['«+»', '+ ']])('%s: the item’s parts, each scored on its row, and no notice calls them a guide', (_, mark) => {
    const { set, notices } = imported(rows(mark));
    expect(criteria(set)).toEqual([['I.1.a', 'I', 5, 'manual'], ['I.1.b', 'I', 5, 'manual'], ['I.2', 'I', 10, 'manual'], ['II.1', 'II', 15, 'manual'], ['II.2', 'II', 15, 'manual']]);
    expect(notices.filter((n) => /hướng dẫn chấm/.test(n.message))).toEqual([]);
  });

  it('a row worth nothing among them («- Không có 0») keeps them the item’s guide', () => {
    const values = rows('- ');
    values.splice(4, 0, [null, '- Không có kế hoạch', '0']);
    const { set, notices } = imported(values);
    expect(criteria(set).slice(0, 2)).toEqual([['I.1', 'I', 10, 'manual'], ['I.2', 'I', 10, 'manual']]);
    expect(at(notices, 'A3')).toEqual([expect.stringMatching(/^Mục I\.1: các dòng gạch đầu dòng dưới nó \(3 dòng\) là hướng dẫn chấm của mục/)]);
  });
});

describe('two name columns, a row named only in the second', () => {
  // A province's annex for the «Thôn, tổ dân phố văn hóa» title (Ninh Bình): 4.1 and 4.2 written only under «Nội dung
  // tiêu chuẩn»; and a new-countryside scoring (Đắk Lắk QĐ 2126/QĐ-UBND 2014) numbering its items inside «Nội dung tiêu
  // chí», «Tên tiêu chí» left to the criterion's name. Read nameless («4.a — 4.a»), the second as 340 points under ✔.
  it('takes the row’s name, and its number, from the other name column', () => {
    const village = readCriteriaSheet(grid([
      ['Tên tiêu chuẩn', 'Nội dung tiêu chuẩn', 'Điểm'],
      ['I. Đời sống kinh tế ổn định và phát triển (20 điểm)', null, null],
      ['1. Tỉ lệ người lao động có việc làm', 'Tỉ lệ người lao động có việc làm trên dân số trong độ tuổi', '5'],
      ['2. Tỉ lệ hộ nghèo, hộ cận nghèo thấp', 'Tỉ lệ hộ nghèo đa chiều thấp hơn bình quân của xã', '5'],
      ['3. Phát triển ngành nghề truyền thống', null, '3'],
      ['4. Tham gia các phong trào phát triển kinh tế', null, '7'],
      [null, '4.1. Có từ 85% hộ gia đình hưởng ứng tham gia các phong trào thi đua', '4'],
      [null, '4.2. Có từ 85% hộ gia đình tham gia đầy đủ các hoạt động', '3'],
    ]), { fileName: 'thon-van-hoa.xlsx' });
    if (!village.ok) throw new Error(village.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(village.set.criteria.map((c) => [c.code, c.title, c.maxPoints])).toEqual([
      ['1', 'Tỉ lệ người lao động có việc làm', 5], ['2', 'Tỉ lệ hộ nghèo, hộ cận nghèo thấp', 5], ['3', 'Phát triển ngành nghề truyền thống', 3],
      ['4.1', 'Có từ 85% hộ gia đình hưởng ứng tham gia các phong trào thi đua', 4], ['4.2', 'Có từ 85% hộ gia đình tham gia đầy đủ các hoạt động', 3],
    ]);
    const planningRows: (string | null)[][] = [
      ['TT', 'Tên tiêu chí', 'Nội dung tiêu chí', 'Chỉ tiêu chung', 'Điểm chuẩn'],
      ['I', 'QUY HOẠCH', null, null, null],
      ['1', 'Quy hoạch và thực hiện quy hoạch', null, null, null],
      [null, null, '1. Lập nhiệm vụ quy hoạch', 'Đạt', '8'],
      [null, null, '1.1. Thuyết minh nhiệm vụ quy hoạch.', null, '5'],
      [null, null, '1.2. Lấy ý kiến của cộng đồng dân cư.', null, '3'],
      [null, null, '2. Cắm mốc chỉ giới', 'Đạt', '5'],
      [null, null, '2.1. Đã lập hồ sơ cắm mốc.', null, '2'],
      [null, null, '2.2. Chưa phê duyệt và thực hiện cắm mốc.', null, '3'],
    ];
    const planning = readCriteriaSheet(grid(planningRows), { fileName: 'nong-thon-moi.xlsx' });
    if (!planning.ok) throw new Error(planning.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(planning.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1.1', 5], ['1.2', 3], ['2.1', 2], ['2.2', 3]]);
    expect(planning.set.criteria.every((c) => c.title !== c.code && c.title.length > 10)).toBe(true);
    // Its items' own rows («1. Lập nhiệm vụ quy hoạch | 8» over 1.1 and 1.2) state what their parts add up to: held so,
    // not said as figures no criterion holds; one that does not add up is said at its cell.
    expect(planning.reconciliation.figures.filter((f) => f.figure.row === 4 || f.figure.row === 7).map((f) => [f.figure.cell, f.agrees])).toEqual([['E4', true], ['E7', true]]);
    expect(planning.reconciliation.agrees).toBe(true);
    const misstated = readCriteriaSheet(grid(planningRows.map((r) => (r[2] === '2. Cắm mốc chỉ giới' ? [...r.slice(0, 4), '6'] : r))), { fileName: 'nong-thon-moi.xlsx' });
    if (!misstated.ok) throw new Error(misstated.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(misstated.reconciliation.agrees).toBe(false);
    expect(misstated.reconciliation.figures.find((f) => f.figure.cell === 'E7')?.text).toMatch(/«Cắm mốc chỉ giới» ghi 6 điểm \(ô E7\); thidua đọc được 5 — các mục của nó \(dòng 7–9\) cộng được 5/);
    // Its total row «Cộng tiêu chí 1 (1 + 2)» is the criterion's total, held against what was read — not an item.
    const totalled = readCriteriaSheet(grid([
      ['TT', 'Tên tiêu chí', 'Nội dung tiêu chí', 'Chỉ tiêu chung', 'Điểm chuẩn'],
      ['I', 'QUY HOẠCH', null, null, null],
      [null, null, '1.1. Thuyết minh nhiệm vụ quy hoạch.', null, '5'],
      [null, null, '1.2. Lấy ý kiến của cộng đồng dân cư.', null, '3'],
      [null, 'Cộng tiêu chí 1 (1.1 + 1.2)', null, null, '8'],
    ]), { fileName: 'nong-thon-moi.xlsx' });
    if (!totalled.ok) throw new Error(totalled.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(totalled.set.criteria.map((c) => c.maxPoints)).toEqual([5, 3]);
    expect(totalled.reconciliation.figures.find((f) => f.figure.kind === 'total')?.agrees).toBe(true);
  });
});

describe('an unnumbered row over rows marked «+»', () => {
  // A «Thôn văn hóa» annex retyped without its numbers (Ninh Bình): «Tham gia … phát triển kinh tế | 7 điểm» over two
  // «+ Có từ 85% …» rows of 4 and 3. Its 7 was said as a figure no criterion holds.
  const village = (parent: string) => [
    ['Tiêu chuẩn / nội dung', 'Điểm tối đa', 'Thôn tự chấm'],
    ['I. Đời sống kinh tế ổn định và phát triển', '20 điểm', null],
    ['Tỉ lệ người trong độ tuổi lao động có việc làm', '5 điểm', null],
    ['Tỉ lệ hộ nghèo, hộ cận nghèo thấp', '5 điểm', null],
    ['Phát triển ngành nghề truyền thống', '3 điểm', null],
    ['Tham gia, hưởng ứng các phong trào phát triển kinh tế', parent, null],
    ['+ Có từ 85% hộ gia đình hưởng ứng tham gia các phong trào thi đua', '4 điểm', null],
    ['+ Có từ 85% hộ gia đình tham gia đầy đủ các hoạt động', '3 điểm', null],
    ['Tổng cộng', '20 điểm', null],
  ];
  it('states what the rows under it add up to, held so', () => {
    const read = imported(village('7 điểm'));
    expect(read.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 5], ['I.2', 5], ['I.3', 3], ['I.4.a', 4], ['I.4.b', 3]]);
    expect(read.reconciliation.figures.find((f) => f.figure.cell === 'B6')?.text).toBe('Mục ở dòng 6 ghi 7 điểm (ô B6); thidua đọc được 7 ✔ (cộng các mục I.4.a, I.4.b)');
    expect(read.reconciliation.agrees).toBe(true);
  });
});

describe('points so many each time, said only in «Ghi chú»', () => {
  // A bank branch's quarterly form (Agribank, «A = I + II + III − IV + V»): the points cell holds one occurrence's
  // points, the note says per what. Read as a fixed 3 (a unit with two new payroll clients got 3, not 6), under ✔.
  const form = [BANK_QUARTER_HEADER, ...BANK_QUARTER_PARTS];
  it('reads them per occurrence, up to the part, said at the note; the points cell held as each time’s', () => {
    const { set, notices, reconciliation } = imported(form);
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind, 'pointsEach' in c.rule ? c.rule.pointsEach : null])).toEqual([
      ['III.1', 5, 'bonus', null], ['III.2', 3, 'bonus', null], ['III.3', 10, 'bonus', 3],
      ['IV.1', 2, 'deduction', null], ['IV.2', 10, 'deduction', 2],
      ['V.1', 5, 'bonus', 3], ['V.2', 5, 'bonus', null],
    ]);
    expect(at(notices, 'D5')).toEqual(['Mục III.3: được 3 điểm mỗi đơn vị, tối đa 10 điểm (bằng điểm tối đa của phần chứa nó): đơn vị ghi số đơn vị.']);
    expect(at(notices, 'D8')).toEqual(['Mục IV.2: trừ 2 điểm mỗi biên bản kết luận có tồn tại sai sót, tối đa 10 điểm (bằng điểm tối đa của phần chứa nó): đơn vị ghi số biên bản kết luận có tồn tại sai sót.']);
    expect(reconciliation.figures.find((f) => f.figure.cell === 'C5')?.text).toBe('Mục 3 ghi 3 điểm (ô C5); thidua đọc được 3 ✔ (3 điểm mỗi đơn vị, mục III.3 tối đa 10 điểm)');
    // Every figure held; the form has no base of its own (its I and II are another sheet's), which is said first.
    expect(reconciliation.figures.filter((f) => !f.agrees)).toEqual([]);
    expect(reconciliation.summary).toMatch(/^Không dòng nào được đọc vào tổng điểm chuẩn/);
  });
});

describe('a DTI structure as a ministry issues it', () => {
  // Bảng I.1 of QĐ 922/QĐ-BTTTT (the provincial DTI): «Chỉ số chính» names the indices, «Tổng điểm (1000)» their points.
  // Refused for want of a «Nội dung» and an «Điểm tối đa» column.
  it('«Chỉ số chính» is the content, «Tổng điểm (1000)» each row’s points; the count of sub-indices said as not read', () => {
    const read = readCriteriaSheet(grid([
      ['STT', 'Chỉ số chính', 'Chỉ số thành phần', 'Tổng điểm (1000)', 'Ghi chú'],
      ['I', 'Nhóm chỉ số nền tảng chung', '56', '500', null],
      ['1', 'Nhận thức số', '10', '100', null], ['2', 'Thể chế số', '11', '100', null], ['3', 'Hạ tầng số', '7', '100', null],
      ['4', 'Nhân lực số', '13', '100', null], ['5', 'An toàn thông tin mạng', '12', '100', null], ['6', 'Đô thị thông minh', '3', '0', 'Không tính điểm'],
      ['II', 'Nhóm chỉ số hoạt động', '42', '500', null],
      ['7', 'Hoạt động chính quyền số', '22', '200', null], ['8', 'Hoạt động kinh tế số', '12', '150', null], ['9', 'Hoạt động xã hội số', '8', '150', null],
      ['Tổng cộng', null, '98', '1000', null],
    ]), { fileName: 'dti-tinh.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(groups(read.set)).toEqual([['I', 500], ['II', 500]]);
    expect(read.set.criteria.map((c) => c.maxPoints)).toEqual([100, 100, 100, 100, 100, 0, 200, 150, 150]);
    expect(read.reconciliation.summary).toMatch(/^Cột C \(«Chỉ số thành phần», ô C1\) ghi 12 số mà thidua không đọc/);
  });
});

describe('rows that add or take, as apps mark them', () => {
  // A teacher-emulation app's grid (vietanh2017/quanlytruonghoc, seeds/thi_dua_gv_seed.py, as its «Quản lý tiêu chí»
  // tab shows it): its «Loại» column marks the rows taken. Read as 150 points of criteria, every figure said to agree.
  const grid7 = (header: string[], rows: (string | null)[][]) => [header, ...rows];
  const teacher = [
    ['1', 'TC01', 'Soạn bài đầy đủ, đúng phân phối', '10.0', '✅ Cộng'],
    ['2', 'TC02', 'Lên lớp đúng giờ, đầy đủ', '10.0', '✅ Cộng'],
    ['3', 'TC11', 'Đi muộn/ về sớm (mỗi lần)', '5.0', '❌ Trừ'],
    ['4', 'TC12', 'Bỏ tiết, dạy thay không phép', '10.0', 'Trừ điểm'],
  ];
  it('our own layout: a row marked «Trừ» in «Loại» is a deduction of its points, said at the mark', () => {
    const { set, notices } = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Loại'], teacher));
    expect(criteria(set)).toEqual([['TC01', 'TC', 10, 'manual'], ['TC02', 'TC', 10, 'manual'], ['TC11', 'TC', 5, 'deduction'], ['TC12', 'TC', 10, 'deduction']]);
    expect(groups(set)).toEqual([['TC', 20]]);
    expect(at(notices, 'E4')).toEqual(['Mục TC11 ghi «❌ Trừ» ở cột «Loại»: điểm trừ, trừ tối đa 5 điểm, không tính vào tổng điểm chuẩn.']);
  });

  it('an office’s layout: the same mark read the same way', () => {
    const { set, notices } = imported(grid7(['STT', 'Nội dung tiêu chí', 'Điểm', 'Loại'], teacher.map(([n, , title, points, sign]) => [n!, title!, points!, sign!])));
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['1', 10, 'manual'], ['2', 10, 'manual'], ['3', 5, 'deduction'], ['4', 10, 'deduction']]);
    expect(at(notices, 'D5')).toEqual(['Mục 4 ghi «Trừ điểm» ở cột «Loại»: điểm trừ, trừ tối đa 10 điểm, không tính vào tổng điểm chuẩn.']);
  });

  it('a mark typed once over merged rows stands on each of them, in both layouts', () => {
    const rows = teacher.map(([n, code, title, points], k) => [n!, code!, title!, points!, k === 0 ? '✅ Cộng' : k === 2 ? '❌ Trừ' : null]);
    const own = readCriteriaSheet({ ...grid([['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Loại'], ...rows]), merges: ['E2:E3', 'E4:E5'] }, { fileName: 'gv.xlsx' });
    const office = readCriteriaSheet({ ...grid([['STT', 'Nội dung tiêu chí', 'Điểm', 'Loại'], ...rows.map(([n, , title, points, sign]) => [n!, title!, points!, sign ?? null])]), merges: ['D2:D3', 'D4:D5'] }, { fileName: 'gv.xlsx' });
    for (const read of [own, office]) {
      if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
      expect(read.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'deduction', 'deduction']);
    }
  });

  it('«Điểm thưởng», «Khen thưởng» add on top; «(-)», «❌», «Vi phạm» take; a «Tính chất» column is read as «Loại»; «Cộng» rows beside «Trừ» ones said', () => {
    const marked = (header: string, marks: string[]) => imported(grid7(['STT', 'Nội dung tiêu chí', 'Điểm', header], teacher.map(([n, , title, points], k) => [n!, title!, points!, marks[k]!])));
    expect(marked('Loại', ['Cộng', 'Điểm thưởng', '(-)', 'Vi phạm']).set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'bonus', 'deduction', 'deduction']);
    expect(marked('Tính chất', ['✅', 'Khen thưởng', '❌', '❌']).set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'bonus', 'deduction', 'deduction']);
    const { notices } = marked('Loại', ['✅ Cộng', '✅ Cộng', '❌ Trừ', '❌ Trừ']);
    expect(at(notices, 'D1')).toEqual(['Cột «Loại»: 2 dòng ghi «✅ Cộng» được tính vào tổng điểm chuẩn, dòng ghi «❌ Trừ» là điểm trừ. Nếu các dòng «✅ Cộng» là điểm cộng thêm ngoài tổng (điểm thưởng), ghi «Điểm thưởng» ở cột này rồi nhập lại.']);
  });

  it('«Cộng» rows read in the base beside «Trừ» ones: doubted first in the reconciliation, unless a total the table writes is that base', () => {
    const rows = teacher.map(([n, code, title, points], k) => [n!, code!, title!, points!, k < 2 ? '✅ Cộng' : '❌ Trừ']);
    const bare = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Loại'], rows));
    const totalled = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Loại'], [...rows, [null, null, 'Tổng điểm chuẩn', '20', null]]));
    expect(bare.reconciliation.agrees).toBe(false);
    expect(bare.reconciliation.summary).toMatch(/^Cột «Loại» \(ô E1\) ghi cả «✅ Cộng» và «❌ Trừ»: 2 dòng «✅ Cộng» được đọc vào tổng điểm chuẩn \(20 điểm\), không phải điểm cộng thêm/);
    expect(totalled.reconciliation.agrees).toBe(true);
    // A «Cộng điểm» row its signed points made a bonus («+3», an app's chips) is not one read in the base.
    const chipsMarked = imported(grid7(['STT', 'Nội dung', 'Điểm', 'Loại'], [['1', 'Đi học trễ', '-2', 'Trừ điểm'], ['2', 'Giúp đỡ bạn', '+3', 'Cộng điểm']]));
    expect(chipsMarked.reconciliation.summary).not.toMatch(/Cột «Loại»/);
    expect(chipsMarked.notices.filter((n) => n.cell === 'D1')).toEqual([]);
  });

  it('a «Loại» column retyped without its header is read by its marks, said at its header cell, in both layouts', () => {
    const own = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', ''], teacher.map(([n, code, title, points, sign]) => [n!, code!, title!, points!, sign!])));
    const office = imported(grid7(['STT', 'Nội dung tiêu chí', 'Điểm', ''], teacher.map(([n, , title, points, sign]) => [n!, title!, points!, sign!])));
    for (const [read, cell] of [[own, 'E1'], [office, 'D1']] as const) {
      expect(read.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'deduction', 'deduction']);
      expect(at(read.notices, cell)[0]).toBe(`Cột ${cell[0]} không có tiêu đề nhưng mỗi dòng ghi «✅ Cộng», «❌ Trừ», «Trừ điểm»: đọc như cột «Loại» (dòng ghi trừ là điểm trừ, dòng ghi điểm thưởng là điểm cộng thêm). Ghi «Loại» ở ô ${cell} nếu đúng như vậy.`);
      expect(read.reconciliation.agrees).toBe(false);
    }
    // A blank-headed column of other words (a unit's remarks) is no «Loại» column.
    const remarks = imported(grid7(['STT', 'Nội dung tiêu chí', 'Điểm', ''], teacher.map(([n, , title, points], k) => [n!, title!, points!, k % 2 === 0 ? 'Trừ điểm' : 'Xem lại'])));
    expect(remarks.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'manual', 'manual']);
  });

  it('«(+3)» closing a row’s words adds its points on top where other rows’ words take theirs, in both layouts; alone it is the row’s own points', () => {
    const rows = [['1', 'C1', 'Đi học trễ (-2)', '2'], ['2', 'C2', 'Xả rác (-3)', '3'], ['3', 'C3', 'Giúp đỡ bạn (+3)', '3'], ['4', 'C4', 'Thành tích cấp trường (cộng 5 điểm)', '5']];
    const own = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa'], rows));
    const office = imported(grid7(['STT', 'Nội dung', 'Điểm'], rows.map(([n, , t, p]) => [n!, t!, p!])));
    for (const read of [own, office]) expect(read.set.criteria.map((c) => [c.maxPoints, c.rule.kind])).toEqual([[2, 'deduction'], [3, 'deduction'], [3, 'bonus'], [5, 'bonus']]);
    expect(at(office.notices, 'C4')).toEqual(['Mục 3 ghi «Giúp đỡ bạn (+3)» (tên mục ghi là điểm cộng): điểm cộng thêm, cộng tối đa 3 điểm, không tính vào tổng điểm chuẩn.']);
    const alone = imported(grid7(['STT', 'Nội dung', 'Điểm'], [['1', 'Ban hành kế hoạch (+5)', '5'], ['2', 'Kiểm tra', '5']]));
    expect(alone.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual']);
  });

  // A city's «dân vận» scale (Cần Thơ QĐ 2579, Điều 4): its bonus and deduction are rows of their own, named so, no total
  // row under them. Read as a base of 103 (or 106 with «Tối đa 03 điểm»), every figure said to agree.
  it('rows named «Điểm thưởng: …» or «Điểm trừ» add on top and take, in both layouts; an item «Khen thưởng» in a scored part stays in it', () => {
    const rows = (bonus: string, deduction: string, points: string) => [
      ['1', 'Công tác tổ chức và cụ thể hóa các văn bản về công tác dân vận', '10'],
      ['2', 'Công tác tham mưu, tổ chức thực hiện công tác dân vận', '90'],
      ['3', bonus, points],
      ['4', deduction, points],
    ];
    for (const [bonus, deduction, points] of [['Điểm thưởng: Tối đa (03 điểm)', 'Điểm trừ: Tối đa (03 điểm)', '3'], ['Điểm thưởng (căn cứ kết quả công nhận mô hình «Dân vận khéo»)', 'Điểm trừ', 'Tối đa 03 điểm'], ['Điểm thưởng "Dân vận khéo"', 'Điểm trừ', '3']]) {
      const own = imported(grid7(['STT', 'Tiêu chí', 'Điểm tối đa'], rows(bonus!, deduction!, points!)));
      const office = imported(grid7(['STT', 'Nội dung', 'Điểm'], rows(bonus!, deduction!, points!)));
      for (const read of [own, office]) expect(read.set.criteria.map((c) => [c.maxPoints, c.rule.kind])).toEqual([[10, 'manual'], [90, 'manual'], [3, 'bonus'], [3, 'deduction']]);
    }
    // A commune's self-scoring retyped without its number column: «Điểm trừ» after the bonus is beside it, not its row.
    const unnumbered = imported(grid7(['Nội dung', 'Thang điểm', 'Tự chấm'], rows('Điểm thưởng "Dân vận khéo"', 'Điểm trừ', '3').map(([, title, points], k) => [title!, k === 2 ? '+3 điểm' : k === 3 ? '-3 điểm' : `${points} điểm`, null])));
    expect(unnumbered.set.criteria.map((c) => [c.maxPoints, c.rule.kind])).toEqual([[10, 'manual'], [90, 'manual'], [3, 'bonus'], [3, 'deduction']]);
    expect(unnumbered.reconciliation.agrees).toBe(true);
    const form = imported(grid7(['STT', 'Nội dung', 'Điểm'], [['1', 'Ý thức công dân trong quan hệ cộng đồng', '7'], ['1.1', 'Chấp hành chính sách, pháp luật', '5'], ['1.2', 'Khen thưởng', '2']]));
    expect(form.set.criteria.map((c) => [c.code, c.rule.kind])).toEqual([['1.1', 'manual'], ['1.2', 'manual']]);
  });

  // A school's «R-point» scale (Thang 120 điểm): rows without numbers under «II. ĐIỂM THƯỞNG (TỐI ĐA 20 ĐIỂM)». The first
  // was read as a part of its own («Thưởng …»), the second as its only row: one bonus of 10 where the table has two.
  it('unnumbered rows with points under a bonus part are its rows, one after the other, whatever their words', () => {
    for (const prefix of ['Thưởng ', '']) {
      const { set } = imported(grid7(['Tiêu chí đánh giá', 'Điểm tối đa', 'Quy định trừ / cộng'], [
        ['I. ĐIỂM RÈN LUYỆN (TỐI ĐA 100 ĐIỂM)', null, null],
        ['Chuyên cần học tập', '20đ', 'Nghỉ 1% số buổi học = Trừ 02 điểm'],
        ['Tuân thủ nội quy học đường', '80đ', 'Vi phạm Lần 1: -10đ'],
        ['II. ĐIỂM THƯỞNG RÈN LUYỆN (TỐI ĐA 20 ĐIỂM)', null, null],
        [`${prefix}tinh thần học tập`, '10đ', 'Tích cực phát biểu xây dựng bài'],
        [`${prefix}cán bộ lớp`, '10đ', 'Hoàn thành tốt nhiệm vụ Lớp trưởng'],
      ]));
      expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['I.1', 20, 'manual'], ['I.2', 80, 'manual'], ['II.1', 10, 'bonus'], ['II.2', 10, 'bonus']]);
    }
  });

  it('an unnumbered «Điểm trừ» line between items heads the rows below it as deductions, said at the line', () => {
    const { set, notices } = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa'], [
      ...teacher.slice(0, 2).map(([n, code, title, points]) => [n!, code!, title!, points!]),
      [null, null, 'Điểm trừ', null],
      ...teacher.slice(2).map(([n, code, title, points]) => [n!, code!, title!, points!]),
    ]));
    expect(set.criteria.map((c) => [c.code, c.rule.kind])).toEqual([['TC01', 'manual'], ['TC02', 'manual'], ['TC11', 'deduction'], ['TC12', 'deduction']]);
    expect(at(notices, 'B4')).toEqual([expect.stringMatching(/^Phần Điểm trừ \(«Điểm trừ»\): các dòng dưới nó là điểm trừ/)]);
  });

  it('words that say a row takes its own points («… (-5)», «… (trừ 5 điểm)», «Trừ điểm: …») make it a deduction, in both layouts', () => {
    const titled = (title: (t: string, points: string) => string) => teacher.map(([n, code, t, points], k) => [n!, code!, k < 2 ? t! : title(t!, points!), points!]);
    for (const rows of [titled((t, p) => `${t} (-${p})`), titled((t, p) => `${t} (trừ ${p} điểm)`), titled((t) => `Trừ điểm: ${t}`)]) {
      const own = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa'], rows));
      const office = imported(grid7(['STT', 'Nội dung tiêu chí', 'Điểm'], rows.map(([n, , t, points]) => [n!, t!, points!])));
      for (const read of [own, office]) expect(read.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'deduction', 'deduction']);
    }
    // A number in the words that is not the row's points says nothing of it.
    const other = imported(grid7(['STT', 'Nội dung tiêu chí', 'Điểm'], [['1', 'Kế hoạch năm (-2)', '5']]));
    expect(other.set.criteria.map((c) => c.rule.kind)).toEqual(['manual']);
  });

  it('a part headed «ĐIỂM TRỪ» or «CÁC LỖI TRỪ ĐIỂM» takes its rows’ points, in our own layout and an office’s', () => {
    const own = imported(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa'], [
      [null, 'A', 'ĐIỂM CHUẨN', '20'], ...teacher.slice(0, 2).map(([n, code, title, points]) => [n!, code!, title!, points!]),
      [null, 'B', 'ĐIỂM TRỪ', null], ...teacher.slice(2).map(([n, code, title, points]) => [n!, code!, title!, points!]),
    ]));
    expect(own.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'deduction', 'deduction']);
    expect(groups(own.set)).toEqual([['A', 20], ['B', 15]]);
    const office = imported(grid7(['STT', 'Nội dung', 'Điểm'], [
      [null, 'I. CÁC LỖI TRỪ ĐIỂM', null], ['1', 'Đi học trễ', '2'], ['2', 'Xả rác', '3'],
      [null, 'II. CÁC TRƯỜNG HỢP CỘNG ĐIỂM', null], ['1', 'Giúp đỡ bạn', '3'],
    ]));
    expect(office.set.criteria.map((c) => [c.maxPoints, c.rule.kind])).toEqual([[2, 'deduction'], [3, 'deduction'], [3, 'bonus']]);
  });

  // A school's weekly class-conduct app (nenepso-thiduaso/nenesothiduaso, server/src/db/seed.js, its chips «-2» / «+3»):
  // groups named in a «Nhóm» column were capped at their first row's points (Nề nếp cá nhân «trừ tối đa 2» of 9), and
  // the «+3» rows were the base, «Chấm trên tổng 15 điểm», every figure said to agree.
  const chips = [
    ['1', 'Đi học trễ', 'Nề nếp cá nhân', '-2'],
    ['2', 'Không mặc đúng đồng phục', 'Nề nếp cá nhân', '-2'],
    ['3', 'Không mang bảng tên', 'Nề nếp cá nhân', '-1'],
    ['4', 'Không thực hiện yêu cầu của giáo viên', 'Ý thức - kỷ luật', '-3'],
    ['5', 'Vi phạm nội quy trường', 'Ý thức - kỷ luật', '-5'],
    ['6', 'Giúp đỡ bạn', 'Khuyến khích', '+3'],
    ['7', 'Nhặt được của rơi trả lại', 'Khuyến khích', '+5'],
  ];
  it('«-2» and «+3» on every numbered row: taken and added, each group worth all its rows, the missing base said', () => {
    const { set, notices } = imported(grid7(['STT', 'Nội dung', 'Nhóm', 'Điểm'], chips));
    expect(groups(set)).toEqual([['1', 5], ['2', 8], ['3', 8]]);
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([
      ['1', 2, 'deduction'], ['2', 2, 'deduction'], ['3', 1, 'deduction'], ['4', 3, 'deduction'], ['5', 5, 'deduction'], ['6', 3, 'bonus'], ['7', 5, 'bonus'],
    ]);
    expect(at(notices, 'D7')).toEqual(['Mục 6 ghi «+3»: điểm cộng thêm, cộng tối đa 3 điểm, không tính vào tổng điểm chuẩn.']);
    expect(at(notices, 'A1')).toContainEqual(expect.stringMatching(/^Không dòng nào của bảng tính vào tổng điểm chuẩn/));
  });

  it('a set with no base row is not held as agreeing: the reconciliation says it first, in either layout', () => {
    const office = readCriteriaSheet(grid(grid7(['STT', 'Nội dung', 'Nhóm', 'Điểm'], chips)), { fileName: 'ne-nep.xlsx' });
    const own = readCriteriaSheet(grid(grid7(['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Loại'], teacher.map(([n, code, title, points], k) => [n!, code!, title!, points!, k < 2 ? 'Điểm cộng' : 'Điểm trừ']))), { fileName: 'gv.xlsx' });
    for (const read of [office, own]) {
      if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
      expect(read.reconciliation.agrees).toBe(false);
      expect(read.reconciliation.summary).toMatch(/^Không dòng nào được đọc vào tổng điểm chuẩn \(mọi dòng là điểm cộng hoặc điểm trừ, chấm trên tổng 0 điểm\)/);
      expect(read.notices.filter((n) => n.message.startsWith('Không dòng nào của bảng tính vào tổng điểm chuẩn'))).toHaveLength(1);
    }
  });

  it('the line above naming the points a class starts from is said, not added', () => {
    const { notices } = imported([['Điểm nền mỗi tuần: 100 điểm', null, null, null], ...grid7(['STT', 'Nội dung', 'Nhóm', 'Điểm'], chips)]);
    expect(at(notices, 'A2')).toContainEqual(expect.stringContaining('ô A1 ghi «Điểm nền mỗi tuần: 100 điểm»: thidua không cộng điểm nền ấy vào điểm của đơn vị'));
  });

  it('copied without its STT column: read with its differences said, never a crash', () => {
    const read = readCriteriaSheet(grid([['Nội dung', 'Nhóm', 'Loại', 'Điểm'], ...chips.map(([, title, group, points]) => [title!, group!, points!.startsWith('-') ? 'Trừ điểm' : 'Cộng điểm', points!])]), { fileName: 'ne-nep.xlsx' });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.reconciliation.agrees).toBe(false);
  });

  it('a group named once over merged rows holds each of them', () => {
    const rows = chips.map(([n, title, group, points], k) => [n!, title!, k === 0 || k === 3 || k === 5 ? group! : null, points!]);
    const read = readCriteriaSheet({ ...grid([['STT', 'Nội dung', 'Nhóm', 'Điểm'], ...rows]), merges: ['C2:C4', 'C5:C6', 'C7:C8'] }, { fileName: 'ne-nep.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(groups(read.set)).toEqual([['1', 5], ['2', 8], ['3', 8]]);
  });

  it('a row of unsigned points among them keeps «+3» in the base, as a form writing its items «+5 điểm» does', () => {
    const { set } = imported(grid7(['STT', 'Nội dung', 'Nhóm', 'Điểm'], [...chips, ['8', 'Trực nhật đủ', 'Khuyến khích', '4']]));
    expect(set.criteria.filter((c) => c.rule.kind === 'bonus')).toEqual([]);
  });
});

describe('an item’s indicators listed under a bullet in the number column', () => {
  // A quarterly leaders' appraisal (sonthkh-alt/hdndthkpi, src/KiemDiemAppraisal.jsx: «Trục 1 … 15» over its suggested
  // indicators, each «-» without points): the 39 lines were criteria worth 0 coded «B.-», «B.--2»… in a set said to agree.
  it('«- | Thu ngân sách» under «Trục 1 | … | 15»: the item’s description, no criterion, named by their rows', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['B', 'Nhóm B — Kết quả thực hiện nhiệm vụ', '25'],
      ['Trục 1', 'Thực hiện mục tiêu phát triển kinh tế - xã hội', '15'],
      ['-', 'Tốc độ tăng trưởng kinh tế GRDP', null],
      ['-', 'Thu ngân sách', null],
      ['Trục 2', 'Hoàn thiện thể chế', '10'],
      ['-', 'Tỉ lệ hồ sơ giải quyết đúng hạn', null],
    ]);
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.note])).toEqual([
      ['B.Trục 1', 15, 'Tốc độ tăng trưởng kinh tế GRDP; Thu ngân sách'],
      ['B.Trục 2', 10, 'Tỉ lệ hồ sơ giải quyết đúng hạn'],
    ]);
    expect(at(notices, 'A3')).toEqual(['Mục B.Trục 1 có điểm; các dòng 4–5 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục B.Trục 1, không phải mục con.']);
  });

  it('so are rows numbered as a list of their own («a)», «1») without points; the next item («2» after «1») is not', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['B', 'Nhóm B — Kết quả thực hiện nhiệm vụ', '25'],
      ['Trục 1', 'Thực hiện mục tiêu phát triển kinh tế - xã hội', '15'],
      ['a)', 'Tốc độ tăng trưởng kinh tế GRDP', null],
      ['b)', 'Thu ngân sách', null],
      ['Trục 2', 'Hoàn thiện thể chế', '10'],
      ['1', 'Tỉ lệ hồ sơ giải quyết đúng hạn', null],
    ]);
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['Trục 1', 15], ['Trục 2', 10]]);
    expect(at(notices, 'A3')).toEqual(['Mục Trục 1 có điểm; các dòng a), b) dưới nó không ghi điểm: đọc là lời mô tả của mục Trục 1, không phải mục con.']);
    const siblings = imported([['STT', 'Nội dung', 'Điểm tối đa'], ['1', 'Kế hoạch', '10'], ['2', 'Kiểm tra', null], ['3', 'Báo cáo', '5']]);
    expect(siblings.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1', 10], ['2', 0], ['3', 5]]);
  });
});

describe('a total written «CHỈ SỐ CHUNG», as a province’s 766 index table closes', () => {
  // A province's table of Decision 766's index (vpubnd49/VBAI, «Bao cao cac chi so cua tinh 06.11s.docx», table 6),
  // copied without its STT column: its closing «CHỈ SỐ CHUNG | 88,72» was item 6.21 of a group, every figure said to agree.
  it('is the table’s total, held against what was read, never a criterion', () => {
    const read = readCriteriaSheet(grid([
      ['Nội dung', 'Điểm tối đa'],
      ['Công khai minh bạch', '15,38'],
      ['Tỷ lệ TTHC công bố đúng hạn', '4,32'],
      ['Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', '6'],
      ['Mức độ hài lòng', '17,76'],
      ['Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', '6'],
      ['CHỈ SỐ CHUNG', '88,72'],
    ]), { fileName: 'chi-so.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.criteria.map((c) => c.title)).not.toContain('CHỈ SỐ CHUNG');
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toContainEqual(expect.stringMatching(/^Dòng «CHỈ SỐ CHUNG» ghi 88,72 điểm \(ô B7\)/));
  });
});

describe('a roman part with its points and no row under it, between parts with rows', () => {
  // The same province's 766 table as its Word report has it: «II | Tiến độ, kết quả giải quyết | 18,88» between I and III
  // was criterion II of a group «TC. Tiêu chí».
  it('is a part of its own, scored as one item, said at its number', () => {
    const { set, notices } = imported([
      ['STT', 'Nội dung', 'Điểm số'],
      ['I', 'Công khai minh bạch', '15,38'],
      ['1', 'Tỷ lệ TTHC công bố đúng hạn', '9,38'],
      ['2', 'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', '6'],
      ['II', 'Tiến độ, kết quả giải quyết', '18,88'],
      ['III', 'Mức độ hài lòng', '12'],
      ['1', 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', '6'],
      ['2', 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', '6'],
    ]);
    expect(groups(set)).toEqual([['I', 15.38], ['II', 18.88], ['III', 12]]);
    expect(criteria(set).find(([code]) => code === 'II')).toEqual(['II', 'II', 18.88, 'manual']);
    expect(at(notices, 'A5')).toEqual(['Phần II (Tiến độ, kết quả giải quyết) ghi 18,88 điểm, không có mục nào dưới nó: chấm cả phần như một mục, tối đa 18,88 điểm.']);
  });

  it('in our own layout too («STT | Nội dung | Điểm tối đa»): part II is scored as one item, not left out', () => {
    const read = readCriteriaSheet(grid([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['I', 'Công khai minh bạch', '15,38'],
      ['1', 'Tỷ lệ TTHC công bố đúng hạn', '9,38'],
      ['2', 'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', '6'],
      ['II', 'Tiến độ, kết quả giải quyết', '18,88'],
      ['III', 'Mức độ hài lòng', '12'],
      ['1', 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', '6'],
      ['2', 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', '6'],
      ['CHỈ SỐ CHUNG', null, '46,26'],
    ]), { fileName: 'chi-so.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.criteria.find((c) => c.group === 'II')).toMatchObject({ maxPoints: 18.88 });
    expect(read.reconciliation.agrees).toBe(true);
  });

  it('so is «3 | Chấp hành nội quy | 20» after parts 1 and 2 (a bank branch’s KPI table, nguyenxuanhoa493/mockup)', () => {
    const { set } = imported([
      ['STT', 'Chỉ tiêu', 'Điểm'],
      ['1', 'Chỉ tiêu định lượng', '60'],
      ['1.1', 'Tăng trưởng nguồn vốn', '40'],
      ['1.2', 'Phát triển khách hàng mới', '20'],
      ['2', 'Chỉ tiêu định tính', '20'],
      ['2.1', 'Phong cách phục vụ khách hàng', '20'],
      ['3', 'Chấp hành nội quy lao động', '20'],
      [null, 'TỔNG CỘNG', '100'],
    ]);
    expect(groups(set)).toEqual([['1', 60], ['2', 20], ['3', 20]]);
  });
});

describe('a column of figures no criterion holds, in the reconciliation’s first line', () => {
  // A school's weekly class emulation (ydinhdoan95dn/truongthcsletrivien, CLAUDE.md's seed): five criteria marked 0–10,
  // weighted 40 / 25 / 15 / 15 / 5 %. Without its total row it read «đều khớp ✔ (5 mục)» on 50 points, the weights said
  // only in a note at the column's header.
  it('names the column before saying the rest agrees, and does not hold the table as agreeing', () => {
    const read = readCriteriaSheet(grid([
      ['STT', 'Mã', 'Tiêu chí', 'Mô tả', 'Điểm tối đa', 'Trọng số (%)'],
      ['1', 'HT', 'Học tập', 'Điểm học tập trong tuần', '10', '40'],
      ['2', 'NN', 'Nề nếp', 'Đi học đúng giờ, trang phục', '10', '25'],
      ['3', 'VS', 'Vệ sinh', 'Vệ sinh lớp học', '10', '15'],
      ['4', 'HD', 'Hoạt động', 'Tham gia phong trào', '10', '15'],
      ['5', 'KL', 'Kỷ luật', 'Không vi phạm', '10', '5'],
    ]), { fileName: 'thi-dua-lop.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.reconciliation.agrees).toBe(false);
    expect(read.reconciliation.summary).toBe('Cột F («Trọng số (%)», ô F1) ghi 5 số mà thidua không đọc: các số ấy không vào bộ tiêu chí (xem ghi chú ở ô). Các số khác bảng ghi khớp với bộ tiêu chí thidua đọc được (5 số điểm của mục), nhưng bảng chưa được coi là khớp hết: xem điều trên trước khi xác nhận. Cột D «Mô tả» (ô D1, 5 dòng có ghi) của trang «Bảng 1» (tệp thi-dua-lop.xlsx) không được đọc vào bộ tiêu chí: lời ghi ở cột ấy không có trong bộ, không dùng khi chấm; cần giữ thì chép vào cột «Ghi chú» rồi nhập lại.');
  });
});

describe('a total that counts the bonus', () => {
  it('is shown beside the base and the bonus read, which add up to it: never «ghi 100; đọc được 95 ✔»', () => {
    const { reconciliation } = imported([
      ['STT', 'Nội dung', 'Điểm tối đa'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '60'],
      ['2', 'Số hóa hồ sơ, kết quả', '35'],
      [null, 'Điểm thưởng: có sáng kiến chuyển đổi số', '5'],
      [null, 'TỔNG CỘNG', '100'],
    ]);
    const total = reconciliation.figures.find((f) => f.figure.kind === 'total')!;
    expect(total).toMatchObject({ reads: 100, agrees: true });
    expect(total.text).toBe('Dòng «TỔNG CỘNG» ghi 100 điểm (ô C5); thidua đọc được 100 ✔ (95 điểm, cộng 5 điểm thưởng)');
  });
});

describe('a deduction part whose rows add past its cap', () => {
  it('is held at its cap, with what its rows add: never «ghi 20; đọc được 54 ✔ (mỗi mục tối đa 20)»', () => {
    const { reconciliation, notices } = imported([
      ['STT', 'Nội dung tiêu chí', 'Điểm tối đa'],
      ['I', 'TỔ CHỨC KỲ HỌP', '100'],
      ['1', 'Tổ chức đủ số kỳ họp', '60'],
      ['2', 'Nghị quyết đúng thể thức', '40'],
      ['II', 'ĐIỂM TRỪ (tối đa trừ 20 điểm)', '20'],
      ['1', 'Nghị quyết bị bãi bỏ', '15'],
      ['2', 'Báo cáo chậm', '10'],
    ]);
    const part = reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.code === 'II')!;
    // The parts as read, said once each: a deduction part as one, its title's own bracket not doubled.
    expect(at(notices, 'A1').filter((m) => m.startsWith('Nhóm tiêu chí'))).toEqual(['Nhóm tiêu chí lấy từ các dòng tiêu chuẩn: I. TỔ CHỨC KỲ HỌP (100 điểm); II. ĐIỂM TRỪ (tối đa trừ 20 điểm).']);
    expect(part).toMatchObject({ reads: 20, agrees: true });
    expect(part.text).toMatch(/ghi tối đa 20 điểm \(ô C5\); thidua đọc được 20 ✔ \(các mục cộng được 25, tính 20\)$/);
  });
});

describe('parts named in the notice of the groups read', () => {
  it('a bonus part whose title writes no points says «cộng tối đa»', () => {
    const { notices } = imported([
      ['STT', 'Nội dung tiêu chí', 'Điểm tối đa'],
      ['I', 'TỔ CHỨC KỲ HỌP', '100'],
      ['1', 'Tổ chức đủ số kỳ họp', '100'],
      ['II', 'ĐIỂM THƯỞNG', '10'],
      ['1', 'Mô hình được nhân rộng', '10'],
    ]);
    expect(at(notices, 'A1').filter((m) => m.includes('nhóm lấy từ'))).toEqual([
      'Chưa có mục «NHÓM TIÊU CHÍ»: nhóm lấy từ các dòng tiêu đề nhóm: TỔ CHỨC KỲ HỌP (100 điểm); ĐIỂM THƯỞNG (cộng tối đa 10 điểm); điểm tối đa của nhóm là tổng điểm các tiêu chí trong nhóm, trừ khi dòng tiêu đề nhóm ghi điểm.',
    ]);
  });
});

describe('«Điểm phạt», penalty points, as «Điểm trừ»', () => {
  // A school's class-emulation form and a bank's quarterly one write their deductions «Điểm phạt». A column so headed was
  // left unread (its rows criteria of 0), a part «C. ĐIỂM PHẠT» and a row «Điểm phạt: …» added their points, under ✔.
  const base = [['1', 'Đi học đúng giờ', '10'], ['2', 'Vệ sinh lớp học', '10']];
  it('a column headed «Điểm phạt» holds the rows’ deductions, every figure held', () => {
    const { set, reconciliation } = imported([
      ['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm phạt'],
      ...base.map((row) => [...row, null]),
      ['3', 'Đi học trễ', null, '2'],
      ['4', 'Không mặc đồng phục', null, '1'],
    ]);
    expect(criteria(set)).toEqual([['1', 'TC', 10, 'manual'], ['2', 'TC', 10, 'manual'], ['3', 'TC', 2, 'deduction'], ['4', 'TC', 1, 'deduction']]);
    expect(reconciliation.summary).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (4 số điểm của mục).');
  });

  it('a part «C. ĐIỂM PHẠT» takes its rows’ points, in an office’s layout and our own', () => {
    const penalties = [['1', 'Đi học trễ', '2'], ['2', 'Không mặc đồng phục', '1']];
    for (const heading of [['C', 'ĐIỂM PHẠT', null], [null, 'C. ĐIỂM PHẠT', null]]) {
      const { set, reconciliation } = imported([
        ['STT', 'Nội dung', 'Điểm'], ['A', 'NỀ NẾP', '20'], ...base, ['B', 'ĐIỂM THƯỞNG', null], ['1', 'Đạt giải văn nghệ', '3'], heading, ...penalties,
      ]);
      expect(criteria(set)).toEqual([['A.1', 'A', 10, 'manual'], ['A.2', 'A', 10, 'manual'], ['B.1', 'B', 3, 'bonus'], ['C.1', 'C', 2, 'deduction'], ['C.2', 'C', 1, 'deduction']]);
      expect(reconciliation.summary).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (1 phần, 5 số điểm của mục).');
    }
    const own = imported([
      ['ID', 'Mã', 'Tên tiêu chí', 'Điểm tối đa'],
      [null, 'A', 'ĐIỂM CHUẨN', '20'], ...base.map(([n, title, points]) => [n!, `TC0${n}`, title!, points!]),
      [null, 'B', 'ĐIỂM PHẠT', null], ...penalties.map(([n, title, points]) => [n!, `TC1${n}`, title!, points!]),
    ]);
    expect(own.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'deduction', 'deduction']);
    expect(at(own.notices, 'B5')).toEqual(['Phần B («ĐIỂM PHẠT»): các dòng dưới nó là điểm trừ, trừ tối đa như mỗi dòng ghi, không tính vào tổng điểm chuẩn.']);
  });

  it('a row «Điểm phạt: …» or marked «Điểm phạt» in «Loại» takes its points, said at the cell', () => {
    const { set, notices } = imported([['STT', 'Nội dung', 'Điểm'], ...base, ['3', 'Điểm phạt: Đi học trễ', '2']]);
    expect(criteria(set)).toEqual([['1', 'TC', 10, 'manual'], ['2', 'TC', 10, 'manual'], ['3', 'TC', 2, 'deduction']]);
    expect(at(notices, 'C4')).toEqual(['Mục 3 ghi «Điểm phạt: Đi học trễ» (tên mục ghi là điểm trừ): điểm trừ, trừ tối đa 2 điểm, không tính vào tổng điểm chuẩn.']);
    const marked = imported([['STT', 'Nội dung', 'Điểm', 'Loại'], ...base.map((row) => [...row, 'Cộng']), ['3', 'Đi học trễ', '2', 'Điểm phạt']]);
    expect(marked.set.criteria.map((c) => c.rule.kind)).toEqual(['manual', 'manual', 'deduction']);
  });
});

describe('a bonus part’s cap written in its title', () => {
  // A school's weekly class emulation: «III. ĐIỂM THƯỞNG (không quá 10 điểm/tuần)» over bonus rows of 5. The «/tuần» left
  // the cap unread (the part worth its rows' 15), and the reconciliation held the part's 10 as met because no row passed it.
  const table = (title: string, number: string | null, bonus: string[]) => [
    ['STT', 'Nội dung', 'Điểm'],
    ['I', 'NỀ NẾP', '20'], ['1', 'Đi học đúng giờ', '10'], ['2', 'Vệ sinh lớp học', '10'],
    ['II', 'HỌC TẬP', '20'], ['1', 'Giờ học tốt', '20'],
    number === null ? [null, `III. ${title}`, null] : [number, title, null],
    ...bonus.map((points, k) => [String(k + 1), ['Tham gia phong trào', 'Việc tốt', 'Đạt giải'][k]!, points]),
  ];
  it('caps the part at it, said as read from the title, and holds the part to it', () => {
    for (const [title, number] of [['ĐIỂM THƯỞNG (không quá 10 điểm/tuần)', 'III'], ['ĐIỂM THƯỞNG (tối đa 10 điểm)', null]] as const) {
      const { set, notices, reconciliation } = imported(table(title, number, ['5', '5', '5']));
      expect(groups(set)).toEqual([['I', 20], ['II', 20], ['III', 10]]);
      expect(criteria(set).filter(([, group]) => group === 'III')).toEqual([['III.1', 'III', 5, 'bonus'], ['III.2', 'III', 5, 'bonus'], ['III.3', 'III', 5, 'bonus']]);
      const words = title.slice(title.indexOf('(') + 1, -1);
      expect(at(notices, 'A7')).toContain(`Phần III (${title}) là phần điểm cộng, ngoài tổng điểm chuẩn: các dòng của nó cộng tất cả không quá 10 điểm (mức tối đa đọc từ tên phần: «${words}»).`);
      expect(reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.code === 'III')?.text).toBe(`Phần III «${title}» (điểm cộng) ghi tối đa 10 điểm (ô B7); thidua đọc được 10 ✔ (các mục cộng được 15, tính 10)`);
      expect(reconciliation.agrees).toBe(true);
    }
  });

  it('an ordinary bonus part under its cap still agrees, the most its rows add said beside the ✔', () => {
    const { set, reconciliation } = imported(table('ĐIỂM THƯỞNG (không quá 10 điểm/tuần)', 'III', ['3', '3']));
    expect(groups(set)).toEqual([['I', 20], ['II', 20], ['III', 10]]);
    expect(reconciliation.agrees).toBe(true);
    expect(reconciliation.summary).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (3 phần, 5 số điểm của mục); nhưng nhóm III ghi tối đa 10 điểm (ô B7), các dòng điểm thưởng cộng được 6: cộng thêm tối đa 6 — xem trước khi xác nhận.');
  });

  it('a cap in the title its points cell passes is said, not held as met because no row passes it', () => {
    const rows = table('ĐIỂM THƯỞNG (không quá 10 điểm/tuần)', 'III', ['5', '5', '5']);
    rows[6] = ['III', 'ĐIỂM THƯỞNG (không quá 10 điểm/tuần)', '15'];
    const { reconciliation } = imported(rows);
    expect(reconciliation.agrees).toBe(false);
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([
      'Phần III «ĐIỂM THƯỞNG (không quá 10 điểm/tuần)» (điểm cộng) ghi trong lời tối đa 10 điểm (ô B7); thidua đọc được 15 — các mục điểm cộng của nhóm III cộng được 15',
    ]);
  });
});

describe('two rates in one points cell, each so many per occurrence', () => {
  // A school's emulation form: «Học sinh đạt giải cấp huyện; cấp tỉnh | +3 điểm/hs; +5 điểm/hs». The first rate was read
  // (3 per pupil), the second dropped, under ✔.
  const form = (bonus: string[], deduction: string[]) => [
    ['STT', 'Nội dung', 'Điểm'],
    ['I', 'NỀ NẾP', '20'], ['1', 'Đi học đúng giờ', '10'], ['2', 'Vệ sinh lớp học', '10'],
    ['II', 'ĐIỂM THƯỞNG (tối đa 10 điểm)', null], ['1', ...bonus],
    ['III', 'ĐIỂM TRỪ', null], ['1', ...deduction],
  ];
  const rates = (set: CriteriaSet) => set.criteria.filter((c) => c.group !== 'I').map((c) => [c.code, c.title, c.maxPoints, c.rule.kind, 'pointsEach' in c.rule ? c.rule.pointsEach : null]);
  it('beside a row naming as many cases: one criterion a case, each its rate, said at the cell', () => {
    const { set, notices, reconciliation } = imported(form(['Học sinh đạt giải cấp huyện; cấp tỉnh', '+3 điểm/hs; +5 điểm/hs'], ['Học sinh vi phạm nội quy; vi phạm pháp luật', '-2 điểm/lần; -5 điểm/lần']));
    expect(rates(set)).toEqual([
      ['II.1.a', 'Học sinh đạt giải cấp huyện', 10, 'bonus', 3], ['II.1.b', 'Học sinh đạt giải cấp tỉnh', 10, 'bonus', 5],
      ['III.1.a', 'Học sinh vi phạm nội quy', 2, 'deduction', 2], ['III.1.b', 'Học sinh vi phạm pháp luật', 5, 'deduction', 5],
    ]);
    expect(at(notices, 'C6')).toEqual(['Mục II.1 ghi 2 mức «+3 điểm/hs; +5 điểm/hs» cho 2 trường hợp: đọc là 2 tiêu chí, mỗi trường hợp một mức (một tiêu chí chỉ giữ một mức mỗi hs) — II.1.a «Học sinh đạt giải cấp huyện» được 3 điểm mỗi hs, II.1.b «Học sinh đạt giải cấp tỉnh» được 5 điểm mỗi hs; mỗi tiêu chí tối đa 10 điểm (bằng điểm tối đa của phần chứa nó): đơn vị ghi số hs của từng trường hợp.']);
    expect(at(notices, 'C8')).toEqual(['Mục III.1 ghi 2 mức «-2 điểm/lần; -5 điểm/lần» cho 2 trường hợp: đọc là 2 tiêu chí, mỗi trường hợp một mức (một tiêu chí chỉ giữ một mức mỗi lần) — III.1.a «Học sinh vi phạm nội quy» trừ 2 điểm mỗi lần, III.1.b «Học sinh vi phạm pháp luật» trừ 5 điểm mỗi lần; mỗi tiêu chí tạm tính tối đa bằng một lần (bảng không ghi mức tối đa; sửa «Điểm tối đa» trên trang tiêu chí): đơn vị ghi số lần của từng trường hợp.']);
    expect(reconciliation.agrees).toBe(true);
    // Our own layout reads them alike.
    const own = imported([['Mã', 'Tên tiêu chí', 'Điểm tối đa'], ['TC1', 'Đi học đúng giờ', '10'], ['TC2', 'Học sinh đạt giải cấp huyện; cấp tỉnh', '+3 điểm/hs; +5 điểm/hs']]);
    expect(own.set.criteria.map((c) => [c.code, c.title, c.rule.kind, 'pointsEach' in c.rule ? c.rule.pointsEach : null])).toEqual([
      ['TC1', 'Đi học đúng giờ', 'manual', null], ['TC2.a', 'Học sinh đạt giải cấp huyện', 'per_occurrence', 3], ['TC2.b', 'Học sinh đạt giải cấp tỉnh', 'per_occurrence', 5],
    ]);
  });

  it('beside a row naming no cases: both rates kept as its levels, said; one rate stays per occurrence, every figure held', () => {
    const { set, notices } = imported(form(['Học sinh đạt giải các cấp', '+3 điểm/hs, +5 điểm/hs'], ['Học sinh vi phạm nội quy', '-2 điểm/lần']));
    expect(rates(set)).toEqual([['II.1', 'Học sinh đạt giải các cấp', 10, 'bonus', null], ['III.1', 'Học sinh vi phạm nội quy', 2, 'deduction', 2]]);
    expect(at(notices, 'C6')).toEqual(['Mục II.1: được 3 / 5 điểm mỗi hs tùy mức, tối đa 10 điểm (bằng điểm tối đa của phần chứa nó): đơn vị ghi số điểm.']);
    const { reconciliation } = imported(form(['Học sinh đạt giải cấp huyện', '+3 điểm/hs'], ['Học sinh vi phạm nội quy', '-2 điểm/lần']));
    expect(reconciliation.summary).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (2 phần, 2 số điểm của mục).');
  });
});
