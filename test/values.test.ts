import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  typedDate,
  typedNumber,
  MAX_MAGNITUDE,
  cellText, excelSerialToIso, formatNumberVi, formatPoints, sumPoints, isDateFormat, isPercentFormat, isoToExcelSerial, officerDay, officerMinute, parseCell, periodText,
} from '../core/values.js';

const num = (value: number, percent = false) => ({ kind: 'number', value, percent });

describe('parseCell: numbers written the Vietnamese way', () => {
  it.each([
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['85,5', 85.5],
    ['1.234,5', 1234.5],
    ['1 234 567', 1234567],
    ['1,234.5', 1234.5], // English, unambiguous (comma then dot)
    ['1,234,567', 1234567], // several commas cannot be a decimal comma
    ['1,234', 1.234], // one comma is the Vietnamese decimal comma
    ['0.855', 0.855], // a leading 0 group is not a thousands group
    ['12.5', 12.5],
    ['02', 2],
    ['-5', -5],
    ['−3,5', -3.5], // Unicode minus
    ['  42 ', 42],
  ])('%s → %d', (raw, value) => {
    expect(parseCell(raw)).toEqual(num(value));
  });

  it('keeps numbers as numbers', () => {
    expect(parseCell(85.5)).toEqual(num(85.5));
    expect(parseCell(0)).toEqual(num(0));
  });

  it('non-finite numbers are text, not zero', () => {
    expect(parseCell(Number.NaN)).toEqual({ kind: 'text', value: 'NaN' });
  });
});

describe('parseCell: percents', () => {
  it.each([
    ['85%', 85],
    ['85,5 %', 85.5],
    ['100%', 100],
    ['1.234,5%', 1234.5],
  ])('%s → %d percent', (raw, value) => {
    expect(parseCell(raw)).toEqual(num(value, true));
  });

  it.each(['0%', '0.0%', '0.00%', '#,##0.0%'])('0.855 with format %s reads as 85,5%%', (format) => {
    expect(parseCell(0.855, format)).toEqual(num(85.5, true));
  });

  it('a literal % inside quotes is not a percent format', () => {
    expect(isPercentFormat('0 "%"')).toBe(false);
    expect(parseCell(12, '0 "%"')).toEqual(num(12));
  });
});

describe('parseCell: fractions', () => {
  it.each([
    ['45/50', 45, 50],
    ['45 / 50', 45, 50],
    ['1.200/1.500', 1200, 1500],
  ])('%s', (raw, numerator, denominator) => {
    expect(parseCell(raw)).toEqual({ kind: 'fraction', numerator, denominator });
  });
});

describe('parseCell: yes / no', () => {
  it.each(['Có', 'có', 'CO', 'Đạt', 'dat', 'x', 'X', 'Yes', '✓', '✔'])('%s → yes', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'bool', value: true });
  });
  it.each(['Không', 'khong', 'Không đạt', 'Chưa đạt', 'No', 'NO'])('%s → no', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'bool', value: false });
  });
  it('booleans from Excel', () => {
    expect(parseCell(true)).toEqual({ kind: 'bool', value: true });
    expect(parseCell(false)).toEqual({ kind: 'bool', value: false });
  });
});

describe('parseCell: dates', () => {
  it.each([
    ['05/11/2025', '2025-11-05'],
    ['5/11/2025', '2025-11-05'],
    ['05-11-2025', '2025-11-05'],
    ['05.11.2025', '2025-11-05'],
    ['2025-11-05', '2025-11-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (raw, value) => {
    expect(parseCell(raw)).toEqual({ kind: 'date', value });
  });

  it('an impossible day stays text', () => {
    expect(parseCell('30/02/2025')).toEqual({ kind: 'text', value: '30/02/2025' });
    expect(parseCell('29/02/2025')).toEqual({ kind: 'text', value: '29/02/2025' });
  });

  it('a JS Date (ExcelJS, UTC midnight)', () => {
    expect(parseCell(new Date(Date.UTC(2025, 10, 5)))).toEqual({ kind: 'date', value: '2025-11-05' });
  });

  it.each(['dd/mm/yyyy', 'd/m/yyyy', 'yyyy-mm-dd', '[$-42A]dd/mm/yyyy', 'd-mmm-yy', 'mm-dd-yy'])(
    'an Excel serial with format %s',
    (format) => {
      expect(parseCell(45966, format)).toEqual({ kind: 'date', value: '2025-11-05' });
    },
  );

  it('a serial with a plain or time format is a number', () => {
    expect(parseCell(45966)).toEqual(num(45966));
    expect(parseCell(45966, 'General')).toEqual(num(45966));
    expect(isDateFormat('h:mm')).toBe(false);
    expect(isDateFormat('#,##0 "ngày"')).toBe(false);
  });

  it('excelSerialToIso follows Excel, including its phantom 29/02/1900', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(45658.75)).toBe('2025-01-01');
    expect(excelSerialToIso(0)).toBeUndefined();
  });

  it('isoToExcelSerial is its inverse on real days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        expect(isoToExcelSerial(excelSerialToIso(serial)!)).toBe(serial);
      }),
    );
  });
});

