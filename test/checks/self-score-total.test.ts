import { describe, expect, it } from 'vitest';
import { parseCell } from '../../core/values.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: '1', measure: 'points', rule: { kind: 'manual' } }),
    criterion({ code: '2', measure: 'points', rule: { kind: 'manual' } }),
  ],
});
/** Two self-scores (8 and 7) and the «Tổng cộng» row under them (G11). */
function report(total: number | string | null) {
  const r = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: '1', selfScore: 8 }, { code: '2', selfScore: 7 }] });
  return { ...r, selfScoreTotal: { address: 'G11', raw: total, value: parseCell(total) } };
}

describe('self-score-total', () => {
  it('flags a «Tổng cộng» that is not the sum of the self-scores, at its cell', () => {
    const flags = flagsOf('self-score-total', set, report(16));
    expect(flags.map((f) => [f.cell, f.message])).toEqual([['G11', 'Ô G11: dòng «Tổng cộng» ghi 16 điểm tự chấm, nhưng cộng điểm tự chấm các tiêu chí được 15']]);
    expect(flags[0]).toMatchObject({ severity: 'warning', details: { stated: 16, sum: 15 } });
  });

  it('flags an item whose self-score is not the sum of its sub-items’, at its cell', () => {
    const r = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: '1.1', selfScore: 8 }, { code: '1.2', selfScore: 7 }, { code: '2', selfScore: 5 }] });
    const withSubtotal = (n: number) => ({ ...r, selfScoreSubtotals: [{ code: '1', cell: { address: 'G8', raw: n, value: parseCell(n) } }] });
    expect(flagsOf('self-score-total', set, withSubtotal(16)).map((f) => f.message)).toEqual([
      'Ô G8: mục 1 ghi 16 điểm tự chấm, nhưng cộng điểm tự chấm các mục con được 15',
    ]);
    expect(flagsOf('self-score-total', set, withSubtotal(15))).toEqual([]);
  });

  it('says nothing when it adds up or states no number', () => {
    expect(flagsOf('self-score-total', set, report(15))).toEqual([]);
    expect(flagsOf('self-score-total', set, report('mười lăm'))).toEqual([]);
  });
});
