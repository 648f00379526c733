// Registry of criteria-sheet layouts: one line per file of this folder. A sheet is read by the first layout
// that recognises it, so the more particular layouts come first.
import { stackedColumns, stackedHeader } from '../../../report/header-rows.js';
import { looksLikeReport, readIfReport } from '../../../report/read.js';
import { isBlankRow } from '../../../sheet/grid.js';
import type { SheetGrid } from '../../../sheet/cell.js';
import { matchesLabel } from '../../../text.js';
import { cellText, formatPoints } from '../../../values.js';
import { sortByCell, type CriteriaLayout, type CriteriaSheetError, type ReadCriteriaSheetOptions, type ReadCriteriaSheetResult } from '../sheet-reader.js';
import { withSanctions } from '../sanction.js';
import { hiddenRows } from '../hidden-rows.js';
import { withLinesTrimmed } from '../line-ends.js';
import { figureCells } from '../figure-cells.js';
import { formulaFigures } from '../formula-figures.js';
import { percentFigures } from '../percent-figures.js';
import { wordMarks } from '../word-marks.js';
import { betweenParagraphs } from '../between-paragraphs.js';
import { underTotal } from '../under-total.js';
import { statedCap } from '../total-cap.js';
import { carriedCap } from '../../total-cap.js';
import { followBeside } from '../../lines-under-total.js';
import { unreadWordsLine } from '../unread-figures.js';
import { CRITERIA_SHEET_NAME } from '../vocabulary.js';
import { itemCount, understoodSet } from '../understood.js';
import type { CriteriaSet } from '../../schema.js';
import { reconcile, type Reconciliation } from '../reconcile.js';
import { statedFigures } from '../stated-figures.js';
import { secondTables } from '../second-table.js';
import { unusableAt } from '../usable-set.js';
import scoringSheet from './scoring-sheet.js';
import scoringTable, { scoringColumn } from './scoring-table.js';
import { findScoringTable, UNDER_GUIDE_ROWS } from './scoring-table/columns.js';
import { tableEndsBefore } from './scoring-table/rows.js';
import { moneyInsteadOfPoints, moneySheet, notScoring } from './scoring-table/not-scoring.js';
import sectioned from './sectioned.js';

export const layouts: readonly CriteriaLayout[] = [scoringTable, scoringSheet, sectioned];

const layoutOf = (grid: SheetGrid) => layouts.find((l) => l.detect(grid));

/** The workbook's criteria sheet: the one named `Tiêu chí` in a known layout, else the first in one. */
export function findCriteriaSheet(grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => matchesLabel(g.name, [CRITERIA_SHEET_NAME]) && layoutOf(g)) ?? grids.find(layoutOf);
}

/** A unit's report (its unit named above its table, as in the commune's own workbook) holds no other set. */
function isUnitReport(grid: SheetGrid): boolean {
  const read = readIfReport(grid);
  return read?.ok === true && cellText(read.report.unitName?.raw).trim() !== '';
}

/**
 * What the officer is told of the sheet taken when other sheets of the workbook hold criteria tables too (a district's
 * template with one sheet per part: «Thể chế số» 90, «Hoạt động chính quyền số» 540): the set is the one sheet's, the
 * others named, never dropped unsaid — from `choices` (criteriaSheetChoices), each sheet read once. A sheet laid out as
 * one that does not read (a list of rewards in đồng) is not «a criteria table too»: said apart, its error in the list.
 * Undefined when no other sheet holds one.
 */
export function otherCriteriaSheets(choices: readonly CriteriaSheetChoice[], taken: string, fileName: string): string | undefined {
  const others = choices.filter((c) => c.sheet !== taken);
  if (others.length === 0) return undefined;
  const usable = others.filter((c) => c.usable);
  const unusable = others.filter((c) => !c.usable);
  const named = (list: readonly CriteriaSheetChoice[]) => `${list.length > 1 ? 'các trang' : 'trang'} ${list.map((c) => `«${c.sheet}»`).join(', ')}`;
  return [
    `Dùng trang «${taken}» của tệp ${fileName} làm bảng tiêu chí`,
    ...(usable.length > 0 ? [`; ${named(usable)} cũng có bảng tiêu chí nhưng không vào bộ này — bộ tiêu chí chỉ gồm trang «${taken}». Nếu các trang là các phần của một bộ, gộp chúng vào một trang rồi nhập lại.`] : []),
    ...(unusable.length > 0 ? [`${usable.length > 0 ? ' Còn' : ';'} ${named(unusable)} có cột như bảng tiêu chí nhưng không dùng được, không vào bộ này.`] : []),
  ].join('');
}

/**
 * Why a table with a criteria table's columns was not taken, in the words every face gives for a Word table and a sheet
 * alike: its first error at its cell, and how many more («có cột như bảng tiêu chí nhưng không dùng được (ô C3: …)»).
 */
