// An OOXML package as its parts (an .xlsx's, or a .docx's read within its own limits): the zip directory, each part's relationships resolved to part names —
// relative (`worksheets/sheet1.xml`) and absolute (`/xl/worksheets/sheet1.xml`, as openpyxl writes) — and
// the workbook's sheets in tab order with their parts.
import { entryData, fflateInflate, type Inflater, inflateEntry, inflatePart, ONE_CALL, type PackageKind, PackageRefused, readZipDirectory, XLSX, type ZipEntry } from './zip.js';
import { lastMade, xmlStream, xmlWhole } from './xml.js';
import { own } from '../../core/remembered.js';

export type Relationship = { id: string; type: string; target: string; external: boolean };

export type SheetPart = { name: string; part: string | undefined; state: 'visible' | 'hidden' | 'veryHidden'; relId: string };

const OFFICE_DOCUMENT = /\/officeDocument$/;
/** The package's content types part (OPC). */
export const CONTENT_TYPES = '[Content_Types].xml';

/** Parts up to this size, once inflated, are kept: the pre-pass, the reader and the writer each read them. */
const KEPT_PART = 4 * 1024 * 1024;
/**
 * The lengths the last few small parts the pre-pass inflated came to, by their deflated bytes: a commune's units' workbooks
 * made from one form carry the same theme and properties, inflated once to be checked rather than once each.
 */
const CHECKED_BYTES = 64 * 1024;
/** Relationships parts up to this size are remembered with what they hold, by their bytes and the part they belong to (found objects only read). */
const REMEMBERED_RELS = 64 * 1024;
const rememberedRels = lastMade<Uint8Array, { part: string; found: readonly Relationship[] }>(REMEMBERED_RELS, 8);
/** By inflater: each says for itself what a stream holds. */
const inflatedLengths = new WeakMap<Inflater, (data: Uint8Array, inflate: () => number) => number>();

export class OoxmlPackage {
  private readonly inflated = new Map<string, Uint8Array>();
  /** Parts inflated to their end at least once: each came out within its declared size (the pre-pass need not inflate it again). */
  private readonly whole = new Set<string>();
  /** What the pre-pass, the reader and the writer each ask of the package, parsed once (the package never changes). */
  private readonly rels = new Map<string, readonly Relationship[]>();
  private workbook: { part: string; sheets: SheetPart[]; date1904: boolean } | undefined;

  private constructor(
    readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
    private readonly inflate: Inflater,
    readonly kind: PackageKind,
  ) {}