describe('parseCell: errors, not assigned, empty, text', () => {
  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'])('%s is an Excel error', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'error', value: raw });
  });

  it.each(['Không được giao', 'không được giao', 'KHONG DUOC GIAO', 'Không giao', 'KĐG', 'kdg'])('%s → not assigned', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'not_assigned' });
  });

  it.each([null, '', '   ', '\u00a0'])('%j is empty', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'empty' });
  });

  it.each(['mười', 'khoảng 80', '85 lần', '1.23.4', 'QĐ số 12/QĐ-UBND', '1,2,3', 'Báo cáo số 12/2025', 'Tỷ lệ 85%', 'TC1', '1/2%', '#không'])(
    '%s stays text (never zero)',
    (raw) => {
      expect(parseCell(raw)).toEqual({ kind: 'text', value: raw });
    },
  );

  it('reads an error typed in lower case as the error', () => {
    expect(parseCell(' #n/a ')).toEqual({ kind: 'error', value: '#N/A' });
  });

  it('reads a number formatted "General" as a plain number', () => {
    expect(parseCell(0.5, 'General')).toEqual(num(0.5));
    expect(parseCell(45966, 'General')).toEqual(num(45966));
  });
});

describe('formatPoints', () => {
  it('says a sum of points without its floating-point remainder, and a typed figure as typed', () => {
    // A province's 766 table: the items of III.1 and III.2 added up (2 + 0,23 + 6 + 1,46 + 1,96 + 6), and of V.
    const items = [2, 0.23, 6, 1.46, 1.96, 6].reduce((s, x) => s + x, 0);
    expect(String(items)).toBe('17.650000000000002');
    expect(formatPoints(items)).toBe('17,65');
    expect(formatPoints(6 + 5.76 + 6)).toBe('17,76');
    // Kept as a group's maximum, the same sum without its remainder.
    expect(sumPoints([2, 0.23, 6, 1.46, 1.96, 6])).toBe(17.65);
    expect(formatPoints(0.125)).toBe('0,125');
    expect(formatPoints(1234567.5)).toBe('1.234.567,5');
    expect(formatPoints(-2.5)).toBe('-2,5');
  });
});

describe('formatNumberVi', () => {
  it('writes Vietnamese separators', () => {
    expect(formatNumberVi(85.5, 1)).toBe('85,5');
    expect(formatNumberVi(85.5)).toBe('85,5');
    expect(formatNumberVi(85.456, 2)).toBe('85,46');
    expect(formatNumberVi(85, 2)).toBe('85');
    expect(formatNumberVi(1234567.5)).toBe('1.234.567,5');
    expect(formatNumberVi(-1234)).toBe('-1.234');
    expect(formatNumberVi(-0.001, 1)).toBe('0');
    expect(formatNumberVi(0.0000001)).toBe('0,0000001');
  });

  it('rounds to `decimals` as toFixed does, whole numbers past 2^53 included', () => {
    expect(formatNumberVi(123456789012345680000, 2)).toBe('123.456.789.012.345.683.968');
    expect(formatNumberVi(123456789012345680000)).toBe('123.456.789.012.345.680.000');
    expect(formatNumberVi(1e21, 2)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumberVi(-1234567, 2)).toBe('-1.234.567');
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, noNaN: true }), fc.integer(), fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000)),
        fc.integer({ min: 0, max: 6 }),
        (n, decimals) => {
          const back = parseCell(formatNumberVi(n, decimals));
          expect(back.kind === 'number' && back.value).toBe(Number(n.toFixed(decimals)) || 0);
        },
      ),
    );
  });

  it('reads back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, noNaN: true }), (n) => {
        const back = parseCell(formatNumberVi(n));
        expect(back.kind).toBe('number');
        expect(back.kind === 'number' && back.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('reads a number past 15 significant digits (9E+307 is legal in Excel) as unreadable, typed or stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: MAX_MAGNITUDE * 1.000001, noNaN: true }), fc.double({ max: -MAX_MAGNITUDE * 1.000001, noNaN: true })), (n) => {
        expect(parseCell(n).kind).toBe('text');
        expect(parseCell(formatNumberVi(n)).kind).toBe('text');
      }),
    );
    expect(parseCell(9e307)).toEqual({ kind: 'text', value: '9e+307' });
  });
});

