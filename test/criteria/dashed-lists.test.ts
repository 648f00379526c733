// Lists nested by their marks under a numbered criterion, as a Word form writes them: «-» rows its parts, «+» rows
// under a part its levels (choose one), rows of words alone its notes. A ward's Party-cell meeting form (phường An
// Phú's «Phiếu đánh giá chất lượng sinh hoạt chi bộ», the data of an app — since found, nghiemquynh0210/
// TROLYSOANTHAOVBDANG, and in the corpus as the app prints it (sinh-hoat-chi-bo-an-phu) —: its words and figures as the
// data lists them, each sub-criterion marked «-» and each level «+») was read by the plain table's layout as 55 criteria on 365 points, every figure said to agree:
// the dashed rows became criteria beside the criterion they belong to, its notes group headings. The office's layout
// read the «+» levels as siblings of the «-» part above them (item 4 worth 10, item 2 worth 4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { makeReport } from '../helpers/make-report.js';

type Row = (string | number | null)[];
/** A criterion of the form: its number, words, points, its note, and its parts (each with its note and levels). */
type Listed = [number, string, number, string | null, [string, number, string | null, [string, number][]][]];

const FORM: Listed[] = [
  [1, 'Chấp hành thời gian, thời lượng sinh hoạt chi bộ', 5, 'Chi bộ dưới 30 đảng viên ít nhất 90 phút; chi bộ trên 30 đảng viên ít nhất 120 phút.', [
    ['Thời gian sinh hoạt chi bộ (chi bộ dưới 30 đảng viên: ít nhất 90 phút; chi bộ từ 30 đảng viên trở lên: ít nhất 120 phút)', 5, 'Căn cứ thời gian sinh hoạt chi bộ, chấm điểm một trong các mức (tối đa 5 điểm và thấp nhất là 1 điểm)', [
      ['Đạt ít nhất 90 phút (hoặc 120 phút nếu từ 30 đảng viên trở lên)', 5], ['Thời gian ít hơn quy định không quá 15 phút', 4], ['Thời gian ít hơn quy định từ 15 phút đến 30 phút', 3], ['Thời gian chỉ bằng 1/2 so với quy định', 2], ['Thời gian dưới 1/2 so với quy định', 1]]]]],
  [2, 'Tỉ lệ đảng viên dự sinh hoạt chi bộ', 5, 'Trừ trường hợp được miễn công tác, sinh hoạt đảng theo quy định và đảng viên trong lực lượng vũ trang làm nhiệm vụ đặc biệt', [
    ['Tỉ lệ đảng viên dự họp (trừ trường hợp được miễn công tác, sinh hoạt đảng theo quy định và đảng viên trong lực lượng vũ trang làm nhiệm vụ đặc biệt)', 4, 'Căn cứ tỷ lệ đảng viên sinh hoạt chi bộ, chấm điểm một trong các mức (tối đa 4 điểm và thấp nhất là 1 điểm)', [
      ['Đạt từ 90% đảng viên dự họp trở lên', 4], ['Đạt từ 75% đến dưới 90% đảng viên dự họp', 3], ['Đạt từ 65% đến dưới 75% đảng viên dự họp', 2], ['Đạt dưới 65% đảng viên dự họp hoặc có đảng viên vắng không lý do', 1]]],
    ['Không có đảng viên vắng mặt có lý do quá 3 lần liên tiếp trong năm (Điểm cộng)', 1, 'Điểm cộng: +1 điểm nếu chi bộ không có đảng viên vắng mặt có lý do quá 3 lần liên tiếp trong năm', []]]],
  [3, 'Công tác chuẩn bị sinh hoạt chi bộ', 10, null, [
    ['Chuẩn bị nội dung sinh hoạt: đúng, đủ nội dung, có trọng tâm, trọng điểm, gắn với tình hình thực tế của chi bộ và địa phương, cơ quan, đơn vị', 3, null, []],
    ['Có định hướng thảo luận và xây dựng dự thảo kết luận (hoặc nghị quyết) kỳ sinh hoạt', 2, null, []],
    ['Họp chi ủy (hoặc bí thư, phó bí thư hội ý) trước kỳ sinh hoạt chi bộ; có ghi biên bản họp chi ủy', 2, 'Chi bộ chỉ có mỗi bí thư thì không phải đánh giá nội dung này, được tính điểm tối đa', []],
    ['Thông báo thời gian, địa điểm, nội dung sinh hoạt đến từng đảng viên trong chi bộ và cấp ủy viên cấp trên được phân công theo dõi', 1, null, []],
    ['Đăng tải tài liệu sinh hoạt trên ứng dụng Sổ tay đảng viên điện tử trước khi sinh hoạt ít nhất 01 ngày', 2, null, []]]],
  [4, 'Tổ chức sinh hoạt chi bộ', 30, null, [
    ['Thực hiện đầy đủ các bước quy trình sinh hoạt chi bộ (theo điểm 2.2, Mục II của Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương)', 5, null, []],
    ['Sinh hoạt thường kỳ thực hiện nội dung tại điểm 3.1, Mục II của Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương', 10, 'Trường hợp sinh hoạt thường kỳ kết hợp cùng sinh hoạt chuyên đề thì điểm tối đa là 10 điểm', []],
    ['Sinh hoạt chuyên đề thực hiện nội dung tại điểm 3.2, Mục II của Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương', 5, 'Trong quý, tháng nào tổ chức sinh hoạt chuyên đề thì mới tính điểm', []],
    ['Có biểu dương đảng viên tiêu biểu trong tháng; nhắc nhở, phê bình đảng viên chưa hoàn thành nhiệm vụ được giao', 2, null, []],
    ['Có nhiều đảng viên tham gia phát biểu ý kiến', 5, 'Cấp ủy có thẩm quyền căn cứ số lượng đảng viên, loại hình chi bộ để quy định số lượng đảng viên tham gia ý kiến đảm bảo sinh hoạt chi bộ có chất lượng', [
      ['Trên 50% số đảng viên dự sinh hoạt phát biểu ý kiến', 5], ['Từ 40% đến dưới 50% số đảng viên dự sinh hoạt phát biểu ý kiến', 4], ['Từ 30% đến dưới 40% số đảng viên dự sinh hoạt phát biểu ý kiến', 3], ['Dưới 30% số đảng viên dự sinh hoạt phát biểu ý kiến', 2]]],
    ['Sổ biên bản sinh hoạt chi bộ ghi chép đầy đủ diễn biến buổi sinh hoạt chi bộ', 1, null, []],
    ['Dành thời gian ít nhất 15 phút - 30 phút để đánh giá tình hình tư tưởng đảng viên; tự phê bình và phê bình', 1, null, []],
    ['Tài liệu sinh hoạt chi bộ được đăng tải trên ứng dụng Sổ tay đảng viên điện tử', 1, null, []]]],
  [5, 'Công tác điều hành của Bí thư (hoặc Phó Bí thư) chi bộ', 10, null, [
    ['Điều hành linh hoạt, hiệu quả', 2, null, []], ['Có định hướng thảo luận (bao gồm cả những vấn đề mới, phát sinh và đảng viên quan tâm)', 4, null, []],
    ['Kỹ năng gợi mở, tạo không khí dân chủ trong sinh hoạt; khuyến khích đảng viên tham gia phát biểu ý kiến', 3, null, []],
    ['Khả năng tổng hợp, khái quát các vấn đề thảo luận thành kết luận hoặc nghị quyết của chi bộ', 1, null, []]]],
  [6, 'Thực hiện nguyên tắc tổ chức, sinh hoạt đảng', 5, null, [
    ['Thực hiện đúng nguyên tắc tập trung dân chủ trong sinh hoạt chi bộ', 1, null, []],
    ['Chi ủy, đảng viên nghiêm túc, thực sự cầu thị khi tự phê bình và phê bình; không có biểu hiện nể nang, né tránh, ngại va chạm', 2, null, []],
    ['Sinh hoạt chi bộ bảo đảm tính lãnh đạo, tính giáo dục, tính chiến đấu', 1, null, []],
    ['Bí thư chi bộ cung cấp thông tin, định hướng cho đảng viên; ghi nhận và giải quyết tâm tư, nguyện vọng chính đáng của đảng viên', 1, null, []]]],
  [7, 'Kết quả lãnh đạo thực hiện kết luận hoặc nghị quyết của chi bộ', 30, 'Căn cứ kết quả thực hiện kết luận hoặc nghị quyết chi bộ tháng trước; đánh giá việc thực hiện nhiệm vụ chính trị, xây dựng Đảng, các chỉ tiêu nghị quyết đề ra', [
    ['Kết quả thực hiện kết luận hoặc nghị quyết chi bộ tháng trước; đánh giá việc thực hiện nhiệm vụ chính trị, xây dựng Đảng, các chỉ tiêu nghị quyết đề ra', 30, 'Đánh giá tổng thể kết quả lãnh đạo thực hiện kết luận/nghị quyết chi bộ', [
      ['Hoàn thành xuất sắc nhiệm vụ (từ 90% đến 100% chỉ tiêu đề ra)', 30], ['Hoàn thành tốt nhiệm vụ (từ 80% đến dưới 90% chỉ tiêu đề ra)', 27], ['Hoàn thành nhiệm vụ (từ 70% đến dưới 80% chỉ tiêu đề ra)', 24],
      ['Hoàn thành cơ bản nhiệm vụ (từ 60% đến dưới 70% chỉ tiêu đề ra)', 20], ['Chưa hoàn thành nhiệm vụ (từ 50% đến dưới 60% chỉ tiêu đề ra)', 15], ['Không hoàn thành nhiệm vụ (dưới 50% chỉ tiêu đề ra)', 10]]]]],
  [8, 'Kết thúc sinh hoạt chi bộ', 5, null, [
    ['Chủ trì kết luận nội dung sinh hoạt; thông qua kết luận hoặc nghị quyết chi bộ', 2, null, []],
    ['Thông qua nội dung biên bản sinh hoạt chi bộ; kết luận hoặc nghị quyết kỳ sinh hoạt; phân công nhiệm vụ cụ thể cho đảng viên', 2, null, []],
    ['Đăng tải tài liệu sinh hoạt (sau khi hoàn thiện) trên ứng dụng Sổ tay đảng viên điện tử trong thời gian 02 ngày sau khi sinh hoạt', 1, null, []]]],
];

