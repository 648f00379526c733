// Chưa thẩm định: on a commune's all-in-one form (made with ExcelJS, read back as a report), the items whose
// «Điểm phúc tra» the council has not typed yet are scored on the self-score and named in one flag.
import { describe, expect, it } from 'vitest';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import { score } from '../../core/checks/run.js';
import { LINES, scoringSheetGrids, type Line } from '../criteria/fixtures/scoring-sheet.js';

async function scored(lines: Line[]) {
  const [reference] = await scoringSheetGrids();
  const read = readCriteriaSheet(reference!);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const [grid] = await scoringSheetGrids(lines);
  const report = readReport(grid!);
  if (!report.ok) throw new Error(report.error.message);
  return score(read.set, report.report);
}

/** The council's figure typed in «Điểm phúc tra» for the items given (code → points). */
const verify = (points: Record<string, number>) => LINES.map((l): Line => (l[0]! in points ? [l[0], l[1], l[2], l[3], points[l[0]!]!, l[5]] : l));

describe('not-yet-verified', () => {
  it('names the items still on their self-score, in one info flag at the first of them', async () => {
    const card = await scored(verify({ '1.1': 8, '1.2': 8, '2': 12 }));
    const flags = card.flags.filter((f) => f.code === 'not-yet-verified');
    expect(flags.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ['info', 'E15', '3 mục chưa có điểm thẩm định (ô E15, E16, E17): đang tạm tính theo điểm tự chấm, chờ Hội đồng thẩm định.'],
    ]);
    // The council's figures win where typed, the unit's own beside them; the rest stand on the self-score, said so in the reason.
    expect(card.criteria.filter((c) => ['1.1', '2', '4'].includes(c.code)).map((c) => [c.code, c.points, c.reason])).toEqual([
      ['1.1', 8, 'Chấm 8/10 điểm (theo điểm thẩm định; đơn vị tự chấm 9)'],
      ['2', 12, 'Chấm 12/15 điểm (theo điểm thẩm định; đơn vị tự chấm 15)'],
      ['4', 30, 'Chấm 30/40 điểm (theo điểm tự chấm, chưa thẩm định)'],
    ]);
  });

  it('says nothing once every item is verified', async () => {
    const card = await scored(verify({ '1.1': 9, '1.2': 8, '2': 15, 'a)': 10, 'b)': 7, '4': 28 }));
    expect(card.flags.filter((f) => f.code === 'not-yet-verified')).toEqual([]);
    expect(card.total).toBe(77);
  });
});
