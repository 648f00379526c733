// The workbook port over the package itself, for the command line and the standalone page: `openWorkbook`
// bounds the bytes (bounds.ts) and reads sheets straight from their XML (reader.ts). Writing goes to the
// editor the face gives (`Editor`) the first time anything is written; from then on it answers everything.
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { WorkbookEdit, WorkbookPort } from '../../core/sheet/port.js';
import { refuseUnbounded } from './bounds.js';
import { WorkbookReader } from './reader.js';
import { PackageRefused } from './zip.js';

/** What writes a scored copy: a port over the same bytes that can give the .xlsx back. */
export type EditablePort = WorkbookPort & { toBuffer(opts?: { stored?: boolean }): Promise<Uint8Array> };
export type Editor = (bytes: Uint8Array) => Promise<EditablePort>;

export class OoxmlWorkbook implements WorkbookPort {
  private editing: Promise<EditablePort> | undefined;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly reader: WorkbookReader,
    private readonly editor: Editor,
  ) {}

  /** Opens an .xlsx within READ_LIMITS; throws PackageRefused with the reason in Vietnamese (without the file name). */
  static open(bytes: Uint8Array, editor: Editor): OoxmlWorkbook {
    const refused = refuseUnbounded(bytes);
    if (refused) throw new PackageRefused(refused);
    return new OoxmlWorkbook(bytes, WorkbookReader.open(bytes), editor);
  }

  async listSheets(): Promise<string[]> {
    return this.editing ? (await this.editing).listSheets() : this.reader.sheetNames();
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    if (this.editing) return (await this.editing).readSheets(names);
    return names.map((name) => {
      const grid = this.reader.grid(name);
      if (!grid) throw new Error(`Không có trang tính "${name}" trong sổ tính.`);
      return grid;
    });
  }

  async readStore(key: string): Promise<unknown> {
    return this.editing ? (await this.editing).readStore(key) : this.reader.store().get(key);
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    await (await this.edited()).apply(edit);
  }

  async writeStore(key: string, value: unknown): Promise<void> {
    await (await this.edited()).writeStore(key, value);
  }

  /** The .xlsx as it is now (the original bytes when nothing was written). */
  async toBuffer(opts: { stored?: boolean } = {}): Promise<Uint8Array> {
    return this.editing ? (await this.editing).toBuffer(opts) : this.bytes;
  }

  private edited(): Promise<EditablePort> {
    return (this.editing ??= this.editor(this.bytes));
  }
}

// Made for issue 27 items 1–2: one port the command line and the standalone page open every workbook through.
