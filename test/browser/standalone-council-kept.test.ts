// The council's tong-hop.xlsx, with a column of its own inserted in «Rà soát» and a decision typed as a formula (saved
// with its result, as Excel saves it), chosen again with the reports on the standalone page (file://, Debian's
// chromium): the downloaded tong-hop.xlsx keeps the column in its place, the note on its flag's row, and the formula
// as a formula — as `thidua score` keeps them (test/council/edited-as-officers-do.test.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REVIEW_HEADER_ROW, REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { scoredWithBuiltin } from '../council/example-commune.js';
import { examplePageRun, openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';

const run = examplePageRun();

/** «Rà soát» of `workbook`: its header, and each row as text. */
function reviewOf(wb: ExcelJS.Workbook): { header: string[]; rows: { values: string[]; cells: ExcelJS.Cell[] }[] } {
  const ws = wb.getWorksheet(REVIEW_SHEET)!;
  const text = (c: ExcelJS.Cell) => (c.value && typeof c.value === 'object' && 'result' in c.value ? String(c.value.result ?? '') : String(c.value ?? ''));
  const rows: { values: string[]; cells: ExcelJS.Cell[] }[] = [];
  ws.eachRow((row) => {
    const cells = Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1));
    rows.push({ values: cells.map(text), cells });
  });
  return { header: rows[REVIEW_HEADER_ROW - 1]!.values, rows: rows.slice(REVIEW_HEADER_ROW) };
}

describe('the council’s own column and formula in «Rà soát», on the standalone page', () => {
  it('are kept in the downloaded tong-hop.xlsx: the column in its place with its note on its flag’s row, the formula a formula', async () => {
    const { browser, dist, dir, reports } = run;
    const scored = await scoredWithBuiltin();
    expect(scored.run.code, scored.run.stderr).toBe(0);
    const path = join(scored.dir, 'kq', 'tong-hop.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet(REVIEW_SHEET)!;
    // A column inserted before «Bước», as Excel inserts one, headed, with a note on the first flag's row; that flag's
    // decision typed as a formula, its result stored.
    const at = REVIEW_HEADERS.indexOf('Bước') + 1;
    ws.spliceColumns(at, 0, []);
    ws.getCell(REVIEW_HEADER_ROW, at).value = 'Ghi chú riêng';
    const first = REVIEW_HEADER_ROW + 1;
    ws.getCell(first, at).value = 'cần xem lại';
    ws.getCell(first, REVIEW_HEADERS.indexOf('Quyết định') + 2).value = { formula: '"Chấp nhận"', result: 'Chấp nhận' } as ExcelJS.CellFormulaValue;
    const flag = [2, 3, 4, 5].map((c) => String(ws.getCell(first, c).value));
    await wb.xlsx.writeFile(path);

    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', [...reports, path]);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const summary = await (await JSZip.loadAsync(await readFile((await d.path())!))).file('tong-hop.xlsx')!.async('uint8array');
    await mkdir(join(dir, 'trang'));
    await writeFile(join(dir, 'trang', 'tong-hop.xlsx'), summary);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(summary as unknown as ArrayBuffer);
    const { header, rows } = reviewOf(written);
    expect(header.indexOf('Ghi chú riêng')).toBe(header.indexOf('Nội dung') + 1);
    const row = rows.find((r) => r.values.slice(1, 5).join('|') === flag.join('|') && r.values[header.indexOf('Bước')]!.startsWith('Lần 1'))!;
    expect(row.values[header.indexOf('Ghi chú riêng')]).toBe('cần xem lại');
    expect(rows.filter((r) => r.values[header.indexOf('Ghi chú riêng')] === 'cần xem lại')).toHaveLength(1);
    expect(row.cells[header.indexOf('Quyết định')]!.value).toEqual({ formula: '"Chấp nhận"', result: 'Chấp nhận' });
  }, 600_000);

  it('follow a formula reading its own row to the row its flag lands on after a sort, and name one reading another row', async () => {
    const { browser, dist, reports } = run;
    const scored = await scoredWithBuiltin();
    expect(scored.run.code, scored.run.stderr).toBe(0);
    const path = join(scored.dir, 'kq', 'tong-hop.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet(REVIEW_SHEET)!;
    // The first two flags' rows swapped, as a sort moves them; then both decided, each «Ý kiến» a formula with its result.
    const first = REVIEW_HEADER_ROW + 1;
    for (let c = 1; c <= ws.columnCount; c++) {
      const [x, y] = [ws.getCell(first, c).value, ws.getCell(first + 1, c).value];
      ws.getCell(first, c).value = y;
      ws.getCell(first + 1, c).value = x;
    }
    const [I, L] = [REVIEW_HEADERS.indexOf('Quyết định') + 1, REVIEW_HEADERS.indexOf('Ý kiến') + 1];
    ws.getCell(first, I).value = 'Chấp nhận';
    ws.getCell(first + 1, I).value = 'Chấp nhận';
    ws.getCell(first + 1, L).value = { formula: `"Theo: "&I${first + 1}`, result: 'Theo: Chấp nhận' } as ExcelJS.CellFormulaValue;
    ws.getCell(first, L).value = { formula: `L${first + 1}`, result: 'Theo: Chấp nhận' } as ExcelJS.CellFormulaValue;
    const flag = (r: number) => [2, 3, 4, 5].map((c) => String(ws.getCell(r, c).value)).join('|');
    const [own, other] = [flag(first + 1), flag(first)];
    await wb.xlsx.writeFile(path);

    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', [...reports, path]);
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 60_000 })
      .toContain(`Trang «${REVIEW_SHEET}», ô L${first}: công thức =L${first + 1} của dòng `);
    const body = await page.locator('body').innerText();
    expect(body).toContain(`ghi lại ở ô L${first + 1}, dòng ấy đã chuyển từ dòng ${first} sang dòng ${first + 1}; công thức tham chiếu ô L${first + 1} của dòng khác, dòng ấy nay không còn ở dòng ${first + 1}`);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const summary = await (await JSZip.loadAsync(await readFile((await d.path())!))).file('tong-hop.xlsx')!.async('uint8array');
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(summary as unknown as ArrayBuffer);
    const { header, rows } = reviewOf(written);
    const rowOf = (key: string) => rows.findIndex((r) => r.values.slice(1, 5).join('|') === key && r.values[header.indexOf('Bước')]!.startsWith('Lần 1'));
    // Back in thidua's order: the formula's own row followed, the other kept as typed.
    expect(rowOf(own)).toBe(0);
    expect(rows[0]!.cells[L - 1]!.value).toEqual({ formula: `"Theo: "&I${first}`, result: 'Theo: Chấp nhận' });
    expect(rows[rowOf(other)]!.cells[L - 1]!.value).toEqual({ formula: `L${first + 1}`, result: 'Theo: Chấp nhận' });
  }, 600_000);
});

// Made for: nothing the council typed is lost — its own column and its formulas, on the page as on the command line.
