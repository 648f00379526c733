// A scored copy made by editing the unit's own package: each sheet thidua writes goes through the sheet
// writer (sheet-writer.ts); this half keeps the package true around it — a sheet made anew gets its part,
// its relationship in workbook.xml.rels, its `<sheet>` in workbook.xml and its content type; a sheet
// replaced («Tổng hợp» written again) gets new content in its part; print names replace the sheet's old
// ones; styles.xml only grows. Every other part (charts, drawings, images, notes, pivot tables,
// extensions…) is copied as the original zip holds it. Parts an edit leaves unreferenced (a replaced
// sheet's notes) go, with their content types.
import { isStoreSheet, STORE_PART_BYTES, storeLayout, storeSheetName } from '../../../core/workbook/store-layout.js';
import type { SheetEdit } from '../../../core/sheet/port.js';
import type { WorkbookReader } from '../reader.js';
import type { SheetWriter, WrittenPart } from './contract.js';
import { mapElements, prefixOf, type XmlNode } from '../element-map.js';
import { escapeAttribute, escapeText } from './xml-text.js';
import { PartRels, REL_TYPE, relsOf } from './part-rels.js';
import { Splices } from './splices.js';
import { BLANK_STYLES, PackageStyles } from './style-book.js';
import { compressPart, writeZip, type Compressed, type DeflatePieces, type Gzip, type ZipOptions, type ZipPart } from './zip-writer.js';
import { storeSheetXml } from './store-sheet.js';
import { fflateInflate, PackageRefused, XLSX } from '../zip.js';
import { lastMade } from '../xml.js';
import { CONTENT_TYPES } from '../package.js';
import { formatNumberVi } from '../../../core/values.js';
import { megabytes } from '../../../core/workbook/limits.js';

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};
const CONTENT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};
/** The print names a sheet writer sets: the sheet's other built-in names (its filter's range) stay. */
const PRINT_NAMES = new Set(['_xlnm.Print_Titles', '_xlnm.Print_Area']);
/** CT_Workbook's children that come before `<definedNames>`, last first (where a new one goes). */
const BEFORE_DEFINED_NAMES = ['externalReferences', 'functionGroups', 'sheets'];
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A sheet of the workbook: its `<sheet>` in workbook.xml (none when added), and its new relationship when it got a part. */
type Sheet = { name: string; part: string | undefined; state: string | undefined; node: XmlNode | undefined; sheetId: string | undefined; relId?: string };
/** CT_Workbook's children whose own children the writer edits: the sheets, the names, the views (their tab pointers). */
const EDITED = new Set(['sheets', 'definedNames', 'bookViews']);
type PrintName = { name: string; value: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/**
 * The last [Content_Types].xml parts mapped (by their text; the map is only read): the same in every unit's workbook
 * made from one form, as their names and sheets differ.
 */
const mappedTypes = lastMade<string, XmlNode>(64 * 1024, 4);

export class PackageWriter {
  /**
   * Parts written, by name, as the bytes the zip takes: encoded once, as each is written. A sheet's text in UTF-8
   * holds half what V8's string of it holds when it has one Vietnamese letter (tong-hop.xlsx of 1,125 units: 7 MB, not 13).
   * A sheet written while `compressSheets` is set is held compressed.
   */
  private readonly written = new Map<string, Uint8Array | Compressed>();
  /**
   * Set (compressSheets) for a workbook made whole before it is saved (tong-hop.xlsx: 24 MB of XML for 1,800 workbooks,
   * 2.5 MB deflated): each sheet deflated as it is written. Not for a scored copy, whose parts the command's thread deflates.
   */
  private gzip: Gzip | undefined;
  /** Given with `gzip` by a caller that can deflate a part in pieces: the store's sheets are then never held whole. */
  private deflatePieces: DeflatePieces | undefined;
  /** Part names handed out and not yet written (a sheet's notes and their drawing, asked for one after the other). */
  private readonly reserved = new Set<string>();
  /** By part name's prefix and extension: the lowest number below which every name is in the package or written. */
  private readonly taken = new Map<string, number>();
  /** Content types of the parts added. */
  private readonly addedTypes = new Map<string, string>();
  private readonly sheets: Sheet[];
  /** workbook.xml: its root and direct children, with the sheets and defined names under them. */
  private readonly workbook: XmlNode;
  private readonly workbookRels: PartRels;
  /** Print names by tab index, for the sheets whose print layout was written. */
  private readonly printNames = new Map<number, PrintName[]>();
  private styleBook: PackageStyles | undefined;
  private stylesPart: string | undefined;
  private calcChain: { rel: PartRels['rels'][number]; part: string } | undefined;
  private dropCalcChain = false;
  /** The sheets as the original lists them: what its names' `localSheetId`s count. */
  private readonly originalSheets: Sheet[];
  private readonly removedNodes: XmlNode[] = [];

  constructor(
    private readonly reader: WorkbookReader,
    private readonly writeSheet: SheetWriter,
  ) {
    const wb = reader.workbookPart;
    this.workbook = mapElements(decoder.decode(reader.pkg.part(wb)), wb, (_node, parent) => !parent.parent || EDITED.has(parent.name));
    const entries = this.workbook.children.find((c) => c.name === 'sheets')?.children.filter((c) => c.name === 'sheet') ?? [];
    this.sheets = reader.sheets.map((s, i) => ({ name: s.name, part: s.part, state: undefined, node: entries[i], sheetId: entries[i]?.attrs.sheetId }));
    this.originalSheets = [...this.sheets];
    this.workbookRels = PartRels.parse(wb, this.text(relsOf(wb)));
    const chain = this.workbookRels.ofType('calcChain');
    if (chain) this.calcChain = { rel: chain, part: this.workbookRels.path(chain) };
  }

  /** Sheet names in tab order as they stand after the edits (the hidden store included). */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Whether anything was written since the package was opened. */
  get changed(): boolean {
    return this.written.size > 0;
  }

  /** Each sheet written from now on is deflated by `gzip` at once (the zip takes it as it is), the store's by `pieces` when given: see `gzip`. */
  compressSheets(gzip: Gzip, pieces?: DeflatePieces): void {
    this.gzip = gzip;
    this.deflatePieces = pieces;
  }

  /** Writes one sheet through the sheet writer. */
  apply(edit: SheetEdit): void {
    const { index, sheet, path } = this.sheetPart(edit.sheet);
    // The opening pass's map of the sheet holds for its text as the package has it, not as an edit left it.
    const original = !this.written.has(path);
    // A sheet written anew does not read what it held (the store, written again with each key, is not decoded for nothing).
    const current = edit.mode === 'existing' ? this.text(path) : undefined;
    const existing = current !== undefined && current !== '';
    if (existing && this.namesInCalcChain(sheet.sheetId)) this.dropCalcChain = true;

    const relsPath = relsOf(path);
    const out = this.writeSheet(
      edit,
      {
        path,
        xml: existing ? current : undefined,
        map: existing && original ? this.reader.sheetMap(path) : undefined,
        rels: existing ? this.text(relsPath) : undefined,
        part: (p) => this.text(p),
        newPath: (prefix, extension) => this.newPath(prefix, extension),
        date1904: this.reader.date1904,
        index,
      },
      this.styles(),
    );
    this.written.set(path, this.gzip ? compressPart(out.xml, this.gzip) : out.xml);
    this.writeRels(relsPath, out.rels);
    for (const part of out.parts) this.writePart(part);
    if (out.definedNames) this.printNames.set(index, out.definedNames);
    this.reserved.clear();
  }

  /**
   * Takes a sheet out of the workbook, before any sheet is written (the print names written count tabs as they
   * stand then): its `<sheet>`, its relationship, the names that belong to it; its part and what only it reached go
   * with the parts no longer referenced. Used to write tong-hop.xlsx again over the previous one, keeping the sheets
   * the council added.
   */
  removeSheet(name: string): void {
    if (this.printNames.size > 0) throw new Error('removeSheet after a sheet was written');
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    const [sheet] = this.sheets.splice(index, 1);
    if (sheet!.node) this.removedNodes.push(sheet!.node);
    const rel = sheet!.relId !== undefined ? this.workbookRels.rels.find((r) => r.id === sheet!.relId) : this.workbookRels.named(sheet!.node);
    if (rel) this.workbookRels.remove(rel);
    // Its cells may be in the chain of calculations, which Excel would have to repair: it is rebuilt on opening.
    this.dropCalcChain = true;
  }

  /**
   * The add-in's store: its sheet written anew, veryHidden (as the ExcelJS adapter and the add-in keep it); a store past
   * what one sheet part thidua reads holds goes on in `_thidua 2`…, and a store sheet it no longer needs is left empty.
   */
  async writeStore(store: ReadonlyMap<string, unknown>): Promise<void> {
    const { width, sheets, rows } = storeLayout(store, STORE_PART_BYTES);
    const made = rows();
    const had = this.sheets.filter((s) => isStoreSheet(s.name)).length;
    for (let n = 1; n <= Math.max(sheets.length, had); n++) {
      const name = storeSheetName(n);
      const count = sheets[n - 1];
      if (count !== undefined && this.deflatePieces) await this.streamStore(name, taken(made, count), count, width, this.deflatePieces);
      else this.apply({ sheet: name, mode: 'replace', blocks: count !== undefined ? [{ address: 'A1', values: [...taken(made, count)] }] : [] });
      this.sheets.find((s) => s.name === name)!.state = 'veryHidden';
    }
  }

  /** A store sheet written as `apply` writes it anew, deflated cell by cell as its XML is made (store-sheet.ts), its rows made as they are written. */
  private async streamStore(name: string, rows: Iterable<readonly string[]>, count: number, width: number, deflate: DeflatePieces): Promise<void> {
    const { path } = this.sheetPart(name);
    // As apply: the package's styles (made here when it has none), though the store's cells take none of them.
    this.styles();
    this.written.set(path, await deflate(storeSheetXml(rows, count, width)));
    this.writeRels(relsOf(path), undefined);
    this.reserved.clear();
  }

  /** A sheet's tab index, entry and part, the sheet added (or given a part of its own) when it has none. */
  private sheetPart(name: string): { index: number; sheet: Sheet; path: string } {
    let index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) index = this.addSheet(name);
    const sheet = this.sheets[index]!;
    let path = sheet.part;
    if (path === undefined) {
      // A sheet whose relationship points nowhere: given a part of its own, as a sheet made anew.
      path = this.newPath('xl/worksheets/sheet', '.xml');
      this.attach(sheet, path);
    }
    return { index, sheet, path };
  }

  /** A written sheet's relationships; one without any after the edit (a replaced one whose notes went) keeps an empty part. */
  private writeRels(relsPath: string, rels: string | undefined): void {
    if (rels !== undefined || this.has(relsPath)) this.write(relsPath, rels ?? `${HEAD}<Relationships xmlns="${NS.pkgRel}"/>`);
  }

  /** The .xlsx: unchanged parts copied from the original, the rest deflated by `opts.gzip` (stored with `opts.stored`). */
  toBytes(opts: ZipOptions = {}): Uint8Array {
    return writeZip(this.parts(), opts);
  }

  /** The package's parts as they stand, to be zipped (zip-writer.ts): the parts not written point into the original's bytes. */
  parts(): ZipPart[] {
    if (this.styleBook?.changed) this.write(this.stylesPart!, this.styleBook.toXml());
    if (this.dropCalcChain && this.calcChain && this.workbookRels.rels.includes(this.calcChain.rel)) this.workbookRels.remove(this.calcChain.rel);
    const wb = this.reader.workbookPart;
    this.write(wb, this.workbookXml());
    this.write(relsOf(wb), this.workbookRels.text()!);
    const removed = this.unreferenced();
    this.write(CONTENT_TYPES, this.contentTypes(removed));

    const pkg = this.reader.pkg;
    const parts: ZipPart[] = [];
    const write = (name: string) => {
      const data = this.written.get(name)!;
      parts.push(data instanceof Uint8Array ? { name, data } : { name, compressed: data });
    };
    write(CONTENT_TYPES);
    for (const entry of pkg.entries.values()) {
      if (entry.name === CONTENT_TYPES || removed.has(entry.name)) continue;
      if (this.written.has(entry.name)) write(entry.name);
      else parts.push({ name: entry.name, copy: { bytes: pkg.bytes, entry } });
    }
    for (const name of this.written.keys()) if (!pkg.has(name) && name !== CONTENT_TYPES && !removed.has(name)) write(name);
    refuseUnreadable(parts);
    return parts;
  }

  private addSheet(name: string): number {
    const path = this.newPath('xl/worksheets/sheet', '.xml');
    const sheetId = String(Math.max(0, ...this.sheets.map((s) => Number(s.sheetId) || 0)) + 1);
    const sheet: Sheet = { name, part: undefined, state: undefined, node: undefined, sheetId };
    this.attach(sheet, path);
    return this.sheets.push(sheet) - 1;
  }

  /** Gives a sheet a new part with its relationship and content type (its `<sheet>` entry points there on output). */
  private attach(sheet: Sheet, path: string): void {
    sheet.part = path;
    this.addedTypes.set(path, CONTENT.worksheet);
    this.write(path, '');
    const old = this.workbookRels.named(sheet.node);
    if (old) this.workbookRels.remove(old);
    sheet.relId = this.workbookRels.add('worksheet', path);
  }

  private styles(): PackageStyles {
    if (this.styleBook) return this.styleBook;
    const styles = this.workbookRels.ofType('styles');
    let part = styles && this.workbookRels.path(styles);
    if (!part || !this.has(part)) {
      // A package without styles.xml (made by hand, say): it gets the blank workbook's.
      part = this.newPath('xl/styles', '.xml');
      this.write(part, BLANK_STYLES);
      if (styles) this.workbookRels.remove(styles);
      this.workbookRels.add('styles', part);
      this.addedTypes.set(part, CONTENT.styles);
    }
    this.stylesPart = part;
    return (this.styleBook = new PackageStyles(part, this.text(part)!));
  }

  private writePart(part: WrittenPart): void {
    if (!this.reader.pkg.has(part.path)) this.addedTypes.set(part.path, part.contentType);
    this.write(part.path, part.data);
  }

  private write(part: string, text: string): void {
    this.written.set(part, encoder.encode(text));
  }

  private has(part: string): boolean {
    return this.written.has(part) || this.reader.pkg.has(part);
  }

  /** A part as text as it stands now. */
  private text(part: string): string | undefined {
    const written = this.written.get(part);
    if (written && !(written instanceof Uint8Array)) return written.size === 0 ? '' : decoder.decode(fflateInflate(written.body, written.size));
    const bytes = written ?? this.reader.pkg.part(part);
    return bytes ? decoder.decode(bytes) : undefined;
  }

  private newPath(prefix: string, extension: string): string {
    // Counted on from the last name found taken, not from 1: a workbook of 4,980 sheets asked 4,980 times for a notes
    // part and a drawing, each walk past every name before it (7 of its 25 s). A part once taken stays taken, so the
    // name handed out is still the lowest free one.
    const key = `${prefix}\u0000${extension}`;
    let n = this.taken.get(key) ?? 1;
    while (this.has(`${prefix}${n}${extension}`)) n++;
    this.taken.set(key, n);
    for (; ; n++) {
      const path = `${prefix}${n}${extension}`;
      if (this.has(path) || this.reserved.has(path)) continue;
      this.reserved.add(path);
      return path;
    }
  }

  /** workbook.xml as the edits leave it: sheets added, states set, print names replaced. */
  private workbookXml(): string {
    // The original's text: the splices stand at its positions (toBytes may be asked again after further edits).
    const xml = decoder.decode(this.reader.pkg.part(this.reader.workbookPart));
    const root = this.workbook;
    const p = prefixOf(root.qname);
    const splices = new Splices();
    const relPrefix = Object.entries(root.attrs).find(([k, v]) => v === `${REL_TYPE}` && k.startsWith('xmlns:'))?.[0].slice(6);
    const relId = (id: string) => (relPrefix ? `${relPrefix}:id="${id}"` : `r:id="${id}" xmlns:r="${REL_TYPE}"`);
    let added = '';
    for (const s of this.sheets) {
      const id = s.relId;
      if (!s.node) {
        added += `<${p}sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ''} ${relId(id!)}/>`;
        continue;
      }
      if (id === undefined && (s.state === undefined || s.node.attrs.state === s.state)) continue;
      const attrs: Record<string, string> = { ...s.node.attrs, ...(s.state ? { state: s.state } : {}) };
      if (id !== undefined) {
        const key = Object.keys(attrs).find((k) => k.endsWith(':id'));
        if (key) attrs[key] = id;
      }
      splices.retag(s.node, attrs);
    }
    const sheetsNode = root.children.find((c) => c.name === 'sheets');
    if (sheetsNode) splices.append(sheetsNode, added);
    else if (added) splices.insert(root.openEnd, `<${p}sheets>${added}</${p}sheets>`);

    for (const node of this.removedNodes) splices.replaceNode(node, '');
    if (this.removedNodes.length > 0) {
      // The tab shown first and the tab selected count the sheets as they were.
      for (const view of root.children.find((c) => c.name === 'bookViews')?.children ?? []) {
        if (view.name === 'workbookView' && (view.attrs.activeTab !== undefined || view.attrs.firstSheet !== undefined)) splices.retag(view, { ...view.attrs, activeTab: undefined, firstSheet: undefined });
      }
    }
    const names = root.children.find((c) => c.name === 'definedNames');
    for (const n of names?.children ?? []) {
      if (n.name !== 'definedName' || n.attrs.localSheetId === undefined) continue;
      // A sheet's own name follows its sheet to its tab now, and goes with it.
      const index = this.sheets.indexOf(this.originalSheets[Number(n.attrs.localSheetId)]!);
      if (index < 0 || (PRINT_NAMES.has(n.attrs.name ?? '') && this.printNames.has(index))) splices.replaceNode(n, '');
      else if (index !== Number(n.attrs.localSheetId)) splices.retag(n, { ...n.attrs, localSheetId: String(index) });
    }
    let print = '';
    for (const [index, list] of [...this.printNames].sort((a, b) => a[0] - b[0])) {
      for (const n of list) print += `<${p}definedName name="${escapeAttribute(n.name)}" localSheetId="${index}">${escapeText(n.value)}</${p}definedName>`;
    }
    if (names) splices.append(names, print);
    else if (print) {
      const before = BEFORE_DEFINED_NAMES.map((name) => root.children.find((c) => c.name === name)).find(Boolean);
      splices.insert(before ? before.end : root.openEnd, `<${p}definedNames>${print}</${p}definedNames>`);
    }
    return splices.apply(xml);
  }

  /** Whether calcChain.xml lists cells of this sheet (a cell written over a formula would leave Excel a chain to repair). */
  private namesInCalcChain(sheetId: string | undefined): boolean {
    if (!this.calcChain || sheetId === undefined || !this.has(this.calcChain.part)) return false;
    let found = false;
    let current = '';
    this.reader.pkg.parse(this.calcChain.part, {
      open: (name, a) => {
        if (name !== 'c') return;
        if (a.i !== undefined) current = a.i;
        if (current === sheetId) found = true;
      },
    });
    return found;
  }

  /** Parts the original reached through relationships that the edited package no longer reaches (and their own relationships). */
  private unreferenced(): Set<string> {
    const before = this.reachable((source) => this.reader.pkg.relationships(source));
    const after = this.reachable((source) => {
      // Relationships no edit wrote are the original's, which the package has read already.
      if (!this.written.has(relsOf(source))) return this.reader.pkg.relationships(source);
      // The workbook's were written just now from these: not parsed back from the text they made.
      const rels = source === this.reader.workbookPart ? this.workbookRels : PartRels.parse(source, this.text(relsOf(source)));
      return rels.rels.map((r) => ({ target: r.external ? r.target : rels.path(r), external: r.external }));
    });
    const removed = new Set<string>();
    const candidates = new Set([...before, ...[...this.written.keys()].filter((p) => !p.endsWith('.rels') && p !== CONTENT_TYPES)]);
    for (const part of candidates) {
      if (after.has(part)) continue;
      removed.add(part);
      removed.add(relsOf(part));
    }
    return removed;
  }

  private reachable(relationships: (source: string) => readonly { target: string; external: boolean }[]): Set<string> {
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
    const root = mappedTypes(xml, () => mapElements(xml, CONTENT_TYPES, (_node, parent) => !parent.parent));
    const p = prefixOf(root.qname);
    const splices = new Splices();
    const defaults = new Map(root.children.filter((e) => e.name === 'Default').map((e) => [(e.attrs.Extension ?? '').toLowerCase(), e.attrs.ContentType]));
    const overridden = new Set<string>();
    for (const e of root.children) {
      if (e.name !== 'Override') continue;
      const part = (e.attrs.PartName ?? '').replace(/^\//, '');
      overridden.add(part);
      if (removed.has(part)) splices.replaceNode(e, '');
    }
    let added = '';
    for (const [part, type] of this.addedTypes) {
      if (removed.has(part) || overridden.has(part) || defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()) === type) continue;
      added += `<${p}Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`;
    }
    splices.append(root, added);
    return splices.apply(xml);
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
    text('_rels/.rels', `<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    text('xl/workbook.xml', `<workbook xmlns="${NS.main}" xmlns:r="${REL_TYPE}"><bookViews><workbookView/></bookViews><sheets/></workbook>`),
    text('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`),
    { name: 'xl/styles.xml', data: encoder.encode(BLANK_STYLES) },
  ];
}


