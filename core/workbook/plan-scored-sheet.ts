// What scoring writes back into a unit's report sheet: four columns of its own to the right of
// everything the unit typed (one blank column between), a totals block under them, and notes on
// the flagged input cells. Nothing the unit typed is overwritten.
import type { Flag, Severity } from '../flags/flag.js';
import { flagTitle } from '../checks/titles.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { CellValue } from '../cell.js';
import { hasScoringRoom, type UnitReport } from '../report/schema.js';
import { capChange, capLine, type ScoreCard } from '../scoring/score-card.js';
import { cellAddress, columnLetter, normalizeLabel, parseAddress } from '../text.js';
import { cellText, formatPoints } from '../values.js';
import { fitWidths, NARROWEST_TEXT_COLUMN, pageHeader, withPrintLayout } from '../sheet/print-layout.js';
import type { Block, CellFormat, SheetEdit } from '../sheet/port.js';
import { DEFAULT_COLUMN_WIDTH, withRowHeights } from '../sheet/row-height.js';
import { classificationText } from '../scoring/sanction.js';

/** Header labels of the columns scoring adds, left to right. */
export const SCORED_HEADERS = ['Điểm thẩm định', 'Điểm tối đa', 'Cảnh báo', 'Diễn giải'] as const;

/** Fills shared by the plans: Excel's own "bad / neutral / good" colours. */
export const FILL = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  full: '#C6EFCE',
  header: '#D9E1F2',
} as const;

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

const STATUS_TEXT: Partial<Record<ScoreCard['criteria'][number]['status'], string>> = {
  not_assigned: 'Không được giao',
  not_applicable: 'Không áp dụng',
};

/** "[Tên cảnh báo] message", the one-line form of a flag in cells and notes (officers read titles, not codes). */
export function flagLine(flag: Flag): string {
  return `[${flagTitle(flag.code)}] ${flag.message}`;
}

export function worstSeverity(flags: readonly Flag[]): Severity | undefined {
  if (flags.some((f) => f.severity === 'error')) return 'error';
  if (flags.some((f) => f.severity === 'warning')) return 'warning';
  return flags.length > 0 ? 'info' : undefined;
}

function severityFill(severity: Severity | undefined): CellFormat | null {
  if (severity === 'error') return { fill: FILL.error };
  if (severity === 'warning') return { fill: FILL.warning };
  return null;
}

/**
 * The scored columns for one report sheet (mode 'existing'). With the sheet's `grid` (and its column
 * widths), rows are sized for what the unit typed as well as for the reasons and flags added.
 * Rows above the table header carry the sheet-level flags (late submission, wrong criteria set,
 * criteria missing from the sheet…); when there is no room above, they follow the totals.
 */
