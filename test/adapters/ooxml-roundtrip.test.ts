// Scored copies of workbooks made by programs thidua does not control — saved by openpyxl (absolute targets,
// a note, a chart, data validation, an image, a defined name), by LibreOffice (the same workbook re-saved)
// and by ExcelJS (the example report with a note, an image, data validation and a defined name) — scored
// through the command line: each copy converts to PDF with LibreOffice; every part of the original is in
// it byte for byte but the scored sheet (and its notes), styles.xml (only appended to), and workbook.xml,
// its relationships and the content types (entries only added; the sheet's print names replaced); the
// scored sheet differs from the original only in thidua's cells; every XML part parses strictly.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import { main } from '../../cli/main.js';
import { SCORED_HEADERS } from '../../core/workbook/plan-scored-sheet.js';
import { parseStrictXml, type XmlElement } from '../helpers/strict-xml.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { tempDir } from '../cli/helpers.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/bao-cao/ban-hua-ca.xlsx');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
const UNIT_NOTE = 'Đơn vị ghi chú: số liệu theo sổ theo dõi';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Made = { name: string; original: Uint8Array; copy: Uint8Array };
const made: Made[] = [];
let dir: string;

/** The example report saved by ExcelJS with what a unit adds in Excel (ExcelJS cannot make charts). */
async function exceljsSaved(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.worksheets[0]!;
  ws.getCell('A6').note = UNIT_NOTE;
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'R20:S22');
  ws.getCell('L14').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Đạt,Không đạt"'] };
  wb.definedNames.add(`'${ws.name}'!$G$14:$G$30`, 'DiemTuCham');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  dir = await tempDir();
  const input = join(dir, 'bao-cao');
  await mkdir(input);
  execFileSync('/usr/bin/python3', [join(FIXTURES, 'openpyxl-save.py'), EXAMPLE, join(input, 'openpyxl.xlsx')]);
  const lo = join(dir, 'lo');
  await mkdir(lo);
  await copyFile(join(input, 'openpyxl.xlsx'), join(lo, 'libreoffice.xlsx'));
  await sofficeAll([join(lo, 'libreoffice.xlsx')], input, 'xlsx', 'Calc MS Excel 2007 XML');
  await writeFile(join(input, 'exceljs.xlsx'), await exceljsSaved());

  const out = join(dir, 'ket-qua');
  const code = await main(['score', input, '--criteria', 'ta-ma-2025', '--out', out], { out: () => {}, err: () => {}, cwd: dir });
  // Three copies of one unit: duplicates (exit 1), each copy still written.
  expect(code).toBe(1);
  for (const name of ['openpyxl', 'libreoffice', 'exceljs']) {
    made.push({ name, original: await readFile(join(input, `${name}.xlsx`)), copy: await readFile(join(out, `${name}.cham-diem.xlsx`)) });
  }
}, 180_000);

/** The parts a scored sheet's edit may change: the sheet, its relationships and the notes they name. */
function sheetParts(files: Record<string, Uint8Array>, sheet: string): string[] {
  const rels = sheet.replace(/([^/]+)$/, '_rels/$1.rels');
  const named = files[rels] ? [...text(files[rels]).matchAll(/Target="([^"]+)"[^>]*/g)].filter((m) => /comments|vmlDrawing/.test(m[0])).map((m) => m[1]!) : [];
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : join(sheet, '..', target));
  return [sheet, rels, ...named.map(resolve)];
}

const shape = (e: XmlElement): unknown => ({ name: e.name, attributes: e.attributes, text: e.text.trim(), children: e.children.map(shape) });
const withoutCount = (e: XmlElement): unknown => ({ ...(shape(e) as object), attributes: { ...e.attributes, count: undefined }, children: [] });

