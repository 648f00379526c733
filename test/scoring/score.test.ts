import { describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import { score } from '../../core/checks/run.js';
import { capChange, capLine, ScoreCard } from '../../core/scoring/score-card.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const atLeast = (value: number) => ({ comparator: '>=' as const, value });

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: atLeast(80) }),
    criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' }, target: atLeast(80) }),
    criterion({ code: 'CQS-03', measure: 'yes_no', rule: { kind: 'yes_no' } }),
    criterion({ code: 'CQS-04', measure: 'count', unit: 'cuộc', maxPoints: 20, rule: { kind: 'tiers', tiers: [{ min: 1, points: 5 }, { min: 2, points: 10 }, { min: 3, points: 15 }, { min: 4, points: 20 }] } }),
    criterion({ code: 'TH-01', measure: 'percent', rule: { kind: 'threshold' }, target: atLeast(50), appliesTo: ['thon'] }),
    criterion({ code: 'CQ-01', measure: 'points', rule: { kind: 'manual' }, appliesTo: ['co-quan'] }),
  ],
  awards: {
    forms: [{ id: 'giay-khen', label: 'Giấy khen', level: 'xa', minClassification: 'tot', gateCriteria: ['CQS-01', 'CQS-03'] }],
  },
});

const thon = (rows: Parameters<typeof makeReport>[0]['rows'], extra: Partial<Parameters<typeof makeReport>[0]> = {}) =>
  makeReport({ unitName: 'Thôn Nà Pen', unitKind: 'Thôn', submittedAt: '03/11/2025', rows, ...extra });

const byCode = (card: ScoreCard, code: string) => card.criteria.find((c) => c.code === code)!;

