import { describe, expect, it } from 'vitest';
import { flagCodeOf, flagTitle } from '../../core/checks/titles.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import type { AwardProposal, Ranking } from '../../core/ranking/schema.js';
import type { CellValue } from '../../core/cell.js';
import { parseAddress } from '../../core/text.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { planReview, REVIEW_HEADER_ROW, REVIEW_HEADERS } from '../../core/workbook/plan-review.js';
import { planSummary, planSummarySheets, RANKING_HEADERS } from '../../core/workbook/plan-summary.js';
import { card, SET } from './fixtures.js';

const HUA_CA = card();
const UBND = card({ sheet: 'UBND xã', file: 'ubnd.xlsx', unitName: 'UBND xã Ta Ma', unitKind: 'co-quan', total: 33, percent: 94.29, flags: [] });
const TRUONG = card({ sheet: 'Trường TH', unitName: 'Trường Tiểu học Ta Ma', unitKind: 'co-quan', total: 30, percent: 85.71, flags: HUA_CA.flags.slice(0, 1) });

const RANKING: Ranking = [
  {
    kind: 'co-quan',
    kindLabel: 'Cơ quan',
    entries: [
      { rank: 1, sheet: 'UBND xã', file: 'ubnd.xlsx', unitName: 'UBND xã Ta Ma', unitKind: 'co-quan', total: 33, percent: 94.29, classification: 'Tốt' },
      { rank: 2, sheet: 'Trường TH', unitName: 'Trường Tiểu học Ta Ma', unitKind: 'co-quan', total: 30, percent: 85.71, classification: 'Tốt' },
    ],
  },
  { kind: 'ban', kindLabel: 'Bản', entries: [{ rank: 1, sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', unitKind: 'ban', total: 20, percent: 57.14, classification: null }] },
];
const PROPOSALS: AwardProposal[] = [
  { form: 'giay-khen', formLabel: 'Giấy khen của Chủ tịch UBND xã', sheet: 'UBND xã', unitName: 'UBND xã Ta Ma', unitKind: 'co-quan', proposed: true, eligible: false, reason: 'Xếp loại Tốt, trong chỉ tiêu.' },
  { form: 'giay-khen', formLabel: 'Giấy khen của Chủ tịch UBND xã', sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', unitKind: 'ban', proposed: false, eligible: false, reason: 'Xếp loại Chưa đạt.' },
];

function cellOf(values: CellValue[][], address: string): CellValue {
  const at = parseAddress(address)!;
  return values[at.row - 1]?.[at.col - 1] ?? null;
}

/** The rows following the one whose column A is `firstHeader`, up to the next blank row. */
function table(values: CellValue[][], firstHeader: string): CellValue[][] {
  const start = values.findIndex((r) => r[0] === firstHeader);
  const rows: CellValue[][] = [];
  for (let i = start; i < values.length && values[i]!.some((v) => v !== null); i++) rows.push(values[i]!);
  return rows;
}

describe('planSummary', () => {
  const sheets = planSummarySheets(SET, [HUA_CA, UBND, TRUONG], RANKING, PROPOSALS, { date: '2025-11-27' });
  const edit = sheets[0]!;
  const values = applyEditToValues([], edit);

  it('replaces `Tổng hợp`, printed A4 landscape, with title, set and date, and says where the other tables are', () => {
    expect(edit).toMatchObject({ sheet: 'Tổng hợp', mode: 'replace', print: { orientation: 'landscape', fitToWidth: true } });
    expect(values[0]![0]).toBe('TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ');
    expect(values[1]![0]).toBe('Bộ tiêu chí: Bộ tiêu chí thử (phiên bản 1)');
    expect(values[3]![0]).toBe('Căn cứ: Kế hoạch số 01/KH-UBND');
    expect(values[4]![0]).toBe('Ngày lập: 27/11/2025 · Số đơn vị được chấm: 3');
    expect(values[5]![0]).toBe('Xem thêm: đề xuất khen thưởng ở trang «Đề xuất khen thưởng».');
    expect(edit.print?.footer).toBe('&A — Trang &P');
    expect(sheets.map((s) => s.sheet)).toEqual(['Tổng hợp', 'Đề xuất khen thưởng']);
  });

  it('ranks in one table under one header, a row opening each subject kind, the header repeated on each page by print titles', () => {
    const headerRows = values.flatMap((r, i) => (r[0] === 'Hạng' ? [i] : []));
    expect(headerRows).toHaveLength(1);
    const at = headerRows[0]!;
    expect(values[at]!.slice(0, 8)).toEqual([...RANKING_HEADERS]);
    expect(values.slice(at + 1, at + 6).map((r) => r.slice(0, 8))).toEqual([
      ['Xếp hạng — Cơ quan', null, null, null, null, null, null, null],
      [1, 'UBND xã Ta Ma', 'Cơ quan', 33, 35, 94.29, 'Tốt', 0],
      [2, 'Trường Tiểu học Ta Ma', 'Cơ quan', 30, 35, 85.71, 'Tốt', 1],
      ['Xếp hạng — Bản', null, null, null, null, null, null, null],
      [1, 'Bản Hua Ca', 'Bản', 20, 35, 57.14, 'Chưa xếp loại', 5],
    ]);
    expect(edit.print?.titleRows).toBe(`$${at + 1}:$${at + 1}`);
    expect(edit.print?.breaksBefore).toBeUndefined();
  });

  it('«Điểm tối đa» and «Lý do» each have a column of their own', () => {
    // Tổng hợp's column E is the maximum alone, sized for a number; the reasons are on the proposals' sheet.
    expect(values.flat()).not.toContain('Lý do');
    expect(edit.columnWidths!.find((c) => c.column === 'E')!.width).toBeLessThan(20);
    expect(applyEditToValues([], sheets[1]!).flat()).not.toContain('Điểm tối đa');
  });

  it('lists award proposals with Có/Không and the reason, on their own sheet under one header repeated by print titles', () => {
    const proposals = sheets[1]!;
    const rows = applyEditToValues([], proposals);
    expect(table(rows, 'STT').map((r) => r.slice(0, 5))).toEqual([
      ['STT', 'Hình thức', 'Đơn vị', 'Đề xuất', 'Lý do'],
      [1, 'Giấy khen của Chủ tịch UBND xã', 'UBND xã Ta Ma', 'Có', 'Xếp loại Tốt, trong chỉ tiêu.'],
      [2, 'Giấy khen của Chủ tịch UBND xã', 'Bản Hua Ca', 'Không', 'Xếp loại Chưa đạt.'],
    ]);
    expect(rows.filter((r) => r[0] === 'STT')).toHaveLength(1);
    expect(proposals.print?.titleRows).toBe(`$${rows.findIndex((r) => r[0] === 'STT') + 1}:$${rows.findIndex((r) => r[0] === 'STT') + 1}`);
  });

  it('lists what was left out on a sheet of its own, named from «Tổng hợp»', () => {
    const left = planSummarySheets(SET, [HUA_CA], [], [], { date: '2025-11-27', omitted: [{ what: 'bao-cao/cong-van.docx', why: 'không phải sổ tính .xlsx' }] });
    expect(left.map((s) => s.sheet)).toEqual(['Tổng hợp', 'Đề xuất khen thưởng', 'Không chấm, không xếp hạng']);
    expect(applyEditToValues([], left[0]!)[4]![0]).toBe('Ngày lập: 27/11/2025 · Số đơn vị được chấm: 1 · Không chấm hay không xếp hạng: 1 (xem trang «Không chấm, không xếp hạng»)');
    expect(table(applyEditToValues([], left[2]!), 'STT')).toEqual([
      ['STT', 'Tệp, trang hay đơn vị', 'Lý do'],
      [1, 'bao-cao/cong-van.docx', 'không phải sổ tính .xlsx'],
    ]);
  });

  it('points the chart at every unit name and its percentage, in ranking order', () => {
    const { categories, values: series } = edit.chart!;
    const [from, to] = categories.split(':');
    const names = [];
    const percents = [];
    for (let r = parseAddress(from!)!.row; r <= parseAddress(to!)!.row; r++) {
      names.push(cellOf(values, `B${r}`));
      percents.push(cellOf(values, `${series[0]}${r}`));
    }
    expect(names).toEqual(['UBND xã Ta Ma', 'Trường Tiểu học Ta Ma', 'Bản Hua Ca']);
    expect(percents).toEqual([94.29, 85.71, 57.14]);
  });

  it('draws no chart when no unit is ranked (every report «Chưa nộp»): its ranges would hold the header alone', () => {
    expect(edit.chart).toBeDefined();
    expect(planSummary(SET, [HUA_CA], [], { date: '2025-11-27' })[0]!.chart).toBeUndefined();
  });

  it('says so when nothing was scored, without a chart', () => {
    const empty = planSummary(SET, [], [], { date: '2025-11-27' })[0]!;
    expect(empty.chart).toBeUndefined();
    expect(applyEditToValues([], empty).flat()).toContain('Không có đơn vị nào được chấm.');
  });

  it('keeps every block rectangular, formats the same shape as values', () => {
    for (const b of sheets.flatMap((s) => s.blocks)) {
      const width = b.values[0]!.length;
      expect(b.values.every((r) => r.length === width)).toBe(true);
      if (b.cellFormats) expect(b.cellFormats.map((r) => r.length)).toEqual(b.values.map((r) => r.length));
    }
  });
});

describe('planReview', () => {
  const decisions: CouncilDecision[] = [
    { sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', flagCode: 'numerator-exceeds-denominator', cell: 'E9', decision: 'reject', reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Mẫu số sai' },
    { sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', flagCode: 'criterion-missing', decision: 'explain', reviewer: 'Quàng Thị Lan', date: '2025-11-21', comment: '' },
    // Same code and cell but another sheet: must not match.
    { sheet: 'Trường TH', unitName: 'Trường Tiểu học Ta Ma', flagCode: 'evidence-missing', cell: 'G9', decision: 'accept', reviewer: 'X', date: '', comment: '' },
  ];
  const edit = planReview([HUA_CA, UBND], decisions);
  const values = applyEditToValues([], edit);
  const rows = table(values, 'STT');

  it('has one row per flag with unit, sheet, cell, flag title (never its code), severity and message', () => {
    expect(edit).toMatchObject({ sheet: 'Rà soát', mode: 'replace', freeze: { rows: REVIEW_HEADER_ROW, columns: 0 } });
    expect(rows[0]).toEqual([...REVIEW_HEADERS]);
    // Every flag a row, and the flag the council asked to explain two more: the unit's answer and the second decision.
    expect(rows).toHaveLength(1 + HUA_CA.flags.length + 2);
    expect(rows[1]!.slice(0, 7)).toEqual([1, 'Bản Hua Ca', 'Bản Hua Ca', 'D8', flagTitle('out-of-range'), 'Cảnh báo', 'Kết quả 105% ở ô D8 vượt 100%.']);
  });

  it('pre-fills decisions matched by sheet, flag code and cell', () => {
    const firsts = rows.slice(1).filter((r) => r[0] !== null && r[0] !== '');
    const byCode = new Map(firsts.map((r) => [flagCodeOf(String(r[4])), r.slice(7)]));
    expect(byCode.get('numerator-exceeds-denominator')).toEqual(['Lần 1', 'Bác số liệu', 'Lò Văn Minh', '20/11/2025', 'Mẫu số sai']);
    expect(byCode.get('criterion-missing')).toEqual(['Lần 1 · chờ giải trình', 'Giải trình', 'Quàng Thị Lan', '21/11/2025', '']);
    expect(byCode.get('evidence-missing')).toEqual(['Lần 1', '', '', '', '']);
    const steps = rows.filter((r) => flagCodeOf(String(r[4])) === 'criterion-missing').map((r) => r[7]);
    expect(steps).toEqual(['Lần 1 · chờ giải trình', 'Giải trình của đơn vị', 'Quyết định lần 2']);
  });

  it('says so when there is no flag', () => {
    const none = applyEditToValues([], planReview([UBND]));
    expect(table(none, 'STT')[1]![1]).toBe('Không có cảnh báo nào.');
  });
});
