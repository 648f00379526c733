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
// The item's words choosing one of its rows («các ý sau không cộng dồn»), its levels not stepping down to 0.
const CHOSEN = ROWS.map((r) => r[0] === '1' && r[1] === 'Tỷ lệ hồ sơ giải quyết đúng hạn' ? ['1', 'Kết quả thực hiện (điểm tối đa của tiêu chí là 10, các ý sau không cộng dồn)', '10'] : r[0] === 'a)' ? ['a)', 'Hoàn thành xuất sắc', '10'] : r[0] === 'b)' ? ['b)', 'Hoàn thành tốt', '8'] : r[0] === 'c)' ? ['c)', 'Hoàn thành', '6'] : r);
const CAPTION = 'BẢNG CHẤM ĐIỂM THI ĐUA CÁC XÃ';
const TABLES = { levels: ROWS, chosen: CHOSEN };
type Kind = 'exceljs' | 'xlsx' | 'docx';

describe('an item\'s levels written as lettered rows under it, each with its points', () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-level-rows-'));
    const docs = Object.entries(TABLES).map(([name, rows]) => ({ name: `${name}-office`, tables: [{ caption: CAPTION, rows } as OfficeTable] }));
    for (const [name, rows] of Object.entries(TABLES)) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Tieu chi').addRows([[CAPTION], ...rows.map((r) => r.map((c) => c || null))]);
      files[`${name}-exceljs`] = join(dir, `${name}.xlsx`);
      await wb.xlsx.writeFile(files[`${name}-exceljs`]!);
    }
    (await xlsxAllByLibreOffice(docs, dir)).forEach((p, i) => (files[`${docs[i]!.name.replace('-office', '')}-xlsx`] = p));
    (await docxAllByLibreOffice(docs, dir)).forEach((p, i) => (files[`${docs[i]!.name.replace('-office', '')}-docx`] = p));
  }, 180_000);

  const read = async (table: keyof typeof TABLES, kind: Kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[`${table}-${kind}`]!, tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 20], ['I.2', 30], ['II.1', 10], ['II.2', 40]]);
    const said = notices.filter((n) => n.message.startsWith('Mục II.1'));
    expect(said.map((n) => n.message)).toEqual(['Mục II.1: các dòng II.1.a, II.1.b, II.1.c là các mức của một tiêu chí (chọn một, không cộng), tối đa 10 điểm.']);
    expect(said[0]!.cell).toMatch(/^A\d+$/);
    expect(notices.some((n) => n.message.includes('dùng điểm của từng mục con'))).toBe(false);
    expect(reconciliation.summary).toContain('đều khớp');
    return set.criteria.find((c) => c.code === 'II.1')!;
  };

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads II.1 as one criterion of three levels stepping down to 0, up to 10', async (kind) => {
    const item = await read('levels', kind);
    expect(item.title).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(item.rule).toEqual({ kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'Đạt 100%' }, { min: 8, points: 8, label: 'Từ 80% đến dưới 100%' }, { min: 0, points: 0, label: 'Dưới 80%' }] });
  });

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads «các ý sau không cộng dồn» over 10 / 8 / 6 as levels of II.1, up to 10', async (kind) => {
    const item = await read('chosen', kind);
    expect(item.rule).toEqual({ kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'Hoàn thành xuất sắc' }, { min: 8, points: 8, label: 'Hoàn thành tốt' }, { min: 6, points: 6, label: 'Hoàn thành' }] });
  });
});

// Made for a commune plan's annex writing «a) Đạt 100%: 10 điểm; b) Từ 80% đến dưới 100%: 8 điểm; c) Dưới 80%: 0 điểm»
// as lettered rows under their item (the criteria-sheet layout, sectioned.ts): until 2026-11-30 read as three criteria
// II.1.a, II.1.b, II.1.c worth 10 + 8 + 0 = 18 under an item of 10 («dùng điểm của từng mục con»); and for «(điểm tối đa
// của tiêu chí là 10, các ý sau không cộng dồn)» over 10 / 8 / 6, until then three criteria worth 24.
