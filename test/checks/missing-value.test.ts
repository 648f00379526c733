import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
    criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' } }),
    criterion({ code: 'ND-01', measure: 'points', rule: { kind: 'manual' } }),
  ],
});
const report = (rows: Parameters<typeof makeReport>[0]['rows']) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows });

describe('missing-value', () => {
  it('flags an empty Kết quả with its cell', () => {
    const flags = flagsOf('missing-value', set, report([['CQS-01', null], ['CQS-02', '80%'], { code: 'ND-01', selfScore: 5 }]));
    expect(flags).toEqual([
      {
        code: 'missing-value',
        severity: 'warning',
        message: 'Ô C9: chưa nhập kết quả → 0 điểm (tiêu chí «Tiêu chí CQS-01»)',
        sheet: 'Báo cáo',
        cell: 'C9',
        criterion: 'CQS-01',
        details: { missing: 'chưa nhập kết quả', row: 9 },
      },
    ]);
  });

  it('names the missing denominator when only the numerator is given', () => {
    const [flag] = flagsOf('missing-value', set, report([['CQS-01', '90%'], { code: 'CQS-02', numerator: 40 }, { code: 'ND-01', selfScore: 5 }]));
    expect(flag).toMatchObject({ cell: 'E10', message: 'Ô E10: thiếu mẫu số → 0 điểm (tiêu chí «Tiêu chí CQS-02»)' });
  });

  it('flags a manual criterion without a self-score', () => {
    const [flag] = flagsOf('missing-value', set, report([['CQS-01', '90%'], ['CQS-02', '90%'], { code: 'ND-01', result: 'Đã triển khai' }]));
    expect(flag).toMatchObject({ cell: 'G11', message: 'Ô G11: chưa có điểm tự chấm → 0 điểm (tiêu chí «Tiêu chí ND-01»)' });
  });

  it('does not flag given figures, not-assigned rows or criteria absent from the sheet', () => {
    expect(flagsOf('missing-value', set, report([['CQS-01', '90%'], ['CQS-02', 'Không được giao']]))).toEqual([]);
  });
});
