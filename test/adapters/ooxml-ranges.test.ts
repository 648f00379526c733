// cellRef and rangeRef: A1 references within Excel's sheet, and nothing else, whatever a crafted sheet writes in `r`.
import { describe, expect, it } from 'vitest';
import { cellRef, rangeRef } from '../../adapters/ooxml/ranges.js';

describe('cellRef', () => {
  it('reads references as a sheet writes them, anchored or not, in either case', () => {
    expect(cellRef('A1')).toEqual({ row: 1, col: 1 });
    expect(cellRef('D12')).toEqual({ row: 12, col: 4 });
    expect(cellRef('$B$7')).toEqual({ row: 7, col: 2 });
    expect(cellRef('b$7')).toEqual({ row: 7, col: 2 });
    expect(cellRef('$aa10')).toEqual({ row: 10, col: 27 });
    expect(cellRef('XFD1048576')).toEqual({ row: 1_048_576, col: 16_384 });
  });

  it('refuses what is not a cell of an Excel sheet', () => {
    for (const text of ['', '$', 'A', '7', 'A0', 'A01x', 'XFE1', 'A1048577', 'AAAA1', 'A12345678', 'A$', '$$A1', 'A$$1', ' A1', 'A1 ', 'A-1', 'A1.5', '@1', '[1', '`1', '{1', 'Ă1', 'A１', 'N9999999999']) {
      expect(cellRef(text), text).toBeUndefined();
    }
  });

  it('keeps leading zeros of a row as Excel reads them', () => {
    expect(cellRef('A007')).toEqual({ row: 7, col: 1 });
    expect(cellRef('A00000001')).toBeUndefined(); // eight digits
  });
});

describe('rangeRef', () => {
  it('orders the corners of a range written backwards', () => {
    expect(rangeRef('C3:A1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(rangeRef('B2')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(rangeRef('A1:')).toBeUndefined();
    expect(rangeRef('A1:XFE1')).toBeUndefined();
  });
});

// Made for issue 59: the hand-written reader of A1 references (ranges.ts) held to what Excel's sheet can hold.
