import { afterEach, describe, expect, it } from 'vitest';
import { flagTitle } from '../../core/checks/titles.js';
import { checkChanges } from '../../excel-addin/actions/changes.js';
import { importIndicators } from '../../excel-addin/actions/indicators.js';
import { recordDecision } from '../../excel-addin/actions/review.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { readStored } from '../../excel-addin/actions/store.js';
import { detectCapabilities } from '../../excel-addin/workbook/capabilities.js';
import { runInExcel, selectInExcel } from '../../excel-addin/workbook/office-runner.js';
import { OfficeWorkbook, PAYLOAD_SPLIT_BYTES, splitAddress } from '../../excel-addin/workbook/office-workbook.js';
import { ANNOTATION_MARK, STORE_SHEET } from '../../core/workbook/store-layout.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { fakeContext, installFakeOffice, newSheet, newWorkbook, sheetValues, type FakeSheet } from '../../scripts/harness/office-fake.js';
import { MARGINS, PAGE_FOOTER } from '../../core/sheet/print-layout.js';
import { DEFAULT_COLUMN_WIDTH } from '../../core/sheet/row-height.js';
import { EDITED_STATE_LABEL, EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { importedNotice } from '../../excel-addin/taskpane/panes/IndicatorsPane.js';
import { CLAIMED, EMPTIED, MISREAD, MISREAD_DAYS, nationalExport } from '../watch/national-days.js';

const NOW = new Date('2025-11-20T09:00:00+07:00');
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(sheets: FakeSheet[], excelApi = '1.18') {
  const fake = installFakeOffice(newWorkbook(sheets), excelApi);
  uninstall = fake.uninstall;
  return fake;
}
const caps = (v: string) => detectCapabilities((n, ver) => n === 'ExcelApi' && Number(ver.split('.')[1]) <= Number(v.split('.')[1]));

/** Every non-empty cell of the typed rows still holds what was typed. */
function typedCellsKept(before: ReturnType<typeof sheetValues>, after: ReturnType<typeof sheetValues>) {
  before.forEach((row, r) => row.forEach((v, c) => v !== null && expect(after[r]?.[c], `cell ${r + 1},${c + 1}`).toEqual(v)));
}

describe('the fake is strict like Office.js', () => {
  it('throws PropertyNotLoaded before load + sync, and applies writes only at sync', async () => {
    const state = newWorkbook([newSheet('A', [['x']])]);
    const ctx = fakeContext(state);
    const range = ctx.workbook.worksheets.getItem('A').getRange('A1');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.values = [['y']];
    expect(sheetValues(state.sheets[0]!)).toEqual([['x']]);
    range.load('values');
    await ctx.sync();
    expect(range.values).toEqual([['y']]);
    expect(ctx.syncCount).toBe(1);
  });
});

describe('OfficeWorkbook', () => {
  it('reads used ranges with their origin, number formats and column widths, empty cells as null', async () => {
    const sheet = newSheet('Báo cáo', [[null, null], [null, 'a', 0.855]], [[], ['General', 'General', '0.0%']]);
    // Column C dragged to 42 pt (8 characters of 5.25 pt); column B left at Excel's standard width.
    sheet.columnWidths.set('C', 42);
    const state = newWorkbook([sheet]);
    const ctx = fakeContext(state);
    const port = new OfficeWorkbook(ctx, caps('1.4'));
    expect(await port.listSheets()).toEqual(['Báo cáo']);
    const [grid] = await port.readSheets(['Báo cáo']);
    expect(grid).toEqual({ name: 'Báo cáo', values: [['a', 0.855]], formats: [['General', '0.0%']], origin: { row: 2, col: 2 }, lastColumn: 3, columnWidths: [DEFAULT_COLUMN_WIDTH, 8] });
    expect(ctx.syncCount).toBe(2);
  });

  it('keeps the store in a veryHidden sheet as text, even JSON pieces that look like formulas or numbers', async () => {
    const state = newWorkbook([newSheet('A', [['x']])]);
    const value = { long: 'x'.repeat(31_999) + '=SUM(A1)' + '1234'.repeat(10_000) };
    await new OfficeWorkbook(fakeContext(state), caps('1.4')).writeStore('k', value).then(() => undefined);
    const writer = new OfficeWorkbook(fakeContext(state), caps('1.4'));
    await writer.writeStore('k', value);
    await writer.flush();
    const store = state.sheets.find((s) => s.name === STORE_SHEET)!;
    expect(store.visibility).toBe('VeryHidden');
    const reader = new OfficeWorkbook(fakeContext(state), caps('1.4'));
    expect(await reader.readStore('k')).toEqual(value);
    expect(await reader.listSheets()).toEqual(['A']);
  });

  it('splits a write only when it would pass the payload limit', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => [`dòng ${i} `.padEnd(2000, 'x')]);
    const state = newWorkbook([newSheet('A', [['x']])]);
    const ctx = fakeContext(state);
    const port = new OfficeWorkbook(ctx, caps('1.4'));
    await port.listSheets();
    await port.apply({ sheets: [{ sheet: 'Lớn', mode: 'replace', blocks: [{ address: 'A1', values: big }] }] });
    const parts = ctx.syncCount - 1;
    expect(parts).toBe(Math.ceil((3000 * 2004) / PAYLOAD_SPLIT_BYTES));
    expect(sheetValues(state.sheets.find((s) => s.name === 'Lớn')!)).toEqual(big);
    const small = fakeContext(state);
    const port2 = new OfficeWorkbook(small, caps('1.4'));
    await port2.listSheets();
    await port2.apply({ sheets: [{ sheet: 'Nhỏ', mode: 'replace', blocks: [{ address: 'A1', values: big.slice(0, 100) }] }] });
    expect(small.syncCount).toBe(2);
  });

  it('formats per-cell styles by runs, numbers formats in one 2-D write, widths, freeze, chart, A4', async () => {
    const state = newWorkbook([newSheet('A', [['x']])]);
    const ctx = fakeContext(state);
    const port = new OfficeWorkbook(ctx, caps('1.18'));
    await port.listSheets();
    const red = { fill: '#FFC7CE' };
    await port.apply({
      sheets: [
        {
          sheet: 'Tổng hợp',
          mode: 'replace',
          blocks: [{ address: 'B2', values: [['a', 1], ['b', 2], ['c', new Date(Date.UTC(2025, 10, 5))]], cellFormats: [[red, null], [red, { numberFormat: '0.00' }], [null, null]] }],
          columnWidths: [{ column: 'B', width: 20 }],
          freeze: { rows: 2, columns: 1 },
          chart: { title: 'Điểm', categories: 'B2:B4', values: 'C2:C3', anchor: 'E2' },
          rowHeights: [{ row: 3, height: 45 }],
          print: { orientation: 'landscape', fitToWidth: true, titleRows: '$1:$2', titleColumns: '$A:$B', footer: PAGE_FOOTER, firstPageNumber: 1, margins: MARGINS },
        },
      ],
    });
    const sheet = state.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(sheet.cells.get('2:2')!.style.fill).toBe('#FFC7CE');
    expect(sheet.cells.get('3:2')!.style.fill).toBe('#FFC7CE');
    expect(sheet.cells.get('4:2')?.style.fill).toBeUndefined();
    expect(sheet.cells.get('3:3')!.numberFormat).toBe('0.00');
    expect(sheet.cells.get('4:3')).toMatchObject({ value: 45966, numberFormat: 'dd/mm/yyyy' });
    expect(sheet.columnWidths.get('B')).toBe(105);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 1 });
    expect(sheet.charts).toEqual([{ type: 'BarClustered', source: 'C2:C3', title: 'Điểm', legend: false, categories: 'B2:B4', reversed: true, position: 'E2' }]);
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      printTitleColumns: '$A:$B',
      centerFooter: '&A — Trang &P',
      leftMargin: 18,
      topMargin: 54,
      firstPageNumber: 1,
    });
    expect(sheet.rowHeights?.get(3)).toBe(45);
    expect(ctx.suspendCalculationCalls).toBe(1);
    expect(state.eventsEnabled).toBe(true);
  });

  it('keeps a page header Excel can hold: within 255 characters, nothing XML forbids', async () => {
    const state = newWorkbook([newSheet('Báo cáo', [['x']])]);
    const port = new OfficeWorkbook(fakeContext(state), caps('1.9'));
    const header = `&L${'Bản\u000BDài '.repeat(1000)}&RNăm 2025`;
    await port.apply({ sheets: [{ sheet: 'Báo cáo', mode: 'existing', blocks: [], print: { orientation: 'portrait', fitToWidth: true, header, footer: PAGE_FOOTER, firstPageNumber: 1, margins: MARGINS } }] });
    const layout = state.sheets.find((s) => s.name === 'Báo cáo')!.pageLayout as Record<string, string>;
    expect(`&L${layout.leftHeader}`.length).toBeLessThanOrEqual(255);
    expect(layout.leftHeader).toMatch(/^Bản Dài Bản Dài .*…$/);
    expect(layout.leftHeader).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('splits "\'Sổ 1\'!D12" into sheet and cell', () => {
    expect(splitAddress("'Thôn Đồng''s'!$D$12")).toEqual({ sheet: "Thôn Đồng's", address: 'D12' });
    expect(splitAddress('Sheet1!A1:B2')).toEqual({ sheet: 'Sheet1', address: 'A1' });
  });
});

