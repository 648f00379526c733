import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetEdit } from '../../core/sheet/port.js';
import { MARGINS } from '../../core/sheet/print-layout.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { ANNOTATION_MARK, STORE_SHEET } from '../../core/workbook/store-layout.js';
import JSZip from 'jszip';
import { parseStrictXml } from '../helpers/strict-xml.js';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The «Báo cáo» sheet after `wb` is saved and opened, `edit` applied to that sheet as it stands, and the result saved and opened again. */
async function reportAfter(wb: ExcelJS.Workbook, edit: Omit<SheetEdit, 'sheet' | 'mode'>): Promise<ExcelJS.Worksheet> {
  const port = await roundTrip(wb);
  await port.apply({ sheets: [{ sheet: 'Báo cáo', mode: 'existing', ...edit }] });
  return (await ExcelJsWorkbook.fromBuffer(await port.toBuffer())).workbook.getWorksheet('Báo cáo')!;
}

describe('ExcelJsWorkbook.readSheets', () => {
  it('normalises formulas, rich text, hyperlinks, errors, dates, merges and number formats', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.getCell('A1').value = 'Tên đơn vị:';
    ws.mergeCells('A1:B1');
    ws.getCell('C1').value = { richText: [{ text: 'Bản ' }, { text: 'Hua Ca', font: { bold: true } }] };
    ws.getCell('A2').value = { formula: 'B3/C3', result: 0.855 };
    ws.getCell('A2').numFmt = '0.0%';
    ws.getCell('B2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('C2').value = { text: 'minh chứng', hyperlink: 'https://example.vn/mc.pdf' };
    ws.getCell('D2').value = new Date(Date.UTC(2025, 10, 4));
    ws.getCell('D2').numFmt = 'dd/mm/yyyy';
    ws.getCell('B3').value = '85,5%';
    ws.getCell('C3').value = true;

    const port = await roundTrip(wb);
    expect(await port.listSheets()).toEqual(['Báo cáo']);
    const [grid] = await port.readSheets(['Báo cáo']);
    expect(grid!.origin).toEqual({ row: 1, col: 1 });
    expect(grid!.values).toEqual([
      ['Tên đơn vị:', null, 'Bản Hua Ca', null],
      [0.855, '#N/A', 'minh chứng', new Date(Date.UTC(2025, 10, 4))],
      [null, '85,5%', true, null],
    ]);
    expect(grid!.formats![1]![0]).toBe('0.0%');
    expect(grid!.formats![1]![3]).toBe('dd/mm/yyyy');
    expect(grid!.formats![0]![0]).toBe('General');
  });

  it('reads an empty sheet as no rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    const [grid] = await (await roundTrip(wb)).readSheets(['Trống']);
    expect(grid!.values).toEqual([]);
  });
});

