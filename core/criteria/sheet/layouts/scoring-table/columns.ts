// Pass 1 of reading an office's scoring table: the columns found. The first header (of up to three levels) naming
// a content column and a points column, with the number column known by its title or by its cells.
import { isBlankRow } from '../../../../sheet/grid.js';
import { stackedColumns, stackedHeader, type StackedHeader } from '../../../../report/header-rows.js';
import { isTotalText } from './stated.js';
import type { CellValue } from '../../../../cell.js';
import type { SheetGrid } from '../../../../sheet/cell.js';
import type { SheetReader } from '../../sheet-reader.js';
import { labelLookup, matchesLabel, normalizeLabel } from '../../../../text.js';
import { cellText, formatPoints, parseNumberText } from '../../../../values.js';
import { holdsFloors, keepUnreadWords, noteScoresInTable, noteUnreadFigures } from '../../unread-figures.js';
import { readPointsText } from '../../points-text.js';
import { unlabelledSignColumn } from '../../sign-column.js';
import { CAP_ALONE, CRITERIA_COLUMNS, OUT_OF, POINTS_SPLIT, SCORING_TABLE_COLUMNS } from '../../vocabulary.js';
import { levelColumn } from './levels.js';

export type Key = keyof typeof SCORING_TABLE_COLUMNS;
export const scoringColumn = labelLookup(SCORING_TABLE_COLUMNS);
export const ownColumn = labelLookup(CRITERIA_COLUMNS);

/**
 * `numberedTitles`: no number column, the numbers written at the start of the name cell («1.1 Điểm cộng»). `pairs`:
 * the points column holds what was scored and the maximum in one cell («Điểm đạt / Tối đa»: «16 / 20»).
 */
export type Table = {
  row: number;
  header: StackedHeader;
  columns: Partial<Record<Key, number>>;
  numberedTitles: boolean;
  pairs?: boolean;
  /** The whole the points header states each row's cell a share of («Điểm số tối đa/ 100» over «60/100»: shareOf). */
  outOf?: number;
  /** The columns taken by their cells, no header word naming them (said to the officer where the set is confirmed). */
  byCells?: { maxPoints?: number; points?: number; title?: number };
  /** A level column nests the rows instead of numbers (levels.ts): the rows' codes are made from it. */
  levels?: number;
  /**
   * A second name column right of the first («Tên tiêu chí | Nội dung tiêu chí»): a row whose name cell is empty is
   * named, and numbered, there (rows.ts).
   */
  content?: number;
  /**
   * The points header split in two (POINTS_SPLIT: «Điểm tối đa» over «Tổng | Chi tiết»): `maxPoints` its first
   * sub-column, a row's own points; this one its second, the points of the parts under the row (rows.ts).
   */
  partPoints?: number;
  /**
   * A «Điểm tối đa» column beside the points column «Điểm chuẩn», writing another number on some rows (`rows`, 0-based):
   * which of the two is the item's maximum the table does not say — no cap, said at its header (noteUnreadColumns).
   */
  maxima?: { column: number; rows: number[] };
};

/**
 * «1», «II», «IV.A», «1.2», «a)», «đ.»: a row's number as offices write it in its own cell; «DTI-01», «CC01»: an app's
 * code for its indicators, letters then a number (a commune's DTI set under «ID»).
 */
const ROW_NUMBER = /^(?:(?:[IVXLC]+|\d+|\p{L})(?:\.(?:\d+|\p{Lu}))*[.)]?|\p{Lu}{2,}[-_]?\d+)$/u;

/** Whether the cells of a column under the header are mostly row numbers (the number column, whatever its title). */
function holdsRowNumbers(grid: SheetGrid, from: number, col: number): boolean {
  const texts = grid.values.slice(from).map((row) => cellText(row?.[col]).trim()).filter((t) => t !== '');
  const numbers = texts.filter((t) => ROW_NUMBER.test(t)).length;
  return numbers >= 2 && numbers >= texts.length * 0.6;
}

/** «Điểm đạt / Tối đa», «Điểm chấm/Điểm tối đa»: a column of «scored / maximum» pairs, its labels' second part a maximum's. */
const pairOfMax = (label: string) => {
  const parts = label.split('/');
  return parts.length === 2 && parts[0]!.trim() !== '' && scoringColumn(parts[1]) === 'maxPoints';
};