describe('score: values', () => {
  it('scores a full report and validates against the ScoreCard schema', () => {
    const card = score(set, thon([['CQS-01', '85,5%'], ['CQS-02', '60%'], ['CQS-03', 'Có'], ['CQS-04', 3], ['TH-01', '50%']]));
    expect(ScoreCard.parse(card)).toEqual(card);
    expect(byCode(card, 'CQS-01')).toMatchObject({ status: 'scored', value: 85.5, met: true, points: 10, row: 9, reason: 'Đạt 85,5% ≥ chỉ tiêu 80% → 10/10 điểm' });
    expect(byCode(card, 'CQS-02')).toMatchObject({ points: 7.5, met: false });
    expect(byCode(card, 'CQS-04')).toMatchObject({ points: 15, value: 3 });
    expect(card).toMatchObject({ unitName: 'Thôn Nà Pen', unitKind: 'thon', submittedAt: '2025-11-03', base: 52.5, total: 52.5, applicableMax: 60, percent: 87.5 });
    expect(card.classification).toEqual({ id: 'tot', label: 'Tốt' });
    expect(card.criteria.map((c) => c.code)).not.toContain('CQ-01'); // applies to agencies only
  });

  it('reads "45/50" as a ratio', () => {
    const card = score(set, thon([['CQS-02', '36/50']]));
    expect(byCode(card, 'CQS-02')).toMatchObject({ value: 72, points: 9 });
    expect(byCode(card, 'CQS-02').reason).toContain('tính từ 36/50');
  });

  it('computes the ratio from Tử số / Mẫu số when Kết quả is empty', () => {
    const card = score(set, thon([{ code: 'CQS-02', numerator: 40, denominator: 50 }]));
    expect(byCode(card, 'CQS-02')).toMatchObject({ status: 'scored', value: 80, points: 10, met: true });
    expect(byCode(card, 'CQS-02').reason).toContain('tính từ tử số/mẫu số 40/50');
  });

  it('reads a plain number in (0,1) as a fraction for a rate, and says so', () => {
    const card = score(set, thon([['CQS-01', 0.855]]));
    expect(byCode(card, 'CQS-01')).toMatchObject({ value: 85.5, points: 10 });
    expect(byCode(card, 'CQS-01').reason).toContain('đọc 0,855 là 85,5%');
  });

  it('reads 0.855 with a percent format as 85.5% without a note', () => {
    const card = score(set, thon([['CQS-01', { raw: 0.855, format: '0.0%' }]]));
    expect(byCode(card, 'CQS-01')).toMatchObject({ value: 85.5, reason: 'Đạt 85,5% ≥ chỉ tiêu 80% → 10/10 điểm' });
  });

  it('reads a plain number above 1 as percent points', () => {
    expect(byCode(score(set, thon([['CQS-01', 79]])), 'CQS-01')).toMatchObject({ value: 79, points: 0, met: false });
  });

  it('reads yes/no words and ticks', () => {
    expect(byCode(score(set, thon([['CQS-03', 'x']])), 'CQS-03').points).toBe(10);
    expect(byCode(score(set, thon([['CQS-03', 'Không']])), 'CQS-03')).toMatchObject({ value: 0, points: 0, met: false });
  });

  it('leaves a criterion not assigned (Không được giao) out of the denominator and re-normalises', () => {
    const card = score(set, thon([['CQS-01', '90%'], ['CQS-02', 'Không được giao'], ['CQS-03', 'Có'], ['CQS-04', 4], ['TH-01', '60%']]));
    expect(byCode(card, 'CQS-02')).toMatchObject({ status: 'not_assigned', points: 0 });
    expect(card).toMatchObject({ applicableMax: 50, total: 50, percent: 100 });
  });

  it('gives 0 points to a missing figure and to a criterion absent from the sheet', () => {
    const card = score(set, thon([['CQS-01', null]]));
    expect(byCode(card, 'CQS-01')).toMatchObject({ status: 'missing', points: 0, row: 9, reason: 'Chưa nhập kết quả → 0/10 điểm' });
    expect(byCode(card, 'CQS-02')).toMatchObject({ status: 'missing', points: 0, row: null, reason: 'Không có trong báo cáo → 0/10 điểm' });
    expect(card.applicableMax).toBe(60);
  });

  it('gives 0 points to unreadable figures, never silently a zero value', () => {
    const card = score(set, thon([['CQS-01', 'khoảng 80'], ['CQS-02', '#DIV/0!'], { code: 'TH-01', numerator: 3, denominator: 0 }]));
    expect(byCode(card, 'CQS-01')).toMatchObject({ status: 'invalid', value: null, reason: 'Ô C9: "khoảng 80" không đọc được thành tỷ lệ % → 0/10 điểm' });
    expect(byCode(card, 'CQS-02')).toMatchObject({ status: 'invalid', reason: 'Ô C10: lỗi Excel #DIV/0! → 0/10 điểm' });
    expect(byCode(card, 'TH-01')).toMatchObject({ status: 'invalid', reason: 'Ô E11: mẫu số bằng 0 → 0/10 điểm' });
  });

  it('does not accept a percent for a count', () => {
    expect(byCode(score(set, thon([['CQS-04', '3%']])), 'CQS-04').status).toBe('invalid');
  });
});

describe('score: manual criteria', () => {
  const agency = (selfScore: unknown, result: unknown = null) =>
    makeReport({ unitName: 'Văn phòng UBND', unitKind: 'co quan', rows: [{ code: 'CQ-01', result: result as null, selfScore: selfScore as null }] });

  it("the unit's self-score stands as the verified score", () => {
    const card = score(set, agency(8));
    expect(byCode(card, 'CQ-01')).toMatchObject({ status: 'scored', points: 8, selfScore: 8, reason: 'Chấm 8/10 điểm (theo điểm tự chấm)' });
    expect(card.unitKind).toBe('co-quan');
  });

  it('caps a self-score above the max', () => {
    expect(byCode(score(set, agency(12)), 'CQ-01')).toMatchObject({ points: 10, selfScore: 12 });
  });

  it('a description in Kết quả is not points; no self-score is a missing figure', () => {
    expect(byCode(score(set, agency(null, 'Đã ban hành kế hoạch số 12/KH-UBND')), 'CQ-01')).toMatchObject({ status: 'missing', reason: 'Chưa có điểm tự chấm → 0/10 điểm' });
  });
});

