import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'CQS-03', title: 'Tỷ lệ hồ sơ xử lý trực tuyến', measure: 'ratio', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });
const report = (numerator: number, denominator: number) =>
  makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-03', numerator, denominator }] });

describe('numerator-exceeds-denominator', () => {
  // The criterion by its title, as officers know it: never the set's own code (CQS-03).
  it('flags a numerator above the denominator, naming both, the cell and the criterion by its title', () => {
    expect(flagsOf('numerator-exceeds-denominator', set, report(60, 50))).toEqual([
      {
        code: 'numerator-exceeds-denominator',
        severity: 'error',
        message: 'Ô D9: tử số 60 lớn hơn mẫu số 50 (tiêu chí «Tỷ lệ hồ sơ xử lý trực tuyến»)',
        sheet: 'Báo cáo',
        cell: 'D9',
        criterion: 'CQS-03',
        details: { numerator: 60, denominator: 50, denominatorCell: 'E9' },
      },
    ]);
  });

  it('does not flag a numerator equal to or below the denominator', () => {
    expect(flagsOf('numerator-exceeds-denominator', set, report(50, 50))).toEqual([]);
    expect(flagsOf('numerator-exceeds-denominator', set, report(1.234, 2000))).toEqual([]);
  });
});
