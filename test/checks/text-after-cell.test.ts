// A face that names a flag's cell apart (the council's view on the page and in the pane) shows the flag's text
// after «Ô D9: » through core (textAfterCell), which knows the shape cellMessage gives every cell message.
import { describe, expect, it } from 'vitest';
import { textAfterCell } from '../../core/checks/define.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'CQS-03', title: 'Tỷ lệ hồ sơ xử lý trực tuyến', measure: 'ratio', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });

describe('textAfterCell', () => {
  it('gives a real flag’s text after its own cell, and a message made for no cell or another cell whole', () => {
    const [flag] = flagsOf('numerator-exceeds-denominator', set, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-03', numerator: 60, denominator: 50 }] }));
    expect(textAfterCell(flag!.message, flag!.cell)).toBe('tử số 60 lớn hơn mẫu số 50 (tiêu chí «Tỷ lệ hồ sơ xử lý trực tuyến»)');
    expect(textAfterCell(flag!.message, 'E9')).toBe(flag!.message);
    expect(textAfterCell(flag!.message, undefined)).toBe(flag!.message);
  });
});
