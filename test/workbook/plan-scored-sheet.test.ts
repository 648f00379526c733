import { describe, expect, it } from 'vitest';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { FILL, planScoredSheet, scoredColumnsStart } from '../../core/workbook/plan-scored-sheet.js';
import { card, REPORT, TYPED } from './fixtures.js';

describe('planScoredSheet', () => {
  const edit = planScoredSheet(REPORT, card());
  const after = applyEditToValues(TYPED, edit);
  const at = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return after[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65];
  };

  it('writes into the existing sheet, only to the right of the typed columns, one blank column between', () => {
    expect(edit.mode).toBe('existing');
    expect(edit.sheet).toBe('Bản Hua Ca');
    expect(edit.blocks.map((b) => b.address)).toEqual(['K1']);
    // Every typed cell unchanged, and the separator column J stays blank.
    TYPED.forEach((row, r) => row.forEach((v, c) => expect(after[r]![c]).toEqual(v)));
    expect(after.map((r) => r[9] ?? null).every((v) => v === null)).toBe(true);
  });

  it('puts the headers on the table header row and points, max and flags on each criterion row', () => {
    expect([at('K7'), at('L7'), at('M7')]).toEqual(['Điểm thẩm định', 'Điểm tối đa', 'Cảnh báo']);
    expect([at('K8'), at('L8')]).toEqual([10, 10]);
    expect([at('K9'), at('L9')]).toEqual([0, 10]);
    expect(at('M9')).toBe(
      '[Tử số lớn hơn mẫu số] Tử số 130 (E9) lớn hơn mẫu số 120 (F9).\n[Thiếu minh chứng] Thiếu minh chứng ở ô G9.',
    );
    expect(at('M10')).toBeNull();
  });

  it('colours rows by their worst flag, and full points green', () => {
    const formats = edit.blocks[0]!.cellFormats!;
    expect(formats[8 - 1]![0]!.fill).toBe(FILL.warning); // 10/10 but flagged: the warning wins
    expect(formats[9 - 1]![2]!.fill).toBe(FILL.error);
    expect(formats[10 - 1]![0]!.fill).toBe(FILL.full);
  });

  // One unwrapped line a row from the first of scoring's columns, running on over the other three under one fill:
  // wrapped in the flags column they stood lines tall above the table.
  it('lists sheet-level flags in the rows above the header as lines across scoring\'s columns', () => {
    expect(at('K1')).toBe('[Nộp báo cáo muộn] Nộp ngày 10/11/2025, sau hạn 05/11/2025.');
    expect(at('K2')).toBe('[Báo cáo thiếu tiêu chí] Thiếu tiêu chí TM-04 trong báo cáo.');
    expect([at('L1'), at('M1'), at('N1')]).toEqual([null, null, null]);
    const formats = edit.blocks[0]!.cellFormats!;
    expect(formats[0]!.map((f) => f?.fill)).toEqual(Array(4).fill(FILL.warning));
    expect(formats[0]!.some((f) => f?.wrap)).toBe(false);
    expect(edit.rowHeights?.some((h) => h.row < 7) ?? false).toBe(false);
  });

  it('breaks a long sheet-level flag into lines no wider than scoring\'s four columns as printed', () => {
    const long = { code: 'late-submission', severity: 'warning' as const, message: 'Nộp muộn. '.repeat(30).trim(), sheet: 'Bản Hua Ca' };
    const values = planScoredSheet(REPORT, card({ flags: [long] })).blocks[0]!.values;
    const lines = values.slice(0, 6).map((r) => r[0]).filter((v): v is string => typeof v === 'string');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(`[Nộp báo cáo muộn] ${long.message}`);
    // 10 + 8 + 50 + 50 characters of width, counted high.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(116);
  });

  it('puts sheet-level flags after the totals when the rows above the header are too few for their lines', () => {
    const sheetLevel = ['TM-04', 'TM-05', 'TM-06'].map((code) => ({
      code: 'criterion-missing',
      severity: 'error' as const,
      message: `Thiếu tiêu chí ${code}.`,
      sheet: 'Bản Hua Ca',
      criterion: code,
    }));
    const values = planScoredSheet({ ...REPORT, headerRow: 3 }, card({ flags: sheetLevel })).blocks[0]!.values;
    expect(values.slice(0, 3).map((r) => r[0])).toEqual([null, null, 'Điểm thẩm định']);
    const col = values.map((r) => r[0]);
    expect(col.indexOf('Cảnh báo chung')).toBeGreaterThan(col.indexOf('Điểm tự chấm'));
    expect(col.slice(-3)).toEqual(['TM-04', 'TM-05', 'TM-06'].map((code) => `[Báo cáo thiếu tiêu chí] Thiếu tiêu chí ${code}.`));
  });

  it('puts sheet-level flags after the totals when the header is on row 1', () => {
    const report = { ...REPORT, headerRow: 1, rows: [{ row: 2, code: REPORT.rows[0]!.code }] };
    const c = card({ criteria: [{ ...card().criteria[0]!, row: 2 }], flags: card().flags.filter((f) => !f.cell || f.cell === 'B4') });
    const values = planScoredSheet(report, c).blocks[0]!.values;
    const col = values.map((r) => r[0]);
    expect(col[0]).toBe('Điểm thẩm định');
    expect(col.indexOf('Cảnh báo chung')).toBeGreaterThan(col.indexOf('Điểm tự chấm'));
    expect(values.slice(-2).map((r) => r[0])).toEqual([
      '[Nộp báo cáo muộn] Nộp ngày 10/11/2025, sau hạn 05/11/2025.',
      '[Báo cáo thiếu tiêu chí] Thiếu tiêu chí TM-04 trong báo cáo.',
    ]);
  });

  it('adds a totals block two rows under the table', () => {
    const labels = ['Tổng điểm', 'Điểm cộng', 'Điểm trừ', 'Điểm tối đa áp dụng', 'Tỷ lệ %', 'Xếp loại', 'Điểm tự chấm'];
    const values = [20, 0, 0, 35, 57.14, 'Chưa đạt', 28];
    labels.forEach((label, i) => {
      expect(at(`K${12 + i}`)).toBe(label);
      expect(at(`L${12 + i}`)).toBe(values[i]);
    });
  });

  it('notes every flagged input cell with its flags, and no other cell', () => {
    expect(edit.notes).toEqual([
      { address: 'D8', text: '[Số liệu ngoài phạm vi] Kết quả 105% ở ô D8 vượt 100%.' },
      { address: 'E9', text: '[Tử số lớn hơn mẫu số] Tử số 130 (E9) lớn hơn mẫu số 120 (F9).' },
      { address: 'G9', text: '[Thiếu minh chứng] Thiếu minh chứng ở ô G9.' },
      { address: 'B4', text: '[Nộp báo cáo muộn] Nộp ngày 10/11/2025, sau hạn 05/11/2025.' },
    ]);
  });

  it('writes "Không được giao" instead of points for a criterion not assigned', () => {
    const c = card();
    c.criteria[2] = { ...c.criteria[2]!, status: 'not_assigned', points: 0 };
    const values = planScoredSheet(REPORT, c).blocks[0]!.values;
    expect(values[10 - 1]![0]).toBe('Không được giao');
  });
});

