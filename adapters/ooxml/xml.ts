// Streaming XML over saxes: a part is parsed as it is inflated, piece by piece, never held as a DOM.
// Tags are seen by their local name (a generator may prefix SpreadsheetML's namespace: `<x:c>`).
import { SaxesParser } from 'saxes';
import { PackageRefused, partTitle } from './zip.js';

export type XmlHandlers = {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
};

/** A parser to write a part's text into piece by piece; XML that is not well formed refuses the file, naming the part. */
export function xmlStream(part: string, handlers: XmlHandlers): { write(bytes: Uint8Array): void; end(): void } {
  const parser = new SaxesParser({ xmlns: false });
  const decoder = new TextDecoder('utf-8');
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  }
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const guarded = (work: () => void) => {
    try {
      work();
    } catch (e) {
      if (e instanceof PackageRefused) throw e;
      throw new PackageRefused(`${partTitle(part)} không phải XML đọc được: hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx`);
    }
  };
  return {
    write: (bytes) => guarded(() => void parser.write(decoder.decode(bytes, { stream: true }))),
    end: () =>
      guarded(() => {
        parser.write(decoder.decode());
        parser.close();
      }),
  };
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// Made for issue 27 item 1: reading OOXML parts as a stream, so what a part holds is checked before it is built.
