import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
    criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' } }),
    criterion({ code: 'CQS-03', measure: 'count', unit: 'cuộc', rule: { kind: 'per_occurrence', pointsEach: 2 } }),
  ],
});
const report = (rows: Parameters<typeof makeReport>[0]['rows']) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows });

describe('unparseable-value', () => {
  it('flags text where a number is expected, an Excel error and a zero denominator', () => {
    const flags = flagsOf('unparseable-value', set, report([['CQS-01', 'khoảng 80'], ['CQS-02', '#DIV/0!'], ['CQS-03', 'ba cuộc']]));
    expect(flags.map((f) => [f.cell, f.message])).toEqual([
      ['C9', 'Ô C9: "khoảng 80" không đọc được thành tỷ lệ % → 0 điểm (tiêu chí «Tiêu chí CQS-01»)'],
      ['C10', 'Ô C10: lỗi Excel #DIV/0! → 0 điểm (tiêu chí «Tiêu chí CQS-02»)'],
      ['C11', 'Ô C11: "ba cuộc" không đọc được thành số → 0 điểm (tiêu chí «Tiêu chí CQS-03»)'],
    ]);
    expect(flags[0]).toMatchObject({ severity: 'error', criterion: 'CQS-01', details: { raw: 'khoảng 80' } });
  });

  it('flags a zero denominator, even when Kết quả is stated', () => {
    const flags = flagsOf('unparseable-value', set, report([['CQS-01', '90%'], { code: 'CQS-02', result: '80%', numerator: 4, denominator: 0 }, ['CQS-03', 1]]));
    expect(flags).toEqual([expect.objectContaining({ cell: 'E10', message: 'Ô E10: mẫu số bằng 0 (tiêu chí «Tiêu chí CQS-02»)' })]);
  });

  it('flags a self-score that is not a number', () => {
    const [flag] = flagsOf('unparseable-value', set, report([{ code: 'CQS-01', result: '90%', selfScore: 'mười' }]));
    expect(flag).toMatchObject({ cell: 'G9', message: 'Ô G9: điểm tự chấm "mười" không phải là số (tiêu chí «Tiêu chí CQS-01»)' });
  });

  it('does not flag readable figures (Vietnamese numbers, fractions, blanks)', () => {
    expect(flagsOf('unparseable-value', set, report([['CQS-01', '85,5 %'], ['CQS-02', '45/50'], ['CQS-03', null]]))).toEqual([]);
  });
});
