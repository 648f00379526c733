// Text and tags as the writer puts them into a part: values escaped for XML, start tags made from attributes. Every
// text and attribute the writer makes passes here, so none can carry a character XML 1.0 forbids (core/safe-text.ts:
// a Word line break pasted into a unit's name became a raw U+000B in a page header, and the sheet an unreadable file).
// Cells, notes and chart text keep such a character as Excel's `_xHHHH_` (cell-xml.ts) before they come here.
import { xmlSafe } from '../../../core/safe-text.js';

const ATTRIBUTE_ESCAPED = /[&<>"\n\r\t]/;
const TEXT_ESCAPED = /[&<>]/;
/**
 * Text that holds none of what is escaped nor any character xmlSafe (core/safe-text.ts) changes: most of what is
 * written, every cell's and attribute's, which one scan returns as it is.
 */
const ATTRIBUTE_AS_IS = /[&<>"\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const TEXT_AS_IS = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** An attribute value escaped for a double-quoted attribute. */
export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_AS_IS.test(text)) return text;
  const value = xmlSafe(text);
  // Most values (numbers, references, style ids) hold nothing to escape: returned as they are, unscanned again.
  if (!ATTRIBUTE_ESCAPED.test(value)) return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Text escaped for element content. */
export function escapeText(raw: string): string {
  if (!TEXT_AS_IS.test(raw)) return raw;
  const text = xmlSafe(raw);
  if (!TEXT_ESCAPED.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A start tag (`<name a="1">`, or `<name a="1"/>` when `empty`); attributes whose value is undefined are left out. */
export function startTag(qname: string, attrs: Record<string, string | undefined>, empty = false): string {
  let tag = `<${qname}`;
  // for…in, not Object.entries: no pair made for each attribute of every cell and row a copy writes.
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined && Object.hasOwn(attrs, name)) tag += ` ${name}="${escapeAttribute(value)}"`;
  }
  return tag + (empty ? '/>' : '>');
}

// Made for issue 27 item 2 and issue 35 item 4: what the writer splices into a part is well-formed XML, whatever the text.
