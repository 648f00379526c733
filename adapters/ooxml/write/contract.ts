// The two halves of the package writer meet here: the package (package-writer.ts: zip, workbook.xml,
// relationships, content types, styles.xml, the hidden store) hands each sheet it edits to the sheet
// writer (sheet-writer.ts: one worksheet's XML, its notes and print settings) through these types.
import type { CellFormat, SheetEdit } from '../../../core/sheet/port.js';
import type { SheetMap } from '../sheet-map.js';

/** The package's cell styles: styles.xml's cellXfs grow by what thidua writes; nothing already there changes. */
export interface StyleBook {
  /**
   * The cellXfs index of the cell's current style (`base`, its `s` attribute, 0 when none) with `format`
   * laid over it — appended to styles.xml the first time, shared after. `date`: the value is a date,
   * so a style without a number format gets a date one (as ExcelJS did).
   */
  styled(base: number, format: CellFormat | undefined, date: boolean): number;
}

/** A part the sheet writer adds or replaces (its comments, their VML drawing). */
export type WrittenPart = { path: string; contentType: string; data: string };

/** What the sheet writer is given of the package for one sheet. */
export type SheetInput = {
  /** The sheet's part name, e.g. 'xl/worksheets/sheet3.xml' (relationship targets are relative to it). */
  path: string;
  /** Its XML as it is ('existing' mode on a sheet that exists), or undefined for a sheet made anew. */
  xml: string | undefined;
  /** Where its elements sit in `xml`, when the opening pass mapped them (the writer parses `xml` itself otherwise). */
  map?: SheetMap;
  /** Its relationships part as it is (`xl/worksheets/_rels/sheet3.xml.rels`), if any. */
  rels: string | undefined;
  /** Any other part of the package as text, by part name (the sheet's present comments part, say). */
  part(path: string): string | undefined;
  /** A part name not yet used in the package: newPath('xl/comments', '.xml') → 'xl/comments2.xml'. */
  newPath(prefix: string, extension: string): string;
  /** The workbook counts dates from 1904 (workbookPr date1904), for date values written. */
  date1904: boolean;
  /** The sheet's tab index in workbook.xml (0-based): print names' localSheetId. */
  index: number;
};

/** The sheet writer's answer: the sheet's new XML and what goes with it. */
export type SheetOutput = {
  /** The sheet's new XML in UTF-8, as the zip takes it. */
  xml: Uint8Array;
  /** The sheet's relationships part, whole (undefined: the sheet has none). */
  rels: string | undefined;
  /** Parts added or replaced (comments, VML); parts the sheet no longer names are the package's to drop. */
  parts: WrittenPart[];
  /**
   * The sheet's print names (`_xlnm.Print_Titles`, `_xlnm.Print_Area`) as they must stand after the edit;
   * the package replaces the sheet's old ones with these (localSheetId = its tab index). Undefined: leave them.
   */
  definedNames: { name: string; value: string }[] | undefined;
};

/** Writes one SheetEdit into its sheet: every cell, row and element the edit does not name stays byte for byte. */
export type SheetWriter = (edit: SheetEdit, input: SheetInput, styles: StyleBook) => SheetOutput;

// Made for issue 27 item 2: scored copies written by editing the unit's own package, in two halves that can be built and tested apart.