/** A points header stating the whole («Điểm số tối đa/ 100»): that whole; undefined for any other label. */
const wholeOf = (label: string): number | undefined => {
  const m = OUT_OF.exec(label.trim());
  return m && scoringColumn(m[1]) === 'maxPoints' ? parseNumberText(m[2]!) : undefined;
};

/**
 * A cell written as a share of a whole («60/100», «20/100 điểm» typed with its unit): its points as written («60»,
 * «20») and the whole it writes; undefined for any other. Under a header stating a whole («…/ 100»), a whole other
 * than the header's is a scale the officer must look at, never read as the header's (rows.ts says it at the cell).
 */
export function shareOf(text: string, whole: number): { points: string; whole: number; same: boolean } | undefined {
  const m = OUT_OF.exec(text.trim().replace(/\s*(?:điểm|đ)\.?$/iu, ''));
  const written = m ? parseNumberText(m[2]!) : undefined;
  return written !== undefined && parseNumberText(m![1]!) !== undefined ? { points: m![1]!.trim(), whole: written, same: written === whole } : undefined;
}

/**
 * The first header (of up to three levels) naming a number column, a name column and a points column; or, with no
 * number column, a name column whose rows mostly begin with their numbers (a page's or an e-mail's table). When no
 * header names them in words the reader knows, the first header whose columns say what they are by their cells.
 */
export function findScoringTable(grid: SheetGrid): Table | undefined {
  return byWords(grid, 0, HEADER_ROWS) ?? byCells(grid, 0, HEADER_ROWS) ?? byWords(grid, HEADER_ROWS, UNDER_GUIDE_ROWS) ?? byCells(grid, HEADER_ROWS, UNDER_GUIDE_ROWS, 2);
}

/** Rows the header is looked for in, by its words or by its cells: a title, a form's heading and the header itself. */
const HEADER_ROWS = 60;
/**
 * Rows a header is looked for in when the first 60 hold none, by its words or by its cells (never a line of prose alone
 * in its row): a table under a long «Hướng dẫn» block, its criteria past the rows the task pane asks one by one (1,000).
 */
export const UNDER_GUIDE_ROWS = 2_000;

function byWords(grid: SheetGrid, from: number, to: number): Table | undefined {
  for (let r = from; r < Math.min(to, grid.values.length); r++) {
    if (isBlankRow(grid.values[r])) continue;
    const header = stackedHeader(grid.values, r);
    const columns = stackedColumns(header, scoringColumn);
    // No content column but «Chỉ tiêu» (a bank's KPI table: STT | Chỉ tiêu | Điểm tối đa): the indicators are the content.
    if (columns.title === undefined) {
      const target = header.labels.findIndex((ls) => ls.some((l) => ownColumn(l) === 'target'));
      if (target >= 0) columns.title = target;
    }
    const pairs = columns.maxPoints === undefined ? header.labels.findIndex((ls) => ls.some(pairOfMax)) : -1;
    if (pairs >= 0) columns.maxPoints = pairs;
    const stating = columns.maxPoints === undefined ? header.labels.findIndex((ls) => ls.some((l) => wholeOf(l) !== undefined)) : -1;
    if (stating >= 0) columns.maxPoints = stating;
    // Points only as bonus or deduction (a class's «ĐIỂM CỘNG», then «ĐIỂM TRỪ»): a points table all the same.
    if (columns.title === undefined || (columns.maxPoints ?? columns.bonus ?? columns.deduction) === undefined) continue;
    const outOf = stating >= 0 ? header.labels[stating]!.map(wholeOf).find((w) => w !== undefined) : undefined;
    return completed(grid, r, header, columns, pairs >= 0 ? { pairs: true } : outOf !== undefined ? { outOf } : {});
  }
  return undefined;
}

/**
 * A header's title speaking of points («Thang điểm tối đa», «Điểm quy định», «Score»), not of a score given or
 * added up («Điểm tự chấm», «Điểm đánh giá», «Tổng điểm», «Xếp loại»).
 */
