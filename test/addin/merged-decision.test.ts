// A decision typed in a cell merged over four flags' rows of «Rà soát», in a real .xlsx (the pane's own workbook saved
// by ExcelJS with the merge) opened in the Office.js fake: the task pane sees the merge (Range.getMergedAreasOrNullObject,
// in the same round trip as the values) and refuses it, naming the sheet and range in the very words the command line
// uses for the same workbook (`thidua score --decisions`); nothing is written. Past Excel's 512 merged areas on a sheet
// the read still succeeds, and that sheet says its merges were not read.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { mergedAddresses } from '../../excel-addin/workbook/office-workbook.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, MERGED_AREAS_MAX, newWorkbook, sheetValues, type FakeWorkbookState } from '../../scripts/harness/office-fake.js';
import { STORE_SHEET } from '../../core/workbook/store-layout.js';
import { cellAddress } from '../../core/text.js';
import { runInProcess } from '../cli/helpers.js';

const NOW = new Date('2025-11-24T09:30:00+07:00');
const set = makeSet(4);
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(state: FakeWorkbookState) {
  const fake = installFakeOffice(state, '1.18');
  uninstall = fake.uninstall;
  return fake;
}

/** Two units whose every ratio is reported against its counts: a flag on each ratio criterion, rows to merge over. */
const units = () => [1, 2].map((n) => reportSheet(`Thôn ${n}`, 'Thôn', 4, () => ({ result: '50%', num: 90, den: 100, self: 10 })));

/** The pane's workbook after one scoring, saved as .xlsx by ExcelJS with «Chấp nhận» typed over four flags' decision cells. */
async function mergedWorkbook(): Promise<{ bytes: Uint8Array; merged: string }> {
  const fake = office(newWorkbook(units()));
  await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  uninstall!();
  uninstall = undefined;
  const book = new ExcelJS.Workbook();
  let merged = '';
  for (const sheet of fake.state.sheets.filter((s) => s.name !== STORE_SHEET)) {
    const ws = book.addWorksheet(sheet.name);
    const rows = sheetValues(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    if (sheet.name !== REVIEW_SHEET) continue;
    const header = rows.findIndex((row) => row.includes('Quyết định'));
    const col = rows[header]!.indexOf('Quyết định') + 1;
    const top = header + 2;
    expect(rows.length).toBeGreaterThanOrEqual(top + 3);
    merged = `${cellAddress(top, col)}:${cellAddress(top + 3, col)}`;
    ws.getCell(top, col).value = 'Chấp nhận';
    ws.mergeCells(merged);
  }
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), merged };
}

describe('a decision typed in a merged cell, in the task pane', () => {
  it('is refused, named as the command line names it, with no round trip more and nothing written', async () => {
    const { bytes, merged } = await mergedWorkbook();
    const state = await fakeWorkbookFromXlsx(bytes);
    expect(state.sheets.find((s) => s.name === REVIEW_SHEET)!.merges).toContain(merged);
    const before = structuredClone(state.sheets.map((s) => [s.name, sheetValues(s)]));
    const fake = office(state);
    const said = await runInExcel((port) => checkAndScore(port, set, { now: NOW })).then(
      () => '',
      (e: Error) => e.message,
    );
    const line = `Trang «${REVIEW_SHEET}», ô ${merged}: «Chấp nhận» ghi trong ô gộp ${merged}, trải qua 4 dòng`;
    expect(said).toContain(line);
    // listSheets and the one read: the merged areas came with the values.
    expect(fake.syncs).toBe(2);
    expect(fake.state.sheets.map((s) => [s.name, sheetValues(s)])).toEqual(before);

    // The command line, given the same file for its «Rà soát», stops on the same line.
    const dir = await mkdtemp(join(tmpdir(), 'thidua-merged-'));
    await writeFile(join(dir, 'so-cua-xa.xlsx'), bytes);
    await writeFile(join(dir, 'tieu-chi.json'), JSON.stringify(set));
    const cli = await runInProcess(['score', 'so-cua-xa.xlsx', '--criteria', 'tieu-chi.json', '--decisions', 'so-cua-xa.xlsx', '--out', 'kq'], dir);
    expect(cli.code).not.toBe(0);
    const cliLines = cli.stderr.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
    expect(cliLines.length).toBeGreaterThan(0);
    const paneLines = said.split('\n').filter((l) => l.startsWith('Trang «'));
    expect(paneLines).toEqual(cliLines);
  });

  it('still reads a workbook one of whose sheets has more merged areas than Excel gives, and says so on that sheet', async () => {
    const state = newWorkbook(units());
    // A form of 513 merged note cells beside the report, each holding its note (within the used range, as Excel asks).
    const crowded = state.sheets[1]!;
    crowded.merges = Array.from({ length: MERGED_AREAS_MAX + 1 }, (_, i) => `K${i + 1}:L${i + 1}`);
    for (let i = 1; i <= MERGED_AREAS_MAX + 1; i++) crowded.cells.set(`${i}:11`, { value: `Ghi chú ${i}`, numberFormat: 'General', style: {} });
    office(state);
    const result = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(result.cards.map((c) => c.sheet)).toEqual(['Thôn 1', 'Thôn 2']);
    expect(result.errors).toContainEqual(expect.objectContaining({ sheet: 'Thôn 2', message: expect.stringContaining(`có hơn ${MERGED_AREAS_MAX} vùng gộp ô`) }));
  });

  it('reads each area of Excel’s RangeAreas address, quoted sheet names with commas included', () => {
    expect(mergedAddresses("Sheet1!A1:B4, 'Rà soát, 26-11'!$I$5:$I$8,'It''s'!C3")).toEqual(['A1:B4', 'I5:I8', 'C3']);
  });
});

// Made for issue 56 item 2 in the task pane: a decision in a merged cell refused there as on the command line.
