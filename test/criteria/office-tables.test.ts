// Scoring tables as offices issue them (issue 23), read from real files made at test time: Word documents written by
// the `docx` package and by LibreOffice (HTML → .odt → .docx), and the same tables pasted into .xlsx by LibreOffice.
// Each is read through the adapters the command line uses (mammoth + linkedom, ExcelJS) into the criteria layouts.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { findCriteriaSheet, readCriteriaSheet, whyNoCriteriaTable, type ReadCriteriaSheetResult } from '../../core/criteria/sheet/index.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { COMMUNE, DEPARTMENT, docxByLibrary, docxByLibreOffice, SCHOOL, TARGETS, xlsxByLibreOffice, type OfficeTable } from './fixtures/office-tables.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

async function docxGrids(data: Uint8Array) {
  return readDocxTables(data, parse);
}

async function xlsxGrids(path: string): Promise<SheetGrid[]> {
  const wb = await ExcelJsWorkbook.fromBuffer(await readFile(path));
  return wb.readSheets(await wb.listSheets());
}

function read(grid: SheetGrid, caption?: string): CriteriaSet {
  const result = readCriteriaSheet(grid, { fileName: 'bang-diem.docx', ...(caption && { caption }) });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return result.set;
}

const summary = (set: CriteriaSet) =>
  set.criteria.map((c) => [c.code, c.group, c.maxPoints, c.rule.kind === 'tiers' ? c.rule.tiers.map((t) => t.points).join('/') : c.rule.kind]);

/** The department's table as the issue describes it, whichever file it came in. */
const DEPARTMENT_CRITERIA = [
  // a1.1 («Trừ 0,5» under a1) is a1's own deduction line (Criterion.own), not a criterion.
  ['a1', 'I', 12, 'manual'],
  ['a2', 'I', 8, 'manual'],
  ['b1', 'I', 3.5, 'manual'],
  ['b2', 'I', 16.5, 'manual'],
  ['C1', 'II', 5, '5/4/3'],
  ['C2', 'II', 55, 'manual'],
  ['1', 'III', 2, 'bonus'],
];

let dir: string;
let byLibrary: Awaited<ReturnType<typeof docxGrids>>;
let byLibreOffice: Awaited<ReturnType<typeof docxGrids>>;
let pasted: SheetGrid[];
let commune: Awaited<ReturnType<typeof docxGrids>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-office-'));
  byLibrary = await docxGrids(await docxByLibrary([TARGETS, DEPARTMENT]));
  byLibreOffice = await docxGrids(await readFile(await docxByLibreOffice([TARGETS, DEPARTMENT], dir, 'bang-diem')));
  pasted = await xlsxGrids(await xlsxByLibreOffice([TARGETS, DEPARTMENT], dir, 'dan-vao'));
  commune = await docxGrids(await docxByLibrary([COMMUNE]));
});

describe('a Word document read through mammoth', () => {
  it('gives every table as a grid, merged cells keeping their text in their first cell only', () => {
    for (const tables of [byLibrary, byLibreOffice]) {
      expect(tables.map((t) => [t.grid.name, t.caption])).toEqual([
        ['Bảng 1', TARGETS.caption],
        ['Bảng 2', DEPARTMENT.caption],
      ]);
      expect(tables[1]!.grid.values.slice(0, 3)).toEqual([
        ['STT', 'TIÊU CHUẨN THI ĐUA', 'ĐIỂM', null, null],
        [null, null, 'Chuẩn', 'Thưởng', 'Trừ'],
        [null, 'Tổng cộng', '100', null, null],
      ]);
    }
  });

  it('takes the criteria table among the tables, and says why the others are not one', () => {
    const grids = byLibrary.map((t) => t.grid);
    expect(findCriteriaSheet(grids)?.name).toBe('Bảng 2');
    expect(whyNoCriteriaTable(grids[0]!)).toBe('dòng tiêu đề ở dòng 1 thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»');
    expect(whyNoCriteriaTable(grids[1]!)).toBeUndefined();
  });
});

