// The sheet writer (adapters/ooxml/write/sheet-writer.ts) on the SheetEdits the planners make for the example
// commune, written into the sheets as three generators saved them — ExcelJS (the examples), LibreOffice and
// openpyxl (a note of the officer's included): the XML reads strictly, its parts stand in schema order, the
// cells written read back as planned through the package reader, every other cell as it was, and every
// element the edit does not name is the very same text. The copies open in LibreOffice and print.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cell.js';
import type { SheetEdit, WorkbookEdit } from '../../core/sheet/port.js';
import { cellAddress, columnLetter } from '../../core/text.js';
import { ANNOTATION_MARK } from '../../core/workbook/store-layout.js';
import { decideRun } from '../../core/run/decide-run.js';
import { planCopy, runShares } from '../../core/run/plan-copy.js';
import { readWorkbookOn, type WorkbookReports } from '../../core/run/workbook-reports.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { OoxmlPackage } from '../../adapters/ooxml/package.js';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { SheetInput, SheetOutput, StyleBook } from '../../adapters/ooxml/write/contract.js';
import { mapElements, type XmlNode } from '../../adapters/ooxml/element-map.js';
import { HEADER_FOOTER_ORDER, SHEET_PR_ORDER, SHEET_VIEW_ORDER, WORKSHEET_ORDER } from '../../adapters/ooxml/write/splices.js';
import { writeSheet } from '../../adapters/ooxml/write/sheet-writer.js';
import { loadCriteriaArg } from '../../cli/files.js';
import { parseStrictXml, type XmlElement } from '../helpers/strict-xml.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { expectEqual } from '../helpers/expect-equal.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');
const DATE = '2025-12-01';

type Files = Record<string, Uint8Array>;

/** The plans made, by the workbooks planned: a plan is the same every time it is made (its date fixed), so made once. */
const plans = new WeakMap<Map<string, Uint8Array>, Promise<Map<string, WorkbookEdit>>>();

/** What every file of the commune becomes: the planners' edit of each, as the command line plans them (one run over all). */
function planCommune(workbooks: Map<string, Uint8Array>): Promise<Map<string, WorkbookEdit>> {
  let plan = plans.get(workbooks);
  if (!plan) plans.set(workbooks, (plan = planAfresh(workbooks)));
  return plan;
}

async function planAfresh(workbooks: Map<string, Uint8Array>): Promise<Map<string, WorkbookEdit>> {
  const set = await loadCriteriaArg(CRITERIA, EXAMPLES);
  const names = [...workbooks.keys()];
  const read: WorkbookReports[] = [];
  for (const name of names) {
    const port = OoxmlWorkbook.open(workbooks.get(name)!);
    read.push(await readWorkbookOn(port, set, { file: name }));
  }
  const run = decideRun(
    set,
    read.map((r) => ({ cards: r.cards })),
    {},
  );
  const shareOf = runShares(run);
  return new Map(names.map((name, i) => [name, planCopy(set, read[i]!, shareOf(i), read[i]!.decisions, { date: DATE })]));
}

/** A style book that keeps each cell's style (every index stays one styles.xml has), but gives dates a date style it adds once. */
class KeptStyles implements StyleBook {
  readonly calls: { base: number; date: boolean }[] = [];
  constructor(private readonly dateStyle: number) {}
  styled(base: number, _format: unknown, date: boolean): number {
    this.calls.push({ base, date });
    return date ? this.dateStyle : base;
  }
}

/** The package with one date style added to its cellXfs: its index. */
function addDateStyle(files: Files): number {
  const styles = strFromU8(files['xl/styles.xml']!);
  const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
  const count = Number(xfs[1]);
  files['xl/styles.xml'] = strToU8(styles.replace(xfs[0], `<cellXfs count="${count + 1}">${xfs[2]}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`));
  return count;
}

type Written = { edit: SheetEdit; input: SheetInput; out: SheetOutput; path: string; isNew: boolean };

/**
 * Every sheet edit of `edit` through the sheet writer, put into the package as the package writer would (a test's
 * minimal stand-in: new sheets listed in workbook.xml, parts and their content types, print names): the copy's bytes.
 */
