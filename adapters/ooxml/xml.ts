// Streaming XML over saxes: a part is parsed as it is inflated, piece by piece, never held as a DOM.
// Tags are seen by their local name (a generator may prefix SpreadsheetML's namespace: `<x:c>`).
import { SaxesParser } from 'saxes';
import { type PackageKind, PackageRefused, ReadEnough, XLSX } from './zip.js';
import { scannable, scanXml } from './xml-scan.js';

/**
 * `open` and `close` also get the tag's name as written and the position just past its `>` in the text
 * decoded so far (the pieces `decoded` is given, end to end): where an element sits, for a writer.
 */
export type XmlHandlers = {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean, qname: string, at: number): void;
  text?(text: string): void;
  close?(name: string, selfClosing: boolean, at: number): void;
  decoded?(text: string): void;
};

/** A parser to write a part's text into piece by piece; XML that is not well formed refuses the file, naming the part. */
export function xmlStream(part: string, handlers: XmlHandlers, kind: PackageKind = XLSX): { write(bytes: Uint8Array): void; end(): void } {
  const parser = takeParser();
  const decoder = new TextDecoder('utf-8');
  const { open, text, close } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing, tag.name, parser.position));
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (tag) => close(localName(tag.name), tag.isSelfClosing, parser.position));
  const guarded = (work: () => void) => readable(part, kind, work);
  const decoded = handlers.decoded;
  const feed = (piece: string) => {
    if (decoded && piece !== '') decoded(piece);
    parser.write(piece);
  };
  return {
    write: (bytes) => guarded(() => feed(decoder.decode(bytes, { stream: true }))),
    end: () =>
      guarded(() => {
        feed(decoder.decode());
        parser.close();
        giveBack(parser);
      }),
  };
}

const wholeDecoder = new TextDecoder('utf-8');

/**
 * The same over a part's bytes held whole: its text is scanned (xml-scan.ts: the same events, several times faster)
 * unless it holds what only saxes reads, which then reads it.
 */
export function xmlWhole(part: string, bytes: Uint8Array, handlers: XmlHandlers, kind: PackageKind = XLSX): void {
  const xml = wholeDecoder.decode(bytes);
  const start = scannable(xml);
  if (start < 0) {
    const stream = xmlStream(part, handlers, kind);
    stream.write(bytes);
    stream.end();
    return;
  }
  if (handlers.decoded && xml !== '') handlers.decoded(xml);
  const { open, text, close } = handlers;
  readable(part, kind, () =>
    scanXml(xml, start, {
      open: open ? (qname, attributes, selfClosing, at) => open(localName(qname), attributes, selfClosing, qname, at) : () => {},
      text,
      close: close ? (qname, selfClosing, at) => close(localName(qname), selfClosing, at) : () => {},
    }),
  );
}

/** Runs `work` (a parse of `part`); XML that is not well formed refuses the file, naming the part. */
function readable(part: string, kind: PackageKind, work: () => void): void {
  try {
    work();
  } catch (e) {
    if (e instanceof PackageRefused || e instanceof ReadEnough) throw e;
    throw new PackageRefused(`${kind.title(part)} không phải XML đọc được: hãy mở tệp bằng ${kind.app} rồi lưu lại dạng ${kind.extension}`);
  }
}

/** Parsers done with, used again: making one costs more than parsing a small part (a relationships part, say). */
const idle: SaxesParser[] = [];

/** A parser without handlers, ready for a document (non-namespaced; `position` is the index in the text written). */
export function takeParser(): SaxesParser {
  return idle.pop() ?? new SaxesParser({ xmlns: false, position: true });
}

/** Hands back a parser that closed its document cleanly (one that failed is left to the collector). */
export function giveBack(parser: SaxesParser): void {
  parser.off('opentag');
  parser.off('closetag');
  parser.off('text');
  if (idle.length < 4) idle.push(parser);
}

/**
 * What was last made of a part's content, made again only when the content differs from the last `count` kept (`size`:
 * past it, nothing is kept and it is always made): the workbooks of a batch, made from one form, mostly carry the same
 * styles.xml, read and mapped once for all of them rather than once each — with `count` above 1, also when units of
 * two forms come in turn. What is made must not be changed by those it is handed to. Bytes are kept as a copy: a key
 * may be a view into a whole file, which is then not held.
 */
export function lastMade<K extends string | Uint8Array, V>(size: number, count = 1): (key: K, make: () => V) => V {
  const kept: { key: K; value: V }[] = [];
  return (key, make) => {
    for (let i = 0; i < kept.length; i++) if (sameContent(kept[i]!.key, key)) return kept[i]!.value;
    const value = make();
    if (key.length <= size) {
      kept.unshift({ key: (typeof key === 'string' ? key : key.slice()) as K, value });
      if (kept.length > count) kept.pop();
    }
    return value;
  };
}

function sameContent(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// Made for issue 27 item 1: reading OOXML parts as a stream, so what a part holds is checked before it is built.
