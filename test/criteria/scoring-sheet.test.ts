// The all-in-one scoring sheet (DOMAIN.md §8): one table that is criteria and score sheet at once —
// STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm | Điểm thẩm định | Tài liệu kiểm chứng | Ghi chú, grouped under
// roman numerals, sub-items «1.1», «a)», a «Tổng cộng» row with formulas — made with ExcelJS the way a
// commune office lays it out (fixtures/scoring-sheet.ts). Read as its own criteria set: its maxima, groups and
// the sheet's own arithmetic.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteriaSetToGrid, findCriteriaSheet, findScoringSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import { score } from '../../core/checks/run.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { tempDir } from '../cli/helpers.js';
import { LINES, scoringSheetGrids as grids, writeScoringSheet, type Line } from './fixtures/scoring-sheet.js';

async function read(path: string) {
  const before = await readFile(path);
  const wb = await ExcelJsWorkbook.fromBuffer(before);
  const result = readCriteriaSheet(findCriteriaSheet(await wb.readSheets(await wb.listSheets()))!, { fileName: 'cham-diem.xlsx' });
  expect(await readFile(path)).toEqual(before);
  return result;
}

describe('the all-in-one scoring sheet, read as its own criteria', () => {
  it('takes the scored items (leaves) as criteria, items with sub-items as their sum, groups from the roman numerals', async () => {
    const path = join(await tempDir(), 'cham-diem.xlsx');
    await writeScoringSheet(path);
    const result = await read(path);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { set, notices } = result;
    expect(set.title).toBe('BẢNG TỰ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025');
    expect(set.groups).toEqual([
      { id: 'I', title: 'CHÍNH QUYỀN SỐ', maxPoints: 35 },
      { id: 'II', title: 'XÃ HỘI SỐ', maxPoints: 65 },
    ]);
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints, c.rule.kind])).toEqual([
      ['1.1', 'I', 10, 'manual'],
      ['1.2', 'I', 10, 'manual'],
      ['2', 'I', 15, 'manual'],
      ['3.a', 'II', 10, 'manual'],
      ['3.b', 'II', 10, 'manual'],
      ['4', 'II', 40, 'manual'],
    ]);
    // The sheet's own arithmetic, each slip at its cell; the council's and the unit's columns are not criteria.
    expect(notices.filter((n) => /được \d|Cách tính/.test(n.message))).toEqual([
      { cell: 'A7', message: 'Bảng tiêu chí không có cột «Cách tính»: mọi tiêu chí chấm thủ công (cán bộ nhập điểm từ 0 đến điểm tối đa).' },
      { cell: 'C13', message: 'Nhóm II (XÃ HỘI SỐ) ghi 65 điểm, nhưng các tiêu chí trong nhóm cộng được 60: nhóm tính 60 điểm, mỗi tiêu chí tính điểm của mình.' },
      { cell: 'C14', message: 'Mục 3 ghi 25 điểm, nhưng các mục con 3.a, 3.b cộng được 20: dùng điểm của từng mục con.' },
      { cell: 'C18', message: 'Dòng «Tổng cộng» ghi 100 điểm, nhưng cộng «Điểm tối đa» các tiêu chí (trừ điểm cộng, điểm trừ) được 95: dùng điểm của từng tiêu chí.' },
    ]);
    // Written back as a full criteria sheet, it reads as the same set with nothing left to infer.
    expect(readCriteriaSheet({ name: 'Tiêu chí', values: criteriaSetToGrid(set) })).toEqual({ ok: true, set, notices: [], reconciliation: expect.objectContaining({ agrees: true }) });
  });
});

describe('sub-items Excel turned into numbers', () => {
  it('reads «1.1», «1.2» typed without the text format (cells holding 1.1 and 1.2) as the same codes', async () => {
    // Typed in a General cell, «1.1» becomes the number 1.1: the form is still read item by item.
    const numeric = LINES.map((l) => (l[0] === '1.1' || l[0] === '1.2' ? ([Number(l[0]), ...l.slice(1)] as unknown as Line) : l));
    const [grid] = await grids(numeric);
    const read = readCriteriaSheet(grid!);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1.1', 10], ['1.2', 10], ['2', 15], ['3.a', 10], ['3.b', 10], ['4', 40]]);
    const report = readReport(grid!);
    if (!report.ok) throw new Error(report.error.message);
    expect(score(read.set, report.report).criteria.filter((c) => c.code.startsWith('1.')).map((c) => [c.code, c.points])).toEqual([['1.1', 9], ['1.2', 8]]);
  });
});

