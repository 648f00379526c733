// The workbook port over the package itself, for the command line and the standalone page: `open` bounds
// the bytes (bounds.ts) and reads sheets straight from their XML (reader.ts); edits go into the original
// package through the package writer (write/package-writer.ts), so a scored copy keeps every part the unit
// put in it. No object model: a merged range is never expanded, a cell the edit does not name never built.
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { ReadOptions, WorkbookEdit, WorkbookPort } from '../../core/sheet/port.js';
import { isStoreSheet } from '../../core/workbook/store-layout.js';
import { refuseUnboundedPackage } from './bounds.js';
import { OoxmlPackage } from './package.js';
import { WorkbookReader } from './reader.js';
import type { SheetWriter } from './write/contract.js';
import { blankPackage, PackageWriter } from './write/package-writer.js';
import { writeSheet } from './write/sheet-writer.js';
import { type DeflatePieces, type Gzip, writeZip, type ZipPart } from './write/zip-writer.js';
import { type Inflater, PackageRefused } from './zip.js';

/** A port that can give its .xlsx back (`gzip`: the compressor of the parts written, for a caller that has a faster one). */
export type EditablePort = WorkbookPort & { toBuffer(opts?: { gzip?: Gzip }): Promise<Uint8Array> };

export class OoxmlWorkbook implements EditablePort {
  /** Made when something is written (a workbook kept open for its copy holds nothing of it until then). */
  private written: PackageWriter | undefined;
  /** The package as edited so far, read back (made when something asks after an edit). */
  private current: WorkbookReader;
  private stale = false;
  private store: Map<string, unknown> | undefined;
  /** Whether an edit wrote the store's sheet itself (else the store is the original's, changed only by writeStore). */
  private storeEdited = false;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly original: WorkbookReader,
    private readonly sheetWriter: SheetWriter,
  ) {
    this.current = original;
  }

  /**
   * Opens an .xlsx within READ_LIMITS; throws PackageRefused with the reason in Vietnamese (without the file name).
   * `inflate`: a faster inflater of small parts. `headOnly`: the `readSheets` option its reads will pass, asked at
   * opening of each sheet's first rows (reader.ts): of a sheet it says yes to, the rest is not read.
   */
  static open(bytes: Uint8Array, sheetWriter: SheetWriter = writeSheet, inflate?: Inflater, headOnly?: ReadOptions['headOnly']): OoxmlWorkbook {
    // One package for the pre-pass and the reader, and one pass over each sheet: the reader builds its grid
    // while the pre-pass checks it (a check that fails refuses the file before the grid is used).
    const pkg = OoxmlPackage.open(bytes, inflate);
    let reader: WorkbookReader;
    try {
      reader = WorkbookReader.of(pkg, headOnly);
    } catch (e) {
      if (e instanceof PackageRefused) throw new PackageRefused(refuseUnboundedPackage(pkg) ?? e.message);
      throw e;
    }
    const refused = refuseUnboundedPackage(pkg, reader.readChecked);
    if (refused) throw new PackageRefused(refused);
    reader.endOpeningPass();
    return new OoxmlWorkbook(bytes, reader, sheetWriter);
  }

  /**
   * Whether the .xlsx lists the add-in's store among its sheets, told from its sheet list alone (no sheet read): a
   * workbook without one is no run's tong-hop.xlsx, whatever it is called, and is not opened whole to know it.
   * Throws PackageRefused as `open` does.
   */
  static listsStore(bytes: Uint8Array): boolean {
    return WorkbookReader.of(OoxmlPackage.open(bytes)).sheets.some((s) => isStoreSheet(s.name));
  }

  /** A new, empty workbook (tong-hop.xlsx, templates): a minimal valid package its first sheet completes. */
  static create(sheetWriter: SheetWriter = writeSheet): OoxmlWorkbook {
    const bytes = writeZip(blankPackage(), { stored: true });
    return new OoxmlWorkbook(bytes, WorkbookReader.open(bytes), sheetWriter);
  }

  async listSheets(): Promise<string[]> {
    return this.written ? this.written.sheetNames().filter((n) => !isStoreSheet(n)) : this.original.sheetNames();
  }

  async readSheets(names: string[], opts: ReadOptions = {}): Promise<SheetGrid[]> {
    const reader = this.reader();
    return names.map((name) => {
      const grid = reader.grid(name, opts.headOnly);
      if (!grid) throw new Error(`Không có trang tính "${name}" trong sổ tính.`);
      return grid;
    });
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    for (const sheet of edit.sheets) this.writer.apply(sheet);
    this.stale ||= edit.sheets.length > 0;
    this.storeEdited ||= edit.sheets.some((s) => isStoreSheet(s.sheet));
  }

  /**
   * Each sheet written from now on is held deflated by `gzip` (the compressor toBuffer will be given: the same bytes):
   * for a workbook made whole and then saved (tong-hop.xlsx), which would otherwise hold all its XML until then; the
   * store's sheets by `pieces` as their XML is made, when given.
   */
  compressSheets(gzip: Gzip, pieces?: DeflatePieces): void {
    this.writer.compressSheets(gzip, pieces);
  }

  /** Takes these sheets out, before anything is written: tong-hop.xlsx written again over the previous one keeps only the council's own sheets of it. */
  removeSheets(names: readonly string[]): void {
    for (const name of names) this.writer.removeSheet(name);
    this.stale ||= names.length > 0;
  }

  /**
   * Kept open for a copy that edits the sheets `inPlace` (mode 'existing') and writes any other anew: what the
   * workbook holds for reading, or for writing another sheet in place, is let go (read again if asked).
   */
  keepForCopy(inPlace: readonly string[]): void {
    const names = new Set(inPlace);
    this.original.keepOnly(new Set(this.original.sheets.flatMap((s) => (names.has(s.name) && s.part ? [s.part] : []))));
  }

  async readStore(key: string): Promise<unknown> {
    return this.ownStore().get(key);
  }

  async writeStore(key: string, value: unknown): Promise<void> {
    const store = this.ownStore();
    store.set(key, value);
    await this.writer.writeStore(store);
    this.stale = true;
  }

  /** The .xlsx as it is now (the original bytes when nothing was written). */
  async toBuffer(opts: { gzip?: Gzip } = {}): Promise<Uint8Array> {
    return this.written?.changed ? this.written.toBytes(opts) : this.bytes;
  }

  /**
   * The .xlsx as its parts, for a caller that zips them itself or elsewhere (writeZip): the command line's worker zips a
   * scored copy's parts, or hands them to the command's thread to zip (cli/score-file.ts, zipsInWorker).
   * The parts written are the writer's own bytes, not copies: a caller that hands them over is done with the workbook.
   */
  toParts(): ZipPart[] {
    return this.writer.parts();
  }

  private get writer(): PackageWriter {
    return (this.written ??= new PackageWriter(this.original, this.sheetWriter));
  }

  private ownStore(): Map<string, unknown> {
    // Read from the original unless an edit rewrote the store's sheet: tong-hop.xlsx, written and then given its
    // store, is not zipped and read back for it.
    return (this.store ??= (this.storeEdited ? this.reader() : this.original).store());
  }

  /** What reads see: the original, or — after an edit — the edited package read back. */
  private reader(): WorkbookReader {
    if (this.stale) {
      this.current = WorkbookReader.open(this.writer.toBytes({ stored: true }));
      this.stale = false;
    }
    return this.current;
  }
}

// Made for issue 27 items 1–2: one port the command line and the standalone page open, read and write every workbook through.
