// «Tổng hợp»'s native chart written into the package (adapters/ooxml/write/chart.ts), read back by programs
// we do not control: openpyxl finds the bar chart and its ranges, LibreOffice opens it as a chart over the
// same ranges. A sheet written again keeps one chart; a sheet that has the officer's own chart keeps it byte
// for byte beside the new one. And through the command line: tong-hop.xlsx charts every ranked unit.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { SheetEdit } from '../../core/sheet/port.js';
import { parseStrictXml, type XmlElement } from '../helpers/strict-xml.js';
import { tempDir } from '../cli/helpers.js';
import { scoredWithBuiltin } from '../council/example-commune.js';
import { expectEqual } from '../helpers/expect-equal.js';

const EXAMPLES = join(import.meta.dirname, '../../examples/bao-cao');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** Three units, one whose name holds characters XML escapes, on a sheet whose name needs quoting in a reference. */
const UNITS: [string, number][] = [
  ['UBND xã Ta Ma', 97.43],
  ['Bản <Hua> Ca & Bản Sáng Tở', 61.92],
  ['Trạm Y tế xã Ta Ma', 57.76],
];
const summaryEdit = (sheet = "Tổng hợp (O'Lâm)"): SheetEdit => ({
  sheet,
  mode: 'replace',
  blocks: [{ address: 'A2', values: [[null, 'Đơn vị', 'Tỷ lệ %'], ...UNITS.map(([name, pct]) => [null, name, pct])] }],
  chart: { title: 'Tỷ lệ điểm (%) theo đơn vị', categories: 'B3:B5', values: 'C3:C5', anchor: 'E3' },
});

const all = (el: XmlElement, local: string): XmlElement[] => [...(el.local === local ? [el] : []), ...el.children.flatMap((c) => all(c, local))];
const textOf = (el: XmlElement): string => el.text + el.children.map(textOf).join('');

/** The chart parts of a package, read strictly: their references and cached points. */
function charts(files: Record<string, Uint8Array>) {
  return Object.keys(files)
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .map((name) => {
      const root = parseStrictXml(strFromU8(files[name]!), name);
      // A chart the officer made may have no categories (openpyxl's has none).
      const [cat, val] = ['cat', 'val'].map((which) => all(root, which)[0]);
      const ref = (el: XmlElement | undefined) => (el ? all(el, 'f').map(textOf)[0] : undefined);
      return {
        name,
        barDir: all(root, 'barDir')[0]?.attributes.val,
        categories: ref(cat),
        values: ref(val),
        names: cat ? all(cat, 'pt').map((p) => textOf(p)) : [],
        numbers: val ? all(val, 'pt').map((p) => Number(textOf(p))) : [],
      };
    });
}

/** What openpyxl reads of a sheet's charts. */
function openpyxlCharts(path: string, sheet: string): { type: string; title: string; categories: string; values: string }[] {
  const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
out = []
def ref(axis):
    refs = [getattr(axis, k, None) for k in ("strRef", "numRef")]
    return next((r.f for r in refs if r is not None), None)
for ch in ws._charts:
    s = ch.series[0]
    title = "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or [])) if ch.title and ch.title.tx and ch.title.tx.rich else ""
    out.append({"type": type(ch).__name__, "title": title, "categories": ref(s.cat), "values": ref(s.val)})
print(json.dumps(out))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path, sheet], { encoding: 'utf8' }));
}

