// The sheet writer on the cases real files carry that the example commune does not: a prefixed SpreadsheetML
// namespace, rows and cells inserted between the unit's own, a column range split, rows that only grow, a sheet
// with drawings, tables and extensions after the print settings, form controls in the notes' drawing, and
// values XML cannot carry as they are — each read back strictly and through the package reader.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cell.js';
import type { CellFormat, SheetEdit } from '../../core/sheet/port.js';
import { MARGINS } from '../../core/sheet/print-layout.js';
import { ANNOTATION_MARK } from '../../core/workbook/store-layout.js';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import type { SheetInput, StyleBook } from '../../adapters/ooxml/write/contract.js';
import { writeSheet } from '../../adapters/ooxml/write/sheet-writer.js';
import { SHEET_VIEW_ORDER, WORKSHEET_ORDER } from '../../adapters/ooxml/write/splices.js';
import { descendants, parseStrictXml } from '../helpers/strict-xml.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Styles as the StyleBook is asked for them; each distinct request a new index after the package's own 0–9. */
class CountingStyles implements StyleBook {
  readonly asked: { base: number; format: CellFormat | undefined; date: boolean }[] = [];
  styled(base: number, format: CellFormat | undefined, date: boolean): number {
    this.asked.push({ base, format, date });
    return format || date ? 10 + this.asked.length : base;
  }
}

function input(xml: string | undefined, extra: Partial<SheetInput> = {}): SheetInput {
  return { path: 'xl/worksheets/sheet1.xml', xml, rels: undefined, part: () => undefined, newPath: (p, e) => `${p}9${e}`, date1904: false, index: 0, ...extra };
}

function edit(e: Partial<SheetEdit>): SheetEdit {
  return { sheet: 'Báo cáo', mode: 'existing', blocks: [], ...e };
}

