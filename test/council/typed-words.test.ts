// The council's words as it typed them: a decision word in «Rà soát» («Đồng ý», «Yêu cầu giải trình», «không đồng ý»)
// applies as its decision and is written back as typed, run after run — thidua's own word only where the council has
// none (a decision taken on a face) or where the word no longer says the decision; the words kept beside «Biểu quyết»
// go on when two files of the council's work are read together.
import { describe, expect, it } from 'vitest';
import { flagCodeOf } from '../../core/checks/titles.js';
import { score } from '../../core/checks/run.js';
import type { CellValue } from '../../core/cell.js';
import { takeReviewStep, type CouncilDecision } from '../../core/council/decision.js';
import { NO_VOTES } from '../../core/council/vote.js';
import { councilWork } from '../../core/run/council-work.js';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { decisionWord, planReview, REVIEW_HEADERS, REVIEW_STEP } from '../../core/workbook/plan-review.js';
import { readReviewDecisions } from '../../core/workbook/read-review.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });
const cards = ['Bản A', 'Bản B', 'Bản C'].map((name) => score(set, makeReport({ sheet: name, unitName: name, unitKind: 'Thôn', rows: [['TL', '120%']] })));
const col = (name: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(name);
const rowFor = (values: CellValue[][], unit: string, step: string = REVIEW_STEP.first) =>
  values.find((r) => r[col('Đơn vị')] === unit && flagCodeOf(String(r[col('Cảnh báo')] ?? '')) === 'out-of-range' && String(r[col('Bước')] ?? '').startsWith(step))!;
const grid = (values: CellValue[][]) => ({ name: 'Rà soát', values });
const decide = (row: CellValue[], word: string) => {
  row[col('Quyết định')] = word;
  row[col('Người rà soát')] = 'Lò Văn Thành';
  row[col('Ngày')] = '20/11/2025';
};

describe('decision words in «Rà soát» as the council typed them', () => {
  it('applies «Đồng ý», «Yêu cầu giải trình», «không đồng ý» as their decisions and writes each back as typed, run after run', () => {
    const values = applyEditToValues([], planReview(cards));
    decide(rowFor(values, 'Bản A'), 'Đồng ý');
    decide(rowFor(values, 'Bản B'), 'Yêu cầu giải trình');
    decide(rowFor(values, 'Bản C'), 'Chấp nhận');
    const read = readReviewDecisions(grid(values));
    expect(read.problems).toEqual([]);
    expect(read.decisions.map((d) => [d.unitName, d.decision, d.typed])).toEqual([
      ['Bản A', 'accept', 'Đồng ý'],
      ['Bản B', 'explain', 'Yêu cầu giải trình'],
      // thidua's own word keeps no word of its own.
      ['Bản C', 'accept', undefined],
    ]);

    // Written again: each word as typed. Then the unit explains and the council decides again, «không đồng ý».
    const again = applyEditToValues([], planReview(cards, read.decisions));
    expect(['Bản A', 'Bản B', 'Bản C'].map((u) => rowFor(again, u).slice(col('Bước'), col('Người rà soát') + 1))).toEqual([
      [REVIEW_STEP.first, 'Đồng ý', 'Lò Văn Thành'],
      [`${REVIEW_STEP.first} · chờ giải trình`, 'Yêu cầu giải trình', 'Lò Văn Thành'],
      [REVIEW_STEP.first, 'Chấp nhận', 'Lò Văn Thành'],
    ]);
    rowFor(again, 'Bản B', REVIEW_STEP.explanation)[col('Ý kiến')] = 'Số liệu đã sửa theo sổ theo dõi';
    decide(rowFor(again, 'Bản B', REVIEW_STEP.second), 'không đồng ý');
    const second = readReviewDecisions(grid(again));
    expect(second.decisions.find((d) => d.unitName === 'Bản B')).toMatchObject({ decision: 'explain', typed: 'Yêu cầu giải trình', second: { decision: 'reject', typed: 'không đồng ý' } });

    const third = applyEditToValues([], planReview(cards, second.decisions));
    expect(rowFor(third, 'Bản B', REVIEW_STEP.second)[col('Quyết định')]).toBe('không đồng ý');
    expect(rowFor(third, 'Bản B')[col('Quyết định')]).toBe('Yêu cầu giải trình');
    // Read back the same: nothing rewritten, nothing said.
    const fourth = readReviewDecisions(grid(third));
    expect([fourth.decisions, fourth.problems]).toEqual([second.decisions, []]);
    expect(applyEditToValues([], planReview(cards, fourth.decisions))).toEqual(third);
  });

  it('shows thidua’s word for a decision taken on a face, and where the word typed no longer says the decision', () => {
    expect(decisionWord('accept', 'Đồng ý')).toBe('Đồng ý');
    expect(decisionWord('accept', undefined)).toBe('Chấp nhận');
    expect(decisionWord('reject', 'Đồng ý')).toBe('Bác số liệu');
    // The pane or the page takes the first decision again: its own decision, without the word typed before.
    const typed: CouncilDecision = { sheet: 'Bản A', unitName: 'Bản A', flagCode: 'out-of-range', decision: 'accept', typed: 'Đồng ý', reviewer: 'Lò Văn Thành', date: '2025-11-20', comment: '' };
    const retaken = takeReviewStep(typed, typed, { kind: 'decision', decision: 'reject', reviewer: 'Lò Văn Thành', date: '2025-11-21', comment: 'Không có minh chứng' });
    expect(decisionWord(retaken.decision, retaken.typed)).toBe('Bác số liệu');
  });
});

describe('words kept beside «Biểu quyết» in two files of the council’s work', () => {
  const summary = (asides: { where: string; text: string }[]): PreviousSummary =>
    ({ review: { decisions: [], unread: [] }, votes: { ...NO_VOTES, ...(asides.length > 0 ? { asides } : {}) }, council: {}, added: [] }) as unknown as PreviousSummary;

  it('keeps every line of either, a line both hold alike once', () => {
    const both = { where: 'J9', text: 'hỏi ý kiến ông C' };
    const work = councilWork({ name: 'kq/tong-hop.xlsx', summary: summary([both, { where: 'A21', text: 'họp lại ngày 25/11' }]) }, { name: 'gui-lai.xlsx', summary: summary([both, { where: 'G3', text: 'nháp' }]) });
    expect(work.conflicts).toEqual([]);
    expect(work.votes.asides).toEqual([both, { where: 'A21', text: 'họp lại ngày 25/11' }, { where: 'G3', text: 'nháp' }]);
    expect(councilWork({ name: 'a', summary: summary([]) }, { name: 'b', summary: summary([]) }).votes.asides).toBeUndefined();
  });
});

describe('a flag’s review in two files of the council’s work', () => {
  const asked: CouncilDecision = { sheet: 'Bản A', unitName: 'Bản A', flagCode: 'out-of-range', cell: 'C5', decision: 'explain', reviewer: 'Lò Văn Thành', date: '2025-11-20', comment: '' };
  const summary = (decisions: CouncilDecision[], unread: PreviousSummary['review']['unread'] = []): PreviousSummary =>
    ({ review: { decisions, unread }, reviewAt: { x: { sheet: 'Rà soát', cell: 'I5' } }, votes: NO_VOTES, council: {}, added: [] }) as unknown as PreviousSummary;

  it('joins a later step only one file holds, and stops on a step both hold differently or a flag held as typed in one', () => {
    const explained = { ...asked, explanation: { text: 'Số liệu theo biên bản', by: 'Bản A', date: '' } };
    expect(councilWork({ name: 'kq/tong-hop.xlsx', summary: summary([asked]) }, { name: 'gui-lai.xlsx', summary: summary([explained]) }).conflicts).toEqual([]);
    const second = { ...explained, second: { decision: 'accept' as const, reviewer: 'Lò Văn Thành', date: '2025-11-25', comment: '' } };
    const rejected = { ...second, second: { ...second.second, decision: 'reject' as const } };
    expect(councilWork({ name: 'kq/tong-hop.xlsx', summary: summary([second]) }, { name: 'gui-lai.xlsx', summary: summary([rejected]) }).conflicts).toEqual([
      'Quyết định về cảnh báo «Số liệu ngoài phạm vi» ô C5 của Bản A (trang «Bản A»): kq/tong-hop.xlsx ghi «Giải trình», Lò Văn Thành, 20/11/2025; giải trình «Số liệu theo biên bản»; lần 2 «Chấp nhận», Lò Văn Thành, 25/11/2025 (trang «Rà soát»), gui-lai.xlsx ghi «Giải trình», Lò Văn Thành, 20/11/2025; giải trình «Số liệu theo biên bản»; lần 2 «Bác số liệu», Lò Văn Thành, 25/11/2025 (trang «Rà soát»).',
    ]);
    // A note in the council's own column, typed otherwise in each file: a conflict, never one of them kept.
    const noted = (text: string, at: string): PreviousSummary =>
      ({ ...summary([asked]), kept: { review: { formulas: {}, columns: [{ header: 'Ghi chú riêng', after: 'Nội dung', cells: { k: { value: text, at, row: 'Bản A — cảnh báo «Số liệu ngoài phạm vi» ô C5, «Lần 1»' } } }] } } }) as PreviousSummary;
    expect(councilWork({ name: 'kq/tong-hop.xlsx', summary: noted('đã gọi', 'H5') }, { name: 'gui-lai.xlsx', summary: noted('chưa gọi', 'H7') }).conflicts).toEqual([
      'Trang «Rà soát», cột «Ghi chú riêng», dòng Bản A — cảnh báo «Số liệu ngoài phạm vi» ô C5, «Lần 1»: kq/tong-hop.xlsx ghi «đã gọi» (ô H5), gui-lai.xlsx ghi «chưa gọi» (ô H7).',
    ]);
    expect(councilWork({ name: 'kq/tong-hop.xlsx', summary: noted('đã gọi', 'H5') }, { name: 'gui-lai.xlsx', summary: noted('đã gọi', 'H7') }).conflicts).toEqual([]);
    const held = { sheet: 'Bản A', unitName: 'Bản A', flagCode: 'out-of-range', cell: 'C5', first: { decision: 'xem sau', reviewer: '', date: '', comment: '', notes: [] } };
    expect(councilWork({ name: 'kq/tong-hop.xlsx', summary: summary([], [held]) }, { name: 'gui-lai.xlsx', summary: summary([asked]) }).conflicts).toEqual([
      'Quyết định về cảnh báo «Số liệu ngoài phạm vi» ô C5 của Bản A (trang «Bản A»): kq/tong-hop.xlsx ghi «xem sau» (chưa đọc được) (trang «Rà soát»), gui-lai.xlsx ghi «Giải trình», Lò Văn Thành, 20/11/2025 (trang «Rà soát»).',
    ]);
  });
});
