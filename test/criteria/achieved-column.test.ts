// A points column that holds a unit's results, read as the maximum (core/criteria/sheet/layouts/scoring-table/achieved.ts):
// said at its header and first in the reconciliation when the column names no maximum and the table beside it says it
// is a result — a rank column holding ranks, or the line above the table (or its title) saying «đạt N điểm» of the
// total read; never when the column names a maximum, nor when a unit's scores stand in another column beside it. The
// real table is held by test/cli/criteria-import-achieved.test.ts.
import { describe, expect, it } from 'vitest';
import { readCriteriaSheet, type ReadCriteriaSheetOptions } from '../../core/criteria/sheet/index.js';
import type { SheetGrid } from '../../core/sheet/cell.js';

type Row = (string | number | null)[];
const grid = (values: Row[]): SheetGrid => ({ name: 'Bảng 1', values });

/** A commune's results: sections written in the content cell, «Tổng cộng» 50; `extra` the columns after the points. */
function table(points: string, extra: { header: string; cells: (string | number | null)[] }[] = []): Row[] {
  const body: Row[] = [
    [null, 'I. Công tác chỉ đạo', 30],
    ['1', 'Ban hành kế hoạch', 10],
    ['2', 'Báo cáo đúng hạn', 20],
    [null, 'II. Thực hiện nhiệm vụ', 20],
    ['1', 'Hoàn thành chỉ tiêu', 20],
    [null, 'Tổng cộng', 50],
  ];
  return [['STT', 'Nội dung', points, ...extra.map((e) => e.header)], ...body.map((row, i) => [...row, ...extra.map((e) => e.cells[i] ?? null)])];
}
const RANKS = { header: 'Xếp hạng', cells: ['2/10', null, null, '3/10', null, '2/10'] };

function read(values: Row[], options: ReadCriteriaSheetOptions = {}) {
  const r = readCriteriaSheet(grid(values), { fileName: 'bang.docx', ...options });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return { said: r.notices.filter((n) => n.message.includes('có vẻ ghi điểm đã đạt')), reconciliation: r.reconciliation, total: r.set.criteria.reduce((s, c) => s + c.maxPoints, 0) };
}

describe('a points column of results is said', () => {
  it('beside a rank column that holds ranks: at its header, and first in the reconciliation, whose figures still agree', () => {
    const r = read(table('Điểm', [RANKS]));
    expect(r.total).toBe(50);
    expect(r.said).toEqual([
      {
        cell: 'C1',
        message: 'Cột «Điểm» (ô C1) có vẻ ghi điểm đã đạt, không phải điểm tối đa: bảng có cột «Xếp hạng» (ô D1). thidua đọc các số này làm điểm tối đa (tổng 50): mỗi đơn vị sẽ được chấm trên 50 điểm, mỗi tiêu chí tối đa bằng số ghi ở cột này. Nếu đây là bảng kết quả, hãy dùng bảng tiêu chí gốc có điểm tối đa.',
      },
    ]);
    expect(r.reconciliation.agrees).toBe(false);
    expect(r.reconciliation.figures.every((f) => f.agrees)).toBe(true);
    expect(r.reconciliation.summary).toBe(
      'Cột C («Điểm», ô C1) có vẻ ghi điểm đã đạt, không phải điểm tối đa: bảng có cột «Xếp hạng» (ô D1). thidua đọc các số ấy làm điểm tối đa, chấm trên tổng 50 điểm; nếu đây là bảng kết quả, hãy dùng bảng tiêu chí gốc có điểm tối đa (xem ghi chú ở ô C1). ' +
        'Các số bảng ghi khớp với bộ tiêu chí thidua đọc được (tổng 50 điểm, 2 phần, 3 số điểm của mục), nhưng đó là các số của chính cột ấy cộng lại: khớp không cho biết chúng là điểm tối đa. Xem điều trên trước khi xác nhận.',
    );
  });

  it('under a line saying the unit «đạt N điểm» of the total read, and under a sheet’s title saying it', () => {
    expect(read(table('Điểm số'), { caption: 'Kết quả năm 2025: xã Tà Ma đạt 50 điểm, xếp loại Tốt.' }).said.map((n) => n.message)).toEqual([
      expect.stringContaining('Cột «Điểm số» (ô C1) có vẻ ghi điểm đã đạt, không phải điểm tối đa: dòng ngay trên bảng ghi «đạt 50 điểm». '),
    ]);
    const titled = read([['KẾT QUẢ CHẤM ĐIỂM: XÃ TÀ MA ĐẠT 50 ĐIỂM', null, null], ...table('Điểm')]);
    expect(titled.said.map((n) => [n.cell, n.message.split('. ')[0]])).toEqual([['C2', 'Cột «Điểm» (ô C2) có vẻ ghi điểm đã đạt, không phải điểm tối đa: tiêu đề ô A1 ghi «ĐẠT 50 ĐIỂM»']]);
  });
});

describe('a criteria table is not doubted', () => {
  it('when its column names a maximum, whatever stands beside it (a unit’s points, ranks, «đạt 50 điểm» above)', () => {
    const r = read(table('Điểm tối đa', [{ header: 'Điểm đạt', cells: [25, 8, 17, 15, 15, 40] }, RANKS]), { caption: 'Xã Tà Ma đạt 50 điểm' });
    expect(r.said).toEqual([]);
    // «Điểm đạt» is said as figures no column takes (unread-figures.ts), not as a doubt of the maximum.
    expect(r.reconciliation.summary).not.toContain('điểm đã đạt');
    expect(r.reconciliation.figures.every((f) => f.agrees)).toBe(true);
    const selfScored = read(table('Điểm tối đa', [{ header: 'Điểm tự chấm', cells: [25, 8, 17, 15, 15, 40] }, RANKS]), { caption: 'Xã Tà Ma đạt 50 điểm' });
    expect(selfScored.said).toEqual([]);
    expect(selfScored.reconciliation).toMatchObject({ agrees: true, summary: 'Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 50 điểm, 2 phần, 3 số điểm của mục).' });
  });

  it('when a unit’s points stand in a column of their own beside it: the column read is their maximum', () => {
    expect(read(table('Điểm', [{ header: 'Điểm tự chấm', cells: [25, 8, 17, 15, 15, 40] }, RANKS])).said).toEqual([]);
    expect(read(table('Điểm', [{ header: 'Điểm đạt', cells: [25, 8, 17, 15, 15, 40] }, RANKS])).said).toEqual([]);
  });

  it('when its rank column is left blank to fill in, or the line above gives a threshold or another figure', () => {
    expect(read(table('Điểm', [{ header: 'Xếp hạng', cells: [] }])).said).toEqual([]);
    expect(read(table('Điểm số'), { caption: 'Đơn vị đạt từ 50 điểm trở lên xếp loại Xuất sắc' }).said).toEqual([]);
    expect(read(table('Điểm số'), { caption: 'Xã Tà Ma đạt 45 điểm' }).said).toEqual([]);
  });
});
