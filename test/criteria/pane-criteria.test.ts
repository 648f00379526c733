// The task pane's criteria tab on an officer's plain table: the set is used, and what was inferred comes back
// as notices (each with its cell) for the pane to show before scoring; errors still refuse the sheet. A workbook with
// criteria on several sheets offers each with what it holds, and the one the officer takes is kept with the workbook.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemCount, understoodSet } from '../../core/criteria/sheet/index.js';
import { confirmCriteriaSheet, rememberedCriteria, understoodKey, useCriteriaSheet, workbookCriteriaSheets } from '../../excel-addin/actions/criteria.js';
import { writeStored } from '../../excel-addin/actions/store.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { tempDir } from '../cli/helpers.js';
import { writeScoringSheet } from './fixtures/scoring-sheet.js';

const open = async (name: string) => ExcelJsWorkbook.fromBuffer(await readFile(join(import.meta.dirname, 'fixtures', name)));

describe('useCriteriaSheet (criteria tab)', () => {
  it('uses the plain table and returns what it inferred', async () => {
    const loaded = await useCriteriaSheet(await open('plain-table.xlsx'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    expect([loaded.sheet, loaded.set.criteria.length, loaded.set.classification.map((b) => b.minPercent)]).toEqual(['plain-table', 6, [90, 80, 60, 0]]);
    expect(loaded.notices).toHaveLength(8);
    expect(loaded.notices[5]).toEqual({ cell: 'A1', message: 'Chưa có «Từ ngày», «Đến ngày»: dùng cả năm 2025 (01/01/2025 – 31/12/2025), theo «BẢNG TIÊU CHÍ THI ĐUA CHUYỂN ĐỔI SỐ XÃ NÀ PEN NĂM 2025».' });
  });

  it('refuses a sheet with errors, with its notices beside them (a missing maximum is a notice, not an error)', async () => {
    const loaded = await useCriteriaSheet(await open('plain-table-errors.xlsx'));
    expect(loaded).toMatchObject({ ok: false, reason: 'sheet-errors', sheet: 'plain-table-errors' });
    if (loaded.ok || loaded.reason !== 'sheet-errors') return;
    expect(loaded.errors.map((e) => e.cell)).toEqual(['G4']);
    expect(loaded.notices.map((n) => n.message)).toContain('Chưa có «Phiên bản»: dùng «1».');
    expect(loaded.notices.find((n) => n.cell === 'F3')?.message).toMatch(/^Mục A2 chưa ghi «Điểm tối đa»/);
  });
});

it('offers a unit’s all-in-one scoring sheet as the workbook’s own criteria', async () => {
  const path = join(await tempDir(), 'thon.xlsx');
  await writeScoringSheet(path);
  const loaded = await useCriteriaSheet(await ExcelJsWorkbook.fromBuffer(await readFile(path)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded));
  expect([loaded.sheet, loaded.set.criteria.map((c) => c.code)]).toEqual(['Chấm điểm', ['1.1', '1.2', '2', '3.a', '3.b', '4']]);
  expect(loaded.notices.map((n) => n.cell)).toContain('C14'); // «3» is 25, its sub-items 20
});

it('names, at the sheet taken, the other sheets of the open workbook holding criteria tables', async () => {
  // The workbook's writer is ExcelJS (a real .xlsx), read through the pane's port as the open workbook.
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  for (const [name, n, items] of [['Thể chế số', '1', [20, 20]], ['Hoạt động chính quyền số', '5', [30, 20]]] as const) {
    book.addWorksheet(name).addRows([['STT', 'Tiêu chí', 'Điểm tối đa'], ...items.map((p, k) => [`${n}.${k + 1}`, `Tiêu chí ${n}.${k + 1}`, p])]);
  }
  const loaded = await useCriteriaSheet(await ExcelJsWorkbook.fromBuffer(Buffer.from(await book.xlsx.writeBuffer())));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded));
  expect(loaded.sheet).toBe('Thể chế số');
  expect(loaded.notices[0]).toEqual({ cell: 'A1', message: expect.stringContaining('trang «Hoạt động chính quyền số» cũng có bảng tiêu chí nhưng không vào bộ này') });
  // The commune's own workbook (its criteria beside every unit's report): the reports are no other set.
  const commune = await useCriteriaSheet(await ExcelJsWorkbook.fromBuffer(await readFile(join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx'))));
  if (!commune.ok) throw new Error(JSON.stringify(commune));
  expect(commune.notices.filter((n) => n.message.includes('cũng có bảng tiêu chí'))).toEqual([]);
});

it('the district DTI table in the pane: its sheets offered with what each holds, the one taken kept with the workbook, one gone since said', async () => {
  // The real workbook through the standalone page's port; the choice saved in it and read back when it is opened again.
  const { OoxmlWorkbook } = await import('../../adapters/ooxml/workbook.js');
  const file = join(import.meta.dirname, '..', 'fixtures', 'real', 'criteria-corpus', 'cds-cap-huyen-bo-chi-tieu.xlsx');
  const book = OoxmlWorkbook.open(new Uint8Array(await readFile(file)));
  const offered = await workbookCriteriaSheets(book);
  expect(offered).toEqual({
    sheet: 'Thể chế số',
    choices: [
      { sheet: 'Thể chế số', holds: 'trang «Thể chế số»: 4 tiêu chí, tổng 90 điểm', usable: true },
      { sheet: 'Hoạt động chính quyền số', holds: 'trang «Hoạt động chính quyền số»: 30 tiêu chí, tổng 540 điểm', usable: true },
    ],
  });
  const first = await useCriteriaSheet(book);
  if (!first.ok) throw new Error(JSON.stringify(first));
  expect([first.sheet, first.sheets]).toEqual(['Thể chế số', offered!.choices]);
  expect(first.notices[0]!.message).toMatch(/chỉ gồm trang «Thể chế số».*Muốn chấm theo trang khác: chọn trang ấy trong danh sách «Trang có bảng tiêu chí»\.$/);

  const part5 = await useCriteriaSheet(book, 'Hoạt động chính quyền số');
  if (!part5.ok) throw new Error(JSON.stringify(part5));
  expect([part5.sheet, understoodSet(part5.set).total, itemCount(part5.set).items, part5.set.criteria.some((c) => c.code === '1.1')]).toEqual(['Hoạt động chính quyền số', 540, 30, false]);
  await confirmCriteriaSheet(book, understoodKey(part5.set));
  const again = await rememberedCriteria(OoxmlWorkbook.open(await book.toBuffer()));
  if (!again?.ok) throw new Error(JSON.stringify(again));
  expect([again.sheet, again.confirmed, again.set]).toEqual(['Hoạt động chính quyền số', true, part5.set]);
  // A sheet taken before and gone since (renamed, deleted): said, and the first found read, never nothing at all.
  await writeStored(book, 'criteria', { source: 'sheet', sheet: 'Phần 5' });
  const gone = await rememberedCriteria(book);
  if (!gone?.ok) throw new Error(JSON.stringify(gone));
  expect([gone.sheet, gone.notices[0]]).toEqual(['Thể chế số', { cell: 'A1', message: 'Trang «Phần 5» đã chọn làm bảng tiêu chí không còn trong sổ tính; dùng trang «Thể chế số».' }]);
});
