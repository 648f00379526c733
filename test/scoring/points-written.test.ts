// Points typed with their unit in a points cell — «24 điểm», «1đ» (two officer walks: Hải Phòng's civil servants and
// Tây Ninh's DTI set) — are the points the unit gave, read as such and said in the reason, not «không đọc được → 0
// điểm»; the same words where a rate is asked for are still no figure.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'II.2', measure: 'points', maxPoints: 30, rule: { kind: 'manual' } }),
    criterion({ code: 'I.1.a', measure: 'points', maxPoints: 1, rule: { kind: 'manual' } }),
    criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, maxPoints: 10 }),
  ],
});

describe('points typed with their unit', () => {
  it('reads «24 điểm» and «1đ» in «Điểm tự chấm» as 24 and 1 points, saying what was typed', () => {
    const card = score(set, makeReport({ sheet: 'Phạm Thị Lan', unitName: 'Phạm Thị Lan', unitKind: 'Cá nhân', rows: [{ code: 'II.2', selfScore: '24 điểm' }, { code: 'I.1.a', selfScore: '1đ' }, ['TL', '24 điểm']] }));
    const [ii2, i1a, tl] = card.criteria;
    expect([ii2!.points, i1a!.points]).toEqual([24, 1]);
    expect(ii2!.reason).toContain('ghi «24 điểm»');
    expect(i1a!.reason).toContain('ghi «1đ»');
    // A rate is not points: «24 điểm» there is still said as a figure not read.
    expect(tl!.points).toBe(0);
    expect(card.flags.filter((f) => f.code === 'unparseable-value').map((f) => f.criterion)).toEqual(['TL']);
    // The self-score kept on the card is the points typed, as a number typed would be.
    expect([ii2!.selfScore, i1a!.selfScore, card.selfTotal]).toEqual([24, 1, 25]);
  });
});
