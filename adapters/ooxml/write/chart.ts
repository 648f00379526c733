// The native bar chart of «Tổng hợp» (SheetEdit.chart), as Excel keeps a chart: a chart part (DrawingML's
// chartSpace: the series' ranges on the sheet and their values cached, so a reader that does not recalculate
// draws it), a drawing part placing it on the sheet, and the relationships sheet → drawing → chart with
// `<drawing r:id>` in the sheet. The Office.js writer draws the same chart through Excel's own API; this is
// the command line's and the standalone page's. A sheet that already has a drawing (a chart the officer made
// on it) keeps it: the new chart is anchored beside the shapes it holds.
import type { CellValue } from '../../../core/cell.js';
import type { SheetEdit } from '../../../core/sheet/port.js';
import { columnLetter } from '../../../core/text.js';
import { cellRef, rangeRef, type CellRange } from '../ranges.js';
import { excelEscape } from './cell-xml.js';
import type { SheetInput, WrittenPart } from './contract.js';
import { child, mapElements } from '../element-map.js';
import { escapeText, startTag } from './xml-text.js';
import { PartRels, REL_TYPE, relsOf } from './part-rels.js';
import { relationshipElement, type SheetText } from './sheet-text.js';
import { insertOrdered, WORKSHEET_ORDER } from './splices.js';

const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
};
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;
/**
 * The chart's size in pixels: Excel's «Insert chart» width, and a bar's room for each unit below the title and
 * axis (Excel's 288 pixels at the least), so each of a commune's units gets a readable bar; past 100 units (a
 * province's run) the chart stops growing, some three screens tall, and its bars grow thinner.
 */
const SIZE = { width: 640, top: 90, perBar: 30, least: 288, most: 90 + 30 * 100 };

/** What a chart is drawn from: the sheet's values written by the edit, by row and column. */
type ValueAt = (row: number, col: number) => CellValue | undefined;

/** Writes the edit's chart (none: nothing), adding its parts and relationships; the parts added. */
export function writeChart(sheet: SheetText, chart: SheetEdit['chart'], sheetName: string, rels: PartRels, input: SheetInput, valueAt: ValueAt): WrittenPart[] {
  if (!chart) return [];
  const categories = rangeRef(chart.categories);
  const values = rangeRef(chart.values);
  const anchor = cellRef(chart.anchor);
  if (!categories || !values || !anchor) throw new Error(`Biểu đồ của trang ${sheetName} có vùng dữ liệu không hợp lệ: ${chart.categories}, ${chart.values}, ${chart.anchor}.`);

  const chartPath = input.newPath('xl/charts/chart', '.xml');
  const parts: WrittenPart[] = [{ path: chartPath, contentType: CHART_TYPE, data: chartXml(chart.title, sheetName, categories, values, valueAt) }];

  // The sheet's own drawing, when it has one, takes the chart beside its shapes; else a drawing is made for it.
  const present = child(sheet.root, 'drawing');
  const presentRel = rels.named(present);
  const presentPath = presentRel ? rels.path(presentRel) : undefined;
  const presentXml = presentPath !== undefined ? input.part(presentPath) : undefined;
  const drawingPath = presentXml !== undefined ? presentPath! : input.newPath('xl/drawings/drawing', '.xml');
  const drawingRels = PartRels.parse(drawingPath, presentXml !== undefined ? input.part(relsOf(drawingPath)) : undefined);
  const chartId = drawingRels.add('chart', chartPath);
  const bars = (categories.bottom - categories.top + 1) * (categories.right - categories.left + 1);
  const frame = graphicFrame(anchor, Math.min(SIZE.most, Math.max(SIZE.least, SIZE.top + SIZE.perBar * bars)), chartId, presentXml === undefined ? 2 : nextShapeId(presentXml), chart.title);
  parts.push({ path: drawingPath, contentType: DRAWING_TYPE, data: presentXml === undefined ? `${HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${frame}</xdr:wsDr>` : beforeEnd(presentXml, drawingPath, frame) });
  parts.push({ path: relsOf(drawingPath), contentType: RELS_TYPE, data: drawingRels.text()! });
  if (presentXml === undefined) {
    const id = rels.add('drawing', drawingPath);
    const text = relationshipElement(sheet, 'drawing', id);
    // A `<drawing>` whose part is missing is pointed at the new one.
    if (present) sheet.splices.replaceNode(present, text);
    else insertOrdered(sheet.splices, sheet.root, 'drawing', text, WORKSHEET_ORDER);
  }
  return parts;
}

