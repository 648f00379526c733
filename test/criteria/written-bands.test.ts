// The grading a form writes in words instead of a «XẾP LOẠI» section (core/criteria/sheet/written-bands.ts): every
// table of the corpus was graded by thidua's defaults (Xuất sắc ≥ 90 %, Tốt ≥ 80 %, Đạt ≥ 60 %), said only as «Chưa có
// mục «XẾP LOẠI»», though a city's Mẫu 03 writes its four grades across a row under its table and a ward's Party-cell
// form lists «Tốt: từ 90 điểm» … «Kém: dưới 50 điểm» under its criteria: a unit at 85 was «Tốt» where the form says «Khá».
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { makeReport } from '../helpers/make-report.js';

/** A form of three criteria over dashed parts, and what it writes under them. */
function form(under: (string | null)[][]): SheetGrid {
  return {
    name: 'Phiếu',
    values: [
      ['Phiếu đánh giá chất lượng sinh hoạt chi bộ'],
      ['STT', 'Nội dung đánh giá', 'Điểm tối đa', 'Điểm tự chấm'],
      [1, 'Chấp hành thời gian, thời lượng sinh hoạt chi bộ', 40, null],
      [null, '- Thời gian sinh hoạt chi bộ', 40, null],
      [null, '+ Đạt ít nhất 90 phút', 40, null],
      [null, '+ Thời gian ít hơn quy định không quá 15 phút', 30, null],
      [2, 'Kết quả lãnh đạo thực hiện nghị quyết', 60, null],
      [null, '- Hoàn thành xuất sắc nhiệm vụ (từ 90% đến 100% chỉ tiêu đề ra)', 30, null],
      [null, '- Hoàn thành tốt nhiệm vụ (từ 80% đến dưới 90% chỉ tiêu đề ra)', 30, null],
      [],
      ...under,
    ],
  };
}

const LEGEND = [['Xếp loại chất lượng'], [null, 'Tốt: từ 90 điểm'], [null, 'Khá: từ 70 điểm'], [null, 'Trung bình: từ 50 điểm'], [null, 'Kém: dưới 50 điểm']];