const speaksOfPoints = (label: string) => {
  const n = normalizeLabel(label);
  if (!/\b(?:diem|score|points?)\b/.test(n)) return false;
  // «Tổng điểm (1000)»: the scale's maximum in brackets makes it the column of each row's points, not a sum scored.
  return !/\b(?:tu cham|danh gia|dat|tong|xep|ket qua|tham dinh|cham)\b/.test(n) || /^tong diem\s*\(\s*\d[\d.,]*\s*(?:diem)?\s*\)$/.test(n);
};

/** The cells of a column under the header, as written (empty ones left out). */
const cellsOf = (grid: SheetGrid, from: number, col: number) => grid.values.slice(from).map((row) => row?.[col]).filter((v) => cellText(v).trim() !== '');

/** How many cells of a column under the header are points (a number, «3 điểm», «- 2 điểm», «1 đ/lần»); undefined when too few are. */
function pointsCells(grid: SheetGrid, from: number, col: number): number | undefined {
  const cells = cellsOf(grid, from, col);
  const points = cells.filter((v) => typeof v === 'number' || (typeof v === 'string' && ['points', 'each', 'levels', 'range'].includes(readPointsText(v)?.kind ?? ''))).length;
  return points >= 3 && points >= cells.length * 0.6 ? points : undefined;
}

/**
 * Whether a column under the header is mostly text, at least `length` characters on average (long: a criterion's
 * words, not a unit's name or a code; any, beside a level column, whose rows are named «Tiêu chuẩn 1», «Mục a»).
 */
function holdsText(grid: SheetGrid, from: number, col: number, length: number): boolean {
  // A total row's few words («Tổng cộng») are no criterion's.
  const cells = cellsOf(grid, from, col).filter((v) => !(typeof v === 'string' && isTotalText(v)));
  const texts = cells.flatMap((v) => (typeof v === 'string' && /\p{L}/u.test(v) ? [v.trim()] : []));
  return texts.length >= 3 && texts.length >= cells.length * 0.6 && texts.reduce((s, t) => s + t.length, 0) / texts.length >= length;
}

/**
 * No header in the reader's words: the points column known by its title speaking of points and its cells holding
 * points (the most of them, the leftmost of equals), the content column by its words or else as the column of long
 * text (a city's «Thang điểm tối đa», an academy's «Điểm quy định»).
 */
function byCells(grid: SheetGrid, from: number, to: number, cellsAtLeast = 1): Table | undefined {
  for (let r = from; r < Math.min(to, grid.values.length); r++) {
    const row = grid.values[r] ?? [];
    // Under a guide, a header is never a line of prose alone in its row.
    if (isBlankRow(row) || row.some((v) => typeof v === 'number') || row.filter((v) => cellText(v).trim() !== '').length < cellsAtLeast) continue;
    const header = stackedHeader(grid.values, r);
    const body = r + header.depth;
    const named = stackedColumns(header, scoringColumn);
    let best: { col: number; count: number } | undefined;
    // The points column named, the content column not («Điểm chuẩn» beside a title the reader has no word for): the
    // points column as named, if its cells hold points; the content column found by its cells below.
    const namedPoints = named.maxPoints !== undefined && named.title === undefined ? pointsCells(grid, body, named.maxPoints) : undefined;
    if (namedPoints !== undefined) best = { col: named.maxPoints!, count: namedPoints };
    else header.labels.forEach((ls, c) => {
      if (!ls.some(speaksOfPoints) || ls.some((l) => scoringColumn(l) !== undefined)) return;
      const count = pointsCells(grid, body, c);
      if (count !== undefined && count > (best?.count ?? 0)) best = { col: c, count };
    });
    if (!best) continue;
    const maxPoints = best.col;
    const level = levelColumn(grid, header, body);
    const title = named.title ?? header.labels.findIndex((ls, c) => c !== maxPoints && c !== level && ls.length > 0 && holdsText(grid, body, c, level === undefined ? 20 : 0));
    if (title < 0) continue;
    const columns = { ...named, title, maxPoints };
    return { ...completed(grid, r, header, columns, {}), byCells: { ...(namedPoints === undefined && { maxPoints, points: best.count }), ...(named.title === undefined && { title }) } };
  }
  return undefined;
}