export function unusableTable(errors: readonly CriteriaSheetError[]): string {
  const [first] = errors;
  const why = `${first!.cell ? `ô ${first!.cell}: ` : ''}${first!.message.replace(/\.$/, '')}${errors.length > 1 ? `; và ${errors.length - 1} lỗi khác` : ''}`;
  return `có cột như bảng tiêu chí nhưng không dùng được (${why})`;
}

/** A sheet the officer may take the set from, with what it holds: «trang «Hoạt động chính quyền số»: 30 tiêu chí, tổng 540 điểm». */
export type CriteriaSheetChoice = { sheet: string; holds: string; usable: boolean };

/**
 * The sheets of a workbook the set may be taken from — the one `taken` and every other holding a criteria table, in the
 * workbook's order — each with what it holds, counted as `criteria import --sheet` counts it; none when `taken` is the
 * only one. `read`: the set already read from `taken`, not read again.
 */
export function criteriaSheetChoices(grids: readonly SheetGrid[], taken: SheetGrid, read?: CriteriaSet): CriteriaSheetChoice[] {
  const sheets = grids.filter((g) => g === taken || (layoutOf(g) && !isUnitReport(g)));
  if (sheets.length < 2) return [];
  const holds = (name: string, set: CriteriaSet) => `trang «${name}»: ${itemCount(set).items} tiêu chí, tổng ${formatPoints(understoodSet(set).total)} điểm`;
  return sheets.map((g) => {
    if (g === taken && read) return { sheet: g.name, holds: holds(g.name, read), usable: true };
    const other = readCriteriaSheet(g);
    // Offered all the same, with why it cannot be used as it is: taken, its errors are said cell by cell as for any sheet.
    return { sheet: g.name, holds: other.ok ? holds(g.name, other.set) : `trang «${g.name}»: ${unusableTable(other.errors)}`, usable: other.ok };
  });
}

/** The first all-in-one scoring sheet (criteria and a unit's scores in one table, an office's scoring table with a self-score column among them), if any. */
export function findScoringSheet(grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => scoringSheet.detect(g) || (scoringTable.detect(g) && looksLikeReport(g)));
}

/** Why a grid holds no criteria table, in the officer's words (the header columns it lacks); undefined when it holds one. */
export function whyNoCriteriaTable(grid: SheetGrid): string | undefined {
  if (layoutOf(grid)) return undefined;
  if (grid.values.every(isBlankRow)) return 'bảng trống';
  const wanted = { ordinal: '«STT»', title: '«Nội dung» (tên tiêu chí)', maxPoints: '«Điểm chuẩn» / «Điểm tối đa»' } as const;
  let best: (keyof typeof wanted)[] = [];
  let where = 0;
  for (let r = 0; r < Math.min(UNDER_GUIDE_ROWS, grid.values.length); r++) {
    const columns = stackedColumns(stackedHeader(grid.values, r), scoringColumn);
    // Points under «Điểm cộng» / «Điểm trừ» alone are points all the same (a class's table of bonuses and deductions).
    const has = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((k) => columns[k] !== undefined || (k === 'maxPoints' && (columns.bonus ?? columns.deduction) !== undefined));
    if (has.length > best.length) [best, where] = [has, r];
  }
  const missing = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((k) => !best.includes(k)).map((k) => wanted[k]);
  const line = where + (grid.origin?.row ?? 1);
  if (best.length === 0) {
    const none = `không có dòng tiêu đề cột nào có ${Object.values(wanted).join(', ')}`;
    // Money in the sheet's own words above its figures: the reason, before the header it lacks.
    const money = moneySheet(grid);
    return money ? `${money} (${none})` : none;
  }
  const lacks = `dòng tiêu đề ở dòng ${line} thiếu cột ${missing.join(', ')}`;
  // A column of money where the points should be: the reason, before the columns the header lacks.
  const money = best.includes('maxPoints') ? undefined : moneyInsteadOfPoints(grid, where, stackedHeader(grid.values, where));
  if (money) return `${money} (${lacks})`;
  // Never «thiếu cột» with nothing named: a header with every column, kept aside all the same, says so.
  return missing.length > 0 ? lacks : `dòng tiêu đề ở dòng ${line} có đủ cột ${Object.values(wanted).join(', ')} nhưng không đọc được thành bảng tiêu chí`;
}

/** A set read, held to the figures its table states (../reconcile.ts); or every error found. */
export type ReadCriteriaResult = (Extract<ReadCriteriaSheetResult, { ok: true }> & { reconciliation: Reconciliation }) | Extract<ReadCriteriaSheetResult, { ok: false }>;

/**
 * Reads a criteria sheet into a criteria set with what was inferred and its reconciliation with the figures the table
 * states, or every error found, in reading order.
 */
