import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'CQS-01', measure: 'yes_no', rule: { kind: 'yes_no' } })] });

describe('unknown-criterion', () => {
  it('flags a code the set does not have', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['CQS-01', 'Có'], ['CQS-99', 'Có']] });
    expect(flagsOf('unknown-criterion', set, report)).toEqual([
      {
        code: 'unknown-criterion',
        severity: 'warning',
        message: 'Ô A10: mã tiêu chí "CQS-99" không có trong bộ tiêu chí đang chấm (phiên bản 1); dòng này không được chấm',
        sheet: 'Báo cáo',
        cell: 'A10',
        details: { code: 'CQS-99', row: 10 },
      },
    ]);
  });

  it('matches codes regardless of case and spaces', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [[' cqs-01 ', 'Có']] });
    expect(flagsOf('unknown-criterion', set, report)).toEqual([]);
  });
});