describe('the department appendix: ĐIỂM over Chuẩn | Thưởng | Trừ, standards → sections → items', () => {
  it('reads the same set from the docx package, from LibreOffice’s .docx and from the table pasted into .xlsx', () => {
    const sets = [read(byLibrary[1]!.grid, DEPARTMENT.caption), read(byLibreOffice[1]!.grid, DEPARTMENT.caption), read(pasted[0]!)];
    for (const set of sets) {
      expect(summary(set)).toEqual(DEPARTMENT_CRITERIA);
      expect(set.groups.map((g) => [g.id, g.title, g.maxPoints])).toEqual([
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 40],
        ['II', 'KẾT QUẢ THỰC HIỆN', 60],
        ['III', 'ĐIỂM THƯỞNG', 2],
      ]);
      expect(set.title).toBe(DEPARTMENT.caption);
      expect(set.period).toEqual({ from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' });
    }
    // Text typed as «3.5», «16,5», «55 điểm» is points; a row of text only is the note of the item above it.
    const [set] = sets;
    expect(set!.criteria.find((c) => c.code === 'a2')!.note).toBe('Báo cáo gửi qua hệ thống quản lý văn bản điều hành.');
    expect(set!.criteria.find((c) => c.code === 'C1')!.note).toContain('Chọn một mức, không cộng: C1.1 Từ 80% trở lên (5 điểm); C1.2 Từ 50% đến dưới 80% (4 điểm); C1.3 Dưới 50% (3 điểm).');
  });

  it('says the levels it found, and no total mismatch when the items add up to the total rows', () => {
    const result = readCriteriaSheet(byLibrary[1]!.grid, { caption: DEPARTMENT.caption }) as Extract<ReadCriteriaSheetResult, { ok: true }>;
    const said = result.notices.map((n) => `${n.cell}: ${n.message}`);
    expect(said).toContain('A15: Mục C1: các dòng C1.1, C1.2, C1.3 là các mức của một tiêu chí (chọn một, không cộng), tối đa 5 điểm.');
    expect(said.filter((m) => m.includes('Dòng tổng'))).toEqual([]);
  });

  it('checks the set’s total against each total row, naming the cell that differs', () => {
    const wrong: OfficeTable = { ...DEPARTMENT, rows: DEPARTMENT.rows.map((r) => (r[1] === 'Tổng cộng' && r[2] === '100 điểm' ? ['', 'Tổng cộng', '90 điểm', '', ''] : r)) };
    return docxByLibrary([wrong]).then(docxGrids).then(([t]) => {
      const result = readCriteriaSheet(t!.grid);
      expect(result.ok).toBe(true);
      expect(result.notices.filter((n) => n.message.startsWith('Dòng tổng')).map((n) => `${n.cell}: ${n.message}`)).toEqual([
        'C22: Dòng tổng ghi 90 điểm, nhưng cộng điểm chuẩn các tiêu chí (trừ điểm thưởng, điểm trừ) được 100: kiểm tra lại bảng; chấm theo điểm của từng tiêu chí.',
      ]);
    });
  });

  it('keeps an unreadable point as written, scored by hand, and says so once at its cell', async () => {
    const bad: OfficeTable = { ...DEPARTMENT, rows: DEPARTMENT.rows.map((r) => (r[0] === 'a2' ? ['a2', 'Báo cáo định kỳ đúng hạn', 'tám', '', ''] : r[0] === 'C2' ? ['C2', 'Thanh toán trực tuyến', '', '', ''] : r)) };
    const [t] = await docxGrids(await docxByLibrary([bad]));
    const result = readCriteriaSheet(t!.grid);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.set.criteria.find((c) => c.code === 'a2')).toMatchObject({ maxPoints: 0, rule: { kind: 'manual' } });
    expect(result.set.criteria.find((c) => c.code === 'a2')!.note).toContain('Điểm ghi: «tám».');
    expect(result.notices.filter((n) => n.cell === 'C8').map((n) => n.message)).toEqual([
      'Chưa đọc được «tám» thành điểm: giữ mục a2 làm tiêu chí chấm thủ công, tối đa 0 điểm (ô không có số nào), lời ghi giữ làm ghi chú; sửa «Điểm tối đa» trên trang tiêu chí nếu cần.',
    ]);
    // A row without points under an item with points describes it (issue 37): said, not refused.
    expect(result.notices.filter((n) => n.message.includes('lời mô tả')).map((n) => `${n.cell}: ${n.message}`)).toEqual([
      'A14: Mục C có điểm; các dòng C2 dưới nó không ghi điểm: đọc là lời mô tả của mục C, không phải mục con.',
    ]);
  });
});