export function planScoredSheet(report: UnitReport, card: ScoreCard, grid?: SheetGrid): SheetEdit {
  // A sheet the unit used up to Excel's last columns: nothing is written over its cells (the no-scoring-room flag says
  // so); the flagged cells still get their notes.
  if (!hasScoringRoom(report)) return { sheet: report.sheet, mode: 'existing', blocks: [], notes: inputNotes(card.flags) };
  const firstCol = report.lastColumn + 2;
  const width = SCORED_HEADERS.length;
  const lastTableRow = Math.max(report.headerRow, ...report.rows.map((r) => r.row), ...card.criteria.map((c) => c.row ?? 0));
  const inTable = (row: number) => row > report.headerRow && row <= lastTableRow;

  // Flags go to their table row, or to the sheet-level list.
  const rowFlags = new Map<number, Flag[]>();
  const sheetFlags: Flag[] = [];
  const criterionRow = new Map(card.criteria.map((c) => [c.code, c.row]));
  for (const flag of card.flags) {
    const row = (flag.cell ? parseAddress(flag.cell)?.row : undefined) ?? (flag.criterion ? criterionRow.get(flag.criterion) : undefined);
    if (row !== undefined && row !== null && inTable(row)) rowFlags.set(row, [...(rowFlags.get(row) ?? []), flag]);
    else sheetFlags.push(flag);
  }

  // Label, value and, for a capped group, what the «Diễn giải» column says of it.
  const totalCap = card.caps?.find((cap) => cap.part === 'total');
  const totals: [string, CellValue, string?][] = [
    // A group counted below what its rows add: by how much, above the total, so the column and the total agree.
    // The total's own cap (the table's «không vượt quá 100 điểm») is said at the total it made.
    ...(card.caps ?? []).map((cap): [string, CellValue, string?] => ['Vượt tối đa', capChange(cap), cap.part === 'total' ? undefined : capLine(cap)]),
    totalCap ? ['Tổng điểm', card.total, capLine(totalCap)] : ['Tổng điểm', card.total],
    ['Điểm cộng', card.bonus],
    // A bonus the set records beside the official total: shown apart, never in «Tổng điểm».
    ...(card.recorded !== undefined ? [['Điểm cộng ghi nhận (không cộng vào tổng)', card.recorded] as [string, CellValue]] : []),
    ['Điểm trừ', card.deduction],
    // A frame granted by default (CriteriaGroup.granted): in the maximum and the total, its deductions taken from it.
    ...(card.granted !== undefined ? [['Điểm có sẵn', card.granted, `Tổng điểm gồm ${formatPoints(card.granted)} điểm có sẵn của khung điểm trừ; điểm trừ của khung trừ vào đó, không dưới 0`] as [string, CellValue, string]] : []),
    ['Điểm tối đa áp dụng', card.applicableMax],
    ['Tỷ lệ %', card.percent],
    // With why, when the table's sanctions set it («Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)»).
    ['Xếp loại', classificationText(card)],
    ['Điểm tự chấm', card.selfTotal],
  ];
  const roomAbove = report.headerRow - 1;
  const totalsRow = lastTableRow + 2;
  const lastTotalsRow = totalsRow + totals.length - 1;

  // One rectangle from row 1 down, so that a re-run also blanks what an earlier run left there (rows for the
  // sheet-level flags under the totals are added once the widths are known).
  const values: CellValue[][] = Array.from({ length: lastTotalsRow }, () => Array<CellValue>(width).fill(null));
  const formats: (CellFormat | null)[][] = Array.from({ length: lastTotalsRow }, () => Array<CellFormat | null>(width).fill(null));
  const put = (row: number, col: number, value: CellValue, format: CellFormat | null = null) => {
    while (values.length < row) {
      values.push(Array<CellValue>(width).fill(null));
      formats.push(Array<CellFormat | null>(width).fill(null));
    }
    values[row - 1]![col] = value;
    formats[row - 1]![col] = format;
  };

  const header: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
  SCORED_HEADERS.forEach((label, i) => put(report.headerRow, i, label, header));

  for (const c of card.criteria) {
    if (c.row === null) continue;
    const flags = rowFlags.get(c.row) ?? [];
    const full = c.status === 'scored' && c.max > 0 && c.points >= c.max;
    const fill = severityFill(worstSeverity(flags)) ?? (full ? { fill: FILL.full } : null);
    // «Không được giao» is wider than the points column: wrapped, not cut by the next cell.
    const status = STATUS_TEXT[c.status];
    put(c.row, 0, status ?? c.points, status ? { ...fill, wrap: true } : fill);
    put(c.row, 1, c.max, fill);
    put(c.row, 2, flags.length > 0 ? flags.map(flagLine).join('\n') : null, { ...fill, wrap: true });
    // The one-line reason, so the officer and the council see how each figure became points.
    put(c.row, 3, c.reason, { wrap: true });
  }
  // Flags on table rows that are not a criterion of the set (unknown or duplicate codes).
  for (const [row, flags] of rowFlags) {
    if (values[row - 1]![2] === null) put(row, 2, flags.map(flagLine).join('\n'), { ...severityFill(worstSeverity(flags)), wrap: true });
  }

  totals.forEach(([label, value, said], i) => {
    // Wrapped: «Điểm tối đa áp dụng» is wider than the points column it sits in, and prints whole on two lines.
    put(totalsRow + i, 0, label, { bold: true, wrap: true });
    put(totalsRow + i, 1, value, { bold: true, ...(label === 'Tỷ lệ %' ? { numberFormat: '0.00' } : {}) });
    if (said !== undefined) put(totalsRow + i, 3, said, { wrap: true });
  });

  // Narrow enough, with the unit's own columns, to fit one A4 width readably (fitWidths narrows the wrapped ones).
  const ownWidths = [10, 8, 50, 50];
  const ownWraps = [false, false, true, true];
  const unit = grid && unitTable(grid, report.headerRow, lastTableRow, firstCol - 1);
  const unitWidths = unit?.widths ?? [];
  // Every row as it prints, the unit's table cells then scoring's, so the width goes where the text is.
  // One array a row, filled by index (no padded and cut copies of the unit's row between): every row of every copy.
  const tableRows = values.map((own, i) => {
    const unitRow = (unit && i + 1 >= report.headerRow ? unit.block.values[i + 1 - report.headerRow] : undefined) ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < unitWidths.length; c++) row.push(c < unitRow.length ? unitRow[c]! : null);
    for (let c = 0; c < own.length; c++) row.push(own[c]!);
    return row;
  });
  const fitted = fitWidths([...unitWidths.map((w) => w.width), ...ownWidths], [...(unit?.wraps ?? []), ...ownWraps], tableRows);
  const widths = [...unitWidths, ...ownWidths.map((width, i) => ({ column: columnLetter(firstCol + i), width }))].map((w, i) => ({ ...w, width: fitted[i]! }));
  // Only the widths that changed are written: the unit's columns keep theirs unless the page needs them narrower.
  const columnWidths = widths.filter((w, i) => i >= unitWidths.length || w.width !== unitWidths[i]!.width);

  // Flags about the whole sheet (late, another set…) as a note across scoring's four columns: lines broken to
  // their printed width, one a row, each running on over the empty cells beside it under one fill. Wrapped in
  // one column they stood 8 lines tall each above the table (a third of a page); as lines they use the rows
  // the unit's title and details leave free there, and cost no height. When those rows are too few, they
  // follow the totals under «Cảnh báo chung».
  const room = lineRoom(fitted.slice(unitWidths.length));
  const lines = sheetFlags.flatMap((f) => brokenLines(flagLine(f), room).map((text) => ({ text, fill: severityFill(f.severity) })));
  const free = unit && grid ? freeRows(grid, report.headerRow, fitted.slice(0, unitWidths.length)) : Array.from({ length: roomAbove }, (_, i) => i + 1);
  const noteRow = (row: number, line: (typeof lines)[number]) => SCORED_HEADERS.forEach((_, col) => put(row, col, col === 0 ? line.text : null, line.fill));
  if (lines.length <= free.length) {
    lines.forEach((line, i) => noteRow(free[i]!, line));
  } else {
    put(lastTotalsRow + 2, 0, 'Cảnh báo chung', { bold: true });
    lines.forEach((line, i) => noteRow(lastTotalsRow + 3 + i, line));
  }
  const own: Block = { address: cellAddress(1, firstCol), values, cellFormats: formats };
  const sized = withRowHeights({
    sheet: report.sheet,
    mode: 'existing',
    blocks: unit ? [unit.block, own] : [own],
    columnWidths: widths,
  });
  // The unit's name and period on every page; the header row repeated; across pages (too wide even so) the columns up to the code too.
  const period = cellText(report.period?.raw);
  const laid = withPrintLayout(sized, {
    titleRows: `$${report.headerRow}:$${report.headerRow}`,
    titleColumns: `$A:$${report.columns.code}`,
    header: pageHeader(card.unitName, period || undefined),
  });
  return { ...laid, blocks: [own], notes: inputNotes(card.flags), columnWidths };
}

