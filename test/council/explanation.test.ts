// The council's trail on one flag: «Giải trình» asked, the unit's answer typed under it, the second decision typed
// under that — written by planReview, typed as an officer would, read back by readReviewDecisions, carried through
// a re-run and merged with a unit's returned sheet without losing a step.
import { describe, expect, it } from 'vitest';
import { describeReviewStates, finalDecision, reviewState, type CouncilDecision } from '../../core/council/decision.js';
import { combineDecisions } from '../../core/council/merge.js';
import { readReviewDecisions } from '../../core/workbook/read-review.js';
import { flagCodeOf } from '../../core/checks/titles.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import { planReview, REVIEW_HEADERS, REVIEW_STEP } from '../../core/workbook/plan-review.js';
import { score } from '../../core/checks/run.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';

const set = makeSet({ criteria: [criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });
// 120% on a rate: an out-of-range flag on the figure.
const card = score(set, makeReport({ sheet: 'Bản A', unitName: 'Bản A', unitKind: 'Thôn', rows: [['TL', '120%']] }));
const flag = card.flags.find((f) => f.code === 'out-of-range')!;
const asked: CouncilDecision = { sheet: 'Bản A', unitName: 'Bản A', flagCode: flag.code, ...(flag.cell ? { cell: flag.cell } : {}), decision: 'explain', reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Đề nghị nêu rõ mẫu số' };

const grid = (values: CellValue[][]): SheetGrid => ({ name: 'Rà soát', values });
const col = (name: string) => REVIEW_HEADERS.indexOf(name as (typeof REVIEW_HEADERS)[number]);
const rowOf = (values: CellValue[][], step: string) => values.find((r) => flagCodeOf(String(r[col('Cảnh báo')] ?? '')) === flag.code && String(r[col('Bước')] ?? '').startsWith(step))!;

describe('explanation and second review (giải trình, quyết định lần 2)', () => {
  it('asks for the explanation on the sheet, reads the typed answer and second decision back, and keeps them on a re-run', () => {
    const values = applyEditToValues([], planReview([card], [asked]));
    expect(rowOf(values, REVIEW_STEP.first)[col('Bước')]).toBe('Lần 1 · chờ giải trình');
    // The unit types its answer, the council its second decision, as officers would: in the rows thidua left for them.
    const answer = rowOf(values, REVIEW_STEP.explanation);
    answer[col('Ý kiến')] = 'Mẫu số là số hồ sơ tiếp nhận trực tuyến, đã sửa';
    answer[col('Người rà soát')] = 'Trưởng bản Lò Văn A';
    answer[col('Ngày')] = '25/11/2025';
    const second = rowOf(values, REVIEW_STEP.second);
    second[col('Quyết định')] = 'chấp nhận';
    second[col('Người rà soát')] = 'Lò Văn Minh';
    second[col('Ngày')] = '28/11/2025';
    second[col('Ý kiến')] = 'Giải trình hợp lý';

    const read = readReviewDecisions(grid(values));
    expect(read.problems).toEqual([]);
    expect(read.decisions).toHaveLength(1);
    const d = read.decisions[0]!;
    expect(d).toMatchObject({ decision: 'explain', comment: 'Đề nghị nêu rõ mẫu số', explanation: { text: 'Mẫu số là số hồ sơ tiếp nhận trực tuyến, đã sửa', by: 'Trưởng bản Lò Văn A', date: '2025-11-25' }, second: { decision: 'accept', reviewer: 'Lò Văn Minh', date: '2025-11-28', comment: 'Giải trình hợp lý' } });
    expect(finalDecision(d)).toBe('accept');
    expect(reviewState(d)).toBe('decided-twice');

    // Scored again: the sheet is rewritten from the decisions read, every step still there.
    const again = applyEditToValues([], planReview([card], read.decisions));
    expect(rowOf(again, REVIEW_STEP.first)[col('Bước')]).toBe('Lần 1 · đã quyết định lần 2');
    expect(rowOf(again, REVIEW_STEP.explanation)[col('Ý kiến')]).toBe('Mẫu số là số hồ sơ tiếp nhận trực tuyến, đã sửa');
    // The second decision's word as the council typed it («chấp nhận»), not thidua's «Chấp nhận».
    expect(rowOf(again, REVIEW_STEP.second).slice(col('Quyết định'))).toEqual(['chấp nhận', 'Lò Văn Minh', '28/11/2025', 'Giải trình hợp lý']);
  });

  it('reads back a sheet written while the second decision is awaited (its first row says «chờ quyết định lần 2»)', () => {
    const explained = { ...asked, explanation: { text: 'Đã sửa mẫu số', by: 'Bản A', date: '2025-11-25' } };
    const values = applyEditToValues([], planReview([card], [explained]));
    expect(rowOf(values, REVIEW_STEP.first)[col('Bước')]).toBe('Lần 1 · đã giải trình, chờ quyết định lần 2');
    const read = readReviewDecisions(grid(values));
    expect(read.problems).toEqual([]);
    expect(read.decisions).toEqual([explained]);
  });

  it("merges the unit's returned sheet (its answer) with the council's (the first review) without losing either", () => {
    const explained = { ...asked, explanation: { text: 'Đã sửa mẫu số', by: 'Bản A', date: '2025-11-25' } };
    const council = [asked];
    const merged = combineDecisions(council, [explained]);
    expect(merged).toHaveLength(1);
    expect(reviewState(merged[0]!)).toBe('explained');
    // And the council's later second decision survives a merge with the unit's older sheet.
    const decided = combineDecisions([{ ...explained, second: { decision: 'reject', reviewer: 'HĐ', date: '2025-11-28', comment: '' } }], [explained]);
    expect(finalDecision(decided[0]!)).toBe('reject');
    expect(describeReviewStates([asked, explained, decided[0]!])).toBe('1 chờ giải trình, 1 đã giải trình, chờ quyết định lần 2, 1 đã quyết định lần 2');
  });

  it('names a second decision typed with no first review above it, by its cell', () => {
    const values = applyEditToValues([], planReview([card], []));
    const header = values.findIndex((r) => r[0] === 'STT');
    const orphan: CellValue[] = [...values[header + 1]!];
    orphan[col('Bước')] = REVIEW_STEP.second;
    orphan[col('Quyết định')] = 'Bác số liệu';
    const read = readReviewDecisions(grid([...values, orphan]));
    expect(read.decisions).toEqual([]);
    expect(read.problems).toEqual([{ cell: `I${values.length + 1}`, message: expect.stringContaining('không có quyết định lần 1') }]);
  });
});
