import { describe, expect, it } from 'vitest';
import { rowHeights, wrappedLines } from '../../core/sheet/row-height.js';

describe('wrappedLines', () => {
  it('lays words greedily on lines of the column width', () => {
    expect(wrappedLines('Mã', 10)).toBe(1);
    expect(wrappedLines('một hai ba bốn năm sáu bảy tám chín mười', 10)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('a\nb\nc', 40)).toBe(3);
  });

  it('breaks a word longer than the column and counts bold text as wider', () => {
    expect(wrappedLines('x'.repeat(50), 10)).toBeGreaterThanOrEqual(5);
    expect(wrappedLines('Mã tiêu chí', 10, true)).toBe(2);
  });

  it('gives a text the same lines at each width whatever it was asked before (its measures are kept across sheets)', () => {
    const title = 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình';
    const widths = [12, 30, 13, 50, 12, 29.5, 30];
    const first = widths.map((w) => [wrappedLines(title, w), wrappedLines(title, w, true)]);
    // A copy of the text (another sheet's cell), asked widest first.
    const again = [...widths].reverse().map((w) => [wrappedLines(`${title} `.trimEnd(), w), wrappedLines(title, w, true)]).reverse();
    expect(again).toEqual(first);
    expect(first.map(([regular]) => regular)).toEqual([7, 3, 7, 2, 7, 3, 3]);
    // Bold is counted wider: never fewer lines than regular at the same width.
    for (const [regular, bold] of first) expect(bold).toBeGreaterThanOrEqual(regular!);
    expect(first[1]![1]).toBeGreaterThan(first[1]![0]!);
  });
});

describe('rowHeights', () => {
  it('gives rows with wrapped text 15 pt per line, from the block address and the column widths', () => {
    const heights = rowHeights({
      blocks: [
        {
          address: 'B3',
          values: [['Điểm tự chấm', 'ngắn'], ['x '.repeat(40), 'không xuống dòng '.repeat(10)]],
          format: { wrap: true },
          cellFormats: [[{ bold: true }, null], [null, { wrap: false }]],
        },
      ],
      columnWidths: [{ column: 'B', width: 9 }],
    });
    expect(heights).toEqual([
      { row: 3, height: 30 },
      { row: 4, height: expect.any(Number) },
    ]);
    expect(heights[1]!.height).toBeGreaterThanOrEqual(60);
  });
});
