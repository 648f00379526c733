// The report sheet is parsed once: the opening pass maps where its elements sit and the sheet writer edits
// through that map. What it writes must be what it writes when it parses the sheet itself — on the example
// reports and on sheets whose text makes positions easy to get wrong (a byte-order mark, CRLF line ends,
// characters outside the BMP, a prefixed namespace, rows without numbers or out of order, a second sheetData).
// And the parsers both passes take from a pool start every part afresh, whatever the part before did.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CellFormat, SheetEdit } from '../../core/sheet/port.js';
import { MARGINS } from '../../core/sheet/print-layout.js';
import { refuseUnboundedPackage } from '../../adapters/ooxml/bounds.js';
import { OoxmlPackage } from '../../adapters/ooxml/package.js';
import { WorkbookReader } from '../../adapters/ooxml/reader.js';
import type { SheetInput, StyleBook } from '../../adapters/ooxml/write/contract.js';
import { excelEscape } from '../../adapters/ooxml/write/cell-xml.js';
import { mapElements } from '../../adapters/ooxml/element-map.js';
import { writeSheet } from '../../adapters/ooxml/write/sheet-writer.js';
import { xmlStream } from '../../adapters/ooxml/xml.js';
import { expectEqual } from '../helpers/expect-equal.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EXAMPLES = join(import.meta.dirname, '../../examples/bao-cao');
const SHEET = 'xl/worksheets/sheet1.xml';

class CountingStyles implements StyleBook {
  private readonly known = new Map<string, number>();
  styled(base: number, format: CellFormat | undefined, date: boolean): number {
    const key = JSON.stringify([base, format, date]);
    if (!this.known.has(key)) this.known.set(key, 100 + this.known.size);
    return this.known.get(key)!;
  }
}

