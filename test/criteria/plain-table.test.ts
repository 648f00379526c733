// A plain criteria table is a complete criteria set: sheets made outside thidua — by LibreOffice from the
// table of docs/dinh-dang-tep.md (fixtures/*.csv → *.xlsx), and by ExcelJS in a layout of an office's own — read with every
// inference said once as a notice, every error with its cell, and a unit scored with the set.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveKind } from '../../core/criteria/kinds.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { findCriteriaSheet, readCriteriaSheet, type ReadCriteriaSheetResult } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import { score } from '../../core/checks/run.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { reportWorkbook, tempDir, type UnitSheet } from '../cli/helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const sha = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

/** Reads the criteria sheet of an .xlsx as the command line does, and checks the file is left as it was. */
async function readXlsx(path: string): Promise<ReadCriteriaSheetResult> {
  const before = await readFile(path);
  const wb = await ExcelJsWorkbook.fromBuffer(before);
  const grid = findCriteriaSheet(await wb.readSheets(await wb.listSheets()));
  if (!grid) throw new Error(`no criteria sheet in ${path}`);
  const read = readCriteriaSheet(grid, { fileName: path.split('/').pop() });
  expect(sha(await readFile(path))).toBe(sha(before));
  return read;
}

function setOf(read: ReadCriteriaSheetResult): CriteriaSet {
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.set;
}

/** One unit's report, written with ExcelJS the way test/cli lays reports out, scored with `set`. */
async function scoreUnit(set: CriteriaSet, unit: Omit<UnitSheet, 'setRef'>) {
  const path = join(await tempDir(), 'don-vi.xlsx');
  await reportWorkbook([{ ...unit, setRef: `${set.id}@${set.version}` }]).xlsx.writeFile(path);
  const wb = await ExcelJsWorkbook.fromBuffer(await readFile(path));
  const [grid] = await wb.readSheets(await wb.listSheets());
  const report = readReport(grid!);
  if (!report.ok) throw new Error(report.error.message);
  return score(set, report.report);
}

const BANDS_NOTICE = 'Chưa có mục «XẾP LOẠI»: dùng mặc định Xuất sắc ≥ 90%, Tốt ≥ 80%, Đạt ≥ 60%, Chưa đạt dưới 60%.';
const AWARD_NOTICE =
  'Chưa có mục «HÌNH THỨC KHEN THƯỞNG»: dùng mặc định Giấy khen của Chủ tịch UBND xã, từ xếp loại Tốt, không có chỉ tiêu số lượng (Hội đồng quyết định).';
const KINDS_NOTICE =
  'Chưa có mục «LOẠI ĐỐI TƯỢNG»: nhận các loại đơn vị thường gặp (UBND xã, Cơ quan, Đoàn thể, Thôn, Trường học, Trạm y tế xã, Doanh nghiệp, Cá nhân, Hộ gia đình); tiêu chí để trống «Áp dụng cho» áp dụng cho mọi đơn vị.';