/**
 * The form as a sheet: the criterion's row, its note, each part «- …» with its note and its levels «+ …» — or, `unmarked`,
 * as the app's data lists them, the marks left out.
 */
function formGrid(listed: Listed[], change: (n: number, points: number) => number = (_, p) => p, unmarked = false): SheetGrid {
  const [part, level] = unmarked ? ['', ''] : ['- ', '+ '];
  const values: Row[] = [['Phiếu đánh giá chất lượng sinh hoạt chi bộ'], [], ['STT', 'Nội dung đánh giá', 'Điểm tối đa', 'Điểm tự chấm']];
  for (const [n, title, points, note, parts] of listed) {
    values.push([n, title, change(n, points), null]);
    if (note) values.push([null, note, null, null]);
    for (const [words, max, partNote, levels] of parts) {
      values.push([null, `${part}${words}`, max, null]);
      if (partNote) values.push([null, partNote, null, null]);
      for (const [words, p] of levels) values.push([null, `${level}${words}`, p, null]);
    }
  }
  values.push([], ['Xếp loại chất lượng'], [null, 'Tốt: từ 90 điểm'], [null, 'Khá: từ 70 điểm'], [null, 'Trung bình: từ 50 điểm'], [null, 'Kém: dưới 50 điểm']);
  return { name: 'Phiếu', values };
}

