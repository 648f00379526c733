// Finding the parts of a criteria sheet (sections by their titles, tables by their header rows) and the
// helpers every part's reader shares: cell text, numbers, dates, required cells, each error with its cell.
import { gridAddress, isBlank, isBlankRow, sheetCell } from '../../sheet/grid.js';
import type { SheetGrid, ReportCell } from '../../sheet/cell.js';
import { labelLookup, normalizeLabel, parseAddress } from '../../text.js';
import { cellText, excelSerialToIso } from '../../values.js';
import type { CellValue } from '../../cell.js';
import type { CriteriaSet } from '../schema.js';
import { codeKey } from './tree-codes.js';
import { CRITERIA_COLUMNS, GOES_ON, SECTION_TITLES, type SectionKey } from './vocabulary.js';

export type CriteriaSheetError = { cell: string; message: string };
/** What was inferred because the sheet left it out: said once to the officer, not an error. */
/** Something the reader inferred; `cell` where it was inferred from — none when it is the table's as a whole (a part it lacks). */
export type CriteriaSheetNotice = { cell?: string; message: string };
/** A column of figures the layout does not read: its header's cell, its letter, its words and how many figures it holds. */
export type UnreadColumn = { cell: string; column: string; words: string; figures: number };
/** A column of words the layout does not read («Đơn vị thực hiện»): its header's cell, its letter, its words and how many rows write in it. */
export type UnreadWords = { cell: string; column: string; words: string; rows: number };
/** A «Loại» column writing both «Cộng» and «Trừ» (`word`, `takes`: the first of each): its `rows` «Cộng» rows read in the base. */
export type AddsInBase = { cell: string; label: string; word: string; takes: string; rows: number };
/**
 * The column read as the maximum looking like points achieved (layouts/scoring-table/achieved.ts): its header's cell,
 * letter and words, and why, in the words said at that cell.
 */
export type AchievedColumn = { cell: string; column: string; label: string; why: string };
/**
 * The grading the document writes in words (written-bands.ts), for the reconciliation: each grade as written (`said`,
 * at `cell`, `place` in words) beside the lowest score thidua holds for it in the same unit (`reads`: null when the
 * grades are not used, `how` what thidua holds, or why not); `unread`: its lines of grading thidua could not read.
 */
export type GradingRead = {
  grades: { label: string; said: string; cell: string; row: number; place: string; value: number; reads: number | null; how: string }[];
  unread?: string;
};
export type ReadCriteriaSheetResult =
  /**
   * `rowOf`: the sheet row (as numbered on screen) each criterion was read from, by code, from a layout that knows it:
   * the reconciliation pairs the table's rows with the criteria by it (layouts/index.ts), never shown. `doubts`: the
   * cells of figures the layout could not read for sure (the rows under them told apart no single way, a row that may be
   * a heading), each with why (said at the cell too): the reconciliation holds each as not agreeing. `unread`: the
   * columns of figures no column of the layout takes (./unread-figures.ts): the reconciliation names them first; so
   * it names `noBase`, rows read as all added or taken by the layout's own inference (finish.ts noteNoBase), and
   * `achieved`, a points column read as the maximum that looks like a unit's results. `unreadWords`: the columns of
   * words no column of the layout takes (./unread-figures.ts), named once in the reconciliation's summary. `namedApart`:
   * groups whose names write other points than their maxima (./named-points.ts), said first in the reconciliation.
   */
  | { ok: true; set: CriteriaSet; notices: CriteriaSheetNotice[]; rowOf?: ReadonlyMap<string, number>; doubts?: ReadonlyMap<string, string>; unread?: readonly UnreadColumn[]; unreadWords?: readonly UnreadWords[]; noBase?: true; addsInBase?: AddsInBase; achieved?: AchievedColumn; grading?: GradingRead; namedApart?: string }
  | { ok: false; errors: CriteriaSheetError[]; notices: CriteriaSheetNotice[] };
