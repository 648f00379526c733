import { describe, expect, it } from 'vitest';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ deadline: '2025-11-05', criteria: [criterion({ code: 'A', measure: 'yes_no', rule: { kind: 'yes_no' } })] });

describe('missing-metadata', () => {
  it('flags an empty unit name and an empty unit kind, listing the known kinds', () => {
    const flags = flagsOf('missing-metadata', set, makeReport({ unitName: '', unitKind: null, submittedAt: '01/11/2025', rows: [['A', 'Có']] }));
    expect(flags.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ['warning', 'B2', 'Ô B2: thiếu Tên đơn vị'],
      ['error', 'B3', 'Ô B3: thiếu Loại đơn vị; các loại của bộ tiêu chí: Thôn, Cơ quan, Cá nhân'],
    ]);
  });

  it('flags a kind the set does not know', () => {
    const [flag] = flagsOf('missing-metadata', set, makeReport({ unitName: 'HTX Chè', unitKind: 'Hợp tác xã', submittedAt: '01/11/2025', rows: [] }));
    expect(flag).toMatchObject({
      severity: 'error',
      cell: 'B3',
      message: 'Ô B3: loại đơn vị "Hợp tác xã" không có trong bộ tiêu chí; các loại: Thôn, Cơ quan, Cá nhân',
      details: { stated: 'Hợp tác xã', known: ['thon', 'co-quan', 'ca-nhan'] },
    });
  });

  it('notes a missing or unreadable submission date when the set has a deadline', () => {
    const none = flagsOf('missing-metadata', set, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [] }));
    expect(none).toEqual([expect.objectContaining({ severity: 'info', message: 'Thiếu Ngày nộp nên chưa kiểm tra được hạn nộp 05/11/2025' })]);
    const bad = flagsOf('missing-metadata', set, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', submittedAt: 'đầu tháng 11', rows: [] }));
    expect(bad[0]?.message).toBe('Ô B5: Ngày nộp "đầu tháng 11" không đọc được thành ngày nên chưa kiểm tra được hạn nộp 05/11/2025');
  });

  it('does not flag a complete header', () => {
    expect(flagsOf('missing-metadata', set, makeReport({ unitName: 'Thôn A', unitKind: 'thôn', submittedAt: '01/11/2025', rows: [] }))).toEqual([]);
  });
});
