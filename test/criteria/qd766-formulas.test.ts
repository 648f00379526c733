// The built-in set qd766-xa scores each 766 criterion with the formulas that explain the portal's scores
// (core/indicators/formulas-766.ts, DOMAIN §6): per group, the figures of §6 through the core formula and through the
// set's criteria (a unit's report scored by the real scorer) give the same points; where the set cannot follow the
// formula (online services: none known; the payment's third part above 80 %), the test says how they part.
import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { FORMULA_TOLERANCE, formulaNote, metricScore, paymentScore, progressScore } from '../../core/indicators/formulas-766.js';
import { scoreCriteria } from '../../core/scoring/score.js';
import { makeReport, type RowSpec } from '../helpers/make-report.js';

const qd766Xa = findBuiltin('qd766-xa')!;

/** The set's points per criterion for a commune reporting `rows`. */
function setPoints(rows: RowSpec[]): Record<string, number> {
  const report = makeReport({ unitName: 'UBND xã Tam Sơn', unitKind: 'Xã', rows });
  const { card } = scoreCriteria(qd766Xa, report);
  return Object.fromEntries(card.criteria.filter((c) => c.status === 'scored').map((c) => [c.code, c.points]));
}
const parts = (code: string, numerator: number, denominator: number): RowSpec => ({ code, numerator, denominator });
/** The scorer keeps two decimals. */
const two = (n: number | undefined) => Math.round(n! * 100) / 100;