describe('cellText', () => {
  it('trims text and writes numbers the JavaScript way (codes like 1.1)', () => {
    expect(cellText('  Mã  ')).toBe('Mã');
    expect(cellText(1.1)).toBe('1.1');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2025, 0, 2)))).toBe('2025-01-02');
  });
});

describe('typedNumber: a figure an officer typed into a field', () => {
  it('reads «0,5» and «0.5» alike, and thousands as officers group them', () => {
    expect([typedNumber('0,5', 'Ngưỡng'), typedNumber('0.5', 'Ngưỡng'), typedNumber(' 1.234 ', 'Ngưỡng')]).toEqual([
      { ok: true, value: 0.5 },
      { ok: true, value: 0.5 },
      { ok: true, value: 1234 },
    ]);
  });

  it('refuses what it cannot read, naming the field and the text, in Vietnamese', () => {
    expect(typedNumber('nửa', 'Giảm trong một ngày từ (điểm)')).toEqual({ ok: false, message: 'Giảm trong một ngày từ (điểm): không đọc được «nửa» là một số (viết như 0,5 hoặc 0.5).' });
    expect(typedNumber('  ', '--day-drop')).toEqual({ ok: false, message: '--day-drop: chưa nhập số.' });
  });
});

describe('typedDate: a day an officer typed into a field', () => {
  it('reads day/month/year whatever the browser’s language, and yyyy-mm-dd', () => {
    expect([typedDate('5/9/2026', 'Các ngày trước'), typedDate(' 05/09/2026 ', 'Các ngày trước'), typedDate('2026-09-05', 'Các ngày trước')]).toEqual([
      { ok: true, value: '2026-09-05' },
      { ok: true, value: '2026-09-05' },
      { ok: true, value: '2026-09-05' },
    ]);
  });

  it('refuses what it cannot read — a month/day/year of an English browser past the 12th included —, naming the field and the text, in Vietnamese', () => {
    expect(typedDate('09/15/2026', 'Hạn báo cáo')).toEqual({ ok: false, message: 'Hạn báo cáo: không đọc được «09/15/2026» là một ngày (viết ngày/tháng/năm, như 15/9/2026).' });
    expect(typedDate(' ', 'Các ngày trước')).toEqual({ ok: false, message: 'Các ngày trước: chưa nhập ngày.' });
  });
});

describe('periodText', () => {
  it('says what of the period is written, never «( – )»', () => {
    expect(periodText({ label: 'Năm 2025', from: '2025-01-01', to: '2025-12-31' })).toBe('Năm 2025 (01/01/2025 – 31/12/2025)');
    expect(periodText({ label: 'Giai đoạn I', from: '', to: '' })).toBe('Giai đoạn I');
    expect(periodText({ label: '', from: '2025-01-01', to: '' })).toBe('01/01/2025 – …');
    expect(periodText({ label: ' ', from: '', to: '' })).toBe('chưa ghi');
  });
});

describe('officerDay, officerMinute: the officer\'s calendar, Vietnam\'s whatever the machine\'s', () => {
  it.each([
    ['2026-11-30T16:59:00Z', '2026-11-30T23:59'],
    ['2026-11-30T17:00:00Z', '2026-12-01T00:00'],
    ['2026-11-30T18:30:00Z', '2026-12-01T01:30'],
    ['2026-12-31T17:05:00Z', '2027-01-01T00:05'],
    ['2028-02-28T20:00:00Z', '2028-02-29T03:00'],
  ])('%s is %s in Vietnam', (at, minute) => {
    expect(officerMinute(new Date(at))).toBe(minute);
    expect(officerDay(new Date(at))).toBe(minute.slice(0, 10));
  });
});
