// An individual's digital-transformation form whose item writes its deduction in its own words: «B.2 | Không để hồ sơ
// quá hạn (mỗi hồ sơ quá hạn trừ 2 điểm) | 20đ». Read as «tối đa 20 điểm, chấm thủ công» with nothing said of «trừ 2
// điểm». Written by ExcelJS (thidua's own sheet layout) and by LibreOffice from HTML; read through cli/files.ts.
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const ROWS = [
  ['STT', 'Nội dung', 'Điểm chuẩn', 'Cá nhân tự chấm', 'Lãnh đạo chấm'],
  ['A', 'Kỹ năng số', '30đ'],
  ['1', 'Sử dụng thành thạo phần mềm quản lý văn bản', '10đ'],
  ['2', 'Có chữ ký số cá nhân, ký số 100% văn bản', '10đ'],
  ['3', 'Hoàn thành khóa học trên nền tảng OneTouch', '10đ'],
  ['B', 'Kết quả công việc', '70đ'],
  ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '30đ'],
  ['2', 'Không để hồ sơ quá hạn (mỗi hồ sơ quá hạn trừ 2 điểm)', '20đ'],
  ['3', 'Cập nhật dữ liệu chuyên ngành đầy đủ', '20đ'],
  ['', 'Tổng', '100đ'],
];
const CAPTION = 'TIÊU CHÍ THI ĐUA CÁ NHÂN CÁN BỘ, CÔNG CHỨC XÃ VỀ CHUYỂN ĐỔI SỐ';

async function excelJsWritten(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Tieu chi').addRows([[CAPTION], ...ROWS.map((r) => r.map((c) => c || null))]);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('a deduction per occurrence written in an item\'s own words', () => {
  let files: Record<'exceljs' | 'xlsx', string>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-rate-words-'));
    const table: OfficeTable = { caption: CAPTION, rows: ROWS };
    files = { exceljs: await excelJsWritten(join(dir, 'p8.xlsx')), xlsx: (await xlsxAllByLibreOffice([{ name: 'p8-office', tables: [table] }], dir))[0]! };
  }, 180_000);

  it.each(['exceljs', 'xlsx'] as const)('the %s file keeps B.2 scored by hand up to 20 and says «trừ 2 điểm» is not taken by itself', async (ext) => {
    const { set, notices } = await readCriteriaFile(files[ext], tmpdir());
    const b2 = set.criteria.find((c) => c.title.startsWith('Không để hồ sơ quá hạn'))!;
    expect([b2.maxPoints, b2.rule.kind]).toEqual([20, 'manual']);
    const said = notices.map((n) => `${n.cell ?? ''} ${n.message}`).filter((m) => m.includes('trừ 2 điểm'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^A9 /);
    expect(said[0]).toContain(`Mục ${b2.code} ghi «mỗi hồ sơ quá hạn trừ 2 điểm» trong lời của mục: thidua chấm mục này thủ công, tối đa 20 điểm, không tự trừ theo số lần`);
    // No other item is said to write points in its words.
    expect(notices.filter((n) => n.message.includes('trong lời của mục: thidua chấm'))).toHaveLength(1);
  });
});

// Made for a commune's individual form «STT | Nội dung | Điểm chuẩn | Cá nhân tự chấm | Lãnh đạo chấm» (B.2's «mỗi hồ
// sơ quá hạn trừ 2 điểm»), until 2026-11-30 read as «tối đa 20 điểm, chấm thủ công» with nothing said.
