import { describe, expect, it } from 'vitest';
import { MIN_SCALE, PAGE_FOOTER, columnPoints, printLayout, withPrintLayout } from '../../core/sheet/print-layout.js';

describe('printLayout', () => {
  it('prints a narrow sheet portrait, one page when it is short', () => {
    expect(printLayout([10, 40, 10], [15, 15])).toEqual({ orientation: 'portrait', fitToWidth: true, fitToHeight: true, footer: PAGE_FOOTER });
  });

  it('turns a wider sheet landscape and fits it to the width while the text stays at 8 pt or more', () => {
    const layout = printLayout(Array(12).fill(14), Array(100).fill(15), { titleRows: '$3:$3', titleColumns: '$A:$A' });
    expect(layout).toEqual({ orientation: 'landscape', fitToWidth: true, titleRows: '$3:$3', footer: PAGE_FOOTER });
    expect((842 - 2 * 0.7 * 72) / (12 * columnPoints(14))).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  it('prints a too-wide sheet across pages at full size, titles repeated', () => {
    expect(printLayout(Array(20).fill(14), [15], { titleRows: '$3:$3', titleColumns: '$A:$A' })).toEqual({
      orientation: 'landscape',
      fitToWidth: false,
      titleRows: '$3:$3',
      titleColumns: '$A:$A',
      footer: PAGE_FOOTER,
    });
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
});