export function readCriteriaSheet(given: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaResult {
  // Read as a Word table's cells are, whatever the file: no spaces at the ends of a cell's lines (line-ends.ts).
  const whole = withLinesTrimmed(given);
  const layout = layoutOf(whole) ?? sectioned; // the sectioned layout says what a criteria table needs
  // Whichever layout would read it: a sheet titled as our own («Nội dung», «Điểm chuẩn») may hold money all the same.
  const table = findScoringTable(whole);
  const refused = table && notScoring(whole, table);
  if (refused) return { ok: false, errors: [refused], notices: [] };
  // A second table on the sheet (an individual's form under the collective's): the first read alone, the others said.
  const where = whereIs(whole, options.fileName);
  const stated = statedFigures(whole, options.caption, options.above);
  const second = secondTables(whole, stated, where, isDocument(options.fileName), table);
  const grid = second ? { ...whole, values: whole.values.slice(0, second.cut), formats: whole.formats?.slice(0, second.cut) } : whole;
  const read = layout.read(grid, options);
  if (!read.ok) return second ? { ...read, notices: sortByCell([...read.notices, ...second.notices]) } : read;
  // The rows the criteria were read from go to the reconciliation only: what a face shows is the set and what was said.
  const { rowOf, doubts, unread, unreadWords, noBase, addsInBase, achieved, grading, namedApart, ...result } = read;
  // Sanctions in the criteria's words («Chế tài: Không xếp loại Xuất sắc»), whichever layout read them.
  const sanctioned = withSanctions(result.set, grid, rowOf);
  // Rows the file hides, read as every other row: said, whichever layout read them.
  const hidden = hiddenRows(grid, sanctioned.set, rowOf);
  // What Word still tracks in a document's table, and its hidden text: read as Word's final view, and said.
  const marked = wordMarks(options.marks, sanctioned.set, rowOf);
  // Paragraphs between the parts of a document's table the set holds nothing of: the rows under them read as the part above.
  // Only those within the table read: one opening a second table (its title) is said with that table.
  const top = whole.origin?.row ?? 1;
  const between = betweenParagraphs(second ? options.between?.filter((p) => p.row - top < second.cut) : options.between, sanctioned.set);
  // Figures the reader cannot take as written: formulas the file keeps no result of, percentages among points.
  const cells = figureCells(grid, table);
  const unstored = formulaFigures(grid, cells, sanctioned.set, where, rowOf);
  const percent = percentFigures(grid, cells, sanctioned.set, where, rowOf);
  // A bonus or a deduction written as a line under the total row: no criterion holds it.
  const statedHere = second ? statedFigures(grid, options.caption, options.above) : stated;
  const under = underTotal(grid, statedHere, sanctioned.set, where, second ? [] : options.below);
  const added = [...(second?.notices ?? []), ...sanctioned.notices, ...hidden.notices, ...marked.notices, ...between.notices, ...unstored.notices, ...percent.notices, ...(under?.notices ?? [])];
  // A line said under the total is not said again as where the table ends («… phần sau bảng (ngày tháng, chữ ký)»).
  const own = under ? result.notices.filter((x) => !under.rows.some((r) => x.message.startsWith(tableEndsBefore(r)))) : result.notices;
  const notices = added.length > 0 ? sortByCell([...own, ...added]) : own;
  const unusable = unusableAt(sanctioned.set, grid, rowOf);
  if (unusable.length > 0) return { ok: false, errors: unusable, notices };
  const words = unreadWords && unreadWordsLine(unreadWords, where);
  const figures = [unstored.said, percent.said].filter((x) => x !== undefined).join(' ') || undefined;
  // The lines under the total kept with the set, so scoring says them while no criterion of their kind scores them; a
  // doubted line the sheet carries follows the criteria it was read beside when the officer renumbered them.
  const lines = [...(sanctioned.set.underTotal ?? []).map((l) => followBeside(sanctioned.set, l)), ...(under?.lines ?? [])];
  const lined = lines.length > 0 ? { ...sanctioned.set, underTotal: lines } : sanctioned.set;
  // The cap the table states on its total, kept so scoring counts a total past it at the cap and says so (thidua's own sheet carries it in its top block).
  const capped = lined.totalCap ? undefined : statedCap(grid, statedHere, where, options.above, second ? [] : options.below);
  const set = capped ? { ...lined, totalCap: capped } : lined;
  // Said whether read from the table or carried by thidua's own sheet: a re-import says it as the first import did.
  return { ...result, set, notices, reconciliation: reconcile(set, statedHere, rowOf, doubts, { tables: second?.said, unread, noBase, addsInBase, achieved, grading, hidden: hidden.said, marked: marked.said, between: between.said, words, figures, underTotal: under?.said, named: namedApart, cap: carriedCap(set)[0] }) };
}

/** «trang «Tiêu chí» (tệp bang.xlsx)», «bảng 2 (tệp ke-hoach.docx)»: where a table is, as the officer finds it. */
function whereIs(grid: SheetGrid, fileName: string | undefined): string {
  if (fileName === undefined) return `trang «${grid.name}»`;
  return isDocument(fileName) ? `${grid.name.toLowerCase()} (tệp ${fileName})` : `trang «${grid.name}» (tệp ${fileName})`;
}

const isDocument = (fileName: string | undefined) => /\.docx?$/i.test(fileName ?? '');