describe('scored copies of workbooks other programs made', () => {
  it('are written for all three and convert to PDF with LibreOffice', async () => {
    const pdf = join(dir, 'pdf');
    await mkdir(pdf);
    for (const m of made) await writeFile(join(pdf, `${m.name}.xlsx`), m.copy);
    await sofficeAll(made.map((m) => join(pdf, `${m.name}.xlsx`)), pdf, 'pdf');
    for (const m of made) expect((await readFile(join(pdf, `${m.name}.pdf`))).subarray(0, 5).toString(), m.name).toBe('%PDF-');
    expect((await readdir(pdf)).filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
  }, 120_000);

  it('keep every part of the original byte for byte but the scored sheet, and parse strictly', () => {
    for (const m of made) {
      const before = unzipSync(m.original);
      const after = unzipSync(m.copy);
      for (const [name, data] of Object.entries(after)) {
        if (/\.(xml|rels|vml)$/.test(name)) expect(() => parseStrictXml(text(data), `${m.name}: ${name}`)).not.toThrow();
      }
      const report = WorkbookReader.open(m.original).sheets[0]!.part!;
      const mayChange = new Set([...sheetParts(before, report), 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']);
      for (const [name, data] of Object.entries(before)) {
        expect(after[name], `${m.name}: ${name}`).toBeDefined();
        if (!mayChange.has(name)) expect(Buffer.from(after[name]!).equals(Buffer.from(data)), `${m.name}: ${name}`).toBe(true);
      }
      // The unit's own note is still there, beside thidua's.
      const notes = sheetParts(after, report).filter((p) => /comments/.test(p));
      expect(notes.map((p) => text(after[p]!)).join(''), m.name).toContain(UNIT_NOTE);
    }
  });

  it('only append to styles.xml and only add entries to workbook.xml, its relationships and the content types', () => {
    for (const m of made) {
      const [before, after] = [unzipSync(m.original), unzipSync(m.copy)];
      const parse = (files: Record<string, Uint8Array>, name: string) => parseStrictXml(text(files[name]!), name);
      // styles.xml: each list's entries as they were, then thidua's.
      const [oldStyles, newStyles] = [parse(before, 'xl/styles.xml'), parse(after, 'xl/styles.xml')];
      for (const list of oldStyles.children) {
        const grown = newStyles.children.find((c) => c.name === list.name)!;
        expect(withoutCount(grown), `${m.name}: ${list.name}`).toEqual(withoutCount(list));
        expect(grown.children.slice(0, list.children.length).map(shape), `${m.name}: ${list.name}`).toEqual(list.children.map(shape));
      }
      expect(newStyles.children.find((c) => c.local === 'cellXfs')!.children.length).toBeGreaterThan(oldStyles.children.find((c) => c.local === 'cellXfs')!.children.length);

      for (const name of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
        const added = parse(after, name).children.map((c) => JSON.stringify(shape(c)));
        for (const entry of parse(before, name).children) expect(added, `${m.name}: ${name}`).toContain(JSON.stringify(shape(entry)));
      }
      // workbook.xml: its elements kept (the scored sheet's print names replaced), sheets and names added.
      const [oldBook, newBook] = [parse(before, 'xl/workbook.xml'), parse(after, 'xl/workbook.xml')];
      for (const part of oldBook.children) {
        const kept = newBook.children.find((c) => c.name === part.name)!;
        const entries = kept.children.map((c) => JSON.stringify(shape(c)));
        const ownPrint = (e: XmlElement) => e.local === 'definedName' && /^_xlnm\.Print_/.test(e.attributes.name ?? '') && e.attributes.localSheetId === '0';
        for (const entry of part.children.filter((e) => !ownPrint(e))) expect(entries, `${m.name}: workbook.xml ${part.name}`).toContain(JSON.stringify(shape(entry)));
      }
      const sheets = newBook.children.find((c) => c.local === 'sheets')!.children.map((s) => s.attributes.name);
      expect(sheets.slice(0, 3), m.name).toEqual(['Bản Hua Ca', 'Tổng hợp', 'Đề xuất khen thưởng']);
    }
  });

  it('change the scored sheet only in thidua\'s cells', () => {
    for (const m of made) {
      const [before, after] = [WorkbookReader.open(m.original), WorkbookReader.open(m.copy)];
      const name = before.sheetNames()[0]!;
      const cells = (reader: WorkbookReader) => {
        const grid = reader.grid(name)!;
        const map = new Map<string, unknown>();
        grid.values.forEach((row, r) => row.forEach((v, c) => v !== null && map.set(`${r + grid.origin!.row},${c + grid.origin!.col}`, v instanceof Date ? v.toISOString() : v)));
        return map;
      };
      const [old, scored] = [cells(before), cells(after)];
      const header = [...scored].find(([, v]) => v === SCORED_HEADERS[0])![0];
      const firstOwn = Number(header.split(',')[1]);
      for (const [at, value] of old) expect(scored.get(at), `${m.name}: ${at}`).toEqual(value);
      for (const at of scored.keys()) if (!old.has(at)) expect(Number(at.split(',')[1]), `${m.name}: ${at} is thidua's`).toBeGreaterThanOrEqual(firstOwn);
      expect([...scored.keys()].filter((at) => !old.has(at)).length).toBeGreaterThan(30);
    }
  });
});
