import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })],
  tolerances: { ratioMismatch: 1, selfScoreGap: 0.5 },
});
const report = (result: unknown, numerator: number, denominator: number) =>
  makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-02', result: result as string, numerator, denominator }] });

describe('ratio-mismatch', () => {
  it('flags a stated rate that differs from numerator/denominator beyond the tolerance', () => {
    const [flag] = flagsOf('ratio-mismatch', set, report('85%', 40, 50));
    expect(flag).toMatchObject({
      severity: 'warning',
      cell: 'C9',
      criterion: 'CQS-02',
      message: 'Ô C9: tỷ lệ ghi 85% khác tử số/mẫu số 40/50 = 80% (lệch 5 điểm %, cho phép 1); điểm chấm theo tử số/mẫu số (tiêu chí «Tiêu chí CQS-02»)',
      details: { stated: 85, numerator: 40, denominator: 50, computed: 80, tolerance: 1 },
    });
  });

  it('accepts a gap within the tolerance, exactly at it, and a blank Kết quả', () => {
    expect(flagsOf('ratio-mismatch', set, report('80,5%', 40, 50))).toEqual([]);
    expect(flagsOf('ratio-mismatch', set, report('81%', 40, 50))).toEqual([]);
    expect(flagsOf('ratio-mismatch', set, report(null, 40, 50))).toEqual([]);
  });

  it('compares a fraction typed in Kết quả too', () => {
    expect(flagsOf('ratio-mismatch', set, report('45/50', 40, 50))).toHaveLength(1);
  });
});