describe('a ward’s Party-cell form: «Tốt: từ 90 điểm» … «Kém: dưới 50 điểm» a line each under its criteria', () => {
  const read = readCriteriaSheet(form(LEGEND), { fileName: 'phieu-chi-bo.xlsx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));

  it('grades by the form’s four grades, each a share of its 100 points, and says where it read them', () => {
    expect(read.set.classification.map((b) => [b.label, b.minPercent])).toEqual([['Tốt', 90], ['Khá', 70], ['Trung bình', 50], ['Kém', 0]]);
    expect(read.notices.filter((n) => /XẾP LOẠI|Xếp loại theo/.test(n.message)).map((n) => [n.cell, n.message])).toEqual([
      ['B12', 'Xếp loại theo cách bảng ghi (ô B12–B15), trên tổng 100 điểm của bộ tiêu chí: Tốt từ 90 điểm trên tổng 100 = 90%; Khá từ 70 điểm trên tổng 100 = 70%; Trung bình từ 50 điểm trên tổng 100 = 50%; Kém dưới 50 điểm trên tổng 100 = dưới 50%.'],
    ]);
  });

  it('classifies a cell at 85 as «Khá», as the form does (thidua’s defaults said «Tốt»)', () => {
    const points = new Map([['1.a', 30], ['2.a', 30], ['2.b', 25]]);
    const card = score(read.set, makeReport({ unitName: 'Chi bộ khu phố 1', unitKind: 'Đoàn thể', rows: read.set.criteria.map((c) => ({ code: c.code, result: points.get(c.code)!, selfScore: points.get(c.code)! })) }));
    expect([card.total, card.classification?.label]).toEqual([85, 'Khá']);
  });

  it('takes no grade from a criterion’s words in percent («từ 90% đến 100% chỉ tiêu»), and none when nothing is written', () => {
    const none = readCriteriaSheet(form([]), { fileName: 'phieu-chi-bo.xlsx' });
    if (!none.ok) throw new Error('not read');
    expect(none.set.classification.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Đạt', 'Chưa đạt']);
    expect(none.notices.some((n) => n.message.startsWith('Chưa có mục «XẾP LOẠI»: dùng mặc định'))).toBe(true);
  });

  it('says grades written on another scale (a team’s «900 điểm trở lên» on a set of 100) and keeps the defaults', () => {
    const team = readCriteriaSheet(form([['XẾP LOẠI THI ĐUA CỦA TỔ'], [null, 'XUẤT SẮC (XS): 900 điểm trở lên'], [null, 'GIỎI (G): 800 điểm đến 899 điểm'], [null, 'CHƯA ĐẠT (CĐ): dưới 800 điểm']]), { fileName: 'to.xlsx' });
    if (!team.ok) throw new Error('not read');
    expect(team.set.classification.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Đạt', 'Chưa đạt']);
    expect(team.notices.map((n) => n.message)).toContain('Bảng ghi cách xếp loại (XUẤT SẮC (XS): 900 điểm trở lên; GIỎI (G): 800 điểm đến 899 điểm; CHƯA ĐẠT (CĐ): dưới 800 điểm; ô B12–B14) nhưng mức cao nhất 900 điểm vượt tổng 100 điểm của bộ tiêu chí: không dùng được, kiểm tra lại.');
  });
});

it('reads a plain table’s «Xếp loại:» over grades in words (the section’s title over no table of it refused the file)', () => {
  const values = [['STT', 'Nội dung', 'Điểm tối đa'], [1, 'Việc một', 50], [2, 'Việc hai', 30], [3, 'Việc ba', 20], [], [null, 'Xếp loại:'],
    [null, '- Xuất sắc: từ 90 điểm trở lên'], [null, '- Tốt: từ 75 đến dưới 90 điểm'], [null, '- Hoàn thành: từ 50 đến dưới 75 điểm'], [null, '- Không hoàn thành: dưới 50 điểm']];
  const read = readCriteriaSheet({ name: 'Bảng điểm', values }, { fileName: 'bang-diem.xlsx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  expect(read.set.classification.map((b) => [b.label, b.minPercent])).toEqual([['Xuất sắc', 90], ['Tốt', 75], ['Hoàn thành', 50], ['Không hoàn thành', 0]]);
  // A «XẾP LOẠI» title over neither its table nor grades in words is still refused, by the columns it lacks.
  const bare = readCriteriaSheet({ name: 'Bảng điểm', values: [...values.slice(0, 6), [null, 'Theo quy định của cấp trên']] }, { fileName: 'bang-diem.xlsx' });
  expect(bare.ok ? [] : bare.errors.map((e) => e.message)).toEqual(['Mục «XẾP LOẠI» thiếu cột «Mã», «Xếp loại», «Từ (%)»']);
});

describe('a city’s Mẫu 03 (ccvc-son-tra-mau-03): four grades across one row under its table, label and threshold in one cell', () => {
  it('grades by them: Hoàn thành xuất sắc nhiệm vụ from 90, tốt from 70, hoàn thành from 50, không hoàn thành below', async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx')));
    const grids = await wb.readSheets(await wb.listSheets());
    const read = readCriteriaSheet(grids[1]!, { fileName: 'ccvc-son-tra-mau-03.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.classification.map((b) => [b.label, b.minPercent])).toEqual([
      ['Hoàn thành xuất sắc nhiệm vụ', 90], ['Hoàn thành tốt nhiệm vụ', 70], ['Hoàn thành nhiệm vụ', 50], ['Không hoàn thành nhiệm vụ', 0],
    ]);
    // «Từ 50 điểm đến» over «dưới 70 điểm» in one cell is one range, meeting «Từ 70 điểm trở lên»: no condition, no gap.
    expect(read.notices.filter((n) => /Xếp loại theo|ngoài điểm/.test(n.message)).map((n) => [n.cell, n.message])).toEqual([
      ['B92', 'Xếp loại theo cách bảng ghi (ô B92–H92), trên tổng 100 điểm của bộ tiêu chí: Hoàn thành xuất sắc nhiệm vụ từ 90 điểm trên tổng 100 = 90%; Hoàn thành tốt nhiệm vụ từ 70 điểm trên tổng 100 = 70%; Hoàn thành nhiệm vụ từ 50 điểm trên tổng 100 = 50%; Không hoàn thành nhiệm vụ dưới 50 điểm trên tổng 100 = dưới 50%.'],
    ]);
  });
});

// A school's weekly class-emulation forms, their rows as a Word table reaches the reader (as text): the grades under the
// table write no «điểm», one adds a condition beyond the points, and «Không đạt» is a grade's whole name. The «Xếp
// loại:» over them refused the file (a «XẾP LOẠI» section over no table of it); without it, thidua's defaults graded.
const WEEKLY: (string | null)[][] = [
  ['STT', 'Nội dung thi đua', 'Điểm tối đa', 'Điểm đạt'],
  ['1', 'Chuyên cần, đi học đúng giờ', '30', null],
  ['2', 'Vệ sinh lớp học, khu vực được phân công', '20', null],
  ['3', 'Nề nếp, trang phục, xếp hàng', '30', null],
  ['4', 'Học tập: giờ học tốt trong sổ đầu bài', '20', null],
  [null, 'Tổng cộng', '100', null],
];
const GRADES = [
  '- Tốt: Tổng điểm còn lại từ 100 trở lên (>= 100) và không có học sinh vi phạm nghiêm trọng',
  '- Khá: Tổng điểm còn lại từ 90 đến dưới 100',
  '- Trung bình: từ 70 đến dưới 90',
  '- Không đạt: dưới 70',
];
function weekly(values: (string | null)[][]) {
  const read = readCriteriaSheet({ name: 'Bảng 1', values }, { fileName: 'thi-dua-lop-tuan.docx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return read;
}
const criteriaOf = (set: CriteriaSet) => set.criteria.map((c) => [c.code, c.maxPoints]);
const bandsOf = (set: CriteriaSet) => set.classification.map((b) => [b.id, b.label, b.minPercent]);

describe('a school’s weekly class form: «Xếp loại:» over «- Tốt: Tổng điểm còn lại từ 100 trở lên …» … «- Không đạt: dưới 70»', () => {
  // Read in each test, so that each says what it finds (the form was refused).
  const form = () => weekly([...WEEKLY, [null, 'Xếp loại:', null, null], ...GRADES.map((g) => [null, g, null, null])]);

  it('grades by the four lines, names whole, each minimum a share of the table’s 100 said as turned; the condition said at its line', () => {
    const read = form();
    expect(bandsOf(read.set)).toEqual([['tot', 'Tốt', 100], ['kha', 'Khá', 90], ['trung-binh', 'Trung bình', 70], ['khong-dat', 'Không đạt', 0]]);
    expect(read.notices.filter((n) => /XẾP LOẠI|Xếp loại theo|ngoài điểm/.test(n.message)).map((n) => [n.cell, n.message])).toEqual([
      ['B8', 'Xếp loại theo cách bảng ghi (ô B8–B11), trên tổng 100 điểm của bộ tiêu chí: Tốt từ 100 điểm trên tổng 100 = 100%; Khá từ 90 điểm trên tổng 100 = 90%; Trung bình từ 70 điểm trên tổng 100 = 70%; Không đạt dưới 70 điểm trên tổng 100 = dưới 70%.'],
      ['B8', 'Mức «Tốt» ghi thêm điều kiện ngoài điểm «và không có học sinh vi phạm nghiêm trọng»: thidua chỉ xếp theo điểm, không tự áp dụng điều kiện này; Hội đồng xét điều kiện trước khi công nhận «Tốt».'],
    ]);
    // The condition stays on the band, for each run to say beside the units graded «Tốt».
    expect(read.set.classification[0]!.condition).toBe('và không có học sinh vi phạm nghiêm trọng');
  });

  it('keeps the four criteria and the total they reproduce: no grade line is a criterion', () => {
    const read = form();
    expect(criteriaOf(read.set)).toEqual([['1', 30], ['2', 20], ['3', 30], ['4', 20]]);
    expect(read.reconciliation.agrees).toBe(true);
    expect(read.reconciliation.figures.find((f) => f.figure.kind === 'total')?.agrees).toBe(true);
  });

  it('classifies a class at 95 «Khá» and one at 100 «Tốt», as the form does (thidua’s defaults said «Xuất sắc» for both)', () => {
    const set = form().set;
    const card = (points: number[]) => score(set, makeReport({ unitName: 'Lớp 6A1', unitKind: 'Trường học', rows: set.criteria.map((c, i) => ({ code: c.code, result: points[i]!, selfScore: points[i]! })) }));
    expect([card([30, 20, 30, 15]).classification?.label, card([30, 20, 30, 20]).classification?.label]).toEqual(['Khá', 'Tốt']);
  });

  it('reads the same lines numbered under «5 | Xếp loại» as grades, none of them a row of the table', () => {
    const numbered = weekly([...WEEKLY.slice(0, 5), ['5', 'Xếp loại', null, null], ...GRADES.map((g, i) => [String(i + 1), g.slice(2), null, null])]);
    expect(bandsOf(numbered.set)).toEqual(bandsOf(form().set));
    expect(criteriaOf(numbered.set)).toEqual([['1', 30], ['2', 20], ['3', 30], ['4', 20]]);
    // Read as rows, they were headings «Mục 1-2 (Tốt: …)» renumbered against the criteria 1–4.
    expect(numbered.notices.filter((n) => /^A/.test(n.cell ?? '')).map((n) => n.message).filter((m) => /Mục|Số «/.test(m))).toEqual([]);
    expect(numbered.reconciliation.agrees).toBe(true);
  });
});

describe('grades as other forms write them', () => {
  const under = (lines: string[]) => weekly([...WEEKLY, ...lines.map((l) => [null, l, null, null])]);

  it('«Loại Tốt: từ 90 điểm trở lên» … «Loại Không đạt: dưới 60 điểm»: the grade’s name after «Loại», whole', () => {
    const read = under(['Loại Tốt: từ 90 điểm trở lên', 'Loại Khá: từ 75 điểm đến dưới 90 điểm', 'Loại Đạt: từ 60 điểm đến dưới 75 điểm', 'Loại Không đạt: dưới 60 điểm']);
    expect(bandsOf(read.set)).toEqual([['tot', 'Tốt', 90], ['kha', 'Khá', 75], ['dat', 'Đạt', 60], ['khong-dat', 'Không đạt', 0]]);
  });

  it('«Xuất sắc: >= 95 điểm» … «Đạt: >= 60 điểm»: «Đạt» is a grade (it was dropped as a word of the line), none below it', () => {
    const read = under(['Xuất sắc: >= 95 điểm', 'Tốt: >= 80 điểm', 'Đạt: >= 60 điểm']);
    expect(bandsOf(read.set)).toEqual([['xuat-sac', 'Xuất sắc', 95], ['tot', 'Tốt', 80], ['dat', 'Đạt', 60]]);
  });

  it('«Hoàn thành tốt nhiệm vụ: từ 80% đến dưới 90%»: a share as written, on a table of 120 points, said without turning', () => {
    const read = weekly([...WEEKLY.slice(0, 5), ['5', 'Tham gia phong trào của Đội', '20', null], [null, 'Tổng cộng', '120', null], ...[
      'Hoàn thành xuất sắc nhiệm vụ: từ 90% trở lên', 'Hoàn thành tốt nhiệm vụ: từ 80% đến dưới 90%', 'Hoàn thành nhiệm vụ: từ 50% đến dưới 80%', 'Không hoàn thành nhiệm vụ: dưới 50%',
    ].map((l) => [null, l, null, null])]);
    expect(bandsOf(read.set).map(([, label, min]) => [label, min])).toEqual([['Hoàn thành xuất sắc nhiệm vụ', 90], ['Hoàn thành tốt nhiệm vụ', 80], ['Hoàn thành nhiệm vụ', 50], ['Không hoàn thành nhiệm vụ', 0]]);
    expect(read.notices.filter((n) => n.message.startsWith('Xếp loại theo')).map((n) => [n.cell, n.message])).toEqual([
      ['B8', 'Xếp loại theo cách bảng ghi (ô B8–B11): Hoàn thành xuất sắc nhiệm vụ từ 90%; Hoàn thành tốt nhiệm vụ từ 80%; Hoàn thành nhiệm vụ từ 50%; Không hoàn thành nhiệm vụ dưới 50%.'],
    ]);
  });

  it('«Tốt: không có học sinh vi phạm và tổng điểm từ 90 trở lên»: the condition written before the figures is said too', () => {
    const read = under(['Xếp loại:', '- Tốt: không có học sinh vi phạm và tổng điểm từ 90 trở lên', '- Khá: từ 70 đến dưới 90', '- Chưa đạt: dưới 70']);
    expect(bandsOf(read.set)).toEqual([['tot', 'Tốt', 90], ['kha', 'Khá', 70], ['chua-dat', 'Chưa đạt', 0]]);
    expect(read.notices.filter((n) => n.message.includes('ngoài điểm')).map((n) => [n.cell, n.message])).toEqual([
      ['B8', 'Mức «Tốt» ghi thêm điều kiện ngoài điểm «không có học sinh vi phạm»: thidua chỉ xếp theo điểm, không tự áp dụng điều kiện này; Hội đồng xét điều kiện trước khi công nhận «Tốt».'],
    ]);
  });

  it('points on a total of 120 turned into a share not whole: said rounded, «≈»', () => {
    const read = weekly([...WEEKLY.slice(0, 5), ['5', 'Tham gia phong trào của Đội', '20', null], [null, 'Tổng cộng', '120', null], [null, 'Xếp loại:', null, null], ...GRADES.map((g) => [null, g, null, null])]);
    expect(bandsOf(read.set).map(([, , min]) => Number(min).toFixed(4))).toEqual(['83.3333', '75.0000', '58.3333', '0.0000']);
    expect(read.notices.find((n) => n.message.startsWith('Xếp loại theo'))?.message).toBe(
      'Xếp loại theo cách bảng ghi (ô B9–B12), trên tổng 120 điểm của bộ tiêu chí: Tốt từ 100 điểm trên tổng 120 ≈ 83,33%; Khá từ 90 điểm trên tổng 120 = 75%; Trung bình từ 70 điểm trên tổng 120 ≈ 58,33%; Không đạt dưới 70 điểm trên tổng 120 ≈ dưới 58,33%.',
    );
  });
});

describe('grades whose lines contradict each other: said at the line, not guessed', () => {
  const refused = (lines: string[]) => {
    const read = readCriteriaSheet({ name: 'Bảng 1', values: [...WEEKLY, [null, 'Xếp loại:', null, null], ...lines.map((l) => [null, l, null, null])] }, { fileName: 'thi-dua-lop-tuan.docx' });
    return read.ok ? [] : read.errors.map((e) => [e.cell, e.message]);
  };

  it('«Khá: từ 90 đến dưới 105» under «Tốt: từ 100 trở lên»: the scores in both are said', () => {
    expect(refused(['- Tốt: từ 100 trở lên', '- Khá: từ 90 đến dưới 105', '- Không đạt: dưới 90'])).toEqual([
      ['B9', '«Khá: từ 90 đến dưới 105» và «Tốt: từ 100 trở lên» (ô B8) chồng lên nhau: từ 100 đến dưới 105 điểm thuộc cả «Tốt» lẫn «Khá»; sửa một trong hai dòng cho các mức nối liền, không chồng nhau'],
    ]);
  });

  it('«Khá: từ 80 đến 90 điểm» under «Tốt: từ 90 điểm»: the score 90 is in both', () => {
    expect(refused(['- Tốt: từ 90 điểm trở lên', '- Khá: từ 80 đến 90 điểm', '- Không đạt: dưới 80 điểm'])).toEqual([
      ['B9', '«Khá: từ 80 đến 90 điểm» và «Tốt: từ 90 điểm trở lên» (ô B8) chồng lên nhau: 90 điểm thuộc cả «Tốt» lẫn «Khá»; sửa một trong hai dòng cho các mức nối liền, không chồng nhau'],
    ]);
  });

  it('«Trung bình: từ 70 đến dưới 85» under «Khá: từ 90 đến dưới 100», «Không đạt: dưới 60» under it: each gap said', () => {
    expect(refused(['- Tốt: từ 100 trở lên', '- Khá: từ 90 đến dưới 100', '- Trung bình: từ 70 đến dưới 85', '- Không đạt: dưới 60'])).toEqual([
      ['B10', '«Trung bình: từ 70 đến dưới 85» và «Khá: từ 90 đến dưới 100» (ô B9) để hở từ 85 đến dưới 90 điểm: điểm trong khoảng này không thuộc mức nào; sửa một trong hai dòng cho các mức nối liền nhau'],
      ['B11', '«Không đạt: dưới 60» và «Trung bình: từ 70 đến dưới 85» (ô B10) để hở từ 60 đến dưới 70 điểm: điểm trong khoảng này không thuộc mức nào; sửa một trong hai dòng cho các mức nối liền nhau'],
    ]);
  });

  it('«Khá: từ 70 đến 79 điểm» under «Tốt: từ 80 điểm», whole points, meets it: read, «Không đạt» whole (it was «Không»)', () => {
    const read = weekly([...WEEKLY, [null, 'Xếp loại:', null, null], ...['- Tốt: từ 80 điểm trở lên', '- Khá: từ 70 đến 79 điểm', '- Không đạt: dưới 70 điểm'].map((l) => [null, l, null, null])]);
    expect(bandsOf(read.set)).toEqual([['tot', 'Tốt', 80], ['kha', 'Khá', 70], ['khong-dat', 'Không đạt', 0]]);
  });
});
