// The package reader (adapters/ooxml) gives the very grids ExcelJS gives — values, formats, formulas, merges,
// column widths — on the example reports, on thidua's own scored copies and on LibreOffice-saved files; and it
// reads what ExcelJS cannot: a package with absolute relationship targets, as openpyxl writes.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { OoxmlPackage, resolveTarget } from '../../adapters/ooxml/package.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { main } from '../../cli/main.js';
import { openpyxlReport } from '../fixtures/openpyxl-layout.js';
import { tempDir } from '../cli/helpers.js';
import { goodReport, withLyingPart } from '../fixtures/bounded-bombs.js';
import { refuseUnbounded } from '../../adapters/ooxml/bounds.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { expectEqual } from '../helpers/expect-equal.js';
import { importIndicators } from '../../excel-addin/actions/indicators.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { INDICATORS_SHEET, madeIndicatorsSheet } from '../../core/indicators/own-sheet.js';
import { PROVINCE_CAPTURES } from '../watch/province-days.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');

/** Both readers' grids of every sheet, as JSON (dates as ISO text). */
async function bothGrids(bytes: Uint8Array): Promise<{ exceljs: unknown; ooxml: unknown }> {
  const exceljs = await ExcelJsWorkbook.fromBuffer(bytes);
  const reader = WorkbookReader.open(bytes);
  const names = await exceljs.listSheets();
  expect(reader.sheetNames()).toEqual(names);
  return {
    exceljs: JSON.parse(JSON.stringify(await exceljs.readSheets(names))),
    ooxml: JSON.parse(JSON.stringify(names.map((n) => reader.grid(n)))),
  };
}

