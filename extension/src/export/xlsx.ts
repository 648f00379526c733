// The .xlsx export: a minimal Office Open XML workbook written with jszip. Loaded on demand (its own
// chunk) because only exporting needs it; ExcelJS would add about a megabyte for one sheet of values.
import JSZip from 'jszip';
import { cellAddress } from '../../../core/text.js';
import type { CellFormat, PrintLayout, SheetEdit } from '../../../core/sheet/port.js';
import { fitWidths, withPrintLayout } from '../../../core/sheet/print-layout.js';
import { rowHeights, widthsFromA } from '../../../core/sheet/row-height.js';
import type { ExportTable } from './table.js';
import { vietnamClock } from '../../../core/watch/data-day.js';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** XML text: escapes markup and drops control characters XML 1.0 cannot carry. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's date serial for the date and time in Vietnam of an ISO instant (what the officer saw), to the second. */
function excelSerial(iso: string): number | undefined {
  const local = vietnamClock(iso);
  return local && (local.getTime() - local.getUTCMilliseconds() - EXCEL_EPOCH) / 86_400_000;
}

/** Excel's date serial of a day ("2026-10-12"), whatever the machine's clock: a day is no instant. */
function daySerial(day: string): number | undefined {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  return Number.isNaN(at) ? undefined : (at - EXCEL_EPOCH) / 86_400_000;
}

// Style ids in cellXfs below. Headers and text wrap, rows sized for them: nothing re-fits rows on opening.
// The «Normal» cell style names Calibri 11 as the workbook's font: without it LibreOffice sizes the columns
// and prints empty cells in its own default face (wider), and the page came out at 7.6 pt instead of 8.
const STYLE = { plain: 0, header: 1, datetime: 2, text: 3, date: 4 } as const;

const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** One worksheet named `sheetName`: a bold, frozen header row, then the table's rows. */
export async function buildXlsx(table: ExportTable, sheetName: string): Promise<Uint8Array> {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): number => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      stringIndex.set(text, index);
    }
    return index;
  };
  const cell = (ref: string, value: string | number | undefined, kind: string, style: number): string => {
    if (value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
    const serial = kind === 'datetime' ? excelSerial(value) : kind === 'date' ? daySerial(value) : undefined;
    if (serial !== undefined) return `<c r="${ref}" s="${kind === 'date' ? STYLE.date : STYLE.datetime}"><v>${serial}</v></c>`;
    return `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${shared(value)}</v></c>`;
  };
  const styleOf = (kind: string) => (kind === 'text' ? STYLE.text : STYLE.plain);
  const { heights, print, widths } = layout(table);
  const rowOpen = (r: number) => `<row r="${r}"${heights.has(r) ? ` ht="${heights.get(r)}" customHeight="1"` : ''}>`;
  const rows = [
    `${rowOpen(1)}${table.headers.map((h, i) => cell(cellAddress(1, i + 1), h, 'text', STYLE.header)).join('')}</row>`,
    ...table.rows.map(
      (row, r) =>
        `${rowOpen(r + 2)}${row.map((v, i) => cell(cellAddress(r + 2, i + 1), v, table.columns[i]!.kind, styleOf(table.columns[i]!.kind))).join('')}</row>`,
    ),
  ];
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const fit = print.fitToWidth ? `fitToWidth="1" fitToHeight="${print.fitToHeight ? 1 : 0}"` : 'scale="100"';
  const sheet = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">
<sheetPr><pageSetUpPr fitToPage="${print.fitToWidth ? 1 : 0}"/></sheetPr>
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>
<pageMargins left="${print.margins.left}" right="${print.margins.right}" top="${print.margins.top}" bottom="${print.margins.bottom}" header="${print.margins.header}" footer="${print.margins.footer}"/>
<pageSetup paperSize="9" orientation="${print.orientation}" ${fit}/>
<headerFooter><oddFooter>${xmlText(`&C${print.footer ?? ''}`)}</oddFooter></headerFooter></worksheet>`;
  const name = sheetName.slice(0, 31);
  const titles = [print.titleColumns, print.titleRows].filter(Boolean).map((t) => `'${name.replace(/'/g, "''")}'!${t}`).join(',');
  const sharedStrings = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`)
    .join('')}</sst>`;

  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${xmlText(name)}" sheetId="1" r:id="rId1"/></sheets>${
      titles ? `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${xmlText(titles)}</definedName></definedNames>` : ''
    }</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`,
  );
  zip.file('xl/styles.xml', STYLES_XML);
  zip.file('xl/sharedStrings.xml', sharedStrings);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Column widths, row heights (by row number) and A4 layout for the table, from the same core rules as thidua's
 * other sheets: the text columns narrowed where they hold least (fitWidths), so the table prints one page wide.
 */
function layout(table: ExportTable): { widths: number[]; heights: Map<number, number>; print: PrintLayout } {
  const header: CellFormat = { bold: true, wrap: true };
  const values = [table.headers, ...table.rows.map((row) => row.map((v) => v ?? null))];
  const widths = fitWidths(table.columns.map((c) => c.width), table.columns.map((c) => c.kind === 'text'), values);
  const edit: SheetEdit = {
    sheet: '',
    mode: 'replace',
    blocks: [
      {
        address: 'A1',
        values,
        cellFormats: [table.columns.map(() => header), ...table.rows.map(() => table.columns.map((c) => (c.kind === 'text' ? { wrap: true } : null)))],
      },
    ],
    columnWidths: widthsFromA(widths),
  };
  // The header row on every page; were the columns still too wide, the unit's name repeated on the pages across.
  const heights = rowHeights(edit);
  const print = withPrintLayout({ ...edit, rowHeights: heights }, { titleRows: '$1:$1', titleColumns: '$A:$A' }).print!;
  return { widths, heights: new Map(heights.map((r) => [r.row, r.height])), print };
}

/* Made for: the .xlsx export without ExcelJS: a minimal workbook written with jszip, in a chunk loaded only when the officer exports. */
