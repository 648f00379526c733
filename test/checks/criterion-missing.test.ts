import { describe, expect, it } from 'vitest';
import { isWrongSetFlag } from '../../core/checks/criterion-missing.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', title: 'Hồ sơ công việc xử lý trên môi trường mạng', measure: 'percent', rule: { kind: 'ratio' } }),
    criterion({ code: 'TH-01', measure: 'yes_no', rule: { kind: 'yes_no' }, appliesTo: ['thon'] }),
    criterion({ code: 'CQ-01', measure: 'yes_no', rule: { kind: 'yes_no' }, appliesTo: ['co-quan'] }),
  ],
});

describe('criterion-missing', () => {
  it('flags an applicable criterion absent from the sheet', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['TH-01', 'Có']] });
    expect(flagsOf('criterion-missing', set, report)).toEqual([
      {
        code: 'criterion-missing',
        severity: 'warning',
        message: 'Báo cáo thiếu tiêu chí «Hồ sơ công việc xử lý trên môi trường mạng» → 0/10 điểm',
        sheet: 'Báo cáo',
        criterion: 'CQS-01',
        details: { title: 'Hồ sơ công việc xử lý trên môi trường mạng', max: 10 },
      },
    ]);
  });

  it('does not flag criteria of another kind, nor a present row with an empty value', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['CQS-01', null], ['TH-01', 'Có']] });
    expect(flagsOf('criterion-missing', set, report)).toEqual([]);
  });

  it('says a report made for another set once, by a kind the faces react to (not by its words)', () => {
    const wide = makeSet({ criteria: ['A', 'B', 'C', 'D'].map((code) => criterion({ code, measure: 'yes_no', rule: { kind: 'yes_no' } })) });
    const other = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['X-01', 'Có']] });
    const flags = flagsOf('criterion-missing', wide, other);
    expect(flags.map(isWrongSetFlag)).toEqual([true]);
    const one = flagsOf('criterion-missing', wide, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['A', 'Có'], ['B', 'Có'], ['C', 'Có']] }));
    expect(one.map((f) => [f.criterion, isWrongSetFlag(f)])).toEqual([['D', false]]);
  });
});
