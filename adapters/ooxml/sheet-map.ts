// Where a worksheet's elements sit, as the sheet writer needs them: the worksheet's children, the children
// of those it edits inside, and its rows with their cells — a cell as four numbers (column, style, start,
// end), not an object. Built from any scan of the sheet's text: the opening pass's own (reader.ts keeps one
// per sheet, so the report sheet is parsed once), or the writer's, which keeps only the rows it writes.
import { cellRef } from './ranges.js';
import { localName } from './xml.js';
import { own } from '../../core/remembered.js';
import { type ElementSink, tagStart, type XmlNode } from './element-map.js';

export type SheetMap = {
  /** The worksheet with its children, the children of KEPT_PARENTS and of each sheetView (sheetData's rows are apart). */
  root: XmlNode;
  /** The rows of the (first) sheetData kept, in document order, with their numbers; their cells are not their children. */
  rows: XmlNode[];
  numbers: number[];
  /**
   * Row i's cells are cells[4 × from[i], 4 × from[i + 1]) as column, style (`s`, 0 when none), start, end: 32-bit
   * integers, or doubles in a sheet where a style is not one (`s="1.5"`, kept as the writer read it).
   */
  from: number[];
  cells: Int32Array | Float64Array;
};

/** Worksheet children whose own children the writer edits (rows are kept apart). */
const KEPT_PARENTS = new Set(['sheetPr', 'sheetViews', 'cols', 'headerFooter', 'rowBreaks']);

/** A row kept with its cells, kept bare (the row a new one goes before), or passed over. */
export type RowVerdict = 'cells' | 'row' | false;

/** What a kept element and a cell cost the map, about (measured: a row 250 bytes, a cell 32). */
const ELEMENT_COST = 256;
const CELL_COST = 32;

/** Stands for a cell on the stack (its end is filled in when it closes). */
const CELL = { name: 'c' } as XmlNode;

export class SheetMapBuilder implements ElementSink {
  private root: XmlNode | undefined;
  private sheetData: XmlNode | undefined;
  private readonly stack: XmlNode[] = [];
  /** Depth inside an element not kept. */
  private skipping = 0;
  private readonly rows: XmlNode[] = [];
  private readonly numbers: number[] = [];
  private readonly from: number[] = [0];
  private readonly cells: number[] = [];
  /** Whether a cell's style is not a 32-bit integer. */
  private oddStyle = false;
  private lastRow = 0;
  private col = 0;
  private cellsWanted = false;
  /** Bytes the map holds, about (an element as an object, a cell as four numbers). */
  private cost = 0;
  private over = false;

  /**
   * `row` decides each row of sheetData by its number (Excel's: a row without `r` follows the last). `budget`:
   * bytes the map may hold, about; past it the map is given up (result() is undefined) and nothing more is kept.
   */
  constructor(
    private readonly row: (r: number) => RowVerdict,
    private readonly budget = Infinity,
  ) {}

  open(qname: string, attrs: Record<string, string>, selfClosing: boolean, openEnd: number, text: string): void {
    if (this.skipping > 0 || this.over) {
      if (!selfClosing) this.skipping++;
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const name = localName(qname);
    let kept: XmlNode | undefined;
    if (!parent) kept = this.root = xmlNode(qname, name, attrs, selfClosing, tagStart(text, openEnd), openEnd, parent);
    else if (parent === this.root) {
      kept = xmlNode(qname, name, attrs, selfClosing, tagStart(text, openEnd), openEnd, parent);
      parent.children.push(kept);
      if (name === 'sheetData') this.sheetData ??= kept;
    } else if (parent.parent === this.root) {
      if (parent.name === 'sheetData') {
        if (name === 'row') kept = this.openRow(qname, attrs, selfClosing, openEnd, text, parent);
      } else if (KEPT_PARENTS.has(parent.name)) parent.children.push((kept = xmlNode(qname, name, attrs, selfClosing, tagStart(text, openEnd), openEnd, parent)));
    } else if (parent.name === 'sheetView') parent.children.push((kept = xmlNode(qname, name, attrs, selfClosing, tagStart(text, openEnd), openEnd, parent)));
    else if (parent.name === 'row' && name === 'c' && this.cellsWanted) {
      const at = attrs.r !== undefined ? cellRef(attrs.r)?.col : undefined;
      this.col = at ?? this.col + 1;
      const style = Number(attrs.s ?? 0);
      if ((style | 0) !== style) this.oddStyle = true;
      this.cells.push(this.col, style, tagStart(text, openEnd), openEnd);
      this.spend(CELL_COST);
      kept = CELL;
    }
    if (kept && kept !== CELL) this.spend(ELEMENT_COST);
    if (!selfClosing) {
      if (kept) this.stack.push(kept);
      else this.skipping = 1;
    }
  }

  close(end: number, text: string): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const node = this.stack.pop()!;
    if (node === CELL) {
      this.cells[this.cells.length - 1] = end;
      return;
    }
    node.closeStart = tagStart(text, end);
    node.end = end;
    if (node.name === 'row' && node.parent === this.sheetData) this.closeRow();
  }

  /** The map, or undefined when the sheet held more than the budget. */
  result(): SheetMap | undefined {
    if (this.over || !this.root) return undefined;
    // The cells packed, 4 bytes a number where the array grown for them takes 8 and more (a map may wait for the run to be decided).
    return { root: this.root, rows: this.rows, numbers: this.numbers, from: this.from, cells: this.oddStyle ? new Float64Array(this.cells) : new Int32Array(this.cells) };
  }

  private openRow(qname: string, attrs: Record<string, string>, selfClosing: boolean, openEnd: number, text: string, parent: XmlNode): XmlNode | undefined {
    const r = (this.lastRow = attrs.r !== undefined ? Number(attrs.r) : this.lastRow + 1);
    const verdict = this.row(r);
    // Rows of a second sheetData (not valid, but read) count in the numbering and are not kept, as the writer edits the first.
    if (verdict === false || parent !== this.sheetData) return undefined;
    const kept = xmlNode(qname, 'row', attrs, selfClosing, tagStart(text, openEnd), openEnd, parent);
    this.rows.push(kept);
    this.numbers.push(r);
    this.cellsWanted = verdict === 'cells';
    this.col = 0;
    if (selfClosing) this.closeRow();
    return kept;
  }

  private spend(bytes: number): void {
    this.cost += bytes;
    if (this.cost > this.budget) this.over = true;
  }

  private closeRow(): void {
    this.from.push(this.cells.length / 4);
    this.cellsWanted = false;
  }
}

/** A kept element, its end not yet known. */
function xmlNode(qname: string, name: string, attrs: Record<string, string>, selfClosing: boolean, start: number, openEnd: number, parent: XmlNode | undefined): XmlNode {
  return { qname: own(qname), name: own(name), attrs: plain(attrs), start, openEnd, closeStart: openEnd, end: openEnd, selfClosing, parent, children: [] };
}

/**
 * A map may be kept while a run decides (with the workbook, core/run/kept-workbooks.ts), so it holds nothing
 * of the parser's: saxes's attributes are dictionaries (Object.create(null)), several times larger than a
 * plain object, and a long name or value V8 sliced from the sheet's text would keep the whole text alive.
 */
function plain(attrs: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const key in attrs) copy[key] = own(attrs[key]!);
  return copy;
}

// Made for issue 27 item 4: the report sheet parsed once, its map made in the opening pass and handed to the writer.