/**
 * A mark of the document's table (read by the adapter from the document; said by word-marks.ts):
 * text deleted, inserted or hidden in the cell at `row`, `col` of the grid read (1-based); a whole row deleted (`row`: the row read that follows it, its
 * `text` the words it had) or inserted; a table nested in the cell (`text`: its rows), whose cells reach the grid as lines of the cell's text.
 */
export type WordMark = { kind: 'deleted' | 'inserted' | 'hidden' | 'nested'; row: number; col: number; text: string; wholeRow?: boolean };

/** A paragraph between two parts of a document's table joined as one (`row`: the row it was handed on as; `tables`: «Bảng 1 và Bảng 2»; said by between-paragraphs.ts). */
export type BetweenParagraph = { row: number; text: string; tables: string };

/**
 * Where the sheet came from: its file's name (without folders) names the set when the sheet has no title; a table
 * of a document has its caption (the paragraph above it) instead of a title row.
 */
/**
 * `caption`: the line right above a document's table (its figures held, the table named by it); `documentTitle`: the
 * document's own title above it, when that line is a section heading or a line to fill in («I. KẾT QUẢ …», «Học kỳ:
 * ……») — the set's name; `below`: the paragraphs the document writes under the table, up to the next (its guide: the
 * grades «a) Loại tốt: … từ 85 đến 100;»); `above`: those above it, from the table before (a note of the grades there); `marks`: the changes Word still tracks in the table and its hidden text (word-marks.ts); `between`: the paragraphs
 * between the parts of a table joined (between-paragraphs.ts).
 */
export type ReadCriteriaSheetOptions = { fileName?: string; caption?: string; documentTitle?: string; below?: readonly string[]; above?: readonly string[]; marks?: readonly WordMark[]; between?: readonly BetweenParagraph[] };

export type Columns<K extends string> = Partial<Record<K, number>>;

/** Columns of a header row, by their labels; the first column with a label wins (a verifier's, the last). */
export function columnsOf<K extends string>(row: readonly unknown[] | undefined, keyOf: (text: unknown) => K | undefined): Columns<K> {
  const map: Columns<K> = {};
  (row ?? []).forEach((text, c) => {
    const key = keyOf(text);
    // The first column with a key wins, but a verifier's: there the rightmost, the last to verify.
    if (key !== undefined && (map[key] === undefined || key === 'verifiedScore')) map[key] = c;
  });
  return map;
}

export const criteriaColumn = labelLookup(CRITERIA_COLUMNS);
export const sectionTitle = labelLookup(SECTION_TITLES);

export function isCriteriaHeader(row: readonly unknown[] | undefined): boolean {
  const cols = columnsOf(row, criteriaColumn);
  return (cols.code ?? cols.ordinal) !== undefined && cols.title !== undefined && cols.maxPoints !== undefined;
}

/** A row holding only a section title ("NHÓM TIÊU CHÍ", "II. XẾP LOẠI"). */
export function sectionTitleOf(row: readonly unknown[] | undefined): SectionKey | undefined {
  const filled = (row ?? []).filter((v) => !isBlank(v));
  if (filled.length !== 1 || typeof filled[0] !== 'string') return undefined;
  return sectionTitle(filled[0].trim().replace(/^(?:[IVXLC]+|\d+)[.)]\s+/i, ''));
}

export type Section = { key: SectionKey; start: number; header?: number; end: number };

/**
 * A section's title alone on the sheet's last filled row («XẾP LOẠI» under a form's «TỔNG ĐIỂM», the grade to be written
 * beside it): a line of the form, nothing below it to read — no section.
 */
export function closingTitleRow(grid: SheetGrid): number | undefined {
  const last = grid.values.findLastIndex((row) => !isBlankRow(row));
  return last >= 0 && sectionTitleOf(grid.values[last]) !== undefined ? last : undefined;
}