/** A one-sheet package around `sheet`, to read it back as the reader reads workbooks (style 1 a date). */
function packageOf(sheet: string, date1904 = false): Uint8Array {
  const rels = (items: string) => `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`)),
    'xl/workbook.xml': strToU8(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(rels(`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`)),
    'xl/styles.xml': strToU8(`${XML}<styleSheet xmlns="${MAIN}"><cellXfs count="12">${'<xf numFmtId="0"/>'.repeat(11)}<xf numFmtId="14"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

function childNames(xml: string): string[] {
  return parseStrictXml(xml).children.map((c) => c.local);
}

function inSchemaOrder(names: string[], order: readonly string[]): boolean {
  const ranks = names.map((n) => order.indexOf(n)).filter((r) => r >= 0);
  return ranks.every((r, i) => i === 0 || r >= ranks[i - 1]!);
}

/** The writer's answer with the sheet as text, as these cases read it (the writer gives the zip its UTF-8). */
function written(...args: Parameters<typeof writeSheet>): Omit<ReturnType<typeof writeSheet>, 'xml'> & { xml: string } {
  const out = writeSheet(...args);
  return { ...out, xml: new TextDecoder().decode(out.xml) };
}

describe('the sheet writer, case by case', () => {
  it('writes new elements under the sheet\'s own prefix for SpreadsheetML, in schema order', () => {
    const sheet =
      `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetPr codeName="S"/><x:sheetData/><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells><x:extLst><x:ext uri="{X}"/></x:extLst></x:worksheet>`;
    const out = written(
      edit({
        blocks: [{ address: 'B2', values: [['Điểm', 7, true]] }],
        columnWidths: [{ column: 'C', width: 20 }],
        rowHeights: [{ row: 2, height: 30 }],
        freeze: { rows: 1, columns: 1 },
        print: { orientation: 'landscape', fitToWidth: true, firstPageNumber: 1, margins: MARGINS, footer: '&A — Trang &P', breaksBefore: [2] },
        notes: [{ address: 'C2', text: 'Cảnh báo' }],
      }),
      input(sheet),
      new CountingStyles(),
    );
    const root = parseStrictXml(out.xml);
    expect([...descendants(root)].filter((el) => el.uri !== MAIN).map((el) => el.name)).toEqual([]);
    const names = root.children.map((c) => c.local);
    expect(names).toEqual(['sheetPr', 'dimension', 'sheetViews', 'cols', 'sheetData', 'mergeCells', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'legacyDrawing', 'extLst']);
    expect(out.xml).toContain('</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells><x:pageMargins ');
    expect(out.xml).toContain('/><x:extLst><x:ext uri="{X}"/></x:extLst></x:worksheet>');
    // The relationships namespace is declared where the root does not: on the element itself.
    expect(out.xml).toMatch(/<x:legacyDrawing xmlns:r="[^"]+" r:id="rId\d+"\/>/);
    expect(out.xml).toContain('<x:sheetPr codeName="S"><x:pageSetUpPr fitToPage="1"/></x:sheetPr>');
    expect(WorkbookReader.open(packageOf(out.xml)).grid('Báo cáo')!.values[1]).toEqual([null, 'Điểm', 7, true]);
  });

  it('inserts rows and cells between the unit\'s own in order, keeping those it does not write as they are', () => {
    const rows = [
      '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c></row>',
      '<row r="5" spans="2:6" ht="30" customHeight="1"><c r="B5" s="2"><v>1</v></c><c r="F5"><v>2</v></c></row>',
      '<row r="9"><c r="A9"><v>3</v></c></row>',
    ];
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1:F9"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const styles = new CountingStyles();
    const out = written(
      edit({
        blocks: [
          { address: 'D3', values: [['a']] },
          { address: 'B5', values: [[null, null, 'd', null, 'f', 'g']] },
          { address: 'D7', values: [[null]], format: { bold: true } },
          { address: 'D11', values: [[11]] },
        ],
        rowHeights: [
          { row: 5, height: 20 },
          { row: 9, height: 40 },
        ],
      }),
      input(sheet),
      styles,
    );
    const data = /<sheetData>([\s\S]*)<\/sheetData>/.exec(out.xml)![1]!;
    expect(data).toBe(
      rows[0] +
        '<row r="3"><c r="D3" t="inlineStr"><is><t xml:space="preserve">a</t></is></c></row>' +
        // B5 written null keeps its style and loses its value; C5 null with no style is not made; F5 replaced; the row keeps its taller height.
        '<row r="5" spans="2:7" ht="30" customHeight="1"><c r="B5" s="2"/><c r="D5" t="inlineStr"><is><t xml:space="preserve">d</t></is></c><c r="F5" t="inlineStr"><is><t xml:space="preserve">f</t></is></c><c r="G5" t="inlineStr"><is><t xml:space="preserve">g</t></is></c></row>' +
        '<row r="7"><c r="D7" s="16"/></row>' +
        '<row r="9" ht="40" customHeight="1"><c r="A9"><v>3</v></c></row>' +
        '<row r="11"><c r="D11"><v>11</v></c></row>',
    );
    expect(out.xml).toContain('<dimension ref="A1:G11"/>');
    const grid = WorkbookReader.open(packageOf(out.xml)).grid('Báo cáo')!;
    expect(grid.values[4]).toEqual([null, null, null, 'd', null, 'f', 'g']);

    // Written anew ('replace'), the heights are the edit's.
    const fresh = written(edit({ mode: 'replace', blocks: [], rowHeights: [{ row: 5, height: 20 }] }), input(sheet), styles);
    expect(fresh.xml).toContain('<row r="5" ht="20" customHeight="1"/>');
    expect(fresh.xml).not.toContain('B5');
  });

  it('splits a column range around the columns whose width changes, and styles new cells as their column', () => {
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><cols><col min="1" max="6" width="12" style="4" customWidth="1"/><col min="9" max="9" width="3" customWidth="1"/></cols><sheetData/></worksheet>`;
    const styles = new CountingStyles();
    const out = written(
      edit({ blocks: [{ address: 'D1', values: [['x']] }], columnWidths: [{ column: 'C', width: 20 }, { column: 'E', width: 8.5 }, { column: 'H', width: 30 }, { column: 'K', width: 5 }] }),
      input(sheet),
      styles,
    );
    expect(/<cols>.*<\/cols>/.exec(out.xml)![0]).toBe(
      '<cols><col min="1" max="2" width="12" style="4" customWidth="1"/><col min="3" max="3" width="20" style="4" customWidth="1"/>' +
        '<col min="4" max="4" width="12" style="4" customWidth="1"/><col min="5" max="5" width="8.5" style="4" customWidth="1"/>' +
        '<col min="6" max="6" width="12" style="4" customWidth="1"/><col min="8" max="8" width="30" customWidth="1"/>' +
        '<col min="9" max="9" width="3" customWidth="1"/><col min="11" max="11" width="5" customWidth="1"/></cols>',
    );
    expect(styles.asked).toEqual([{ base: 4, format: undefined, date: false }]);
    expect(WorkbookReader.open(packageOf(out.xml)).grid('Báo cáo')!.columnWidths).toEqual([12, 12, 20, 12]);
  });

  it('writes values XML cannot carry as they are, and dates in the workbook\'s date system', () => {
    const text = '  «Điểm»\tcó _x0041_ và \u0001 & <b>\r\n';
    const date = new Date(Date.UTC(2025, 10, 3));
    for (const date1904 of [false, true]) {
      const styles = new CountingStyles();
      const out = written(edit({ mode: 'replace', blocks: [{ address: 'A1', values: [[text, date, -0.125, false, Number.NaN]] }] }), input(undefined, { date1904 }), styles);
      parseStrictXml(out.xml);
      expect(styles.asked[1]).toEqual({ base: 0, format: undefined, date: true });
      expect(out.xml).toContain(`<c r="B1" s="12"><v>${date1904 ? 44502 : 45964}</v></c>`);
      const values = WorkbookReader.open(packageOf(out.xml.replace('s="12"', 's="11"'), date1904)).grid('Báo cáo')!.values[0];
      expect(values).toEqual([text, date, -0.125, false, '#NUM!']);
    }
  });

  it('writes thousands of new rows, made anew or after the unit\'s last, cells longer than a batch and letters outside the BMP included, as they read back', () => {
    // New rows are encoded in batches as they are made: every batch boundary must fall between two whole pieces.
    const long = `Kết quả ${'🏆'.repeat(12_000)}`;
    const rows = Array.from({ length: 3_000 }, (_, i): CellValue[] => [i + 1, `Thôn Nà ${'😀'.repeat(i % 5)}`, i % 1_000 === 7 ? long : 'Tốt', i / 8]);
    const fresh = written(edit({ mode: 'replace', blocks: [{ address: 'A1', values: rows }] }), input(undefined), new CountingStyles());
    parseStrictXml(fresh.xml);
    expect(WorkbookReader.open(packageOf(fresh.xml)).grid('Báo cáo')!.values).toEqual(rows);

    const own = `${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Của đơn vị</t></is></c></row></sheetData></worksheet>`;
    const after = written(edit({ blocks: [{ address: 'A2', values: rows }] }), input(own), new CountingStyles());
    expect(after.xml).toContain('<dimension ref="A1:D3001"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Của đơn vị</t></is></c></row><row r="2">');
    expect(WorkbookReader.open(packageOf(after.xml)).grid('Báo cáo')!.values).toEqual([['Của đơn vị', null, null, null], ...rows]);
  });

  it('puts the print settings before a sheet\'s drawings, tables and extensions, keeping its printer settings, breaks and other footers', () => {
    const tail = '<drawing r:id="rId1"/><legacyDrawingHF r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts><extLst><ext uri="{Y}"/></extLst>';
    const sheet =
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/><pageSetup paperSize="1" scale="80" fitToHeight="3" r:id="rId4"/>` +
      `<headerFooter differentOddEven="1"><oddFooter>cũ</oddFooter><evenFooter>&amp;Cchẵn</evenFooter></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>${tail}</worksheet>`;
    const out = written(
      edit({
        sheet: "Bản 'A'",
        print: { orientation: 'portrait', fitToWidth: false, firstPageNumber: 1, margins: MARGINS, header: '&LBản A', footer: '&A — Trang &P', breaksBefore: [13, 30], titleRows: '$12:$12', titleColumns: '$A:$B', printArea: 'A1:M40' },
      }),
      input(sheet),
      new CountingStyles(),
    );
    expect(inSchemaOrder(childNames(out.xml), WORKSHEET_ORDER)).toBe(true);
    expect(out.xml).toContain(`<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" scale="100" r:id="rId4" orientation="portrait" firstPageNumber="1" useFirstPageNumber="1"/>`);
    expect(out.xml).toContain('<pageSetUpPr fitToPage="0"/>');
    expect(out.xml).toContain('<headerFooter differentOddEven="1"><oddHeader>&amp;LBản A</oddHeader><oddFooter>&amp;C&amp;A — Trang &amp;P</oddFooter><evenFooter>&amp;Cchẵn</evenFooter></headerFooter>');
    expect(out.xml).toContain('<rowBreaks count="3" manualBreakCount="3"><brk id="12" max="16383" man="1"/><brk id="20" max="16383" man="1"/><brk id="29" max="16383" man="1"/></rowBreaks>');
    expect(out.xml).toContain(`</rowBreaks>${tail}</worksheet>`);
    expect(out.definedNames).toEqual([
      { name: '_xlnm.Print_Area', value: "'Bản ''A'''!$A$1:$M$40" },
      { name: '_xlnm.Print_Titles', value: "'Bản ''A'''!$A:$B,'Bản ''A'''!$12:$12" },
    ]);
    // Without print settings, the sheet's print names are left as they are.
    expect(written(edit({}), input(sheet), new CountingStyles()).definedNames).toBeUndefined();
  });

  it('replaces a frozen pane and selection in the sheet\'s first view, keeping what else the view holds', () => {
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="C3" sqref="C3"/><extLst/></sheetView><sheetView workbookViewId="1"/></sheetViews><sheetData/></worksheet>`;
    const out = written(edit({ freeze: { rows: 4, columns: 0 } }), input(sheet), new CountingStyles());
    expect(out.xml).toContain('<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A5" sqref="A5"/><extLst/></sheetView><sheetView workbookViewId="1"/>');
    const view = parseStrictXml(out.xml).children[0]!.children[0]!;
    expect(inSchemaOrder(view.children.map((c) => c.local), SHEET_VIEW_ORDER)).toBe(true);
  });

  it('adds notes to a drawing of form controls, and takes its own notes and their drawing away when none are left', () => {
    const checkbox = '<v:shape id="_x0000_s1025" type="#_x0000_t201"><x:ClientData ObjectType="Checkbox"><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>';
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>${checkbox}</xml>`;
    const rels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
    const sheet = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/><legacyDrawing r:id="rId1"/></worksheet>`;
    const parts: Record<string, string> = { 'xl/drawings/vmlDrawing1.vml': vml };
    const first = written(edit({ notes: [{ address: 'C3', text: 'Thiếu số liệu' }] }), input(sheet, { rels, part: (p) => parts[p] }), new CountingStyles());
    expect(first.xml).toBe(sheet);
    const byPath = new Map(first.parts.map((p) => [p.path, p]));
    const drawing = byPath.get('xl/drawings/vmlDrawing1.vml')!.data;
    expect(drawing).toContain(checkbox);
    expect(drawing.match(/ObjectType="Note"/g)).toHaveLength(1);
    // Its id follows the form control's, in the block of ids the drawing's idmap names, whatever the sheet's tab.
    expect(drawing).toContain('id="_x0000_s1026"');
    const bare = { 'xl/drawings/vmlDrawing1.vml': vml.replace(checkbox, '') };
    const tab3 = written(edit({ notes: [{ address: 'C3', text: 'x' }] }), input(sheet, { rels, part: (p) => bare[p as keyof typeof bare], index: 3 }), new CountingStyles());
    expect(tab3.parts.find((p) => p.path.endsWith('.vml'))!.data).toContain('id="_x0000_s1025"');
    parseStrictXml(drawing);
    const comments = byPath.get('xl/comments9.xml')!;
    expect(comments.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
    expect(parseStrictXml(comments.data).children.map((c) => c.local)).toEqual(['authors', 'commentList']);
    expect(comments.data).toContain(`<comment ref="C3" authorId="0"><text><r><t xml:space="preserve">${ANNOTATION_MARK}\nThiếu số liệu</t></r></text></comment>`);
    expect(first.rels).toContain(`<Relationship Id="rId2" Type="${REL}/comments" Target="../comments9.xml"/>`);

    // Scored again with nothing to note: the comments go, the form controls' drawing stays.
    const next: Record<string, string> = { ...parts, 'xl/drawings/vmlDrawing1.vml': drawing, 'xl/comments9.xml': comments.data };
    const second = written(edit({ notes: [] }), input(sheet, { rels: first.rels, part: (p) => next[p] }), new CountingStyles());
    expect(second.rels).toBe(rels);
    expect(second.parts.map((p) => p.path)).toEqual(['xl/drawings/vmlDrawing1.vml']);
    expect(second.parts[0]!.data).toContain(checkbox);
    expect(second.parts[0]!.data).not.toContain('ObjectType="Note"');
    expect(second.xml).toBe(sheet);

    // A drawing that held thidua's notes alone goes with them, and the sheet's legacyDrawing too.
    const alone = { 'xl/drawings/vmlDrawing1.vml': drawing.replace(checkbox, ''), 'xl/comments9.xml': comments.data };
    const third = written(edit({ notes: [] }), input(sheet, { rels: first.rels, part: (p) => alone[p as keyof typeof alone] }), new CountingStyles());
    expect(third.xml).toBe(`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>`);
    expect(third.parts).toEqual([]);
    expect(third.rels).not.toContain('Relationship ');
  });
});

// Made for issue 27 item 2: the sheet writer's splicing on the shapes of sheet XML that generators other than ExcelJS write.
