// Writes a paper (core/papers/document.ts) as a Word document with the `docx` package, in the form Decree 30/2020/NĐ-CP
// gives: A4 and its margins, Times New Roman 14, paragraphs 6 pt apart at 1.15 lines, page numbers from page 2 centred
// at the top, the rules under the issuer and the motto, a two-column block (heading, signer) never split across pages,
// tables with their header row repeated on every page. Every text passes through xmlSafe: a character XML cannot
// carry (U+FFFF in a unit's name) would make the file unopenable. Thin on purpose: what a paper says is planned in
// core/papers/.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun as DocxRun,
  WidthType,
} from 'docx';
import type { Block, Columns, Paper, Paragraph, Table } from '../../core/papers/document.js';
import { xmlSafe } from '../../core/safe-text.js';
import { boldWidth } from './times-bold.js';

const FONT = 'Times New Roman';
const BODY_SIZE = 14;
const TABLE_SIZE = 13;
const mm = (n: number) => Math.round((n / 25.4) * 1440);
const pt = (n: number) => Math.round(n * 20);
/** A4 less the margins (left 30 mm, right 15 mm): the text width in twips, for the tables' column widths. */
const TEXT_WIDTH = mm(210 - 30 - 15);
/** Body paragraphs: at least 6 pt apart, 1.15 lines (Decree 30/2020: 6 pt or more, single to 1.5 lines). */
const BODY_SPACING = { before: pt(6), after: 0, line: 276, lineRule: LineRuleType.AUTO };
/** Lines of the heading and the signer's block stand as set, as in the decree's models; table rows 6 pt apart, as paragraphs. */
const TIGHT_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
const CELL_SPACING = { before: pt(3), after: pt(3), line: 240, lineRule: LineRuleType.AUTO };
/** A lead-in right above a table: 3 pt under it and the header's 3 pt over its text make the 6 pt of every paragraph. */
const LEAD_IN_SPACING = { ...BODY_SPACING, after: pt(3) };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

type Place = { size: number; spacing: { before: number; after: number; line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] }; keepNext?: boolean };

function paragraph(par: Paragraph, place: Place): DocxParagraph {
  const size = par.size ?? place.size;
  return new DocxParagraph({
    alignment: ALIGN[par.align ?? 'left'],
    ...(par.indent ? { indent: { firstLine: mm(10) } } : {}),
    spacing: place.spacing,
    ...(place.keepNext ? { keepNext: true, keepLines: true } : {}),
    children: par.runs.map(
      (r) =>
        new DocxRun({
          text: xmlSafe(r.text),
          font: FONT,
          size: size * 2,
          ...(r.breakBefore ? { break: 1 } : {}),
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
          ...(r.underline ? { underline: {} } : {}),
        }),
    ),
  });
}

/** The lines of a paragraph as the planner broke them. */
function linesOf(par: Paragraph): string[] {
  const out: string[] = [];
  for (const r of par.runs) {
    if (r.breakBefore || out.length === 0) out.push('');
    out[out.length - 1] += r.text;
  }
  return out;
}

