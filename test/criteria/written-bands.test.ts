// The grading a form writes in words instead of a «XẾP LOẠI» section (core/criteria/sheet/written-bands.ts): every
// table of the corpus was graded by thidua's defaults (Xuất sắc ≥ 90 %, Tốt ≥ 80 %, Đạt ≥ 60 %), said only as «Chưa có
// mục «XẾP LOẠI»», though a city's Mẫu 03 writes its four grades across a row under its table and a ward's Party-cell
// form lists «Tốt: từ 90 điểm» … «Kém: dưới 50 điểm» under its criteria: a unit at 85 was «Tốt» where the form says «Khá».
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { score } from '../../core/checks/run.js';
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
      ['B12', 'Xếp loại theo cách bảng ghi (Tốt: từ 90 điểm; Khá: từ 70 điểm; Trung bình: từ 50 điểm; Kém: dưới 50 điểm; ô B12–B15), trên tổng 100 điểm của bộ tiêu chí: Tốt ≥ 90%, Khá ≥ 70%, Trung bình ≥ 50%, Kém dưới 50%.'],
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
    expect(team.notices.map((n) => n.message)).toContain('Bảng ghi cách xếp loại (XUẤT SẮC (XS): từ 900 điểm; GIỎI (G): từ 800 điểm; CHƯA ĐẠT (CĐ): dưới 800 điểm; ô B12–B14) nhưng mức cao nhất 900 điểm vượt tổng 100 điểm của bộ tiêu chí: không dùng được, kiểm tra lại.');
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
  });
});
