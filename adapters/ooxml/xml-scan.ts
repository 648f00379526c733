// A scanner of XML text held whole, for the parts a workbook is made of (its sheets above all): it finds tags with
// indexOf and reads names and attributes by character code, where saxes walks every character through a state
// machine. It reports exactly the events saxes reports (the same names, attributes, text and positions) and
// refuses what saxes refuses, at the same element; what it is not made for — a DOCTYPE, comments, CDATA,
// processing instructions, carriage returns, characters XML forbids, another XML version — it leaves to saxes,
// which reads the whole text instead (`scannable`). Entities are the five XML predefines and character references.
import { own } from '../../core/remembered.js';

/** What a scan reports, as saxes's handlers do: the name as written, and the position just past the tag's `>`. */
export type ScanHandlers = {
  open(qname: string, attributes: Record<string, string>, selfClosing: boolean, at: number): void;
  text?(text: string): void;
  close(qname: string, selfClosing: boolean, at: number): void;
};

/** XML that is not well formed (the caller words the refusal; the reason is for tests and logs). */
export class NotWellFormed extends Error {}

/** The declaration as Excel, LibreOffice, openpyxl and ExcelJS write it: version 1.0, maybe an encoding and standalone. */
const DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1([ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\5)?[ \t\n]*\?>/;
/**
 * What only saxes reads: markup declarations, comments, CDATA, processing instructions past the declaration, CR
 * (line ends are normalised), characters XML 1.0 forbids, and astral characters (a pair of surrogates).
 */
const NOT_SCANNED = /<!|(?!^)<\?|[\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** A whole name of XML 1.0 (5th edition), for the names holding a character past ASCII. */
const NAME =
  /^[:A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][:A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\xB7\u0300-\u036F\u203F-\u2040]*$/u;

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const AMP = 38;

/**
 * Where the scan starts (past the declaration), or -1 when the text holds what only saxes reads. A leading BOM is
 * left to saxes too (the decoder takes one off; a second is the file's).
 */
export function scannable(xml: string): number {
  if (xml.charCodeAt(0) === 0xfeff) return -1;
  let start = 0;
  if (xml.startsWith('<?')) {
    const declaration = DECLARATION.exec(xml);
    if (!declaration) return -1;
    start = declaration[0].length;
    // Excel ends its declaration with CRLF: that line end, the prolog's, is read here as saxes reads it («\n»); a CR
    // anywhere else is left to saxes.
    if (xml.charCodeAt(start) === 13 && xml.charCodeAt(start + 1) === 10) {
      NOT_SCANNED_PAST.lastIndex = start + 2;
      return NOT_SCANNED_PAST.test(xml) ? -1 : start;
    }
  }
  return NOT_SCANNED.test(xml) ? -1 : start;
}
const NOT_SCANNED_PAST = new RegExp(NOT_SCANNED.source, 'g');

/** Scans `xml` from `start` (as `scannable` gave it), reporting to `on`; throws NotWellFormed where saxes fails. */
export function scanXml(xml: string, start: number, on: ScanHandlers): void {
  const stack: string[] = [];
  let sawRoot = false;
  let closedRoot = false;
  // White space opening a document without a declaration is not text to saxes.
  let i = start === 0 ? skipSpaces(xml, 0) : start;
  const end = xml.length;
  for (;;) {
    let lt = xml.indexOf('<', i);
    if (lt < 0) lt = end;
    if (lt > i) {
      const raw = xml.slice(i, lt);
      if (stack.length === 0) {
        // The one CR `scannable` lets through is the declaration's CRLF, read as saxes reads it («\n»), with whatever
        // white space follows it: «\r\n\n<root>» was refused, though saxes reads it (a seeded mutation of a real sheet).
        const prolog = raw.startsWith('\r\n') ? `\n${raw.slice(2)}` : raw;
        if (!isSpaces(prolog)) fail('text outside the root element');
        on.text?.(prolog);
      } else {
        // Text running to the end inside an open element: saxes refuses the document before reporting that text.
        if (lt === end) fail(`unclosed tag ${stack[stack.length - 1]}`);
        if (raw.includes(']]>')) fail('"]]>" in text');
        on.text?.(raw.includes('&') ? entities(raw) : raw);
      }
    }
    if (lt === end) break;
    i = lt + 1;
    if (xml.charCodeAt(i) === SLASH) {
      i++;
      const nameEnd = nameFrom(xml, i);
      const name = nameAt(xml, i, nameEnd);
      if (name === '') fail('bad closing tag');
      i = skipSpaces(xml, nameEnd);
      if (xml.charCodeAt(i) !== GT) fail('bad closing tag');
      i++;
      if (stack[stack.length - 1] !== name) fail(`unexpected closing tag ${name}`);
      stack.pop();
      if (stack.length === 0) closedRoot = true;
      on.close(name, false, i);
      continue;
    }
    const nameEnd = nameFrom(xml, i);
    const qname = nameAt(xml, i, nameEnd);
    if (qname === '') fail('bad tag name');
    sawRoot = true;
    if (closedRoot) fail('a second root element');
    i = nameEnd;
    // A plain object (saxes makes a dictionary, Object.create(null), several times slower to fill): a name that
    // Object's prototype holds is told from a duplicate by hasOwn, and «__proto__» is defined as any other name.
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      const before = i;
      i = skipSpaces(xml, i);
      const c = xml.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) fail('"/" in a tag not followed by ">"');
        i += 2;
        selfClosing = true;
        break;
      }
      // An attribute: after the name or a value, only after white space.
      if (i === before) fail('no white space before an attribute');
      const attrEnd = nameFrom(xml, i);
      const name = nameAt(xml, i, attrEnd);
      if (name === '') fail('bad attribute name');
      i = skipSpaces(xml, attrEnd);
      if (xml.charCodeAt(i) !== EQ) fail('attribute without value');
      i = skipSpaces(xml, i + 1);
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail('unquoted attribute value');
      const close = xml.indexOf(quote!, i + 1);
      if (close < 0) fail('unterminated attribute value');
      let value = xml.slice(i + 1, close);
      let spaces = false;
      let amp = false;
      for (let j = i + 1; j < close; j++) {
        const v = xml.charCodeAt(j);
        if (v === LT) fail('"<" in an attribute value');
        if (v === 10 || v === 9) spaces = true;
        else if (v === AMP) amp = true;
      }
      // Attribute values are normalised: a tab or a line end written as itself reads as a space.
      if (spaces) value = value.replace(/[\n\t]/g, ' ');
      if (amp) value = entities(value);
      if (attributes[name] !== undefined && Object.hasOwn(attributes, name)) fail(`duplicate attribute ${name}`);
      if (name === '__proto__') Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
      else attributes[name] = value;
      i = close + 1;
    }
    on.open(qname, attributes, selfClosing, i);
    if (selfClosing) {
      on.close(qname, true, i);
      if (stack.length === 0) closedRoot = true;
    } else stack.push(qname);
  }
  if (!sawRoot) fail('no root element');
  if (stack.length > 0) fail(`unclosed tag ${stack[stack.length - 1]}`);
}