/**
 * A package thidua writes is one it reads again (a scored copy is scored again, tong-hop.xlsx read for its decisions):
 * parts, their sizes and the whole within the limits its reader keeps (zip.ts, XLSX), or nothing is written — a
 * workbook of 1,300 report sheets made a copy of 5,222 parts, past the 5,000 its reader takes.
 */
function refuseUnreadable(parts: readonly ZipPart[]): void {
  const { limits } = XLSX;
  const n = formatNumberVi;
  const said = 'không ghi, vì thidua không đọc lại được (một tệp thidua ghi luôn đọc lại được); hãy tách sổ tính thành các tệp ít trang hơn';
  if (parts.length > limits.entries) throw new PackageRefused(`tệp sẽ ghi ra có ${n(parts.length)} phần nén, quá giới hạn ${n(limits.entries)}: ${said}`);
  let total = 0;
  for (const part of parts) {
    const size = 'data' in part ? part.data.length : 'compressed' in part ? part.compressed.size : part.copy.entry.size;
    if (size > limits.partBytes(part.name)) throw new PackageRefused(`${XLSX.title(part.name)} của tệp sẽ ghi ra nặng ${megabytes(size)}, quá giới hạn ${megabytes(limits.partBytes(part.name))}: ${said}`);
    total += size;
  }
  if (total > limits.totalBytes) throw new PackageRefused(`tệp sẽ ghi ra giải nén ra ${megabytes(total)}, quá giới hạn ${megabytes(limits.totalBytes)}: ${said}`);
}

/** The next `count` of `items`, the rest left for the next sheet (a for…of would close the generator). */
function* taken<T>(items: Iterator<T>, count: number): Generator<T> {
  for (let i = 0; i < count; i++) {
    const next = items.next();
    if (next.done) return;
    yield next.value;
  }
}

// Made for issue 27 item 2: the package half of the writer — a scored copy that keeps everything the unit put in it.
