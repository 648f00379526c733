// A Word table broken over a page as offices type it: the header row written again mid-table and a «(tiếp theo)» row
// under it, the columns our own sheet's words («STT | Nội dung tiêu chí | Điểm tối đa | Điểm tự chấm | Ghi chú»). It was
// refused — «ô A9: Mục «DANH SÁCH TIÊU CHÍ» đã có ở ô A2», the header again taken for a second list — and, read past
// that, the «(tiếp theo)» row became words of item II.1. Now the header again right under a row of the table is the
// table going on (sheet-reader.ts sectionsOf; a header under a blank row or a title of its own stays a second table),
// read by the office's layout that skips it (scoring-table.ts detect), the «(tiếp theo)» row skipped with it
// (scoring-table/rows.ts headerRows). Written by LibreOffice as Word and as a workbook, read through the command line's
// reader.
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { wordAndBookByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const HEADER = ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Ghi chú'];
const BROKEN: OfficeTable = {
  caption: 'BẢNG ĐIỂM THI ĐUA CÁC CƠ QUAN, ĐƠN VỊ NĂM 2025',
  rows: [
    HEADER,
    ['I', 'CÔNG TÁC CHỈ ĐẠO', '40', '', ''],
    ['1', 'Ban hành kế hoạch chuyển đổi số năm', '15', '', ''],
    ['2', 'Kiện toàn Ban chỉ đạo chuyển đổi số', '10', '', ''],
    ['3', 'Tổ chức sơ kết, tổng kết', '15', '', ''],
    ['II', 'KẾT QUẢ THỰC HIỆN', '60', '', ''],
    ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '20', '', ''],
    HEADER,
    [{ text: '(tiếp theo)', colSpan: 5 }],
    ['2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '20', '', ''],
    ['3', 'Tỷ lệ số hóa kết quả giải quyết', '20', '', ''],
    [{ text: 'Tổng cộng', colSpan: 2 }, '100', '', ''],
  ],
};

describe('a table broken over a page: its header again and «(tiếp theo)»', () => {
  let files: Record<'docx' | 'xlsx', string>;
  beforeAll(async () => {
    files = await wordAndBookByLibreOffice([BROKEN], 'sang-trang');
  }, 180_000);

  it.each([['docx', 8], ['xlsx', 9]] as const)('the .%s: read as one table of six items, the header again said at its row', async (ext, again) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[ext], tmpdir());
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 40], ['II', 60]]);
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.note ?? ''])).toEqual([['I.1', 15, ''], ['I.2', 10, ''], ['I.3', 15, ''], ['II.1', 20, ''], ['II.2', 20, ''], ['II.3', 20, '']]);
    expect(notices.filter((n) => /tiếp theo/.test(n.message)).map((n) => n.message)).toEqual([]);
    expect(notices.filter((n) => n.cell === `B${again}`).map((n) => n.message)).toEqual([`Dòng ${again} ghi lại dòng tiêu đề của bảng (bảng sang trang mới): không đọc thành tiêu chí.`]);
    expect(reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
  }, 60_000);
});
