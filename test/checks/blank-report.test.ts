import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 }, evidenceRequired: true }),
    criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' } }),
    criterion({ code: 'ND-01', measure: 'points', rule: { kind: 'manual' }, evidenceRequired: true }),
  ],
});
const report = (rows: Parameters<typeof makeReport>[0]['rows']) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows });
const blank = report([['CQS-01'], ['CQS-02'], ['ND-01']]);

describe('blank-report', () => {
  it('says a template sent back blank once, at its sheet, naming the unit and how many criteria it left blank', () => {
    expect(flagsOf('blank-report', set, blank)).toEqual([
      {
        code: 'blank-report',
        severity: 'warning',
        message: 'mẫu gửi lại chưa điền số liệu nào (3 tiêu chí để trống): Thôn A không xếp hạng, không đề xuất',
        sheet: 'Báo cáo',
        details: { unit: 'Thôn A', blankCriteria: 3 },
      },
    ]);
  });

  it('leaves nothing to say at each criterion of the blank template: no «Thiếu số liệu», no «Thiếu minh chứng»', () => {
    expect(score(set, blank).flags.map((f) => f.code)).toEqual(['blank-report']);
  });

  it('says nothing of a report with one figure typed, whose blank rows keep their own flags', () => {
    const one = report([['CQS-01', '90%'], ['CQS-02'], ['ND-01']]);
    expect(flagsOf('blank-report', set, one)).toEqual([]);
    expect(flagsOf('missing-value', set, one).map((f) => f.cell)).toEqual(['C10', 'G11']);
    expect(flagsOf('evidence-missing', set, one).map((f) => f.cell)).toEqual(['F9']);
  });

  it('says a blank template whose bonus and deduction lines read as none (0) as blank, counting only the rows it asks (Mẫu 03 of the individuals’ walk)', () => {
    const lines = makeSet({
      criteria: [
        ...set.criteria,
        criterion({ code: 'C.I.1', measure: 'points', rule: { kind: 'bonus', recorded: true } }),
        criterion({ code: 'C.II.1', measure: 'points', rule: { kind: 'deduction', pointsEach: 1 } }),
      ],
    });
    const sent = report([['CQS-01'], ['CQS-02'], ['ND-01'], ['C.I.1'], ['C.II.1']]);
    expect(flagsOf('blank-report', lines, sent).map((f) => f.message)).toEqual(['mẫu gửi lại chưa điền số liệu nào (3 tiêu chí để trống): Thôn A không xếp hạng, không đề xuất']);
    expect(score(lines, sent).flags.map((f) => f.code)).toEqual(['blank-report']);
    // A bonus typed is a report filled: its blank rows keep their own flags.
    const bonus = report([['CQS-01'], ['CQS-02'], ['ND-01'], ['C.I.1', 1], ['C.II.1']]);
    expect(flagsOf('blank-report', lines, bonus)).toEqual([]);
  });
});
