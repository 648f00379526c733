// The council types on the task pane's own workbook between scorings, on the Office.js fake, as Excel keeps it: «Rà
// soát»'s «Ngày» typed 3/11/2026 is a date cell (a serial under «d/m/yyyy»), and comes back one under its format,
// not as the text «03/11/2026»; the decision it dates applies, and the pane's store keeps it as plain JSON.
import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_HEADERS, REVIEW_HEADER_ROW, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook, type FakeSheet } from '../../scripts/harness/office-fake.js';

const NOW = new Date('2025-11-24T09:30:00');
const set = makeSet(4);
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(sheets: FakeSheet[]) {
  const fake = installFakeOffice(newWorkbook(sheets), '1.18');
  uninstall = fake.uninstall;
  return fake;
}
/** Each unit's T1 is 90/100 reported as 50 %: a flag on every sheet for the council to decide. */
const units = (n: number) => Array.from({ length: n }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 4, (j) => (j === 0 ? { result: '50%', num: 90, den: 100, self: 10 } : { num: 85, den: 100, self: 10 })));
/** A «Rà soát» column, 1-based, as the fake keys its cells. */
const column = (header: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(header) + 1;
/** 3/11/2026 as Excel keeps a date: days since 30/12/1899. */
const NOV_3 = (Date.UTC(2026, 10, 3) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('«Rà soát»’s «Ngày» typed as a date cell in the pane’s workbook', () => {
  it('comes back a date cell under its number format, its decision applied, scoring after scoring', async () => {
    const fake = office(units(1));
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    // Each scoring writes «Rà soát» anew: the sheet is looked up again.
    const review = () => fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
    const row = REVIEW_HEADER_ROW + 1;
    const cell = (header: (typeof REVIEW_HEADERS)[number]) => review().cells.get(`${row}:${column(header)}`);
    const typeIn = (header: (typeof REVIEW_HEADERS)[number], value: string | number, numberFormat = 'General') => review().cells.set(`${row}:${column(header)}`, { value, numberFormat, style: {} });
    typeIn('Quyết định', 'Chấp nhận');
    typeIn('Người rà soát', 'Lò Văn Thành');
    typeIn('Ngày', NOV_3, 'd/m/yyyy');
    for (let run = 0; run < 2; run++) {
      const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      expect(scored.unreadable).toEqual([]);
      expect(scored.decisions.map((d) => [d.unitName, d.decision, d.date])).toEqual([['Thôn 1', 'accept', '2026-11-03']]);
      expect([cell('Ngày')?.value, cell('Ngày')?.numberFormat]).toEqual([NOV_3, 'd/m/yyyy']);
    }
  });
});

// Made for: the council's typing on the pane's workbook kept as typed between scorings — a date cell in «Rà soát».