describe('score: council decisions', () => {
  const report = thon([['CQS-01', '85%'], ['CQS-02', '80%'], ['CQS-03', 'Có'], ['CQS-04', 4], ['TH-01', '90%']]);
  const reject: CouncilDecision = { sheet: 'Báo cáo', unitName: 'Thôn Nà Pen', flagCode: 'ratio-mismatch', criterion: 'CQS-02', decision: 'reject', reviewer: '', date: '', comment: '' };

  it("'withdraw_points': the rejected figure earns 0 points", () => {
    const card = score(set, report, { decisions: [reject] });
    expect(byCode(card, 'CQS-02')).toMatchObject({ status: 'rejected', points: 0 });
    expect(byCode(card, 'CQS-02').reason).toMatch(/^Hội đồng bác số liệu → 0\/10 điểm/);
    expect(card.total).toBe(50);
  });

  it("'exclude_from_awards': points kept, status rejected", () => {
    const strict = { ...set, council: { onRejectedFigure: 'exclude_from_awards' as const } };
    const card = score(strict, report, { decisions: [reject] });
    expect(byCode(card, 'CQS-02')).toMatchObject({ status: 'rejected', points: 10 });
    expect(card.total).toBe(60);
  });

  it('finds the criterion from the cell when the decision names only the cell', () => {
    const { criterion: _omit, ...byCell } = reject;
    const card = score(set, report, { decisions: [{ ...byCell, cell: 'C10' }] });
    expect(byCode(card, 'CQS-02').status).toBe('rejected');
  });

  it('ignores decisions about other units, and accept/explain decisions', () => {
    expect(byCode(score(set, report, { decisions: [{ ...reject, unitName: 'Thôn Khác' }] }), 'CQS-02').status).toBe('scored');
    expect(byCode(score(set, report, { decisions: [{ ...reject, decision: 'accept' }] }), 'CQS-02').status).toBe('scored');
  });
});