/** A one-sheet package around the sheet's bytes. */
function packageOf(sheet: Uint8Array): Uint8Array {
  const rels = (items: string) => strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`);
  return zipSync({
    '[Content_Types].xml': strToU8(`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    '_rels/.rels': rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`),
    'xl/workbook.xml': strToU8(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': rels(`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`),
    [SHEET]: sheet,
  });
}

/** The sheet's text and its map as the opening pass leaves them. */
function opened(bytes: Uint8Array, part = SHEET): { xml: string; reader: WorkbookReader } {
  const pkg = OoxmlPackage.open(bytes);
  const reader = WorkbookReader.of(pkg);
  expect(refuseUnboundedPackage(pkg, reader.readChecked)).toBeUndefined();
  return { xml: new TextDecoder().decode(pkg.part(part)), reader };
}

function input(xml: string, map: SheetInput['map']): SheetInput {
  return { path: SHEET, xml, map, rels: undefined, part: () => undefined, newPath: (p, e) => `${p}9${e}`, date1904: false, index: 0 };
}

/** Edits that reach every part of the map: cells in rows present and new, before, between and after; widths, heights, panes, print, notes. */
const EDITS: SheetEdit[] = [
  {
    sheet: 'Báo cáo',
    mode: 'existing',
    blocks: [
      { address: 'B2', values: [['Điểm', 7, null], [1.5, 'x', true]], format: { bold: true } },
      { address: 'M12', values: Array.from({ length: 20 }, (_, i) => [i, `Ghi chú ${i}`]) },
      { address: 'A40', values: [['cuối']] },
    ],
    columnWidths: [{ column: 'C', width: 30 }, { column: 'N', width: 12 }],
    rowHeights: [{ row: 3, height: 40 }, { row: 7, height: 18 }],
    freeze: { rows: 12, columns: 2 },
    print: { orientation: 'landscape', fitToWidth: true, firstPageNumber: 1, margins: MARGINS, footer: '&A — Trang &P', breaksBefore: [20] },
    notes: [{ address: 'M13', text: 'Cảnh báo' }],
  },
  { sheet: 'Báo cáo', mode: 'existing', blocks: [{ address: 'A1', values: [['đầu']] }, { address: 'E5', values: [[null, 3]] }] },
];

function bothWays(bytes: Uint8Array): void {
  for (const edit of EDITS) {
    const { xml, reader } = opened(bytes);
    const map = reader.sheetMap(SHEET);
    expect(map, 'the opening pass maps a small sheet').toBeDefined();
    const mapped = writeSheet(edit, input(xml, map), new CountingStyles());
    const parsed = writeSheet(edit, input(xml, undefined), new CountingStyles());
    expectEqual(mapped.xml, parsed.xml);
    expect(new TextDecoder().decode(mapped.xml)).not.toBe(xml);
  }
}

describe('the report sheet mapped as it is read', () => {
  it('writes every example report as the writer\'s own parse does', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const sheet = unzipSync(readFileSync(join(EXAMPLES, f)))[SHEET]!;
      bothWays(packageOf(sheet));
    }
  });

  it('holds its positions where the text is unusual', () => {
    const rows = [
      '<x:row r="2" spans="1:3"><x:c r="A2" t="inlineStr"><x:is><x:t>𝒜 chữ ngoài BMP 😀</x:t></x:is></x:c><x:c r="C2"><x:v>1</x:v></x:c></x:row>',
      '<x:row>\r\n<x:c><x:v>2</x:v></x:c>\r\n<x:c s="3"/></x:row>',
      '<x:row r="7" ht="12" customHeight="1"/>',
      '<x:row r="5"><x:c r="B5"><x:v>5</x:v></x:c></x:row>',
      '<x:row r="13"><x:c r="M13" s="4"><x:v>9</x:v></x:c></x:row>',
    ];
    const sheet =
      `${XML}<x:worksheet xmlns:x="${MAIN}">\r\n<x:sheetViews><x:sheetView workbookViewId="0"><x:selection activeCell="A1"/></x:sheetView></x:sheetViews>\r\n` +
      `<x:cols><x:col min="1" max="4" width="9" style="2"/></x:cols><x:sheetData>${rows.join('\r\n')}</x:sheetData><x:sheetData><x:row r="40"/></x:sheetData></x:worksheet>`;
    const bytes = strToU8(sheet);
    bothWays(packageOf(bytes));
    // With a byte-order mark, which the text the writer is given does not hold.
    bothWays(packageOf(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])));
  });

  it('keeps each cell\'s style as written: 32-bit integers packed, a style that is not one as it reads', () => {
    const cells = (styles: string[]) => {
      const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1">${styles.map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"/>`).join('')}</row></sheetData></worksheet>`;
      const map = opened(packageOf(strToU8(sheet))).reader.sheetMap(SHEET)!;
      return { packed: map.cells instanceof Int32Array, styles: styles.map((_, i) => map.cells[4 * i + 1]) };
    };
    expect(cells(['3', '0', '65000'])).toEqual({ packed: true, styles: [3, 0, 65000] });
    expect(cells(['3', '1.5', '4294967297'])).toEqual({ packed: false, styles: [3, 1.5, 4294967297] });
  });

  it('is handed over once, and not at all for a sheet past its size or a map past its budget', () => {
    const { reader } = opened(readFileSync(join(EXAMPLES, 'ban-hua-ca.xlsx')));
    expect(reader.sheetMap(SHEET)).toBeDefined();
    expect(reader.sheetMap(SHEET)).toBeUndefined();
    const big = `${XML}<worksheet xmlns="${MAIN}"><sheetData>${Array.from({ length: 12_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData></worksheet>`;
    const { reader: bigReader } = opened(packageOf(strToU8(big)));
    expect(bigReader.sheetMap(SHEET)).toBeUndefined();
    // Small, but bare rows: their map would be many times the text.
    const bare = `${XML}<worksheet xmlns="${MAIN}"><sheetData>${'<row/>'.repeat(20_000)}</sheetData></worksheet>`;
    const { xml, reader: bareReader } = opened(packageOf(strToU8(bare)));
    expect(xml.length).toBeLessThan(256 * 1024);
    expect(bareReader.sheetMap(SHEET)).toBeUndefined();
  });
});

describe('parsers used again', () => {
  it('start each part afresh, after a part that was not XML and after a handler that threw', () => {
    const xml = '<?xml version="1.0"?>\n<r a="1"><b/><c>t</c></r>';
    const parsesWell = () => {
      for (let i = 0; i < 3; i++) {
        const root = mapElements(xml, 'tốt.xml', () => true);
        expect(root.children.map((c) => [c.name, xml.slice(c.start, c.end)])).toEqual([['b', '<b/>'], ['c', '<c>t</c>']]);
        const seen: string[] = [];
        const stream = xmlStream('tốt.xml', { open: (name, _a, _s, _q, at) => seen.push(`${name}@${at}`) });
        stream.write(strToU8(xml));
        stream.end();
        expect(seen).toEqual([`r@${xml.indexOf('<b/>')}`, `b@${xml.indexOf('<c>')}`, `c@${xml.indexOf('t</c>')}`]);
      }
    };
    parsesWell();
    expect(() => mapElements('<a><b></a>', 'hỏng.xml', () => true)).toThrow(/hỏng.xml: XML không đọc được/);
    parsesWell();
    const halfway = xmlStream('x.xml', {
      open: (name) => {
        if (name === 'stop') throw new Error('dừng');
      },
    });
    expect(() => halfway.write(strToU8('<r><stop/>'))).toThrow();
    parsesWell();
  });
});

describe('text written into a cell', () => {
  it('is escaped only where Excel escapes it, past the quick look that lets most text through', () => {
    expect(excelEscape('Điểm thẩm định\t\n«x»')).toBe('Điểm thẩm định\t\n«x»');
    expect(excelEscape('a😀b _x1 _x12G_')).toBe('a😀b _x1 _x12G_');
    // Each alone, so none lets the others' pattern run for it.
    const escaped: [string, string][] = [['lẻ \uD800 x', 'lẻ _xD800_ x'], ['\uDC00 y', '_xDC00_ y'], ['\uFFFE', '_xFFFE_'], ['a\rb', 'a_x000D_b'], ['\u0001', '_x0001_'], ['_x00e9_', '_x005F_x00e9_']];
    for (const [text, written] of escaped) expect(excelEscape(text)).toBe(written);
  });
});

// Made for issue 27 item 4: the proof that parsing the report sheet once writes the same bytes as parsing it twice.
