// What the council types in «Rà soát» besides a decision: a comment or a reviewer's name on a flag's row before the
// meeting decides it, a note right of the table, a line under it, a word above it, a comment on a follow-up row that
// has no decision yet. A run rewrites the sheet from what it reads; every such word is read, kept (on its flag's row,
// or copied under the tables with the cell it was typed in), said, and read back the same way run after run.
import { describe, expect, it } from 'vitest';
import { flagCodeOf } from '../../core/checks/titles.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { awaitsDecision } from '../../core/council/decision.js';
import { score } from '../../core/checks/run.js';
import type { CellValue } from '../../core/cell.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { decisionsSaid } from '../../core/run/decisions-said.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { ORPHANS_TITLE, planReview, REVIEW_HEADERS, REVIEW_STEP } from '../../core/workbook/plan-review.js';
import { readReviewDecisions } from '../../core/workbook/read-review.js';
import { NO_VOTES, type Nominee, type Vote, type VoteSheet } from '../../core/council/vote.js';
import { ASIDES_TITLE, planVotes, VOTE_HEADERS } from '../../core/workbook/plan-votes.js';
import { readVotes } from '../../core/workbook/read-votes.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });
const cards = ['Bản A', 'Bản B'].map((name) => score(set, makeReport({ sheet: name, unitName: name, unitKind: 'Thôn', rows: [['TL', '120%']] })));
const flagOf = (i: number) => cards[i]!.flags.find((f) => f.code === 'out-of-range')!;
const grid = (values: CellValue[][]): SheetGrid => ({ name: 'Rà soát', values });
const col = (name: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(name);
const rowFor = (values: CellValue[][], unit: string, step: string = REVIEW_STEP.first) =>
  values.find((r) => r[col('Đơn vị')] === unit && flagCodeOf(String(r[col('Cảnh báo')] ?? '')) === 'out-of-range' && String(r[col('Bước')] ?? '').startsWith(step))!;
const under = (values: CellValue[][]) => values.slice(values.findIndex((r) => r[0] === ORPHANS_TITLE) + 2).map((r) => [r[col('Nội dung')], r[col('Ý kiến')]]);

describe('words the council typed in «Rà soát» outside a decision', () => {
  it('keeps a comment or a reviewer typed before the decision on its flag’s row, undecided, not «chưa hiểu»', () => {
    const values = applyEditToValues([], planReview(cards));
    rowFor(values, 'Bản A')[col('Ý kiến')] = 'Cần xem lại minh chứng';
    rowFor(values, 'Bản B')[col('Người rà soát')] = 'Bà Lò Thị B';
    const read = readReviewDecisions(grid(values));
    expect(read.decisions).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.unread.map(awaitsDecision)).toEqual([true, true]);

    const again = applyEditToValues([], planReview(cards, read.decisions, read.unread));
    expect(rowFor(again, 'Bản A').slice(col('Bước'))).toEqual([REVIEW_STEP.first, '', '', '', 'Cần xem lại minh chứng']);
    expect(rowFor(again, 'Bản B').slice(col('Bước'))).toEqual([REVIEW_STEP.first, '', 'Bà Lò Thị B', '', '']);
    expect(decisionsSaid([], cards, read.unread, COUNCIL_SHEET_NAMES).map((l) => l.text)).toEqual([
      '2 cảnh báo Hội đồng đã ghi ý kiến, người rà soát hoặc ngày nhưng chưa ghi quyết định: giữ nguyên trong «Rà soát», tính là chưa quyết định.',
    ]);
    // Read back the same, run after run; decided later, the comment goes with the decision.
    expect(readReviewDecisions(grid(again)).unread).toEqual(read.unread);
    rowFor(again, 'Bản A')[col('Quyết định')] = 'Chấp nhận';
    expect(readReviewDecisions(grid(again)).decisions).toMatchObject([{ unitName: 'Bản A', decision: 'accept', comment: 'Cần xem lại minh chứng' }]);
  });

  it('copies a note right of the table, a line under it and a word above it under the tables, naming each cell, once', () => {
    const values = applyEditToValues([], planReview(cards));
    const a = values.indexOf(rowFor(values, 'Bản A'));
    values[a]![col('Ý kiến') + 1] = 'ghi chú riêng của Hội đồng';
    values[1]![2] = 'nháp';
    values.push([], ['Ghi chú cuối trang: họp ngày 20/11']);
    const last = values.length;
    const read = readReviewDecisions(grid(values));
    expect(read.problems.map((p) => p.cell)).toEqual(['C2', `M${a + 1}`, `A${last}`]);
    expect(read.problems[1]!.message).toBe(`«ghi chú riêng của Hội đồng» ghi ngoài các cột thidua ghi lại: chép nguyên văn xuống bảng «${ORPHANS_TITLE}» cuối trang để không mất, không áp cho cảnh báo nào`);

    const edit = planReview(cards, read.decisions, read.unread);
    const again = applyEditToValues([], edit);
    expect(under(again)).toEqual([
      ['(chưa ghi trang và cảnh báo)', 'nháp'],
      ['(chưa ghi trang và cảnh báo)', 'ghi chú riêng của Hội đồng'],
      ['(chưa ghi trang và cảnh báo)', 'Ghi chú cuối trang: họp ngày 20/11'],
    ]);
    expect(edit.notes?.map((n) => n.text)).toContain(`Chữ Hội đồng ghi ở ô M${a + 1} (ngoài các cột thidua ghi lại), chép vào đây để không mất; không áp cho cảnh báo nào.`);
    expect(decisionsSaid([], cards, read.unread, COUNCIL_SHEET_NAMES).map((l) => l.text)).toEqual([
      '3 dòng Hội đồng ghi không kèm trang và cảnh báo (kể cả chữ ghi ngoài bảng, chép xuống cuối trang): giữ nguyên chữ đã ghi trong «Rà soát», chưa áp cho cảnh báo nào.',
    ]);
    // Scored again: the same three rows, not copied a second time, each said at its row's «Ý kiến».
    const third = readReviewDecisions(grid(again));
    expect(third.problems.map((p) => p.message)).toEqual([
      'dòng ghi «nháp» không kèm trang và cảnh báo: không biết áp cho cảnh báo nào; đã giữ nguyên chữ đã ghi, chưa áp cho cảnh báo nào',
      'dòng ghi «ghi chú riêng của Hội đồng» không kèm trang và cảnh báo: không biết áp cho cảnh báo nào; đã giữ nguyên chữ đã ghi, chưa áp cho cảnh báo nào',
      'dòng ghi «Ghi chú cuối trang: họp ngày 20/11» không kèm trang và cảnh báo: không biết áp cho cảnh báo nào; đã giữ nguyên chữ đã ghi, chưa áp cho cảnh báo nào',
    ]);
    expect(under(applyEditToValues([], planReview(cards, third.decisions, third.unread)))).toEqual(under(again));
  });

  it('keeps a comment typed on the second decision’s row before the council decides it, and applies the first decision', () => {
    const asked: CouncilDecision = { sheet: 'Bản A', unitName: 'Bản A', flagCode: 'out-of-range', cell: flagOf(0).cell!, decision: 'explain', reviewer: 'Ông A', date: '2025-11-20', comment: '' };
    const values = applyEditToValues([], planReview(cards, [asked]));
    const second = rowFor(values, 'Bản A', REVIEW_STEP.second);
    second[col('Ý kiến')] = 'Chờ ý kiến Trưởng ban';
    const read = readReviewDecisions(grid(values));
    expect(read.decisions).toEqual([asked]);
    expect(read.problems.map((p) => p.cell)).toEqual([`L${values.indexOf(second) + 1}`]);
    expect(under(applyEditToValues([], planReview(cards, read.decisions, read.unread)))).toEqual([['(chưa ghi trang và cảnh báo)', 'Chờ ý kiến Trưởng ban']]);
  });

  it('finds nothing typed in a sheet as thidua wrote it, with or without flags', () => {
    for (const written of [planReview(cards), planReview([])]) {
      const read = readReviewDecisions(grid(applyEditToValues([], written)));
      expect([read.decisions, read.unread, read.problems]).toEqual([[], [], []]);
    }
  });
});