/** Characters of text one unwrapped line holds across columns of these widths, counted high: a line that ran past them would widen the page. */
const lineRoom = (widths: readonly number[]) => Math.max(NARROWEST_TEXT_COLUMN, Math.floor(widths.reduce((sum, w) => sum + w, 0)) - 2);

/** `text` broken between words into lines of at most `room` characters (a longer word on a line of its own, broken). */
function brokenLines(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length <= room) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    while (word.length > room) {
      lines.push(word.slice(0, room));
      word = word.slice(room);
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The rows above the table header whose text stays within the unit's columns at these (printed) widths: a
 * line written in scoring's columns there cuts nothing the unit typed. Counted as bold, the widest a title prints.
 */
function freeRows(grid: SheetGrid, headerRow: number, widths: readonly number[]): number[] {
  const origin = grid.origin ?? { row: 1, col: 1 };
  const free: number[] = [];
  for (let row = 1; row < headerRow; row++) {
    const cells = (grid.values[row - origin.row] ?? []).slice(0, widths.length);
    const last = cells.findLastIndex((v) => !isBlankCell(v));
    const reach = widths.slice(Math.max(0, last)).reduce((sum, w) => sum + w, 0);
    if (last < 0 || cellText(cells[last]!).length / 0.85 <= reach) free.push(row);
  }
  return free;
}

/**
 * The unit's table (header to last row, its own columns only) as a wrapped block, to size rows by; its widths
 * as the grid has them, and how far each column may narrow for print (fitWidths): `true` for a column whose
 * text is longer than it (it can only print wrapped), the width its longest cell needs for a column whose
 * header is longer than it (so the header wraps), the width its longest cell and its header need on one line
 * for the others (their cells may not wrap), 2 for the blank column before scoring's own.
 */
function unitTable(
  grid: SheetGrid,
  headerRow: number,
  lastRow: number,
  lastCol: number,
): { block: Block; widths: NonNullable<SheetEdit['columnWidths']>; wraps: (boolean | number)[] } | undefined {
  if (!grid.columnWidths) return undefined;
  const origin = grid.origin ?? { row: 1, col: 1 };
  const rows = grid.values.slice(headerRow - origin.row, lastRow - origin.row + 1).map((r) => r.slice(0, lastCol - origin.col + 1));
  // Every column up to the blank one before scoring's own, those the grid does not reach at the default width.
  const widths = Array.from({ length: lastCol - origin.col + 1 }, (_, i) => grid.columnWidths![i] ?? DEFAULT_COLUMN_WIDTH);
  /** Characters of width a cell needs on one line, with room to spare (a cell that does not wrap is cut by its neighbour). */
  const needs = (v: CellValue | undefined) => (v === null || v === undefined ? 0 : cellText(v).length + 1);
  // Sized as printed: a header is bold.
  const wraps = widths.map((width, i): boolean | number => {
    const data = rows.slice(1).map((r) => r[i]);
      // The header row left out: a long header over a narrow column of figures does not make them text.
      if (data.some((v) => typeof v === 'string' && v.length > width * 1.2)) return true;
      if (i === widths.length - 1 && grid.values.every((r) => isBlankCell(r[i]))) return 2;
      const header = cellText(rows[0]?.[i] ?? null);
      const longest = Math.max(3, ...data.map(needs));
      // A header word is bold, in whatever face the unit chose: room to spare, it must not break.
      if (needs(header) > width) return Math.max(5, longest, ...header.split(/\s+/).map((w) => Math.ceil(w.length / 0.6)));
      // Any other column down to its longest cell and its header on one line in bold, whatever the unit's face.
      const floor = Math.max(longest, Math.ceil(header.length / 0.7) + 1);
      return floor < width ? floor : false;
    });
  // A text outside the table («Tên đơn vị:» over A and B) runs on over the empty cells to its right up to the
  // next filled one: the columns it runs over keep their width unless what they narrow to still holds it (a
  // title with nothing after it runs on as far as it needs).
  const floorOf = (w: boolean | number, i: number) => (w === true ? Math.min(NARROWEST_TEXT_COLUMN, widths[i]!) : w === false ? widths[i]! : w);
  grid.values.forEach((row, r) => {
    if (r + origin.row >= headerRow && r + origin.row <= lastRow) return;
    row.slice(0, widths.length).forEach((v, c) => {
      if (typeof v !== 'string' || v.trim() === '') return;
      let end = c + 1;
      while (end < widths.length && isBlankCell(row[end])) end++;
      if (end === widths.length) return;
      const span = wraps.slice(c, end).reduce<number>((sum, w, k) => sum + floorOf(w, c + k), 0);
      if (span < needs(v)) for (let k = c; k < end; k++) wraps[k] = false;
    });
  });
  return {
    block: { address: cellAddress(headerRow, origin.col), values: rows, format: { wrap: true }, cellFormats: [rows[0]?.map(() => ({ wrap: true, bold: true })) ?? []] },
    widths: widths.map((width, i) => ({ column: columnLetter(origin.col + i), width })),
    wraps,
  };
}

const isBlankCell = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** One note per flagged cell, all its flags in it. */
function inputNotes(flags: readonly Flag[]): { address: string; text: string }[] {
  const byCell = new Map<string, string[]>();
  for (const f of flags) if (f.cell) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), flagLine(f)]);
  return [...byCell].map(([address, lines]) => ({ address, text: lines.join('\n') }));
}

