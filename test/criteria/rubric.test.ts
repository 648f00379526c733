// DTI-style rubrics: «Cách xác định và tính điểm» in a rubric's own words becomes a rule where it can mean
// one thing, else manual scoring with the words kept; bonus rows take a total past the nominal 100.
// The rubric sheet is made by LibreOffice from fixtures/dti-rubric.csv (numbered rows, a roman-numeral
// heading per group, lettered sub-items, an «Điểm thưởng» heading, a «Tổng cộng» row).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteriaSet } from '../../core/criteria/load.js';
import { criteriaSetToGrid, findCriteriaSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { readRubric } from '../../core/criteria/sheet/rubric.js';
import { readReport } from '../../core/report/read.js';
import { score } from '../../core/checks/run.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { reportWorkbook, tempDir } from '../cli/helpers.js';

describe('readRubric', () => {
  it.each([
    ['4 lần: 20 điểm; 3 lần: 15; 2 lần: 10; 1 lần: 5; còn lại: 0', 20, { kind: 'tiers', tiers: [{ min: 4, points: 20 }, { min: 3, points: 15 }, { min: 2, points: 10 }, { min: 1, points: 5 }] }, 'lần'],
    ['Từ 4 cuộc trở lên: 10 điểm\nTừ 2 cuộc: 5 điểm\nDưới 2 cuộc: 0 điểm', 10, { kind: 'tiers', tiers: [{ min: 4, points: 10 }, { min: 2, points: 5 }] }, 'cuộc'],
    ['≥ 90%: 15 điểm; từ 70% đến dưới 90%: 10 điểm; dưới 70%: 0', 15, { kind: 'tiers', tiers: [{ min: 90, points: 15 }, { min: 70, points: 10 }] }, '%'],
  ])('«%s» (max %d) is a rule', (text, max, rule, unit) => {
    expect(readRubric(text, max)).toEqual({ rule, unit });
  });

  it.each([
    ['Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa', 40],
    ['Điểm = Điểm tối đa x Tỷ lệ hộ có tài khoản', 10],
    // A district DTI part's words, the rate written with its percent sign.
    ['Tỷ lệ = a/b\nĐiểm = Tỷ lệ% x Điểm tối đa', 20],
  ])('«%s» (max %d) is a rate, its full points at 100%%', (text, max) => {
    expect(readRubric(text, max)).toEqual({ rule: { kind: 'ratio' }, unit: 'Tỷ lệ %', target: { comparator: '>=', value: 100 } });
  });

  // The departments' DTI part (cds-so-ban-nganh-bo-chi-so.xlsx, its Word table): 1.6 measured against its 80%.
  it('reads «Tỷ lệ/80%*Điểm tối đa» after «Tỷ lệ>=80%: Điểm tối đa» as a rate full at 80%', () => {
    const text = '- Tỷ lệ=(b+c)/a\n- Điểm=\n+ Tỷ lệ>=80%: Điểm tối đa;\n+ Tỷ lệ<80%: Tỷ lệ/80%*Điểm tối đa';
    expect(readRubric(text, 20)).toEqual({ rule: { kind: 'ratio' }, unit: 'Tỷ lệ %', target: { comparator: '>=', value: 80 } });
  });

  // Its 1.10 and 1.15: full from 90% (80%), the rate itself times the maximum below — 85% gives 8,5, 90% 10.
  it.each([
    ['-Tỷ lệ=a/b\n-Tỷ lệ ≥ 90%: Điểm tối đa\n- Tỷ lệ < 90%: Tỷ lệ *Điểm tối đa', 90],
    ['Tỷ lệ = a/b\nTỷ lệ ≥ 80%, điểm = Điểm tối đa\nTỷ lệ < 80%, điểm = Tỷ lệ * Điểm tối đa', 80],
  ])('reads «%s» as a rate full from %d%%, the rate itself × the maximum below it', (text, from) => {
    expect(readRubric(text, 10)).toEqual({ rule: { kind: 'ratio', fullFrom: from }, unit: 'Tỷ lệ %', target: { comparator: '>=', value: from } });
  });

  it('leaves to the officer words whose threshold and rate below it differ', () => {
    expect(readRubric('Tỷ lệ ≥ 90%: Điểm tối đa; Tỷ lệ < 80%: Tỷ lệ * Điểm tối đa', 10)).toBeUndefined();
    expect(readRubric('Tỷ lệ ≥ 90%: Điểm tối đa; còn lại: Tỷ lệ * Điểm tối đa', 10)).toBeUndefined();
  });

  it('reads full, half and no credit as levels 1, 0,5 and 0, the note saying which is which', () => {
    expect(readRubric('Có quy chế: Điểm tối đa; Có nhưng chưa đầy đủ: 1/2 × Điểm tối đa; Không có: 0 điểm', 6)).toEqual({
      rule: { kind: 'tiers', tiers: [{ min: 1, points: 6 }, { min: 0.5, points: 3 }] },
      unit: 'mức',
      note: 'Kết quả ghi mức đạt: 1 = Có quy chế; 0,5 = Có nhưng chưa đầy đủ; 0 = Không có (đủ điểm 6, nửa điểm 3).',
    });
  });

  it.each([
    ['Theo kết quả khảo sát của tỉnh', 10], // no wording of a rule
    ['4 lần: 20 điểm; 3 lần: 25 điểm', 25], // fewer occurrences, more points
    ['4 lần: 30 điểm; 2 lần: 10', 20], // a tier above the max
    ['Trên 90%: 10 điểm; còn lại: 0', 10], // «trên» (strictly above) is not a tier's «từ»
    ['90%: 10 điểm; 3 lần: 5 điểm', 10], // percent and count mixed
    ['Có: 5 điểm; Một phần: 2 điểm', 5], // levels that are not full / half
  ])('leaves «%s» to the officer', (text, max) => {
    expect(readRubric(text, max)).toBeUndefined();
  });
});

describe('the DTI rubric sheet saved by LibreOffice', () => {
  const path = join(import.meta.dirname, 'fixtures', 'dti-rubric.xlsx');
  const read = async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(path));
    return readCriteriaSheet(findCriteriaSheet(await wb.readSheets(await wb.listSheets()))!, { fileName: 'dti-rubric.xlsx' });
  };

  it('reads numbered rows, sub-items and the bonus heading into a set, the unread wording kept as a note', async () => {
    const result = await read();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { set, notices } = result;
    expect(set.groups).toEqual([
      { id: 'I', title: 'Chuyển đổi nhận thức', maxPoints: 25 },
      { id: 'II', title: 'Hạ tầng và dịch vụ số', maxPoints: 75 },
      { id: 'III', title: 'Điểm thưởng', maxPoints: 10 },
    ]);
    // «4» has sub-items a), b): they are the criteria, numbered under it.
    expect(set.criteria.map((c) => [c.code, c.group, c.unit, c.maxPoints, c.rule.kind, c.note ?? ''])).toEqual([
      ['1', 'I', 'lần', 20, 'tiers', ''],
      ['2', 'I', 'mức', 5, 'tiers', 'Kết quả ghi mức đạt: 1 = Ban hành trước 31/3; 0,5 = Ban hành sau 31/3; 0 = Không ban hành (đủ điểm 5, nửa điểm 2,5).'],
      ['3', 'II', 'Tỷ lệ %', 40, 'ratio', ''],
      ['4.a', 'II', '', 20, 'manual', 'Theo kết quả khảo sát của tỉnh'],
      ['4.b', 'II', '%', 15, 'tiers', ''],
      ['5', 'III', 'điểm', 10, 'bonus', 'Cộng 10 điểm'],
    ]);
    expect(notices).toContainEqual({
      cell: 'D10',
      message: 'Chưa chuyển được «Theo kết quả khảo sát của tỉnh» thành cách tính: chấm thủ công, giữ nguyên lời này làm ghi chú của tiêu chí.',
    });
    expect(notices).toContainEqual({
      cell: 'A3',
      message: 'Chưa có mục «NHÓM TIÊU CHÍ»: nhóm lấy từ các dòng tiêu đề nhóm: Chuyển đổi nhận thức (25 điểm); Hạ tầng và dịch vụ số (75 điểm); Điểm thưởng (cộng tối đa 10 điểm); điểm tối đa của nhóm là tổng điểm các tiêu chí trong nhóm, trừ khi dòng tiêu đề nhóm ghi điểm.',
    });
    // The sheet's own arithmetic holds (4 = a) + b), Tổng cộng = 100 without the bonus): nothing said about it.
    expect(notices.filter((n) => /Tổng cộng|mục con/.test(n.message))).toEqual([]);
  });

  it('gives the rate its target, 100%, so the set loads as a set file loads (a rate without one is refused)', async () => {
    const result = await read();
    if (!result.ok) throw new Error('unread');
    expect(result.set.criteria.find((c) => c.code === '3')?.target).toEqual({ comparator: '>=', value: 100 });
    expect(loadCriteriaSet({ kind: 'object', value: result.set, name: 'dti-rubric.xlsx' })).toEqual({ ok: true, set: result.set });
  });

  it('writes back as a full criteria sheet that reads as the same set, nothing left to infer', async () => {
    const result = await read();
    if (!result.ok) throw new Error('unread');
    expect(readCriteriaSheet({ name: 'Tiêu chí', values: criteriaSetToGrid(result.set) })).toEqual({ ok: true, set: result.set, notices: [], reconciliation: expect.objectContaining({ agrees: true }) });
  });

  it('scores a commune past the nominal 100 with its bonus: 110 of 100', async () => {
    const result = await read();
    if (!result.ok) throw new Error('unread');
    const file = join(await tempDir(), 'xa.xlsx');
    await reportWorkbook([{
      sheet: 'UBND xã', name: 'UBND xã Nà Tấu', kind: 'UBND xã', submitted: null, setRef: `${result.set.id}@1`,
      lines: [
        ['1', 5, null, null, null, null], // 5 lần ≥ 4 → 20
        ['2', 1, null, null, 'KH số 12/KH-UBND', null], // full credit → 5
        ['3', null, 950, 950, null, null], // 100% → 40
        ['4.a', null, null, null, null, 20], // manual: the self-score stands → 20
        ['4.b', '92%', null, null, null, null], // ≥ 90% → 15
        ['5', 10, null, null, 'QĐ tặng Cờ thi đua', null], // bonus → +10
      ],
    }]).xlsx.writeFile(file);
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(file));
    const [grid] = await wb.readSheets(await wb.listSheets());
    const report = readReport(grid!);
    if (!report.ok) throw new Error(report.error.message);
    const card = score(result.set, report.report);
    expect(card.criteria.map((c) => [c.code, c.points])).toEqual([['1', 20], ['2', 5], ['3', 40], ['4.a', 20], ['4.b', 15], ['5', 10]]);
    expect({ base: card.base, bonus: card.bonus, total: card.total, max: card.applicableMax }).toEqual({ base: 100, bonus: 10, total: 110, max: 100 });

    const half = score(result.set, { ...report.report, rows: report.report.rows.map((r) => (r.code.raw === '2' ? { ...r, result: { ...r.result!, raw: 0.5, value: { kind: 'number', value: 0.5, percent: false } } } : r)) });
    expect(half.criteria.find((c) => c.code === '2')?.points).toBe(2.5);
  });
});
