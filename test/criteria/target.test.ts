import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Comparator, Measure } from '../../core/criteria/schema.js';
import { formatTarget, parseTarget } from '../../core/criteria/target.js';

const ok = (comparator: string, value: number) => ({ ok: true, target: { comparator, value } });

describe('parseTarget', () => {
  it.each([
    ['≥ 80%', 'percent', '>=', 80],
    ['>= 80%', 'percent', '>=', 80],
    ['=> 80 %', 'percent', '>=', 80],
    ['> 40%', 'ratio', '>', 40],
    ['100%', 'percent', '>=', 100], // a bare target means "at least"
    ['85,5%', 'ratio', '>=', 85.5],
    ['≥ 2', 'count', '>=', 2],
    ['02', 'count', '>=', 2],
    ['= 0', 'count', '=', 0],
    ['≤ 5', 'count', '<=', 5],
    ['<= 5', 'count', '<=', 5],
    ['< 1.000', 'count', '<', 1000],
    ['Tối thiểu 80%', 'percent', '>=', 80],
    ['Trên 50%', 'percent', '>', 50],
    ['Không quá 3', 'count', '<=', 3],
    ['Có', 'yes_no', '=', 1],
    ['Không', 'yes_no', '=', 0],
    ['≥ 80', 'percent', '>=', 80], // the % sign may be left out for a rate
  ] as const)('%s (%s)', (text, measure, comparator, value) => {
    expect(parseTarget(text, measure)).toEqual(ok(comparator, value));
  });

  it('reads without a measure too', () => {
    expect(parseTarget('≥ 80%')).toEqual(ok('>=', 80));
    expect(parseTarget('Có')).toEqual(ok('=', 1));
  });

  it('a date target holds the Excel serial of the day', () => {
    expect(parseTarget('≤ 05/11/2025', 'date')).toEqual(ok('<=', 45966));
  });

  it.each([
    ['khoảng 80', undefined, 'không hiểu chỉ tiêu «khoảng 80»'],
    ['', undefined, 'không hiểu chỉ tiêu «»'],
    ['≥ nhiều', 'count', 'không hiểu chỉ tiêu «≥ nhiều»'],
    ['≥ 80%', 'count', 'không hiểu chỉ tiêu «≥ 80%» (có dấu % nhưng đơn vị tính không phải tỷ lệ)'],
    ['Có', 'percent', 'không hiểu chỉ tiêu «Có» (Có/Không chỉ dùng cho tiêu chí đo bằng Có/Không)'],
    ['≤ 05/11/2025', 'count', 'không hiểu chỉ tiêu «≤ 05/11/2025» (ngày chỉ dùng cho tiêu chí đo bằng ngày)'],
  ] as const)('refuses %j with a Vietnamese message', (text, measure, message) => {
    expect(parseTarget(text, measure)).toEqual({ ok: false, message });
  });
});

describe('formatTarget', () => {
  it.each([
    [{ comparator: '>=', value: 80 }, 'percent', '≥ 80%'],
    [{ comparator: '>', value: 40 }, 'ratio', '> 40%'],
    [{ comparator: '>=', value: 85.5 }, 'percent', '≥ 85,5%'],
    [{ comparator: '>=', value: 2 }, 'count', '≥ 2'],
    [{ comparator: '=', value: 1 }, 'yes_no', 'Có'],
    [{ comparator: '=', value: 0 }, 'yes_no', 'Không'],
    [{ comparator: '<=', value: 45966 }, 'date', '≤ 05/11/2025'],
    [{ comparator: '<', value: 1500 }, 'count', '< 1.500'],
  ] as const)('%j %s → %s', (target, measure, text) => {
    expect(formatTarget(target, measure)).toBe(text);
  });

  it('round-trips: parseTarget(formatTarget(t, m), m) = t', () => {
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 100_000 }),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Comparator.options), value, fc.constantFrom(...Measure.options), (comparator, v, measure) => {
        const target = { comparator, value: v };
        expect(parseTarget(formatTarget(target, measure), measure)).toEqual({ ok: true, target });
      }),
    );
  });
});