/** Where each part of the sheet is. The criteria table may come without its title. */
export function sectionsOf(grid: SheetGrid): Section[] {
  const sections: Section[] = [];
  const closing = closingTitleRow(grid);
  grid.values.forEach((row, r) => {
    const last = sections.at(-1);
    const title = r === closing ? undefined : sectionTitleOf(row);
    if (title) {
      sections.push({ key: title, start: r, end: grid.values.length });
    } else if (last && last.header === undefined && !isBlankRow(row)) {
      last.header = r;
    } else if (isCriteriaHeader(row) && !(last?.key === 'criteria' && last.header !== undefined && runsOn(grid, last.header, r))) {
      sections.push({ key: 'criteria', start: r, header: r, end: grid.values.length });
    }
  });
  sections.forEach((s, i) => (s.end = sections[i + 1]?.start ?? grid.values.length));
  return sections;
}

/** A row's words, each cell normalised, the empty ones left out: a header row is known again by them. */
export const rowWords = (values: readonly CellValue[] | undefined) => (values ?? []).filter((v) => !isBlank(v)).map((v) => normalizeLabel(cellText(v))).join('|');

/**
 * The header at `r` the one at `header` written again where the table goes on over a page (a Word table's repeated
 * header): its words, right under a row of the table — never under a blank row or a title of its own («TIÊU CHÍ …
 * ĐỐI VỚI CÁ NHÂN»: a second table, second-table.ts) — but «(tiếp theo)».
 */
function runsOn(grid: SheetGrid, header: number, r: number): boolean {
  const above = (grid.values[r - 1] ?? []).filter((v) => !isBlank(v));
  const title = above.length === 1 && typeof above[0] === 'string' && !GOES_ON.test(normalizeLabel(above[0]));
  return rowWords(grid.values[header]) === rowWords(grid.values[r]) && above.length > 0 && !title;
}

/** Whether a grid holds a criteria table. */
export function hasCriteriaTable(grid: SheetGrid): boolean {
  return grid.values.some((row) => isCriteriaHeader(row));
}


/** A table's row: `r` its index in the grid. */
export type Row<K extends string> = { r: number; first: ReportCell; cells: Partial<Record<K, ReportCell>>; texts: string[] };

/** What every section reader shares: the grid, where its sections are, and the error list with its helpers. */
export class SheetReader {
  readonly errors: CriteriaSheetError[] = [];
  readonly notices: CriteriaSheetNotice[] = [];
  /** Columns of figures the layout does not read (said at their headers; named by the reconciliation). */
  readonly unread: UnreadColumn[] = [];
  /** Columns of words the layout does not read (named once by the reconciliation's summary). */
  readonly unreadWords: UnreadWords[] = [];
  /** Every row was read as added or taken, none in the base (said at the header; named by the reconciliation). */
  noBase = false;
  /** «Cộng» beside «Trừ» in a «Loại» column, read in the base (said at its header; weighed by the reconciliation). */
  addsInBase: AddsInBase | undefined;
  /** The column read as the maximum looks like points achieved (said at its header; named first by the reconciliation). */
  achieved: AchievedColumn | undefined;
  /** The grading written in words, read or not (said where it is written; weighed by the reconciliation). */
  grading: GradingRead | undefined;
  readonly sections = new Map<SectionKey, Section>();
  readonly firstSectionRow: number;

  /** `tableRow`: where a layout found its table, when the sections do not say (metadata is read above it). */
  constructor(readonly grid: SheetGrid, tableRow?: number) {
    const all = sectionsOf(grid);
    this.firstSectionRow = tableRow ?? all[0]?.start ?? grid.values.length;
    for (const s of all) {
      const first = this.sections.get(s.key);
      if (first) this.fail(this.at(s.start, 0), `mục «${SECTION_TITLES[s.key][0]}» đã có ở ô ${this.at(first.start, 0)}`);
      else this.sections.set(s.key, s);
    }
    const closing = closingTitleRow(grid);
    if (closing !== undefined) {
      const c = (grid.values[closing] ?? []).findIndex((v) => !isBlank(v));
      const words = cellText(grid.values[closing]![c]).trim();
      this.note(this.at(closing, c), `Ô ${this.at(closing, c)} ghi «${words}» ở dòng cuối trang, không có bảng nào dưới nó: đọc là dòng của biểu mẫu (ghi kết quả), không phải mục «${words}» của bộ tiêu chí.`);
    }
  }

