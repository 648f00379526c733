// A sheet's column widths in its `<cols>`: a range holding a column whose width changes is split around it,
// its other attributes (style, hidden, outline) kept for every piece; a column no range holds gets its own
// `<col>` in order. And the style a new cell takes from its column, as Excel and ExcelJS give it.
import type { SheetEdit } from '../../../core/sheet/port.js';
import { columnNumber } from '../../../core/text.js';
import { child, type XmlNode } from '../element-map.js';
import { startTag } from './xml-text.js';
import type { SheetText } from './sheet-text.js';
import { insertOrdered, WORKSHEET_ORDER } from './splices.js';

/** Writes the widths (characters) into the sheet's `<cols>`, made in its place when the sheet has none. */
export function writeWidths(sheet: SheetText, widths: NonNullable<SheetEdit['columnWidths']>): void {
  if (widths.length === 0) return;
  const { root, splices, prefix } = sheet;
  const wanted = new Map(widths.map((w) => [columnNumber(w.column), w.width]));
  const cols = child(root, 'cols');
  const nodes = cols?.children.filter((c) => c.name === 'col') ?? [];
  const tag = (attrs: Record<string, string | undefined>) => startTag(`${prefix}col`, attrs, true);
  const widthAttrs = (base: Record<string, string>, min: number, max: number, width: number) => ({ ...base, min: String(min), max: String(max), width: String(width), customWidth: '1' });

  const loose = new Set(wanted.keys());
  // In order once, not again for each of the sheet's ranges.
  const ordered = [...wanted.keys()].sort((a, b) => a - b);
  for (const node of nodes) {
    const min = Number(node.attrs.min);
    const max = Number(node.attrs.max);
    const inside = ordered.filter((c) => c >= min && c <= max);
    if (inside.length === 0) continue;
    inside.forEach((c) => loose.delete(c));
    if (inside.every((c) => wanted.get(c) === Number(node.attrs.width)) && node.attrs.customWidth === '1') continue;
    const pieces: string[] = [];
    let from = min;
    for (const c of inside) {
      if (c > from) pieces.push(tag({ ...node.attrs, min: String(from), max: String(c - 1) }));
      pieces.push(tag(widthAttrs(node.attrs, c, c, wanted.get(c)!)));
      from = c + 1;
    }
    if (from <= max) pieces.push(tag({ ...node.attrs, min: String(from), max: String(max) }));
    splices.replaceNode(node, pieces.join(''));
  }
  const added = [...loose].sort((a, b) => a - b);
  if (added.length === 0) return;
  if (!cols) {
    const text = added.map((c) => tag(widthAttrs({}, c, c, wanted.get(c)!))).join('');
    insertOrdered(splices, root, 'cols', `<${prefix}cols>${text}</${prefix}cols>`, WORKSHEET_ORDER);
    return;
  }
  for (const c of added) {
    const before = nodes.find((n) => Number(n.attrs.min) > c);
    const text = tag(widthAttrs({}, c, c, wanted.get(c)!));
    if (before) splices.insert(before.start, text, c);
    else splices.append(cols, text, c);
  }
}

/** The style a new cell of a column takes (its `<col style>`), as Excel and ExcelJS give one. */
export function columnStyles(cols: XmlNode | undefined): (col: number) => number | undefined {
  const styled = (cols?.children ?? []).filter((c) => c.attrs.style !== undefined);
  return (col) => {
    const c = styled.find((n) => Number(n.attrs.min) <= col && col <= Number(n.attrs.max));
    return c ? Number(c.attrs.style) : undefined;
  };
}

// Made for issue 27 item 2: the scored columns sized, the unit's narrowed only where the page needs it, nothing else of its columns changed.
