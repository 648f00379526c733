import { describe, expect, it } from 'vitest';
import { Criterion, type CriteriaSetInput } from '../../core/criteria/schema.js';
import { applyRule, rules } from '../../core/criteria/rules/index.js';
import { formatNumber } from '../../core/criteria/rules/reason.js';
import { criterion } from '../helpers/make-report.js';

type Input = CriteriaSetInput['criteria'][number];
const make = (c: Partial<Input> & Pick<Input, 'code' | 'measure' | 'rule'>) => Criterion.parse(criterion(c));
const atLeast = (value: number) => ({ comparator: '>=' as const, value });

describe('registry', () => {
  it('has one rule per kind, labelled as in the Cách tính column', () => {
    expect(Object.fromEntries(Object.values(rules).map((r) => [r.kind, r.label]))).toEqual({
      threshold: 'Đạt chỉ tiêu',
      ratio: 'Tỷ lệ',
      tiers: 'Bậc',
      per_occurrence: 'Mỗi lần',
      yes_no: 'Có/Không',
      manual: 'Thủ công',
      bonus: 'Cộng điểm',
      deduction: 'Trừ điểm',
      portal_766: 'Công thức Cổng 766',
      min_max: 'Min-Max giữa các đơn vị',
    });
  });
});

describe('formatNumber', () => {
  it('writes numbers the Vietnamese way, at most two decimals', () => {
    expect(formatNumber(85.5)).toBe('85,5');
    expect(formatNumber(1234.567)).toBe('1.234,57');
    expect(formatNumber(10)).toBe('10');
    expect(formatNumber(-3)).toBe('-3');
  });
});

