import { describe, expect, it } from 'vitest';
import { pageHeader } from '../../core/sheet/print-layout.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'A', measure: 'yes_no', rule: { kind: 'yes_no' } })] });

describe('unwritable-text', () => {
  it('says once, by its cell, which characters of the name and period a file cannot hold and what becomes of them', () => {
    const flags = flagsOf('unwritable-text', set, makeReport({ unitName: 'Bản\u000BNà\uFFFF', unitKind: 'Thôn', period: 'Năm\u00072025', rows: [['A', 'Có']] }));
    expect(flags.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ['info', 'B2', 'Ô B2: Tên đơn vị có ký tự U+000B, U+FFFF mà tệp Excel và Word không chứa được: ở đầu trang in và trong hồ sơ, dấu ngắt dòng được thay bằng dấu cách, ký tự khác được bỏ đi (trong ô vẫn giữ như đã gõ)'],
      ['info', 'B4', 'Ô B4: Kỳ báo cáo có ký tự U+0007 mà tệp Excel và Word không chứa được: ở đầu trang in và trong hồ sơ, dấu ngắt dòng được thay bằng dấu cách, ký tự khác được bỏ đi (trong ô vẫn giữ như đã gõ)'],
    ]);
  });

  it('says when the name is cut in the page header, exactly when pageHeader cuts it', () => {
    const longest = 255 - '&L&R'.length - 'Năm 2025'.length;
    for (const [length, cut] of [[longest, false], [longest + 1, true], [5000, true]] as const) {
      const name = 'x'.repeat(length);
      const flags = flagsOf('unwritable-text', set, makeReport({ unitName: name, unitKind: 'Thôn', period: 'Năm 2025', rows: [['A', 'Có']] }));
      expect(flags.length, String(length)).toBe(cut ? 1 : 0);
      expect(pageHeader(name, 'Năm 2025').includes('…'), String(length)).toBe(cut);
    }
    const [flag] = flagsOf('unwritable-text', set, makeReport({ unitName: 'x'.repeat(5000), unitKind: 'Thôn', period: 'Năm 2025', rows: [['A', 'Có']] }));
    expect(flag?.message).toBe('Ô B2: Tên đơn vị dài 5.000 ký tự: đầu trang in của bản chấm chỉ giữ phần đầu, cắt bằng «…» (Excel giữ tối đa 255 ký tự ở đầu trang)');
  });

  it('says nothing of a name and period a file holds as typed', () => {
    expect(flagsOf('unwritable-text', set, makeReport({ unitName: 'Thôn A & B', unitKind: 'Thôn', period: 'Năm 2025', rows: [['A', 'Có']] }))).toEqual([]);
  });
});
