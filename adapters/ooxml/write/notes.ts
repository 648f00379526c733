// The notes thidua leaves on flagged cells, as Excel keeps notes: a comments part (the text) and a VML
// drawing (the note's box), tied to the sheet by its relationships and `<legacyDrawing>`. As the ExcelJS
// and Office.js writers did: thidua's earlier notes go (their text starts with ANNOTATION_MARK), the
// officer's own notes stay as they are — a cell that has one gets no note from thidua. The VML is edited
// as text (Excel's VML is not always well-formed XML), its other shapes (form controls) kept.
import type { CellNote } from '../../../core/sheet/port.js';
import { columnLetter } from '../../../core/text.js';
import { ANNOTATION_MARK } from '../../../core/workbook/store-layout.js';
import { unescapeExcel } from '../text.js';
import { cellRef } from '../ranges.js';
import { excelEscape } from './cell-xml.js';
import type { SheetInput, WrittenPart } from './contract.js';
import { child, mapElements, prefixOf, type XmlNode } from '../element-map.js';
import { escapeText } from './xml-text.js';
import type { PartRels } from './part-rels.js';
import { MAIN_NS, relationshipElement, type SheetText } from './sheet-text.js';
import { insertOrdered, Splices, WORKSHEET_ORDER } from './splices.js';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
/** The author thidua's notes carry. */
const AUTHOR = 'Thi đua CĐS';

type Comment = { node: XmlNode; ref: string; text: string };

/** Writes the edit's notes into the sheet and its relationships (`rels`); the parts added or replaced. */
export function writeNotes(sheet: SheetText, notes: readonly CellNote[] | undefined, rels: PartRels, input: SheetInput): WrittenPart[] {
  const commentsRel = rels.ofType('comments');
  const commentsPath = commentsRel && rels.path(commentsRel);
  const commentsXml = commentsPath !== undefined ? input.part(commentsPath) : undefined;
  const present = commentsXml !== undefined ? readComments(commentsXml, commentsPath!) : undefined;
  const comments = present?.comments ?? [];
  const own = comments.filter((c) => c.text.startsWith(ANNOTATION_MARK));
  const officers = new Set(comments.filter((c) => !own.includes(c)).map((c) => c.ref.toUpperCase()));
  const added = new Map<string, string>();
  for (const note of notes ?? []) {
    const ref = note.address.replace(/\$/g, '').toUpperCase();
    if (!officers.has(ref) && !added.has(ref) && cellRef(ref)) added.set(ref, `${ANNOTATION_MARK}\n${note.text}`);
  }
  if (own.length === 0 && added.size === 0) return [];

  const parts: WrittenPart[] = [];
  const left = comments.length - own.length + added.size;
  const legacy = child(sheet.root, 'legacyDrawing');
  const vmlRel = rels.named(legacy);
  const vmlPath = vmlRel ? rels.path(vmlRel) : undefined;
  const vmlText = vmlPath !== undefined ? input.part(vmlPath) : undefined;

  // The comments part: thidua's old notes out, the new ones in; none left, the part goes with its relationship.
  if (left === 0) {
    if (commentsRel) rels.remove(commentsRel);
  } else {
    const path = commentsPath ?? input.newPath('xl/comments', '.xml');
    parts.push({ path, contentType: COMMENTS_TYPE, data: present ? editComments(commentsXml!, present, own, added) : newComments(added) });
    if (!commentsRel) rels.add('comments', path);
  }

  // The VML: the old notes' boxes out, the new ones' in; a drawing left without shapes goes too.
  const removed = new Set(own.map((c) => c.ref.toUpperCase()));
  if (vmlText !== undefined) {
    const vml = editVml(vmlText, removed, added, input.index);
    if (hasShape(vml)) parts.push({ path: vmlPath!, contentType: VML_TYPE, data: vml });
    else {
      rels.remove(vmlRel!);
      sheet.splices.replaceNode(legacy!, '');
    }
  } else if (added.size > 0) {
    const path = input.newPath('xl/drawings/vmlDrawing', '.vml');
    parts.push({ path, contentType: VML_TYPE, data: editVml(newVml(input.index), removed, added, input.index) });
    const id = rels.add('vmlDrawing', path);
    const text = relationshipElement(sheet, 'legacyDrawing', id);
    // A legacyDrawing whose drawing is missing is pointed at the new one.
    if (legacy) sheet.splices.replaceNode(legacy, text);
    else insertOrdered(sheet.splices, sheet.root, 'legacyDrawing', text, WORKSHEET_ORDER);
  }
  return parts;
}

type Present = { root: XmlNode; authors: XmlNode | undefined; list: XmlNode | undefined; names: string[]; comments: Comment[] };

