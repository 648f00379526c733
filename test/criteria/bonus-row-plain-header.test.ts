// A bonus row closing a part of a table whose header is thidua's own sheet's words («TT | Nội dung | Điểm tối đa»):
// such a table went to the layout of thidua's own sheet, which folded «* Điểm thưởng …» into the words of the item above
// it with nothing said — «Các số bảng ghi đều khớp ✔» and no bonus in the set. A bonus row makes the table an office's
// scoring table, whose reader takes it as the part's bonus (scoring-table/bonus-row.ts). Written by ExcelJS as an officer
// types it, read through the command line's reader.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';

it('reads «* Điểm thưởng (tối đa 5 điểm): …» under part II as that part’s bonus, said at its cell', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bonus-plain-'));
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Bang diem').addRows([
    ['TT', 'Nội dung', 'Điểm tối đa', 'Tự chấm'],
    ['I', 'Chỉ đạo, điều hành', 30],
    ['1', 'Ban hành kế hoạch', 10],
    ['2', 'Kiện toàn Ban chỉ đạo', 20],
    ['II', 'Kết quả', 70],
    ['1', 'Hồ sơ trực tuyến toàn trình', 40],
    ['2', 'Thanh toán trực tuyến', 30],
    [null, '* Điểm thưởng (tối đa 5 điểm): có mô hình hay được tỉnh biểu dương: 5 điểm'],
    [null, 'Tổng cộng', 100],
  ]);
  const path = join(dir, 'bang-diem.xlsx');
  await book.xlsx.writeFile(path);
  const { set, notices, reconciliation } = await readCriteriaFile(path, dir);
  const bonus = set.criteria.find((c) => c.rule.kind === 'bonus');
  expect(bonus).toMatchObject({ code: 'II.3', group: 'II', maxPoints: 5, rule: { kind: 'bonus', withinPart: true } });
  expect(set.criteria.filter((c) => c.rule.kind !== 'bonus').map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 10], ['I.2', 20], ['II.1', 40], ['II.2', 30]]);
  expect(notices.find((n) => n.cell === 'A8')?.message).toMatch(/^Dòng «Điểm thưởng \(tối đa 5 điểm\).*» trong phần II: đọc là điểm thưởng của phần II \(mục II\.3\), tối đa 5 điểm\./);
  expect(reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
});
