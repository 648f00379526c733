// A PrintLayout (core/sheet/print-layout.ts) in the sheet's XML, as ExcelJS wrote it: A4 in its orientation,
// fitted to one page wide (sheetPr's pageSetUpPr fitToPage, without which Excel and LibreOffice print at
// `scale`) or at 100 %, the margins, the header and footer, pages numbered from 1, page breaks; what the
// sheet's pageSetup held besides (its printer settings part, its resolution) stays. Print titles and the
// print area are the workbook's defined names: returned for the package to write.
import { EXCEL_HEADER_FOOTER_MAX, safeText } from '../../../core/safe-text.js';
import type { PrintLayout } from '../../../core/sheet/port.js';
import { child } from '../element-map.js';
import { escapeText, startTag } from './xml-text.js';
import type { SheetText } from './sheet-text.js';
import { HEADER_FOOTER_ORDER, insertOrdered, placeChild, SHEET_PR_ORDER, WORKSHEET_ORDER } from './splices.js';

/** pageSetup's paperSize for A4. */
const PAPER_A4 = '9';
/** A manual break runs across every column (Excel's last column index, 0-based). */
const BREAK_MAX = '16383';

/** Writes the layout into the sheet; the sheet's print names as they must stand after it. */
export function writePrint(sheet: SheetText, print: PrintLayout, sheetName: string): { name: string; value: string }[] {
  const { root, splices, prefix: p } = sheet;

  const sheetPr = child(root, 'sheetPr');
  const setUp = sheetPr && child(sheetPr, 'pageSetUpPr');
  if (print.fitToWidth) {
    const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
    if (setUp) {
      if (setUp.attrs.fitToPage !== '1' && setUp.attrs.fitToPage !== 'true') splices.retag(setUp, { ...setUp.attrs, fitToPage: '1' });
    } else if (sheetPr) insertOrdered(splices, sheetPr, 'pageSetUpPr', fit, SHEET_PR_ORDER);
    else insertOrdered(splices, root, 'sheetPr', `<${p}sheetPr>${fit}</${p}sheetPr>`, WORKSHEET_ORDER);
  } else if (setUp && (setUp.attrs.fitToPage === '1' || setUp.attrs.fitToPage === 'true')) {
    splices.retag(setUp, { ...setUp.attrs, fitToPage: '0' });
  }

  const m = print.margins;
  const margins = { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer };
  placeChild(splices, root, 'pageMargins', startTag(`${p}pageMargins`, Object.fromEntries(Object.entries(margins).map(([k, v]) => [k, String(v)])), true), WORKSHEET_ORDER);

  const pageSetup = child(root, 'pageSetup');
  const attrs: Record<string, string | undefined> = {
    ...pageSetup?.attrs,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToWidth: '1', fitToHeight: print.fitToHeight ? '1' : '0' } : { scale: '100', fitToWidth: undefined, fitToHeight: undefined }),
    // Each sheet's pages count from 1, whatever prints before it.
    firstPageNumber: String(print.firstPageNumber),
    useFirstPageNumber: '1',
  };
  if (pageSetup) splices.retag(pageSetup, attrs);
  else insertOrdered(splices, root, 'pageSetup', startTag(`${p}pageSetup`, attrs, true), WORKSHEET_ORDER);

  writeHeaderFooter(sheet, print);
  writeBreaks(sheet, print.breaksBefore ?? []);
  return printNames(print, sheetName);
}

/** The odd pages' header and centre footer; the sheet's other headers and footers stay. */
function writeHeaderFooter({ root, splices, prefix: p }: SheetText, print: PrintLayout): void {
  const parts: [string, string][] = [];
  if (print.header) parts.push(['oddHeader', print.header]);
  if (print.footer) parts.push(['oddFooter', `&C${print.footer}`]);
  if (parts.length === 0) return;
  // Within Excel's 255 characters (the planners cut names to fit, pageHeader; this holds whatever comes).
  const element = (name: string, text: string) => `<${p}${name}>${escapeText(safeText(text, EXCEL_HEADER_FOOTER_MAX).text)}</${p}${name}>`;
  const node = child(root, 'headerFooter');
  if (!node) {
    insertOrdered(splices, root, 'headerFooter', `<${p}headerFooter>${parts.map(([n, t]) => element(n, t)).join('')}</${p}headerFooter>`, WORKSHEET_ORDER);
    return;
  }
  for (const [name, text] of parts) placeChild(splices, node, name, element(name, text), HEADER_FOOTER_ORDER);
}

/** Manual breaks before these rows (a break's id is the row it follows), added to the sheet's own. */
function writeBreaks({ root, splices, prefix: p }: SheetText, before: readonly number[]): void {
  const node = child(root, 'rowBreaks');
  const present = (node?.children ?? []).filter((c) => c.name === 'brk');
  const have = new Set(present.map((b) => Number(b.attrs.id)));
  const ids = [...new Set(before.filter((r) => r > 1).map((r) => r - 1))].filter((id) => !have.has(id)).sort((a, b) => a - b);
  if (ids.length === 0) return;
  const brk = (id: number) => startTag(`${p}brk`, { id: String(id), max: BREAK_MAX, man: '1' }, true);
  if (!node) {
    const count = String(ids.length);
    insertOrdered(splices, root, 'rowBreaks', `${startTag(`${p}rowBreaks`, { count, manualBreakCount: count })}${ids.map(brk).join('')}</${p}rowBreaks>`, WORKSHEET_ORDER);
    return;
  }
  for (const id of ids) {
    const after = present.find((b) => Number(b.attrs.id) > id);
    if (after) splices.insert(after.start, brk(id), id);
    else splices.append(node, brk(id), id);
  }
  const manual = present.filter((b) => b.attrs.man === '1' || b.attrs.man === 'true').length + ids.length;
  splices.retag(node, { ...node.attrs, count: String(present.length + ids.length), manualBreakCount: String(manual) });
}

/** `_xlnm.Print_Area` and `_xlnm.Print_Titles` (columns, then rows, as Excel writes them) on the quoted sheet name. */
function printNames(print: PrintLayout, sheetName: string): { name: string; value: string }[] {
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const names: { name: string; value: string }[] = [];
  if (print.printArea) names.push({ name: '_xlnm.Print_Area', value: `${sheet}!${absolute(print.printArea)}` });
  const titles = [print.titleColumns, print.titleRows].filter((t): t is string => !!t).map((t) => `${sheet}!${absolute(t)}`);
  if (titles.length > 0) names.push({ name: '_xlnm.Print_Titles', value: titles.join(',') });
  return names;
}

/** "A1:M40" → "$A$1:$M$40", "12:12" → "$12:$12", "A:B" → "$A:$B". */
function absolute(ref: string): string {
  return ref
    .replace(/\$/g, '')
    .split(':')
    .map((end) => end.replace(/^([A-Za-z]*)(\d*)$/, (_, letters: string, digits: string) => `${letters ? `$${letters.toUpperCase()}` : ''}${digits ? `$${digits}` : ''}`))
    .join(':');
}

// Made for issue 27 item 2: each sheet prints on A4 as print-layout.ts chose, in the unit's package as in thidua's own sheets.
