// A hamlets' table writing «TỔNG CỘNG (I+II+III) | 100» as its first row under the header, part III «ĐIỂM THƯỞNG»:
// the total counts the bonus. The reconciliation said so (✔, «90 điểm, cộng 10 điểm thưởng»), while the note at the
// total's cell said «Dòng tổng ghi 100 điểm, nhưng … được 90: kiểm tra lại bảng» — the same total written last was
// said to count the bonus. Now both places say it alike. Written by LibreOffice as Word and as a workbook, read
// through the command line's reader.
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { wordAndBookByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const LEADING: OfficeTable = {
  caption: 'BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ CÁC THÔN NĂM 2025',
  rows: [
    ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm hội đồng chấm'],
    [{ text: 'TỔNG CỘNG (I+II+III)', colSpan: 2 }, '100', '', ''],
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '30', '', ''],
    ['1', 'Ban hành kế hoạch chuyển đổi số của thôn', '10', '', ''],
    ['2', 'Thành lập Tổ công nghệ số cộng đồng', '20', '', ''],
    ['II', 'KẾT QUẢ THỰC HIỆN', '60', '', ''],
    ['1', 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang', '25', '', ''],
    ['2', 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2', '35', '', ''],
    ['III', 'ĐIỂM THƯỞNG', '10', '', ''],
    ['1', 'Có mô hình chuyển đổi số tiêu biểu được huyện công nhận', '10', '', ''],
  ],
};

describe('a total counting the bonus written as the first row under the header', () => {
  let files: Record<'docx' | 'xlsx', string>;
  beforeAll(async () => {
    files = await wordAndBookByLibreOffice([LEADING], 'tong-dau-bang');
  }, 180_000);

  it.each([['docx', 'C2'], ['xlsx', 'C3']] as const)('the .%s: parts of 30 and 60 and a bonus of 10; the total said to count the bonus, at its cell as in the reconciliation', async (ext, cell) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[ext], tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind === 'bonus'])).toEqual([['I.1', 10, false], ['I.2', 20, false], ['II.1', 25, false], ['II.2', 35, false], ['III.1', 10, true]]);
    expect(notices.filter((n) => n.cell === cell).map((n) => n.message)).toEqual(['Dòng «Tổng cộng» ghi 100 điểm, tính cả điểm thưởng (III.1 tối đa 10); không kể điểm thưởng, các tiêu chí cộng được 90 điểm.']);
    expect(reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
  }, 60_000);
});