describe('another office: 1 / 1.1 / 1.1.1 under a three-level header', () => {
  it('reads levels worded «Đạt mức», a deduction without a number, a bonus, and the «Ghi chú» column', () => {
    const set = read(commune[0]!.grid, COMMUNE.caption);
    expect(summary(set)).toEqual([
      ['1.1', '1', 10, 'manual'],
      ['1.2', '1', 20, '20/10'],
      // «2 | Dữ liệu số | 20», numbered as part 1 is and with no row under it: a part of its own.
      ['2', '2', 20, 'manual'],
      ['3', 'TC', 1.5, 'bonus'],
    ]);
    expect(set.criteria.find((c) => c.code === '2')!.note).toBe('Theo Kế hoạch 12');
    expect(set.criteria.reduce((s, c) => s + (c.rule.kind === 'bonus' || c.rule.kind === 'deduction' ? 0 : c.maxPoints), 0)).toBe(50);
  });
});

describe('the school-sector shape of issue 37: numbered sections 30 / 30 / 30 / 10 and a verifier «SDG chấm»', () => {
  it('reads the sections as capped groups, an item’s point-less rows as its description, words in a points cell as a note', async () => {
    const [t] = await docxGrids(await docxByLibrary([SCHOOL]));
    const result = readCriteriaSheet(t!.grid, { caption: SCHOOL.caption });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(result.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['1', 30], ['2', 30], ['3', 30], ['4', 10]]);
    expect(result.set.criteria.map((c) => [c.code, c.group, c.maxPoints])).toEqual([
      ['1.1', '1', 10], ['1.2', '1', 20], ['2.1', '2', 30], ['3.1', '3', 30], ['4.1', '4', 6], ['4.2', '4', 6],
    ]);
    expect(result.set.criteria.find((c) => c.code === '1.2')!.note).toBe('1.2.1 Có phần mềm quản lý học sinh; 1.2.1.1 Cập nhật đủ hồ sơ điện tử');
    const said = result.notices.map((n) => `${n.cell}: ${n.message}`);
    expect(said.filter((m) => /lời mô tả|không xếp loại|Nhóm 4|SDG|Tổng cộng/.test(m))).toEqual([
      'E1: Cột «SDG chấm» là điểm thẩm định: khi chấm bản của đơn vị, điểm ghi ở cột này được tính và in cạnh điểm tự chấm; dòng chưa có thì tạm tính theo điểm tự chấm và có cờ «Chưa có điểm thẩm định».',
      'A4: Mục 1.2 có điểm; các dòng 1.2.1, 1.2.1.1 dưới nó không ghi điểm: đọc là lời mô tả của mục 1.2, không phải mục con.',
      'C9: Mục 2.2 ghi «(không xếp loại)» thay cho điểm: mục này không phải tiêu chí chấm điểm, không tính vào tổng.',
      'C12: Nhóm 4 (Xây dựng cơ sở vật chất) ghi 10 điểm, nhưng các tiêu chí trong nhóm cộng được 12: nhóm tính tối đa 10 điểm (điểm các tiêu chí trong nhóm cộng lại, quá 10 thì tính 10).',
    ]);
  });
});

describe('a scoring-method column in the office’s words (a district DTI table’s «Cách xác định và tính điểm»)', () => {
  it('keeps each row’s method as its criterion’s note, the notice naming the column; a row’s own words stating a rule are read into it, the rest scored by hand', () => {
    const result = readCriteriaSheet(
      {
        name: 'Bảng 1',
        values: [
          ['STT', 'Chỉ số/Chỉ số thành phần', 'Điểm tối đa', 'Cách xác định và tính điểm', 'Tài liệu kiểm chứng'],
          ['1', 'Nhận thức số', '40', null, null],
          ['1.1', 'Ban chỉ đạo chuyển đổi số tổ chức các cuộc họp trong năm', '20', 'BCĐ họp 4 lần/năm: 20 điểm\nBCĐ họp 2 lần/năm: 10 điểm\nCòn lại: 0 điểm', 'Văn bản'],
          ['1.2', 'Bí thư, Chủ tịch chủ trì các cuộc họp về chuyển đổi số', '20', 'a = Số cuộc họp do Bí thư, Chủ tịch chủ trì;', 'Biên bản'],
          [null, null, null, '- Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa', null],
        ],
      },
      { fileName: 'dti-huyen.xlsx' },
    );
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    // Before: the column's words were dropped (row 1.1's levels, row 1.2's first line), said as «Bảng điểm không có cột «Cách tính»».
    // 1.1's own row states full, half and no credit (read as the DTI rubric's words are, rubric.ts); 1.2's rate is written
    // over two rows, its own row naming a, the next alone in the method column giving the rate: read with it, one line a
    // row, as a workbook's lines under one merged maximum are (since 2026-11-29; until then 1.2 was scored by hand, only
    // its own row's words read into its rule).
    expect(result.set.criteria.map((c) => [c.code, c.maxPoints, c.rule.kind, c.note])).toEqual([
      ['1.1', 20, 'tiers', 'Kết quả ghi mức đạt: 1 = BCĐ họp 4 lần/năm; 0,5 = BCĐ họp 2 lần/năm; 0 = Còn lại (đủ điểm 20, nửa điểm 10). Cách chấm: BCĐ họp 4 lần/năm: 20 điểm\nBCĐ họp 2 lần/năm: 10 điểm\nCòn lại: 0 điểm'],
      ['1.2', 20, 'ratio', 'Cách chấm: a = Số cuộc họp do Bí thư, Chủ tịch chủ trì;\n- Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa'],
    ]);
    expect(result.set.criteria[0]!.rule).toEqual({ kind: 'tiers', tiers: [{ min: 1, points: 20 }, { min: 0.5, points: 10 }] });
    expect(result.notices.map((n) => n.message)).toContain(
      'Cột «Cách xác định và tính điểm» ghi cách chấm bằng lời: giữ làm ghi chú của từng tiêu chí («Cách chấm: …»). Lời của 2 tiêu chí nói rõ một cách tính, đọc thành cách tính ấy — Bậc: 1.1; Tỷ lệ: 1.2: chấm từ số liệu đơn vị ghi («Kết quả», hoặc «Tử số» và «Mẫu số» của một tỷ lệ: điểm = tỷ lệ × điểm tối đa), điểm tự chấm để đối chiếu; các tiêu chí khác chấm thủ công theo lời đó (đơn vị tự chấm, Hội đồng thẩm định); các mức của một tiêu chí chọn một, không cộng.',
    );
  });
});

