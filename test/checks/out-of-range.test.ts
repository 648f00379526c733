import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
    criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' } }),
    criterion({ code: 'CQS-03', measure: 'count', rule: { kind: 'per_occurrence', pointsEach: 2 } }),
    criterion({ code: 'TRU', measure: 'points', rule: { kind: 'deduction' } }),
    criterion({ code: 'TC5', measure: 'points', rule: { kind: 'manual' } }),
  ],
});
const report = (rows: Parameters<typeof makeReport>[0]['rows']) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows });

describe('out-of-range', () => {
  it('flags a rate above 100% and negative figures', () => {
    const flags = flagsOf('out-of-range', set, report([['CQS-01', '120%'], { code: 'CQS-02', numerator: -3, denominator: 10 }, ['CQS-03', -2]]));
    expect(flags.map((f) => f.message)).toEqual([
      'Ô C9: tỷ lệ 120% lớn hơn 100% (tiêu chí «Tiêu chí CQS-01»)',
      'Ô D10: tử số -3 là số âm (tiêu chí «Tiêu chí CQS-02»)',
      // Counted occurrences, worded as the scoring's reason words them (no unit named: «lần»).
      'Ô C11: kết quả -2 lần là số âm (tiêu chí «Tiêu chí CQS-03»)',
    ]);
    expect(flags[0]).toMatchObject({ severity: 'warning', cell: 'C9', criterion: 'CQS-01', details: { value: 120, limit: 100 } });
  });

  it('flags a negative self-score once, by its name, when the points are read from it', () => {
    // An officer's walk: «-2» in «Điểm tự chấm» beside words in «Kết quả» made two flags at one cell — two «Rà soát» rows,
    // two decisions, two identical rows in the minutes.
    const flags = flagsOf('out-of-range', set, report([{ code: 'TC5', result: '80%, dưới 88% nên trừ 2', selfScore: -2 }]));
    expect(flags.map((f) => f.message)).toEqual([expect.stringMatching(/^Ô \w+\d+: điểm tự chấm -2 là số âm \(tiêu chí «Tiêu chí TC5»\)$/)]);
  });

  it('does not flag 100%, zero, or a deduction typed as "-5"', () => {
    expect(flagsOf('out-of-range', set, report([['CQS-01', '100%'], ['CQS-02', '0%'], ['CQS-03', 0], { code: 'TRU', result: '-5', selfScore: -5 }]))).toEqual([]);
  });
});