  /**
   * Reads the zip's directory; its declared sizes are checked against the kind's limits (PackageRefused). `inflate`:
   * the inflater of small parts; `kind`: an .xlsx unless said.
   */
  static open(bytes: Uint8Array, inflate: Inflater = fflateInflate, kind: PackageKind = XLSX): OoxmlPackage {
    return new OoxmlPackage(bytes, readZipDirectory(bytes, kind), inflate, kind);
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** The part's bytes, inflated within its declared size (kept when small: the package is read more than once). */
  part(part: string): Uint8Array | undefined {
    const kept = this.inflated.get(part);
    if (kept) return kept;
    const entry = this.entries.get(part);
    if (!entry) return undefined;
    const bytes = inflatePart(this.bytes, entry, this.inflate, this.kind);
    this.whole.add(part);
    if (entry.size <= KEPT_PART) this.inflated.set(part, bytes);
    return bytes;
  }

  /** Whether the part is too large to be kept inflated (parse streams it when asked to). */
  large(part: string): boolean {
    return (this.entries.get(part)?.size ?? 0) > KEPT_PART;
  }

  /** Lets go of the part's inflated copy, if kept (asked again, it is inflated again). */
  forget(part: string): void {
    this.inflated.delete(part);
  }

  /**
   * Streams the part through an XML parser as it is inflated (nothing when the part is absent); a small part, or any
   * part when the inflater takes any size in one call (the command line's zlib), is inflated whole and scanned
   * (xml-scan.ts, several times faster than the stream's saxes) and kept when small, unless `once` (its one reader
   * keeps what it read: the shared strings, the package's relationships). `streamed`: a part too large to be kept is
   * streamed by fflate whatever the inflater, for a reader that may stop early (ReadEnough): what it does not read
   * is not inflated either.
   */
  parse(part: string, handlers: Parameters<typeof xmlStream>[1], once = false, streamed = false): boolean {
    const entry = this.entries.get(part);
    if (!entry) return false;
    if (this.inflated.has(part)) {
      xmlWhole(part, this.part(part)!, handlers, this.kind);
      return true;
    }
    if (!(streamed && this.large(part)) && this.readAtOnce(entry)) {
      const bytes = once ? inflatePart(this.bytes, entry, this.inflate, this.kind) : this.part(part)!;
      this.whole.add(part);
      xmlWhole(part, bytes, handlers, this.kind);
      return true;
    }
    const xml = xmlStream(part, handlers, this.kind);
    inflateEntry(this.bytes, entry, xml.write, streamed ? fflateInflate : this.inflate, this.kind);
    this.whole.add(part);
    xml.end();
    return true;
  }

  /**
   * Inflates every part not inflated yet: each must come out within the size the directory declares (PackageRefused).
   * Thrown away, but for the content types: a scored copy's writer reads them again, and they are small.
   */
  checkSizes(): void {
    for (const entry of this.entries.values()) {
      if (this.whole.has(entry.name)) continue;
      if (entry.name === CONTENT_TYPES) {
        this.part(entry.name);
        continue;
      }
      if (!this.inflatedBefore(entry)) inflateEntry(this.bytes, entry, () => {}, this.inflate, this.kind);
      this.whole.add(entry.name);
    }
  }

  /**
   * Whether the part's deflated bytes came out within its declared size when checked before, in this package or an
   * earlier one: the same bytes inflate to the same length. Asked first, they are inflated here (refused as above).
   */
  private inflatedBefore(entry: ZipEntry): boolean {
    if (entry.method !== 8 || entry.compressedSize > CHECKED_BYTES) return false;
    let length = 0;
    const made = () => {
      inflateEntry(this.bytes, entry, (piece) => (length += piece.length), this.inflate, this.kind);
      return length;
    };
    let lengths = inflatedLengths.get(this.inflate);
    if (!lengths) inflatedLengths.set(this.inflate, (lengths = lastMade<Uint8Array, number>(CHECKED_BYTES, 8)));
    return lengths(entryData(this.bytes, entry, this.kind), made) <= entry.size;
  }

  /** The relationships of a part (of the package itself for ""), targets resolved to part names. */
  relationships(part: string): readonly Relationship[] {
    const known = this.rels.get(part);
    if (known) return known;
    const slash = part.lastIndexOf('/');
    const rels = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
    const entry = this.entries.get(rels);
    let found: readonly Relationship[];
    if (entry && entry.size <= REMEMBERED_RELS && this.readAtOnce(entry)) {
      // Inflated as parse inflates it (the package's own not kept: read once); the same part's relationships in the same
      // bytes as a recent package's (a form's package and workbook relationships) are read once for all.
      const bytes = part === '' ? (this.inflated.get(rels) ?? inflatePart(this.bytes, entry, this.inflate, this.kind)) : this.part(rels)!;
      this.whole.add(rels);
      const remembered = rememberedRels(bytes, () => ({ part, found: this.readRelationships(part, rels, bytes) }));
      found = remembered.part === part ? remembered.found : this.readRelationships(part, rels, bytes);
    } else found = this.readRelationships(part, rels);
    this.rels.set(part, found);
    return found;
  }

  /** The relationships in `rels` (its bytes when inflated already, scanned as parse scans them), targets resolved from `part`. */
  private readRelationships(part: string, rels: string, bytes?: Uint8Array): Relationship[] {
    const found: Relationship[] = [];
    const handlers = {
      open: (name: string, a: Record<string, string>) => {
        if (name !== 'Relationship' || !a.Id || a.Target === undefined) return;
        const external = a.TargetMode === 'External';
        // Kept for as long as the package: nothing of the part's text with them.
        found.push({ id: own(a.Id), type: own(a.Type ?? ''), target: own(external ? a.Target : resolveTarget(part, a.Target)), external });
      },
    };
    // The package's own relationships are read once (the writer reads a workbook's and a sheet's again, as text).
    if (bytes) xmlWhole(rels, bytes, handlers, this.kind);
    else this.parse(rels, handlers, part === '');
    return found;
  }

  /** Whether parse reads the part whole (inflated in one piece, scanned) rather than streamed. */
  private readAtOnce(entry: ZipEntry): boolean {
    return (entry.size <= KEPT_PART && entry.compressedSize <= ONE_CALL) || this.inflate.anySize === true;
  }

  /** The workbook part: where the package's officeDocument relationship points (xl/workbook.xml by custom). */
  workbookPart(): string {
    return this.workbookInfo().part;
  }

  /** The sheets in tab order, each with its part (undefined when its relationship points nowhere). */
  sheets(): readonly SheetPart[] {
    return this.workbookInfo().sheets;
  }

  /** Whether the workbook counts dates from 1904 (workbookPr date1904). */
  date1904(): boolean {
    return this.workbookInfo().date1904;
  }

  /** workbook.xml read once: its part, its sheets and its date system. */
  private workbookInfo(): { part: string; sheets: SheetPart[]; date1904: boolean } {
    if (this.workbook) return this.workbook;
    const office = this.relationships('').find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
    const part = office?.target ?? 'xl/workbook.xml';
    if (!this.has(part)) throw new PackageRefused('nội dung bên trong không phải một sổ tính Excel đọc được: hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx');
    const targets = new Map(this.relationships(part).map((r) => [r.id, r.target]));
    const sheets: SheetPart[] = [];
    let date1904 = false;
    this.parse(part, {
      open: (name, a) => {
        if (name === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true')) date1904 = true;
        if (name !== 'sheet') return;
        const relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        const target = targets.get(relId);
        sheets.push({ name: own(a.name ?? ''), part: target !== undefined && this.has(target) ? target : undefined, state, relId: own(relId) });
      },
    });
    return (this.workbook = { part, sheets, date1904 });
  }
}

/** A relationship's target as a part name: absolute from the package root, or relative to the source part's folder. */
export function resolveTarget(source: string, target: string): string {
  let path = target;
  if (path.includes('%')) {
    try {
      path = decodeURI(target);
    } catch {
      path = target;
    }
  }
  // Most targets are plain relative paths (`worksheets/sheet1.xml`): no `.`, `..` or empty segment to resolve.
  if (path !== '' && !path.startsWith('/') && !path.includes('./') && !path.includes('//') && !path.endsWith('.') && !path.endsWith('/')) {
    return source.slice(0, source.lastIndexOf('/') + 1) + path;
  }
  const base = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

// Made for issue 27 item 1: finding a workbook's parts the way every generator names them, openpyxl's absolute targets included.