describe('score: unit kind, totals, flags', () => {
  it('resolves the kind by label or alias, without diacritics or case', () => {
    for (const text of ['Thôn', 'THON', 'thon', 'Bản', 'thôn, bản']) {
      expect(score(set, thon([], { unitKind: text })).unitKind).toBe('thon');
    }
  });

  it('an unknown kind is held to the shared criteria and what it reported', () => {
    const card = score(set, thon([['TH-01', '90%']], { unitKind: 'Hợp tác xã' }));
    expect(card.unitKind).toBeNull();
    expect(card.criteria.map((c) => c.code)).toEqual(['CQS-01', 'CQS-02', 'CQS-03', 'CQS-04', 'TH-01']);
    expect(card.flags.some((f) => f.code === 'missing-metadata')).toBe(true);
  });

  it('marks a reported criterion of another kind as not applicable, outside the totals', () => {
    const card = score(set, thon([['CQS-01', '90%'], { code: 'CQ-01', selfScore: 10 }]));
    expect(byCode(card, 'CQ-01')).toMatchObject({ status: 'not_applicable', points: 0, reason: 'Không áp dụng cho loại đơn vị Thôn' });
    expect(card.applicableMax).toBe(60);
  });

  it('adds bonus on top and subtracts deductions; selfTotal sums the self-scores given', () => {
    const withExtras = makeSet({
      criteria: [
        criterion({ code: 'A', measure: 'percent', rule: { kind: 'threshold' }, target: atLeast(80) }),
        criterion({ code: 'B', measure: 'count', maxPoints: 5, rule: { kind: 'bonus', pointsEach: 2 } }),
        criterion({ code: 'D', measure: 'points', maxPoints: 8, rule: { kind: 'deduction' } }),
      ],
    });
    const card = score(withExtras, thon([{ code: 'A', result: '90%', selfScore: 10 }, { code: 'B', result: 2, selfScore: 4 }, { code: 'D', result: '-3', selfScore: -3 }]));
    expect(card).toMatchObject({ base: 10, bonus: 4, deduction: 3, total: 11, applicableMax: 10, percent: 110, selfTotal: 11 });
    expect(score(withExtras, thon([['A', '90%']])).selfTotal).toBeNull();
  });

  /** Three parts, each listing more than it counts: items of 10 and 5 in a part of 10, bonus rows of 1 and 2 in one of 2, deductions of 2 and 2 in one of 3. */
  const parts = makeSet({
    groups: [{ id: 'A', title: 'Nhiệm vụ', maxPoints: 10 }, { id: 'C', title: 'ĐIỂM CỘNG', maxPoints: 2 }, { id: 'D', title: 'ĐIỂM TRỪ', maxPoints: 3 }],
    criteria: [
      criterion({ code: 'A1', group: 'A', measure: 'points', maxPoints: 10, rule: { kind: 'manual' } }),
      criterion({ code: 'A2', group: 'A', measure: 'points', maxPoints: 5, rule: { kind: 'manual' } }),
      criterion({ code: 'C1', group: 'C', measure: 'points', maxPoints: 1, rule: { kind: 'bonus' } }),
      criterion({ code: 'C2', group: 'C', measure: 'points', maxPoints: 2, rule: { kind: 'bonus' } }),
      criterion({ code: 'D1', group: 'D', measure: 'points', maxPoints: 2, rule: { kind: 'deduction' } }),
      criterion({ code: 'D2', group: 'D', measure: 'points', maxPoints: 2, rule: { kind: 'deduction' } }),
    ],
  });

  it('caps a group of bonus rows, and one of deductions, at the group’s maximum («Phần C: Điểm cộng, tối đa 2 điểm»)', () => {
    const card = score(parts, thon([{ code: 'A1', selfScore: 8 }, { code: 'C1', result: 1 }, { code: 'C2', result: 2 }, { code: 'D1', result: '-2' }, { code: 'D2', result: '-2' }]));
    expect(card).toMatchObject({ base: 8, bonus: 2, deduction: 3, total: 7, applicableMax: 10 });
  });

  it('keeps each group counted below what its rows add, said as «… cộng 13 điểm, tính tối đa 10 điểm», so the rows and the total agree', () => {
    const card = score(parts, thon([{ code: 'A1', selfScore: 8 }, { code: 'A2', selfScore: 5 }, { code: 'C1', result: 1 }, { code: 'C2', result: 2 }, { code: 'D1', result: '-2' }, { code: 'D2', result: '-2' }]));
    expect(ScoreCard.parse(card)).toEqual(card);
    expect(card.caps).toEqual([
      { group: 'A', title: 'Nhiệm vụ', part: 'item', summed: 13, counted: 10 },
      { group: 'C', title: 'ĐIỂM CỘNG', part: 'bonus', summed: 3, counted: 2 },
      { group: 'D', title: 'ĐIỂM TRỪ', part: 'deduction', summed: 4, counted: 3 },
    ]);
    expect(card.caps!.map(capLine)).toEqual([
      '«A. Nhiệm vụ» cộng 13 điểm, tính tối đa 10 điểm',
      '«C. ĐIỂM CỘNG» cộng 3 điểm, tính tối đa 2 điểm',
      '«D. ĐIỂM TRỪ» trừ 4 điểm, tính tối đa 3 điểm',
    ]);
    // The points as listed (deductions below zero), and what each cap changes them by, make the total: 12 − 3 − 1 + 1.
    const listed = card.criteria.reduce((sum, c) => sum + c.points, 0);
    expect(listed + card.caps!.reduce((sum, cap) => sum + capChange(cap), 0)).toBe(card.total);
    expect(card.total).toBe(9);
    // A group whose rows stay within its maximum is not said.
    expect(score(parts, thon([{ code: 'A1', selfScore: 4 }, { code: 'A2', selfScore: 5 }, { code: 'C1', result: 1 }])).caps).toBeUndefined();
  });

  it('bounds each of a part’s bonus and deductions by its one maximum («ĐIỂM THƯỞNG, ĐIỂM TRỪ (Tối đa 04 điểm)» over five +1 and two −3), said as each', () => {
    const both = makeSet({
      groups: [{ id: 'A', title: 'Nhiệm vụ', maxPoints: 10 }, { id: 'III', title: 'ĐIỂM THƯỞNG, ĐIỂM TRỪ (Tối đa 04 điểm)', maxPoints: 4 }],
      criteria: [
        criterion({ code: 'A1', group: 'A', measure: 'points', maxPoints: 10, rule: { kind: 'manual' } }),
        ...[1, 2, 3, 4, 5].map((k) => criterion({ code: `III.1.${k}`, group: 'III', measure: 'points', maxPoints: 1, rule: { kind: 'bonus' } })),
        ...[1, 2].map((k) => criterion({ code: `III.2.${k}`, group: 'III', measure: 'points', maxPoints: 3, rule: { kind: 'deduction' } })),
      ],
    });
    const card = score(both, thon([{ code: 'A1', selfScore: 10 }, ...[1, 2, 3, 4, 5].map((k) => ({ code: `III.1.${k}`, result: 1 })), { code: 'III.2.1', result: '-3' }, { code: 'III.2.2', result: '-3' }]));
    expect(card).toMatchObject({ base: 10, bonus: 4, deduction: 4, total: 10 });
    expect(card.caps!.map(capLine)).toEqual(['«III. ĐIỂM THƯỞNG, ĐIỂM TRỪ (Tối đa 04 điểm)» cộng 5 điểm, tính tối đa 4 điểm', '«III. ĐIỂM THƯỞNG, ĐIỂM TRỪ (Tối đa 04 điểm)» trừ 6 điểm, tính tối đa 4 điểm']);
    // Within the maximum either way, nothing is cut nor said.
    const within = score(both, thon([{ code: 'A1', selfScore: 10 }, { code: 'III.1.1', result: 1 }, { code: 'III.2.1', result: '-3' }]));
    expect([within.bonus, within.deduction, within.total, within.caps]).toEqual([1, 3, 8, undefined]);
  });

  it('counts the gate criteria met', () => {
    expect(score(set, thon([['CQS-01', '85%'], ['CQS-03', 'Có']])).gatesMet).toBe(2);
    expect(score(set, thon([['CQS-01', '75%'], ['CQS-03', 'Có']])).gatesMet).toBe(1);
  });

  it('classifies by the first band reached and stays at 0% for an empty report', () => {
    const card = score(set, thon([]));
    expect(card).toMatchObject({ total: 0, percent: 0, classification: { id: 'chua-dat', label: 'Chưa đạt' } });
  });

  it('sorts flags by row, then code (sheet-level flags first)', () => {
    const card = score(set, thon([['CQS-01', 'abc'], { code: 'CQS-02', result: '90%', numerator: 60, denominator: 50 }], { unitKind: undefined }));
    const order = card.flags.map((f) => [f.cell ?? '', f.code]);
    expect(order).toEqual([
      ['', 'criterion-missing'],
      ['', 'criterion-missing'],
      ['', 'missing-metadata'],
      ['C9', 'unparseable-value'],
      ['D10', 'numerator-exceeds-denominator'],
      ['C10', 'ratio-mismatch'],
    ]);
  });

  it('does not change the report it reads', () => {
    const report = thon([['CQS-01', '85%'], { code: 'CQS-02', numerator: 1, denominator: 2 }]);
    const before = structuredClone(report);
    score(set, report);
    expect(report).toEqual(before);
  });
});