  at(r: number, c: number): string {
    return gridAddress(this.grid, r, c);
  }

  /** An error at a cell; the cell is said once, where the error is shown («ô C6: …»). */
  fail(cell: string, text: string): void {
    this.errors.push({ cell, message: text.charAt(0).toUpperCase() + text.slice(1) });
  }

  /**
   * Something inferred, said at the cell it was inferred from; what the table lacks as a whole (no version, no
   * «XẾP LOẠI») has no cell: said at A1 it sent the officer to the national motto, or to a Word table's first cell.
   */
  note(cell: string | undefined, text: string): void {
    this.notices.push(cell === undefined ? { message: text } : { cell, message: text });
  }

  /**
   * The sheet's title row above its first part: the first row holding a lone text that is not the national
   * motto or the issuing body, preferring one that speaks of criteria, scoring or emulation.
   */
  titleRow(): ReportCell | undefined {
    const found: ReportCell[] = [];
    for (let r = 0; r < this.firstSectionRow; r++) {
      const row = this.grid.values[r] ?? [];
      const filled = row.flatMap((v, c) => (isBlank(v) ? [] : [c]));
      if (filled.length !== 1 || typeof row[filled[0]!] !== 'string') continue;
      const cell = sheetCell(this.grid, r, filled[0]!);
      if (!/^(cong hoa|doc lap|ubnd|uy ban|dang uy)/.test(normalizeLabel(this.text(cell)))) found.push(cell);
    }
    return found.find((c) => /tieu chi|cham diem|thi dua|danh gia/.test(normalizeLabel(this.text(c)))) ?? found[0];
  }

  /** Where a section's table is: its header row and the row after its last (grid indices), when it has a header. */
  span(key: SectionKey): { header: number; end: number } | undefined {
    const s = this.sections.get(key);
    return s?.header === undefined ? undefined : { header: s.header, end: s.end };
  }

  /** The first filled cell of a section's header row (its title row when it has no header). */
  headerCell(key: SectionKey): string | undefined {
    const s = this.sections.get(key);
    if (!s) return undefined;
    const r = s.header ?? s.start;
    const c = (this.grid.values[r] ?? []).findIndex((v) => !isBlank(v));
    return this.at(r, Math.max(c, 0));
  }

  /** An error about the sheet as a whole (something missing), placed at its first cell. */
  failSheet(text: string): void {
    this.errors.push({ cell: this.at(0, 0), message: text });
  }

  /** The cell as text ('' when empty or absent). */
  text(cell: ReportCell | undefined): string {
    return cell ? cellText(cell.raw) : '';
  }

  required(cell: ReportCell | undefined, label: string, rowCell: ReportCell): string {
    const t = this.text(cell);
    if (t === '') this.fail(cell?.address ?? rowCell.address, `thiếu «${label}»`);
    return t;
  }

  /** A non-negative number (at most `max`); undefined when empty (an error unless `optional`) or wrong. */
  number(cell: ReportCell | undefined, label: string, optional: boolean, max?: number): number | undefined {
    if (!cell || cell.value.kind === 'empty') {
      if (!optional && cell) this.fail(cell.address, `thiếu «${label}»`);
      return undefined;
    }
    const v = cell.value;
    if (v.kind === 'number' && v.value >= 0 && (max === undefined || v.value <= max)) return v.value;
    const range = max === undefined ? 'số không âm' : `số từ 0 đến ${max}`;
    this.fail(cell.address, `«${label}» phải là ${range}, đang là «${this.text(cell)}»`);
    return undefined;
  }

