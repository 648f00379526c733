// A scored copy made by editing the unit's own package: each sheet thidua writes goes through the sheet
// writer (sheet-writer.ts); this half keeps the package true around it — a sheet made anew gets its part,
// its relationship in workbook.xml.rels, its `<sheet>` in workbook.xml and its content type; a sheet
// replaced («Tổng hợp» written again) swaps its part; print names replace the sheet's old ones; styles.xml
// only grows. Every other part (charts, drawings, images, notes, pivot tables, extensions…) is copied as the
// original zip holds it. Parts an edit leaves unreferenced (a replaced sheet's old part and its notes) go.
import { encodeStore, STORE_SHEET } from '../../../core/workbook/store-layout.js';
import type { SheetEdit } from '../../../core/sheet/port.js';
import { resolveTarget } from '../package.js';
import type { WorkbookReader } from '../reader.js';
import type { SheetWriter, WrittenPart } from './contract.js';
import { BLANK_STYLES, PackageStyles } from './style-book.js';
import { elements, escapeXml, ownPrefix, prefixOf, Splices, type Element } from './xml-edit.js';
import { writeZip, type ZipPart } from './zip-writer.js';

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};
const TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  calcChain: `${NS.rel}/calcChain`,
  officeDocument: `${NS.rel}/officeDocument`,
};
const CONTENT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};
const CONTENT_TYPES = '[Content_Types].xml';
/** The print names a sheet writer sets: the sheet's other built-in names (its filter's range) stay. */
const PRINT_NAMES = new Set(['_xlnm.Print_Titles', '_xlnm.Print_Area']);
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