describe('the package reader', () => {
  it('reads the example reports and the commune workbook as ExcelJS does', async () => {
    const files = [join(EXAMPLES, 'xa-ta-ma-2025.xlsx'), join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx')];
    for (const f of await readdir(join(EXAMPLES, 'bao-cao'))) files.push(join(EXAMPLES, 'bao-cao', f));
    for (const file of files) {
      const { exceljs, ooxml } = await bothGrids(await readFile(file));
      expectEqual(ooxml, exceljs, file);
    }
  });

  it('reads scored copies (flags, dates, the hidden store) and LibreOffice-saved files as ExcelJS does', async () => {
    const dir = await tempDir();
    const out = join(dir, 'ket-qua');
    const io = { out: () => {}, err: () => {}, cwd: dir };
    await main(['score', join(EXAMPLES, 'bao-cao', 'ban-hua-ca.xlsx'), join(EXAMPLES, 'bao-cao', 'cong-an-xa.xlsx'), '--criteria', 'ta-ma-2025', '--out', out], io);
    const scored = (await readdir(out)).map((f) => join(out, f));
    const saved = join(dir, 'libreoffice');
    await mkdir(saved);
    await sofficeAll(scored, saved, 'xlsx', 'Calc MS Excel 2007 XML');
    const files = [...scored, ...(await readdir(saved)).map((f) => join(saved, f))];
    expect(files.length).toBe(6);
    for (const file of files) {
      const { exceljs, ooxml } = await bothGrids(await readFile(file));
      expectEqual(ooxml, exceljs, file);
    }
  }, 120_000);

  it('reads the add-in\'s hidden store as ExcelJS writes it, and leaves its sheet out of the list', async () => {
    const written = ExcelJsWorkbook.create();
    await written.apply({ sheets: [{ sheet: 'Báo cáo', mode: 'existing', blocks: [{ address: 'A1', values: [['x']] }] }] });
    const decisions = [{ unit: 'Bản Hua Ca', note: 'đ'.repeat(40_000) }];
    await written.writeStore('decisions', decisions);
    const reader = WorkbookReader.open(await written.toBuffer());
    expect(reader.sheetNames()).toEqual(['Báo cáo']);
    expect(reader.store().get('decisions')).toEqual(decisions);
  });

  it('reads a package with absolute targets (openpyxl), its note and chart beside the cells', () => {
    const reader = WorkbookReader.open(openpyxlReport('Bản Hua Ca'));
    expect(reader.sheetNames()).toEqual(['Báo cáo']);
    const grid = reader.grid('Báo cáo')!;
    expect(grid.values[1]).toEqual(['Tên đơn vị:', 'Bản Hua Ca', null, null, null, null, null, null]);
    expect(grid.values[3]![1]).toEqual(new Date(Date.UTC(2025, 10, 3)));
    expect(grid.formats?.[3]?.[1]).toBe('mm-dd-yy');
    expect(grid.values[7]).toEqual(['HTS1', 'Tiêu chí HTS1', '60%', null, null, null, 10, null]);
    expect(grid.columnWidths?.slice(0, 3)).toEqual([14, 36, 8.43]);
  });

  it('reads a sheet again as it read it first, once the opening pass let its shared strings go, and writes the same copy after', async () => {
    const bytes = await readFile(join(EXAMPLES, 'bao-cao', 'ban-hua-ca.xlsx'));
    const kept = OoxmlWorkbook.open(new Uint8Array(bytes));
    const names = await kept.listSheets();
    const first = JSON.stringify(await kept.readSheets(names));
    expect(first).toContain('Bản Hua Ca');
    expect(JSON.stringify(await kept.readSheets(names))).toBe(first);
    const edit = { sheets: [{ sheet: names[0]!, mode: 'existing' as const, blocks: [{ address: 'N2', values: [['Điểm', 7]] }] }] };
    await kept.apply(edit);
    const fresh = OoxmlWorkbook.open(new Uint8Array(bytes));
    await fresh.apply(edit);
    expectEqual(await kept.toBuffer(), await fresh.toBuffer());
  });

  it('kept for a copy that edits one sheet in place, reads and writes every sheet as a workbook just opened does', async () => {
    const bytes = new Uint8Array(await readFile(join(EXAMPLES, 'xa-ta-ma-2025.xlsx')));
    const kept = OoxmlWorkbook.open(bytes);
    const names = await kept.listSheets();
    expect(names.length).toBe(16);
    kept.keepForCopy([names[3]!]);
    const fresh = OoxmlWorkbook.open(bytes);
    expect(JSON.stringify(await kept.readSheets(names))).toBe(JSON.stringify(await fresh.readSheets(names)));
    const block = { address: 'P2', values: [['Điểm', 7], [null, 'ghi chú']] };
    // In place: the sheet kept for it, and one let go (read again); anew: one let go.
    const edit = {
      sheets: [
        { sheet: names[3]!, mode: 'existing' as const, blocks: [block] },
        { sheet: names[5]!, mode: 'existing' as const, blocks: [block] },
        { sheet: names[0]!, mode: 'replace' as const, blocks: [block] },
      ],
    };
    await kept.apply(edit);
    await fresh.apply(edit);
    expectEqual(await kept.toBuffer(), await fresh.toBuffer());
  });

  it("reads thidua's own «Chỉ số cổng DVC» at its first 50 rows when told, the rest not parsed; an officer's sheet of that name whole", async () => {
    // The standalone page's import of Phú Thọ's first morning (164 snapshots) into a unit's workbook, as it saves it: the
    // sheet's 9,020 rows are streamed (a part too large to keep); of 20 snapshots, 1,100 rows scanned whole.
    const report = new Uint8Array(await readFile(join(EXAMPLES, 'bao-cao', 'ban-hua-ca.xlsx')));
    const imported = async (count: number) => {
      const page = OoxmlWorkbook.open(report);
      const json = JSON.stringify(buildExport(PROVINCE_CAPTURES[0]!.snapshots.slice(0, count), '2026-09-13T00:00:00.000Z'));
      expect(await importIndicators(page, json)).toMatchObject({ ok: true });
      return page.toBuffer();
    };
    const bytes = await imported(164);
    const small = await imported(20);
    const sheetPart = (b: Uint8Array) => WorkbookReader.open(b).sheets.find((s) => s.name === INDICATORS_SHEET)!.part!;
    const part = sheetPart(bytes);
    const size = (b: Uint8Array) => OoxmlPackage.open(b).entries.get(sheetPart(b))!.size / 2 ** 20;
    expect([size(bytes) > 4, size(small) < 4]).toEqual([true, true]);

    // The opening pass stops at the 51st row (its check, which sees every element parsed, counts them).
    for (const b of [bytes, small]) {
      const reader = WorkbookReader.of(OoxmlPackage.open(b), madeIndicatorsSheet);
      let rows = 0;
      reader.readChecked(sheetPart(b), INDICATORS_SHEET, (tag) => void (tag === 'row' && rows++));
      expect(rows).toBe(51);
    }
    // The port gives those rows to a read that says yes to them too, the whole sheet to any other.
    const opened = OoxmlWorkbook.open(bytes, undefined, undefined, madeIndicatorsSheet);
    const [head] = await opened.readSheets([INDICATORS_SHEET], { headOnly: madeIndicatorsSheet });
    const [whole] = await opened.readSheets([INDICATORS_SHEET]);
    expect(whole!.values.length).toBe(9_020);
    expect(head!.values).toEqual(whole!.values.slice(0, 50));
    expect(head!.lastColumn).toBe(15);

    // An officer's sheet of that name: a note typed at P60 (its used range then A1:P…), or a sheet that states no used
    // range (its rest unknown; streamed, then read again whole), is read whole, what it says with it.
    const typed = OoxmlWorkbook.open(small);
    await typed.apply({ sheets: [{ sheet: INDICATORS_SHEET, mode: 'existing', blocks: [{ address: 'P60', values: [['Ghi chú của cán bộ']] }] }] });
    const parts = unzipSync(bytes);
    const undeclared = zipSync({ ...parts, [part]: strToU8(strFromU8(parts[part]!).replace(/<dimension [^>]*\/>/, '')) });
    const officers = await Promise.all([await typed.toBuffer(), undeclared].map((b) => OoxmlWorkbook.open(b, undefined, undefined, madeIndicatorsSheet).readSheets([INDICATORS_SHEET], { headOnly: madeIndicatorsSheet })));
    expect(officers.map(([g]) => g!.values.length)).toEqual([1_100, 9_020]);
    expect(officers[0]![0]!.values[59]![15]).toBe('Ghi chú của cán bộ');
    expectEqual(officers[1]![0]!.values, whole!.values);

    // `thidua score` on it: the copy holds the sheet's part byte for byte, and says of the unit what it says without the sheet.
    const dir = await tempDir();
    const said: string[] = [];
    for (const [folder, b] of [['with', bytes], ['without', report]] as const) {
      await mkdir(join(dir, folder));
      await writeFile(join(dir, folder, 'ban-hua-ca.xlsx'), b);
      let out = '';
      const io = { out: (t: string) => void (out += t), err: (t: string) => void (out += t), cwd: dir };
      await main(['score', folder, '--criteria', 'ta-ma-2025', '--out', `${folder}-out`], io);
      said.push(out.replaceAll(folder, 'X'));
    }
    expect(said[0]).toBe(said[1]);
    expectEqual(unzipSync(await readFile(join(dir, 'with-out', 'ban-hua-ca.cham-diem.xlsx')))[part], parts[part]);
  }, 120_000);

  it('refuses a part that inflates past its declared size, small (inflated in one call) or large (streamed)', async () => {
    const base = await goodReport('Bản Nói Dối');
    // 1 MB of zeros deflates to about 1 KB: inflated in one call into its declared 8 KB and one byte more.
    expect(refuseUnbounded(withLyingPart(base, 1))).toMatch(/khai 8 KB nhưng giải nén ra nhiều hơn/);
    expect(refuseUnbounded(withLyingPart(base, 96))).toMatch(/khai 8 KB nhưng giải nén ra nhiều hơn/);
    expect(refuseUnbounded(base)).toBeUndefined();
  });

  it('resolves relationship targets relative to their part, and absolute from the package root', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml')).toBe('xl/comments/comment1.xml');
    expect(resolveTarget('', '/xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/drawings/drawing1.xml', '../media/image%201.png')).toBe('xl/media/image 1.png');
  });

  it("reads each package's relationships from its own part: the same bytes elsewhere, or other bytes in the same place, are read anew", async () => {
    const original = await readFile(join(EXAMPLES, 'bao-cao', 'ban-hua-ca.xlsx'));
    const parts = unzipSync(original);
    const workbookRels = parts['xl/_rels/workbook.xml.rels']!;
    // The workbook's relationships' bytes also at the sheet's: the same targets, resolved from the sheet's folder.
    const elsewhere = zipSync({ ...parts, 'xl/worksheets/_rels/sheet1.xml.rels': workbookRels });
    // The sheet given another part, in the same place.
    const moved = zipSync({ ...parts, 'xl/_rels/workbook.xml.rels': strToU8(strFromU8(workbookRels).replace('worksheets/sheet1.xml', 'worksheets/sheet9.xml')) });
    const targets = (bytes: Uint8Array, part: string) => OoxmlPackage.open(bytes).relationships(part).map((r) => r.target);
    const ofWorkbook = ['xl/styles.xml', 'xl/theme/theme1.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'];
    expect(targets(original, 'xl/workbook.xml')).toEqual(ofWorkbook);
    expect(targets(elsewhere, 'xl/workbook.xml')).toEqual(ofWorkbook);
    expect(targets(elsewhere, 'xl/worksheets/sheet1.xml')).toEqual(['xl/worksheets/styles.xml', 'xl/worksheets/theme/theme1.xml', 'xl/worksheets/sharedStrings.xml', 'xl/worksheets/worksheets/sheet1.xml']);
    expect(targets(moved, 'xl/workbook.xml')).toEqual([...ofWorkbook.slice(0, 3), 'xl/worksheets/sheet9.xml']);
    expect(targets(original, 'xl/workbook.xml')).toEqual(ofWorkbook);
  });
});
