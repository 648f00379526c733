import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } })] });

describe('duplicate-criterion', () => {
  it('flags a repeated code and scores only the first row', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['CQS-01', '50%'], ['CQS-01', '90%']] });
    expect(flagsOf('duplicate-criterion', set, report)).toEqual([
      {
        code: 'duplicate-criterion',
        severity: 'error',
        message: 'Ô A10: mã tiêu chí "CQS-01" lặp lại dòng 9; chỉ dòng 9 được chấm',
        sheet: 'Báo cáo',
        cell: 'A10',
        criterion: 'CQS-01',
        details: { code: 'CQS-01', row: 10, firstRow: 9 },
      },
    ]);
    expect(score(set, report).criteria[0]).toMatchObject({ row: 9, value: 50, points: 0 });
  });

  it('does not flag distinct codes', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['CQS-01', '90%']] });
    expect(flagsOf('duplicate-criterion', set, report)).toEqual([]);
  });
});
