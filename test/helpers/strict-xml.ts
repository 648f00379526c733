// XML read as strictly as Office and Excel read it: saxes is a conforming, namespace-aware parser
// (it refuses «--» inside a comment, an undeclared prefix, a bare «&», a second root…), unlike the
// forgiving DOM parsers. Tests that check a manifest or a workbook part go through here.
import { SaxesParser } from 'saxes';

/** An element as read: its qualified name, namespace, attributes (qualified names) and child elements. */
export type XmlElement = { name: string; local: string; uri: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/** The document's root element; throws with the file name, line and column of the first fault. */
export function parseStrictXml(xml: string, fileName = 'xml'): XmlElement {
  const parser = new SaxesParser({ xmlns: true, fileName });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: '',
    };
    if (stack.length === 0) root = el;
    else stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  // saxes throws its first error (with «file:line:column»), which is what a test wants to see.
  parser.write(xml).close();
  if (!root) throw new Error(`${fileName}: no root element`);
  return root;
}

/** Every element under `el` (itself included), depth first. */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const child of el.children) yield* descendants(child);
}

// Made for: the manifest tests (test/addin/manifest.test.ts) and the workbook-part tests
// (test/workbook/xml-parts.test.ts), replacing a hand-written check that skipped comments.
