// A bonus or deduction row measured in points whose «Kết quả» holds the unit's figure that earned it, not points (an
// officer's walk on Cần Thơ's cashless-payment scale, KH 157/KH-UBND: «100%» in G18 beside «Điểm tự chấm» 5 on bonus
// row 5.1 read «Lỗi · ô G18 — "100%" là tỷ lệ %, tiêu chí cần điểm → 0 điểm»): the points are taken from «Điểm tự
// chấm», the unit's figure kept beside them, as words there are; only with «Điểm tự chấm» blank is it said at the cell.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { criterion, makeReport, makeSet, type RowSpec } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: '1', measure: 'points', maxPoints: 100, rule: { kind: 'manual' } }),
    criterion({ code: '5.1', measure: 'points', maxPoints: 5, rule: { kind: 'bonus' } }),
    criterion({ code: '5.2', measure: 'points', maxPoints: 5, rule: { kind: 'bonus' } }),
    criterion({ code: '9', measure: 'points', maxPoints: 4, rule: { kind: 'deduction' } }),
  ],
});
const scored = (rows: RowSpec[]) => score(set, makeReport({ unitName: 'UBND phường Cái Khế', unitKind: 'Thôn', rows: [{ code: '1', selfScore: 80 }, ...rows] }));

describe('a figure that is not points in «Kết quả» of a bonus or deduction row measured in points', () => {
  it('takes the points from «Điểm tự chấm» and keeps the unit’s figure beside them: «Cộng 5 điểm (tối đa 5) (theo điểm tự chấm; đơn vị báo cáo 100%)»', () => {
    const card = scored([{ code: '5.1', result: '100%', selfScore: 5 }, { code: '5.2', result: '94%', selfScore: 4 }, { code: '9', result: '45/50', selfScore: -2 }]);
    expect(card).toMatchObject({ base: 80, bonus: 9, deduction: 2, total: 87 });
    const of = (code: string) => card.criteria.find((c) => c.code === code)!;
    expect([of('5.1').reason, of('5.2').reason, of('9').reason]).toEqual([
      'Cộng 5 điểm (tối đa 5) (theo điểm tự chấm; đơn vị báo cáo 100%)',
      'Cộng 4 điểm (tối đa 5) (theo điểm tự chấm; đơn vị báo cáo 94%)',
      'Trừ 2 điểm (tối đa 4) (theo điểm tự chấm; đơn vị báo cáo 45/50)',
    ]);
    expect(card.flags.filter((f) => f.code === 'unparseable-value')).toEqual([]);
  });

  it('with «Điểm tự chấm» blank, says so at the cell: nothing added on a rate, never a rate read as points', () => {
    const card = scored([{ code: '5.1', result: '100%' }]);
    expect(card.bonus).toBe(0);
    const flag = card.flags.find((f) => f.criterion === '5.1')!;
    expect([flag.code, flag.cell]).toEqual(['unparseable-value', 'C10']);
    expect(flag.message).toBe('Ô C10: "100%" là tỷ lệ %, tiêu chí cần điểm, «Điểm tự chấm» (G10) để trống → 0 điểm (tiêu chí «Tiêu chí 5.1»)');
  });
});
