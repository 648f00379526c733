import { describe, expect, it } from 'vitest';
import { flagsOf } from '../helpers/make-report.js';
import { sanctionReport, sanctionSet } from '../helpers/sanction-set.js';

describe('sanction-for-council', () => {
  it('says at the deduction’s cell the words of its sanction thidua does not apply, only when the deduction is taken', () => {
    const flags = flagsOf('sanction-for-council', sanctionSet, sanctionReport('HĐND xã A', 96, { 'IX.9': 5 }));
    expect(flags.map((f) => [f.cell, f.severity, f.criterion, f.message])).toEqual([
      [
        'G13',
        'warning',
        'IX.9',
        'Ô G13: bị trừ điểm mục IX.9; bảng ghi chế tài «Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu», thidua không tự áp dụng — Hội đồng xem xét và quyết định (tiêu chí «Kê khai không trung thực»)',
      ],
    ]);
    // Nothing where the deduction is not taken, or its sanction is all applied.
    expect(flagsOf('sanction-for-council', sanctionSet, sanctionReport('HĐND xã A', 96, { 'IX.9': 0 }))).toEqual([]);
    expect(flagsOf('sanction-for-council', sanctionSet, sanctionReport('HĐND xã A', 96))).toEqual([]);
    expect(flagsOf('sanction-for-council', sanctionSet, sanctionReport('HĐND xã A', 96, { 'IX.1': 5, 'IX.7': 10 }))).toEqual([]);
  });
});
