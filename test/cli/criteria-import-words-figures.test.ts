// Figures an officer writes in words rather than in the points column, on an agencies' digital-transformation table
// as it is typed: the table's own total on a line under its title («Tổng số điểm tối đa: 100 điểm»), an item's points
// in brackets mid-sentence («2.1 | Tỷ lệ văn bản ký số (30đ): ≥ 90% đạt điểm tối đa; dưới 90% tính theo tỷ lệ»), and a
// deduction written as a row of words under an item («- Chậm báo cáo: trừ 2đ/lần» under 2.3). The same table written
// by ExcelJS, pasted into .xlsx by LibreOffice, and as a Word document by LibreOffice, imported by the command
// line. Until 2026-11-30 the total line was no stated figure, 2.1 was read as words of part B (the set scored on 70,
// the table's 100 unsaid) and the deduction line was folded into 2.3's note with nothing said.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { readCriteriaFile } from '../../cli/files.js';
import { docxByLibreOffice, xlsxByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';
import { runInProcess, tempDir, type Run } from './helpers.js';

const TITLE = 'TIÊU CHÍ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CÁC CƠ QUAN, ĐƠN VỊ TRÊN ĐỊA BÀN XÃ NĂM 2025';
const TOTAL = 'Tổng số điểm tối đa: 100 điểm';
const ROWS = [
  ['STT', 'Nội dung', 'Điểm', 'Tự chấm', 'Ghi chú'],
  ['A', 'Nhận thức số (25đ)', '', '', ''],
  ['1.1', 'Ban hành kế hoạch chuyển đổi số năm (5đ)', '', '', ''],
  ['1.2', 'Phân công cán bộ phụ trách (5đ)', '', '', ''],
  ['1.3', 'Tuyên truyền trên trang thông tin điện tử (15đ)', '', '', ''],
  ['B', 'Hoạt động số (75đ)', '', '', ''],
  ['2.1', 'Tỷ lệ văn bản ký số (30đ): ≥ 90% đạt điểm tối đa; dưới 90% tính theo tỷ lệ', '', '', ''],
  ['2.2', 'Hồ sơ công việc trên môi trường mạng (25đ)', '', '', ''],
  ['2.3', 'Họp trực tuyến (20đ)', '', '', ''],
  ['', '- Chậm báo cáo: trừ 2đ/lần', '', '', ''],
];
const TABLE: OfficeTable = { before: [TITLE], caption: TOTAL, rows: ROWS };

/** A workbook as an officer types it in Excel: the title and the total line in column A above the table. */
async function typed(path: string, lines: string[], rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('TC').addRows([...lines.map((l) => [l]), ...rows.map((r) => r.map((v) => (v === '' ? null : v)))]);
  await book.xlsx.writeFile(path);
  return path;
}

type Imported = { file: string; run: Run; set: CriteriaSet };
let dir: string;
const imported: Imported[] = [];

beforeAll(async () => {
  dir = await tempDir();
  const files = [
    await typed(join(dir, 'exceljs.xlsx'), [TITLE, TOTAL], ROWS),
    await xlsxByLibreOffice([TABLE], dir, 'libreoffice'),
    await docxByLibreOffice([TABLE], dir, 'libreoffice'),
  ];
  for (const file of files) {
    const out = `${file}.json`;
    const run = await runInProcess(['criteria', 'import', file, '--out', out], dir);
    expect(run.code, run.stderr).toBe(0);
    imported.push({ file, run, set: JSON.parse(await readFile(out, 'utf8')) });
  }
}, 180_000);

const criterion = (set: CriteriaSet, code: string) => set.criteria.find((c) => c.code === code);

describe('figures written in words, in a table written by ExcelJS and by LibreOffice (.xlsx, .docx)', () => {
  it('holds the set to the total its title line states, which it reproduces', () => {
    for (const { file, run, set } of imported) {
      expect(set.criteria.reduce((s, c) => s + c.maxPoints, 0), file).toBe(100);
      expect(run.stdout, file).toContain('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 2 phần).');
      expect(run.stdout, file).toContain('Chấm trên tổng 100 điểm.');
    }
  });

  it('reads an item’s points in brackets mid-sentence as its maximum, the words after them kept as its note and said', () => {
    for (const { file, run, set } of imported) {
      expect(criterion(set, '2.1'), file).toMatchObject({ title: 'Tỷ lệ văn bản ký số (30đ)', group: 'B', maxPoints: 30, rule: { kind: 'manual' }, note: 'Cách chấm: ≥ 90% đạt điểm tối đa; dưới 90% tính theo tỷ lệ' });
      expect(run.stdout, file).toMatch(
        /ô B\d+: Mục 2\.1 không ghi điểm ở cột điểm; lời của mục ghi 30 điểm: dùng làm điểm tối đa\. Lời sau điểm \(«≥ 90% đạt điểm tối đa; dưới 90% tính theo tỷ lệ»\) giữ làm cách chấm của mục \(ghi chú\), không đọc thành cách tính: chấm thủ công, tối đa 30 điểm\./,
      );
      expect(run.stdout, file).not.toContain('đọc là lời mô tả của mục B');
    }
  });

  it('reads a deduction written as a row of words under an item as the item’s own deduction, said at its cell and the item’s', () => {
    for (const { file, run, set } of imported) {
      expect(criterion(set, '2.3'), file).toMatchObject({ maxPoints: 20, rule: { kind: 'manual' }, note: 'Điểm trừ của mục: Chậm báo cáo: trừ 2đ/lần (trừ 2 điểm mỗi lần).' });
      expect(set.criteria.map((c) => c.code), file).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3']);
      expect(run.stdout, file).toMatch(/ô B\d+: Dòng «- Chậm báo cáo: trừ 2đ\/lần» không ghi điểm ở cột điểm; lời ghi «trừ 2đ\/lần»: đọc là điểm trừ mỗi lần, không phải lời mô tả của mục trên nó\./);
      expect(run.stdout, file).toMatch(/ô A\d+: Mục 2\.3: dòng dưới nó chỉ ghi điểm trừ \(dòng \d+\): đọc là điểm trừ của chính mục 2\.3, không phải tiêu chí riêng; đơn vị ghi điểm của mục 2\.3 sau khi đã trừ \(từ 0 đến 20 điểm\)\./);
    }
  });
});

describe('a total written under the title in any of the usual ways is a stated figure', () => {
  const FORMS = ['Tổng số điểm tối đa: 100 điểm', 'Tổng điểm: 100', '(Thang điểm 100)', 'Điểm tối đa 100 điểm', 'Tổng cộng: 100 điểm'];
  const PLAIN = [
    ['STT', 'Nội dung', 'Điểm'],
    ['A', 'Nhận thức số', 25],
    ['1.1', 'Ban hành kế hoạch', 10],
    ['1.2', 'Phân công cán bộ', 15],
    ['B', 'Hoạt động số', 65],
    ['2.1', 'Ký số', 30],
    ['2.2', 'Hồ sơ công việc', 35],
  ];
  it.each(FORMS)('«%s», reconciled first: its difference from the items’ 90 said before the parts', async (form) => {
    const path = await typed(join(dir, `${FORMS.indexOf(form)}.xlsx`), ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025', form], PLAIN);
    const read = await readCriteriaFile(path, dir);
    expect(read.reconciliation.figures.filter((f) => f.figure.kind !== 'item').map((f) => [f.figure.kind, f.figure.value, f.agrees])).toEqual([
      ['title', 100, false],
      ['part', 25, true],
      ['part', 65, true],
    ]);
    expect(read.reconciliation.summary).toMatch(/1 số khác/);
  });
});

describe('an item’s points before further words, and deduction words no item takes', () => {
  const table = (name: string) => [
    ['STT', 'Nội dung', 'Điểm'],
    ['I', 'Công tác chuyên môn', 20],
    ['1', 'Báo cáo định kỳ', 5],
    ['2', name],
    [null, 'Mỗi lần chậm báo cáo bị trừ 1 điểm'],
  ].map((r) => r.map((v) => v ?? ''));
  it.each(['Hồ sơ công việc (15 điểm), tính theo số hồ sơ trên hệ thống', 'Hồ sơ công việc - 15đ: tính theo số hồ sơ trên hệ thống'])('«%s»: 15 points, the words after them its note', async (name) => {
    const path = await typed(join(dir, `before-words-${name.length}.xlsx`), ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025'], table(name));
    const read = await readCriteriaFile(path, dir);
    expect(read.set.criteria.map((c) => [c.code, c.title, c.maxPoints, c.rule.kind, c.note])).toEqual([
      ['1', 'Báo cáo định kỳ', 5, 'manual', undefined],
      ['2', name.replace(/[,:] tính theo số hồ sơ trên hệ thống$/, ''), 15, 'manual', 'Cách chấm: tính theo số hồ sơ trên hệ thống Điểm trừ của mục: Mỗi lần chậm báo cáo bị trừ 1 điểm (trừ 1 điểm mỗi lần).'],
    ]);
    expect(read.notices.map((n) => n.message)).toContain('Mục 2 không ghi điểm ở cột điểm; lời của mục ghi 15 điểm: dùng làm điểm tối đa. Lời sau điểm («tính theo số hồ sơ trên hệ thống») giữ làm cách chấm của mục (ghi chú), không đọc thành cách tính: chấm thủ công, tối đa 15 điểm.');
  });

  it('says a deduction written in words above every item, or under a deduction item, at its cell: kept, not taken', async () => {
    const path = await typed(join(dir, 'untaken.xlsx'), ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025'], [
      ['STT', 'Nội dung', 'Điểm'],
      ['', 'Mỗi lần chậm nộp bảng điểm bị trừ 1 điểm', ''],
      ['I', 'Công tác chuyên môn', 20],
      ['1', 'Báo cáo định kỳ', 20],
      ['II', 'Điểm trừ', -10],
      ['1', 'Vi phạm kỷ luật', -5],
      ['', 'Mỗi lần vi phạm trừ 1 điểm', ''],
    ]);
    const read = await readCriteriaFile(path, dir);
    expect(read.set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['I.1', 20, 'manual'], ['II.1', 5, 'deduction']]);
    expect(read.notices).toContainEqual({ cell: 'B3', message: 'Dòng «Mỗi lần chậm nộp bảng điểm bị trừ 1 điểm» ghi «trừ 1 điểm» nhưng không ghi điểm ở cột điểm và không ở dưới mục nào: không đọc thành điểm trừ. Nếu cần trừ, ghi số điểm trừ (số âm) ở cột điểm rồi nhập lại.' });
    expect(read.notices).toContainEqual({ cell: 'B8', message: 'Dòng «Mỗi lần vi phạm trừ 1 điểm» ghi «trừ 1 điểm» nhưng không ghi điểm ở cột điểm, dưới mục điểm trừ II.1: giữ làm ghi chú của mục II.1, không đọc thành điểm trừ riêng. Nếu cần trừ, ghi số điểm trừ (số âm) ở cột điểm rồi nhập lại.' });
  });
});