describe('a column of figures no column of the reader takes', () => {
  it('is said at its header (a commune’s barem «Điểm tối thiểu»); row numbers counting from 1 in each level are not figures', () => {
    const notices = (values: (string | number | null)[][]) => {
      const result = readCriteriaSheet({ name: 'Bảng 1', values }, { fileName: 'barem.xlsx' });
      if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
      return result.notices.filter((n) => /không phải cột nào thidua đọc/.test(n.message)).map((n) => `${n.cell}: ${n.message}`);
    };
    // Before: the minima (21, 21, 25, and 70 on the total row) went nowhere, and every figure was said to agree.
    expect(notices([['Tiêu chí', 'Điểm tối đa', 'Điểm tối thiểu'], ['Tính mới, sáng tạo', 30, 21], ['Khả năng áp dụng, nhân rộng', 30, 21], ['Hiệu quả', 40, 25], ['Tổng', 100, 70]])).toEqual([
      'C1: Cột C («Điểm tối thiểu», ô C1) ghi 4 số nhưng không phải cột nào thidua đọc: các số đó không vào bộ tiêu chí, không dùng khi chấm. Kiểm tra lại trước khi xác nhận (nếu là điều kiện chấm, ghi vào trang tiêu chí hoặc để Hội đồng xét).',
    ]);
    // Under our own sheet's titles too: a weight beside each criterion's maximum.
    expect(notices([['STT', 'Nội dung', 'Điểm tối đa', 'Trọng số'], ['1', 'Việc một', 10, 0.4], ['2', 'Việc hai', 10, 0.6]]).map((n) => n.slice(0, 40))).toEqual(['D1: Cột D («Trọng số», ô D1) ghi 2 số nh']);
    expect(notices([['STT', 'Nội dung', 'Điểm', 'Thứ tự in'], ['I', 'Phần một', 10, 1], ['1', 'Việc một', 6, 1], ['2', 'Việc hai', 4, 2], ['II', 'Phần hai', 5, 2], ['1', 'Việc ba', 5, 1]])).toEqual([]);
  });
});

it('a header with points only under «ĐIỂM CỘNG» and «ĐIỂM TRỪ» is not said to lack a points column (a class’s weekly table)', () => {
  const grid: SheetGrid = {
    name: 'Bảng 1',
    values: [
      ['TT', 'TÊN HOẠT ĐỘNG, PHONG TRÀO', 'YÊU CẦU', 'ĐIỂM CỘNG', 'ĐIỂM TRỪ'],
      ['1', 'Chào cờ đầu tuần', 'Tập trung đúng giờ', 'Thực hiện tốt: cộng 5 điểm', 'Vi phạm 1 yêu cầu: trừ 2 điểm'],
    ],
  };
  // Before: «thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»», though the office's layout reads points under those two.
  expect(whyNoCriteriaTable(grid)).toBe('dòng tiêu đề ở dòng 1 thiếu cột «Nội dung» (tên tiêu chí)');
});