describe('ExcelJsWorkbook.apply', () => {
  it('writes blocks, formats, notes, widths, freeze and A4 print setup without touching other cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.getCell('A1').value = 'Mã';
    ws.getCell('B1').value = 85;
    const out = await reportAfter(wb, {
      blocks: [
        {
          address: 'D1',
          values: [['Điểm', 'Tối đa'], [7.5, 10]],
          format: { bold: true },
          cellFormats: [[null, { fill: '#FFC7CE', fontColor: '#9C0006' }], [{ numberFormat: '0.00', horizontalAlignment: 'right' }, { wrap: true }]],
        },
      ],
      notes: [{ address: 'B1', text: 'Tỷ lệ vượt 100%' }, { address: 'C5', text: 'Thiếu minh chứng' }],
      columnWidths: [{ column: 'D', width: 14 }],
      freeze: { rows: 1, columns: 0 },
      print: { orientation: 'landscape', fitToWidth: true, titleRows: '$1:$1', firstPageNumber: 1, margins: MARGINS },
    });
    expect(out.getCell('A1').value).toBe('Mã');
    expect(out.getCell('B1').value).toBe(85);
    expect(out.getCell('B1').note).toBe(`${ANNOTATION_MARK}\nTỷ lệ vượt 100%`);
    // A note on an empty cell survives the round trip, and the cell stays empty.
    expect(out.getCell('C5').note).toBe(`${ANNOTATION_MARK}\nThiếu minh chứng`);
    expect(out.getCell('C5').value).toBeNull();
    expect(out.getCell('D1').value).toBe('Điểm');
    expect(out.getCell('D1').font.bold).toBe(true);
    expect(out.getCell('E1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(out.getCell('E1').font.color).toEqual({ argb: 'FF9C0006' });
    expect(out.getCell('D2').numFmt).toBe('0.00');
    expect(out.getCell('D2').alignment.horizontal).toBe('right');
    expect(out.getCell('E2').alignment.wrapText).toBe(true);
    expect(out.getColumn('D').width).toBe(14);
    expect(out.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(out.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:1' });
  });

  it("'replace' re-creates the sheet at the same tab position, 'existing' creates a missing sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A');
    wb.addWorksheet('Tổng hợp').getCell('Z99').value = 'cũ';
    wb.addWorksheet('B');
    const port = await roundTrip(wb);
    await port.apply({
      sheets: [
        { sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['mới']] }] },
        { sheet: 'Rà soát', mode: 'existing', blocks: [{ address: 'B2', values: [[1]] }] },
      ],
    });
    const reread = await ExcelJsWorkbook.fromBuffer(await port.toBuffer());
    expect(await reread.listSheets()).toEqual(['A', 'Tổng hợp', 'B', 'Rà soát']);
    const [summary] = await reread.readSheets(['Tổng hợp']);
    expect(summary!.values).toEqual([['mới']]);
  });

  it("formats only the cells it writes, though the unit's cells were saved with the same style", async () => {
    // Saved once, every bordered Times cell below has style id n; loaded, ExcelJS gives them one style object.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    const unitStyle: Partial<ExcelJS.Style> = { font: { name: 'Times New Roman', size: 13 }, border: { bottom: { style: 'thin' } } };
    for (const address of ['A1', 'B1', 'A2', 'B2', 'D1', 'D2', 'D3']) ws.getCell(address).style = unitStyle;
    for (const address of ['A1', 'B1', 'A2', 'B2']) ws.getCell(address).value = address;
    const reread = await reportAfter(wb, {
      blocks: [
        { address: 'D1', values: [[10], [5], [0]], format: { bold: true }, cellFormats: [[{ fill: '#FFC7CE' }], [{ fill: '#FFC7CE' }], [null]] },
        // Unformatted cells share a style too; a date among them keeps a date's format.
        { address: 'F1', values: [[7], [new Date(Date.UTC(2025, 10, 5))], ['chữ']] },
      ],
      notes: [{ address: 'B3', text: 'ghi chú' }],
    });
    for (const address of ['A1', 'B1', 'A2', 'B2']) {
      const cell = reread.getCell(address);
      expect(cell.font, address).toMatchObject({ name: 'Times New Roman', size: 13 });
      expect(cell.font.bold, address).toBeFalsy();
      expect(cell.fill ?? { pattern: 'none' }, address).toMatchObject({ pattern: 'none' });
      expect(cell.border.bottom, address).toEqual({ style: 'thin' });
    }
    expect(reread.getCell('D1').font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(reread.getCell('D1').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(reread.getCell('D1').border.bottom).toEqual({ style: 'thin' });
    expect(reread.getCell('D3').font.bold).toBe(true);
    expect(reread.getCell('D3').fill ?? { pattern: 'none' }).toMatchObject({ pattern: 'none' });
    expect(reread.getCell('F1').value).toBe(7);
    expect(reread.getCell('F2').value).toEqual(new Date(Date.UTC(2025, 10, 5)));
    expect(reread.getCell('F3').value).toBe('chữ');
    // Cells formatted alike share one style in the file.
    expect((reread.getCell('D1') as unknown as { style: object }).style).toBe((reread.getCell('D2') as unknown as { style: object }).style);
  });
});

describe('ExcelJsWorkbook text a file cannot hold', () => {
  it('writes a U+FFFF, a Word line break and a 300-character header so that every part is strict XML', async () => {
    const port = await roundTrip(new ExcelJS.Workbook());
    const name = 'Bản\u000BNà\uFFFF';
    const print = { orientation: 'portrait' as const, fitToWidth: true, header: `&L${'x'.repeat(300)}`, footer: '&A', firstPageNumber: 1 as const, margins: MARGINS };
    await port.apply({ sheets: [{ sheet: name, mode: 'replace', blocks: [{ address: 'A1', values: [[name]] }], notes: [{ address: 'A1', text: name }], print }] });
    const zip = await JSZip.loadAsync(await port.toBuffer());
    for (const [part, entry] of Object.entries(zip.files)) if (/\.(xml|rels)$/.test(part)) parseStrictXml(await entry.async('string'), part);
    const sheet = (await ExcelJsWorkbook.fromBuffer(await port.toBuffer())).workbook.worksheets[0]!;
    expect(sheet.name).toBe('Bản Nà');
    expect(sheet.getCell('A1').value).toBe('Bản Nà');
    expect(sheet.headerFooter.oddHeader?.length).toBe(255);
  });
});

describe('ExcelJsWorkbook notes', () => {
  it("re-applying removes the add-in's earlier notes and never replaces the officer's own note", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Báo cáo');
    sheet.getCell('A1').value = 'Mã';
    sheet.getCell('B2').value = 5;
    sheet.getCell('B2').note = 'Số liệu theo sổ theo dõi tháng 10'; // the officer's
    const port = await ExcelJsWorkbook.fromBuffer(await book.xlsx.writeBuffer());
    const edit = (notes: { address: string; text: string }[]) => ({ sheets: [{ sheet: 'Báo cáo', mode: 'existing' as const, blocks: [], notes }] });

    await port.apply(edit([{ address: 'A1', text: 'Thiếu minh chứng' }, { address: 'B2', text: 'Tử số lớn hơn mẫu số' }]));
    await port.apply(edit([{ address: 'C3', text: 'Chưa nhập kết quả' }]));
    const out = (await ExcelJsWorkbook.fromBuffer(await port.toBuffer())).workbook.getWorksheet('Báo cáo')!;
    expect(out.getCell('A1').note).toBeUndefined(); // no longer flagged: the earlier note is gone
    expect(out.getCell('B2').note).toBe('Số liệu theo sổ theo dõi tháng 10');
    expect(out.getCell('C3').note).toBe(`${ANNOTATION_MARK}\nChưa nhập kết quả`);
    expect(out.getCell('A1').value).toBe('Mã');
  });
});

describe('ExcelJsWorkbook store', () => {
  it('keeps JSON longer than one cell in a very hidden sheet and overwrites by key', async () => {
    const port = await roundTrip(new ExcelJS.Workbook());
    expect(await port.readStore('decisions')).toBeUndefined();
    const long = { text: 'ý kiến '.repeat(10_000), n: [1, 2, 3] };
    await port.writeStore('decisions', long);
    await port.writeStore('fingerprints', { 'Báo cáo': 'abc' });
    await port.writeStore('fingerprints', { 'Báo cáo': 'def' });

    const reread = await ExcelJsWorkbook.fromBuffer(await port.toBuffer());
    expect(await reread.readStore('decisions')).toEqual(long);
    expect(await reread.readStore('fingerprints')).toEqual({ 'Báo cáo': 'def' });
    const store = reread.workbook.getWorksheet(STORE_SHEET)!;
    expect(store.state).toBe('veryHidden');
    expect(store.rowCount).toBe(2);
    expect(await reread.listSheets()).toEqual([]); // the store is the add-in's, not a sheet to list
    expect(String(store.getCell('C1').value).length).toBeGreaterThan(0);
  });
});
