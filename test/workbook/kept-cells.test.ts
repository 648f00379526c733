// The council's own cells in «Rà soát» as planned again (core/workbook/kept-cells.ts): a value in its own column whose
// row the run no longer writes, and a formula in a cell thidua writes anew, are said at their cell and kept, never dropped.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import type { CellValue } from '../../core/cell.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { keptCellsOf, keptInParts, UNPLACED_TITLE, type KeptSaid } from '../../core/workbook/kept-cells.js';
import { planReview, REVIEW_HEADERS, REVIEW_HEADER_ROW } from '../../core/workbook/plan-review.js';
import { REVIEW_LAYOUT } from '../../core/workbook/read-review.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });
const cards = ['Bản A', 'Bản B'].map((name) => score(set, makeReport({ sheet: name, unitName: name, unitKind: 'Thôn', rows: [['TL', '120%']] })));
const at = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h);

describe('the council’s own cells in «Rà soát» planned again', () => {
  it('copies a value of its column whose row is gone under the tables, and says a formula whose cell thidua now writes otherwise', () => {
    // The council's «Ghi chú riêng» inserted after «Nội dung», a note on each unit's row; STT of Bản A typed as =1+98.
    const values: CellValue[][] = applyEditToValues([], planReview(cards)).map((row, r) => {
      const own = r + 1 === REVIEW_HEADER_ROW ? 'Ghi chú riêng' : row[at('Đơn vị')] === 'Bản B' ? 'hẹn gửi lại' : row[at('Đơn vị')] === 'Bản A' ? 'đã xem' : null;
      const out = [...row];
      out.splice(at('Nội dung') + 1, 0, own);
      return out;
    });
    const stt = values.findIndex((r) => r[at('Đơn vị')] === 'Bản A');
    values[stt]![0] = 99;
    const kept = keptCellsOf({ name: 'Rà soát', values, formulas: { [`A${stt + 1}`]: '1+98' } }, REVIEW_LAYOUT);
    expect(kept.columns.map((c) => [c.header, c.after])).toEqual([['Ghi chú riêng', 'Nội dung']]);

    // Bản B is in this run no more (its flag gone, never decided): its row is not written.
    const said: KeptSaid[] = [];
    const [edit] = keptInParts([{ ...planReview(cards.slice(0, 1)), sheet: 'Rà soát' }], kept, REVIEW_LAYOUT, said);
    const written = applyEditToValues([], edit!);
    const header = written[REVIEW_HEADER_ROW - 1]!;
    expect(header.indexOf('Ghi chú riêng')).toBe(header.indexOf('Nội dung') + 1);
    expect(written.find((r) => r[1] === 'Bản A')![header.indexOf('Ghi chú riêng')]).toBe('đã xem');
    const title = written.findIndex((r) => r[0] === UNPLACED_TITLE);
    expect(title).toBeGreaterThan(REVIEW_HEADER_ROW);
    expect(String(written[title + 1]![0])).toMatch(/^Ghi chú riêng — Bản B — cảnh báo «.+»(?: ô [A-Z]+\d+)?, «Lần 1» \(ô H\d+\): hẹn gửi lại$/);
    expect(edit!.formulas).toEqual([]);
    expect(said.map((s) => s.message)).toEqual([
      `ô A${stt + 1}: công thức =1+98 cho «99», nhưng lần chấm này ghi «1» ở ô ấy: ghi giá trị thidua tính, công thức không giữ được; hãy gõ lại nếu vẫn cần.`,
      expect.stringMatching(/^ô H\d+: «hẹn gửi lại» ở cột «Ghi chú riêng» của dòng Bản B — .+, dòng này lần chấm này không còn: chép nguyên văn xuống bảng «Chữ Hội đồng ghi ở cột riêng trên dòng nay không còn \(chép nguyên văn để không mất\)» cuối trang để không mất\.$/),
    ]);
  });

  it('says a formula that reads the council’s renamed sheet, which thidua writes anew, as it says one reading thidua’s name for it', () => {
    // «Biểu quyết» renamed «Phiếu HĐ» by the council; in «Rà soát», Bản A's own note reads the vote sheet by that name.
    const values: CellValue[][] = applyEditToValues([], planReview(cards)).map((row, r) => {
      const out = [...row];
      out.push(r + 1 === REVIEW_HEADER_ROW ? 'Theo phiếu' : row[at('Đơn vị')] === 'Bản A' ? 'Đạt' : null);
      return out;
    });
    const row = values.findIndex((r) => r[at('Đơn vị')] === 'Bản A');
    const cell = `${String.fromCharCode(65 + REVIEW_HEADERS.length)}${row + 1}`;
    const kept = keptCellsOf({ name: 'Rà soát', values, formulas: { [cell]: "'Phiếu HĐ'!H8" } }, REVIEW_LAYOUT);
    const laid = (names?: string[]) => {
      const said: KeptSaid[] = [];
      keptInParts([{ ...planReview(cards), sheet: 'Rà soát' }], kept, REVIEW_LAYOUT, said, names);
      return said.map((s) => s.message);
    };
    expect(laid(['Rà soát', 'Phiếu HĐ'])).toEqual([expect.stringContaining(`công thức ='Phiếu HĐ'!H8 của dòng Bản A`)]);
    expect(laid(['Rà soát', 'Phiếu HĐ'])[0]).toContain('H8 của trang «Phiếu HĐ», trang thidua ghi lại mỗi lần chấm');
    // By thidua's own name it was said already; by the council's, not before the names were given.
    expect(laid()).toEqual([]);
  });
});