/** The rule a paragraph asks for (`par.rule` times its widest line long), centred in `width` twips: an empty paragraph's top border. */
function rule(par: Paragraph & { rule: number }, width: number): DocxParagraph {
  const length = pt(par.rule * Math.max(...linesOf(par).map((l) => boldWidth(l, par.size ?? BODY_SIZE))));
  const side = Math.max(0, Math.round((width - length) / 2));
  return new DocxParagraph({
    indent: { left: side, right: side },
    spacing: { before: pt(4), after: pt(4), line: pt(2), lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [new DocxRun({ text: '', size: 2 })],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** A two-column block's cells: its lines from edge to edge, 6 pt below what comes before it. */
const COLUMN_MARGINS = { top: pt(6), bottom: 0, left: 0, right: 0 };

function cell(children: DocxParagraph[], width: number, bordered: boolean): TableCell {
  const border = bordered ? LINE : NONE;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: border, bottom: border, left: border, right: border },
    ...(bordered ? {} : { margins: COLUMN_MARGINS }),
    children,
  });
}

const widthOf = (percent: number) => Math.round((TEXT_WIDTH * percent) / 100);

/** A cell's margins left and right together, as Word and LibreOffice draw a table without its own (0.08" each). */
const CELL_MARGINS = 2 * 115;

/** A figure («0,75/0,75», «1.520.000»): a word no column may break, as LibreOffice breaks one too wide for it. */
const FIGURE = /^\d[\d.,/]*$/;

/**
 * The table's column widths (twips), each wide enough for the longest word of its bold header — «STT» in 7 % of the
 * width printed «ST» over «T» — and for the widest figure of its rows — the achievement report's «Điểm» in 11 % printed
 * «0,75/0,» over «75» —, what a narrow column lacks taken from the widest ones. Digits are as wide in bold as not.
 */
export function columnWidths(t: Table): number[] {
  const widths = t.widths.map((w) => widthOf(w));
  const words = (i: number) => [...t.header[i]!.split(/\s+/), ...t.rows.flatMap((r) => (r[i] ?? '').split(/\s+/).filter((w) => FIGURE.test(w)))];
  const need = t.header.map((_, i) => Math.ceil(Math.max(0, ...words(i).map((word) => pt(boldWidth(word, TABLE_SIZE) + 1)))) + CELL_MARGINS);
  for (let i = 0; i < widths.length; i++) {
    let lack = (need[i] ?? 0) - widths[i]!;
    while (lack > 0) {
      // The widest column that can spare width beyond its own header's need.
      const donor = widths.reduce((best, w, j) => (j !== i && w - (need[j] ?? 0) > widths[best]! - (need[best] ?? 0) ? j : best), i === 0 ? 1 : 0);
      const spare = Math.min(lack, widths[donor]! - (need[donor] ?? 0));
      if (donor === i || spare <= 0) break;
      widths[donor]! -= spare;
      widths[i]! += spare;
      lack -= spare;
    }
  }
  return widths;
}

function table(t: Table, keepNext = false): DocxTable {
  const widths = columnWidths(t);
  const row = (values: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: values.map((v, i) =>
        cell(
          [paragraph({ kind: 'paragraph', runs: [{ text: v, bold: header }], align: header || i === 0 ? 'center' : 'left' }, { size: TABLE_SIZE, spacing: CELL_SPACING, keepNext })],
          widths[i] ?? widthOf(10),
          true,
        ),
      ),
    });
  return new DocxTable({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
  });
}

/** One column of a two-column block: its paragraphs, each rule drawn under the paragraph that asks for it. */
function column(pars: Paragraph[], width: number): DocxParagraph[] {
  const place = { size: BODY_SIZE, spacing: TIGHT_SPACING };
  return pars.flatMap((par) => [paragraph(par, place), ...(par.rule ? [rule({ ...par, rule: par.rule }, width)] : [])]);
}

function columns(c: Columns): DocxTable {
  const [left, right] = c.widths.map(widthOf) as [number, number];
  return new DocxTable({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [left, right],
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, children: [cell(column(c.left, left), left, false), cell(column(c.right, right), right, false)] })],
  });
}

function blocks(list: readonly Block[]): (DocxParagraph | DocxTable)[] {
  return list.flatMap((b, i) => {
    switch (b.kind) {
      case 'paragraph':
        // The paragraph before a two-column block (the signer's) stays on its page.
        return [paragraph(b, { size: BODY_SIZE, spacing: list[i + 1]?.kind === 'table' ? LEAD_IN_SPACING : BODY_SPACING, keepNext: b.keepNext === true || list[i + 1]?.kind === 'columns' })];
      case 'table':
        // A paragraph after every table: Word joins two tables that touch. A table right above the signatures is
        // kept on their page (a signer's block never stands alone), as a paragraph there is.
        return [table(b, list[i + 1]?.kind === 'columns'), new DocxParagraph({ spacing: TIGHT_SPACING, keepNext: list[i + 1]?.kind === 'columns', children: [] })];
      case 'columns':
        return [columns(b), new DocxParagraph({ spacing: TIGHT_SPACING, children: [] })];
    }
  });
}

/** Page numbers from page 2, centred at the top (the first page's header is empty). */
function pageNumbers() {
  const number = new DocxParagraph({ alignment: AlignmentType.CENTER, children: [new DocxRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_SIZE * 2 })] });
  return { default: new Header({ children: [number] }), first: new Header({ children: [new DocxParagraph({ children: [] })] }) };
}

/** The paper as the bytes of a .docx file. */
export async function writePaper(paper: Paper): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'thidua',
    title: xmlSafe(paper.title),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) } },
        },
        headers: pageNumbers(),
        children: blocks(paper.blocks),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// Made for issue 26 item 4 and issue 38 item 3: the papers the chairman signs, as .docx the office edits in Word or
// LibreOffice and signs as written.
