import { describe, expect, it } from 'vitest';
import { criterionRows, rateOf } from '../../core/scoring/classify.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const points = (code: string) => criterion({ code, measure: 'points', rule: { kind: 'manual' } });

describe('criterionRows: codes as typed', () => {
  it('finds plain codes whatever their case and spaces, and tells «1.ê» from «1.e» when typed decomposed', () => {
    const set = makeSet({ criteria: [points('CQS-03'), points('1.e'), points('1.ê'), points('1.d'), points('1.đ')] });
    const report = makeReport({ rows: [['cqs-03'], ['1.e\u0302'], ['1.E'], ['1 . D'], ['1.Đ']] });
    const rows = criterionRows(set, report).byCode;
    expect([...rows].map(([code, row]) => [code, row.row])).toEqual([
      ['CQS-03', 9],
      ['1.ê', 10],
      ['1.e', 11],
      ['1.d', 12],
      ['1.đ', 13],
    ]);
  });

  it('takes the first of an item’s rows typed twice among the items with sub-items', () => {
    const set = makeSet({ criteria: [points('1'), points('2')] });
    const items = makeReport({ rows: [{ code: '1', selfScore: 4 }, { code: '1', selfScore: 6 }] }).rows;
    const report = { ...makeReport({ rows: [['2', 5]] }), itemRows: items };
    expect(criterionRows(set, report).byCode.get('1')).toBe(items[0]);
  });
});

describe('criterionRows: a scoring table\'s numbering', () => {
  const tiered = (code: string) => criterion({ code, measure: 'points', rule: { kind: 'tiers', tiers: [{ min: 0, points: 0 }, { min: 5, points: 5 }] } });
  const set = makeSet({ criteria: [tiered('a1'), points('a2'), points('c.1')] });

  it('takes the level the unit marked as its item\'s row, knows a level or a section heading for what it is, and leaves the rest unknown', () => {
    const report = makeReport({
      rows: [
        { code: 'a', selfScore: null },
        { code: 'A1.2', selfScore: 5 },
        { code: 'a2.1', selfScore: 3 },
        { code: 'a2', selfScore: 4 },
        { code: 'b', selfScore: null },
        { code: 'a1x.1', selfScore: 2 },
        { code: 'c', selfScore: null },
      ],
    });
    const rows = criterionRows(set, report);
    // The level «A1.2» scores «a1» (its row, without a maximum of its own); «a2.1» is a level of «a2», which has a row.
    expect(rows.byCode.get('a1')?.row).toBe(10);
    expect(rows.byCode.get('a2')?.row).toBe(12);
    // «a» heads «a1» and «a2»; «b» heads nothing, «a1x.1» is a level of no criterion, and «c» is not a letter over
    // items numbered «c» and a digit («c.1» is not).
    expect(rows.unknown.map((r) => r.row)).toEqual([13, 14, 15]);
  });
});

describe('rateOf: to 15 digits', () => {
  it('keeps whole rates, rounds a 16-digit one, and gives 0 (never -0) for none', () => {
    expect(rateOf(45, 50)).toBe(90);
    expect(rateOf(1, 3)).toBe(33.3333333333333);
    expect(rateOf(1234567890123456, 100)).toBe(1234567890123460);
    expect(Object.is(rateOf(-0, 5), 0)).toBe(true);
  });
});