type Sheet = { name: string; part: string | undefined; relId: string; state: 'visible' | 'hidden' | 'veryHidden' };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class PackageWriter {
  /** Parts written, by name (text, or bytes as given). */
  private readonly written = new Map<string, string>();
  /** Content types of parts added (by part name), and of parts the edit leaves unreferenced, removed at the end. */
  private readonly addedTypes = new Map<string, string>();
  private readonly sheets: Sheet[];
  private styleBook: PackageStyles | undefined;
  private stylesPart: string | undefined;
  private dropCalcChain = false;

  constructor(
    private readonly reader: WorkbookReader,
    private readonly writeSheet: SheetWriter,
  ) {
    this.sheets = reader.sheets.map((s) => ({ name: s.name, part: s.part, relId: s.relId, state: s.state }));
  }

  /** Sheet names in tab order as they stand after the edits (the hidden store included). */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Whether anything was written since the package was opened. */
  get changed(): boolean {
    return this.written.size > 0;
  }

  /** Writes one sheet through the sheet writer. */
  apply(edit: SheetEdit): void {
    const wb = this.reader.workbookPart;
    let index = this.sheets.findIndex((s) => s.name === edit.sheet);
    let sheet = this.sheets[index];
    let path: string;
    let existing = false;
    if (!sheet) {
      path = this.newPath('xl/worksheets/sheet', '.xml');
      const relId = this.addRelationship(wb, TYPE.worksheet, relativeTarget(wb, path));
      this.addSheetEntry(edit.sheet, relId);
      sheet = { name: edit.sheet, part: path, relId, state: 'visible' };
      index = this.sheets.push(sheet) - 1;
    } else if (edit.mode === 'replace' || !sheet.part) {
      // Swapped for a new part: the old one (and what only it named) is left unreferenced and dropped.
      path = this.newPath('xl/worksheets/sheet', '.xml');
      this.retarget(wb, sheet.relId, relativeTarget(wb, path));
      sheet.part = path;
    } else {
      path = sheet.part;
      existing = true;
    }
    if (!existing) this.addedTypes.set(path, CONTENT.worksheet);
    else if (this.calcChainNames(this.sheetId(edit.sheet))) this.dropCalcChain = true;

    const relsPath = relsOf(path);
    const out = this.writeSheet(
      edit,
      {
        path,
        xml: existing ? this.text(path) : undefined,
        rels: existing ? this.text(relsPath) : undefined,
        part: (p) => this.text(p),
        newPath: (prefix, extension) => this.newPath(prefix, extension),
        sharedStrings: this.reader.sharedStrings(),
        date1904: this.reader.date1904,
        index,
      },
      this.styles(),
    );
    this.written.set(path, out.xml);
    if (out.rels !== undefined) this.written.set(relsPath, out.rels);
    else if (this.has(relsPath)) this.written.set(relsPath, emptyRelationships());
    for (const part of out.parts) this.writePart(part);
    if (out.definedNames) this.setPrintNames(index, out.definedNames);
  }

  /** The add-in's store: its sheet written anew, veryHidden (as the ExcelJS adapter and the add-in keep it). */
  writeStore(store: ReadonlyMap<string, unknown>): void {
    this.apply({ sheet: STORE_SHEET, mode: 'replace', blocks: [{ address: 'A1', values: encodeStore(store) }] });
    this.setState(STORE_SHEET, 'veryHidden');
  }

  /** The .xlsx: unchanged parts copied from the original, the rest deflated (stored with `stored`). */
  toBytes(opts: { stored?: boolean } = {}): Uint8Array {
    if (this.styleBook?.changed) this.written.set(this.stylesPart!, this.styleBook.toXml());
    if (this.dropCalcChain) this.removeCalcChain();
    const removed = this.unreferenced();
    this.written.set(CONTENT_TYPES, this.contentTypes(removed));
    const pkg = this.reader.pkg;
    const parts: ZipPart[] = [];
    const write = (name: string) => parts.push({ name, data: encoder.encode(this.written.get(name)!) });
    write(CONTENT_TYPES);
    for (const entry of pkg.entries.values()) {
      if (entry.name === CONTENT_TYPES || removed.has(entry.name)) continue;
      if (this.written.has(entry.name)) write(entry.name);
      else parts.push({ name: entry.name, copy: { bytes: pkg.bytes, entry } });
    }
    for (const name of this.written.keys()) if (!pkg.has(name) && name !== CONTENT_TYPES && !removed.has(name)) write(name);
    return writeZip(parts, opts);
  }

  private styles(): PackageStyles {
    if (this.styleBook) return this.styleBook;
    const wb = this.reader.workbookPart;
    let part = this.relationshipsOf(wb).find((r) => r.type === TYPE.styles)?.target;
    if (!part || !this.has(part)) {
      // A package without styles.xml (made by hand, say): it gets the blank workbook's.
      part = this.newPath('xl/styles', '.xml');
      this.written.set(part, BLANK_STYLES);
      this.addRelationship(wb, TYPE.styles, relativeTarget(wb, part));
      this.addedTypes.set(part, CONTENT.styles);
    }
    this.stylesPart = part;
    return (this.styleBook = new PackageStyles(part, this.text(part)!));
  }

  private writePart(part: WrittenPart): void {
    if (!this.has(part.path)) this.addedTypes.set(part.path, part.contentType);
    this.written.set(part.path, part.data);
  }

  private has(part: string): boolean {
    return this.written.has(part) || this.reader.pkg.has(part);
  }

  /** A part as text as it stands now. */
  private text(part: string): string | undefined {
    const written = this.written.get(part);
    if (written !== undefined) return written;
    const bytes = this.reader.pkg.part(part);
    return bytes ? decoder.decode(bytes) : undefined;
  }

  private newPath(prefix: string, extension: string): string {
    for (let n = 1; ; n++) {
      const path = `${prefix}${n}${extension}`;
      if (!this.has(path)) return path;
    }
  }

  private relationshipsOf(source: string): { id: string; type: string; target: string; external: boolean }[] {
    const xml = this.text(relsOf(source));
    if (!xml) return [];
    return elements(relsOf(source), xml)
      .filter((e) => e.open.name === 'Relationship')
      .map(({ open: { attributes: a } }) => {
        const external = a.TargetMode === 'External';
        return { id: a.Id ?? '', type: a.Type ?? '', target: external ? (a.Target ?? '') : resolveTarget(source, a.Target ?? ''), external };
      });
  }

  private addRelationship(source: string, type: string, target: string): string {
    const path = relsOf(source);
    const xml = this.text(path) ?? emptyRelationships();
    const all = elements(path, xml);
    const ids = new Set(all.filter((e) => e.open.name === 'Relationship').map((e) => e.open.attributes.Id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const splices = new Splices(xml);
    splices.append(all[0]!, `<${ownPrefix(all[0]!.open)}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`);
    this.written.set(path, splices.toString());
    return id;
  }

  private retarget(source: string, id: string, target: string): void {
    const path = relsOf(source);
    const xml = this.text(path)!;
    const rel = elements(path, xml).find((e) => e.open.name === 'Relationship' && e.open.attributes.Id === id)!;
    const splices = new Splices(xml);
    splices.setAttribute(rel.open, 'Target', target);
    this.written.set(path, splices.toString());
  }

  private workbook(): { xml: string; all: Element[]; root: Element } {
    const xml = this.text(this.reader.workbookPart)!;
    const all = elements(this.reader.workbookPart, xml);
    return { xml, all, root: all[0]! };
  }

  private sheetId(name: string): string | undefined {
    return this.workbook().all.find((e) => e.open.name === 'sheet' && e.open.attributes.name === name)?.open.attributes.sheetId;
  }

  private addSheetEntry(name: string, relId: string): void {
    const { xml, all, root } = this.workbook();
    const p = ownPrefix(root.open);
    const entries = all.filter((e) => e.open.name === 'sheet' && e.depth === 2);
    const sheetId = Math.max(0, ...entries.map((e) => Number(e.open.attributes.sheetId) || 0)) + 1;
    const prefix = prefixOf(root.open, NS.rel);
    const id = prefix ? `${prefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${NS.rel}"`;
    const splices = new Splices(xml);
    const sheetsElement = all.find((e) => e.depth === 1 && e.open.name === 'sheets');
    const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${id}/>`;
    if (sheetsElement) splices.append(sheetsElement, entry);
    else splices.insert(this.afterFirst(all, ['bookViews', 'workbookProtection', 'workbookPr', 'fileSharing', 'fileVersion']) ?? root.open.end, `<${p}sheets>${entry}</${p}sheets>`);
    this.written.set(this.reader.workbookPart, splices.toString());
  }

  private setState(name: string, state: Sheet['state']): void {
    const { xml, all } = this.workbook();
    const entry = all.find((e) => e.open.name === 'sheet' && e.depth === 2 && e.open.attributes.name === name)!;
    const splices = new Splices(xml);
    splices.setAttribute(entry.open, 'state', state);
    this.written.set(this.reader.workbookPart, splices.toString());
    this.sheets.find((s) => s.name === name)!.state = state;
  }

  /** The sheet's print names replaced by `names` (localSheetId its tab index); its other names stay. */
  private setPrintNames(index: number, names: { name: string; value: string }[]): void {
    const { xml, all, root } = this.workbook();
    const p = ownPrefix(root.open);
    const splices = new Splices(xml);
    const defined = all.find((e) => e.depth === 1 && e.open.name === 'definedNames');
    for (const e of all) {
      if (e.open.name === 'definedName' && e.depth === 2 && PRINT_NAMES.has(e.open.attributes.name ?? '') && e.open.attributes.localSheetId === String(index)) {
        splices.replace(e.open.start, e.close.end, '');
      }
    }
    const text = names.map((n) => `<${p}definedName name="${escapeXml(n.name)}" localSheetId="${index}">${escapeXml(n.value)}</${p}definedName>`).join('');
    if (defined) splices.append(defined, text);
    else if (text) splices.insert(this.afterFirst(all, ['externalReferences', 'functionGroups', 'sheets'])!, `<${p}definedNames>${text}</${p}definedNames>`);
    this.written.set(this.reader.workbookPart, splices.toString());
  }

  /** The end of the first of these workbook children present (what a new child goes after, in schema order). */
  private afterFirst(all: Element[], names: string[]): number | undefined {
    for (const name of names) {
      const e = all.find((x) => x.depth === 1 && x.open.name === name);
      if (e) return e.close.end;
    }
    return undefined;
  }

  /** Whether calcChain.xml lists cells of this sheet (a cell written over a formula would leave Excel a chain to repair). */
  private calcChainNames(sheetId: string | undefined): boolean {
    const chain = this.relationshipsOf(this.reader.workbookPart).find((r) => r.type === TYPE.calcChain);
    if (!chain || sheetId === undefined || !this.has(chain.target)) return false;
    let found = false;
    let current = '';
    this.reader.pkg.parse(chain.target, {
      open: (name, a) => {
        if (name !== 'c') return;
        if (a.i !== undefined) current = a.i;
        if (current === sheetId) found = true;
      },
    });
    return found;
  }

  /** calcChain.xml is Excel's cache of formula order: left out, Excel rebuilds it on opening. */
  private removeCalcChain(): void {
    const wb = this.reader.workbookPart;
    const path = relsOf(wb);
    const xml = this.text(path)!;
    const splices = new Splices(xml);
    for (const e of elements(path, xml)) if (e.open.name === 'Relationship' && e.open.attributes.Type === TYPE.calcChain) splices.replace(e.open.start, e.close.end, '');
    this.written.set(path, splices.toString());
  }

  /** Parts the original reached through relationships that the edited package no longer reaches (and their own relationships). */
  private unreferenced(): Set<string> {
    const before = this.reachable((source) => this.reader.pkg.relationships(source));
    const after = this.reachable((source) => this.relationshipsOf(source));
    const removed = new Set<string>();
    const candidates = new Set([...before, ...[...this.written.keys()].filter((p) => !p.endsWith('.rels') && p !== CONTENT_TYPES)]);
    for (const part of candidates) {
      if (after.has(part)) continue;
      removed.add(part);
      removed.add(relsOf(part));
    }
    return removed;
  }

  private reachable(relationships: (source: string) => { target: string; external: boolean }[]): Set<string> {
    const seen = new Set<string>();
    const queue = [''];
    while (queue.length > 0) {
      const source = queue.pop()!;
      for (const r of relationships(source)) {
        if (r.external || seen.has(r.target) || !this.has(r.target)) continue;
        seen.add(r.target);
        queue.push(r.target);
      }
    }
    return seen;
  }

  /** [Content_Types].xml with overrides for the parts added, and without those of parts removed. */
  private contentTypes(removed: Set<string>): string {
    // From the original each time: toBytes may be asked again after further edits.
    const xml = decoder.decode(this.reader.pkg.part(CONTENT_TYPES));
    const all = elements(CONTENT_TYPES, xml);
    const root = all[0]!;
    const p = ownPrefix(root.open);
    const splices = new Splices(xml);
    const defaults = new Map(all.filter((e) => e.open.name === 'Default').map((e) => [(e.open.attributes.Extension ?? '').toLowerCase(), e.open.attributes.ContentType]));
    const overridden = new Set<string>();
    for (const e of all) {
      if (e.open.name !== 'Override') continue;
      const part = (e.open.attributes.PartName ?? '').replace(/^\//, '');
      overridden.add(part);
      if (removed.has(part)) splices.replace(e.open.start, e.close.end, '');
    }
    let added = '';
    for (const [part, type] of this.addedTypes) {
      if (removed.has(part) || overridden.has(part) || defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()) === type) continue;
      added += `<${p}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
    }
    splices.append(root, added);
    return splices.toString();
  }
}

/** The parts of a workbook made anew (tong-hop.xlsx, a blank template): valid once a sheet is added. */
export function blankPackage(): ZipPart[] {
  const text = (name: string, xml: string): ZipPart => ({ name, data: encoder.encode(HEAD + xml) });
  return [
    text(
      CONTENT_TYPES,
      `<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT.styles}"/></Types>`,
    ),
    text('_rels/.rels', `<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`),
    text('xl/workbook.xml', `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets/></workbook>`),
    text('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${TYPE.styles}" Target="styles.xml"/></Relationships>`),
    { name: 'xl/styles.xml', data: encoder.encode(BLANK_STYLES) },
  ];
}

function emptyRelationships(): string {
  return `${HEAD}<Relationships xmlns="${NS.pkgRel}"/>`;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; '' → the package's `_rels/.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part's name as a relationship target relative to `source`'s folder (`worksheets/sheet4.xml` from xl/workbook.xml). */
function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

// Made for issue 27 item 2: the package half of the writer — a scored copy that keeps everything the unit put in it.
