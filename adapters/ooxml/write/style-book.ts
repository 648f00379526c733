// styles.xml as thidua writes into it: a cell keeps its own style (`s`) with thidua's format laid over it
// as a new cellXfs entry, appended with the fonts, fills and number formats it needs. Nothing already
// there changes (an entry shared by the unit's own cells restyles none of them), and cells written alike
// share one entry.
import type { CellFormat } from '../../../core/sheet/port.js';
import type { StyleBook } from './contract.js';
import { mapElements, prefixOf, type XmlNode } from '../element-map.js';
import { lastMade } from '../xml.js';
import { escapeAttribute } from './xml-text.js';
import { Splices } from './splices.js';

/** Excel's built-in number formats by their text, so `0%` is written as id 9, not as a custom format. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, 'mm-dd-yy': 14, '@': 49 };
/** What a date without a number format is given (as ExcelJS gave it): built-in 14. */
const DATE_FORMAT = 14;
/** Custom number formats are numbered from 164 up. */
const FIRST_CUSTOM = 164;

type List = { element: XmlNode | undefined; items: XmlNode[]; added: string[] };
/** Formats by their fields, one level per field (formatId), the last level giving the format's id. */
type FormatTrie = Map<unknown, FormatTrie | number>;
const NO_FORMAT = 0;

/** Where a new cellXfs entry's text takes the id its number format, fill or font got in this copy (`Recipe`). */
const NUM_FMT = 0;
const FILL = 1;
const FONT = 2;
type Slot = typeof NUM_FMT | typeof FILL | typeof FONT;
/**
 * What a new cellXfs entry for one base style and format is made of, worked out from styles.xml alone: the number
 * format to give an id (`numberFormat`), the fill's and font's entries to append, and the entry's text around those
 * ids. The ids themselves depend on what the copy asked before (each list grows in the order styles are asked), so
 * they are put in for each copy; everything else is the same for every copy of the same styles.xml.
 */
type Recipe = { numberFormat: string | undefined; fill: string | undefined; font: string | undefined; pieces: (string | Slot)[] };
/**
 * One styles.xml as every copy carrying it shares it: its map (only read), the formats' ids (by their content) and the
 * recipes by format and base style. Keyed by the part's text: a copy of another form has its own.
 */
type Template = { root: XmlNode; formats: FormatTrie; formatCount: number; recipes: Map<number, Map<number, Recipe>> };

/** The lists thidua appends to. */
const STYLE_LISTS = new Set(['numFmts', 'fonts', 'fills', 'cellXfs']);
/**
 * The last styles.xml parts seen (by their text), for the next copies of workbooks made from the same forms: a commune's
 * units mostly fill one form, a few another (the example commune: 11 and 1).
 */
const templates = lastMade<string, Template>(256 * 1024, 4);
/** Past this many formats a styles.xml's shared ids are not grown further: the copy gets its own (as many as thidua's formats, in practice a few dozen). */
const SHARED_FORMATS = 4096;

export class PackageStyles implements StyleBook {
  /** Styles made, by format (twice its id, once more for a date given a date format), then by base style. */
  private readonly made = new Map<number, Map<number, number>>();
  private readonly template: Template;
  private lastFormat: CellFormat | undefined;
  private lastFormatId = NO_FORMAT;
  private readonly fonts: List;
  private readonly fills: List;
  private readonly numFmts: List;
  private readonly cellXfs: List;
  private readonly customFormats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM;
  private readonly root: XmlNode;

  constructor(
    part: string,
    private readonly xml: string,
  ) {
    // The lists thidua appends to and their entries; nothing deeper (a dxf's font is not a font).
    const fresh = (root: XmlNode): Template => ({ root, formats: new Map(), formatCount: 0, recipes: new Map() });
    const shared = templates(xml, () => fresh(mapElements(xml, part, (_node, parent) => !parent.parent || STYLE_LISTS.has(parent.name))));
    this.template = shared.formatCount < SHARED_FORMATS ? shared : fresh(shared.root);
    this.root = this.template.root;
    const list = (name: string, item: string): List => {
      const element = this.root.children.find((e) => e.name === name);
      return { element, items: element ? element.children.filter((e) => e.name === item) : [], added: [] };
    };
    this.numFmts = list('numFmts', 'numFmt');
    this.fonts = list('fonts', 'font');
    this.fills = list('fills', 'fill');
    this.cellXfs = list('cellXfs', 'xf');
    // The format that sets nothing is the first given an id: NO_FORMAT.
    if (this.template.formatCount === 0) this.formatId({});
    for (const f of this.numFmts.items) {
      const id = Number(f.attrs.numFmtId);
      this.customFormats.set(f.attrs.formatCode ?? '', id);
      if (id >= this.nextFormat) this.nextFormat = id + 1;
    }
  }

