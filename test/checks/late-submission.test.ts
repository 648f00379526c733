import { describe, expect, it } from 'vitest';
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
});