/**
 * The first column of scoring's own columns in a sheet scored before (1-based), found by its
 * headers side by side; undefined when the sheet was never scored. Lets a re-run read only what
 * the unit typed and write its columns at the same place.
 */
export function scoredColumnsStart(grid: SheetGrid): number | undefined {
  const colOffset = (grid.origin?.col ?? 1) - 1;
  // Every text cell of every sheet passes here, so most are turned away before folding: a header starts
  // with its own first letter, and one four times a header's length is not that header, decomposed accents
  // and doubled spaces included.
  const reads = (v: unknown, k: number) =>
    typeof v === 'string' && FIRST_LETTERS[k]!.has(v.trimStart().charAt(0)) && v.length <= 4 * SCORED_KEYS[k]!.length && normalizeLabel(v) === SCORED_KEYS[k];
  for (const row of grid.values) {
    for (let i = 0; i + SCORED_KEYS.length <= row.length; i++) {
      // Most cells are not text; the first header is checked before the others (every cell of every sheet passes here).
      if (reads(row[i], 0) && SCORED_KEYS.every((_, k) => reads(row[i + k], k))) return i + 1 + colOffset;
    }
  }
  return undefined;
}
const SCORED_KEYS = SCORED_HEADERS.map((label) => normalizeLabel(label));
/** The characters a cell reading as each header can start with: its first letter in either case, with or without its marks. */
const FIRST_LETTERS = SCORED_HEADERS.map((label, k) => {
  const [first, folded] = [label.charAt(0), SCORED_KEYS[k]!.charAt(0)];
  return new Set([first.toLowerCase(), first.toUpperCase(), folded, folded.toUpperCase()]);
});
