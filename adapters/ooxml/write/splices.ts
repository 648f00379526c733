// Edits to a part's text as splices at the positions element-map.ts found, applied in one pass: what no
// splice covers is copied as it is. Children are placed where the schema orders them (Excel refuses a
// worksheet whose parts are out of order), and an element written `<a/>` is opened when it gains children.
import { type XmlNode } from '../element-map.js';
import { startTag } from './xml-text.js';

/** Text spliced in: a string, or text already encoded as UTF-8 (a sheet's new rows, encoded as they are made). */
export type SpliceText = string | Uint8Array;

/** `text` as pieces: an element opened, its children as they were appended. */
type Splice = { start: number; end: number; text: SpliceText | readonly SpliceText[]; rank: number; seq: number };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Splices {
  private readonly list: Splice[] = [];
  /** Elements written `<a/>` that gain children: their content, opened on apply. */
  private readonly opened = new Map<XmlNode, { attrs: Record<string, string | undefined>; content: { text: SpliceText; rank: number; seq: number }[] }>();
  private seq = 0;

  /** Replaces [start, end) by `text` ('' removes it). */
  replace(start: number, end: number, text: SpliceText): void {
    this.list.push({ start, end, text, rank: 0, seq: this.seq++ });
  }

  /** Inserts `text` at `at`; inserts at one position go in order of `rank`, then of call. */
  insert(at: number, text: SpliceText, rank = 0): void {
    this.list.push({ start: at, end: at, text, rank, seq: this.seq++ });
  }

  /** Replaces the whole element. */
  replaceNode(node: XmlNode, text: string): void {
    this.replace(node.start, node.end, text);
  }

  /** Gives the element these attributes (its children, if any, stay). */
  retag(node: XmlNode, attrs: Record<string, string | undefined>): void {
    const open = this.opened.get(node);
    if (open) open.attrs = attrs;
    else if (node.selfClosing) this.opened.set(node, { attrs, content: [] });
    else this.replace(node.start, node.openEnd, startTag(node.qname, attrs));
  }

  /** Adds `text` as the element's last children (an element written `<a/>` is opened). */
  append(node: XmlNode, text: SpliceText, rank = 0): void {
    if (!node.selfClosing) return this.insert(node.closeStart, text, rank);
    const open = this.opened.get(node) ?? { attrs: node.attrs, content: [] };
    open.content.push({ text, rank, seq: this.seq++ });
    this.opened.set(node, open);
  }

  /** The text with every splice made; splices that overlap are a fault of the caller. */
  apply(xml: string): string {
    return this.pieces(xml)
      .map((p) => (typeof p === 'string' ? p : decoder.decode(p)))
      .join('');
  }

  /**
   * The same as UTF-8, the bytes a zip takes: the text between pieces already encoded is joined and encoded once,
   * so a part without them costs one join and one encoding, as apply and an encoder would.
   */
  applyUtf8(xml: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) chunks.push(encoder.encode(run.join('')));
      run = [];
    };
    const pieces = this.pieces(xml);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (typeof p === 'string') run.push(p);
      else {
        flush();
        chunks.push(p);
      }
    }
    flush();
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** The text's pieces in order, every splice made. */
  private pieces(xml: string): SpliceText[] {
    for (const [node, { attrs, content }] of this.opened) {
      const text = content.some((c) => c.text.length > 0)
        ? [startTag(node.qname, attrs), ...content.sort(byRank).map((c) => c.text), `</${node.qname}>`]
        : startTag(node.qname, attrs, true);
      this.list.push({ start: node.start, end: node.end, text, rank: 0, seq: this.seq++ });
    }
    this.opened.clear();
    const sorted = this.list.sort((a, b) => a.start - b.start || a.end - b.end || byRank(a, b));
    const out: SpliceText[] = [];
    let at = 0;
    // Indexed (a for…of allocates at each step): a splice for every cell a copy writes.
    for (let i = 0; i < sorted.length; i++) {
      const s = sorted[i]!;
      if (s.start < at) throw new Error(`sửa chồng lên nhau ở vị trí ${s.start}`);
      out.push(xml.slice(at, s.start));
      if (typeof s.text === 'string' || s.text instanceof Uint8Array) out.push(s.text);
      else for (const piece of s.text) out.push(piece);
      at = s.end;
    }
    out.push(xml.slice(at));
    return out;
  }
}

function byRank(a: { rank: number; seq: number }, b: { rank: number; seq: number }): number {
  return a.rank - b.rank || a.seq - b.seq;
}

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
] as const;
/** CT_SheetPr's children. */
export const SHEET_PR_ORDER = ['tabColor', 'outlinePr', 'pageSetUpPr'] as const;
/** CT_SheetView's children. */
export const SHEET_VIEW_ORDER = ['pane', 'selection', 'pivotSelection', 'extLst'] as const;
/** CT_HeaderFooter's children. */
export const HEADER_FOOTER_ORDER = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'] as const;

/**
 * Inserts `text` (an element named `name`) among `parent`'s children where `order` puts it: before the first
 * child the schema orders after it, else last. Children the schema does not name (mc:AlternateContent) are passed over.
 */
export function insertOrdered(splices: Splices, parent: XmlNode, name: string, text: string, order: readonly string[]): void {
  const rank = order.indexOf(name);
  if (rank < 0) throw new Error(`${name} không có chỗ trong ${parent.name}`);
  const after = parent.children.find((c) => order.indexOf(c.name) > rank);
  if (after) splices.insert(after.start, text, rank);
  else splices.append(parent, text, rank);
}

/** Puts `text` in place of `parent`'s child named `name` when it has one ('' removes it), else where `order` puts it. */
export function placeChild(splices: Splices, parent: XmlNode, name: string, text: string, order: readonly string[]): void {
  const present = parent.children.find((c) => c.name === name);
  if (present) splices.replaceNode(present, text);
  else if (text !== '') insertOrdered(splices, parent, name, text, order);
}

// Made for issue 27 item 2: every edit of a sheet's XML made as splices, in the order the schema wants.
