import { describe, expect, it } from 'vitest';
import { parseCell } from '../../core/values.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: '1.1', measure: 'points', rule: { kind: 'manual' }, maxPoints: 10 }),
    criterion({ code: '2', measure: 'points', rule: { kind: 'manual' }, maxPoints: 15 }),
  ],
});

/** The unit's sheet with its own «Điểm tối đa» column (I). */
function report(max11: number | string | null, max2: number | null) {
  const r = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: '1.1', selfScore: 9 }, { code: '2', selfScore: 12 }] });
  [max11, max2].forEach((raw, i) => (r.rows[i]!.maxPoints = { address: `I${9 + i}`, raw, value: parseCell(raw) }));
  return r;
}

describe('max-points-changed', () => {
  it('flags a maximum the unit changed, at its cell', () => {
    const flags = flagsOf('max-points-changed', set, report(10, 20));
    expect(flags.map((f) => [f.cell, f.message])).toEqual([
      ['I10', 'Ô I10: trang ghi điểm tối đa 20, bộ tiêu chí là 15: mẫu đã bị sửa, chấm theo bộ tiêu chí (tiêu chí «Tiêu chí 2»)'],
    ]);
    expect(flags[0]).toMatchObject({ severity: 'warning', details: { stated: 20, max: 15 } });
  });

  it('says nothing when the maxima match or are not stated as numbers', () => {
    expect(flagsOf('max-points-changed', set, report(10, 15))).toEqual([]);
    expect(flagsOf('max-points-changed', set, report('mười', null))).toEqual([]);
  });
});