  /** Whether anything was appended (styles.xml is then written again, else kept byte for byte). */
  get changed(): boolean {
    return this.cellXfs.added.length > 0;
  }

  styled(base: number, format: CellFormat | undefined, date: boolean): number {
    const id = this.formatId(format);
    const wantsDate = date && !format?.numberFormat && Number(this.xf(base)?.attrs.numFmtId ?? 0) === 0;
    if (!wantsDate && id === NO_FORMAT) return base;
    const key = id * 2 + (wantsDate ? 1 : 0);
    let byBase = this.made.get(key);
    if (!byBase) this.made.set(key, (byBase = new Map()));
    const known = byBase.get(base);
    if (known !== undefined) return known;

    let recipes = this.template.recipes.get(key);
    if (!recipes) this.template.recipes.set(key, (recipes = new Map()));
    let recipe = recipes.get(base);
    if (!recipe) recipes.set(base, (recipe = this.recipe(base, format, wantsDate)));
    // The ids in the order the entries were appended before recipes: number format, fill, font, then the entry.
    const numFmtId = recipe.numberFormat !== undefined ? this.numberFormat(recipe.numberFormat) : 0;
    const fillId = recipe.fill !== undefined ? this.add(this.fills, recipe.fill) : 0;
    const fontId = recipe.font !== undefined ? this.add(this.fonts, recipe.font) : 0;
    let text = '';
    for (const piece of recipe.pieces) text += piece === NUM_FMT ? numFmtId : piece === FILL ? fillId : piece === FONT ? fontId : piece;
    const index = this.add(this.cellXfs, text);
    byBase.set(base, index);
    return index;
  }

  /** The new entry for `base` with `format` laid over, as styles.xml alone makes it (its ids left as slots). */
  private recipe(base: number, format: CellFormat | undefined, wantsDate: boolean): Recipe {
    const xf = this.xf(base);
    const a: Record<string, string | Slot> = { ...(xf?.attrs ?? {}) };
    let numberFormat: string | undefined;
    let fill: string | undefined;
    let font: string | undefined;
    if (format?.numberFormat) {
      numberFormat = format.numberFormat;
      a.numFmtId = NUM_FMT;
    } else if (wantsDate) a.numFmtId = String(DATE_FORMAT);
    // Set unless the number format is General (0): a built-in one, or one of styles.xml's own (a format thidua adds is numbered from 164).
    const general = numberFormat !== undefined ? (BUILT_IN[numberFormat] ?? this.ownFormat(numberFormat)) === 0 : a.numFmtId === '0';
    if (a.numFmtId !== undefined && !general) a.applyNumberFormat = '1';
    if (format?.fill) {
      fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
      a.fillId = FILL;
      a.applyFill = '1';
    }
    if (format?.fontColor || format?.bold !== undefined || format?.italic !== undefined) {
      font = this.fontWith(Number(xf?.attrs.fontId ?? 0), format);
      a.fontId = FONT;
      a.applyFont = '1';
    }
    const children = xf ? inner(this.xml, xf) : '';
    let alignment = /<(?:\w+:)?alignment\b[^>]*\/>/.exec(children)?.[0] ?? '';
    if (format?.wrap !== undefined || format?.horizontalAlignment) {
      alignment = withAttributes(alignment || '<alignment/>', { ...(format.wrap !== undefined ? { wrapText: format.wrap ? '1' : '0' } : {}), ...(format.horizontalAlignment ? { horizontal: format.horizontalAlignment } : {}) });
      a.applyAlignment = '1';
    }
    const protection = (/<(?:\w+:)?protection\b[^>]*\/>/.exec(children)?.[0] ?? '').replace(/<\w+:/, '<');
    const pieces: (string | Slot)[] = ['<xf'];
    for (const [k, v] of Object.entries(a)) {
      if (typeof v === 'string') pieces.push(` ${k}="${escapeAttribute(v)}"`);
      else pieces.push(` ${k}="`, v, '"');
    }
    pieces.push(alignment || protection ? `>${alignment}${protection}</xf>` : '/>');
    return { numberFormat, fill, font, pieces };
  }

  /** The id styles.xml itself gives a custom number format's code (its last entry with it), if any. */
  private ownFormat(code: string): number | undefined {
    let id: number | undefined;
    for (const f of this.numFmts.items) if ((f.attrs.formatCode ?? '') === code) id = Number(f.attrs.numFmtId);
    return id;
  }

