// The worksheet being edited, as the writer's parts share it: its text, where its elements sit (element-map.ts)
// — the worksheet's children, the children of those it edits inside, the rows it writes with their cells and
// the row after each it adds (where the new one goes) — and the splices made into it. Nothing is kept of the
// other rows, so a sheet of a million rows costs what its edit costs. Rows are numbered as Excel numbers them
// (a row without `r` follows the last).
import { mapElements, prefixOf, type XmlNode } from './element-map.js';
import { Splices } from './splices.js';

/** SpreadsheetML's namespace. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export type SheetText = {
  xml: string;
  root: XmlNode;
  /** The prefix SpreadsheetML's elements carry in this sheet ('' or e.g. 'x:'). */
  prefix: string;
  splices: Splices;
  /** Whether the sheet is the unit's own ('existing' on a sheet that exists) rather than made anew. */
  existing: boolean;
  /** Each row's number. */
  rowNumbers: Map<XmlNode, number>;
};

/** Worksheet children whose own children the writer edits (rows are kept apart, with their cells only where written). */
const KEPT_PARENTS = new Set(['sheetPr', 'sheetViews', 'cols', 'headerFooter', 'rowBreaks']);

/** Maps the sheet's XML for an edit of the rows in `written`. */
export function readSheetText(xml: string, part: string, written: ReadonlySet<number>, existing: boolean): SheetText {
  const rowNumbers = new Map<XmlNode, number>();
  const wanted = [...written].sort((a, b) => a - b);
  /** The first row written not yet met: rows come in ascending order (as OOXML requires). */
  let next = 0;
  let lastRow = 0;
  const root = mapElements(xml, part, (node, parent) => {
    if (!parent.parent) return true;
    if (!parent.parent.parent) {
      if (parent.name !== 'sheetData') return KEPT_PARENTS.has(parent.name);
      if (node.name !== 'row') return false;
      const r = (lastRow = node.attrs.r !== undefined ? Number(node.attrs.r) : lastRow + 1);
      // Kept when written, or when a row written before it is not in the sheet: the new row goes before this one.
      const keep = next < wanted.length && wanted[next]! <= r;
      while (next < wanted.length && wanted[next]! <= r) next++;
      if (keep) rowNumbers.set(node, r);
      return keep;
    }
    if (parent.name === 'sheetView') return true;
    return parent.name === 'row' && node.name === 'c' && written.has(rowNumbers.get(parent)!);
  });
  return { xml, root, prefix: prefixOf(root.qname), splices: new Splices(), existing, rowNumbers };
}

// Made for issue 27 item 2: one reading of the sheet's XML that every part of the sheet writer edits through.
