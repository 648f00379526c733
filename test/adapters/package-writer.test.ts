// The package half of the writer on its own, with a plain sheet writer written here (values only): a sheet
// added gets its part, relationship, `<sheet>` and content type; a sheet replaced is written again in its
// part; print names are replaced for their sheet only; styles.xml only grows; the store is the
// veryHidden `_thidua` sheet every reader reads; every part the edit does not name is the original's byte
// for byte — on an openpyxl-saved workbook with a note, a chart, an image, data validation and a defined name.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetWriter } from '../../adapters/ooxml/write/contract.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import { cellAddress, parseAddress } from '../../core/text.js';
import { parseStrictXml } from '../helpers/strict-xml.js';
import { tempDir } from '../cli/helpers.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/bao-cao/ban-hua-ca.xlsx');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sheet writer that knows only values: a new sheet is written whole; an existing one gets its rows appended after its last. */
const plainWriter: SheetWriter = (edit, input, styles) => {
  const rows: string[] = [];
  for (const block of edit.blocks) {
    const at = parseAddress(block.address)!;
    block.values.forEach((values, i) => {
      const row = (input.xml ? 1000 : 0) + at.row + i;
      const cells = values.map((v, j) => {
        const r = cellAddress(row, at.col + j);
        const s = styles.styled(0, block.format, false);
        const style = s === 0 ? '' : ` s="${s}"`;
        return typeof v === 'number' ? `<c r="${r}"${style}><v>${v}</v></c>` : `<c r="${r}"${style} t="inlineStr"><is><t>${esc(String(v ?? ''))}</t></is></c>`;
      });
      rows.push(`<row r="${row}">${cells.join('')}</row>`);
    });
  }
  const xml = input.xml
    ? input.xml.replace(/<\/sheetData>/, `${rows.join('')}</sheetData>`)
    : `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const definedNames = edit.print?.titleRows ? [{ name: '_xlnm.Print_Titles', value: `'${edit.sheet}'!${edit.print.titleRows}` }] : undefined;
  return { xml: new TextEncoder().encode(xml), rels: input.rels, parts: [], definedNames };
};

const PRINT = { orientation: 'portrait', fitToWidth: true, firstPageNumber: 1, margins: { left: 0.3, right: 0.3, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } } as const;

function openpyxlSaved(dir: string): Buffer {
  const out = join(dir, 'openpyxl.xlsx');
  execFileSync('/usr/bin/python3', [join(FIXTURES, 'openpyxl-save.py'), EXAMPLE, out]);
  return execFileSync('cat', [out]);
}

/** The example, and the example with one style of its styles.xml changed: the same length, one byte apart. */
async function withStyles(from: string, to: string): Promise<{ original: Uint8Array; other: Uint8Array }> {
  const original = await readFile(EXAMPLE);
  const parts = unzipSync(original);
  const styles = new TextDecoder().decode(parts['xl/styles.xml']);
  const changed = styles.replace(from, to);
  expect([changed.length, changed === styles]).toEqual([styles.length, false]);
  return { original, other: zipSync({ ...parts, 'xl/styles.xml': strToU8(changed) }) };
}

function xmlParts(files: Record<string, Uint8Array>): void {
  for (const [name, data] of Object.entries(files)) {
    if (/\.(xml|rels|vml)$/.test(name)) expect(() => parseStrictXml(new TextDecoder().decode(data), name), name).not.toThrow();
  }
}

describe('the package writer', () => {
  it('adds, replaces and stores sheets, keeping every other part of an openpyxl workbook byte for byte', async () => {
    const dir = await tempDir();
    const original = openpyxlSaved(dir);
    const before = unzipSync(original);
    const book = OoxmlWorkbook.open(original, plainWriter);
    const [report] = await book.listSheets();
    await book.apply({
      sheets: [
        { sheet: report!, mode: 'existing', blocks: [{ address: 'M13', values: [['Điểm thẩm định']], format: { bold: true, fill: '#FFF2CC' } }], print: { ...PRINT, titleRows: '$13:$13' } },
        { sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['TỔNG HỢP', 1]] }], print: { ...PRINT, titleRows: '$3:$3' } },
      ],
    });
    await book.writeStore('decisions', [{ unit: 'Bản Hua Ca' }]);
    // A re-run: «Tổng hợp» and the store written again swap their parts.
    await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A1', values: [['TỔNG HỢP', 2]] }] }] });
    await book.writeStore('record', { run: 2 });
    const bytes = await book.toBuffer();
    const after = unzipSync(bytes);
    xmlParts(after);

    const edited = ['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];
    for (const [name, data] of Object.entries(before)) {
      expect(after[name], name).toBeDefined();
      if (!edited.includes(name)) expect(Buffer.from(after[name]!).equals(Buffer.from(data)), name).toBe(true);
    }
    // Two sheets added (Tổng hợp, the store), each once, written again in their own parts.
    expect(Object.keys(after).filter((n) => n.startsWith('xl/worksheets/sheet')).sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    const types = new TextDecoder().decode(after['[Content_Types].xml']);
    expect(types.match(/PartName="\/xl\/worksheets\/sheet\d+\.xml"/g)).toEqual(['PartName="/xl/worksheets/sheet1.xml"', 'PartName="/xl/worksheets/sheet2.xml"', 'PartName="/xl/worksheets/sheet3.xml"']);

    // workbook.xml: the sheets added, the unit's defined name kept, print titles replaced for the report only.
    const workbook = new TextDecoder().decode(after['xl/workbook.xml']);
    expect(workbook).toContain('<definedName name="DiemTuCham">');
    expect(workbook.match(/_xlnm\.Print_Titles" localSheetId="\d">[^<]*/g)).toEqual([`_xlnm.Print_Titles" localSheetId="0">'${report}'!$13:$13`, `_xlnm.Print_Titles" localSheetId="1">'Tổng hợp'!$3:$3`]);

    // styles.xml: what was there is a prefix of what is there.
    const styles = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/ count="\d+"/g, '');
    const [oldStyles, newStyles] = [styles(before['xl/styles.xml']!), styles(after['xl/styles.xml']!)];
    const cellXfs = (s: string) => /<cellXfs>(.*)<\/cellXfs>/s.exec(s)![1]!;
    expect(cellXfs(newStyles).startsWith(cellXfs(oldStyles))).toBe(true);
    expect(cellXfs(newStyles).length).toBeGreaterThan(cellXfs(oldStyles).length);

    // Read back: by thidua's reader and by ExcelJS (which opens no openpyxl file, but opens this one after LibreOffice).
    const reader = WorkbookReader.open(bytes);
    expect(reader.sheetNames()).toEqual([report, 'Tổng hợp']);
    expect(reader.grid('Tổng hợp')!.values[0]).toEqual(['TỔNG HỢP', 2]);
    expect(reader.grid(report!)!.values.at(-1)).toContain('Điểm thẩm định');
    expect(Object.fromEntries(reader.store())).toEqual({ decisions: [{ unit: 'Bản Hua Ca' }], record: { run: 2 } });
    expect(workbook).toMatch(/<sheet name="_thidua" sheetId="3" state="veryHidden" r:id="rId\d+" xmlns:r="[^"]+"\/>/);
  });

  it('reads and writes each workbook of a batch by its own styles.xml, whether the one before carried the same or another', async () => {
    // The style of the unit's figures (fill 5) shows two decimals.
    const { original, other } = await withStyles('<xf numFmtId="0" fontId="0" fillId="5"', '<xf numFmtId="4" fontId="0" fillId="5"');
    const formats = async (bytes: Uint8Array) => {
      const book = OoxmlWorkbook.open(bytes);
      const [report] = await book.listSheets();
      return new Set((await book.readSheets([report!]))[0]!.formats?.flat());
    };
    const copiedStyles = async (bytes: Uint8Array) => {
      const book = OoxmlWorkbook.open(bytes);
      const [report] = await book.listSheets();
      await book.apply({ sheets: [{ sheet: report!, mode: 'existing', blocks: [{ address: 'M13', values: [[0.5]], format: { numberFormat: '0.0', bold: true } }] }] });
      return new TextDecoder().decode(unzipSync(await book.toBuffer())['xl/styles.xml']);
    };
    expect((await formats(original)).has('#,##0.00')).toBe(false);
    expect((await formats(other)).has('#,##0.00')).toBe(true);
    expect((await formats(original)).has('#,##0.00')).toBe(false);
    expect((await formats(original)).has('#,##0.00')).toBe(false);

    const first = await copiedStyles(original);
    // What one copy appended to styles.xml is not in the next copy's, from the same styles.xml or another.
    expect(await copiedStyles(original)).toBe(first);
    const otherCopy = await copiedStyles(other);
    expect(otherCopy.includes('<xf numFmtId="4" fontId="0" fillId="5"')).toBe(true);
    expect(otherCopy.replace('<xf numFmtId="4" fontId="0" fillId="5"', '<xf numFmtId="0" fontId="0" fillId="5"')).toBe(first);
    expect(await copiedStyles(original)).toBe(first);
  });

  it('gives each copy the styles its own styles.xml makes when units of two forms come in turn', async () => {
    // The style of the criteria's titles (A13, style 5) takes the italic font (2), not the bold (1).
    const { original, other } = await withStyles('<xf numFmtId="0" fontId="1" fillId="3"', '<xf numFmtId="0" fontId="2" fillId="3"');
    /** The fonts and styles a copy appended: A13 written in italics, red, over its own style. */
    const appended = async (bytes: Uint8Array) => {
      const book = OoxmlWorkbook.open(bytes);
      const [report] = await book.listSheets();
      await book.apply({ sheets: [{ sheet: report!, mode: 'existing', blocks: [{ address: 'A13', values: [['Tiêu chí']], format: { italic: true, fontColor: '#C00000' } }] }] });
      const written = new TextDecoder().decode(unzipSync(await book.toBuffer())['xl/styles.xml']);
      return { fonts: written.match(/<font>(?:(?!<\/font>).)*<\/font>/g)!.slice(3), styles: written.match(/<xf [^>]*\/>/g)!.slice(-1) };
    };
    // The bold font with italics laid over; the italic font as it is, red.
    const fromOriginal = { fonts: ['<font><i/><color rgb="FFC00000"/><b/></font>'], styles: ['<xf numFmtId="0" fontId="3" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'] };
    const fromOther = { fonts: ['<font><i/><color rgb="FFC00000"/></font>'], styles: fromOriginal.styles };
    for (const [bytes, expected] of [[original, fromOriginal], [other, fromOther], [original, fromOriginal], [other, fromOther]] as const) expect(await appended(bytes)).toEqual(expected);
  });

  it('makes a new workbook ExcelJS and LibreOffice open', async () => {
    const book = OoxmlWorkbook.create(plainWriter);
    await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'B2', values: [['Đơn vị', 'Điểm'], ['Bản Hua Ca', 93.5]], format: { bold: true, numberFormat: '0.0' } }] }] });
    await book.writeStore('record', { run: 1 });
    const bytes = await book.toBuffer();
    xmlParts(unzipSync(bytes));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Tổng hợp', 'visible'], ['_thidua', 'veryHidden']]);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('C3').value).toBe(93.5);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('C3').numFmt).toBe('0.0');
    expect(wb.getWorksheet('Tổng hợp')!.getCell('C3').font?.bold).toBe(true);

    const dir = await tempDir();
    const file = join(dir, 'moi.xlsx');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, bytes));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore' });
    expect((await readFile(join(dir, 'moi.pdf'))).subarray(0, 4).toString()).toBe('%PDF');
  }, 60_000);
});
