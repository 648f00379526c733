// Writes a paper (core/papers/document.ts) as a Word document with the `docx` package: A4, the margins and the Times
// New Roman 14 of Decree 30/2020/NĐ-CP, tables with their header row repeated on every page. Thin on purpose: what a
// paper says is planned in core/papers/.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun as DocxRun,
  WidthType,
} from 'docx';
import type { Block, Columns, Paper, Paragraph, Table } from '../../core/papers/document.js';

const FONT = 'Times New Roman';
const BODY_SIZE = 14;
const TABLE_SIZE = 13;
const mm = (n: number) => Math.round((n / 25.4) * 1440);
/** A4 less the margins: the text width in twips, for the tables' column widths. */
const TEXT_WIDTH = mm(210 - 30 - 15);

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function paragraph(par: Paragraph, size = BODY_SIZE): DocxParagraph {
  return new DocxParagraph({
    alignment: ALIGN[par.align ?? 'left'],
    ...(par.indent ? { indent: { firstLine: mm(10) } } : {}),
    spacing: { after: 60 },
    children: par.runs.map(
      (r) => new DocxRun({ text: r.text, font: FONT, size: (par.size ?? size) * 2, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}), ...(r.underline ? { underline: {} } : {}) }),
    ),
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(children: DocxParagraph[], widthPercent: number, bordered: boolean): TableCell {
  const border = bordered ? LINE : NONE;
  return new TableCell({
    width: { size: Math.round((TEXT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    borders: { top: border, bottom: border, left: border, right: border },
    children,
  });
}

function table(t: Table): DocxTable {
  const row = (values: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: values.map((v, i) => cell([paragraph({ kind: 'paragraph', runs: [{ text: v, bold: header }], align: header || i === 0 ? 'center' : 'left' }, TABLE_SIZE)], t.widths[i] ?? 10, true)),
    });
  return new DocxTable({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: t.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100)),
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
  });
}

function columns(c: Columns): DocxTable {
  return new DocxTable({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: c.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100)),
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [cell(c.left.map((x) => paragraph(x)), c.widths[0], false), cell(c.right.map((x) => paragraph(x)), c.widths[1], false)] })],
  });
}

function block(b: Block): (DocxParagraph | DocxTable)[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(b)];
    case 'table':
      // A paragraph after every table: Word joins two tables that touch.
      return [table(b), new DocxParagraph({ children: [] })];
    case 'columns':
      return [columns(b), new DocxParagraph({ children: [] })];
  }
}

/** The paper as the bytes of a .docx file. */
export async function writePaper(paper: Paper): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'thidua',
    title: paper.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE * 2 } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } } },
        children: paper.blocks.flatMap(block),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

// Made for issue 26 item 4: the papers the chairman signs, as .docx the office edits in Word or LibreOffice.