describe('«Tổng hợp»’s chart in the package', () => {
  it('is a bar chart over the sheet’s ranges, its values cached, that openpyxl and LibreOffice read as such', async () => {
    const dir = await tempDir();
    const book = OoxmlWorkbook.create();
    await book.apply({ sheets: [summaryEdit()] });
    const path = join(dir, 'tong-hop.xlsx');
    const bytes = await book.toBuffer();
    await writeFile(path, bytes);
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) expect(() => parseStrictXml(strFromU8(data), name), name).not.toThrow();

    const [chart, ...more] = charts(files);
    expect(more).toEqual([]);
    expect(chart).toMatchObject({
      barDir: 'bar',
      categories: "'Tổng hợp (O''Lâm)'!$B$3:$B$5",
      values: "'Tổng hợp (O''Lâm)'!$C$3:$C$5",
      names: UNITS.map(([name]) => name),
      numbers: UNITS.map(([, pct]) => pct),
    });
    // Sheet → drawing → chart, each with its content type.
    const types = strFromU8(files['[Content_Types].xml']!);
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    const sheet = parseStrictXml(strFromU8(files['xl/worksheets/sheet1.xml']!));
    const drawingId = all(sheet, 'drawing')[0]!.attributes['r:id'];
    expect(strFromU8(files['xl/worksheets/_rels/sheet1.xml.rels']!)).toContain(`Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    expect(strFromU8(files['xl/drawings/_rels/drawing1.xml.rels']!)).toContain('Target="../charts/chart1.xml"');
    expect(all(parseStrictXml(strFromU8(files['xl/drawings/drawing1.xml']!)), 'chart').map((c) => c.uri)).toEqual([C]);

    expect(openpyxlCharts(path, "Tổng hợp (O'Lâm)")).toEqual([
      { type: 'BarChart', title: 'Tỷ lệ điểm (%) theo đơn vị', categories: "'Tổng hợp (O''Lâm)'!$B$3:$B$5", values: "'Tổng hợp (O''Lâm)'!$C$3:$C$5" },
    ]);
    // LibreOffice imports it as a chart object over the same two ranges.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'ods', '--outdir', dir, path], { stdio: 'ignore', timeout: 120_000 });
    const content = strFromU8(unzipSync(await readFile(join(dir, 'tong-hop.ods')))['content.xml']!);
    const ranges = /<draw:object [^>]*draw:notify-on-update-of-ranges="([^"]*)"/.exec(content)?.[1]?.replace(/&apos;/g, "'");
    expect(ranges).toBe("'Tổng hợp (O''Lâm)'.B3:'Tổng hợp (O''Lâm)'.B5 'Tổng hợp (O''Lâm)'.C3:'Tổng hợp (O''Lâm)'.C5");
  });

  it('written again, the sheet keeps one chart: the old one and its drawing go', async () => {
    const book = OoxmlWorkbook.create();
    await book.apply({ sheets: [summaryEdit('Tổng hợp')] });
    await book.apply({ sheets: [{ ...summaryEdit('Tổng hợp'), blocks: [{ address: 'A2', values: [[null, 'Đơn vị', 'Tỷ lệ %'], [null, 'Bản Ta Ma', 81.06], [null, 'Bản Hua Ca', 98], [null, 'Bản Sáng Tở', 61.92]] }] }] });
    const files = unzipSync(await book.toBuffer());
    expect(Object.keys(files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))).toHaveLength(2);
    expect(charts(files).map((c) => c.names)).toEqual([['Bản Ta Ma', 'Bản Hua Ca', 'Bản Sáng Tở']]);
    const types = strFromU8(files['[Content_Types].xml']!);
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(1);
  });

  it('is sized to its units: Excel’s least height for a few, a bar’s room for each, no taller than 100 units’ room', async () => {
    const heightFor = async (units: number) => {
      const book = OoxmlWorkbook.create();
      const rows = Array.from({ length: units }, (_, i) => [null, `Đơn vị ${i + 1}`, 50 + (i % 50)]);
      await book.apply({ sheets: [{ sheet: 'Tổng hợp', mode: 'replace', blocks: [{ address: 'A2', values: [[null, 'Đơn vị', 'Tỷ lệ %'], ...rows] }], chart: { title: 'T', categories: `B3:B${2 + units}`, values: `C3:C${2 + units}`, anchor: 'E3' } }] });
      const drawing = parseStrictXml(strFromU8(unzipSync(await book.toBuffer())['xl/drawings/drawing1.xml']!));
      return Number(all(drawing, 'ext').find((e) => e.uri.endsWith('spreadsheetDrawing'))!.attributes.cy) / 9525;
    };
    expect(await heightFor(3)).toBe(288);
    expect(await heightFor(15)).toBe(90 + 30 * 15);
    expect(await heightFor(300)).toBe(90 + 30 * 100);
  });

  it('on a sheet with the officer’s own chart, keeps that chart byte for byte and anchors the new one beside it', async () => {
    const dir = await tempDir();
    const input = join(dir, 'openpyxl.xlsx');
    execFileSync('/usr/bin/python3', [join(FIXTURES, 'openpyxl-save.py'), join(EXAMPLES, 'ban-hua-ca.xlsx'), input]);
    const original = await readFile(input);
    const before = unzipSync(original);
    const officers = charts(before);
    expect(officers).toHaveLength(1);
    const book = OoxmlWorkbook.open(original);
    const [report] = await book.listSheets();
    await book.apply({ sheets: [{ sheet: report!, mode: 'existing', blocks: [{ address: 'P14', values: [['Bản Hua Ca'], [61.92]] }], chart: { title: 'Thử', categories: 'P14:P14', values: 'P15:P15', anchor: 'R14' } }] });
    const out = join(dir, 'scored.xlsx');
    const bytes = await book.toBuffer();
    await writeFile(out, bytes);
    const after = unzipSync(bytes);
    expectEqual(after[officers[0]!.name], before[officers[0]!.name]);
    expect(charts(after).map((c) => c.names)).toEqual([officers[0]!.names, ['Bản Hua Ca']]);
    // One drawing holds both frames, each shape with its own id.
    const drawings = Object.keys(after).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n));
    expect(drawings).toEqual(Object.keys(before).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n)));
    const ids = all(parseStrictXml(strFromU8(after[drawings[0]!]!)), 'cNvPr').map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(openpyxlCharts(out, report!).map((c) => c.values)).toEqual([officers[0]!.values, `'${report}'!$P$15`]);
  });

  it('through the command line: tong-hop.xlsx charts every ranked unit, in the order «Tổng hợp» lists them', async () => {
    // The example commune scored with the built-in set (made once a run).
    const { dir, run } = await scoredWithBuiltin();
    expect(run.code).toBe(0);
    const bytes = await readFile(join(dir, 'kq', 'tong-hop.xlsx'));
    const [chart, ...more] = charts(unzipSync(bytes));
    expect(more).toEqual([]);
    const [sheet] = await OoxmlWorkbook.open(bytes).readSheets(['Tổng hợp']);
    const [, top, bottom] = /\$B\$(\d+):\$B\$(\d+)/.exec(chart!.categories!)!;
    const rows = sheet!.values.slice(Number(top) - 1, Number(bottom));
    expect(chart!.names).toEqual(rows.map((r) => r[1]));
    expect(chart!.numbers).toEqual(rows.map((r) => r[2]));
    expect(chart!.names).toHaveLength(15);
  });
});
