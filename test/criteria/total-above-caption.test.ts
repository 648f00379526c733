// A plan's annex writing its total as a line of the title block, above the table's caption («Tổng số điểm: 100»), the
// parts under it adding up to 90 (40 + 50). The workbook's reading held the table to it («Tiêu đề bảng ghi tối đa 100
// điểm …; thidua đọc được 90»); the Word document's did not read the lines above the caption, and said «Các số bảng
// ghi đều khớp ✔ (2 phần, 4 số điểm của mục)» over a set of 90. Written by LibreOffice as Word and as a workbook, read
// through the command line's reader. The Word document's figure was then said «(ô A1)», a cell a document has not.
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { wordAndBookByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const ANNEX: OfficeTable = {
  before: ['UBND XÃ TA MA', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Phụ lục 01', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2025)', 'Tổng số điểm: 100'],
  caption: 'TIÊU CHÍ CHẤM ĐIỂM THI ĐUA ĐỐI VỚI TẬP THỂ',
  rows: [
    ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm'],
    ['I', 'Công tác chỉ đạo', '40', ''],
    ['1', 'Ban hành kế hoạch', '20', ''],
    ['2', 'Kiện toàn Ban chỉ đạo', '20', ''],
    ['II', 'Kết quả thực hiện', '50', ''],
    ['1', 'Tỷ lệ hồ sơ trực tuyến', '25', ''],
    ['2', 'Tỷ lệ thanh toán trực tuyến', '25', ''],
  ],
};

describe('a total written in the title block above the caption', () => {
  let files: Record<'docx' | 'xlsx', string>;
  beforeAll(async () => {
    files = await wordAndBookByLibreOffice([ANNEX], 'tong-tren-tieu-de');
  }, 180_000);

  it.each(['docx', 'xlsx'] as const)('the .%s: the 100 it states held against the 90 the parts add up to, never a ✔', async (ext) => {
    const { set, reconciliation } = await readCriteriaFile(files[ext], tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 20], ['I.2', 20], ['II.1', 25], ['II.2', 25]]);
    expect(reconciliation.figures.filter((f) => f.figure.kind === 'title').map((f) => [f.figure.value, f.reads, f.agrees])).toEqual([[100, 90, false]]);
    expect(reconciliation.agrees).toBe(false);
    expect(reconciliation.summary).not.toContain('✔');
    // Where the officer finds it: the workbook's cell; the document's paragraph, as it has no cell (never «ô A1»).
    const title = reconciliation.figures.find((f) => f.figure.kind === 'title')!.text;
    expect(title).toMatch(ext === 'docx' ? /^Tiêu đề văn bản ghi tối đa 100 điểm \(đoạn «Tổng số điểm: 100» trên bảng\); thidua đọc được 90 — / : /^Tiêu đề bảng ghi tối đa 100 điểm \(ô A5\); thidua đọc được 90 — /);
  }, 60_000);
});
