// An item whose own figure and its levels' disagree, in a school's table written by openpyxl: «1 | Xây dựng kế hoạch
// năm học | 0» over levels worth 10, 5 and 0 (the tolerant reader's property found the shape, seed −1693523023: an item
// «0 điểm» over levels worth 1 and 0), and «1 | Tham gia hội thi | 5» over levels worth 8, 3 and 0. The reader made of
// them a set check-set refuses (a level worth more than its item), which `criteria import` then refused whole
// («bậc thứ 1 … 10 điểm vượt điểm tối đa 0»). Now it reads a usable set and says at each item what it took: an item
// worth nothing has no level worth more, so its 0 is read as no maximum written, its highest level its maximum; a
// level above an item's maximum gives that maximum, as scoring always counted it. The reconciliation names both figures.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { runInProcess, tempDir, type Run } from './helpers.js';

const TABLE = `
import sys
from openpyxl import Workbook
book = Workbook(); sheet = book.active; sheet.title = 'Bảng điểm'
for row in [
  ['STT', 'Nội dung', 'Điểm'],
  ['I', 'Công tác chuyên môn', 20],
  [1, 'Xây dựng kế hoạch năm học', 0],
  ['a', 'Có kế hoạch, triển khai đầy đủ', 10],
  ['b', 'Có kế hoạch, triển khai chưa đầy đủ', 5],
  ['c', 'Không có kế hoạch', 0],
  [2, 'Tổ chức chuyên đề', 10],
  ['II', 'Công tác phong trào', 10],
  [1, 'Tham gia hội thi', 5],
  ['a', 'Có giải cấp huyện trở lên', 8],
  ['b', 'Tham gia, không có giải', 3],
  ['c', 'Không tham gia', 0],
  [2, 'Công tác từ thiện', 5],
  [None, 'Tổng cộng', 30],
]:
  sheet.append(row)
book.save(sys.argv[1])
`;

let dir: string;
let imported: Run;
let set: CriteriaSet;
let shown: Run;

beforeAll(async () => {
  dir = await tempDir();
  await promisify(execFile)('/usr/bin/python3', ['-c', TABLE, join(dir, 'bang-diem.xlsx')]);
  imported = await runInProcess(['criteria', 'import', 'bang-diem.xlsx', '--out', 'bo.json'], dir);
  set = imported.code === 0 ? JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) : undefined;
  shown = await runInProcess(['criteria', 'show', 'bo.json'], dir);
}, 120_000);

describe('an item whose figure and levels disagree is read into a usable set, each guess said', () => {
  it('imports, writing a set the other commands load', () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(shown.code, shown.stderr).toBe(0);
  });

  it('reads the item «0» as worth its highest level, each level as written, and says so at its figure', () => {
    expect(set.criteria.find((c) => c.code === 'I.1')).toMatchObject({
      maxPoints: 10,
      rule: { kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'a' }, { min: 5, points: 5, label: 'b' }, { min: 0, points: 0, label: 'c' }] },
    });
    expect(imported.stdout).toContain(
      'ô C3: Mục I.1 ghi 0 điểm, nhưng các mức dưới nó cho điểm, cao nhất mức I.1.a 10 điểm: một mục 0 điểm không có mức nào hơn 0, nên đọc số 0 là mục chưa ghi điểm tối đa — tính tối đa 10 điểm (mức cao nhất), mỗi mức như dòng ghi. Nếu mục thật sự không chấm điểm, sửa các mức trên trang «Tiêu chí» của tệp .xlsx xuất ra.',
    );
    expect(imported.stdout).toContain('Mục 1 ghi 0 điểm (ô C3); thidua đọc được 10 — thidua đọc mục I.1 tối đa 10 điểm');
  });

  it('reads a level above its item’s maximum as giving that maximum, reached by its own figure, and says so', () => {
    expect(set.criteria.find((c) => c.code === 'II.1')).toMatchObject({
      maxPoints: 5,
      rule: { kind: 'tiers', tiers: [{ min: 8, points: 5, label: 'a' }, { min: 3, points: 3, label: 'b' }, { min: 0, points: 0, label: 'c' }] },
    });
    expect(imported.stdout).toContain('ô C9: Mục II.1 ghi 5 điểm, nhưng mức II.1.a (8 điểm) ghi nhiều hơn: đơn vị đạt mức ấy được 5 điểm, không quá điểm của mục.');
    expect(imported.stdout).toContain('Mục a ghi 8 điểm (ô C10); thidua đọc được 5 — một mức của mục II.1, tính 5 điểm: không quá điểm tối đa 5 của mục');
    // The parts and the total agree: 10 + 10 and 5 + 5, 30 in all.
    expect(imported.stdout).not.toMatch(/Phần I .*—|Phần II .*—|Dòng «Tổng cộng».*—/);
  });
});

// Made for: the tolerant reader's property (seed −1693523023), an item «0 điểm» over levels worth 1 and 0 read into a set
// check-set refuses, so the reader could not hold its sets to check-set and the page and the pane took unusable sets.