describe('Kiểm tra & chấm điểm through Office.js', () => {
  const set = makeSet(20);

  it('reads a report beside a 200,000-row data sheet with every response far under 5 MB', async () => {
    const data = newSheet('Dữ liệu', Array.from({ length: 200_000 }, (_, i) => [i + 1, `Hộ gia đình số ${i + 1}`, 'Đã xác minh']));
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 20), data]);
    const result = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(result.cards.map((c) => c.unitName)).toEqual(['Thôn Đồng']);
    expect(fake.largestSync).toBeLessThan(5_000_000);
    // The data sheet is read within the limits (20,000 rows), in one more sync, never whole.
    expect(fake.syncs).toBe(4);
  });

  it.each(['=HYPERLINK("http://x.example","bấm")', '+84 Thôn', '-Thôn', '@Thôn'])('writes a unit named %s as text, never as a formula', async (name) => {
    const sheet = reportSheet('Thôn Đồng', 'Thôn', 3);
    sheet.cells.get('2:3')!.value = name; // C2: Tên đơn vị, as the unit typed it (text)
    sheet.cells.get('2:3')!.numberFormat = '@';
    const fake = office([sheet]);
    await runInExcel((port) => checkAndScore(port, makeSet(3), { now: NOW }));
    const summary = fake.state.sheets.find((s) => s.name === 'Tổng hợp')!;
    const cell = [...summary.cells.values()].find((c) => c.value === name);
    expect(cell?.numberFormat).toBe('@');
  });

  it('flags a figure the unit computed with a formula, and not a text cell typed «=…»', async () => {
    const sheet = reportSheet('Thôn Đồng', 'Thôn', 3);
    // E9 (Tử số of T1): =40+45, cached 85. D10 (Kết quả of T2, a text cell): typed «=86%», not a formula.
    Object.assign(sheet.cells.get('9:5')!, { value: 85, formula: '=40+45' });
    Object.assign(sheet.cells.get('10:4')!, { value: '=86%', numberFormat: '@' });
    const fake = office([sheet]);
    const result = await runInExcel((port) => checkAndScore(port, makeSet(3), { now: NOW }));
    const flags = result.cards[0]!.flags.filter((f) => f.code === 'formula-in-input');
    expect(flags.map((f) => [f.cell, f.message])).toEqual([['E9', expect.stringContaining('=40+45')]]);
    // The cached result is scored as typed: 85/100 ≥ 80 % → full points.
    expect(result.cards[0]!.criteria.find((c) => c.code === 'T1')!.points).toBe(10);
    expect(fake.largestSync).toBeLessThan(5_000_000);
  });

  it.each([20, 200, 2000])('scores one sheet of %i rows in at most 3 syncs, leaving typed cells as they were', async (n) => {
    const bigSet = makeSet(n);
    const sheet = reportSheet('Thôn Đồng', 'Thôn', n);
    const typed = sheetValues(sheet);
    const fake = office([sheet]);
    const result = await runInExcel((port) => checkAndScore(port, bigSet, { now: NOW }));
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(result.cards).toHaveLength(1);
    typedCellsKept(typed, sheetValues(fake.state.sheets[0]!));
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Thôn Đồng', 'Tổng hợp', 'Đề xuất khen thưởng', 'Rà soát', 'Xét khen thưởng', STORE_SHEET]);
  });

  it('scores a workbook of 40 sheets in 3 syncs', async () => {
    const sheets = Array.from({ length: 40 }, (_, i) => reportSheet(`Đơn vị ${i + 1}`, i % 2 ? 'Thôn' : 'Cơ quan', 20));
    const fake = office(sheets);
    const result = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(result.cards).toHaveLength(40);
    expect(fake.syncs).toBe(3);
    expect(fake.state.eventsEnabled).toBe(true);
  });

  it('scores only the active sheet and leaves the summary alone', async () => {
    const fake = office([reportSheet('A', 'Thôn', 20), reportSheet('B', 'Thôn', 20)]);
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const summaryBefore = sheetValues(fake.state.sheets.find((s) => s.name === 'Tổng hợp')!);
    fake.state.active = 1;
    const result = await runInExcel(async (port) => {
      await port.listSheets();
      return checkAndScore(port, set, { now: NOW, onlySheet: port.activeSheet()! });
    });
    expect(result.cards.map((c) => c.sheet)).toEqual(['B']);
    expect(sheetValues(fake.state.sheets.find((s) => s.name === 'Tổng hợp')!)).toEqual(summaryBefore);
  });

  it('puts flags in notes (1.18), replaces its own on re-scoring and keeps the officer\'s', async () => {
    const sheet = reportSheet('Thôn Đồng', 'Thôn', 20, (i) => (i === 0 ? { num: 130, den: 120, self: 10 } : i === 1 ? {} : { result: '90%', self: 10 }));
    const fake = office([sheet]);
    fake.state.notes.push({ sheet: 'Thôn Đồng', address: 'A1', content: 'Ghi chú của cán bộ' });
    const first = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const cellFlags = first.cards[0]!.flags.filter((f) => f.cell);
    expect(cellFlags.length).toBeGreaterThan(0);
    const own = () => fake.state.notes.filter((n) => n.content.startsWith(ANNOTATION_MARK));
    expect(own().length).toBeGreaterThan(0);
    const countAfterFirst = own().length;
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(own()).toHaveLength(countAfterFirst);
    expect(fake.state.notes).toContainEqual({ sheet: 'Thôn Đồng', address: 'A1', content: 'Ghi chú của cán bộ' });
    expect(fake.syncs).toBe(6);
  });

  it('uses threaded comments on ExcelApi 1.10 and only the flag column on 1.4', async () => {
    const rows = (i: number) => (i === 1 ? {} : { result: '90%', self: 10 });
    const withComments = office([reportSheet('A', 'Thôn', 20, rows)], '1.10');
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(withComments.state.comments.length).toBeGreaterThan(0);
    expect(withComments.state.notes).toHaveLength(0);
    uninstall!();
    const bare = office([reportSheet('A', 'Thôn', 20, rows)], '1.4');
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(bare.state.comments).toHaveLength(0);
    expect(bare.state.notes).toHaveLength(0);
    expect(bare.syncs).toBe(3);
  });

  it('selects a flagged cell on its sheet', async () => {
    const fake = office([reportSheet('A', 'Thôn', 3), reportSheet('B', 'Thôn', 3)]);
    await selectInExcel('B', 'D9');
    expect(fake.state.selection).toEqual({ sheet: 'B', address: 'D9' });
    expect(fake.state.active).toBe(1);
  });
});