describe('the docs/dinh-dang-tep.md criteria table alone, saved by LibreOffice', () => {
  it('is a complete set: name from the title row, groups from «Nhóm», kinds from «Áp dụng cho», default bands and award', async () => {
    const read = await readXlsx(join(FIXTURES, 'plain-table.xlsx'));
    const set = setOf(read);
    expect(set).toMatchObject({
      id: 'bang-tieu-chi-thi-dua-chuyen-doi-so-xa-na-pen-nam-2025',
      version: '1',
      title: 'BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025',
      period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
      // «XHS» in one row and «Xã hội số» in another are one group, named by the name.
      groups: [
        { id: 'CQS', title: 'CQS', maxPoints: 30 },
        { id: 'XHS', title: 'Xã hội số', maxPoints: 20 },
        { id: 'TCCN', title: 'TCCN', maxPoints: 40 },
      ],
      classification: [
        { id: 'xuat-sac', minPercent: 90 }, { id: 'tot', minPercent: 80 }, { id: 'dat', minPercent: 60 }, { id: 'chua-dat', minPercent: 0 },
      ],
      awards: { forms: [{ id: 'giay-khen-xa', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [] }] },
    });
    expect(set.criteria.map((c) => [c.code, c.group, c.rule.kind, c.appliesTo])).toEqual([
      ['CQS1', 'CQS', 'ratio', ['co-quan']],
      ['CQS2', 'CQS', 'tiers', ['co-quan', 'thon']],
      ['XHS1', 'XHS', 'yes_no', ['thon']],
      ['XHS2', 'XHS', 'ratio', ['thon']],
      ['CN1', 'TCCN', 'per_occurrence', ['ca-nhan']],
      ['CQS9', 'CQS', 'deduction', []],
    ]);
    expect(read.notices).toEqual([
      // What the table lacks as a whole has no cell (A1 is the title row here, not where a version is missing).
      { message: 'Chưa có «Mã bộ tiêu chí»: dùng «bang-tieu-chi-thi-dua-chuyen-doi-so-xa-na-pen-nam-2025» (tạo từ tên bộ tiêu chí).' },
      { message: 'Chưa có «Phiên bản»: dùng «1».' },
      { message: BANDS_NOTICE },
      { message: AWARD_NOTICE },
      { cell: 'A1', message: 'Chưa có «Tên bộ tiêu chí»: dùng «BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025» (lấy từ dòng tiêu đề ô A1).' },
      { cell: 'A1', message: 'Chưa có «Từ ngày», «Đến ngày»: dùng cả năm 2025 (01/01/2025 – 31/12/2025), theo «BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025».' },
      {
        cell: 'A3',
        message: 'Chưa có mục «NHÓM TIÊU CHÍ»: nhóm lấy từ cột «Nhóm»: CQS (30 điểm); Xã hội số (20 điểm); TCCN (40 điểm); điểm tối đa của nhóm là tổng điểm các tiêu chí trong nhóm.',
      },
      { cell: 'A3', message: KINDS_NOTICE },
    ]);
  });

  it('scores a hamlet with it: its kind recognised from «Loại đơn vị», only its criteria counted', async () => {
    const set = setOf(await readXlsx(join(FIXTURES, 'plain-table.xlsx')));
    const card = await scoreUnit(set, {
      sheet: 'Thôn Nà Pen',
      name: 'Thôn Nà Pen',
      kind: 'Thôn',
      submitted: new Date(Date.UTC(2025, 10, 3)),
      lines: [
        ['CQS2', 3, null, null, null, 15], // 3 cuộc → bậc 15
        ['XHS1', 'Có', null, null, null, 5],
        ['XHS2', null, 60, 100, null, 15], // 60% > 50% → 15
        ['CQS9', 1, null, null, null, null], // one incident → −4
      ],
    });
    expect(card.unitKind).toBe('thon');
    expect(card.criteria.filter((c) => c.status !== 'not_applicable').map((c) => [c.code, c.points])).toEqual([
      ['CQS2', 15], ['XHS1', 5], ['XHS2', 15], ['CQS9', -4],
    ]);
    expect([card.total, card.applicableMax, card.classification?.label]).toEqual([31, 40, 'Đạt']);
    expect(card.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps an error for what cannot be inferred, each at its cell', async () => {
    const read = await readXlsx(join(FIXTURES, 'plain-table-errors.xlsx'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      {
        cell: 'G4',
        message: 'Không hiểu cách tính «Theo tỷ lệ hoàn thành» (viết: Đạt chỉ tiêu; Tỷ lệ; Bậc: 4=20; 3=15; Mỗi lần: 2; Có/Không; Thủ công; Cộng điểm; Trừ điểm: 8; Công thức Cổng 766: tối đa × tỷ lệ; Min-Max giữa các đơn vị)',
      },
    ]);
    // A row without points is kept, scored by hand, and said (issue 45): the officer sets its points on the sheet.
    expect(read.notices.filter((n) => n.cell === 'F3').map((n) => n.message)).toEqual([
      'Mục A2 chưa ghi «Điểm tối đa»: giữ làm tiêu chí chấm thủ công, tối đa 0 điểm; sửa «Điểm tối đa» trên trang tiêu chí.',
    ]);
    // No title row: the set is named after the file.
    expect(read.notices.slice(0, 2)).toEqual([
      { message: 'Chưa có «Tên bộ tiêu chí»: dùng «plain-table-errors» (lấy từ tên tệp «plain-table-errors.xlsx»).' },
      { message: 'Chưa có «Mã bộ tiêu chí»: dùng «plain-table-errors» (tạo từ tên bộ tiêu chí).' },
    ]);
  });
});

/**
 * An office's own layout, made with ExcelJS: the issuing body and the title in merged rows, a blank spacer
 * column A and a blank column inside the table, headers without diacritics and with synonyms («Diem chuan»,
 * «Cach tinh diem»), no «Nhóm» column but group headings («I. CHÍNH QUYỀN SỐ», «II | Kinh tế số | 30»), a
 * blank spacer row, and a «Tổng cộng» row summing with a formula.
 */
async function officeLayout(path: string, total: { formula: string; result: number } | number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bang diem');
  ws.mergeCells('B1:J1');
  ws.getCell('B1').value = 'ỦY BAN NHÂN DÂN XÃ TÂN LINH';
  ws.mergeCells('B2:J2');
  ws.getCell('B2').value = 'Bảng tiêu chí chấm điểm thi đua chuyển đổi số năm 2025';
  ws.getRow(4).values = [null, 'MA', 'Ten tieu chi', null, 'DVT', 'Chi tieu', 'Diem chuan', 'Cach tinh diem', 'Minh chung', 'Ghi chu'];
  ws.mergeCells('B5:J5');
  ws.getCell('B5').value = 'I. CHÍNH QUYỀN SỐ';
  ws.getRow(6).values = [null, 'CQ1', 'Hồ sơ công việc xử lý trên môi trường mạng', null, '%', '≥ 90%', 20, 'Tỷ lệ', 'x', null];
  ws.getRow(7).values = [null, 'CQ2', 'Có trang thông tin điện tử', null, 'Có/Không', 'Có', 10, 'Có/Không', null, 'Cập nhật hằng tháng'];
  ws.getRow(9).values = [null, 'II', 'Kinh tế số', null, null, null, 30, null, null, null];
  ws.getRow(10).values = [null, 'KT1', 'Hộ kinh doanh bán hàng trên sàn thương mại điện tử', null, 'hộ', '≥ 10', 20, 'Bậc: 10=20; 5=10; 1=5', null, null];
  ws.getRow(11).values = [null, 'KT2', 'Mô hình kinh tế số tiêu biểu', null, 'mô hình', null, 10, 'Thủ công', null, null];
  ws.getCell('C12').value = 'Tổng cộng';
  ws.getCell('G12').value = typeof total === 'number' ? total : { formula: total.formula, result: total.result };
  await wb.xlsx.writeFile(path);
}

describe('an office’s own table made with ExcelJS', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('reads groups from the headings, each worth what its heading says or the sum of its criteria', async () => {
    const path = join(dir, 'bang-diem.xlsx');
    await officeLayout(path, { formula: 'SUM(G6:G7,G10:G11)', result: 60 });
    const read = await readXlsx(path);
    const set = setOf(read);
    expect(set.title).toBe('Bảng tiêu chí chấm điểm thi đua chuyển đổi số năm 2025');
    expect(set.id).toBe('bang-tieu-chi-cham-diem-thi-dua-chuyen-doi-so-nam-2025');
    expect(set.groups).toEqual([
      { id: 'I', title: 'CHÍNH QUYỀN SỐ', maxPoints: 30 },
      { id: 'II', title: 'Kinh tế số', maxPoints: 30 },
    ]);
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints, c.rule.kind, c.evidenceRequired, c.note ?? ''])).toEqual([
      ['CQ1', 'I', 20, 'ratio', true, ''],
      ['CQ2', 'I', 10, 'yes_no', false, 'Cập nhật hằng tháng'],
      ['KT1', 'II', 20, 'tiers', false, ''],
      ['KT2', 'II', 10, 'manual', false, ''],
    ]);
    // In reading order: the sheet-wide ones first, without a cell, then the title row, then the table's header.
    expect(read.notices).toEqual([
      { message: 'Chưa có «Mã bộ tiêu chí»: dùng «bang-tieu-chi-cham-diem-thi-dua-chuyen-doi-so-nam-2025» (tạo từ tên bộ tiêu chí).' },
      { message: 'Chưa có «Phiên bản»: dùng «1».' },
      { message: BANDS_NOTICE },
      { message: AWARD_NOTICE },
      { cell: 'B2', message: 'Chưa có «Tên bộ tiêu chí»: dùng «Bảng tiêu chí chấm điểm thi đua chuyển đổi số năm 2025» (lấy từ dòng tiêu đề ô B2).' },
      { cell: 'B2', message: 'Chưa có «Từ ngày», «Đến ngày»: dùng cả năm 2025 (01/01/2025 – 31/12/2025), theo «Bảng tiêu chí chấm điểm thi đua chuyển đổi số năm 2025».' },
      {
        cell: 'B4',
        message: 'Chưa có mục «NHÓM TIÊU CHÍ»: nhóm lấy từ các dòng tiêu đề nhóm: CHÍNH QUYỀN SỐ (30 điểm); Kinh tế số (30 điểm); điểm tối đa của nhóm là tổng điểm các tiêu chí trong nhóm, trừ khi dòng tiêu đề nhóm ghi điểm.',
      },
      { cell: 'B4', message: KINDS_NOTICE },
    ]);

    const card = await scoreUnit(set, {
      sheet: 'UBND',
      name: 'UBND xã Tân Linh',
      kind: 'UBND xã',
      submitted: null,
      lines: [
        ['CQ1', '95%', null, null, 'Báo cáo iOffice', null],
        ['CQ2', 'Có', null, null, null, null],
        ['KT1', 6, null, null, null, null],
        ['KT2', null, null, null, null, 8],
      ],
    });
    expect(card.criteria.map((c) => [c.code, c.points])).toEqual([['CQ1', 20], ['CQ2', 10], ['KT1', 10], ['KT2', 8]]);
    expect([card.total, card.applicableMax, card.classification?.label]).toEqual([48, 60, 'Tốt']); // 80% exactly
  });

  it('says so when the sheet’s own «Tổng cộng» does not add up, and uses each criterion’s points', async () => {
    const path = join(dir, 'tong-sai.xlsx');
    await officeLayout(path, 55);
    const read = await readXlsx(path);
    expect(setOf(read).criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(60);
    expect(read.notices).toContainEqual({
      cell: 'G12',
      message: 'Dòng «Tổng cộng» ghi 55 điểm, nhưng cộng «Điểm tối đa» các tiêu chí (trừ điểm cộng, điểm trừ) được 60: dùng điểm của từng tiêu chí.',
    });
  });

  it('lets the sheet’s own sections override the defaults, without a notice for them', async () => {
    const path = join(dir, 'co-xep-loai.xlsx');
    await officeLayout(path, { formula: 'SUM(G6:G7,G10:G11)', result: 60 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Bang diem')!;
    ws.getRow(14).values = [null, 'XẾP LOẠI'];
    ws.getRow(15).values = [null, 'Mã', 'Xếp loại', 'Từ (%)'];
    ws.getRow(16).values = [null, 'tot', 'Hoàn thành tốt', 85];
    ws.getRow(17).values = [null, 'ht', 'Hoàn thành', 50];
    await wb.xlsx.writeFile(path);
    const read = await readXlsx(path);
    const set = setOf(read);
    expect(set.classification).toEqual([{ id: 'tot', label: 'Hoàn thành tốt', minPercent: 85 }, { id: 'ht', label: 'Hoàn thành', minPercent: 50 }]);
    // No «Tốt» band: the default award starts at the band below the best.
    expect(set.awards.forms[0]?.minClassification).toBe('ht');
    expect(read.notices.map((n) => n.message)).not.toContain(BANDS_NOTICE);
    expect(read.notices.map((n) => n.message)).toContain(
      'Chưa có mục «HÌNH THỨC KHEN THƯỞNG»: dùng mặc định Giấy khen của Chủ tịch UBND xã, từ xếp loại Hoàn thành, không có chỉ tiêu số lượng (Hội đồng quyết định).',
    );
  });
});

it('fixtures are what the .csv sources say (regenerate: soffice --headless --infilter=CSV:44,34,76 --convert-to xlsx)', async () => {
  for (const name of ['plain-table', 'plain-table-errors']) {
    const csv = (await readFile(join(FIXTURES, `${name}.csv`), 'utf8')).split('\n').filter(Boolean);
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(FIXTURES, `${name}.xlsx`)));
    const [grid] = await wb.readSheets(await wb.listSheets());
    expect(grid!.values.filter((row) => row.some((v) => v !== null)).length).toBe(csv.filter((l) => /[^,]/.test(l)).length);
  }
});

it('makes a kind of a word in «Áp dụng cho» that is none of the usual ones, matched the way built-in kinds are', () => {
  const read = readCriteriaSheet({
    name: 'Tiêu chí',
    values: [
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Cách tính', 'Áp dụng cho'],
      ['VH1', 'Câu lạc bộ sinh hoạt trên nhóm Zalo', 10, 'Có/Không', 'Câu lạc bộ; Thôn'],
    ],
  });
  const set = setOf(read);
  expect(set.criteria[0]!.appliesTo).toEqual(['cau-lac-bo', 'thon']);
  expect(resolveKind(set, 'Câu lạc bộ dân ca Nà Pen')?.id).toBe('cau-lac-bo');
  expect(read.notices.find((n) => n.message.startsWith('Chưa có mục «LOẠI ĐỐI TƯỢNG»'))?.message).toContain('; thêm loại ghi ở «Áp dụng cho»: Câu lạc bộ;');
});
