import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [criterion({ code: 'CQS-02', measure: 'ratio', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })],
  tolerances: { ratioMismatch: 0.5, selfScoreGap: 0.25 },
});
const report = (result: string, selfScore: number) =>
  makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-02', result, selfScore }] });

describe('self-score-gap', () => {
  it('flags a self-score further from the verified score than the tolerance', () => {
    const [flag] = flagsOf('self-score-gap', set, report('20%', 10));
    expect(flag).toMatchObject({
      severity: 'warning',
      cell: 'G9',
      message: 'Ô G9: điểm tự chấm 10 chênh 7,5 điểm so với điểm thẩm định 2,5 (cho phép 2,5) (tiêu chí «Tiêu chí CQS-02»)',
      details: { selfScore: 10, verified: 2.5, gap: 7.5, allowed: 2.5 },
    });
  });

  it('accepts a gap within and exactly at the tolerance', () => {
    expect(flagsOf('self-score-gap', set, report('60%', 10))).toEqual([]); // 7.5 verified, gap 2.5
    expect(flagsOf('self-score-gap', set, report('80%', 9))).toEqual([]);
  });
});

describe('self-score-gap by default, beyond the self-score’s rounding', () => {
  // No tolerance stated: 95 % of 30 is 28,5; whole points typed may round it, not more; a figure with a decimal, to that decimal.
  const plain = makeSet({ criteria: [criterion({ code: 'R', measure: 'ratio', rule: { kind: 'ratio' }, maxPoints: 30 })] });
  const typed = (selfScore: number) => makeReport({ unitName: 'Huyện A', unitKind: 'Thôn', rows: [{ code: 'R', result: '95%', selfScore }] });
  it('says 30 and 28,6 for 28,5; takes 29, 28 and 28,5', () => {
    expect(flagsOf('self-score-gap', plain, typed(30)).map((f) => f.message)).toEqual(['Ô G9: điểm tự chấm 30 chênh 1,5 điểm so với điểm thẩm định 28,5 (cho phép 0,5) (tiêu chí «Tiêu chí R»)']);
    expect(flagsOf('self-score-gap', plain, typed(28.6)).map((f) => f.details?.allowed)).toEqual([0.05]);
    for (const self of [29, 28, 28.5]) expect(flagsOf('self-score-gap', plain, typed(self)), String(self)).toEqual([]);
  });
});

describe('self-score-gap beside other flags', () => {
  it('leaves a missing figure to missing-value', () => {
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-02', result: null, selfScore: 10 }] });
    expect(flagsOf('self-score-gap', set, report)).toEqual([]);
  });
});
