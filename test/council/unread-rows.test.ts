// A flag's «Rà soát» rows the council typed with a word or a date thidua cannot read: never applied (the flag counts as
// not yet decided), never lost — written back as typed, each cell not understood noted — and read back the same way,
// so scoring again and again keeps the text once. Through the planner and reader, and through a scored workbook (the
// path of the task pane and of every scored copy).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import { combineReviews } from '../../core/council/merge.js';
import { flagCodeOf, flagTitle } from '../../core/checks/titles.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { planReview, REVIEW_HEADERS, REVIEW_SHEET, REVIEW_STEP } from '../../core/workbook/plan-review.js';
import { readReviewDecisions } from '../../core/workbook/read-review.js';
import { score } from '../../core/checks/run.js';
import { decisionsSaid } from '../../core/run/decisions-said.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';
import { goodHamlet, reportWorkbook } from '../cli/helpers.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

const set = makeSet({ criteria: [criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } })] });
const card = score(set, makeReport({ sheet: 'Bản A', unitName: 'Bản A', unitKind: 'Thôn', rows: [['TL', '120%']] }));
const flag = card.flags.find((f) => f.code === 'out-of-range')!;
const asked: CouncilDecision = { sheet: 'Bản A', unitName: 'Bản A', flagCode: flag.code, cell: flag.cell!, decision: 'explain', reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Đề nghị nêu rõ mẫu số', explanation: { text: 'Đã sửa mẫu số', by: 'Trưởng bản', date: '2025-11-25' } };

const grid = (values: CellValue[][]): SheetGrid => ({ name: 'Rà soát', values });
const col = (name: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(name);
const rowsOf = (values: CellValue[][]) => values.filter((r) => flagCodeOf(String(r[col('Cảnh báo')] ?? '')) === flag.code);
const rowOf = (values: CellValue[][], step: string) => rowsOf(values).find((r) => String(r[col('Bước')] ?? '').startsWith(step))!;
const typedOf = (r: CellValue[]) => r.slice(col('Bước'));

describe('rows thidua cannot read, kept as typed', () => {
  it('holds a second decision «xem sau» with an unreadable date, the explanation above it, and writes them back once, noted, run after run', () => {
    const values = applyEditToValues([], planReview([card], [asked]));
    const second = rowOf(values, REVIEW_STEP.second);
    second[col('Quyết định')] = 'xem sau';
    second[col('Người rà soát')] = 'Lò Văn Minh';
    second[col('Ngày')] = '31/02/2025';
    second[col('Ý kiến')] = 'Chờ họp';
    const at = values.indexOf(second) + 1;

    const read = readReviewDecisions(grid(values));
    // Not applied: the flag is not decided (not even «Giải trình»), and each cell not understood is named.
    expect(read.decisions).toEqual([]);
    expect(read.problems).toEqual([
      { cell: `K${at}`, message: 'không hiểu ngày «31/02/2025» (ghi ngày dd/mm/yyyy); đã giữ nguyên chữ đã ghi, cảnh báo này tính là chưa quyết định' },
      { cell: `I${at}`, message: 'không hiểu quyết định «xem sau» (ghi Chấp nhận, Giải trình hoặc Bác số liệu); đã giữ nguyên chữ đã ghi, cảnh báo này tính là chưa quyết định' },
    ]);
    expect(read.unread).toHaveLength(1);

    const edit = planReview([card], read.decisions, read.unread);
    const again = applyEditToValues([], edit);
    expect(rowsOf(again).map(typedOf)).toEqual([
      ['Lần 1 · chưa hiểu, chưa quyết định', 'Giải trình', 'Lò Văn Minh', '20/11/2025', 'Đề nghị nêu rõ mẫu số'],
      [REVIEW_STEP.explanation, '', 'Trưởng bản', '25/11/2025', 'Đã sửa mẫu số'],
      [REVIEW_STEP.second, 'xem sau', 'Lò Văn Minh', '31/02/2025', 'Chờ họp'],
    ]);
    const secondAt = again.indexOf(rowOf(again, REVIEW_STEP.second)) + 1;
    expect(edit.notes).toEqual([
      { address: `K${secondAt}`, text: 'Chưa hiểu ngày «31/02/2025»: hãy ghi ngày dd/mm/yyyy. Cảnh báo này tính là chưa quyết định.' },
      { address: `I${secondAt}`, text: 'Chưa hiểu quyết định «xem sau»: hãy ghi Chấp nhận, Giải trình hoặc Bác số liệu. Cảnh báo này tính là chưa quyết định.' },
    ]);

    // Read back the same way: the same rows, held again, once.
    const third = readReviewDecisions(grid(again));
    expect(third.decisions).toEqual([]);
    expect(third.unread).toEqual(read.unread);
    expect(rowsOf(applyEditToValues([], planReview([card], third.decisions, third.unread))).map(typedOf)).toEqual(rowsOf(again).map(typedOf));

    // Written so it reads, the trail is the council's again, every step kept.
    const fixed = rowOf(again, REVIEW_STEP.second);
    fixed[col('Quyết định')] = 'Chấp nhận';
    fixed[col('Ngày')] = '28/02/2025';
    const decided = readReviewDecisions(grid(again));
    expect(decided.unread).toEqual([]);
    expect(decided.decisions).toEqual([{ ...asked, second: { decision: 'accept', reviewer: 'Lò Văn Minh', date: '2025-02-28', comment: 'Chờ họp' } }]);
  });

  it('holds a readable word beside an unreadable date: the flag stays undecided, the date as typed', () => {
    const values = applyEditToValues([], planReview([card]));
    const first = rowOf(values, REVIEW_STEP.first);
    first[col('Quyết định')] = 'Bác số liệu';
    first[col('Ngày')] = 'tuần sau';
    const read = readReviewDecisions(grid(values));
    expect(read.decisions).toEqual([]);
    expect(read.problems.map((p) => p.message)).toEqual([expect.stringContaining('không hiểu ngày «tuần sau»')]);
    expect(typedOf(rowOf(applyEditToValues([], planReview([card], [], read.unread)), REVIEW_STEP.first))).toEqual(['Lần 1 · chưa hiểu, chưa quyết định', 'Bác số liệu', '', 'tuần sau', '']);
    // The unit's card is scored as if the council had not decided: the figure keeps its points.
    expect(score(set, makeReport({ sheet: 'Bản A', unitName: 'Bản A', unitKind: 'Thôn', rows: [['TL', '120%']] }), { decisions: read.decisions }).total).toBe(card.total);
  });

  it('keeps rows whose flag is gone, as typed, under «Quyết định không còn cảnh báo»', () => {
    const values = applyEditToValues([], planReview([card], [asked]));
    rowOf(values, REVIEW_STEP.first)[col('Quyết định')] = 'để sau';
    const read = readReviewDecisions(grid(values));
    const gone = applyEditToValues([], planReview([], [], read.unread));
    expect(rowsOf(gone).map(typedOf)).toEqual([
      ['Lần 1 · chưa hiểu, chưa quyết định', 'để sau', 'Lò Văn Minh', '20/11/2025', 'Đề nghị nêu rõ mẫu số'],
      [REVIEW_STEP.explanation, '', 'Trưởng bản', '25/11/2025', 'Đã sửa mẫu số'],
      [REVIEW_STEP.second, '', '', '', ''],
    ]);
    expect(readReviewDecisions(grid(gone)).unread).toEqual(read.unread);
  });

  it('lets what the council typed last stand: rows typed over a decision hold the flag; a decision typed later replaces them', () => {
    const values = applyEditToValues([], planReview([card], [asked]));
    rowOf(values, REVIEW_STEP.first)[col('Quyết định')] = 'chưa rõ';
    const { unread } = readReviewDecisions(grid(values));
    const held = combineReviews({ decisions: [asked], unread: [] }, { decisions: [], unread });
    expect(held).toEqual({ decisions: [], unread });
    expect(combineReviews(held, { decisions: [asked], unread: [] })).toEqual({ decisions: [asked], unread: [] });
  });
});

describe('a decision typed on a row that names no flag', () => {
  // The council adds a row under the table: the unit and its decision, but no sheet and no flag.
  const typedBelow = (values: CellValue[][]) => {
    const row: CellValue[] = REVIEW_HEADERS.map(() => null);
    row[col('Đơn vị')] = 'Bản A';
    row[col('Quyết định')] = 'Chấp nhận';
    row[col('Người rà soát')] = 'Lò Văn Minh';
    row[col('Ngày')] = '20/11/2025';
    row[col('Ý kiến')] = 'Đã xem hồ sơ gốc';
    values.push(row);
    return values.length;
  };
  const unflaggedRows = (values: CellValue[][]) => values.filter((r) => r[col('Quyết định')] === 'Chấp nhận' && r[col('Trang')] === '');

  it('applies to no flag, is named by its cell, and is written back as typed with a note, run after run', () => {
    const values = applyEditToValues([], planReview([card]));
    const at = typedBelow(values);
    const read = readReviewDecisions(grid(values));
    expect(read.decisions).toEqual([]);
    expect(read.problems).toEqual([{ cell: `I${at}`, message: 'quyết định không kèm trang và cảnh báo: không biết áp cho cảnh báo nào; đã giữ nguyên chữ đã ghi, chưa áp cho cảnh báo nào' }]);
    expect(read.unread).toHaveLength(1);
    // Not applied: the flag on the sheet stays undecided.
    expect(score(set, makeReport({ sheet: 'Bản A', unitName: 'Bản A', unitKind: 'Thôn', rows: [['TL', '120%']] }), { decisions: read.decisions }).total).toBe(card.total);

    const edit = planReview([card], read.decisions, read.unread);
    const again = applyEditToValues([], edit);
    // Under «Quyết định không còn cảnh báo», every cell as typed, and said for what it is.
    expect(unflaggedRows(again).map((r) => [r[col('Đơn vị')], ...r.slice(col('Nội dung'))])).toEqual([
      ['Bản A', '(chưa ghi trang và cảnh báo)', 'Lần 1 · chưa hiểu, chưa quyết định', 'Chấp nhận', 'Lò Văn Minh', '20/11/2025', 'Đã xem hồ sơ gốc'],
    ]);
    // Wrapped as the flags' rows are, so a long comment and the held step read whole on paper.
    const orphans = edit.blocks.at(-1)!;
    expect([col('Bước'), col('Ý kiến')].map((c) => orphans.cellFormats!.at(-1)![c])).toEqual([{ wrap: true }, { wrap: true }]);
    const heldAt = again.indexOf(unflaggedRows(again)[0]!) + 1;
    expect(edit.notes).toEqual([{ address: `I${heldAt}`, text: 'Dòng này chưa ghi Trang và Cảnh báo nên chưa áp cho cảnh báo nào: hãy ghi đủ hai cột ấy.' }]);

    // Read back and written again: the same row, once.
    const third = readReviewDecisions(grid(again));
    expect(third.unread).toEqual(read.unread);
    expect(unflaggedRows(applyEditToValues([], planReview([card], third.decisions, third.unread)))).toEqual(unflaggedRows(again));

    // Its sheet and flag written in, it is the council's decision on that flag.
    const named = unflaggedRows(again)[0]!;
    named[col('Trang')] = 'Bản A';
    named[col('Ô')] = flag.cell!;
    named[col('Cảnh báo')] = flagTitle(flag.code);
    const decided = readReviewDecisions(grid(again));
    expect(decided.unread).toEqual([]);
    expect(decided.decisions).toEqual([{ sheet: 'Bản A', unitName: 'Bản A', flagCode: flag.code, cell: flag.cell!, decision: 'accept', reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Đã xem hồ sơ gốc' }]);
  });

  it('one note a cell: a row naming no flag, with a word thidua cannot read, is said both ways on its one cell', () => {
    const values = applyEditToValues([], planReview([card]));
    const at = typedBelow(values);
    values[at - 1]![col('Quyết định')] = 'xem sau';
    const read = readReviewDecisions(grid(values));
    expect(read.unread[0]!.first!.notes).toEqual([
      { column: 'decision', text: 'Dòng này chưa ghi Trang và Cảnh báo nên chưa áp cho cảnh báo nào: hãy ghi đủ hai cột ấy. Chưa hiểu quyết định «xem sau»: hãy ghi Chấp nhận, Giải trình hoặc Bác số liệu. Cảnh báo này tính là chưa quyết định.' },
    ]);
  });

  it('is kept once whichever places hold it (tong-hop.xlsx and --decisions read alike), and two different rows both', () => {
    const values = applyEditToValues([], planReview([card]));
    typedBelow(values);
    const { unread } = readReviewDecisions(grid(values));
    expect(combineReviews({ decisions: [], unread }, { decisions: [], unread })).toEqual({ decisions: [], unread });
    const other = values.map((r) => [...r]);
    other.at(-1)![col('Ý kiến')] = 'Chờ biên bản';
    const second = readReviewDecisions(grid(other)).unread;
    expect(combineReviews({ decisions: [], unread }, { decisions: [], unread: second }).unread).toEqual([...unread, ...second]);
    expect(decisionsSaid([], [card], unread, COUNCIL_SHEET_NAMES).map((l) => l.text)).toEqual(['1 dòng Hội đồng ghi không kèm trang và cảnh báo (kể cả chữ ghi ngoài bảng, chép xuống cuối trang): giữ nguyên chữ đã ghi trong «Rà soát», chưa áp cho cảnh báo nào.']);
  });
});

describe('a scored workbook with «xem sau» typed in its own «Rà soát»', () => {
  it('keeps the row as typed, with who, when and the comment, once, scored again and again', async () => {
    const SET = findBuiltin('ta-ma-2025')!;
    const book = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await reportWorkbook([{ ...goodHamlet('Bản Pú Xi', 'Bản Pú Xi'), submitted: '10/11/2025' }]).xlsx.writeBuffer()));
    await scoreWorkbook(book, SET, { date: '2025-11-27' });
    // The council types into the workbook's «Rà soát», as in Excel.
    const typed = new ExcelJS.Workbook();
    await typed.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    typed.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
      if (row.getCell(col('Cảnh báo') + 1).text !== flagTitle('late-submission')) return;
      row.getCell(col('Quyết định') + 1).value = 'xem sau';
      row.getCell(col('Người rà soát') + 1).value = 'Quàng Thị Lan';
      row.getCell(col('Ngày') + 1).value = '21/11/2025';
      row.getCell(col('Ý kiến') + 1).value = 'Chờ biên bản';
    });
    let current = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await typed.xlsx.writeBuffer()));
    for (const date of ['2025-11-28', '2025-11-29']) {
      const run = await scoreWorkbook(current, SET, { date });
      expect(run.decisions).toEqual([]);
      expect(run.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^ô I\d+: không hiểu quyết định «xem sau».*đã giữ nguyên chữ đã ghi/)]);
      current = await ExcelJsWorkbook.fromBuffer(await current.toBuffer());
    }
    const [review] = await current.readSheets([REVIEW_SHEET]);
    const late = review!.values.filter((r) => r[col('Cảnh báo')] === flagTitle('late-submission'));
    expect(late.map((r) => r.slice(col('Bước')))).toEqual([['Lần 1 · chưa hiểu, chưa quyết định', 'xem sau', 'Quàng Thị Lan', '21/11/2025', 'Chờ biên bản']]);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await current.toBuffer()) as unknown as ArrayBuffer);
    const notes: string[] = [];
    saved.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
      const n = row.getCell(col('Quyết định') + 1).note;
      if (n) notes.push(typeof n === 'string' ? n : n.texts!.map((t) => t.text).join(''));
    });
    expect(notes).toEqual([expect.stringContaining('Chưa hiểu quyết định «xem sau»: hãy ghi Chấp nhận, Giải trình hoặc Bác số liệu. Cảnh báo này tính là chưa quyết định.')]);
  });
});
