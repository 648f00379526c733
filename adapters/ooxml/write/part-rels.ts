// A part's relationships (`_rels/<part>.rels`) edited as text: relationships added or removed, every other
// one kept as it was written — absolute targets (openpyxl) and relative ones alike.
import { resolveTarget } from '../package.js';
import { mapElements, type XmlNode } from '../element-map.js';
import { escapeAttribute } from './xml-text.js';
import { Splices } from './splices.js';

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export type Rel = { id: string; type: string; target: string; external: boolean; node: XmlNode | undefined };

export class PartRels {
  private readonly splices = new Splices();
  private changed = false;

  private constructor(
    /** The part these relationships belong to (targets resolve against it). */
    readonly part: string,
    private readonly xml: string | undefined,
    private readonly root: XmlNode | undefined,
    readonly rels: Rel[],
  ) {}

  static parse(part: string, xml: string | undefined): PartRels {
    if (xml === undefined) return new PartRels(part, undefined, undefined, []);
    const root = mapElements(xml, `${part} (quan hệ)`, (node) => node.name === 'Relationship');
    const rels = root.children.map((node) => ({ id: node.attrs.Id ?? '', type: node.attrs.Type ?? '', target: node.attrs.Target ?? '', external: node.attrs.TargetMode === 'External', node }));
    return new PartRels(part, xml, root, rels);
  }

  /** The first relationship of this type (its last segment: 'comments', 'vmlDrawing'). */
  ofType(type: string): Rel | undefined {
    return this.rels.find((r) => !r.external && r.type.endsWith(`/${type}`));
  }

  byId(id: string): Rel | undefined {
    return this.rels.find((r) => r.id === id && !r.external);
  }

  /** The relationship an element names by its `r:id` (`<drawing>`, `<legacyDrawing>`), whatever prefix it is written with. */
  named(node: XmlNode | undefined): Rel | undefined {
    const id = node && Object.entries(node.attrs).find(([k]) => k.endsWith(':id'))?.[1];
    return id !== undefined ? this.byId(id) : undefined;
  }

  /** The part a relationship points to. */
  path(rel: Rel): string {
    return resolveTarget(this.part, rel.target);
  }

  /** A new relationship to the part `path`, its target relative to this part; its id. */
  add(type: string, path: string): string {
    const taken = new Set(this.rels.map((r) => r.id));
    let n = this.rels.length + 1;
    while (taken.has(`rId${n}`)) n++;
    const rel: Rel = { id: `rId${n}`, type: `${REL_TYPE}/${type}`, target: relativeTarget(this.part, path), external: false, node: undefined };
    this.rels.push(rel);
    const text = `<Relationship Id="${rel.id}" Type="${escapeAttribute(rel.type)}" Target="${escapeAttribute(rel.target)}"/>`;
    if (this.root) this.splices.append(this.root, text);
    else this.added.push(text);
    this.changed = true;
    return rel.id;
  }

  remove(rel: Rel): void {
    this.rels.splice(this.rels.indexOf(rel), 1);
    if (rel.node) this.splices.replaceNode(rel.node, '');
    else this.added.splice(this.added.findIndex((t) => t.includes(`Id="${rel.id}"`)), 1);
    this.changed = true;
  }

  /** The relationships part as it now stands (undefined: the part has none, and had none). */
  text(): string | undefined {
    if (!this.changed) return this.xml;
    if (this.xml !== undefined) return this.splices.apply(this.xml);
    if (this.added.length === 0) return undefined;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}">${this.added.join('')}</Relationships>`;
  }

  private readonly added: string[] = [];
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; '' → the package's `_rels/.rels`. */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The target of a relationship from `source` to `path` (part names), relative as Excel writes it: '../comments1.xml'. */
export function relativeTarget(source: string, path: string): string {
  const from = source.split('/').slice(0, -1);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

// Made for issue 27 item 2: a sheet's notes added to its relationships, the rest of them (drawings, charts, printer settings) kept.