  /** A day as "YYYY-MM-DD", '' when empty. A bare number is a date serial read without its format. */
  date(cell: ReportCell | undefined, label: string): string {
    if (!cell || cell.value.kind === 'empty') return '';
    const v = cell.value;
    const iso = v.kind === 'date' ? v.value : v.kind === 'number' && !v.percent ? excelSerialToIso(v.value) : undefined;
    if (iso !== undefined) return iso;
    this.fail(cell.address, `«${label}» phải là ngày dd/mm/yyyy, đang là «${this.text(cell)}»`);
    return '';
  }

  /**
   * The rows of a section's table (blank rows skipped), its columns found by their labels. Undefined when the
   * section is missing (an error unless `optional`) or unusable.
   */
  table<K extends string>(key: SectionKey, spec: Record<K, readonly string[]>, needed: NoInfer<K>[], optional = false): Row<K>[] | undefined {
    const s = this.sections.get(key);
    const title = SECTION_TITLES[key][0];
    if (!s) {
      if (optional) return undefined;
      this.failSheet(
        key === 'criteria'
          ? `Không tìm thấy bảng tiêu chí (dòng tiêu đề có «Mã», «Tiêu chí» và «Điểm tối đa») trong trang «${this.grid.name}».`
          : `Trang «${this.grid.name}» thiếu mục «${title}» (một dòng ghi «${title}», dưới là bảng ${Object.values<readonly string[]>(spec).map((l) => l[0]).join(' | ')}).`,
      );
      return undefined;
    }
    if (s.header === undefined) {
      this.fail(this.at(s.start, 0), `mục «${title}» thiếu dòng tiêu đề cột`);
      return undefined;
    }
    const columns = columnsOf(this.grid.values[s.header], labelLookup(spec));
    const missing = needed.filter((k) => columns[k] === undefined);
    if (missing.length > 0) {
      this.fail(this.at(s.header, 0), `mục «${title}» thiếu cột ${missing.map((k) => `«${spec[k][0]}»`).join(', ')}`);
      return undefined;
    }
    const used = Object.entries(columns) as [K, number][];
    const firstCol = Math.min(...used.map(([, c]) => c));
    const rows: Row<K>[] = [];
    for (let r = s.header + 1; r < s.end; r++) {
      const values = this.grid.values[r];
      if (!values || isBlankRow(values)) continue;
      const cells: Partial<Record<K, ReportCell>> = {};
      for (const [k, c] of used) cells[k] = sheetCell(this.grid, r, c);
      rows.push({ r, first: sheetCell(this.grid, r, firstCol), cells, texts: values.filter((v) => !isBlank(v)).map((v) => cellText(v)) });
    }
    if (rows.length === 0 && !optional) this.fail(this.at(s.header, 0), `mục «${title}» chưa có dòng nào`);
    return rows;
  }

  /** Reports ids that repeat within one table (compared as written but for case: «d» and «đ» are two ids). */
  uniqueIds(what: string): (cell: ReportCell, id: string) => void {
    const seen = new Map<string, string>();
    return (cell, id) => {
      if (id === '') return;
      const n = codeKey(id);
      const before = seen.get(n);
      if (before !== undefined) this.fail(cell.address, `${what} «${id}» trùng với ô ${before}`);
      else seen.set(n, cell.address);
    };
  }
}

/** Errors in reading order (row, then column), so the officer can walk down the sheet. */
export function sortByCell<T extends { cell?: string }>(errors: T[]): T[] {
  const key = (e: T) => (e.cell === undefined ? undefined : parseAddress(e.cell)) ?? { row: 0, col: 0 };
  return [...errors].sort((a, b) => key(a).row - key(b).row || key(a).col - key(b).col);
}

/** One way offices lay out a criteria sheet (one file per layout in ./layouts, registered in ./layouts/index.ts). */
export type CriteriaLayout = {
  id: string;
  /** Whether the sheet is in this layout. */
  detect: (grid: SheetGrid) => boolean;
  read: (grid: SheetGrid, options?: ReadCriteriaSheetOptions) => ReadCriteriaSheetResult;
};