/** What the officer is told of columns taken by their cells: which, by their header cell, and why. */
export function noteColumnsByCells(sheet: SheetReader, table: Table): void {
  const taken = table.byCells;
  if (!taken) return;
  const named = (c: number) => {
    const cell = sheet.at(table.row, c);
    return `cột ${cell.replace(/\d+$/, '')} («${table.header.labels[c]![0]}», ô ${cell})`;
  };
  if (taken.maxPoints === undefined) {
    if (taken.title === undefined) return;
    sheet.note(sheet.at(table.row, taken.title), `Dòng tiêu đề không có cột «Nội dung» / «Tên tiêu chí»: lấy ${named(taken.title)} làm cột nội dung vì các ô của nó ghi lời tiêu chí. Kiểm tra lại trước khi xác nhận.`);
    return;
  }
  const content = taken.title === undefined ? '' : `, và ${named(taken.title)} làm cột nội dung vì các ô của nó ghi lời tiêu chí`;
  sheet.note(
    sheet.at(table.row, taken.maxPoints),
    `Dòng tiêu đề không có cột «Điểm chuẩn» / «Điểm tối đa»: lấy ${named(taken.maxPoints)} làm cột điểm tối đa vì ${taken.points} ô dưới nó ghi điểm${content}. Kiểm tra lại trước khi xác nhận.`,
  );
}

/**
 * A points header merged over two sub-columns, one naming the criterion's points and the other its parts' (POINTS_SPLIT),
 * in either order, and no third under it: the two columns. Their sub-labels are words of other columns too («Tiêu chí»
 * names the content), so they are read only so, under a points header.
 */
function splitPoints(header: StackedHeader): { whole: number; parts: number } | undefined {
  const { labels } = header;
  // A sub-column's labels: the levels joined, its own, then the labels over it (stackedHeader).
  const over = (c: number) => (labels[c] ?? []).slice(2).join('|');
  for (let c = 0; c + 1 < labels.length; c++) {
    const [first, second] = [labels[c]!, labels[c + 1]!];
    if (first.length < 3 || over(c) === '' || over(c) !== over(c + 1) || over(c + 2) === over(c)) continue;
    if (!first.slice(2).some((l) => scoringColumn(l) === 'maxPoints')) continue;
    if (matchesLabel(first[1], POINTS_SPLIT.whole) && matchesLabel(second[1], POINTS_SPLIT.parts)) return { whole: c, parts: c + 1 };
    // The parts' column first («Chi tiết | Tổng»): the same two columns, the same tree.
    if (matchesLabel(first[1], POINTS_SPLIT.parts) && matchesLabel(second[1], POINTS_SPLIT.whole)) return { whole: c + 1, parts: c };
  }
  return undefined;
}

/**
 * The column a row's points are read from under a points header split in two: its first sub-column (`whole`), else,
 * that cell empty, its second (`parts`) — the rows.ts and stated-figures.ts reading alike.
 */
export const splitColumn = (values: readonly CellValue[], whole: number, parts: number | undefined): number =>
  parts !== undefined && cellText(values[whole]).trim() === '' && cellText(values[parts]).trim() !== '' ? parts : whole;