/** Where a name starting at `i` ends: at white space or a character of markup (what lies between is checked by isName). */
function fail(why: string): never {
  throw new NotWellFormed(why);
}

function nameFrom(xml: string, i: number): number {
  for (let j = i; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (c === GT || c === SLASH || c === EQ || c === 32 || c === 10 || c === 9 || c === LT || c === 34 || c === 39 || c === AMP) return j;
  }
  return xml.length;
}

/**
 * Names met lately, by a hash of their length and end characters: a name met again is the same string, which V8
 * holds internalised once used as a property key (looked up by pointer after), and needs no check nor copy.
 */
const NAMES: string[] = new Array<string>(512).fill('');

/** The name in [i, end) of `xml`, or '' when it is not an XML name. */
function nameAt(xml: string, i: number, end: number): string {
  const length = end - i;
  if (length === 0) return '';
  const slot = (length * 31 + xml.charCodeAt(i) * 7 + xml.charCodeAt(end - 1)) & 511;
  const known = NAMES[slot]!;
  if (known.length === length && sameAt(xml, i, known)) return known;
  const name = xml.slice(i, end);
  if (!isName(name)) return '';
  if (length <= 64) NAMES[slot] = own(name);
  return name;
}

/** Whether `known` is written at `i` of `xml` (known's length fits: it is the name's). */
function sameAt(xml: string, i: number, known: string): boolean {
  for (let j = 0; j < known.length; j++) if (xml.charCodeAt(i + j) !== known.charCodeAt(j)) return false;
  return true;
}

/** Whether `s` is an XML name: ASCII by character code, anything else by the grammar's pattern. */
function isName(s: string): boolean {
  const first = s.charCodeAt(0);
  if (!(first >= 97 && first <= 122) && !(first >= 65 && first <= 90) && first !== 95 && first !== 58) return NAME.test(s);
  for (let j = 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46) continue;
    return NAME.test(s);
  }
  return true;
}

function skipSpaces(xml: string, i: number): number {
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9) return i;
    i++;
  }
}

function isSpaces(s: string): boolean {
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c !== 32 && c !== 10 && c !== 9) return false;
  }
  return true;
}

const PREDEFINED: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

/** `s` with its entity references replaced, as saxes reads them; anything else after `&` is refused. */
function entities(s: string): string {
  let out = '';
  let at = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', at)) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) fail('unterminated entity reference');
    const name = s.slice(amp + 1, semi);
    out += s.slice(at, amp) + entity(name);
    at = semi + 1;
  }
  return out + s.slice(at);
}

function entity(name: string): string {
  if (name[0] !== '#') return PREDEFINED[name] ?? fail(`entity &${name};`);
  const code = name[1] === 'x' && /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
  const char = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return char ? String.fromCodePoint(code) : fail(`character reference &${name};`);
}

// Made for issue 59 item 2: the sheets of 300 workbooks read without saxes's character-by-character walk.