describe('qd766-xa scores with the portal’s formulas, group by group (DOMAIN §6 figures)', () => {
  it('Công khai, minh bạch: max × ratio', () => {
    const figures = [['CKMB1', 'CKMB_CONG_BO_DUNG_HAN', 40, 50, 6], ['CKMB2', 'CKMB_CAP_NHAT_DUNG_HAN', 10, 10, 4], ['CKMB3', 'CKMB_DAY_DU_BO_PHAN', 1, 2, 2], ['CKMB4', 'CKMB_DONG_BO_DVCQG', 1139, 1234, 6]] as const;
    const points = setPoints(figures.map(([c, , n, d]) => parts(c, n, d)));
    for (const [c, metric, n, d, max] of figures) expect(points[c], c).toBe(two(metricScore(metric, 'CKMB', { ratio: (100 * n) / d, max })));
    expect(points).toEqual({ CKMB1: 4.8, CKMB2: 4, CKMB3: 1, CKMB4: 5.54 });
  });

  it('Tiến độ giải quyết: 20 × on time ÷ received', () => {
    expect(setPoints([parts('TDGQ1', 95, 101)]).TDGQ1).toBe(two(progressScore(95, 101)));
    expect(setPoints([parts('TDGQ1', 900, 1000)]).TDGQ1).toBe(18);
  });

  it('Mức độ hài lòng: ratings full at 90 %, none without any; petitions full without any', () => {
    const cases: [string, string, number, number][] = [
      ['MDHL3', 'MDHL_HAI_LONG_TTHC', 85, 100], ['MDHL3', 'MDHL_HAI_LONG_TTHC', 95, 100], ['MDHL3', 'MDHL_HAI_LONG_TTHC', 0, 0],
      ['MDHL1', 'MDHL_PAKN_DUNG_HAN', 0, 0], ['MDHL1', 'MDHL_PAKN_DUNG_HAN', 5, 8], ['MDHL2', 'MDHL_HAI_LONG_PAKN', 3, 4],
    ];
    for (const [c, metric, n, d] of cases) {
      expect(setPoints([parts(c, n, d)])[c], `${c} ${n}/${d}`).toBe(two(metricScore(metric, 'MDHL', { numerator: n, denominator: d, max: 6 })));
    }
    expect(setPoints([parts('MDHL3', 0, 0), parts('MDHL1', 0, 0), parts('MDHL2', 7, 8)])).toEqual({ MDHL3: 0, MDHL1: 6, MDHL2: 5.25 });
  });

  it('Số hóa hồ sơ: max × ratio capped; reuse full at 80 %', () => {
    const cases: [string, string, number, number, number][] = [
      ['MDSH1', 'MDSH_KET_QUA_DIEN_TU', 60, 300, 6], ['MDSH2', 'MDSH_SO_HOA_THANH_PHAN', 40, 50, 4], ['MDSH4', 'MDSH_KHAI_THAC_LAI', 30, 50, 2], ['MDSH4', 'MDSH_KHAI_THAC_LAI', 45, 50, 2],
    ];
    for (const [c, metric, n, d, max] of cases) expect(setPoints([parts(c, n, d)])[c], `${c} ${n}/${d}`).toBe(two(metricScore(metric, 'MDSH', { ratio: (100 * n) / d, max })));
    expect([setPoints([parts('MDSH4', 30, 50)]).MDSH4, setPoints([parts('MDSH4', 45, 50)]).MDSH4]).toEqual([1.5, 2]);
  });

  it('Thanh toán trực tuyến: 6A + min(2; 2,5B) + min(2; 2,5C), the set’s three parts adding up to the formula', () => {
    const pay = { paid: 12, owed: 20, formalitiesPaid: 3, feeFormalities: 4, feeFormalitiesWithDossiers: 3 };
    const points = setPoints([parts('TTTT1', 12, 20), parts('TTTT2', 3, 4), parts('TTTT3', 3, 4)]);
    // Each part is kept to two decimals: the sum within the formula's own precision.
    expect(Math.abs(points.TTTT1! + points.TTTT2! + points.TTTT3! - paymentScore(pay)!)).toBeLessThanOrEqual(FORMULA_TOLERANCE);
    expect(points).toEqual({ TTTT1: 3.6, TTTT2: 1.88, TTTT3: 1.88 });
    // At 80 % and above both parts stop at 2: the group is 10 of 10, as the portal splits it 6 + 2 + 2.
    const full = setPoints([parts('TTTT1', 20, 20), parts('TTTT2', 4, 4), parts('TTTT3', 4, 4)]);
    expect(full.TTTT1! + full.TTTT2! + full.TTTT3!).toBe(10);
    expect(paymentScore({ paid: 20, owed: 20, formalitiesPaid: 4, feeFormalities: 4, feeFormalitiesWithDossiers: 4 })).toBe(10);
    expect(qd766Xa.criteria.find((c) => c.code === 'TTTT3')!.note).toContain('cán bộ xác nhận');
  });

  it('Dịch vụ công trực tuyến: no formula known — the set takes the portal’s score as typed, and both say so', () => {
    expect(setPoints([{ code: 'CLGQ1', selfScore: 9.25 }]).CLGQ1).toBe(9.25);
    expect(formulaNote({ code: 'CLGQ', label: 'Dịch vụ công trực tuyến', value: 9.25, unit: 'points', max: 12 })).toBe('chưa rõ công thức cổng tính');
    expect(qd766Xa.criteria.find((c) => c.code === 'CLGQ1')!.note).toContain('Chưa rõ công thức');
  });

  it('the whole set: 100 points at commune level, its notes naming what is public and what is the officer’s to confirm', () => {
    expect(qd766Xa.criteria.reduce((a, c) => a + c.maxPoints, 0)).toBe(100);
    expect(qd766Xa.notes).toContain('Công thức công khai [public code]');
    expect(qd766Xa.notes).toContain('Cán bộ xác nhận');
    const unverified = qd766Xa.criteria.filter((c) => c.note?.includes('[Chưa xác minh]')).map((c) => c.code);
    expect(unverified).toEqual(['MDSH3', 'MDSH5', 'MDSH6']);
  });
});

/*
Made for: issue 21 item 4 — the built-in set qd766-xa and the captures' «theo công thức» are one formula module.
*/