describe.each([
  ['over «-» parts and «+» levels', false],
  ['over parts and levels left unmarked, told apart by their figures', true],
])('a ward’s Party-cell meeting form: numbered criteria %s', (_, unmarked) => {
  const read = readCriteriaSheet(formGrid(FORM, undefined, unmarked), { fileName: 'phieu-chi-bo.xlsx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));

  it('reads each «-» row a criterion of its numbered criterion, the «+» rows under it its levels, on 100 points', () => {
    const { criteria, groups } = read.set;
    expect(groups.map((g) => [g.id, g.maxPoints])).toEqual([['1', 5], ['2', 5], ['3', 10], ['4', 30], ['5', 10], ['6', 5], ['7', 30], ['8', 5]]);
    expect(criteria).toHaveLength(28);
    expect(criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
    const levels = (code: string) => {
      const rule = criteria.find((c) => c.code === code)!.rule;
      return rule.kind === 'tiers' ? rule.tiers.map((t) => t.points) : rule.kind;
    };
    expect([levels('1.a'), levels('2.a'), levels('2.b'), levels('4.e'), levels('7.a')]).toEqual([[5, 4, 3, 2, 1], [4, 3, 2, 1], 'manual', [5, 4, 3, 2], [30, 27, 24, 20, 15, 10]]);
    // A row of words alone is the note of the row above it, never a group heading.
    expect(criteria.find((c) => c.code === '3.c')!.note).toContain('Chi bộ chỉ có mỗi bí thư');
  });

  it('holds every criterion’s figure to its parts, all agreeing, and scores a cell at every maximum 100/100', () => {
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(read.reconciliation.figures.filter((f) => f.figure.kind === 'part').map((f) => [f.figure.code, f.reads])).toEqual([['1', 5], ['2', 5], ['3', 10], ['4', 30], ['5', 10], ['6', 5], ['7', 30], ['8', 5]]);
    const rows = read.set.criteria.map((c) => ({ code: c.code, result: c.maxPoints, selfScore: c.maxPoints }));
    expect(score(read.set, makeReport({ unitName: 'Chi bộ khu phố 1', unitKind: 'Đoàn thể', rows }))).toMatchObject({ base: 100, applicableMax: 100 });
  });

  it('says a criterion whose figure is not what its parts add up to: above them a difference, below them a cap', () => {
    const read4 = (points: number) => {
      const r = readCriteriaSheet(formGrid(FORM, (n, p) => (n === 4 ? points : p), unmarked), { fileName: 'phieu-chi-bo.xlsx' });
      if (!r.ok) throw new Error('not read');
      return { figures: r.reconciliation.figures.filter((f) => f.figure.code === '4').map((f) => [f.agrees, f.text.replace(/^.*; /, '')]), notices: r.notices.filter((n) => n.cell === 'C30').map((n) => n.message) };
    };
    if (unmarked) {
      // Unmarked, no reading of its rows adds up to 45 (all of them as parts add up to 44): each read as unnumbered rows
      // are, and the doubt said at its figure. (35 is read: ten parts and two levels add up to it, one way only.)
      expect(read4(45).notices).toEqual([expect.stringMatching(/^Mục 4 ghi 45 điểm; các dòng không đánh số dưới nó \(dòng 31–45\) ghi 5, 10, 5, 2, 5, 5, 4, 3, 2, 1, 1, 1 điểm, không có một cách đọc duy nhất/)]);
      // And the reconciliation holds that figure as not agreeing, so that the confirmation does not say «đều khớp».
      expect(read4(45).figures).toEqual([[false, 'thidua đọc được 45 — các dòng không đánh số dưới nó không có một cách đọc duy nhất cộng lại được số này (xem ghi chú ở ô)']]);
      expect(read4(30).notices).toEqual([expect.stringContaining('cộng lại đúng bằng số đó khi đọc 8 dòng là phần của mục 4 và 4 dòng giảm dần')]);
      return;
    }
    expect(read4(35).figures).toEqual([[false, expect.stringContaining('thidua đọc được 30')]]);
    // Written below its parts, the figure caps them, as a group heading does: said beside the figure.
    expect(read4(25).figures).toEqual([[true, 'thidua đọc được 25 ✔ (các mục cộng được 30, tính 25)']]);
  });
});

it('says a list longer than any form’s (over 200 rows under one criterion) as a doubt, where one of 200 is read by its figures', () => {
  const long = (n: number): Listed[] => [
    [1, 'Tiêu chí có danh sách dài', n, null, Array.from({ length: n }, (_, k) => [`Nội dung ${k + 1}`, 1, null, []] as Listed[4][number])],
    [2, 'Tiêu chí ngắn', 5, null, [['Nội dung a', 3, null, []], ['Nội dung b', 2, null, []]]],
  ];
  const read = (n: number) => {
    const r = readCriteriaSheet(formGrid(long(n), undefined, true), { fileName: 'phieu-dai.xlsx' });
    if (!r.ok) throw new Error('not read');
    return r;
  };
  const read200 = read(200);
  expect(read200.reconciliation.figures.filter((f) => !f.agrees)).toEqual([]);
  expect(read200.set.criteria).toHaveLength(202);
  // Before: past 200 rows the list was left to the tree unsaid (each row «the next item its number was left off»).
  const read201 = read(201);
  expect(read201.notices.filter((n) => n.cell === 'C4').map((n) => n.message)).toEqual([
    expect.stringMatching(/^Mục 1 ghi 201 điểm; các dòng không đánh số dưới nó \(dòng 5–205\) ghi (1, ){19}1 … \(201 dòng\) điểm, không có một cách đọc duy nhất/),
  ]);
  expect(read201.reconciliation.agrees).toBe(false);
});

// Random forms of the same shape: a criterion's parts, some with levels stepping down from the part's points, notes
// anywhere. Every figure adds up: read with none said different. One criterion's figure written wrong: said — unmarked,
// off by a half, so that no reading of whole points can add up to it (written whole, another reading may, and is one).
const levelsOf = (top: number) => fc.integer({ min: 2, max: Math.min(top, 5) }).map((n) => Array.from({ length: n }, (_, k) => top - k));
const partArb = fc.integer({ min: 1, max: 12 }).chain((max) =>
  fc.record({ max: fc.constant(max), note: fc.boolean(), levels: max >= 2 ? fc.oneof(fc.constant([] as number[]), levelsOf(max)) : fc.constant([] as number[]) }),
);
/** A criterion's list: unmarked, two rows or more (a lone row of its points is how it is measured). */
const criterionArb = (unmarked: boolean) =>
  fc.record({ note: fc.boolean(), parts: fc.array(partArb, { minLength: 1, maxLength: 5 }) }).filter((c) => !unmarked || c.parts.length > 1 || c.parts[0]!.levels.length > 0);

function randomForm(criteria: { note: boolean; parts: { max: number; note: boolean; levels: number[] }[] }[]): Listed[] {
  return criteria.map((c, i) => [
    i + 1, `Tiêu chí số ${i + 1}`, c.parts.reduce((s, p) => s + p.max, 0), c.note ? `Ghi chú của tiêu chí ${i + 1}` : null,
    c.parts.map((p, k) => [`Nội dung ${i + 1}.${k + 1}`, p.max, p.note ? `Căn cứ nội dung ${i + 1}.${k + 1}, chấm điểm một trong các mức` : null, p.levels.map((v, l) => [`Mức ${l + 1} của nội dung ${i + 1}.${k + 1}`, v] as [string, number])]),
  ]);
}

it.each([
  ['over «-» parts and «+» levels', false],
  ['over parts and levels left unmarked', true],
])('reads random forms of numbered criteria %s with every figure agreeing, and says one written wrong', (_, unmarked) => {
  fc.assert(
    fc.property(fc.array(criterionArb(unmarked), { minLength: 2, maxLength: 6 }), fc.nat(), fc.integer({ min: 1, max: 3 }), (criteria, pick, by) => {
      const form = randomForm(criteria);
      const read = readCriteriaSheet(formGrid(form, undefined, unmarked), { fileName: 'phieu.xlsx' });
      if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
      // Unmarked, a list its figures read two ways (a «2» after levels 5 / 4 / 3 their last, or a part) is said, not
      // guessed: at its cell, and by the reconciliation.
      if (unmarked && read.notices.some((n) => n.message.includes('không có một cách đọc duy nhất'))) {
        expect(read.reconciliation.agrees).toBe(false);
        return;
      }
      // The form's grades («Tốt: từ 90 điểm» …) on a total the random form may not reach are said on lines of their own:
      // the table's figures are held here.
      const table = (r: typeof read) => r.reconciliation.figures.filter((f) => f.figure.kind !== 'band');
      expect(table(read).filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
      expect(read.set.criteria).toHaveLength(criteria.reduce((s, c) => s + c.parts.length, 0));
      expect(read.set.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(form.reduce((s, c) => s + c[2], 0));
      const wrongAt = (pick % form.length) + 1;
      const wrong = readCriteriaSheet(formGrid(form, (n, p) => (n === wrongAt ? p + by - (unmarked ? 0.5 : 0) : p), unmarked), { fileName: 'phieu.xlsx' });
      if (!wrong.ok) throw new Error('not read');
      expect(table(wrong).some((f) => !f.agrees)).toBe(true);
    }),
    { numRuns: 150 },
  );
});
