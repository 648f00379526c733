import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ deadline: '2025-11-05', criteria: [criterion({ code: 'A', measure: 'yes_no', rule: { kind: 'yes_no' } })] });
const report = (submittedAt?: string | Date) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', ...(submittedAt !== undefined ? { submittedAt } : {}), rows: [['A', 'Có']] });

describe('late-submission', () => {
  it('flags a report submitted after the deadline, with the days late', () => {
    expect(flagsOf('late-submission', set, report('10/11/2025'))).toEqual([
      {
        code: 'late-submission',
        severity: 'warning',
        message: 'Ô B5: nộp ngày 10/11/2025, sau hạn 05/11/2025 (muộn 5 ngày)',
        sheet: 'Báo cáo',
        cell: 'B5',
        details: { submittedAt: '2025-11-10', deadline: '2025-11-05', daysLate: 5 },
      },
    ]);
    expect(flagsOf('late-submission', set, report(new Date(Date.UTC(2025, 11, 1))))).toHaveLength(1);
  });

  it('does not flag a report on the deadline day, without a date, or a set without a deadline', () => {
    expect(flagsOf('late-submission', set, report('05/11/2025'))).toEqual([]);
    expect(flagsOf('late-submission', set, report())).toEqual([]);
    expect(flagsOf('late-submission', { ...set, deadline: undefined }, report('10/11/2025'))).toEqual([]);
  });

  it('Ta Ma V.6: «trước ngày 05/11» is by 04/11, and the message says both', () => {
    const taMa = findBuiltin('ta-ma-2025')!;
    const on = (day: string) => makeReport({ unitName: 'Bản Ta Ma', unitKind: 'Bản', submittedAt: day, rows: [] });
    expect(flagsOf('late-submission', taMa, on('04/11/2025'))).toEqual([]);
    const [late] = flagsOf('late-submission', taMa, on('05/11/2025'));
    expect(late?.message).toBe('Ô B5: nộp ngày 05/11/2025, sau hạn 04/11/2025 (kế hoạch: «trước ngày 05/11 hằng năm (mục V.6)») (muộn 1 ngày)');
  });
});