/** A header found: its number column (by its title or its cells) and a cap column of its own. */
function completed(grid: SheetGrid, r: number, header: StackedHeader, columns: Table['columns'], paired: { pairs?: true; outOf?: number }): Table {
  const body = r + header.depth;
  let maxima: Table['maxima'];
  // A points header split in two: its first sub-column the points, whatever key its sub-label named (a «Tiêu chí»
  // read as the content, a «Điểm tối đa» carried over as a cap); its second the parts' points, no key's.
  const found = splitPoints(header);
  const split = found && found.whole !== columns.title && found.parts !== columns.title ? found : undefined;
  if (split) {
    for (const k of Object.keys(columns) as Key[]) if (columns[k] === split.whole || columns[k] === split.parts) delete columns[k];
    columns.maxPoints = split.whole;
  }
  // No numbers but a level column: it is where each row's place in the tree is written (its code made from it).
  const levels = columns.ordinal === undefined ? levelColumn(grid, header, body) : undefined;
  if (levels !== undefined) columns.ordinal = levels;
  // The number column under a title of its own («#», «Tiêu chí» over 1, 2, 3 beside «Nội dung»): known by its cells.
  if (columns.ordinal === undefined && holdsRowNumbers(grid, body, columns.title!)) {
    const content = header.labels.findIndex((ls, c) => c > columns.title! && ls.some((l) => scoringColumn(l) === 'title'));
    if (content >= 0) [columns.ordinal, columns.title] = [columns.title, content];
  } else if (columns.ordinal === undefined && columns.title! > 0 && holdsRowNumbers(grid, body, columns.title! - 1)) {
    columns.ordinal = columns.title! - 1;
  }
  // A lowest column is read only as floors below zero; thresholds to reach stay figures said as not read.
  if (columns.lowest !== undefined && !holdsFloors(grid.values, columns.lowest, body, grid.values.length)) delete columns.lowest;
  if (columns.cap === undefined) {
    // By the column's own label, never one carried over it from a merged cell: under «Điểm tối đa» over «Tổng | …»
    // the second sub-column is no cap, and its figures, read by no column, are said (../../unread-figures.ts).
    const alone = header.labels.findIndex((ls, c) => c !== columns.maxPoints && c > columns.title! && ls.slice(0, ls.length > 1 ? 2 : 1).some((l) => matchesLabel(l, CAP_ALONE)));
    const apart = alone >= 0 ? maximaApart(grid, body, header, columns.maxPoints, alone) : [];
    if (apart.length > 0) maxima = { column: alone, rows: apart };
    else if (alone >= 0) columns.cap = alone;
  }
  // A «Loại» column retyped without its header, known by its marks (../../sign-column.ts).
  if (columns.sign === undefined) {
    const sign = unlabelledSignColumn(grid.values, header.labels, new Set(Object.values(columns)), body, grid.values.length);
    if (sign !== undefined) columns.sign = sign;
  }
  const content = header.labels.findIndex((ls, c) => c > columns.title! && c !== columns.ordinal && c !== split?.parts && !Object.values(columns).includes(c) && ls.some((l) => scoringColumn(l) === 'title'));
  const parts = { ...(split && { partPoints: split.parts }), ...(maxima && { maxima }) };
  if (columns.ordinal !== undefined) return { row: r, header, columns, numberedTitles: false, ...paired, ...(levels !== undefined && { levels }), ...(content >= 0 && { content }), ...parts };
  // No number column: the numbers are read from the content cells where they open them; a table with a content
  // and a points column is read all the same (its rows without a number coded by their place).
  return { row: r, header, columns: { ...columns, ordinal: columns.title }, numberedTitles: true, ...paired, ...(content >= 0 && { content }), ...parts };
}

/** A number typed, or written alone in a cell («25», «2,5»); undefined for words («2 điểm/lần»). */
const plainNumber = (v: CellValue | undefined): number | undefined => (typeof v === 'number' ? v : parseNumberText(cellText(v)));

/**
 * The rows where «Điểm chuẩn» and a «Điểm tối đa» beside it write two different numbers: both name an item's
 * maximum, so the second is no cap of so many points each time. None under other titles («Tối đa/học kỳ»: a cap of
 * the term, over points per occurrence).
 */
function maximaApart(grid: SheetGrid, body: number, header: StackedHeader, points: number | undefined, cap: number): number[] {
  const named = (c: number, label: string) => header.labels[c]!.some((l) => normalizeLabel(l) === label);
  if (points === undefined || !named(points, 'diem chuan') || !named(cap, 'diem toi da')) return [];
  return grid.values.flatMap((row, r) => {
    const [a, b] = [plainNumber(row?.[points]), plainNumber(row?.[cap])];
    return r >= body && a !== undefined && b !== undefined && Math.abs(a - b) > 1e-9 ? [r] : [];
  });
}

