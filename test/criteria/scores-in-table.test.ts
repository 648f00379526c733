// A unit's copy of the table sent as the table («Tự đánh giá» and «Thẩm định» filled in, as Tây Ninh's DTI table came):
// the set keeps the criteria and their maxima, and says at each column's header that it does not keep those scores
// and where they count — never dropped without a word while «Chênh lệch», their difference, was said.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cell.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';

const TABLE: CellValue[][] = [
  ['STT', 'Tên chỉ số', 'Điểm tối đa', 'Tự đánh giá', 'Thẩm định'],
  ['1', 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng', 30, 28, 25],
  ['2', 'Tỷ lệ văn bản điện tử được ký số', 40, 40, 36],
  ['3', 'Cổng thông tin điện tử của xã cập nhật đầy đủ', 30, 25, 25],
];

describe('a unit’s scores in the table read as the set', () => {
  it('says at «Tự đánh giá» and «Thẩm định» that the set does not keep them, and where they count', () => {
    const read = readCriteriaSheet({ name: 'DTI', values: TABLE }, { fileName: 'dti-xa.xlsx' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1', 30], ['2', 40], ['3', 30]]);
    expect(read.notices.filter((n) => n.cell === 'D1' || n.cell === 'E1')).toEqual([
      { cell: 'D1', message: 'Cột D («Tự đánh giá», ô D1) ghi điểm tự chấm của một đơn vị: bộ tiêu chí chỉ giữ các tiêu chí và điểm tối đa, không giữ các điểm ấy. Muốn chấm đơn vị đó, đưa chính tệp này vào «thidua score» như báo cáo của đơn vị.' },
      { cell: 'E1', message: 'Cột E («Thẩm định», ô E1) ghi điểm thẩm định của một đơn vị: bộ tiêu chí chỉ giữ các tiêu chí và điểm tối đa, không giữ các điểm ấy. Muốn chấm đơn vị đó, đưa chính tệp này vào «thidua score» như báo cáo của đơn vị.' },
    ]);
  });

  it('says, of a table read from a Word file, to type the scores into the unit’s template: `score` reads no .docx', () => {
    const read = readCriteriaSheet({ name: 'Bảng 3', values: TABLE }, { fileName: 'par-index.docx' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.notices.find((n) => n.cell === 'D1')!.message).toBe(
      'Cột D («Tự đánh giá», ô D1) ghi điểm tự chấm của một đơn vị: bộ tiêu chí chỉ giữ các tiêu chí và điểm tối đa, không giữ các điểm ấy. Muốn chấm đơn vị đó, ghi các điểm ấy vào mẫu báo cáo của đơn vị (thidua template --unit) rồi đưa mẫu ấy vào «thidua score»: «thidua score» chỉ chấm sổ tính .xlsx, không chấm chính tệp par-index.docx.',
    );
  });

  it('says, of a Word table listing the unit’s documents beside its scores, to type them too, in the template’s «Minh chứng»', () => {
    const listed = [[...TABLE[0]!.slice(0, 4), 'Tài liệu kiểm chứng'], ...TABLE.slice(1).map((row, r) => [...row.slice(0, 4), r === 1 ? null : `Báo cáo số ${r + 1}/BC-UBND`])];
    const read = readCriteriaSheet({ name: 'Bảng 3', values: listed }, { fileName: 'par-index.docx' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.notices.find((n) => n.cell === 'D1')!.message).toContain(
      'Muốn chấm đơn vị đó, ghi các điểm ấy vào mẫu báo cáo của đơn vị (thidua template --unit) — cùng tài liệu kiểm chứng 2 dòng ghi ở cột E («Tài liệu kiểm chứng», ô E1), vào cột «Minh chứng» của mẫu — rồi đưa mẫu ấy vào «thidua score»',
    );
  });

  it('says nothing of the columns left blank for the unit to fill', () => {
    const blank = TABLE.map((row, r) => (r === 0 ? row : [...row.slice(0, 3), null, null]));
    const read = readCriteriaSheet({ name: 'DTI', values: blank }, { fileName: 'dti-xa.xlsx' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.notices.filter((n) => n.cell === 'D1' || n.cell === 'E1')).toEqual([]);
  });
});
