import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'ND-01', measure: 'points', rule: { kind: 'manual' } }),
    criterion({ code: 'CQS-01', measure: 'yes_no', rule: { kind: 'yes_no' }, maxPoints: 5 }),
  ],
});
const report = (manual: number, yesNo: number) =>
  makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'ND-01', selfScore: manual }, { code: 'CQS-01', result: 'Có', selfScore: yesNo }] });

describe('self-score-over-max', () => {
  it('flags self-scores above the max, saying a manual one is capped', () => {
    const flags = flagsOf('self-score-over-max', set, report(12, 6));
    expect(flags.map((f) => [f.cell, f.message])).toEqual([
      ['G9', 'Ô G9: điểm tự chấm 12 vượt điểm tối đa 10 → tính 10 (tiêu chí «Tiêu chí ND-01»)'],
      ['G10', 'Ô G10: điểm tự chấm 6 vượt điểm tối đa 5 (tiêu chí «Tiêu chí CQS-01»)'],
    ]);
    expect(flags[0]).toMatchObject({ severity: 'warning', details: { selfScore: 12, max: 10 } });
  });

  it('says a deduction beyond its cap as a deduction, typed negative or not', () => {
    const withDeduction = makeSet({ criteria: [criterion({ code: 'TRU', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 3 })] });
    const typed = (selfScore: number) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'TRU', selfScore }] });
    expect(flagsOf('self-score-over-max', withDeduction, typed(-5)).map((f) => f.message)).toEqual(['Ô G9: điểm tự chấm trừ 5 điểm, quá mức trừ tối đa 3 điểm → trừ 3 điểm (tiêu chí «Tiêu chí TRU»)']);
    expect(flagsOf('self-score-over-max', withDeduction, typed(5)).map((f) => f.message)).toEqual(['Ô G9: điểm tự chấm trừ 5 điểm, quá mức trừ tối đa 3 điểm → trừ 3 điểm (tiêu chí «Tiêu chí TRU»)']);
    expect(flagsOf('self-score-over-max', withDeduction, typed(-3))).toEqual([]);
  });

  it('does not flag self-scores at or below the max', () => {
    expect(flagsOf('self-score-over-max', set, report(10, 5))).toEqual([]);
  });
});
