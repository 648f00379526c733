// Editing a small package part (workbook.xml, its relationships, the content types, styles.xml) in place:
// saxes finds each tag and where it stands in the text, and edits are splices at those places, so every
// byte the edit does not name stays as the generator wrote it (its prefixes, spacing, order, extensions).
import { SaxesParser } from 'saxes';
import { localName } from '../xml.js';
import { PackageRefused, partTitle } from '../zip.js';

/** A tag as it stands in the text: `start` at its «<», `end` after its «>». */
export type Tag = { name: string; qname: string; attributes: Record<string, string>; start: number; end: number; selfClosing: boolean };

/** An element: its opening tag and, unless self-closing, its closing tag (the same object for `<x/>`). */
export type Element = { open: Tag; close: Tag; depth: number };

/** Every element of the part in document order, with where its tags stand (strict XML: a broken part refuses the file). */
export function elements(part: string, xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: false });
  const found: Element[] = [];
  const stack: Element[] = [];
  parser.on('opentag', (t) => {
    const end = parser.position;
    const tag: Tag = { name: localName(t.name), qname: t.name, attributes: t.attributes as Record<string, string>, start: xml.lastIndexOf('<', end - 1), end, selfClosing: t.isSelfClosing };
    const element = { open: tag, close: tag, depth: stack.length };
    found.push(element);
    if (!t.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (t) => {
    if (t.isSelfClosing) return;
    const element = stack.pop()!;
    const end = parser.position;
    element.close = { ...element.open, start: xml.lastIndexOf('<', end - 1), end, selfClosing: false };
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new PackageRefused(`${partTitle(part)} không phải XML đọc được: hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx`);
  }
  return found;
}

/** Splices gathered against the original text, applied together (positions never shift while gathering). */
export class Splices {
  private readonly edits: { at: number; to: number; text: string; order: number }[] = [];

  constructor(readonly xml: string) {}

  insert(at: number, text: string): void {
    this.edits.push({ at, to: at, text, order: this.edits.length });
  }

  replace(at: number, to: number, text: string): void {
    this.edits.push({ at, to, text, order: this.edits.length });
  }

  /** Inserts `text` as the last child of `element`, opening a self-closing tag (`<x/>` → `<x>text</x>`). */
  append(element: Element, text: string): void {
    if (text === '') return;
    const { open } = element;
    if (!open.selfClosing) return this.insert(element.close.start, text);
    const tagText = this.xml.slice(open.start, open.end);
    this.replace(open.start, open.end, `${tagText.replace(/\s*\/>$/, '>')}${text}</${open.qname}>`);
  }

  /** Sets (or adds) an attribute of a tag: `count` kept true to what the element holds. */
  setAttribute(tag: Tag, name: string, value: string): void {
    const text = this.xml.slice(tag.start, tag.end);
    const re = new RegExp(`(\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const m = re.exec(text);
    if (m) this.replace(tag.start + m.index + m[1]!.length, tag.start + m.index + m[0].length, `"${escapeXml(value)}"`);
    else this.insert(tag.end - (tag.selfClosing ? 2 : 1), ` ${name}="${escapeXml(value)}"`);
  }

  toString(): string {
    const sorted = [...this.edits].sort((a, b) => a.at - b.at || a.order - b.order);
    let out = '';
    let at = 0;
    for (const e of sorted) {
      out += this.xml.slice(at, e.at) + e.text;
      at = Math.max(at, e.to);
    }
    return out + this.xml.slice(at);
  }
}

/** The prefix a tag's element gives a namespace (`r` for relationships in most workbooks), or undefined. */
export function prefixOf(root: Tag, namespace: string): string | undefined {
  for (const [name, value] of Object.entries(root.attributes)) if (value === namespace && name.startsWith('xmlns:')) return name.slice(6);
  return undefined;
}

/** The element's own prefix with a colon (`x:` for `<x:workbook>`), so what is added matches it. */
export function ownPrefix(tag: Tag): string {
  const colon = tag.qname.indexOf(':');
  return colon < 0 ? '' : tag.qname.slice(0, colon + 1);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

// Made for issue 27 item 2: the package's own parts edited by adding, never by rewriting what is there.
