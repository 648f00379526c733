// A commune's plan annex writing an item's levels as lettered rows under it, each with its points in the points column:
// «1 | Tỷ lệ hồ sơ giải quyết đúng hạn | 10» over «a) | Đạt 100% | 10», «b) | Từ 80% đến dưới 100% | 8», «c) | Dưới 80% | 0».
// Levels of one criterion (choose one, up to 10), not three criteria adding up to 18. Written by ExcelJS and by
// LibreOffice from HTML (.xlsx and .docx); read through cli/files.ts.
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const ROWS = [
  ['STT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Thẩm định'],
  ['I', 'Cải cách hành chính', '50'],
  ['1', 'Công khai đầy đủ thủ tục hành chính', '20'],
  ['2', 'Cập nhật dữ liệu chuyên ngành', '30'],
  ['II', 'Chuyển đổi số', '50'],
  ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '10'],
  ['a)', 'Đạt 100%', '10'],
  ['b)', 'Từ 80% đến dưới 100%', '8'],
  ['c)', 'Dưới 80%', '0'],
  ['2', 'Ký số văn bản đi', '40'],
  ['', 'Tổng cộng', '100'],
];
const CAPTION = 'BẢNG CHẤM ĐIỂM THI ĐUA CÁC XÃ';

describe('an item\'s levels written as lettered rows under it, each with its points', () => {
  let files: Record<'exceljs' | 'xlsx' | 'docx', string>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-level-rows-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tieu chi').addRows([[CAPTION], ...ROWS.map((r) => r.map((c) => c || null))]);
    const exceljs = join(dir, 'levels.xlsx');
    await wb.xlsx.writeFile(exceljs);
    const docs = [{ name: 'levels-office', tables: [{ caption: CAPTION, rows: ROWS } as OfficeTable] }];
    files = { exceljs, xlsx: (await xlsxAllByLibreOffice(docs, dir))[0]!, docx: (await docxAllByLibreOffice(docs, dir))[0]! };
  }, 180_000);

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads II.1 as one criterion of three levels, up to 10', async (kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[kind], tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 20], ['I.2', 30], ['II.1', 10], ['II.2', 40]]);
    const item = set.criteria.find((c) => c.code === 'II.1')!;
    expect(item.title).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(item.rule).toEqual({ kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'Đạt 100%' }, { min: 8, points: 8, label: 'Từ 80% đến dưới 100%' }, { min: 0, points: 0, label: 'Dưới 80%' }] });
    const said = notices.filter((n) => n.message.startsWith('Mục II.1'));
    expect(said.map((n) => n.message)).toEqual(['Mục II.1: các dòng II.1.a, II.1.b, II.1.c là các mức của một tiêu chí (chọn một, không cộng), tối đa 10 điểm.']);
    expect(said[0]!.cell).toMatch(/^A\d+$/);
    expect(notices.some((n) => n.message.includes('cộng được 18'))).toBe(false);
    expect(reconciliation.summary).toContain('đều khớp');
  });
});

// Made for a commune plan's annex writing «a) Đạt 100%: 10 điểm; b) Từ 80% đến dưới 100%: 8 điểm; c) Dưới 80%: 0 điểm»
// as lettered rows under their item (the criteria-sheet layout, sectioned.ts): until 2026-11-30 read as three criteria
// II.1.a, II.1.b, II.1.c worth 10 + 8 + 0 = 18 under an item of 10 («dùng điểm của từng mục con»).
