// A percentage is never rounded up onto a band it does not reach: Tây Ninh's DTI set scores on 960 points, and 863,98
// of them (89,998 %) was shown «90,00 %» and ranked «Xuất sắc» (từ 90 %), which needs 864; «Còn thiếu gì» asked 0,02
// less than a band needs. The card, its band and the path to the next band all read the one percentage.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { pathToNextBand } from '../../core/ranking/what-it-takes.js';
import { percentOf } from '../../core/scoring/percent-of.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: '1', measure: 'points', maxPoints: 960, rule: { kind: 'manual' } })] });
const cardAt = (points: number) => score(set, makeReport({ sheet: 'Cần Giuộc', unitName: 'Cần Giuộc', unitKind: 'Thôn', rows: [['1', points]] }));

describe('a percentage and the band it reaches', () => {
  it('shows 863,98 of 960 as 89,99 %, «Tốt»; 864 as 90 %, «Xuất sắc»', () => {
    expect([cardAt(863.98).percent, cardAt(863.98).classification?.label]).toEqual([89.99, 'Tốt']);
    expect([cardAt(864).percent, cardAt(864).classification?.label]).toEqual([90, 'Xuất sắc']);
    // Away from a threshold a percentage rounds as before: 864,5 of 960 is 90,052… → 90,05; 2 of 3 → 66,67.
    expect(cardAt(864.5).percent).toBe(90.05);
    expect(percentOf(2, 3, [90, 75, 50, 0])).toBe(66.67);
    expect(percentOf(-5, 100, [0])).toBe(0);
  });

  it('asks for the points the band needs, not the points that would round onto it', () => {
    const path = pathToNextBand(set, cardAt(776.77))!;
    expect([path.goal, path.need]).toEqual(['Xuất sắc', 87.23]);
    expect(cardAt(776.77 + path.need).classification?.label).toBe('Xuất sắc');
    expect(cardAt(776.77 + path.need - 0.01).classification?.label).toBe('Tốt');
  });
});
