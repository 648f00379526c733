// The worksheet being edited, as the writer's parts share it: its text, where its elements sit (sheet-map.ts)
// — the worksheet's children, the children of those it edits inside, the rows it writes with their cells and
// the row after each it adds (where the new one goes) — and the splices made into it. Nothing is kept of the
// other rows, so a sheet of a million rows costs what its edit costs. Rows are numbered as Excel numbers them
// (a row without `r` follows the last).
import { prefixOf, scanElements, type XmlNode } from '../element-map.js';
import { startTag } from './xml-text.js';
import { REL_TYPE } from './part-rels.js';
import { type RowVerdict, type SheetMap, SheetMapBuilder } from '../sheet-map.js';
import { Splices } from './splices.js';

/** SpreadsheetML's namespace. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A cell of a row written: its column, its style (`s`, 0 when none) and where its text sits. */
export type CellAt = { col: number; style: number; start: number; end: number };

export type SheetText = {
  xml: string;
  root: XmlNode;
  /** The prefix SpreadsheetML's elements carry in this sheet ('' or e.g. 'x:'). */
  prefix: string;
  splices: Splices;
  /** Whether the sheet is the unit's own ('existing' on a sheet that exists) rather than made anew. */
  existing: boolean;
  /** The rows kept, in document order, and each one's number. */
  rows: XmlNode[];
  rowNumbers: Map<XmlNode, number>;
  /** The cells of each row written, in document order. */
  cells: Map<XmlNode, CellAt[]>;
};

/**
 * Maps the sheet's XML for an edit of the rows in `written`. `map`: where its elements sit, found when the
 * sheet was read (every row kept); without it the text is parsed here, keeping only the rows the edit needs.
 */
export function readSheetText(xml: string, part: string, written: ReadonlySet<number>, existing: boolean, map?: SheetMap): SheetText {
  const wanted = [...written].sort((a, b) => a - b);
  /** The first row written not yet met: rows come in ascending order (as OOXML requires). */
  let next = 0;
  const verdict = (r: number): RowVerdict => {
    // Kept when written, or when a row written before it is not in the sheet: the new row goes before this one.
    const keep = next < wanted.length && wanted[next]! <= r;
    while (next < wanted.length && wanted[next]! <= r) next++;
    return keep && (written.has(r) ? 'cells' : 'row');
  };
  let select = verdict;
  if (!map) {
    const builder = new SheetMapBuilder(verdict);
    scanElements(xml, part, builder);
    map = builder.result();
    if (!map) throw new Error(`${part}: không có phần tử gốc`);
    // Its rows are those the edit needs already.
    select = (r) => (written.has(r) ? 'cells' : 'row');
  }
  const rows: XmlNode[] = [];
  const rowNumbers = new Map<XmlNode, number>();
  const cells = new Map<XmlNode, CellAt[]>();
  const { numbers, from, cells: at } = map;
  map.rows.forEach((row, i) => {
    const r = numbers[i]!;
    const kept = select(r);
    if (!kept) return;
    rows.push(row);
    rowNumbers.set(row, r);
    if (kept !== 'cells') return;
    const list: CellAt[] = [];
    for (let k = 4 * from[i]!; k < 4 * from[i + 1]!; k += 4) list.push({ col: at[k]!, style: at[k + 1]!, start: at[k + 2]!, end: at[k + 3]! });
    cells.set(row, list);
  });
  return { xml, root: map.root, prefix: prefixOf(map.root.qname), splices: new Splices(), existing, rows, rowNumbers, cells };
}

/** `<legacyDrawing r:id>`, `<drawing r:id>`: an element of the sheet naming a relationship, declaring the relationships namespace when the sheet's root does not. */
export function relationshipElement(sheet: Pick<SheetText, 'root' | 'prefix'>, name: string, id: string): string {
  const declared = Object.entries(sheet.root.attrs).find(([k, v]) => k.startsWith('xmlns:') && v === REL_TYPE)?.[0].slice(6);
  const attrs = declared ? { [`${declared}:id`]: id } : { 'xmlns:r': REL_TYPE, 'r:id': id };
  return startTag(`${sheet.prefix}${name}`, attrs, true);
}

// Made for issue 27 item 2: one reading of the sheet's XML that every part of the sheet writer edits through.
