// A kept formula laid on the row its flag lands on (core/workbook/formula-rows.ts): its own row followed as Excel moves
// a row's formulas, what may now read another row kept as typed and named.
import { describe, expect, it } from 'vitest';
import { formulaOnRow, rowsRead } from '../../core/workbook/formula-rows.js';

/** `formula` typed on row 5 of «Rà soát», laid on row 7; rows 8 and 9 stand where they stood, the rest moved. */
const laid = (formula: string, to = 7) => formulaOnRow({ formula, sheet: 'Rà soát', from: 5, to, unmoved: (r) => r === 8 || r === 9, rewritten: (s) => s === 'Tổng hợp' });

describe('a kept formula whose row moves', () => {
  it('follows its own row: cells, ranges, mixed columns, its sheet named', () => {
    expect(laid('I5')).toEqual({ formula: 'I7', doubts: [] });
    expect(laid('"Theo biên bản: "&I5&" (I5)"')).toEqual({ formula: '"Theo biên bản: "&I7&" (I5)"', doubts: [] });
    expect(laid('SUM(E5:G5)+$E5')).toEqual({ formula: 'SUM(E7:G7)+$E7', doubts: [] });
    expect(laid("'Rà soát'!I5")).toEqual({ formula: "'Rà soát'!I7", doubts: [] });
    expect(laid('IF(ISBLANK(I5),TRUE,LOG10(2))')).toEqual({ formula: 'IF(ISBLANK(I7),TRUE,LOG10(2))', doubts: [] });
    // Whole columns and the council's own sheets read no row of it; a number's exponent is no cell.
    expect(laid('COUNTA(I:I)+Sheet9!A1+1E5')).toEqual({ formula: 'COUNTA(I:I)+Sheet9!A1+1E5', doubts: [] });
  });

  it('keeps as typed and names what may read another row', () => {
    expect(laid('I3').doubts).toEqual(['ô I3 của dòng khác, dòng ấy nay không còn ở dòng 3']);
    expect(laid('I8+I9')).toEqual({ formula: 'I8+I9', doubts: [] });
    expect(laid('SUM(E4:E9)').doubts).toEqual(['E4:E9 gồm các dòng 4–9, có dòng nay không còn ở chỗ cũ']);
    expect(laid('$I$5&I$5')).toEqual({ formula: '$I$5&I$5', doubts: ['$I$5 cố định ở dòng 5 (dấu $ Hội đồng gõ), nay là dòng khác', 'I$5 cố định ở dòng 5 (dấu $ Hội đồng gõ), nay là dòng khác'] });
    expect(laid("'Tổng hợp'!C12").doubts).toEqual(['C12 của trang «Tổng hợp», trang thidua ghi lại mỗi lần chấm (dòng của nó có thể đã đổi)']);
    expect(laid('INDIRECT("I"&ROW())&ThanhVien').doubts).toEqual(['INDIRECT(…) dựng địa chỉ ô từ chữ, thidua không biết nó đọc dòng nào', 'tên «ThanhVien» trỏ tới ô thidua không biết ở dòng nào']);
    // Its row where it stood: a fixed row is its own still.
    expect(laid('$I$5', 5)).toEqual({ formula: '$I$5', doubts: [] });
  });

  it('reads the rows of its own sheet a formula reads', () => {
    expect(rowsRead("I5+SUM(E8:E10)+'Tổng hợp'!C2+A:A+$3:$3", 'Rà soát').sort((a, b) => a - b)).toEqual([3, 5, 8, 9, 10]);
  });

  it('remembers no row past the sheet’s last: a range to the sheet’s end is the rows the sheet has', () => {
    expect(rowsRead('SUM(H8:H1048576)+H1048576', 'Rà soát', 12)).toEqual([8, 9, 10, 11, 12]);
  });
});

// Made for: a kept formula never points at another row silently.
