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

  it('says nothing at the maximum', async () => {
    const card = await scoredWithVerified('2', 15);
    expect(card.flags.filter((f) => f.code === 'verified-score-over-max')).toEqual([]);
  });
});
