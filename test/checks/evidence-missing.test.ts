import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'yes_no', rule: { kind: 'yes_no' }, evidenceRequired: true }),
    criterion({ code: 'CQS-02', measure: 'yes_no', rule: { kind: 'yes_no' } }),
  ],
});
const report = (evidence: string | null) =>
  makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-01', result: 'Có', evidence }, { code: 'CQS-02', result: 'Có' }] });

describe('evidence-missing', () => {
  it('flags a required evidence cell left blank', () => {
    expect(flagsOf('evidence-missing', set, report('  '))).toEqual([
      {
        code: 'evidence-missing',
        severity: 'warning',
        message: 'Ô F9: chưa có minh chứng, tiêu chí yêu cầu minh chứng (tiêu chí «Tiêu chí CQS-01»)',
        sheet: 'Báo cáo',
        cell: 'F9',
        criterion: 'CQS-01',
        details: { row: 9 },
      },
    ]);
  });

  it('does not flag given evidence, nor criteria that do not require it', () => {
    expect(flagsOf('evidence-missing', set, report('QĐ số 12/QĐ-UBND ngày 05/3/2025'))).toEqual([]);
  });
});