describe('threshold (Đạt chỉ tiêu)', () => {
  const c = make({ code: 'T', measure: 'percent', rule: { kind: 'threshold' }, target: atLeast(80) });
  it('gives the max exactly at the target', () => {
    expect(applyRule(c, 80)).toEqual({ points: 10, met: true, reason: 'Đạt 80% ≥ chỉ tiêu 80% → 10/10 điểm' });
  });
  it('gives the max above the target', () => {
    expect(applyRule(c, 85.5)).toEqual({ points: 10, met: true, reason: 'Đạt 85,5% ≥ chỉ tiêu 80% → 10/10 điểm' });
  });
  it('gives nothing just below and at zero', () => {
    expect(applyRule(c, 79.99)).toEqual({ points: 0, met: false, reason: 'Kết quả 79,99%, chưa đạt chỉ tiêu ≥ 80% → 0/10 điểm' });
    expect(applyRule(c, 0).points).toBe(0);
  });
  it('reads a strict target strictly', () => {
    const strict = make({ code: 'T', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>', value: 40 } });
    expect(applyRule(strict, 40).met).toBe(false);
    expect(applyRule(strict, 40.1).points).toBe(10);
  });
  it('reads "= 0" as "none at all" (no poor households)', () => {
    const none = make({ code: 'T', measure: 'count', unit: 'hộ', rule: { kind: 'threshold' }, target: { comparator: '=', value: 0 } });
    expect(applyRule(none, 0)).toEqual({ points: 10, met: true, reason: 'Đạt 0 hộ = chỉ tiêu 0 hộ → 10/10 điểm' });
    expect(applyRule(none, 2).points).toBe(0);
  });
  it('without a target, any achievement earns the max and met stays unknown', () => {
    const open = make({ code: 'T', measure: 'count', rule: { kind: 'threshold' } });
    expect(applyRule(open, 1)).toMatchObject({ points: 10, met: null });
    expect(applyRule(open, 0).points).toBe(0);
  });
});

describe('ratio (Tỷ lệ)', () => {
  const c = make({ code: 'R', measure: 'ratio', rule: { kind: 'ratio' }, target: atLeast(80) });
  it('is min(1, value / target) × max', () => {
    expect(applyRule(c, 60)).toEqual({ points: 7.5, met: false, reason: 'Kết quả 60%, chưa đạt chỉ tiêu ≥ 80% (bằng 75% chỉ tiêu) → 7,5/10 điểm' });
    expect(applyRule(c, 80)).toMatchObject({ points: 10, met: true });
    expect(applyRule(c, 120).points).toBe(10);
    expect(applyRule(c, 0).points).toBe(0);
  });
  it('rounds points down to two decimals below the target', () => {
    expect(applyRule(c, 33).points).toBe(4.12);
  });
  it('for a lower-is-better target, the share is target / value', () => {
    const late = make({ code: 'R', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '<=', value: 5 } });
    expect(applyRule(late, 4).points).toBe(10);
    expect(applyRule(late, 10)).toMatchObject({ points: 5, met: false });
  });
  it('without a target, a rate is measured against 100%', () => {
    const open = make({ code: 'R', measure: 'percent', rule: { kind: 'ratio' } });
    expect(applyRule(open, 50)).toMatchObject({ points: 5, met: null });
  });
  it('never goes below zero', () => {
    expect(applyRule(c, -20).points).toBe(0);
  });
});

describe('tiers (Bậc)', () => {
  const meetings = make({
    code: 'B',
    measure: 'count',
    unit: 'cuộc',
    maxPoints: 20,
    rule: { kind: 'tiers', tiers: [{ min: 4, points: 20 }, { min: 1, points: 5 }, { min: 3, points: 15 }, { min: 2, points: 10 }] },
  });
  it('gives the highest tier reached (4 = 20, 3 = 15, 2 = 10, 1 = 5)', () => {
    expect([4, 3, 2, 1].map((n) => applyRule(meetings, n).points)).toEqual([20, 15, 10, 5]);
    expect(applyRule(meetings, 3).reason).toBe('Đạt 3 cuộc, bậc từ 3 cuộc → 15/20 điểm');
  });
  it('above the top tier stays at the top tier', () => {
    expect(applyRule(meetings, 9).points).toBe(20);
  });
  it('below the lowest tier gives nothing', () => {
    expect(applyRule(meetings, 0)).toEqual({ points: 0, met: null, reason: 'Kết quả 0 cuộc, chưa đến bậc thấp nhất (từ 1 cuộc) → 0/20 điểm' });
  });
  it('caps a tier worth more than the max', () => {
    const generous = make({ code: 'B', measure: 'count', maxPoints: 8, rule: { kind: 'tiers', tiers: [{ min: 1, points: 12 }] } });
    expect(applyRule(generous, 1).points).toBe(8);
  });
});

describe('per_occurrence (Mỗi lần)', () => {
  const c = make({ code: 'P', measure: 'count', unit: 'lần', rule: { kind: 'per_occurrence', pointsEach: 2.5 }, target: atLeast(2) });
  it('is count × points each', () => {
    expect(applyRule(c, 2)).toEqual({ points: 5, met: true, reason: '2 lần × 2,5 điểm = 5 → 5/10 điểm' });
  });
  it('is capped at the max', () => {
    expect(applyRule(c, 7)).toEqual({ points: 10, met: true, reason: '7 lần × 2,5 điểm = 17,5, vượt tối đa 10 → 10/10 điểm' });
  });
  it('gives nothing for zero occurrences', () => {
    expect(applyRule(c, 0)).toMatchObject({ points: 0, met: false });
  });
  it('counts «lần» where its unit names none, or points', () => {
    for (const [measure, unit] of [['count', ''], ['points', 'điểm']] as const) {
      const each = make({ code: 'P', measure, unit, rule: { kind: 'per_occurrence', pointsEach: 2 } });
      expect(applyRule(each, 3).reason).toBe('3 lần × 2 điểm = 6 → 6/10 điểm');
    }
  });
});

describe('yes_no (Có/Không)', () => {
  const c = make({ code: 'Y', measure: 'yes_no', rule: { kind: 'yes_no' } });
  it('yes earns the max, no earns nothing', () => {
    expect(applyRule(c, 1)).toEqual({ points: 10, met: true, reason: 'Có → 10/10 điểm' });
    expect(applyRule(c, 0)).toEqual({ points: 0, met: false, reason: 'Không → 0/10 điểm' });
  });
  it('a target asking for "Không" rewards "Không"', () => {
    const noIncident = make({ code: 'Y', measure: 'yes_no', rule: { kind: 'yes_no' }, target: { comparator: '=', value: 0 } });
    expect(applyRule(noIncident, 0)).toEqual({ points: 10, met: true, reason: 'Không (yêu cầu Không) → 10/10 điểm' });
    expect(applyRule(noIncident, 1).points).toBe(0);
  });
});

describe('manual (Thủ công)', () => {
  const c = make({ code: 'M', measure: 'points', rule: { kind: 'manual' } });
  it('keeps points within 0..max', () => {
    expect(applyRule(c, 7.5)).toEqual({ points: 7.5, met: null, reason: 'Chấm 7,5/10 điểm' });
    expect(applyRule(c, 10).points).toBe(10);
    expect(applyRule(c, 0).points).toBe(0);
  });
  it('caps points above the max and says so', () => {
    expect(applyRule(c, 12)).toEqual({ points: 10, met: null, reason: 'Chấm 12 vượt tối đa 10 → tính 10 điểm' });
  });
  it('turns negative points into zero and says so', () => {
    expect(applyRule(c, -2)).toEqual({ points: 0, met: null, reason: 'Chấm -2 là số âm → tính 0/10 điểm' });
  });
});

describe('bonus (Cộng điểm)', () => {
  it('adds the points given, capped at the max', () => {
    const c = make({ code: 'C', measure: 'points', maxPoints: 5, rule: { kind: 'bonus' } });
    expect(applyRule(c, 3)).toEqual({ points: 3, met: null, reason: 'Cộng 3 điểm (tối đa 5)' });
    expect(applyRule(c, 8).points).toBe(5);
    expect(applyRule(c, 0).points).toBe(0);
  });
  it('with points each, the value is a count', () => {
    const c = make({ code: 'C', measure: 'count', unit: 'sáng kiến', maxPoints: 5, rule: { kind: 'bonus', pointsEach: 2 } });
    expect(applyRule(c, 2)).toEqual({ points: 4, met: null, reason: '2 sáng kiến × 2 điểm = 4 → cộng 4 điểm (tối đa 5)' });
    expect(applyRule(c, 3).points).toBe(5);
  });
  it('never adds for a negative value', () => {
    const c = make({ code: 'C', measure: 'points', maxPoints: 5, rule: { kind: 'bonus' } });
    expect(applyRule(c, -4)).toEqual({ points: 0, met: null, reason: '-4 là số âm, tính 0 → cộng 0 điểm (tối đa 5)' });
  });
});

describe('deduction (Trừ điểm)', () => {
  it('subtracts the points given, capped at the max, "8" and "-8" alike', () => {
    const c = make({ code: 'D', measure: 'points', maxPoints: 8, rule: { kind: 'deduction' } });
    expect(applyRule(c, 3)).toEqual({ points: -3, met: null, reason: 'Trừ 3 điểm (tối đa 8)' });
    expect(applyRule(c, -3).points).toBe(-3);
    expect(applyRule(c, 12).points).toBe(-8);
    expect(applyRule(c, 0).points).toBe(0); // toBe tells 0 from -0
  });
  it('with points each, the value is a count of violations', () => {
    const c = make({ code: 'D', measure: 'count', unit: 'lần', maxPoints: 10, rule: { kind: 'deduction', pointsEach: 4 } });
    expect(applyRule(c, 2)).toEqual({ points: -8, met: null, reason: '2 lần × 4 điểm = 8 → trừ 8 điểm (tối đa 10)' });
    expect(applyRule(c, 3).points).toBe(-10);
  });
});

describe('reason wording at the edges', () => {
  it('writes a value beyond an "=" target with ≥', () => {
    const all = make({ code: 'T', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '=', value: 100 } });
    expect(applyRule(all, 100).reason).toBe('Đạt 100% = chỉ tiêu 100% → 10/10 điểm');
    expect(applyRule(all, 120).reason).toBe('Đạt 120% ≥ chỉ tiêu 100% → 10/10 điểm');
  });

  it('a ratio exactly at a strict target is not met and stays under full points', () => {
    const strict = make({ code: 'R', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>', value: 70 } });
    expect(applyRule(strict, 70)).toEqual({ points: 9.99, met: false, reason: 'Kết quả 70%, chưa đạt chỉ tiêu > 70% (bằng mức chỉ tiêu) → 9,99/10 điểm' });
  });
});
