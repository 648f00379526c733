// Where a part's elements sit in its text: the XML is read strictly (xml-scan.ts, or saxes), and each element the caller asks
// for is kept as its character positions — start, end of its start tag, start of its end tag, end — so an
// edit splices text in and leaves every other byte as it was. Nothing is re-serialised, and elements the
// caller does not ask for (the cells of rows it does not edit, say) are never kept.
import { giveBack, localName, takeParser } from './xml.js';
import { NotWellFormed, scannable, scanXml } from './xml-scan.js';

export type XmlNode = {
  /** The name as written (`x:row`), and its local part (`row`). */
  qname: string;
  name: string;
  /** Attributes as written (qualified names), values unescaped, in document order. */
  attrs: Record<string, string>;
  start: number;
  /** Just after the start tag's `>` (the end, for an element written `<a/>`). */
  openEnd: number;
  /** The `<` of the end tag (the end, for an element written `<a/>`). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  parent: XmlNode | undefined;
  /** The kept children, in document order. */
  children: XmlNode[];
};

/**
 * What a scan reports of each element: its name as written, its attributes, and the position just past its
 * start tag's `>` (its end tag's, on close) in `text`, the text scanned. Where its tags begin is found only for
 * the elements a sink keeps (`tagStart`).
 */
export interface ElementSink {
  open(qname: string, attrs: Record<string, string>, selfClosing: boolean, openEnd: number, text: string): void;
  /** Not called for an element written `<a/>` (its end is its openEnd). */
  close(end: number, text: string): void;
}

/** Where the tag that ends just before `end` begins: `<` cannot appear inside a tag (attribute values escape it). */
export function tagStart(text: string, end: number): number {
  return text.lastIndexOf('<', end - 1);
}

/**
 * Scans `xml` strictly, reporting every element to `sink`: by the scanner (xml-scan.ts: saxes's events, several times
 * faster) unless the text holds what only saxes reads. Throws when it is not well formed, naming `part`.
 */
export function scanElements(xml: string, part: string, sink: ElementSink): void {
  const start = scannable(xml);
  if (start < 0) return saxesElements(xml, part, sink);
  try {
    scanXml(xml, start, {
      open: (qname, attrs, selfClosing, at) => sink.open(qname, attrs, selfClosing, at, xml),
      // Given a text handler, the scanner reads the text's entities, and refuses a malformed one as saxes does.
      text: () => {},
      close: (_qname, selfClosing, at) => {
        if (!selfClosing) sink.close(at, xml);
      },
    });
  } catch (e) {
    if (!(e instanceof NotWellFormed)) throw e;
    // saxes refuses what the scanner refuses: it words the refusal, as it always has (its events go nowhere).
    saxesElements(xml, part, { open: () => {}, close: () => {} });
    throw notRead(part, e);
  }
}

function saxesElements(xml: string, part: string, sink: ElementSink): void {
  const parser = takeParser();
  parser.on('opentag', (tag) => sink.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing, parser.position, xml));
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) sink.close(parser.position, xml);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw notRead(part, e);
  }
  giveBack(parser);
}

const notRead = (part: string, e: unknown) => new Error(`${part}: XML không đọc được (${e instanceof Error ? e.message : String(e)})`);

/**
 * Builds the tree of kept elements from a scan: the root and, below it, the elements `keep` accepts (asked
 * once per element whose parent was kept; a subtree not kept is passed over whole).
 */
export class ElementTree implements ElementSink {
  root: XmlNode | undefined;
  private readonly stack: XmlNode[] = [];
  /** Depth inside an element not kept. */
  private skipping = 0;

  constructor(private readonly keep: (node: XmlNode, parent: XmlNode) => boolean) {}

  open(qname: string, attrs: Record<string, string>, selfClosing: boolean, openEnd: number, text: string): void {
    if (this.skipping > 0) {
      if (!selfClosing) this.skipping++;
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const node: XmlNode = { qname, name: localName(qname), attrs, start: tagStart(text, openEnd), openEnd, closeStart: openEnd, end: openEnd, selfClosing, parent, children: [] };
    if (parent && !this.keep(node, parent)) {
      if (!selfClosing) this.skipping = 1;
      return;
    }
    if (parent) parent.children.push(node);
    else this.root = node;
    if (!selfClosing) this.stack.push(node);
  }

  close(end: number, text: string): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const node = this.stack.pop()!;
    node.closeStart = tagStart(text, end);
    node.end = end;
  }
}

/**
 * The root element of `xml` and, below it, the elements `keep` accepts (asked once per element whose parent
 * was kept). Throws when the XML is not well formed, naming `part`.
 */
export function mapElements(xml: string, part: string, keep: (node: XmlNode, parent: XmlNode) => boolean): XmlNode {
  const tree = new ElementTree(keep);
  scanElements(xml, part, tree);
  if (!tree.root) throw new Error(`${part}: không có phần tử gốc`);
  return tree.root;
}

/** The first kept child of `node` named `name` (local name). */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The prefix an element's name carries, colon included ('' when none): new elements beside it carry the same. */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? '' : qname.slice(0, colon + 1);
}

// Made for issue 27 item 2: a sheet's XML edited in place, its untouched cells and elements kept byte for byte; beside
// the reader (issue 36 item 5), whose opening pass maps the report sheet for the writer without importing it.
