import { describe, expect, it } from 'vitest';
import { looksLikeReport, readReport, rowCode } from '../../core/report/read.js';
import { findLabeledCells } from '../../core/sheet/grid.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';

const _ = null;

/** A report as a school would fill it: title rows, metadata with colons, a merged blank row, a group heading. */
function schoolReport(): CellValue[][] {
  return [
    ['UBND XÃ TA MA', _, _, _, _, _, _, _],
    ['BÁO CÁO KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025', _, _, _, _, _, _, _],
    [_, _, _, _, _, _, _, _],
    ['Tên đơn vị:', _, 'Trường Tiểu học Ta Ma', _, _, _, _, _],
    ['Loại đơn vị:', _, 'Trường học', _, 'Kỳ báo cáo:', 'Năm 2025', _, _],
    ['Ngày nộp:', _, '03/11/2025', _, _, _, _, _],
    ['Bộ tiêu chí:', _, 'ta-ma-2025@1', _, _, _, _, _],
    [_, _, _, _, _, _, _, _],
    ['STT', 'Mã tiêu chí', 'Tiêu chí', 'Kết quả', 'Tử số', 'Mẫu số', 'Minh chứng', 'Điểm tự chấm', 'Ghi chú'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
    ['I', _, 'CHÍNH QUYỀN SỐ', _, _, _, _, _, _],
    [1, 'TM.B1', 'Tỷ lệ văn bản điện tử', '85,5%', _, _, 'CV số 12/UBND', 8, _],
    [_, _, _, _, _, _, _, _, _],
    [2, 'TM.B2', 'Số cán bộ được tập huấn', _, 45, 50, _, '7,5', 'đã tập huấn'],
    [3, 'TM.B3', 'Có 4G/5G', 'Có', _, _, _, _, _],
    [4, 'TM.B4', 'Hồ sơ trực tuyến', 'Không được giao', _, _, _, _, _],
    [5, 1.1, 'Mã gõ như số', '#DIV/0!', _, _, _, _, _],
    [_, _, 'Tổng cộng', _, _, _, _, 15.5, _],
    [_, _, 'Người lập biểu', _, _, _, _, _, _],
  ];
}

describe('readReport', () => {
  it('reads metadata, the table and every cell with its real address', () => {
    const result = readReport({ name: 'Trường TH Ta Ma', values: schoolReport() }, { file: 'ta-ma.xlsx' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.report;
    expect(r.sheet).toBe('Trường TH Ta Ma');
    expect(r.file).toBe('ta-ma.xlsx');
    expect(r.unitName).toEqual({ address: 'C4', raw: 'Trường Tiểu học Ta Ma', value: { kind: 'text', value: 'Trường Tiểu học Ta Ma' } });
    expect(r.unitKind?.address).toBe('C5');
    expect(r.period).toEqual({ address: 'F5', raw: 'Năm 2025', value: { kind: 'text', value: 'Năm 2025' } });
    expect(r.submittedAt?.value).toEqual({ kind: 'date', value: '2025-11-03' });
    expect(r.criteriaSetRef?.raw).toBe('ta-ma-2025@1');
    expect(r.headerRow).toBe(9);
    expect(r.columns).toEqual({
      code: 'B', title: 'C', result: 'D', numerator: 'E', denominator: 'F', evidence: 'G', selfScore: 'H', note: 'I',
    });
    expect(r.lastColumn).toBe(9);
    expect(r.rows.map(rowCode)).toEqual(['TM.B1', 'TM.B2', 'TM.B3', 'TM.B4', '1.1']);
    const [b1, b2, b3, b4, b5] = r.rows;
    expect(b1!.row).toBe(12);
    expect(b1!.result).toEqual({ address: 'D12', raw: '85,5%', value: { kind: 'number', value: 85.5, percent: true } });
    expect(b1!.evidence?.value).toEqual({ kind: 'text', value: 'CV số 12/UBND' });
    expect(b1!.selfScore?.value).toEqual({ kind: 'number', value: 8, percent: false });
    expect(b1!.numerator).toEqual({ address: 'E12', raw: null, value: { kind: 'empty' } });
    expect(b2!.row).toBe(14);
    expect(b2!.numerator?.value).toEqual({ kind: 'number', value: 45, percent: false });
    expect(b2!.denominator?.address).toBe('F14');
    expect(b2!.selfScore?.value).toEqual({ kind: 'number', value: 7.5, percent: false });
    expect(b2!.note?.value).toEqual({ kind: 'text', value: 'đã tập huấn' });
    expect(b3!.result?.value).toEqual({ kind: 'bool', value: true });
    expect(b4!.result?.value).toEqual({ kind: 'not_assigned' });
    expect(b5!.result?.value).toEqual({ kind: 'error', value: '#DIV/0!' });
  });

  it('finds the header in any column order, without diacritics, with title rows and blank rows before it', () => {
    const values: CellValue[][] = [
      ['BAO CAO', _, _, _],
      [_, _, _, _],
      [_, _, _, _],
      ['GHI CHU', 'ket qua', 'DIEM TU CHAM', 'ma'],
      [_, 90, 10, 'A1'],
      [_, '45/50', _, 'A2'],
    ];
    const result = readReport({ name: 'X', values });
    expect(result.ok && result.report.columns).toEqual({ note: 'A', result: 'B', selfScore: 'C', code: 'D' });
    expect(result.ok && result.report.rows.map((r) => [r.row, rowCode(r), r.result?.value])).toEqual([
      [5, 'A1', { kind: 'number', value: 90, percent: false }],
      [6, 'A2', { kind: 'fraction', numerator: 45, denominator: 50 }],
    ]);
  });

  it('takes «Điểm cá nhân tự chấm» for the self-score (a city’s Mẫu 03, a teacher’s own scores)', () => {
    const result = readReport({ name: 'X', values: [['Mã tiêu chí', 'Kết quả', 'Điểm cá nhân tự chấm'], ['A1', 90, 10]] });
    expect(result.ok && result.report.columns).toEqual({ code: 'A', result: 'B', selfScore: 'C' });
  });

  it('respects the origin of a used range that does not start at A1', () => {
    const grid: SheetGrid = {
      name: 'Thôn Nà Pen',
      origin: { row: 3, col: 2 }, // values[0][0] is B3
      values: [
        ['Tên đơn vị: Thôn Nà Pen', _, _],
        ['Mã', 'Kết quả', 'Minh chứng'],
        ['TM.B1', 0.855, _],
        ['TM.B2', 45966, _],
      ],
      formats: [
        ['General', 'General', 'General'],
        ['General', 'General', 'General'],
        ['@', '0.0%', 'General'],
        ['@', 'dd/mm/yyyy', 'General'],
      ],
    };
    const result = readReport(grid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.unitName).toEqual({ address: 'B3', raw: 'Thôn Nà Pen', value: { kind: 'text', value: 'Thôn Nà Pen' } });
    expect(result.report.headerRow).toBe(4);
    expect(result.report.columns).toEqual({ code: 'B', result: 'C', evidence: 'D' });
    expect(result.report.lastColumn).toBe(4);
    const [a, b] = result.report.rows;
    expect(a!.result).toEqual({ address: 'C5', raw: 0.855, value: { kind: 'number', value: 85.5, percent: true } });
    expect(b!.result?.value).toEqual({ kind: 'date', value: '2025-11-05' });
    expect(b!.row).toBe(6);
  });

  it('reads a two-row header where «Kết quả» is merged over «Tử số» and «Mẫu số»', () => {
    const values: CellValue[][] = [
      ['Mã tiêu chí', 'Nội dung', 'Kết quả', _, 'Tỷ lệ (%)', 'Điểm tự chấm'],
      [_, _, 'Tử số', 'Mẫu số', _, _],
      ['B1', 'Văn bản điện tử', 40, 50, _, 5],
    ];
    const result = readReport({ name: 'S', values });
    expect(result.ok && result.report.columns).toEqual({ code: 'A', title: 'B', numerator: 'C', denominator: 'D', selfScore: 'F' });
    expect(result.ok && result.report.rows[0]!.row).toBe(3);
    expect(result.ok && result.report.rows[0]!.numerator?.raw).toBe(40);
  });

  it('stops at the total row but not at a criterion titled «Tổng số…»', () => {
    const values: CellValue[][] = [
      ['Mã', 'Tiêu chí', 'Kết quả'],
      ['C1', 'Tổng số hồ sơ trực tuyến', 12],
      ['Tổng', _, 12],
      ['C2', 'after the total', 1],
    ];
    const result = readReport({ name: 'S', values });
    expect(result.ok && result.report.rows.map(rowCode)).toEqual(['C1']);
  });

  it('skips group headings written in the code column', () => {
    const values: CellValue[][] = [
      ['Mã', 'Tiêu chí', 'Kết quả'],
      ['I. CHÍNH QUYỀN SỐ', _, _],
      ['C1', 'x', 1],
      ['II. KINH TẾ SỐ', _, _],
      ['C2', 'y', 2],
    ];
    const result = readReport({ name: 'S', values });
    expect(result.ok && result.report.rows.map(rowCode)).toEqual(['C1', 'C2']);
  });

  it('a date in «Ngày nộp» read without its format is still a date', () => {
    const values: CellValue[][] = [['Ngày nộp', 45966], ['Mã', 'Kết quả'], ['C1', 1]];
    const result = readReport({ name: 'S', values });
    expect(result.ok && result.report.submittedAt?.value).toEqual({ kind: 'date', value: '2025-11-05' });
  });

  it('gives a Vietnamese error naming the missing labels and the sheet', () => {
    const result = readReport({ name: 'Ghi chép', values: [['Danh sách cán bộ'], ['Họ tên', 'Chức vụ'], ['A', 'B']] });
    expect(result).toEqual({
      ok: false,
      error: {
        sheet: 'Ghi chép',
        message: 'Không tìm thấy dòng tiêu đề có cột «Mã tiêu chí» và «Kết quả» (hoặc «Tử số», «Điểm tự chấm») trong trang «Ghi chép».',
      },
    });
    const withCodeOnly = readReport({ name: 'Y', values: [['Mã', 'Tên']] });
    expect(withCodeOnly.ok).toBe(false);
    expect(readReport({ name: 'Trống', values: [] })).toEqual({
      ok: false,
      error: { sheet: 'Trống', message: 'Trang «Trống» trống, không có bảng báo cáo.' },
    });
  });
});

describe('looksLikeReport', () => {
  it('is a cheap test on the header', () => {
    expect(looksLikeReport({ name: 'a', values: schoolReport() })).toBe(true);
    expect(looksLikeReport({ name: 'b', values: [['Mã', 'Tiêu chí', 'Điểm tối đa']] })).toBe(false);
    expect(looksLikeReport({ name: 'c', values: [] })).toBe(false);
  });
});

describe('findLabeledCells', () => {
  const labels = { name: ['Tên đơn vị'], kind: ['Loại đơn vị'] };
  it('reads «Label: value» in one cell, «Label:» then a cell, and an empty label', () => {
    const grid: SheetGrid = {
      name: 's',
      values: [
        ['Tên đơn vị: Trường Tiểu học', _, _],
        ['Loại đơn vị:', _, _],
      ],
    };
    expect(findLabeledCells(grid, labels, 0, 2)).toEqual({
      name: { address: 'A1', raw: 'Trường Tiểu học', value: { kind: 'text', value: 'Trường Tiểu học' } },
      kind: { address: 'B2', raw: null, value: { kind: 'empty' } },
    });
  });

  it('does not take the next label as a value', () => {
    const grid: SheetGrid = { name: 's', values: [['Tên đơn vị', _, 'LOAI DON VI', 'Thôn']] };
    const found = findLabeledCells(grid, labels, 0, 1);
    expect(found.name).toEqual({ address: 'B1', raw: null, value: { kind: 'empty' } });
    expect(found.kind?.raw).toBe('Thôn');
  });

  it('takes the cell right beside a label as its value when it reads as a label only without its marks', () => {
    // A set coded «ky» beside «Mã bộ tiêu chí» was read as the label «Kỳ», and the real «Kỳ» further down ignored.
    const meta = { id: ['Mã bộ tiêu chí'], period: ['Kỳ'] };
    const grid: SheetGrid = { name: 's', values: [['Mã bộ tiêu chí', 'ky'], [_, _], ['Kỳ', 'Năm 2025']] };
    const found = findLabeledCells(grid, meta, 0, 3);
    expect([found.id?.raw, found.period?.raw]).toEqual(['ky', 'Năm 2025']);
  });
});
