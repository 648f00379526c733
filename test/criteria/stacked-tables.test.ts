// The collective's table and the individual's stacked with no blank row between, as commune plans type them: the first
// closed by «Tổng cộng | 100», then straight under it a title row of the second («TIÊU CHÍ CHẤM ĐIỂM ĐỐI VỚI CÁ NHÂN»,
// not «Phụ lục/Bảng/Phiếu…») and the same header again over the individual's rows and their own total. It was refused —
// «Mục «DANH SÁCH TIÊU CHÍ» đã có ở ô A…», which does not say what is wrong. Now the first table is read and the second
// said as a table of its own with how to import it (second-table.ts), as after a blank row. Written by ExcelJS and by
// LibreOffice from HTML (.xlsx and .docx); read through cli/files.ts.
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const HEADER = ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Ghi chú'];
const ROWS = [
  HEADER,
  ['I', 'CÔNG TÁC CHỈ ĐẠO', '40'],
  ['1', 'Ban hành kế hoạch chuyển đổi số năm', '20'],
  ['2', 'Kiện toàn Ban chỉ đạo chuyển đổi số', '20'],
  ['II', 'KẾT QUẢ THỰC HIỆN', '60'],
  ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '30'],
  ['2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '30'],
  ['', 'Tổng cộng', '100'],
  ['TIÊU CHÍ CHẤM ĐIỂM ĐỐI VỚI CÁ NHÂN'],
  HEADER,
  ['1', 'Hoàn thành nhiệm vụ được giao', '30'],
  ['2', 'Sử dụng thành thạo nền tảng số', '20'],
  ['', 'Tổng cộng', '50'],
];
const CAPTION = 'BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025';
const OFFICE: OfficeTable = { caption: CAPTION, rows: ROWS.map((r) => (r[0]!.startsWith('TIÊU CHÍ') ? [{ text: r[0]!, colSpan: 5 }] : r)) };
// The same as two Word tables, the individual's title the paragraph between them: the .docx reader joins them as one
// table (same header), the title handed on as a row between (between-paragraphs.ts).
const SPLIT: OfficeTable[] = [{ caption: CAPTION, rows: ROWS.slice(0, 8) }, { caption: 'TIÊU CHÍ CHẤM ĐIỂM ĐỐI VỚI CÁ NHÂN', rows: ROWS.slice(9) }];
type Kind = 'exceljs' | 'xlsx' | 'docx' | 'split';

describe('two tables stacked with no blank row, the second under a title of its own', () => {
  const files = {} as Record<Kind, string>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-stacked-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tieu chi').addRows([[CAPTION], ...ROWS.map((r) => r.map((c) => c || null))]);
    files.exceljs = join(dir, 'stacked.xlsx');
    await wb.xlsx.writeFile(files.exceljs);
    files.xlsx = (await xlsxAllByLibreOffice([{ name: 'stacked-office', tables: [OFFICE] }], dir))[0]!;
    const [docx, split] = await docxAllByLibreOffice([{ name: 'stacked-office', tables: [OFFICE] }, { name: 'stacked-split', tables: SPLIT }], dir);
    Object.assign(files, { docx, split });
  }, 180_000);

  it.each(['exceljs', 'xlsx', 'docx', 'split'] as const)('the %s file: the collective\'s table read, the individual\'s said as a table of its own at its title', async (kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[kind], tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 20], ['I.2', 20], ['II.1', 30], ['II.2', 30]]);
    const said = notices.filter((n) => n.message.startsWith('Từ dòng'));
    expect(said).toHaveLength(1);
    const at = Number(said[0]!.cell!.slice(1));
    expect(said[0]!.message).toContain(`Từ dòng ${at} là một bảng chấm điểm khác (dòng ${at}–${at + 4} «TIÊU CHÍ CHẤM ĐIỂM ĐỐI VỚI CÁ NHÂN», tổng 50 điểm ở ô `);
    expect(said[0]!.message).toContain(kind === 'docx' || kind === 'split' ? 'chép nó sang một văn bản riêng' : 'chép nó sang một trang riêng của tệp');
    expect(reconciliation.summary).toContain('có 2 bảng chấm điểm');
    // Its title is said with the table it opens, never as a paragraph whose rows are read on with the table above.
    expect(notices.filter((n) => n.message.startsWith('Đoạn')).map((n) => n.message)).toEqual([]);
    expect(reconciliation.summary).not.toContain('đọc tiếp theo phần ở trên');
  }, 60_000);
});

// Two selection tables of one header, neither with a total row, the second's header written right under the first's
// last row and its numbers starting again at «1» (a faculty union's two scholarships, each of 100, as its post writes
// them: corpus `hoc-bong-nhan-hoc-khxhnv`). Until 2026-12-01 read as one table gone on after a page: 8 criteria on 200,
// the second's rows coded «1-2»…, its header said as the first's written again over a new page.
describe('two tables of one header with no total row, the second numbered again from 1', () => {
  const HEAD = ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Ghi chú'];
  const TWO = [
    HEAD,
    ['1', 'Hạnh kiểm, học tập: thành tích học tập từ 8.0 trở lên', '60'],
    ['2', 'Tinh thần phấn đấu vươn lên và nghiên cứu sáng tạo', '10'],
    ['3', 'Năng khiếu đặc biệt', '20'],
    ['4', 'Tinh thần phục vụ cộng đồng', '10'],
    HEAD,
    ['1', 'Hạnh kiểm, học tập: thành tích học tập từ 7.0 trở lên', '60'],
    ['2', 'Gia cảnh khó khăn', '20'],
    ['3', 'Tinh thần phấn đấu vươn lên', '10'],
    ['4', 'Tinh thần phục vụ cộng đồng', '10'],
  ];
  const files = {} as Record<'exceljs' | 'docx', string>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-stacked-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hoc bong').addRows(TWO.map((r) => r.map((c) => c || null)));
    files.exceljs = join(dir, 'hai-bang.xlsx');
    await wb.xlsx.writeFile(files.exceljs);
    files.docx = (await docxAllByLibreOffice([{ name: 'hai-bang-office', tables: [{ caption: 'ĐIỂM XÉT HỌC BỔNG', rows: TWO }] }], dir))[0]!;
  }, 180_000);

  it.each(['exceljs', 'docx'] as const)('the %s file: the first table read, the second said as a table of its own at its header', async (kind) => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[kind], tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1', 60], ['2', 10], ['3', 20], ['4', 10]]);
    const said = notices.filter((n) => n.message.startsWith('Từ dòng'));
    expect(said.map((n) => [n.cell, n.message.split(': ')[0]])).toEqual([['A6', 'Từ dòng 6 là một bảng chấm điểm khác (dòng 6–10, không có dòng tổng), không phải phần tiếp của bảng ở dòng 1–5']]);
    expect(reconciliation.summary).toContain('có 2 bảng chấm điểm (dòng 1–5, không có dòng tổng; dòng 6–10, không có dòng tổng): thidua không gộp hai bảng thành một bộ tiêu chí');
    expect(notices.map((n) => n.message).filter((m) => m.includes('bảng sang trang mới') || m.includes('đã có ở ô'))).toEqual([]);
  }, 60_000);
});

// Made for a commune's plan with the collective's and the individual's tables typed one under the other, no blank row.
