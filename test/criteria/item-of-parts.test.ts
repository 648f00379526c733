// An item of the document made of parts each scored on its own rows (core/criteria/sheet/layouts/scoring-table/
// settle.ts, Criterion.partOf), on the real documents: the Tiền Giang department's Word table, whose C3 (5) is C3.1 (2,
// two levels) + C3.2 (3, two levels) with C3.3 a bonus, C4 (4) is C4.1 + C4.2 (levels), C5 (5) is C5.1 (a guide) +
// C5.2 (levels) + C5.3 (a measure row) — 31 items, not 36 — and the two tables whose parents have numbered parts adding
// up to them but are counted by their parts (PAR Index Lâm Đồng's «tiêu chí thành phần», Sơn Trà's Mẫu 03): those stay
// as they are.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import type { ReadCriteriaFile } from '../../cli/files.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { judge, loadCorpus, type CorpusEntry } from '../../scripts/harness/criteria-corpus.js';
import { DEPARTMENT, docxByLibrary, type OfficeTable } from './fixtures/office-tables.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';

let entries: CorpusEntry[];
const entry = (id: string) => entries.find((e) => e.id === id)!;


beforeAll(async () => {
  entries = await loadCorpus();
});

describe('Tiền Giang’s C3, C4, C5: one item each, read as its parts', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    read = await importCorpusCopy('tnmt-tien-giang-bang-diem-chuan.docx');
  }, 300_000);
  const parts = () => read.set.criteria.filter((c) => c.partOf !== undefined).map((c) => [c.code, c.rule.kind, c.maxPoints, c.partOf!.code, c.partOf!.maxPoints]);

  it('marks the criteria each item’s parts make with the item, a bonus part staying a bonus', () => {
    expect(parts()).toEqual([
      ['C3.1', 'tiers', 2, 'C3', 5],
      ['C3.2', 'tiers', 3, 'C3', 5],
      ['C3.3', 'bonus', 1, 'C3', 5],
      ['C4.1', 'tiers', 2, 'C4', 4],
      ['C4.2', 'tiers', 2, 'C4', 4],
      ['C5.1', 'manual', 1, 'C5', 5],
      ['C5.2', 'tiers', 1, 'C5', 5],
      ['C5.3', 'manual', 3, 'C5', 5],
    ]);
    expect(read.set.criteria.find((c) => c.code === 'C3.1')!.partOf!.title).toMatch(/^Tiếp tục triển khai các nội dung liên quan công tác thu gom/);
  });

  it('says it at the item’s cell, and the reconciliation still holds the item’s 5 points', () => {
    expect(read.notices.filter((n) => n.cell === 'A82').map((n) => n.message)).toEqual([
      'Mục C3 (5 điểm) gồm các phần C3.1, C3.2 chấm riêng, mỗi phần ở dòng của nó (C3.1, C3.2 chọn mức); điểm mục = tổng các phần (không quá 5 điểm); C3.3 là điểm thưởng của mục, cộng ngoài 5 điểm.',
    ]);
    expect(read.notices.filter((n) => n.cell === 'A97').map((n) => n.message)).toEqual([
      'Mục C5 (5 điểm) gồm các phần C5.1, C5.2, C5.3 chấm riêng, mỗi phần ở dòng của nó (C5.2 chọn mức; C5.1, C5.3 chấm thủ công theo các dòng dưới nó); điểm mục = tổng các phần (không quá 5 điểm).',
    ]);
    expect(read.reconciliation.figures.filter((f) => f.figure.row === 82).map((f) => [f.agrees, f.text])).toEqual([[true, 'Mục C3 ghi 5 điểm (ô C82); thidua đọc được 5 ✔ (cộng các mục C3.1, C3.2, C3.3)']]);
  });

  it('is counted as the 31 items the document states (36 criteria), its maxima unchanged', () => {
    const judged = judge(entry('tnmt-tien-giang-bang-diem-chuan'), read);
    expect([read.set.criteria.length, judged.items, judged.maximum]).toEqual([36, 31, { base: 100, withBonus: 101 }]);
  });
});