  private xf(base: number): XmlNode | undefined {
    return this.cellXfs.items[base] ?? this.cellXfs.items[0];
  }

  /**
   * The format's content as a number (NO_FORMAT when it sets nothing): one Map per field, no key string made —
   * this runs for every cell written, with a handful of formats per workbook. A run of cells sharing one format object asks once.
   */
  private formatId(f: CellFormat | undefined): number {
    if (!f) return NO_FORMAT;
    if (f === this.lastFormat) return this.lastFormatId;
    // Each field read by name (a loop over the field names would read them by key, slowly, from objects of many shapes).
    const node = step(step(step(step(step(step(this.template.formats, f.fill), f.fontColor), f.bold), f.italic), f.numberFormat), f.wrap);
    let id = node.get(f.horizontalAlignment) as number | undefined;
    if (id === undefined) node.set(f.horizontalAlignment, (id = this.template.formatCount++));
    this.lastFormat = f;
    this.lastFormatId = id;
    return id;
  }

  /** styles.xml with what was appended (and each list's count made true). */
  toXml(): string {
    const splices = new Splices();
    const prefix = prefixOf(this.root.qname);
    const withPrefix = (text: string) => (prefix ? text.replace(/<(\/?)(?=\w)/g, `<$1${prefix}`) : text);
    const lists: [List, string][] = [
      [this.numFmts, 'numFmts'],
      [this.fonts, 'fonts'],
      [this.fills, 'fills'],
      [this.cellXfs, 'cellXfs'],
    ];
    for (const [list, name] of lists) {
      if (list.added.length === 0) continue;
      const count = String(list.items.length + list.added.length);
      const text = withPrefix(list.added.join(''));
      if (list.element) {
        splices.retag(list.element, { ...list.element.attrs, count });
        splices.append(list.element, text);
      } else {
        // Only numFmts may be missing from a styles.xml (a workbook without custom formats): it comes first.
        splices.insert(this.root.openEnd, withPrefix(`<${name} count="${count}">`) + text + withPrefix(`</${name}>`));
      }
    }
    return splices.apply(this.xml);
  }

  private add(list: List, text: string): number {
    if (!list.element && list !== this.numFmts) throw new Error(`styles.xml has no <${list === this.fonts ? 'fonts' : list === this.fills ? 'fills' : 'cellXfs'}>`);
    list.added.push(text);
    return list.items.length + list.added.length - 1;
  }

  private numberFormat(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormat++;
      this.customFormats.set(code, id);
      this.add(this.numFmts, `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    }
    return id;
  }

  /** The cell's font with bold, italic and colour laid over (CT_Font's children come in any order). */
  private fontWith(fontId: number, f: CellFormat): string {
    const font = this.fonts.items[fontId] ?? this.fonts.items[0];
    let kept = font ? inner(this.xml, font) : '';
    const drop = (name: string) => {
      kept = kept.replace(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[^<]*</(?:\\w+:)?${name}>)`, 'g'), '');
    };
    let head = '';
    if (f.bold !== undefined) {
      drop('b');
      if (f.bold) head += '<b/>';
    }
    if (f.italic !== undefined) {
      drop('i');
      if (f.italic) head += '<i/>';
    }
    if (f.fontColor) {
      drop('color');
      head += `<color rgb="${argb(f.fontColor)}"/>`;
    }
    // The kept children carry the element's own prefix already; what is added is prefixed on output.
    return `<font>${head}${kept.replace(/<(\/?)\w+:/g, '<$1')}</font>`;
  }
}

/** A styles.xml for a workbook made anew: Calibri 11, the two fills Excel requires, one border, one style. */
export const BLANK_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

/** The text between an element's tags ('' for `<x/>`). */
function inner(xml: string, e: XmlNode): string {
  return xml.slice(e.openEnd, e.closeStart);
}

function withAttributes(tag: string, attributes: Record<string, string>): string {
  let out = tag;
  for (const [name, value] of Object.entries(attributes)) {
    const re = new RegExp(`\\s${name}="[^"]*"`);
    out = re.test(out) ? out.replace(re, ` ${name}="${value}"`) : out.replace(/\s*\/>$/, ` ${name}="${value}"/>`);
  }
  return out.replace(/<\w+:/, '<');
}

/** The trie's level below `node` for one field's value, made when new. */
function step(node: FormatTrie, value: unknown): FormatTrie {
  let next = node.get(value) as FormatTrie | undefined;
  if (!next) node.set(value, (next = new Map()));
  return next;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

// Made for issue 27 item 2: thidua's formats added to the unit's styles.xml without restyling the unit's cells.