describe('words the council typed in «Biểu quyết» outside a tally', () => {
  const nominees: Nominee[] = ['Bản A', 'Bản B'].map((unitName) => ({ sheet: unitName, unitName, form: 'Giấy khen của Chủ tịch UBND xã' }));
  const vote = (h: (typeof VOTE_HEADERS)[number]) => VOTE_HEADERS.indexOf(h);
  const voteGrid = (values: CellValue[][]): SheetGrid => ({ name: 'Biểu quyết', values });
  const nomineeRow = (values: CellValue[][], unit: string) => values.find((r) => r[vote('Đơn vị')] === unit)!;

  it('keeps a note typed before the vote on its nominee’s row, not as a vote nor as one misread', () => {
    const values = applyEditToValues([], planVotes(nominees, NO_VOTES));
    nomineeRow(values, 'Bản B')[vote('Ghi chú')] = 'Xét lại sau khi có giải trình';
    const read = readVotes(voteGrid(values));
    expect([read.votes, read.problems]).toEqual([[], []]);
    const again = applyEditToValues([], planVotes(nominees, read));
    expect(nomineeRow(again, 'Bản B').slice(vote('Tổng số thành viên'))).toEqual([null, null, null, null, 'Xét lại sau khi có giải trình']);
    expect(readVotes(voteGrid(again)).held).toEqual(read.held);
  });

  /** The block under the tables as written: [number, words, cell] a line. */
  const asides = (values: CellValue[][]) => {
    const title = values.findIndex((r) => r[0] === ASIDES_TITLE);
    return title < 0 ? [] : values.slice(title + 2).filter((r) => r.some((v) => v !== null && v !== '')).map((r) => r.slice(0, 3));
  };

  it('copies each word typed right of the table, under it, among the meeting’s fields or on a blank row under the tables, saying it once at its cell', () => {
    const values = applyEditToValues([], planVotes(nominees, NO_VOTES));
    const b = values.indexOf(nomineeRow(values, 'Bản B'));
    values[b]![vote('Ghi chú') + 1] = 'hỏi ý kiến ông C';
    values[2]![6] = 'ghi nháp';
    values.push([], ['Thư ký ghi: họp lại ngày 25/11'], [null, 'Bà D xin vắng']);
    const read = readVotes(voteGrid(values));
    const last = values.length;
    expect(read.problems.map((p) => p.cell)).toEqual(['G3', `J${b + 1}`, `A${last - 1}`, `B${last}`]);
    expect(read.problems[1]!.message).toBe(`«hỏi ý kiến ông C» ghi ngoài các ô thidua đọc: chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết`);
    // Not a vote, not a nominee: the words alone, with where they were typed.
    expect([read.votes, read.held]).toEqual([[], []]);
    expect(read.asides).toEqual([
      { where: 'G3', text: 'ghi nháp' },
      { where: `J${b + 1}`, text: 'hỏi ý kiến ông C' },
      { where: `A${last - 1}`, text: 'Thư ký ghi: họp lại ngày 25/11' },
      { where: `B${last}`, text: 'Bà D xin vắng' },
    ]);

    // Written under the tables, word for word; read back as kept — nothing said, nothing copied twice — run after run.
    const again = applyEditToValues([], planVotes(nominees, read));
    expect(asides(again)).toEqual([
      [1, 'ghi nháp', 'G3'],
      [2, 'hỏi ý kiến ông C', `J${b + 1}`],
      [3, 'Thư ký ghi: họp lại ngày 25/11', `A${last - 1}`],
      [4, 'Bà D xin vắng', `B${last}`],
    ]);
    expect(again[b]![vote('Ghi chú') + 1]).toBeUndefined();
    const third = readVotes(voteGrid(again));
    expect([third.problems, third.votes, third.held]).toEqual([[], [], []]);
    expect(third.asides).toEqual(read.asides);
    expect(applyEditToValues([], planVotes(nominees, third))).toEqual(again);
  });

  it('keeps the council’s kept lines under the former votes too, adds a word typed beside one, and lets a line deleted go', () => {
    const former: Vote = { sheet: 'Bản Cũ', unitName: 'Bản Cũ', form: 'Giấy khen của Chủ tịch UBND xã', tally: { members: 9, present: 7, inFavour: 6 }, note: '' };
    const typed: VoteSheet = { ...NO_VOTES, votes: [former], asides: [{ where: 'J9', text: 'hỏi ý kiến ông C' }, { where: 'A21', text: 'họp lại ngày 25/11' }] };
    const values = applyEditToValues([], planVotes(nominees, typed));
    // Under the former nominees' table, not inside it.
    const title = values.findIndex((r) => r[0] === ASIDES_TITLE);
    expect(title).toBeGreaterThan(values.findIndex((r) => r[1] === 'Bản Cũ'));
    expect(readVotes(voteGrid(values))).toMatchObject({ problems: [], votes: [former], asides: typed.asides });
    // The council deletes the first line's words and types a word beside the second.
    values[title + 2]![1] = null;
    values[title + 3]![4] = 'đã báo ông C';
    const read = readVotes(voteGrid(values));
    expect(read.problems.map((p) => p.cell)).toEqual([`E${title + 4}`]);
    expect(read.asides).toEqual([{ where: 'A21', text: 'họp lại ngày 25/11' }, { where: `E${title + 4}`, text: 'đã báo ông C' }]);
    expect(asides(applyEditToValues([], planVotes(nominees, read)))).toEqual([
      [1, 'họp lại ngày 25/11', 'A21'],
      [2, 'đã báo ông C', `E${title + 4}`],
    ]);
    // Every line deleted: the block goes.
    const none = readVotes(voteGrid(applyEditToValues([], planVotes(nominees, { ...typed, asides: [] }))));
    expect(none.asides).toBeUndefined();
  });

  it('keeps a word typed in «Kết quả» that thidua does not write, and says a result of its own that no longer holds', () => {
    const values = applyEditToValues([], planVotes(nominees, NO_VOTES));
    const a = nomineeRow(values, 'Bản A');
    const b = nomineeRow(values, 'Bản B');
    // Bản A: 9/7/6 typed with «Không đạt» over thidua's result; Bản B: no vote yet, «Đề nghị Bằng khen» in «Kết quả».
    a.splice(vote('Tổng số thành viên'), 4, 9, 7, 6, 'Không đạt');
    b[vote('Kết quả')] = 'Đề nghị Bằng khen';
    const read = readVotes(voteGrid(values));
    const rowA = values.indexOf(a) + 1;
    const rowB = values.indexOf(b) + 1;
    expect(read.votes.map((v) => [v.unitName, v.tally])).toEqual([['Bản A', { members: 9, present: 7, inFavour: 6 }]]);
    expect(read.problems).toEqual([
      { cell: `H${rowA}`, message: '«Không đạt» ở cột «Kết quả» khác kết quả tính từ số đã ghi và điều kiện đạt: cột này do thidua ghi lại mỗi lần chấm, lần chấm này ghi «Đạt»' },
      { cell: `H${rowB}`, message: `«Đề nghị Bằng khen» ghi ngoài các ô thidua đọc: chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết` },
    ]);
    expect(read.asides).toEqual([{ where: `H${rowB}`, text: 'Đề nghị Bằng khen' }]);
    const again = applyEditToValues([], planVotes(nominees, read));
    expect(nomineeRow(again, 'Bản A')[vote('Kết quả')]).toBe('Đạt');
    expect(nomineeRow(again, 'Bản B')[vote('Kết quả')]).toBeNull();
    expect(readVotes(voteGrid(again)).problems).toEqual([]);
  });

  it('finds nothing typed in a sheet as thidua wrote it, with or without nominees, votes held or results', () => {
    const held: VoteSheet = { ...NO_VOTES, votes: [{ ...nominees[0]!, tally: { members: 9, present: 9, inFavour: 3 }, note: '' }], held: [{ ...nominees[1]!, members: '9', present: 'mười', inFavour: '', note: 'hỏi lại' }] };
    for (const written of [planVotes(nominees, NO_VOTES), planVotes([], NO_VOTES), planVotes(nominees, held), planVotes(nominees, { ...held, rule: undefined, typedRule: { share: 'hai phần ba', base: 'tổng số' } })]) {
      const read = readVotes(voteGrid(applyEditToValues([], written)));
      // Only the cells held as typed are said (a count not read, a rule not read), never thidua's own words.
      expect(read.problems.filter((p) => /ngoài các ô|cột «Kết quả»/.test(p.message))).toEqual([]);
      expect(read.asides).toBeUndefined();
    }
  });
});
