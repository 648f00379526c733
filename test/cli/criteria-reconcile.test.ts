// Issue 55 item 1 on the command line: `thidua criteria import` opens with the reconciliation — each figure the table
// states beside what thidua reads, ✔ or the difference naming its rows — exits 0 whether they agree or not, and
// `--json` carries it as the plain data every face shows.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Reconciliation } from '../../core/criteria/sheet/reconcile.js';
import { runInProcess, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const wb = new ExcelJS.Workbook();
  // A table whose own arithmetic is off: part II writes 60 over items adding to 50, the total row 100.
  wb.addWorksheet('Bảng điểm').addRows([
    ['STT', 'Nội dung', 'Điểm tối đa'],
    ['I', 'Công tác chỉ đạo', 40],
    ['1', 'Ban hành kế hoạch', 25],
    ['2', 'Báo cáo định kỳ', 15],
    ['II', 'Kết quả thực hiện', 60],
    ['1', 'Hồ sơ trực tuyến', 50],
    [null, 'Tổng cộng', 100],
  ]);
  await wb.xlsx.writeFile(join(dir, 'bang-diem.xlsx'));
});

describe('thidua criteria import, figures that differ', () => {
  it('exits 0 and says first, before the tree, each figure and where the set parts from it', async () => {
    const run = await runInProcess(['criteria', 'import', 'bang-diem.xlsx', '--out', 'bo.json'], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(1, 6)).toEqual([
      'Bảng ghi 6 số; 2 số khác với điều thidua đọc được: xem từng số dưới đây trước khi xác nhận.',
      '  Phần I «Công tác chỉ đạo» ghi 40 điểm (ô C2); thidua đọc được 40 ✔',
      '  Phần II «Kết quả thực hiện» ghi 60 điểm (ô C5); thidua đọc được 50 — nhóm II ghi 60 điểm, các mục cộng được 50: tính 50',
      '  Dòng «Tổng cộng» ghi 100 điểm (ô C7); thidua đọc được 90 — phần II ghi 60, thidua tính 50 (dòng 5–6)',
      'Bảng đã hiểu như sau (sửa trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu chưa đúng):',
    ]);
  });

  it('--json carries the reconciliation as its schema holds it, with the tree and the notices', async () => {
    const run = await runInProcess(['criteria', 'import', 'bang-diem.xlsx', '--out', 'bo-2.json', '--json'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const reconciliation = Reconciliation.parse(out.reconciliation);
    expect(reconciliation.agrees).toBe(false);
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => [f.figure.kind, f.figure.cell, f.figure.value, f.reads])).toEqual([['part', 'C5', 60, 50], ['total', 'C7', 100, 90]]);
    expect(out.understood.total).toBe(90);
    expect(out.notices.length).toBeGreaterThan(0);
  });
});
