// Reading a workbook straight from its package, within bounds: the sheet list from workbook.xml, shared
// strings and number formats once, each sheet's cells streamed on demand into core's grid. No object
// model: nothing is built for a cell the file does not hold, nor for a merged range.
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { ReadOptions } from '../../core/sheet/port.js';
import { decodeStore, isStoreSheet, storeSheetName } from '../../core/workbook/store-layout.js';
import { sheetCheck } from './bounds.js';
import { readNumberFormats } from './number-formats.js';
import { OoxmlPackage, type SheetPart } from './package.js';
import { readSheetGrid, type SheetContext } from './sheet-reader.js';
import { readSharedStrings } from './strings.js';
import { type SheetMap, SheetMapBuilder } from './sheet-map.js';

const SHARED_STRINGS = /\/sharedStrings$/;
/**
 * Sheets up to this size (their XML, inflated) are mapped for the writer as they are read, and a map may hold
 * about four times the text it maps (which the package keeps already), and a few KB: the example report's 8 KB
 * sheet makes a map of 22 KB; a sheet of bare rows would make one many times its size and is given up. A sheet
 * not mapped is parsed again when written.
 */
const MAPPED_SHEET = 256 * 1024;
const mapBudget = (size: number) => 4 * size + 16 * 1024;
const STYLES = /\/styles$/;

export class WorkbookReader {
  private context: SheetContext | undefined;
  /** Grids read in the pre-pass's own pass (readChecked), by sheet name. */
  private readonly grids = new Map<string, SheetGrid>();
  /** Where each small sheet's elements sit, mapped in that same pass for the writer, by part. */
  private readonly maps = new Map<string, SheetMap>();
  /** The first rows of the sheets `headOnly` said yes to in that pass, by name… */
  private readonly heads = new Map<string, SheetGrid>();
  /** …whose parts' rest was neither read nor checked: checked when read. */
  private readonly unchecked = new Set<string>();

  private constructor(
    readonly pkg: OoxmlPackage,
    readonly workbookPart: string,
    readonly sheets: readonly SheetPart[],
    readonly date1904: boolean,
    private readonly headOnly: ReadOptions['headOnly'],
  ) {}

  /** Opens the package (throws PackageRefused, in Vietnamese). Call refuseUnbounded first on untrusted bytes. */
  static open(bytes: Uint8Array): WorkbookReader {
    return WorkbookReader.of(OoxmlPackage.open(bytes));
  }

  /**
   * The reader of a package already opened (and bounded). `headOnly`: of a sheet past MAPPED_SHEET and longer than its
   * first rows (sheet-reader.ts, HEAD_ROWS) that it says yes to, the pre-pass's pass reads those rows alone.
   */
  static of(pkg: OoxmlPackage, headOnly?: ReadOptions['headOnly']): WorkbookReader {
    return new WorkbookReader(pkg, pkg.workbookPart(), pkg.sheets(), pkg.date1904(), headOnly);
  }

  /** Sheet names in tab order, without the add-in's hidden store. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name).filter((n) => !isStoreSheet(n));
  }

  /**
   * A sheet's grid; a sheet without a part (its relationship points nowhere) reads empty. Of a sheet the opening pass
   * read the first rows of, those when `headOnly` says yes to them too, else the whole sheet, checked as it is read.
   */
  grid(name: string, headOnly?: ReadOptions['headOnly']): SheetGrid | undefined {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) return undefined;
    if (!sheet.part) return { name, values: [], origin: { row: 1, col: 1 }, columnWidths: [] };
    const head = this.heads.get(name);
    if (head && headOnly?.(head)) return head;
    // A grid read on opening is handed over once (whoever asked keeps it): a workbook kept open holds no second copy.
    const read = this.grids.get(name);
    if (read) {
      this.grids.delete(name);
      return read;
    }
    return readSheetGrid(this.pkg, sheet.part, name, this.sheetContext(), this.unchecked.has(sheet.part) ? sheetCheck(name) : undefined).grid;
  }

  /** Reads a sheet's grid with the pre-pass's check in the same pass (bounds.ts, CheckedRead); grid() then gives it. */
  readonly readChecked = (part: string, name: string, check: (tag: string, a: Record<string, string>) => void): void => {
    const size = this.pkg.entries.get(part)?.size ?? Infinity;
    const builder = size <= MAPPED_SHEET ? new SheetMapBuilder(() => 'cells', mapBudget(size)) : undefined;
    // A sheet mapped is read whole: its first rows' grid, made to be asked of, would cost about as much as its body (a report).
    const { grid, mapped, head } = readSheetGrid(this.pkg, part, name, this.sheetContext(), check, builder, builder ? undefined : this.headOnly);
    if (this.sheets.find((s) => s.name === name)?.part === part) (head ? this.heads : this.grids).set(name, grid);
    if (head) this.unchecked.add(part);
    const map = mapped ? builder?.result() : undefined;
    if (map) this.maps.set(part, map);
  };

  /** Where the sheet's elements sit in its part's text as the package holds it, handed over once (undefined: not mapped). */
  sheetMap(part: string): SheetMap | undefined {
    const map = this.maps.get(part);
    this.maps.delete(part);
    return map;
  }

  /**
   * The opening pass is over (each sheet's grid read, waiting to be asked for): the shared strings and number formats
   * it read them with are let go — a workbook kept open for its copy holds them no longer; a sheet read again reads them again.
   */
  endOpeningPass(): void {
    this.context = undefined;
  }

  /**
   * Only the sheets in `parts` are to be written in place: the text and map of every other sheet are let go, and the
   * grids not asked for (a sheet asked for again is read again).
   */
  keepOnly(parts: ReadonlySet<string>): void {
    for (const sheet of this.sheets) {
      if (!sheet.part || parts.has(sheet.part)) continue;
      this.maps.delete(sheet.part);
      this.pkg.forget(sheet.part);
    }
    this.grids.clear();
    this.heads.clear();
  }

  /** The store, its sheets read in their order (`_thidua`, `_thidua 2`…). */
  store(): Map<string, unknown> {
    const rows = [];
    for (let n = 1; ; n++) {
      const grid = this.grid(storeSheetName(n));
      if (!grid) break;
      rows.push(...grid.values);
    }
    return decodeStore(rows);
  }

  private sheetContext(): SheetContext {
    if (this.context) return this.context;
    const rels = this.pkg.relationships(this.workbookPart);
    const strings = rels.find((r) => SHARED_STRINGS.test(r.type) && !r.external)?.target;
    const styles = rels.find((r) => STYLES.test(r.type) && !r.external)?.target;
    this.context = { strings: readSharedStrings(this.pkg, strings), styles: readNumberFormats(this.pkg, styles), date1904: this.date1904 };
    return this.context;
  }
}

// Made for issue 27 item 1: the report sheets read from the package itself, relative and absolute targets alike.