/** What is said at a «Điểm tối đa» column writing other numbers than «Điểm chuẩn» (maximaApart): each row, both cells. */
function maximaApartWords(sheet: SheetReader, table: Table, maxima: NonNullable<Table['maxima']>): string {
  const points = table.columns.maxPoints!;
  const [pointsName, maximaName] = [table.header.labels[points]!.at(-1), table.header.labels[maxima.column]!.at(-1)];
  const typed = (r: number, c: number) => `ô ${sheet.at(r, c)} ghi ${formatPoints(plainNumber(sheet.grid.values[r]![c])!)}`;
  const rows = maxima.rows.map((r) => `dòng ${sheet.at(r, points).replace(/^\D+/, '')} (${typed(r, points)}, ${typed(r, maxima.column)})`);
  return `Cột «${pointsName}» và cột «${maximaName}» ghi hai số khác nhau ở ${rows.join(', ')}: bảng không nói số nào là điểm tối đa của mục. thidua chấm theo cột «${pointsName}»; các số của cột này không vào bộ tiêu chí. Nếu mục được tới số ở cột này, sửa «Điểm tối đa» của mục trên trang «Tiêu chí» của tệp .xlsx xuất ra.`;
}

/** What is said of the columns of figures and of words the office's table holds and no key takes (../../unread-figures.ts). */
export function noteUnreadColumns(sheet: SheetReader, table: Table, end: number, fileName?: string): void {
  const from = table.row + table.header.depth;
  const taken = new Set([...Object.values(table.columns), ...(table.partPoints === undefined ? [] : [table.partPoints])]);
  const why = table.maxima && new Map([[table.maxima.column, maximaApartWords(sheet, table, table.maxima)]]);
  noteUnreadFigures(sheet, table.row, table.header.labels, taken, from, end, why);
  // The evidence column is no key of the table (what a unit attaches, tree.ts): found by its words.
  const evidence = table.header.labels.findIndex((ls) => ls.some((l) => ownColumn(l) === 'evidence'));
  const scored = noteScoresInTable(sheet, table.row, table.header.labels, { selfScore: table.columns.selfScore, verifiedScore: table.columns.verifiedScore, ...(evidence >= 0 && { evidence }) }, from, end, fileName);
  // A second name column names the rows whose first is empty (rows.ts): read, as the keys are; a unit's copy's
  // documents are the unit's, said with its scores.
  const own = [...(table.content === undefined ? [] : [table.content]), ...(scored && evidence >= 0 ? [evidence] : [])];
  keepUnreadWords(sheet, table.row, table.header.labels, new Set([...taken, ...own]), from, end);
}

// Made for issue 55 item 4: the scoring table's reading split into passes a newcomer can test alone; this one finds
// where the table is and which column holds what (headers of one to three levels, «Điểm đạt / Tối đa» pairs, a number
// column under any title, a bank's «Chỉ tiêu» as the content); and for issue 55 item 2, the columns found by their
// cells when no header word names them (a city's Mẫu 03 «Thang điểm tối đa», an academy's «Điểm quy định»), the
// content column so also beside a points column named (a PAR INDEX self-assessment's «Lĩnh vực/Tiêu chí/Tiêu chí thành
// phần» over «Điểm chuẩn»). And for a commune's hamlet table whose «Điểm tối đa» is merged over «Tiêu chí | Chi tiết»
// (or «Tổng | Chi tiết», «Điểm tiêu chí | Điểm thành phần»): its items' parts in the second sub-column, until
// 2026-11-30 dropped — that column read as a cap, silently, or its first as a second name column.
// And for a commune's table writing «Điểm chuẩn» and «Điểm tối đa» apart on some items («20 | 25»), until 2026-11-30
// read as a cap of occurrences («20 điểm mỗi lần, tối đa 25») under «Các số bảng ghi đều khớp ✔».
// And for the same two sub-columns the other way round («Chi tiết | Tổng»): until 2026-11-30 the parts' column read as
// the points, the items' own said as «ghi 6 số mà thidua không đọc», items 2, 4, 5 unscored (35 of the 100 written).
// And for a faculty union's scholarship points «Điểm số tối đa/ 100» over «60/100» (corpus `hoc-bong-nhan-hoc-khxhnv`):
// until 2026-12-01 no header found, the file refused; a reader knowing the words alone kept each «60/100» at 100.
// And for a share typed with its unit, «20/100 điểm» (test/criteria/officer-edits.test.ts): until 2026-12-01 not read,
// kept at 100; one of another whole («20/50 điểm») kept at 50, the scale unsaid.