describe('scoredColumnsStart', () => {
  it('finds the columns of an earlier run by their three headers, and nothing in a fresh sheet', () => {
    const after = applyEditToValues(TYPED, planScoredSheet(REPORT, card()));
    expect(scoredColumnsStart({ name: 'x', values: after })).toBe(11);
    expect(scoredColumnsStart({ name: 'x', values: TYPED })).toBeUndefined();
    expect(scoredColumnsStart({ name: 'x', values: after.map((r) => r.slice(2)), origin: { row: 1, col: 3 } })).toBe(11);
  });

  it('finds the headers however a later hand retyped them: case, marks dropped or decomposed, spaces', () => {
    const typings = [
      ['ĐIỂM THẨM ĐỊNH', 'điểm tối đa', 'CANH BAO', 'diễn giải'],
      ['  Diem tham dinh', 'Đie\u0302\u0309m to\u0302\u0301i đa', ' Cảnh  báo ', 'Di\u00ea\u0303n gia\u0309i:'],
    ];
    for (const headers of typings) {
      const values = [['Mã', 'Kết quả', null, ...headers]];
      expect(scoredColumnsStart({ name: 'x', values }), headers.join(' | ')).toBe(4);
    }
    expect(scoredColumnsStart({ name: 'x', values: [['Mã', 'Kết quả', null, 'Điểm thẩm định (cũ)', 'Điểm tối đa', 'Cảnh báo', 'Diễn giải']] })).toBeUndefined();
  });
});