/** The comments part's authors and comments, each comment's text as Excel shows it (runs joined, phonetic guides left out). */
function readComments(xml: string, part: string): Present {
  const root = mapElements(xml, part, (node, parent) => parent.parent === undefined || parent.name !== 'rPh');
  const authors = child(root, 'authors');
  const list = child(root, 'commentList');
  const texts = (node: XmlNode): string => (node.name === 't' ? unescapeXml(xml.slice(node.openEnd, node.closeStart)) : node.children.map(texts).join(''));
  return {
    root,
    authors,
    list,
    names: (authors?.children ?? []).map((a) => unescapeXml(xml.slice(a.openEnd, a.closeStart))),
    comments: (list?.children ?? []).filter((n) => n.name === 'comment').map((node) => ({ node, ref: node.attrs.ref ?? '', text: unescapeExcel(texts(node)) })),
  };
}

function editComments(xml: string, present: Present, own: Comment[], added: Map<string, string>): string {
  const splices = new Splices();
  const p = prefixOf(present.root.qname);
  for (const c of own) splices.replaceNode(c.node, '');
  if (added.size > 0) {
    let author = present.names.indexOf(AUTHOR);
    if (author < 0) {
      author = present.names.length;
      const text = `<${p}author>${escapeText(AUTHOR)}</${p}author>`;
      if (present.authors) splices.append(present.authors, text);
      else splices.insert(present.root.openEnd, `<${p}authors>${text}</${p}authors>`);
    }
    const text = commentElements(p, added, author);
    if (present.list) splices.append(present.list, text);
    else splices.insert(present.root.closeStart, `<${p}commentList>${text}</${p}commentList>`);
  }
  return splices.apply(xml);
}

function newComments(added: Map<string, string>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${escapeText(AUTHOR)}</author></authors>` +
    `<commentList>${commentElements('', added, 0)}</commentList></comments>`
  );
}

/** A note's text in one run (<r>), as Excel writes it: some readers (ExcelJS among them) take a comment's text only from its runs. */
function commentElements(p: string, added: Map<string, string>, author: number): string {
  return [...added]
    .map(([ref, text]) => `<${p}comment ref="${ref}" authorId="${author}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeText(excelEscape(text))}</${p}t></${p}r></${p}text></${p}comment>`)
    .join('');
}

/** A VML drawing for a sheet's notes, its shape ids in a block of its own (the sheet's tab index + 1). */
function newVml(index: number): string {
  return (
    `<xml ${VML_NAMESPACES}>` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${index + 1}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`
  );
}

/**
 * VML's namespaces, declared on each shape thidua adds: a drawing need not declare them on its root (openpyxl's
 * declares each on the element using it, under prefixes of its own: `ns0:shape`).
 */
const VML_NAMESPACES = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

const NOTE_SHAPETYPE = `<v:shapetype ${VML_NAMESPACES} id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** A VML shape, under whatever prefix (not a shapetype or the shapelayout). */
const SHAPE = /<(\w+:)?shape\b[\s\S]*?<\/\1shape>/g;

function hasShape(vml: string): boolean {
  return new RegExp(SHAPE.source).test(vml);
}

/** The VML with the boxes of `removed` notes taken out and boxes for `added` put in before its end. */
function editVml(vml: string, removed: Set<string>, added: Map<string, string>, index: number): string {
  let out = removed.size === 0 ? vml : vml.replace(SHAPE, (shape) => (isNoteAt(shape, removed) ? '' : shape));
  if (added.size === 0) return out;
  if (!out.includes('"_x0000_t202"')) out = insertBeforeEnd(out, NOTE_SHAPETYPE);
  // Shape ids follow the drawing's last, within the block of 1,024 its idmap names (the sheet's own for a new drawing).
  const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const block = /idmap\b[^>]*\bdata\s*=\s*["'](\d+)/.exec(vml)?.[1];
  let id = ids.length > 0 ? ids.reduce((a, b) => Math.max(a, b)) : (block !== undefined ? Number(block) : index + 1) * 1024;
  const shapes = [...added.keys()].map((ref) => noteShape(++id, cellRef(ref)!));
  return insertBeforeEnd(out, shapes.join(''));
}

function insertBeforeEnd(vml: string, text: string): string {
  const end = vml.lastIndexOf('</xml>');
  return end < 0 ? vml + text : vml.slice(0, end) + text + vml.slice(end);
}

/** Whether a VML shape is the box of a note on one of these cells (its ClientData's Row and Column, 0-based). */
function isNoteAt(shape: string, refs: Set<string>): boolean {
  if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return false;
  const row = /<(?:\w+:)?Row>\s*(\d+)\s*</.exec(shape);
  const col = /<(?:\w+:)?Column>\s*(\d+)\s*</.exec(shape);
  if (!row || !col) return false;
  return refs.has(`${columnLetter(Number(col[1]) + 1)}${Number(row[1]) + 1}`);
}

/** A hidden note box beside its cell, as Excel draws one. */
function noteShape(id: number, { row, col }: { row: number; col: number }): string {
  return (
    `<v:shape ${VML_NAMESPACES} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:90pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 15, ${Math.max(row - 2, 0)}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

/** XML's five entities and character references, as a parser reads them. */
function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9A-Fa-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );
}

// Made for issue 27 item 2: flags noted on the unit's cells beside the officer's own notes, which stay as they were.