describe('parents whose numbered parts add up to them, counted by their parts: not folded', () => {
  it.each([
    ['par-index-lam-dong-2025-tu-danh-gia', 'par-index-lam-dong-2025-tu-danh-gia.docx', 70],
    ['ccvc-son-tra-mau-03', 'ccvc-son-tra-mau-03.xlsx', 35],
  ])('%s', async (id, file, items) => {
    const read = await importCorpusCopy(file);
    expect(read.set.criteria.filter((c) => c.partOf !== undefined).map((c) => c.code)).toEqual([]);
    expect(read.notices.filter((n) => n.message.includes('gồm các phần'))).toEqual([]);
    expect([read.set.criteria.length, judge(entry(id), read).items]).toEqual([items, items]);
  }, 300_000);
});

/**
 * A Word table made for the two conditions no corpus table is alone in failing: a (2) whose parts are made of dashed
 * parts of their own, none by level; b (5) whose parts by level add up to 4; c (4), of parts by level adding up to it, folds.
 */
const MADE: OfficeTable = {
  caption: 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025',
  rows: [
    // The department's two-level header: STT · TIÊU CHUẨN THI ĐUA · ĐIỂM over Chuẩn / Thưởng / Trừ.
    ...DEPARTMENT.rows.slice(0, 2),
    ['I', 'CÔNG TÁC MÔI TRƯỜNG', '11', '', ''],
    ['a', 'Hướng dẫn và kế hoạch', '2', '', ''],
    ['a1', 'Hướng dẫn các xã', '1', '', ''],
    ['', '- Có văn bản hướng dẫn', '0,5', '', ''],
    ['', '- Có kế hoạch kiểm tra', '0,5', '', ''],
    ['a2', 'Kiểm tra các xã', '1', '', ''],
    ['', '- Có biên bản kiểm tra', '0,5', '', ''],
    ['', '- Có báo cáo kết quả', '0,5', '', ''],
    ['b', 'Thu gom bao gói thuốc bảo vệ thực vật', '5', '', ''],
    ['b1', 'Tuyên truyền thu gom', '2', '', ''],
    ['', '- Có tổ chức', '2', '', ''],
    ['', '- Không tổ chức', '0', '', ''],
    ['b2', 'Chuyển giao xử lý', '2', '', ''],
    ['', '- Có hợp đồng', '2', '', ''],
    ['', '- Không có hợp đồng', '0', '', ''],
    ['c', 'Thu gom rác thải nhựa', '4', '', ''],
    ['c1', 'Có giải pháp', '2', '', ''],
    ['', '- Có triển khai', '2', '', ''],
    ['', '- Chưa triển khai', '0', '', ''],
    ['c2', 'Có mô hình', '2', '', ''],
    ['', '- Có mô hình', '2', '', ''],
    ['', '- Chưa có mô hình', '0', '', ''],
    ['', 'Tổng cộng', '11', '', ''],
  ],
};

describe('a made table: parts none of which is chosen by level, or whose levels do not add up to the item, not folded', () => {
  it('folds c (4 = 2 + 2 by level) only: not a (parts of dashed parts), not b (5 over 2 + 2)', async () => {
    const [table] = await readDocxTables(await docxByLibrary([MADE]), (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document);
    const read = readCriteriaSheet(table!.grid, { fileName: 'bang-diem.docx', caption: MADE.caption });
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    expect(read.set.criteria.map((c) => [c.code, c.rule.kind, c.maxPoints, c.partOf?.code ?? null])).toEqual([
      // a1's and a2's dashed rows, each worth 0,5 and adding up to their item's 1: its parts, each scored on its row.
      ['a1.a', 'manual', 0.5, null],
      ['a1.b', 'manual', 0.5, null],
      ['a2.a', 'manual', 0.5, null],
      ['a2.b', 'manual', 0.5, null],
      ['b1', 'tiers', 2, null],
      ['b2', 'tiers', 2, null],
      ['c1', 'tiers', 2, 'c'],
      ['c2', 'tiers', 2, 'c'],
    ]);
  });
});

// Made for issue 55: Tiền Giang's C3/C4/C5 read as the document's items (31), PAR's and Sơn Trà's parents left as they are.