function writeCopy(original: Uint8Array, edit: WorkbookEdit): { bytes: Uint8Array; written: Written[]; files: Files; before: Files } {
  const before = unzipSync(original);
  const files: Files = { ...before };
  const pkg = OoxmlPackage.open(original);
  const sheets = pkg.sheets();
  const workbookPart = pkg.workbookPart();
  const date1904 = /date1904="(1|true)"/.test(strFromU8(files[workbookPart]!));
  const styles = new KeptStyles(addDateStyle(files));
  const reserved = new Set<string>();
  const newPath = (prefix: string, extension: string) => {
    let n = 1;
    while (files[`${prefix}${n}${extension}`] || reserved.has(`${prefix}${n}${extension}`)) n++;
    reserved.add(`${prefix}${n}${extension}`);
    return `${prefix}${n}${extension}`;
  };
  const text = (p: string) => (files[p] ? strFromU8(files[p]) : undefined);
  const relsOf = (p: string) => p.replace(/([^/]+)$/, '_rels/$1.rels');
  let workbook = text(workbookPart)!;
  let workbookRels = text(relsOf(workbookPart))!;
  let types = text('[Content_Types].xml')!;
  const override = (path: string, type: string) => {
    if (!types.includes(`PartName="/${path}"`)) types = types.replace('</Types>', `<Override PartName="/${path}" ContentType="${type}"/></Types>`);
  };
  const written: Written[] = [];
  let index = sheets.length;
  for (const sheetEdit of edit.sheets) {
    const at = sheets.findIndex((s) => s.name === sheetEdit.sheet);
    const isNew = at < 0;
    const path = isNew ? newPath('xl/worksheets/sheet', '.xml') : sheets[at]!.part!;
    const input: SheetInput = {
      path,
      xml: isNew ? undefined : text(path),
      rels: isNew ? undefined : text(relsOf(path)),
      part: text,
      newPath,
      date1904,
      index: isNew ? index++ : at,
    };
    const out = writeSheet(sheetEdit, input, styles);
    written.push({ edit: sheetEdit, input, out, path, isNew });
    files[path] = out.xml;
    if (out.rels === undefined) delete files[relsOf(path)];
    else files[relsOf(path)] = strToU8(out.rels);
    for (const part of out.parts) {
      files[part.path] = strToU8(part.data);
      override(part.path, part.contentType);
    }
    if (isNew) {
      const id = `rIdThidua${input.index}`;
      workbook = workbook.replace(/<\/(\w+:)?sheets>/, (end) => `<sheet name="${sheetEdit.sheet}" sheetId="${100 + input.index}" r:id="${id}"/>${end}`);
      if (!/xmlns:r=/.test(workbook.slice(0, workbook.indexOf('>', workbook.indexOf('<workbook'))))) workbook = workbook.replace('<workbook', `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
      workbookRels = workbookRels.replace('</Relationships>', `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/${path}"/></Relationships>`);
      override(path, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    }
    if (out.definedNames) {
      workbook = workbook.replace(new RegExp(`<definedName name="_xlnm\\.Print_(Titles|Area)" localSheetId="${input.index}"[^>]*>[^<]*</definedName>`, 'g'), '');
      const names = out.definedNames.map((n) => `<definedName name="${n.name}" localSheetId="${input.index}">${n.value.replace(/&/g, '&amp;')}</definedName>`).join('');
      workbook = /<definedNames>/.test(workbook) ? workbook.replace('<definedNames>', `<definedNames>${names}`) : workbook.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
    }
  }
  files[workbookPart] = strToU8(workbook);
  files[relsOf(workbookPart)] = strToU8(workbookRels);
  files['[Content_Types].xml'] = strToU8(types);
  return { bytes: zipSync(files), written, files, before };
}

/** A grid's cells by address, empty ones left out. */
function cellsOf(bytes: Uint8Array, sheet: string): Map<string, CellValue> {
  const grid = WorkbookReader.open(bytes).grid(sheet)!;
  const origin = grid.origin ?? { row: 1, col: 1 };
  const cells = new Map<string, CellValue>();
  grid.values.forEach((row, i) => row.forEach((v, j) => v !== null && cells.set(cellAddress(origin.row + i, origin.col + j), v)));
  return cells;
}

/** What the edit writes, by address (a later block over a cell wins). */
function plannedOf(edit: SheetEdit): Map<string, CellValue> {
  const planned = new Map<string, CellValue>();
  for (const block of edit.blocks) {
    const m = /^([A-Z]+)(\d+)$/.exec(block.address)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    block.values.forEach((row, i) => row.forEach((v, j) => planned.set(cellAddress(Number(m[2]) + i, col + j), v)));
  }
  return planned;
}

/** Children of an element in the order `order` gives them (names it does not know passed over). */
function inOrder(el: XmlElement, order: readonly string[]): boolean {
  const ranks = el.children.map((c) => order.indexOf(c.local)).filter((r) => r >= 0);
  return ranks.every((r, i) => i === 0 || r >= ranks[i - 1]!);
}

function expectSchemaOrder(xml: string, part: string): XmlElement {
  const root = parseStrictXml(xml, part);
  expect(inOrder(root, WORKSHEET_ORDER), `${part}: ${root.children.map((c) => c.local).join(' ')}`).toBe(true);
  for (const el of root.children) {
    if (el.local === 'sheetPr') expect(inOrder(el, SHEET_PR_ORDER), part).toBe(true);
    if (el.local === 'headerFooter') expect(inOrder(el, HEADER_FOOTER_ORDER), part).toBe(true);
    if (el.local === 'sheetViews') for (const view of el.children) expect(inOrder(view, SHEET_VIEW_ORDER), part).toBe(true);
    if (el.local === 'sheetData') {
      const rows = el.children.map((r) => Number(r.attributes.r));
      expect(rows.every((r, i) => i === 0 || r > rows[i - 1]!), `${part}: rows ascending`).toBe(true);
      for (const row of el.children) {
        const cols = row.children.map((c) => [...c.attributes.r!.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
        expect(cols.every((c, i) => i === 0 || c > cols[i - 1]!), `${part}: row ${row.attributes.r} columns ascending`).toBe(true);
      }
    }
  }
  return root;
}

/** Worksheet parts an edit may change (what it names: cells, widths, heights, view, print, notes). */
const EDITED = new Set(['sheetPr', 'dimension', 'sheetViews', 'cols', 'sheetData', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'legacyDrawing']);

/** The original's elements the edit does not name, and rows and cells it does not write: each still in the copy, byte for byte. */
function expectUntouchedKept(original: string, copy: string, edit: SheetEdit): number {
  const planned = plannedOf(edit);
  const heights = new Set((edit.rowHeights ?? []).map((h) => h.row));
  const writtenRows = new Set([...planned.keys()].map((a) => Number(/\d+$/.exec(a)![0])));
  let checked = 0;
  const root = mapElements(original, 'original', (node, parent) => !parent.parent || parent.name === 'sheetData' || parent.name === 'row');
  for (const el of root.children) {
    if (!EDITED.has(el.name)) {
      expect(copy.includes(original.slice(el.start, el.end)), `<${el.name}> kept`).toBe(true);
      checked++;
    }
    if (el.name !== 'sheetData') continue;
    for (const row of el.children) {
      const r = Number(row.attrs.r);
      if (!writtenRows.has(r) && !heights.has(r)) {
        expect(copy.includes(original.slice(row.start, row.end)), `row ${r} kept`).toBe(true);
        checked++;
        continue;
      }
      for (const c of row.children as XmlNode[]) {
        if (planned.has(c.attrs.r!)) continue;
        expect(copy.includes(original.slice(c.start, c.end)), `cell ${c.attrs.r} kept`).toBe(true);
        checked++;
      }
    }
  }
  return checked;
}

/** The sheet's notes (comments part) as ref → text, and the comment elements as written. */
function notesOf(bytes: Uint8Array, sheet: string): { texts: Map<string, string>; elements: string[]; shapes: number } {
  const pkg = OoxmlPackage.open(bytes);
  const part = pkg.sheets().find((s) => s.name === sheet)!.part!;
  const rels = pkg.relationships(part);
  const comments = rels.find((r) => r.type.endsWith('/comments'));
  const vml = rels.find((r) => r.type.endsWith('/vmlDrawing'));
  if (!comments) return { texts: new Map(), elements: [], shapes: 0 };
  const xml = strFromU8(pkg.part(comments.target)!);
  const root = parseStrictXml(xml, comments.target);
  const list = root.children.find((c) => c.local === 'commentList')!;
  const text = (el: XmlElement): string => (el.local === 't' ? el.text : el.local === 'rPh' ? '' : el.children.map(text).join(''));
  const shapes = vml ? (strFromU8(pkg.part(vml.target)!).match(/<(\w+:)?shape\b/g) ?? []).length : 0;
  return {
    texts: new Map(list.children.map((c) => [c.attributes.ref!, text(c)])),
    elements: [...xml.matchAll(/<comment\b[\s\S]*?<\/comment>/g)].map((m) => m[0]),
    shapes,
  };
}

/** What a sheet's XML says of its printing and frozen panes, and its print names, attribute by attribute. */
function printOf(bytes: Uint8Array, sheet: string): Record<string, unknown> {
  const pkg = OoxmlPackage.open(bytes);
  const sheets = pkg.sheets();
  const index = sheets.findIndex((s) => s.name === sheet);
  const root = parseStrictXml(strFromU8(pkg.part(sheets[index]!.part!)!));
  const el = (name: string, from = root) => from.children.find((c) => c.local === name);
  const attrs = (e: XmlElement | undefined, names: string[]) => Object.fromEntries(names.map((n) => [n, e?.attributes[n]]));
  const workbook = parseStrictXml(strFromU8(pkg.part(pkg.workbookPart())!));
  const names = (el('definedNames', workbook)?.children ?? []).filter((d) => d.attributes.localSheetId === String(index));
  const sheetPr = el('sheetPr');
  return {
    fitToPage: sheetPr && attrs(el('pageSetUpPr', sheetPr), ['fitToPage']),
    margins: attrs(el('pageMargins'), ['left', 'right', 'top', 'bottom', 'header', 'footer']),
    setup: attrs(el('pageSetup'), ['paperSize', 'orientation', 'fitToWidth', 'fitToHeight', 'firstPageNumber', 'useFirstPageNumber']),
    headerFooter: el('headerFooter')?.children.map((c) => [c.local, c.text]),
    breaks: el('rowBreaks')?.children.map((b) => b.attributes.id),
    pane: attrs(el('pane', el('sheetView', el('sheetViews'))), ['xSplit', 'ySplit', 'topLeftCell', 'state']),
    names: Object.fromEntries(names.map((d) => [d.attributes.name, d.text])),
  };
}

/** The officer's note openpyxl leaves on cells. */
const OFFICER_NOTE = 'Ghi chú của cán bộ: số liệu lấy từ sổ theo dõi';

/** Re-saves workbooks through openpyxl, as provincial tools export them, with an officer's note on the cells given. */
const OPENPYXL_RESAVE = `
import json, sys
import openpyxl
from openpyxl.comments import Comment
for job in json.load(sys.stdin):
    wb = openpyxl.load_workbook(job['from'])
    for sheet, cells in job['notes'].items():
        for ref in cells:
            wb[sheet][ref].comment = Comment(${JSON.stringify(OFFICER_NOTE)}, 'Cán bộ')
    wb.save(job['to'])
`;

let dir: string;
const variants = new Map<string, Map<string, Uint8Array>>();
/** The cells given an officer's note in the openpyxl variant, by file then sheet: a cell thidua flags, and A1. */
const officerNotes = new Map<string, Record<string, string[]>>();

async function folder(path: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const name of (await readdir(path)).filter((n) => n.endsWith('.xlsx')).sort()) files.set(name, new Uint8Array(await readFile(join(path, name))));
  return files;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-sheet-writer-'));
  const examples = join(EXAMPLES, 'bao-cao');
  const exceljs = await folder(examples);
  variants.set('ExcelJS', exceljs);

  const planned = await planCommune(exceljs);
  for (const [name, edit] of planned) {
    const notes: Record<string, string[]> = {};
    for (const s of edit.sheets) if (s.mode === 'existing') notes[s.sheet] = ['A1', ...(s.notes ?? []).slice(0, 1).map((n) => n.address)];
    officerNotes.set(name, notes);
  }
  await mkdir(join(dir, 'openpyxl'));
  const jobs = [...exceljs.keys()].map((name) => ({ from: join(examples, name), to: join(dir, 'openpyxl', name), notes: officerNotes.get(name) }));
  execFileSync('/usr/bin/python3', ['-c', OPENPYXL_RESAVE], { input: JSON.stringify(jobs), timeout: 120_000 });
  variants.set('openpyxl', await folder(join(dir, 'openpyxl')));

  await mkdir(join(dir, 'libreoffice'));
  await sofficeAll([...exceljs.keys()].map((n) => join(examples, n)), join(dir, 'libreoffice'), 'xlsx', 'Calc MS Excel 2007 XML');
  variants.set('LibreOffice', await folder(join(dir, 'libreoffice')));
}, 600_000);

/**
 * Each variant's copies, written and checked once: writeAndCheck's assertions run in the first test that asks, and the
 * tests after it take the same copies.
 */
const checked = new Map<string, Promise<Map<string, { bytes: Uint8Array; edit: WorkbookEdit }>>>();
function checkedCopies(variant: string): Promise<Map<string, { bytes: Uint8Array; edit: WorkbookEdit }>> {
  let copies = checked.get(variant);
  if (!copies) checked.set(variant, (copies = writeAndCheck(variants.get(variant)!)));
  return copies;
}

/** Every copy of a variant written, each sheet checked as the issue asks; the copies by file name. */
async function writeAndCheck(workbooks: Map<string, Uint8Array>): Promise<Map<string, { bytes: Uint8Array; edit: WorkbookEdit }>> {
  const edits = await planCommune(workbooks);
  const copies = new Map<string, { bytes: Uint8Array; edit: WorkbookEdit }>();
  for (const [name, edit] of edits) {
    const original = workbooks.get(name)!;
    const { bytes, written, files, before } = writeCopy(original, edit);
    copies.set(name, { bytes, edit });
    for (const w of written) {
      const part = `${name} ${w.path} «${w.edit.sheet}»`;
      const xml = strFromU8(w.out.xml);
      expectSchemaOrder(xml, part);
      const after = cellsOf(bytes, w.edit.sheet);
      const planned = plannedOf(w.edit);
      // A sheet replaced holds what the edit writes and nothing else.
      const fresh = w.isNew || w.edit.mode === 'replace';
      const was = fresh ? new Map<string, CellValue>() : cellsOf(original, w.edit.sheet);
      for (const [address, value] of planned) expect(after.get(address) ?? null, `${part} ${address}`).toEqual(value);
      for (const [address, value] of was) if (!planned.has(address)) expect(after.get(address), `${part} ${address} as it was`).toEqual(value);
      for (const address of after.keys()) expect(planned.has(address) || was.has(address), `${part} ${address} not written`).toBe(true);
      if (!fresh) expect(expectUntouchedKept(w.input.xml!, xml, w.edit)).toBeGreaterThan(10);

      // Notes: thidua's on the flagged cells but those the officer noted, whose notes stay as written.
      const notes = notesOf(bytes, w.edit.sheet);
      const theirs = fresh ? { texts: new Map<string, string>(), elements: [] as string[] } : notesOf(original, w.edit.sheet);
      for (const element of theirs.elements) expect(notes.elements, `${part}: the officer's note kept as written`).toContain(element);
      for (const note of w.edit.notes ?? []) {
        const text = notes.texts.get(note.address);
        if (theirs.texts.has(note.address)) expect(text, `${part} ${note.address}`).toBe(theirs.texts.get(note.address));
        else expect(text, `${part} ${note.address}`).toBe(`${ANNOTATION_MARK}\n${note.text}`);
      }
      expect(notes.texts.size, part).toBe(new Set([...theirs.texts.keys(), ...(w.edit.notes ?? []).map((n) => n.address)]).size);
      expect(notes.shapes, `${part}: a box for every note`).toBe(notes.texts.size);
    }
    // Every part the edit does not write is the original's, byte for byte.
    const touched = new Set(written.flatMap((w) => [w.path, w.path.replace(/([^/]+)$/, '_rels/$1.rels'), ...w.out.parts.map((p) => p.path)]));
    for (const [path, data] of Object.entries(before)) {
      if (!touched.has(path) && !['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'].includes(path)) expectEqual(files[path], data, `${name} ${path}`);
    }
  }
  return copies;
}

describe('the sheet writer on the example commune', () => {
  for (const variant of ['ExcelJS', 'openpyxl', 'LibreOffice']) {
    it(`writes every planned sheet of every ${variant}-saved report: strict XML in schema order, planned cells and notes read back, the rest byte for byte`, async () => {
      const copies = await checkedCopies(variant);
      expect(copies.size).toBe(12);
    }, 120_000);
  }

  it('gives the cells, column widths and notes ExcelJS gave for the same edits', async () => {
    const workbooks = variants.get('ExcelJS')!;
    for (const [name, { bytes: ours, edit }] of await checkedCopies('ExcelJS')) {
      const exceljs = await ExcelJsWorkbook.fromBuffer(workbooks.get(name)!);
      await exceljs.apply(edit);
      const theirs = await exceljs.toBuffer();
      for (const sheet of edit.sheets) {
        const read = (bytes: Uint8Array) => {
          const { values, origin, columnWidths } = WorkbookReader.open(bytes).grid(sheet.sheet)!;
          return { values, origin, columnWidths, notes: notesOf(bytes, sheet.sheet).texts, print: printOf(bytes, sheet.sheet) };
        };
        const [a, b] = [read(ours), read(theirs)];
        // ExcelJS leaves out a column 9 characters wide (its own default), which Excel then shows at 8.43: the writer keeps the planned 9.
        const planned = new Map((sheet.columnWidths ?? []).map((w) => [w.column, w.width]));
        b.columnWidths = b.columnWidths?.map((w, i) => (w === 8.43 && a.columnWidths?.[i] === 9 && planned.get(columnLetter(i + (b.origin?.col ?? 1))) === 9 ? 9 : w));
        expectEqual(a, b, `${name} «${sheet.sheet}»`);
      }
    }
  }, 120_000);

  it('keeps the officer\'s notes and replaces its own when a scored copy is scored again', async () => {
    const copies = await checkedCopies('openpyxl');
    const again = await writeAndCheck(new Map([...copies].map(([name, c]) => [name, c.bytes])));
    for (const [name, { bytes, edit }] of again) {
      for (const sheet of edit.sheets.filter((s) => s.mode === 'existing')) {
        const notes = notesOf(bytes, sheet.sheet);
        const officer = officerNotes.get(name)![sheet.sheet]!;
        for (const ref of officer) expect(notes.texts.get(ref), `${name} ${ref}`).toBe(OFFICER_NOTE);
        const own = [...notes.texts.values()].filter((t) => t.startsWith(ANNOTATION_MARK));
        expect(own.length, `${name} «${sheet.sheet}»`).toBe((sheet.notes ?? []).filter((n) => !officer.includes(n.address)).length);
      }
    }
  }, 120_000);

  it('writes copies LibreOffice opens and prints, and whose notes it reads', async () => {
    const out = join(dir, 'copies');
    await mkdir(out);
    const names: { file: string; noted: string }[] = [];
    for (const variant of ['ExcelJS', 'openpyxl', 'LibreOffice']) {
      const copies = await checkedCopies(variant);
      for (const name of ['ban-sang-to.xlsx', 'doan-the-xa-ta-ma.xlsx']) {
        const { bytes, edit } = copies.get(name)!;
        const file = join(out, `${variant}-${name}`);
        await writeFile(file, bytes);
        names.push({ file, noted: edit.sheets.find((s) => (s.notes ?? []).length > 0)!.sheet });
      }
    }
    const pdf = join(dir, 'pdf');
    await sofficeAll(names.map((n) => n.file), pdf, 'pdf');
    const resaved = join(dir, 'resaved');
    await sofficeAll(names.map((n) => n.file), resaved, 'xlsx', 'Calc MS Excel 2007 XML');
    for (const { file, noted } of names) {
      const base = file.slice(out.length + 1, -'.xlsx'.length);
      const text = execFileSync('pdftotext', ['-layout', join(pdf, `${base}.pdf`), '-'], { encoding: 'utf8' });
      // The scored columns, the summary and the review print, each sheet's pages numbered from 1.
      for (const words of ['Diễn giải', 'Tổng điểm', 'Tổng hợp — Trang 1', 'Rà soát — Trang 1', 'Xét khen thưởng — Trang 1']) expect(text, `${base}: ${words}`).toContain(words);
      const copy = new Uint8Array(await readFile(join(resaved, `${base}.xlsx`)));
      expect([...notesOf(copy, noted).texts.values()].some((t) => t.startsWith(ANNOTATION_MARK)), `${base}: LibreOffice reads thidua's notes`).toBe(true);
    }
  }, 600_000);
});

// Made for issue 27 item 2: the sheet half of writing scored copies by editing the unit's own package.