describe('a unit’s filled form, read as its report and scored with the form’s own criteria', () => {
  it('is found as a scoring sheet (a report with «Điểm tối đa» and self-scores only), its items numbered as the criteria', async () => {
    const [grid] = await grids();
    expect(findScoringSheet([grid!])).toBe(grid);
    const report = readReport(grid!);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.report.rows.map((r) => [r.code.raw, r.code.address, r.selfScore?.raw, r.maxPoints?.address])).toEqual([
      ['1.1', 'A10', 9, 'C10'], ['1.2', 'A11', 8, 'C11'], ['2', 'A12', 15, 'C12'], ['3.a', 'A15', 10, 'C15'], ['3.b', 'A16', 7, 'C16'], ['4', 'A17', 30, 'C17'],
    ]);
    expect(report.report.unitName?.raw).toBe('Thôn Nà Pen');
  });

  it('scores the self-scores against the form’s maxima; a unit that changed a maximum is flagged at the cell', async () => {
    const [reference] = await grids();
    const read = readCriteriaSheet(reference!);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const own = readReport(reference!);
    if (!own.ok) throw new Error(own.error.message);
    const card = score(read.set, own.report);
    expect([card.unitKind, card.total, card.applicableMax, card.classification?.label]).toEqual(['thon', 79, 95, 'Tốt']);
    expect(card.flags.filter((f) => f.severity !== 'info')).toEqual([]);

    // Another hamlet raised «2» to 20 points and gave itself 18.
    const changed = LINES.map((l): Line => (l[0] === '2' ? ['2', l[1], 20, 18, null, l[5]] : l));
    const [unit] = await grids(changed);
    const report = readReport(unit!);
    if (!report.ok) throw new Error(report.error.message);
    const flagged = score(read.set, report.report);
    expect(flagged.criteria.find((c) => c.code === '2')?.points).toBe(15);
    expect(flagged.flags.filter((f) => f.code === 'max-points-changed' || f.code === 'self-score-over-max').map((f) => [f.code, f.message])).toEqual([
      ['max-points-changed', 'Ô C12: trang ghi điểm tối đa 20, bộ tiêu chí là 15: mẫu đã bị sửa, chấm theo bộ tiêu chí (tiêu chí «Cổng/Trang thông tin điện tử của xã cập nhật thường xuyên»)'],
      ['self-score-over-max', 'Ô D12: điểm tự chấm 18 vượt điểm tối đa 15 → tính 15 (tiêu chí «Cổng/Trang thông tin điện tử của xã cập nhật thường xuyên»)'],
    ]);
  });

  it('checks the unit’s «Tổng cộng» of self-scores against the self-scores typed', async () => {
    const [reference] = await grids();
    const read = readCriteriaSheet(reference!);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const [typedTotal] = await grids(LINES, 80);
    const report = readReport(typedTotal!);
    if (!report.ok) throw new Error(report.error.message);
    expect(score(read.set, report.report).flags.filter((f) => f.code === 'self-score-total').map((f) => f.message)).toEqual([
      'Ô D18: dòng «Tổng cộng» ghi 80 điểm tự chấm, nhưng cộng điểm tự chấm các tiêu chí được 79',
    ]);
    // An item's own subtotal of its sub-items' self-scores, typed 18 where 9 + 8 = 17; the column's SUM now
    // counts it as well as its sub-items (97): both slips are the sheet's own, each at its cell.
    const [subtotal] = await grids(LINES.map((l): Line => (l[0] === '1' ? [l[0], l[1], l[2], 18, null, null] : l)));
    const withSubtotal = readReport(subtotal!);
    if (!withSubtotal.ok) throw new Error(withSubtotal.error.message);
    expect(score(read.set, withSubtotal.report).flags.filter((f) => f.code === 'self-score-total').map((f) => f.message)).toEqual([
      'Ô D9: mục 1 ghi 18 điểm tự chấm, nhưng cộng điểm tự chấm các mục con được 17',
      'Ô D18: dòng «Tổng cộng» ghi 97 điểm tự chấm, nhưng cộng điểm tự chấm các tiêu chí được 79',
    ]);
  });

  it('checks a roman-numeral group’s self-score against the criteria under it', async () => {
    const [reference] = await grids();
    const read = readCriteriaSheet(reference!);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    // Group I states 30 where 9 + 8 + 15 = 32; group II states 47 = 10 + 7 + 30, which is right.
    const [unit] = await grids(LINES.map((l): Line => (l[0] === 'I' ? [l[0], l[1], l[2], 30, null, null] : l[0] === 'II' ? [l[0], l[1], l[2], 47, null, null] : l)), 79);
    const report = readReport(unit!);
    if (!report.ok) throw new Error(report.error.message);
    expect(score(read.set, report.report).flags.filter((f) => f.code === 'self-score-total').map((f) => f.message)).toEqual([
      'Ô D8: nhóm I ghi 30 điểm tự chấm, nhưng cộng điểm tự chấm các tiêu chí trong nhóm được 32',
    ]);
  });
});

describe('the commune’s blank form as the reference', () => {
  it('asks for the documents it names; a unit that leaves them out is flagged at the cell', async () => {
    const blank = LINES.map((l): Line => [l[0], l[1], l[2], null, null, l[0] === '1.1' ? 'Báo cáo iOffice' : l[0] === '4' ? 'Biên bản sinh hoạt tổ' : null]);
    const [form] = await grids(blank);
    const read = readCriteriaSheet(form!);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.set.criteria.filter((c) => c.evidenceRequired).map((c) => [c.code, c.note])).toEqual([
      ['1.1', 'Tài liệu kiểm chứng: Báo cáo iOffice.'],
      ['4', 'Tài liệu kiểm chứng: Biên bản sinh hoạt tổ.'],
    ]);
    const withoutMinutes = LINES.map((l): Line => (l[0] === '4' ? [l[0], l[1], l[2], l[3], l[4], null] : l));
    const [unit] = await grids(withoutMinutes);
    const report = readReport(unit!);
    if (!report.ok) throw new Error(report.error.message);
    const flags = score(read.set, report.report).flags.filter((f) => f.code === 'evidence-missing');
    expect(flags.map((f) => f.cell)).toEqual(['F17']);
  });
});