/**
 * The chart part: one series of horizontal bars (the units' names, often long, read across), the first unit at the top
 * as the table lists them, its categories' texts and its values cached as the edit wrote them.
 */
function chartXml(title: string, sheetName: string, categories: CellRange, values: CellRange, valueAt: ValueAt): string {
  const ref = (r: CellRange) => `'${sheetName.replace(/'/g, "''")}'!${absolute(r)}`;
  const cells = (r: CellRange) => {
    const out: CellValue[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(valueAt(row, col) ?? null);
    return out;
  };
  const text = (v: string) => escapeText(excelEscape(v));
  const names = cells(categories);
  const numbers = cells(values);
  const strCache = `<c:ptCount val="${names.length}"/>${names.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${text(String(v))}</c:v></c:pt>`)).join('')}`;
  const numCache =
    `<c:formatCode>General</c:formatCode><c:ptCount val="${numbers.length}"/>` +
    numbers.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return (
    `${HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${REL_TYPE}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${text(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${text(ref(categories))}</c:f><c:strCache>${strCache}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${text(ref(values))}</c:f><c:numCache>${numCache}</c:numCache></c:numRef></c:val></c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    // Categories from the top down, as Excel's «Categories in reverse order» (its value axis then at the top).
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    // Every unit named, in 9 pt: a reader may otherwise leave out every other name to fit them.
    `<c:tickLblPos val="nextTo"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    // Percentages start at 0, so bars compare by their length.
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/**
 * The chart's frame on the sheet: its top left corner at `anchor`, `height` pixels tall. Anchored to that one cell (as
 * openpyxl anchors charts): its size does not follow the rows', which the table's wrapped names make taller.
 */
function graphicFrame(anchor: { row: number; col: number }, height: number, chartId: string, shapeId: number, title: string): string {
  return (
    `<xdr:oneCellAnchor xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:from><xdr:col>${anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${SIZE.width * EMU_PER_PIXEL}" cy="${height * EMU_PER_PIXEL}"/>` +
    `<xdr:graphicFrame macro="">${startTag('xdr:nvGraphicFramePr', {})}${startTag('xdr:cNvPr', { id: String(shapeId), name: `Biểu đồ ${shapeId - 1}`, descr: title }, true)}<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${REL_TYPE}" r:id="${chartId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData fPrintsWithSheet="0"/></xdr:oneCellAnchor>`
  );
}

/** A shape id above every id the drawing holds. */
function nextShapeId(xml: string): number {
  const ids = [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\bid\s*=\s*["'](\d+)/g)].map((m) => Number(m[1]));
  return ids.length > 0 ? ids.reduce((a, b) => Math.max(a, b)) + 1 : 2;
}

/** `frame` as the drawing's last anchor (whatever prefix its root has: the frame declares its own). */
function beforeEnd(xml: string, part: string, frame: string): string {
  const root = mapElements(xml, part, () => false);
  return xml.slice(0, root.closeStart) + frame + xml.slice(root.closeStart);
}

/** `$B$10:$B$20`. */
function absolute(r: CellRange): string {
  const cell = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right ? cell(r.top, r.left) : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

// Made for issue 27 item 2 (and issue 3's «Tổng hợp» with a native chart): the chart the add-in draws through
// Office.js, written into the package by the command line and the standalone page too.
