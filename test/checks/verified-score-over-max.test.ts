// Điểm thẩm định vượt tối đa: the council typed more than the item's maximum on the all-in-one form; the
// points are capped and the cell is named.
import { describe, expect, it } from 'vitest';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import { score } from '../../core/checks/run.js';
import { LINES, scoringSheetGrids, type Line } from '../criteria/fixtures/scoring-sheet.js';

async function scoredWithVerified(code: string, points: number) {
  const [reference] = await scoringSheetGrids();
  const read = readCriteriaSheet(reference!);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const [grid] = await scoringSheetGrids(LINES.map((l): Line => (l[0] === code ? [l[0], l[1], l[2], l[3], points, l[5]] : l)));
  const report = readReport(grid!);
  if (!report.ok) throw new Error(report.error.message);
  return score(read.set, report.report);
}

describe('verified-score-over-max', () => {
  it('flags a verified score above the maximum at its cell and scores the maximum', async () => {
    const card = await scoredWithVerified('2', 18);
    expect(card.flags.filter((f) => f.code === 'verified-score-over-max').map((f) => [f.severity, f.cell, f.message])).toEqual([
      ['warning', 'E12', 'Ô E12: điểm thẩm định 18 vượt điểm tối đa 15 → tính 15 (tiêu chí «Cổng/Trang thông tin điện tử của xã cập nhật thường xuyên»)'],
    ]);
    expect(card.criteria.find((c) => c.code === '2')?.points).toBe(15);
  });

  it('holds a verified bonus and deduction to their maximum, as a self-scored one is', async () => {
    // The form with a bonus part and a deduction part, the council's column typed above both maxima.
    const lines: Line[] = [
      ...LINES,
      ['III', 'ĐIỂM THƯỞNG', 5, null, null, null],
      ['5', 'Mô hình chuyển đổi số được tỉnh biểu dương', 5, 5, 7, null],
      ['IV', 'ĐIỂM TRỪ', 3, null, null, null],
      ['6', 'Chậm gửi báo cáo định kỳ', 3, 2, 4, null],
    ];
    const [grid] = await scoringSheetGrids(lines);
    const read = readCriteriaSheet(grid!);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const report = readReport(grid!);
    if (!report.ok) throw new Error(report.error.message);
    const card = score(read.set, report.report);
    expect(card.flags.filter((f) => f.code === 'verified-score-over-max').map((f) => [f.cell, f.message])).toEqual([
      ['E19', 'Ô E19: điểm thẩm định 7 vượt điểm tối đa 5 → tính 5 (tiêu chí «Mô hình chuyển đổi số được tỉnh biểu dương»)'],
      ['E21', 'Ô E21: điểm thẩm định trừ 4 điểm, quá mức trừ tối đa 3 điểm → trừ 3 điểm (tiêu chí «Chậm gửi báo cáo định kỳ»)'],
    ]);
    expect([card.bonus, card.deduction]).toEqual([5, 3]);
  });

  it('says nothing at the maximum', async () => {
    const card = await scoredWithVerified('2', 15);
    expect(card.flags.filter((f) => f.code === 'verified-score-over-max')).toEqual([]);
  });
});
