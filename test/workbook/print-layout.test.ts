import { describe, expect, it } from 'vitest';
import { MARGINS, MIN_SCALE, NARROWEST_TEXT_COLUMN, PAGE_FOOTER, columnPoints, fitWidths, pageHeader, printLayout, withPrintLayout } from '../../core/sheet/print-layout.js';
import { wrappedLines } from '../../core/sheet/row-height.js';

/** What every layout carries: page numbers within the sheet, narrow side margins. */
const PAGES = { footer: PAGE_FOOTER, firstPageNumber: 1, margins: MARGINS };

describe('printLayout', () => {
  it('prints a narrow sheet portrait, one page when it is short', () => {
    expect(printLayout([10, 40, 10], [15, 15])).toEqual({ orientation: 'portrait', fitToWidth: true, fitToHeight: true, ...PAGES });
  });

  it('turns a wider sheet landscape and fits it to the width while the text stays at 8 pt or more', () => {
    const layout = printLayout(Array(12).fill(14), Array(100).fill(15), { titleRows: '$3:$3', titleColumns: '$A:$A' });
    expect(layout).toEqual({ orientation: 'landscape', fitToWidth: true, titleRows: '$3:$3', ...PAGES });
    expect((842 - 2 * MARGINS.left * 72) / (12 * columnPoints(14))).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  it('prints a too-wide sheet across pages at full size, titles repeated', () => {
    expect(printLayout(Array(20).fill(14), [15], { titleRows: '$3:$3', titleColumns: '$A:$A' })).toEqual({
      orientation: 'landscape',
      fitToWidth: false,
      titleRows: '$3:$3',
      titleColumns: '$A:$A',
      ...PAGES,
    });
  });

  it('narrows the wrapped columns of a too-wide sheet until it fits the width readably, the others as they were', () => {
    // A scored unit sheet: the unit's columns (title and evidence wrap), then scoring's own (flags and reasons wrap).
    const widths = [5, 10, 48, 8.43, 10, 8, 10, 8, 8, 28, 8.43, 18, 8.43, 10, 8, 50, 50];
    const wraps = widths.map((_, i) => [2, 9, 15, 16].includes(i));
    expect(printLayout(widths, [15]).fitToWidth).toBe(false);
    const fitted = fitWidths(widths, wraps);
    expect(printLayout(fitted, [15]).fitToWidth).toBe(true);
    fitted.forEach((w, i) => (wraps[i] ? expect(w).toBeGreaterThanOrEqual(NARROWEST_TEXT_COLUMN) : expect(w).toBe(widths[i])));
    expect(fitted[2]).toBeLessThan(48);
    // Nothing to narrow: left as it is, and printed across pages.
    expect(fitWidths(Array(30).fill(14), Array(30).fill(false))).toEqual(Array(30).fill(14));
    // Already fitting: untouched.
    expect(fitWidths([10, 40, 10], [false, true, false])).toEqual([10, 40, 10]);
  });

  it("with the table's rows, gives the width to the columns whose text needs it: fewer lines than narrowing in proportion", () => {
    // A unit sheet's titles (long), its evidence (short), an empty flags column and the reasons (middling).
    const widths = [5, 10, 48, 10, 8, 10, 28, 18, 2, 10, 8, 50, 50];
    const wraps = [false, false, true, false, false, false, true, 7, false, false, false, true, true];
    const title = 'Văn bản điện tử của cơ quan, đơn vị được trao đổi, liên thông trên môi trường mạng (trừ văn bản mật), kể cả văn bản ký số của lãnh đạo đơn vị gửi đến cơ quan cấp trên';
    const reason = 'Kết quả 99,28%, chưa đạt chỉ tiêu = 100% → 9,92/10 điểm (tính từ tử số/mẫu số 412/415)';
    const rows = Array.from({ length: 16 }, () => [1, 'CQS1', title, '%', 10, 412, 'Báo cáo 112/BC', null, null, 9.92, 10, null, reason]);
    const lines = (ws: number[]) => rows.reduce((sum, r) => sum + Math.max(...r.map((v, i) => (typeof v === 'string' && wraps[i] !== false ? wrappedLines(v, ws[i]!) : 1))), 0);
    const fitted = fitWidths(widths, wraps, rows);
    const proportional = fitWidths(widths, wraps);
    expect(printLayout(fitted, [15]).fitToWidth).toBe(true);
    expect(fitted[11]).toBe(NARROWEST_TEXT_COLUMN); // nothing in it
    expect(fitted[7]).toBe(7); // «Ghi chú», empty: down to what its header needs
    expect(fitted[2]).toBeGreaterThan(proportional[2]!); // the titles keep more of their width
    expect(lines(fitted)).toBeLessThan(lines(proportional));
  });

  it('measures only the print area when there is one', () => {
    const edit = {
      sheet: 'S',
      mode: 'replace' as const,
      blocks: [{ address: 'A1', values: [Array(30).fill('x')] }],
      columnWidths: [{ column: 'A', width: 20 }],
    };
    expect(withPrintLayout(edit).print?.fitToWidth).toBe(false);
    expect(withPrintLayout(edit, { printArea: 'A1:C1' }).print).toMatchObject({ orientation: 'portrait', fitToWidth: true, printArea: 'A1:C1' });
  });

  // «Biểu quyết» once held a 480-character note in A6: LibreOffice printed the sheet with it on one page, at 5 pt.
  it('counts unwrapped text running past the last column as printed width: such a sheet prints across pages at full size', () => {
    const table = { address: 'A3', values: [['STT', 'Đơn vị', 'Ghi chú']] };
    const edit = { sheet: 'S', mode: 'replace' as const, blocks: [table], columnWidths: [{ column: 'A', width: 5 }, { column: 'B', width: 30 }, { column: 'C', width: 20 }] };
    expect(withPrintLayout(edit).print).toMatchObject({ orientation: 'portrait', fitToWidth: true, fitToHeight: true });
    const note = { address: 'A1', values: [['Ghi tên thành viên có mặt và vắng mặt, cách nhau bằng dấu «;». '.repeat(8)]] };
    expect(withPrintLayout({ ...edit, blocks: [note, table] }).print).toMatchObject({ orientation: 'landscape', fitToWidth: false });
    // Wrapped, or within the columns, it prints as the table does.
    expect(withPrintLayout({ ...edit, blocks: [{ ...note, format: { wrap: true } }, table] }).print).toMatchObject({ orientation: 'portrait', fitToWidth: true });
    expect(withPrintLayout({ ...edit, blocks: [{ address: 'A1', values: [['Ghi số thành viên Hội đồng.']] }, table] }).print).toMatchObject({ orientation: 'portrait', fitToWidth: true });
  });
});

describe('pageHeader', () => {
  it('doubles «&» and keeps a header that fits as it is', () => {
    expect(pageHeader('Thôn A & B', 'Năm 2025')).toBe('&LThôn A && B&RNăm 2025');
    expect(pageHeader('Thôn A')).toBe('&LThôn A');
  });

  it('replaces what XML cannot carry: a Word line break by a space, a U+FFFF by nothing', () => {
    expect(pageHeader('Bản\u000BNà\uFFFF', 'Năm\u00072025')).toBe('&LBản Nà&RNăm2025');
  });

  it('stays within 255 characters: the short side whole, the long one cut with «…», never between two «&»', () => {
    const long = pageHeader('x'.repeat(5000), 'Năm 2025');
    expect(long).toBe(`&L${'x'.repeat(255 - 4 - 8 - 1)}…&RNăm 2025`);
    for (let shift = 0; shift < 4; shift++) {
      const header = pageHeader(`${'y'.repeat(shift)}${'&'.repeat(300)}`, 'Kỳ');
      expect(header.length, String(shift)).toBeLessThanOrEqual(255);
      expect(header.replace(/&&/g, '').replace(/&[LR]/g, ''), String(shift)).not.toContain('&');
    }
    // Both long: each has its half.
    const both = pageHeader('a'.repeat(300), 'b'.repeat(300));
    expect(both.length).toBe(255);
    expect(both).toBe(`&L${'a'.repeat(124)}…&R${'b'.repeat(125)}…`);
  });
});