describe('council decisions and tamper evidence in the workbook', () => {
  const set = makeSet(20);
  // Row 9 (T1): stated self-score far above what the ratio earns → a flag on that row.
  const rows = (i: number) => (i === 0 ? { num: 10, den: 100, self: 10 } : { result: '90%', self: 10 });

  it('warns when a scored sheet has lost its fingerprint (the hidden store deleted)', async () => {
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 20, rows)]);
    const first = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(first.cards[0]!.flags.some((f) => f.message.includes('dấu vân tay'))).toBe(false);
    fake.state.sheets = fake.state.sheets.filter((sh) => sh.name !== STORE_SHEET);
    const again = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(again.cards[0]!.flags.map((f) => f.message)).toContain(
      'Không còn dấu vân tay của lần chấm trước cho trang «Thôn Đồng» (trang ẩn của thidua đã bị xóa hoặc sửa): không biết trang có bị sửa sau khi chấm hay không.',
    );
  });

  it("records a flag's whole trail in Excel: «Giải trình», the unit's explanation, the second decision — kept on re-scoring", async () => {
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 20, rows)]);
    const first = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const flag = first.cards[0]!.flags.find((f) => f.cell)!;
    const asked = { sheet: flag.sheet, unitName: 'Thôn Đồng', flagCode: flag.code, cell: flag.cell!, decision: 'explain' as const, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Nêu rõ mẫu số' };
    // Each step sent as the tab sends it, with what it showed (the last scoring).
    const shown = await runInExcel((port) => recordDecision(port, set, asked, NOW, { shown: first }));
    const explained = { ...asked, explanation: { text: 'Mẫu số là hồ sơ tiếp nhận trực tuyến', by: 'Trưởng thôn', date: '2025-11-22' } };
    const shownAgain = await runInExcel((port) => recordDecision(port, set, explained, NOW, { shown }));
    const decided = { ...explained, second: { decision: 'accept' as const, reviewer: 'Lò Văn Minh', date: '2025-11-25', comment: 'Hợp lý' } };
    await runInExcel((port) => recordDecision(port, set, decided, NOW, { shown: shownAgain }));
    const again = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(again.decisions).toEqual([decided]);
    const review = sheetValues(fake.state.sheets.find((sh) => sh.name === 'Rà soát')!);
    const trail = review.filter((r) => r.includes(flagTitle(flag.code)) && r.includes(flag.cell!)).map((r) => r.filter((v) => v !== null && v !== ''));
    expect(trail.map((r) => r.find((v) => typeof v === 'string' && /^(Lần 1|Giải trình của đơn vị|Quyết định lần 2)/.test(v)))).toEqual([
      'Lần 1 · đã quyết định lần 2',
      'Giải trình của đơn vị',
      'Quyết định lần 2',
    ]);
    expect(trail[1]).toContain('Mẫu số là hồ sơ tiếp nhận trực tuyến');
    expect(trail[2]).toEqual(expect.arrayContaining(['Chấp nhận', 'Lò Văn Minh', '25/11/2025', 'Hợp lý']));
  });

  it('keeps «xem sau» typed over a decision in «Rà soát» as typed, once, scoring after scoring, the flag undecided until the pane records one', async () => {
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 20, rows)]);
    const first = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const flag = first.cards[0]!.flags.find((f) => f.cell)!;
    const accepted = { sheet: flag.sheet, unitName: 'Thôn Đồng', flagCode: flag.code, cell: flag.cell!, decision: 'accept' as const, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: '' };
    await runInExcel((port) => recordDecision(port, set, accepted, NOW));
    // The council types over the pane's «Chấp nhận» in the sheet: a word thidua does not know, who, when, why.
    const sheet = () => fake.state.sheets.find((sh) => sh.name === 'Rà soát')!;
    const row = sheetValues(sheet()).findIndex((r) => r.includes(flagTitle(flag.code)) && r.includes(flag.cell!)) + 1;
    const typed = { 9: 'xem sau', 10: 'Quàng Thị Lan', 11: '21/11/2025', 12: 'Chờ biên bản' };
    for (const [c, v] of Object.entries(typed)) sheet().cells.set(`${row}:${c}`, { value: v, numberFormat: 'General', style: {} });
    const trail = () => sheetValues(sheet()).filter((r) => r.includes(flagTitle(flag.code)) && r.includes(flag.cell!)).map((r) => r.slice(7));
    for (let run = 0; run < 2; run++) {
      const again = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      expect(again.decisions).toEqual([]);
      expect(trail()).toEqual([['Lần 1 · chưa hiểu, chưa quyết định', 'xem sau', 'Quàng Thị Lan', '21/11/2025', 'Chờ biên bản']]);
    }
    // A decision recorded in the pane then stands.
    const decided = await runInExcel((port) => recordDecision(port, set, { ...accepted, comment: 'Đã có biên bản' }, NOW));
    expect(decided.decisions).toEqual([{ ...accepted, comment: 'Đã có biên bản' }]);
    expect(trail()).toEqual([['Lần 1', 'Chấp nhận', 'Lò Văn Minh', '20/11/2025', 'Đã có biên bản']]);
  });

  it('keeps a decision across re-scoring, sets it aside when its row is edited, and names the edited cells', async () => {
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 20, rows)]);
    const first = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const flag = first.cards[0]!.flags.find((f) => f.cell && parseInt(f.cell.replace(/^[A-Z]+/, ''), 10) === 9)!;
    expect(flag).toBeDefined();
    const decision = { sheet: flag.sheet, unitName: 'Thôn Đồng', flagCode: flag.code, cell: flag.cell!, decision: 'explain' as const, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Bổ sung biên bản' };
    const withDecision = await runInExcel((port) => recordDecision(port, set, decision, NOW));
    expect(withDecision.decisions).toEqual([decision]);

    const again = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(again.decisions).toEqual([decision]);
    expect(again.changes).toEqual([]);
    const review = () => sheetValues(fake.state.sheets.find((s) => s.name === 'Rà soát')!).flat();
    expect(review()).toContain('Giải trình');

    // The unit edits the figure on the flagged row after scoring.
    fake.state.sheets[0]!.cells.get('9:5')!.value = 12;
    const changed = await runInExcel((port) => checkChanges(port));
    expect(changed.flags.map((f) => f.message)).toEqual([expect.stringMatching(/^Đã sửa sau khi chấm \(chấm lúc .*\): ô E9\.$/)]);

    const rescored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(rescored.changes).toEqual([{ sheet: 'Thôn Đồng', cells: ['E9'], scoredAt: expect.any(String), detectedAt: NOW.toISOString() }]);
    expect(rescored.setAside.map((a) => a.reason)).toEqual(['cell-changed']);
    expect(rescored.decisions).toEqual([]);
    expect(review()).toContain(flagTitle('changed-after-scoring'));
    // …and in the sheet's own flag column, on the edited row.
    const flagColumn = sheetValues(fake.state.sheets[0]!)[8]!.filter((v) => typeof v === 'string' && v.startsWith(`[${flagTitle('changed-after-scoring')}]`));
    expect(flagColumn).toEqual([expect.stringContaining('ô E9')]);
    // Not on the flag's row, which waits for the council's new decision: held as typed in a table of its own.
    const lines = sheetValues(fake.state.sheets.find((s) => s.name === 'Rà soát')!);
    const heldAt = lines.findIndex((r) => r[0] === EDITED_TITLE);
    expect(lines.slice(0, heldAt).flat()).not.toContain('Giải trình');
    expect(lines.slice(heldAt + 2).filter((r) => r[1]).map((r) => [r[3], r[7], r[8]])).toEqual([
      [flag.cell, `Lần 1 · ${EDITED_STATE_LABEL}`, 'Giải trình'],
      [flag.cell, 'Giải trình của đơn vị', null],
      [flag.cell, 'Quyết định lần 2', null],
    ]);
  });

  it('imports the extension export into its sheet and the store, and refuses a wrong file', async () => {
    const fake = office([reportSheet('Thôn Đồng', 'Thôn', 3)]);
    const file = {
      format: 'thidua-indicators', version: 1, exportedAt: '2025-11-01T08:00:00Z',
      snapshots: [{
        portal: 'dichvucong.gov.vn', pageType: 'dvc-index', url: 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html', capturedAt: '2025-11-01T08:00:00Z', contentHash: 'abc',
        unit: { name: 'UBND xã Ta Ma' }, period: { kind: 'year', year: 2025, label: 'Năm 2025' },
        indicators: [{ code: 'TONG_SCORE', label: 'Tổng điểm', value: 81.5, unit: 'points', max: 100 }],
      }],
    };
    const r = await runInExcel((port) => importIndicators(port, JSON.stringify(file)));
    expect(r).toEqual({ ok: true, snapshots: 1, values: 1 });
    const sheet = sheetValues(fake.state.sheets.find((s) => s.name === 'Chỉ số cổng DVC')!);
    expect(sheet[1]!.slice(0, 6)).toEqual(['UBND xã Ta Ma', null, 'Năm 2025', 'TONG_SCORE', 'Tổng điểm', 81.5]);
    expect((await runInExcel((port) => readStored(port, 'indicators'))).value).toHaveLength(1);
    const bad = await runInExcel((port) => importIndicators(port, JSON.stringify({ ...file, format: 'khac' })));
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('trường «Định dạng»: phải là một trong: «thidua-indicators» (đang là «khac»)') });
  });

  it('says a capture’s total its groups do not add up to with the import and on the rows of those figures; the ranking as saved says nothing', async () => {
    // The national ranking the portal saved on 17/9/2026 with Phú Thọ's total alone edited (62,6 → 63,15), as the extension exports it.
    const said = 'Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.';
    const imported = async (plans?: typeof MISREAD_DAYS) => {
      const fake = office([reportSheet('Thôn Đồng', 'Thôn', 3)]);
      const r = await runInExcel((port) => importIndicators(port, JSON.stringify(nationalExport(plans))));
      const all = sheetValues(fake.state.sheets.find((s) => s.name === 'Chỉ số cổng DVC')!);
      const note = all[0]!.indexOf('Ghi chú');
      return { r, rows: all, noted: all.slice(1).filter((row) => row[note] !== null && row[note] !== undefined).map((row) => [row[0], row[4], row[note]]) };
    };
    const misread = await imported(MISREAD_DAYS);
    expect(misread.noted).toEqual(['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ', 'Tổng điểm'].map((name) => [MISREAD.name, expect.stringContaining(name), said]));
    // The tab lists it with the import, a link to the note on its total's row.
    expect(misread.r).toMatchObject({ ok: true, snapshots: 35, totalMismatches: [{ text: said, sheet: 'Chỉ số cổng DVC', cell: expect.stringMatching(/^O\d+$/) }] });
    expect(importedNotice(misread.r, translator('vi'))).toEqual({ intent: 'warning', text: 'Đã nhập 35 lần lấy số liệu, 278 chỉ số. Tổng điểm ghi nhận của 1 đơn vị không bằng các nhóm cộng lại (ghi ở cột «Ghi chú» của trang «Chỉ số cổng DVC»):', items: (misread.r as { totalMismatches: unknown[] }).totalMismatches });
    const cell = (misread.r as { totalMismatches: { cell: string }[] }).totalMismatches[0]!.cell;
    expect(misread.rows[Number(cell.slice(1)) - 1]!.slice(0, 6)).toEqual([MISREAD.name, 'H44', expect.any(String), 'TONG_SCORE', 'Tổng điểm', MISREAD.total]);
    const saved = await imported();
    expect(saved.r).toMatchObject({ ok: true, snapshots: 35 });
    expect(saved.r).not.toHaveProperty('totalMismatches');
    expect(importedNotice(saved.r, translator('vi')).intent).toBe('success');
    expect(saved.noted).toEqual([]);
  });

  it('says where the file’s own list of totals that do not add up is not what its figures give, on the total’s row and with the import; the export as written adds nothing', async () => {
    const said = 'Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.';
    const imported = async (file: unknown) => {
      const fake = office([reportSheet('Thôn Đồng', 'Thôn', 3)]);
      const r = await runInExcel((port) => importIndicators(port, JSON.stringify(file)));
      const all = sheetValues(fake.state.sheets.find((s) => s.name === 'Chỉ số cổng DVC')!);
      const note = all[0]!.indexOf('Ghi chú');
      const total = all.findIndex((row) => row[0] === MISREAD.name && row[3] === 'TONG_SCORE');
      return { r, total: { cell: `O${total + 1}`, note: all[total]![note] } };
    };
    const misread = nationalExport(MISREAD_DAYS);
    // The list emptied: the figures' mismatch and the file's silence both on the total's row, each listed with the import.
    const emptied = await imported({ ...misread, totalMismatches: [] });
    expect(emptied.total.note).toBe(`${said} ${EMPTIED}`);
    expect(emptied.r).toMatchObject({ ok: true, totalMismatches: [{ text: said, cell: emptied.total.cell }], fileDoubts: [{ text: EMPTIED, sheet: 'Chỉ số cổng DVC', cell: emptied.total.cell }] });
    expect(importedNotice(emptied.r, translator('vi'))).toMatchObject({ intent: 'warning', text: expect.stringContaining('Tệp ghi tổng điểm lệch các nhóm của 1 đơn vị khác với số liệu chính tệp đó (ghi ở cột «Ghi chú»):'), items: [{ text: said }, { text: EMPTIED }] });
    // The morning as saved under a list naming Phú Thọ: its figures add up, the file's word said on its total's row alone.
    const claimed = await imported({ ...nationalExport(), totalMismatches: misread.totalMismatches });
    expect(claimed.total.note).toBe(CLAIMED);
    expect(claimed.r).not.toHaveProperty('totalMismatches');
    expect(claimed.r).toMatchObject({ ok: true, fileDoubts: [{ text: CLAIMED, cell: claimed.total.cell }] });
    expect(importedNotice(claimed.r, translator('vi')).intent).toBe('warning');
    const written = await imported(misread);
    expect(written.r).not.toHaveProperty('fileDoubts');
    expect(written.total.note).toBe(said);
  });

  it('cross-checks scoring against imported portal figures: a self-reported rate far from the portal is flagged for the council', async () => {
    const linked = makeSet(2);
    linked.criteria[0]!.portal = { indicator: 'TY_LE_TTTT', tolerance: 5 };
    const fake = office([reportSheet('UBND xã Ta Ma', 'Cơ quan', 2, (i) => ({ result: i === 0 ? '90%' : '85%', self: 10 }))]);
    const file = {
      format: 'thidua-indicators', version: 1, exportedAt: '2025-10-01T08:00:00Z',
      snapshots: [{
        portal: 'dichvucong.dienbien.gov.vn', pageType: 'province-766-monitor', url: 'https://dichvucong.dienbien.gov.vn/thong-ke/766', capturedAt: '2025-10-01T08:00:00Z', contentHash: 'h1',
        unit: { name: 'UBND xã Ta Ma' }, period: { kind: 'year', year: 2025, label: 'Năm 2025' },
        indicators: [{ code: 'TY_LE_TTTT', label: 'Tỷ lệ TTTT (%)', value: 68, unit: 'percent' }],
      }],
    };
    expect(await runInExcel((port) => importIndicators(port, JSON.stringify(file)))).toMatchObject({ ok: true });
    await runInExcel((port) => checkAndScore(port, linked, { now: NOW }));
    const review = sheetValues(fake.state.sheets.find((s) => s.name === 'Rà soát')!).flat();
    const flag = review.find((v) => typeof v === 'string' && v.includes('68%'));
    expect(review).toContain(flagTitle('portal-mismatch'));
    expect(flag).toEqual(expect.stringContaining('90%'));
  });
});
