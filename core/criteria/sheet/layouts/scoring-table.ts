// Bảng điểm của cơ quan: the scoring table a plan's appendix gives (a Word table, or pasted into Excel) —
// STT | TIÊU CHUẨN THI ĐUA | ĐIỂM over Chuẩn | Thưởng | Trừ, standards → sections → items → sub-items numbered
// any way (I / 1 / a / a1 / a1.1; 1 / 1.1 / 1.1.1), a «Tổng cộng» row at the top or the bottom, points typed as
// text («3.5», «0,5», «100 điểm»). A parent is worth the sum of its children unless they are levels of one item
// (choose one: tiers); a row with points only under Trừ is a deduction, only under Thưởng a bonus; a row of text
// only is the note of the item above it. Each item is scored by hand (the unit's self-score, then the council's).
import { isBlank, isBlankRow, sheetCell } from '../../../sheet/grid.js';
import { stackedColumns, stackedHeader, type StackedHeader } from '../../../report/header-rows.js';
import type { CellValue } from '../../../cell.js';
import type { ReportCell, SheetGrid } from '../../../sheet/cell.js';
import { labelLookup, matchesLabel, normalizeLabel } from '../../../text.js';
import { cellText, formatNumberVi, parseCell, parseNumberText } from '../../../values.js';
import type { CriteriaGroup, Criterion } from '../../schema.js';
import { finishSet } from '../finish.js';
import { kindNamer } from '../infer.js';
import { cappedSum, noteVerifier, readAwards, readBands, readMetadata } from '../common-parts.js';
import { groupMismatch } from '../infer.js';
import { largestNumberIn, readPointsText, type PointsText } from '../points-text.js';
import { codesByPlace, sectionMarker, type CodeChange } from '../tree-codes.js';
import { hasCriteriaTable, SheetReader, type CriteriaLayout, type ReadCriteriaSheetOptions, type ReadCriteriaSheetResult } from '../sheet-reader.js';
import { CAP_ALONE, OWN_CRITERIA_COLUMNS, SCORING_TABLE_COLUMNS, CRITERIA_COLUMNS, SECTION_TITLES, SECTION_TOTAL, WRITTEN_TOTAL } from '../vocabulary.js';

type Key = keyof typeof SCORING_TABLE_COLUMNS;
export const scoringColumn = labelLookup(SCORING_TABLE_COLUMNS);
const ownColumn = labelLookup(CRITERIA_COLUMNS);
const sectionTitle = labelLookup(SECTION_TITLES);

/**
 * `numberedTitles`: no number column, the numbers written at the start of the name cell («1.1 Điểm cộng»). `pairs`:
 * the points column holds what was scored and the maximum in one cell («Điểm đạt / Tối đa»: «16 / 20»).
 */
type Table = { row: number; header: StackedHeader; columns: Partial<Record<Key, number>>; numberedTitles: boolean; pairs?: boolean };

/** «1», «II», «IV.A», «1.2», «a)», «đ.»: a row's number as offices write it in its own cell. */
const ROW_NUMBER = /^(?:[IVXLC]+|\d+|\p{L})(?:\.(?:\d+|\p{Lu}))*[.)]?$/u;

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

/**
 * «1.», «3:», «1.1», «2.2.7» at the start of a name cell: the row's number written in its name. A lone number needs its
 * dot or colon: «01 chuyên đề» is a count, not a row's number.
 */
export const NUMBER_IN_TITLE = /^(\d+(?:\.\d+)+|\d+(?=[.:]))[.:]?(?:\s+|$)(.*)$/s;

/**
 * The first header (of up to three levels) naming a number column, a name column and a points column; or, with no
 * number column, a name column whose rows mostly begin with their numbers (a page's or an e-mail's table).
 */
export function findScoringTable(grid: SheetGrid, maxRows = 60): Table | undefined {
  for (let r = 0; r < Math.min(maxRows, grid.values.length); r++) {
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
    // Points only as bonus or deduction (a class's «ĐIỂM CỘNG», then «ĐIỂM TRỪ»): a points table all the same.
    if (columns.title === undefined || (columns.maxPoints ?? columns.bonus ?? columns.deduction) === undefined) continue;
    const body = r + header.depth;
    // The number column under a title of its own («#», «Tiêu chí» over 1, 2, 3 beside «Nội dung»): known by its cells.
    if (columns.ordinal === undefined && holdsRowNumbers(grid, body, columns.title)) {
      const content = header.labels.findIndex((ls, c) => c > columns.title! && ls.some((l) => scoringColumn(l) === 'title'));
      if (content >= 0) [columns.ordinal, columns.title] = [columns.title, content];
    } else if (columns.ordinal === undefined && columns.title > 0 && holdsRowNumbers(grid, body, columns.title - 1)) {
      columns.ordinal = columns.title - 1;
    }
    if (columns.cap === undefined) {
      const alone = header.labels.findIndex((ls, c) => c !== columns.maxPoints && c > columns.title! && ls.some((l) => matchesLabel(l, CAP_ALONE)));
      if (alone >= 0) columns.cap = alone;
    }
    const paired = pairs >= 0 ? { pairs: true } : {};
    if (columns.ordinal !== undefined) return { row: r, header, columns, numberedTitles: false, ...paired };
    // No number column: the numbers are read from the content cells where they open them; a table with a content
    // and a points column is read all the same (its rows without a number coded by their place).
    return { row: r, header, columns: { ...columns, ordinal: columns.title }, numberedTitles: true, ...paired };
  }
  return undefined;
}

export const isTotalText = (text: string) => /^(tong cong|tong diem|tong so diem)\b|^(?:cong|tong)$/.test(normalizeLabel(text));

/**
 * An office's table rather than our own sheet: none of our own columns (Cách tính, Chỉ tiêu…) or sections, and
 * something only offices do — a header of two or more levels, a Thưởng or Trừ column, a name column under an
 * office's name, or a total row right under the header.
 */
function detect(grid: SheetGrid): boolean {
  const table = findScoringTable(grid);
  if (!table) return false;
  const own = new Set(table.header.labels.flatMap((ls) => ls.map((l) => ownColumn(l))));
  const titleLabel = table.header.labels[table.columns.title!]!;
  // Our own sheet always names its content column «Nội dung»: content under «Chỉ tiêu» is an office's table.
  const targetAsContent = titleLabel.some((l) => ownColumn(l) === 'target');
  // Our own sheet is left to its layout — when that layout can read it: a table no other layout reads is an office's
  // (a pioneers' union's «Mã | Nội dung | Điểm | Đơn vị tính»: a unit column, points under «Điểm»).
  const ours = (!targetAsContent && OWN_CRITERIA_COLUMNS.some((k) => own.has(k))) || grid.values.some((row) => row.length > 0 && typeof row.find((v) => !isBlank(v)) === 'string' && sectionTitle(row.find((v) => !isBlank(v))) !== undefined && row.filter((v) => !isBlank(v)).length === 1);
  if (ours && hasCriteriaTable(grid)) return false;
  const { columns, header, row } = table;
  const firstRow = grid.values.slice(row + header.depth).find((v) => !isBlankRow(v)) ?? [];
  return (
    table.numberedTitles ||
    header.depth > 1 ||
    columns.bonus !== undefined ||
    columns.deduction !== undefined ||
    columns.cap !== undefined ||
    // Headers only an office's table is read by («Điểm», «Tiêu chuẩn thi đua»): no other layout would take it.
    !hasCriteriaTable(grid) ||
    nestedOrInContent(grid, table) ||
    !titleLabel.some((l) => ownColumn(l) === 'title') ||
    firstRow.slice(0, 3).some((v) => typeof v === 'string' && isTotalText(v))
  );
}

/**
 * What a plain criteria table cannot hold: a section opened in the content cell (its number cell empty, a section
 * word or numeral with points or a written total: «I. BÁO CÁO NHANH (Tổng 120 điểm) | 120»), or parts over sections
 * (a lettered part «A» then a numeral «I», or «Phần …»).
 */
function nestedOrInContent(grid: SheetGrid, table: Table): boolean {
  const { ordinal, title, maxPoints } = table.columns;
  let letter: string | undefined;
  for (const row of grid.values.slice(table.row + table.header.depth)) {
    const number = cellText(row[ordinal!]).trim().replace(/[.)]$/, '');
    const text = cellText(row[title!]).trim();
    // «C» right after «B» is the next part's letter, not the numeral 100 (A / B / C of a power company's table).
    const following = letter && number === String.fromCharCode(letter.charCodeAt(0) + 1);
    if (/^[A-ZĐ]$/.test(number) && (!/^[IVXLC]$/.test(number) || following)) letter = number;
    else if (letter && /^[IVXLC]+$/.test(number)) return true;
    if (number !== '' && !sectionMarker(number)?.word) continue;
    const marker = sectionMarker(number === '' ? text : `${number} ${text}`);
    if (marker?.word) return true;
    if (marker && /^[IVXLC]+(?:\.\d+)*$/.test(marker.raw) && (!isBlank(row[maxPoints!]) || WRITTEN_TOTAL.test(text))) return true;
  }
  return false;
}

/**
 * A points cell: a number («3.5», «0,5», «100 điểm», «-0,5 đ», «5 điểm (tối đa)»), or words read as points
 * (common-parts: per occurrence, levels, a note); undefined when empty, `unreadable` when none of these.
 */
function pointsOf(cell: ReportCell | undefined): { value?: number; words?: Exclude<PointsText, { kind: 'points' }>; unreadable?: true } | undefined {
  if (!cell || cell.value.kind === 'empty') return undefined;
  if (cell.value.kind === 'number') return { value: cell.value.value };
  const read = readPointsText(cellText(cell.raw));
  if (!read) return { unreadable: true };
  return read.kind === 'points' ? { value: read.points } : { words: read };
}

/** How a row is numbered: the scheme and depth of «I», «1.2», «a», «a1.1» (levels of the tree). */
function schemeOf(raw: string, lastRoman: number | undefined): string {
  const t = raw.replace(/[.)]+$/, '');
  const digits = /^\d+((?:\.\d+)*)$/.exec(t);
  if (digits) return `1${digits[1]!.split('.').length}`;
  const lettered = /^\p{L}\d+((?:\.\d+)*)$/u.exec(t);
  const romanDotted = /^[IVXLC]+((?:\.\d+)+)$/.exec(t);
  if (romanDotted) return `I${romanDotted[1]!.split('.').length - 1}`;
  if (/^[IVXLC]+\.[A-Z]$/.test(t)) return 'I.A';
  // A code of letters and a number («CC01», «TP02», «HT05»): items of one level, their letters naming the group.
  if (/^\p{L}{2,}\d+$/u.test(t) && !/^[IVXLC]+$/.test(t)) return 'L1';
  if (lettered) return `a1${lettered[1]!.split('.').length}`;
  // «C» after «II» is a section letter; «III» after «II», a standard.
  if (/^[IVXLC]+$/.test(t) && (t.length > 1 || romanValue(t) === (lastRoman ?? 0) + 1)) return 'I';
  // A part's capital letter and an item's small one are two levels («B» over «I» over «1» over «đ»).
  if (/^\p{Lu}$/u.test(t)) return 'A';
  if (/^\p{Ll}$/u.test(t)) return 'a';
  return `?${t}`;
}

function romanValue(t: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const a = v[t[i]!]!;
    n += a < (v[t[i + 1]!] ?? 0) ? -a : a;
  }
  return n;
}

/** A section's row: a part, a roman section, or one opened by a section word. */
const isSection = (n: Node) => /^(?:w:[^+]*|I\d*|A)$/.test(n.scheme);

/**
 * «II.1» or «IV.A» under no «II» / «IV» (a school's «I. …» then «II.1. …», «II.2. …»; a form's alternatives «IV.A» …
 * «IV.E»): a section of its own beside the roman sections, not a sub-section of the one open.
 */
function sectionOfItsOwn(scheme: string, raw: string, stack: Node[]): string {
  const roman = /^([IVXLC]+)\.(?:\d+|[A-Z])/.exec(raw);
  if (!roman || !/^I\d|^I\.A$/.test(scheme)) return scheme;
  return stack.some((n) => n.scheme === 'I' && n.code === roman[1]) ? scheme : 'I';
}

/** Points in words that make a rule of their own (a range is read as its maximum, scored by hand). */
type Words = Exclude<PointsText, { kind: 'points' | 'note' | 'range' }>;

type Node = {
  code: string;
  scheme: string;
  title: string;
  codeCell: ReportCell;
  max?: number;
  maxCell?: ReportCell;
  kind: 'item' | 'bonus' | 'deduction';
  /** Points in words: per occurrence («2 điểm/lần»), levels in one cell («2 điểm» over «4 điểm»). */
  words?: Words;
  wordsCell?: ReportCell;
  /** Its points could not be read (said at their cell): nothing more is said of it. */
  unreadable: boolean;
  /** Words instead of points in its own points cell («Theo kết quả», «Xếp loại chưa đạt»): scored by hand, its maximum to be written. */
  worded?: boolean;
  points?: number;
  children: Node[];
  notes: string[];
};

/** Words that make sub-items levels of one item rather than parts of it. */
const LEVEL_WORDS = /^(dat muc|dat|hoan thanh|khong hoan thanh|chua hoan thanh|muc)\b/;

function read(grid: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaSheetResult {
  const table = findScoringTable(grid)!;
  const sheet = new SheetReader(grid, table.row);
  const headerCell = sheet.at(table.row, table.columns.ordinal!);
  const meta = readMetadata(sheet, options.fileName, options.caption);
  // What is said of a row names its code, known once the whole tree is: said after the codes are settled.
  const pending: (() => void)[] = [];
  const later = (say: () => void) => pending.push(say);
  const { nodes, totals, sections } = readRows(sheet, table, later);
  for (const top of nodes) foldDescriptions(sheet, top, undefined, later);
  noteCodes(sheet, codesByPlace(nodes));
  for (const say of pending) say();
  const criteria: Criterion[] = [];
  const groups: CriteriaGroup[] = [];
  const caps = new Map<string, number>();
  const ctx: Settling = { sheet, out: criteria };
  const defaultGroup = { id: 'TC', title: 'Tiêu chí' };
  for (const top of nodes) {
    const heading = top.children.length > 0 && !isLevels(top);
    const group = heading ? { id: top.code, title: top.title || top.code } : defaultGroup;
    // A part's maximum: on its own row, else on its «TỔNG ĐIỂM PHẦN n» row.
    const part = heading ? sections.get(top.code) : undefined;
    const stated = heading ? (top.max ?? part?.value) : undefined;
    const before = criteria.length;
    if (heading) for (const child of top.children) settle(ctx, child, group.id, stated);
    else settle(ctx, top, group.id, undefined);
    const mine = criteria.slice(before);
    const sum = (bonus: boolean) => mine.filter((c) => (c.rule.kind === 'bonus') === bonus && c.rule.kind !== 'deduction').reduce((s, c) => s + c.maxPoints, 0);
    // Its items short of its maximum are said here; past it, the part is capped (said below, once).
    if (heading && !(stated !== undefined && sum(false) > stated + 1e-9)) checkSum(sheet, top, undefined);
    const existing = groups.find((g) => g.id === group.id);
    if (existing) existing.maxPoints = (existing.maxPoints ?? 0) + sum(false);
    else if (mine.length > 0 || heading) groups.push({ ...group, maxPoints: stated ?? (sum(false) || sum(true)) });
    // More than the part's maximum: the part is capped, as the table says (said at the cell stating it).
    if (stated !== undefined && sum(false) > stated + 1e-9) {
      caps.set(group.id, stated);
      sheet.note((top.maxCell ?? part!.cell).address, groupMismatch({ ...group, maxPoints: stated }, sum(false)));
    }
  }
  if (groups.some((g) => g !== defaultGroup && g.id !== defaultGroup.id)) {
    sheet.note(headerCell, `Nhóm tiêu chí lấy từ các dòng tiêu chuẩn: ${groups.map((g) => `${g.id}. ${g.title} (${formatNumberVi(g.maxPoints ?? 0)} điểm)`).join('; ')}.`);
  }
  const base = cappedSum(criteria, caps);
  for (const total of totals) {
    if (Math.abs(total.value - base) > 1e-9) {
      sheet.note(total.cell.address, `Dòng tổng ghi ${formatNumberVi(total.value)} điểm, nhưng cộng điểm chuẩn các tiêu chí (trừ điểm thưởng, điểm trừ) được ${formatNumberVi(base)}: kiểm tra lại bảng; chấm theo điểm của từng tiêu chí.`);
    }
  }
  const verifier = table.columns.verifiedScore;
  if (verifier !== undefined) {
    const labels = table.header.labels[verifier]!;
    const lowest = table.row + table.header.depth - 1;
    noteVerifier(sheet, sheet.at(isBlank(grid.values[lowest]?.[verifier]) ? table.row : lowest, verifier), labels[1] ?? labels[0]!);
  }
  const kinds = kindNamer(sheet, undefined).kinds(headerCell);
  const bands = readBands(sheet);
  const forms = readAwards(sheet, bands, criteria, kinds);
  sheet.note(headerCell, 'Bảng điểm không có cột «Cách tính»: mọi tiêu chí chấm thủ công (đơn vị tự chấm, Hội đồng thẩm định); các mức của một tiêu chí chọn một, không cộng.');
  return finishSet(sheet, { ...meta, subjectKinds: kinds, groups, criteria, classification: bands, awards: { forms } });
}

/** The table's rows as a tree by their numbering; the total rows apart. */
type Total = { value: number; cell: ReportCell };

const POINTS_KEYS = ['maxPoints', 'bonus', 'deduction', 'cap'] as const;

/**
 * A header row written again within the table (a new page; «TIÊU CHÍ | NỘI DUNG | ĐIỂM TRỪ» over the deductions after
 * the bonuses): the points columns as it names them, or undefined when the row is not one.
 */
function headerAgain(values: readonly CellValue[], cols: Table['columns']): Table['columns'] | undefined {
  if (scoringColumn(values[cols.title!]) !== 'title') return undefined;
  const named = values.flatMap((v, i) => {
    const k = scoringColumn(v);
    return POINTS_KEYS.some((p) => p === k) ? [[k as (typeof POINTS_KEYS)[number], i] as const] : [];
  });
  if (named.length === 0) return undefined;
  const next = { ...cols };
  for (const [k, i] of named) {
    for (const p of POINTS_KEYS) if (next[p] === i) delete next[p];
    next[k] = i;
  }
  return next;
}

/**
 * A «scored / maximum» cell as its maximum («16 / 20» → 20), the score said where it passes the maximum (kept as
 * written: the form records an appraisal, the criteria take the maxima only).
 */
function maximumOfPair(sheet: SheetReader, cell: ReportCell, later: (say: () => void) => void): ReportCell {
  const pair = /^\s*([^/]*?)\s*\/\s*(.+?)\s*$/.exec(cellText(cell.raw));
  if (!pair) return cell;
  const [scored, max] = [parseNumberText(pair[1]!), parseNumberText(pair[2]!)];
  if (scored !== undefined && max !== undefined && scored > max) {
    later(() => sheet.note(cell.address, `Ô ghi «${cellText(cell.raw).trim()}»: điểm đạt ${formatNumberVi(scored)} vượt điểm tối đa ${formatNumberVi(max)}; bộ tiêu chí lấy điểm tối đa ${formatNumberVi(max)}.`));
  }
  return { ...cell, raw: pair[2]!, value: parseCell(pair[2]!) };
}

function readRows(sheet: SheetReader, table: Table, later: (say: () => void) => void): { nodes: Node[]; totals: Total[]; sections: Map<string, Total> } {
  const { grid } = sheet;
  const c = table.columns;
  // A pair's maximum is taken once per cell (what it says, said once).
  const pairs = new Map<number, ReportCell>();
  // The points columns as the header last written above a row names them.
  let cols = c;
  const colsAt = new Map<number, typeof c>();
  const pointsCell = (r: number, k: Key): ReportCell | undefined => {
    const at = colsAt.get(r) ?? c;
    if (at[k] === undefined) return undefined;
    const cell = sheetCell(grid, r, at[k]!);
    if (!table.pairs || k !== 'maxPoints') return cell;
    if (!pairs.has(r)) pairs.set(r, maximumOfPair(sheet, cell, later));
    return pairs.get(r);
  };
  const start = table.row + table.header.depth;
  const roots: Node[] = [];
  const stack: Node[] = [];
  const totals: Total[] = [];
  // «TỔNG ĐIỂM PHẦN 1 … 20 điểm» after a part: that part's maximum, by its number.
  const sections = new Map<string, Total>();
  let lastRoman: number | undefined;
  // The row whose description (rows of text only) was read last.
  let described: Node | undefined;
  // `section`: the row's marker opened its text («I. BÁO CÁO NHANH (Tổng 120 điểm)»), its number cell empty.
  const rows: { r: number; raw: string; title: string; word?: string; section?: boolean }[] = [];
  for (let r = start; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    if (isBlankRow(values)) continue;
    const texts = values.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
    // The column numbering under the header: (1) (2) (3)… or 1 2 3…
    if (rows.length === 0 && texts.length >= 3 && texts.every((t, i) => t === `(${i + 1})` || t === String(i + 1))) continue;
    const again = headerAgain(values, cols);
    if (again) {
      cols = again;
      const named = POINTS_KEYS.flatMap((k) => (again[k] === undefined ? [] : [`«${cellText(values[again[k]!]).trim()}»`])).join(', ');
      later(() => sheet.note(sheet.at(r, c.title!), `Dòng ${r + (grid.origin?.row ?? 1)} ghi lại dòng tiêu đề: các dòng dưới nó đọc điểm theo cột ${named}.`));
      continue;
    }
    // The classification under the criteria («XẾP LOẠI THI ĐUA CÁ NHÂN | TỔNG ĐIỂM CÁ NHÂN», no points): the criteria end above it.
    if (/^xep loai\b/.test(normalizeLabel(texts[0]!)) && !values.some((v) => typeof v === 'number')) break;
    colsAt.set(r, cols);
    let raw = table.numberedTitles ? '' : cellText(values[c.ordinal!]).trim();
    let title = cellText(values[c.title!]).trim();
    if (texts.slice(0, 3).some(isTotalText)) {
      const cell = pointsCell(r, 'maxPoints');
      const value = pointsOf(cell)?.value;
      const stated = value !== undefined ? { value, cell: cell! } : statedInText(sheet, r, texts);
      const part = /^tong (?:diem|cong) (?:phan|muc) (\d+)$/.exec(normalizeLabel(texts[0]!));
      if (stated && part) sections.set(part[1]!, stated);
      else if (stated) totals.push(stated);
      continue;
    }
    if (table.numberedTitles) {
      // «Phần I. … (0 - 20 điểm)», «TIÊU CHÍ 1: …», «II. …» open a section; «1.», «1.1» an item.
      const opening = sectionMarker(title);
      if (opening && (opening.word || /^(?:[IVXLC]+|[A-ZĐ])$/.test(opening.raw))) {
        rows.push({ r, raw: opening.raw, title: opening.title || title, section: true, ...(opening.word && { word: opening.word }) });
        continue;
      }
      const inTitle = NUMBER_IN_TITLE.exec(title);
      if (inTitle) [raw, title] = [inTitle[1]!, inTitle[2]!.trim()];
      rows.push({ r, raw, title });
      continue;
    }
    // A section's marker in the number cell («Phần A») or opening the content, the number cell left empty
    // («I. BÁO CÁO NHANH (Tổng 120 điểm)», «Tiêu chuẩn 1: …», «II.1. …»); a number there counts with points beside it.
    const marker = sectionMarker(raw === '' ? title : `${raw} ${title}`);
    const scored = [cols.maxPoints, cols.bonus, cols.deduction].some((k) => k !== undefined && !isBlank(values[k])) || WRITTEN_TOTAL.test(title);
    if (marker && (marker.word || (raw === '' && (/^(?:[IVXLC]+(?:\.\d+)*|[A-ZĐ])$/.test(marker.raw) || scored)))) {
      rows.push({ r, raw: marker.raw, title: marker.title || title, section: raw === '' || !!marker.word, ...(marker.word && { word: marker.word }) });
    } else rows.push({ r, raw, title });
  }
  rows.forEach(({ r, raw, title, word, section }) => {
    const cell = (k: Key) => pointsCell(r, k);
    const unreadable: { cell: ReportCell; max: number }[] = [];
    const [max, bonus, deduction] = (['maxPoints', 'bonus', 'deduction'] as const).map((k) => {
      const p = pointsOf(cell(k));
      if (!p?.unreadable) return p;
      // Kept as the officer wrote it: a criterion scored by hand, its maximum the largest number written.
      const max = largestNumberIn(cellText(cell(k)!.raw)) ?? 0;
      unreadable.push({ cell: cell(k)!, max });
      return { value: k === 'deduction' ? -max : max };
    });
    // Words in a points cell («(không xếp loại)», «theo thực tế») are a note, not points.
    const said = [max, bonus, deduction].flatMap((p, k) => (p?.words?.kind === 'note' ? [{ text: p.words.text, key: (['maxPoints', 'bonus', 'deduction'] as const)[k]!, cell: cell((['maxPoints', 'bonus', 'deduction'] as const)[k]!)! }] : []));
    const [m, b, d] = [max, bonus, deduction].map((p) => (p?.words?.kind === 'note' ? undefined : p));
    const current = stack.at(-1);
    const notes = cell('note') && cellText(cell('note')!.raw).trim() !== '' ? [cellText(cell('note')!.raw).trim()] : [];
    // A section's maximum may stand anywhere in its words, in brackets («(Tổng 210 điểm theo danh mục…)», «(80 điểm ban đầu)»).
    const written = WRITTEN_TOTAL.exec(title) ?? (section ? SECTION_TOTAL.exec(title) : null);
    const writtenMax = written ? parseNumberText(written[1]!) : undefined;
    if (raw === '') {
      // A row of text only is the note of the item above; points without a number make a numbered part of it — or,
      // under the maximum of the item above it, the next item its number was left off («1.1.4» after «1.1.3»).
      if (m === undefined && b === undefined && d === undefined) {
        for (const w of said) later(() => sheet.note(w.cell.address, `Ô ghi «${w.text}» thay cho điểm: giữ làm ghi chú${current ? ` của mục ${current.code}` : ''}, không chấm điểm.`));
        if (current) current.notes.push(...[title || cellText(grid.values[r]!.find((v) => !isBlank(v))), ...said.map((w) => w.text)].filter(Boolean));
        described = current;
        return;
      }
    }
    // Not after a section's row: a row with points under «TIÊU CHÍ 1 … 20 điểm» is its first item, not «Tiêu chí 2».
    // Nor after the lines describing the row above: rows with points below its description are its parts or levels.
    const next = raw === '' && current && !isSection(current) && described !== current && m !== undefined && current.kind === 'item' && current.children.length === 0 && (current.max !== undefined || current.words) ? nextNumber(current.code) : undefined;
    const negative = (m?.value ?? 0) < 0 || (m?.words?.kind === 'each' && m.words.points < 0) || (m?.words?.kind === 'levels' && m.words.points.every((p) => p <= 0));
    // A numbered row with words alone where its points go: a criterion of that column, scored by hand.
    const worded = raw !== '' && m === undefined && b === undefined && d === undefined && said.length > 0 ? said[0]!.key : undefined;
    const kind = m === undefined && (d !== undefined || worded === 'deduction') ? 'deduction' : m === undefined && (b !== undefined || worded === 'bonus') ? 'bonus' : negative ? 'deduction' : 'item';
    const own = kind === 'item' || negative ? m : kind === 'deduction' ? d : b;
    const ownCell = cell(kind === 'item' || negative ? 'maxPoints' : kind)!;
    // A cap of its own: in its column, else written in the row's text («(tối đa 10 điểm)»).
    const capRead = pointsOf(cell('cap'))?.value;
    const cap = capRead !== undefined ? { value: Math.abs(capRead), cell: cell('cap')! } : undefined;
    let words: Words | undefined = own?.words?.kind === 'note' || own?.words?.kind === 'range' ? undefined : own?.words;
    const range = own?.words?.kind === 'range' ? own.words : undefined;
    if (words?.kind === 'each' && words.cap === undefined && (cap ?? writtenMax) !== undefined) words = { ...words, cap: cap?.value ?? writtenMax! };
    // Points beside a larger cap of their own column («1 | Tối đa/học kỳ 10»): so many points each time, up to the cap.
    if (!words && own?.value !== undefined && cap && cap.value > Math.abs(own.value) + 1e-9) words = { kind: 'each', points: own.value, unit: 'lần', cap: cap.value };
    const ownValue = range ? range.max : words ? undefined : own?.value;
    const scheme = word ? `w:${word}` : next ? current!.scheme : raw === '' ? (current ? `${current.scheme}+` : 'row') : sectionOfItsOwn(schemeOf(raw, lastRoman), raw, stack);
    const at = stack.findIndex((n) => n.scheme === scheme);
    const above = at >= 0 ? stack[at - 1] : stack.at(-1);
    const code = next ?? (raw === '' ? (current ? `${current.code}.${current.children.length + 1}` : `${roots.length + 1}`) : shortCode(raw, above));
    const maxFromText = kind === 'item' && m === undefined && writtenMax !== undefined;
    const node: Node = {
      code,
      scheme,
      title,
      codeCell: sheetCell(grid, r, c.ordinal!),
      ...(kind === 'item' && m?.value !== undefined && !words && { max: Math.abs(m.value), maxCell: cell('maxPoints')! }),
      ...(maxFromText && { max: writtenMax, maxCell: sheetCell(grid, r, c.title!) }),
      ...(words && { words, wordsCell: cap && words.kind === 'each' && words.cap === cap.value ? cap.cell : ownCell }),
      kind,
      unreadable: unreadable.length > 0,
      ...(worded && { worded: true }),
      ...(kind !== 'item' && !words && { points: Math.abs(ownValue!) }),
      children: [],
      notes: [...notes, ...said.map((w) => w.text), ...unreadable.map((u) => `Điểm ghi: «${cellText(u.cell.raw).trim()}».`), ...(range ? [`Điểm từ ${formatNumberVi(range.min)} đến ${formatNumberVi(range.max)}.`] : [])],
    };
    if (kind === 'item' && range) Object.assign(node, { max: range.max, maxCell: ownCell });
    later(() => {
      if (next) sheet.note(sheet.at(r, c.ordinal!), `Dòng có điểm nhưng chưa có số thứ tự, ngay sau mục ${current!.code}: đọc là mục ${node.code}.`);
      else if (raw === '' && !current) sheet.note(sheet.at(r, c.ordinal!), `Dòng có điểm nhưng chưa có số thứ tự, và không ở dưới mục nào: đọc là mục ${node.code} (số theo vị trí trong bảng).`);
      const byHand = node.worded && node.children.length === 0 && node.max === undefined;
      const part = node.kind === 'bonus' ? ' (điểm thưởng)' : node.kind === 'deduction' ? ' (điểm trừ)' : '';
      for (const w of said) {
        sheet.note(w.cell.address, byHand
          ? `Ô ghi «${w.text}» thay cho điểm: giữ mục ${node.code} làm tiêu chí chấm thủ công${part}, chưa có điểm tối đa (tạm tính 0); ghi «Điểm tối đa» trên trang tiêu chí nếu cần.`
          : `Ô ghi «${w.text}» thay cho điểm: giữ làm ghi chú của mục ${node.code}.`);
      }
      for (const u of unreadable) {
        sheet.note(u.cell.address, `Chưa đọc được «${cellText(u.cell.raw).trim()}» thành điểm: giữ mục ${node.code} làm tiêu chí chấm thủ công, tối đa ${formatNumberVi(u.max)} điểm (${u.max > 0 ? 'số lớn nhất ghi trong ô' : 'ô không có số nào'}), lời ghi giữ làm ghi chú; sửa «Điểm tối đa» trên trang tiêu chí nếu cần.`);
      }
      if (range) sheet.note(ownCell.address, `Mục ${node.code} ghi điểm từ ${formatNumberVi(range.min)} đến ${formatNumberVi(range.max)}: chấm thủ công trong khoảng đó, tối đa ${formatNumberVi(range.max)} điểm.`);
      if (maxFromText) sheet.note(node.maxCell!.address, `Mục ${node.code} không ghi điểm ở cột điểm; lời của mục ghi ${formatNumberVi(writtenMax!)} điểm: dùng làm điểm tối đa.`);
      else if (writtenMax !== undefined && node.max !== undefined && Math.abs(writtenMax - node.max) > 1e-9 && node.children.length > 0) {
        sheet.note(node.maxCell!.address, `Mục ${node.code}: cột điểm ghi ${formatNumberVi(node.max)}, lời của mục ghi ${formatNumberVi(writtenMax)} điểm: dùng số ở cột điểm.`);
      }
    });
    // The same number twice, the first row without points: it is the heading line of the second.
    if (current && current.code === node.code && current.children.length === 0 && current.max === undefined && !current.words && current.points === undefined) {
      later(() => sheet.note(current.codeCell.address, `Hai dòng cùng số ${node.code} (ô ${current.codeCell.address} và ô ${node.codeCell.address}): dòng không ghi điểm là dòng đầu của mục, đọc là một mục.`));
      (stack.at(-2)?.children ?? roots).pop();
      stack.pop();
    }
    if (node.scheme === 'I') lastRoman = romanValue(/^[IVXLC]+/.exec(raw)![0]);
    // A new part («B» after «A») numbers its sections from «I» again.
    else if (node.scheme === 'A') lastRoman = undefined;
    // A number seen above is a sibling of that row (the rows under it closed); a new kind of number goes one level down.
    const sibling = stack.findIndex((n) => n.scheme === node.scheme);
    if (sibling >= 0) stack.length = sibling;
    const parent = stack.at(-1);
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  });
  return { nodes: roots, totals, sections };
}

/** A row's code before the table is seen whole: its number; a lone letter under a numbered item, that item's with it («1.đ»). */
function shortCode(raw: string, parent: Node | undefined): string {
  const t = raw.replace(/[.)]+$/, '');
  if (/^\p{Ll}$/u.test(t) && parent && /\d$/.test(parent.code)) return `${parent.code}.${t}`;
  return t;
}

/** «1.1.3» → «1.1.4»: the number after an item's, for a row that left its own off. */
function nextNumber(code: string): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(code);
  return m ? `${m[1]}${Number(m[2]) + 1}` : undefined;
}

/** A total written in a merged cell's text («Tổng cộng: 100 điểm»). */
export function statedInText(sheet: SheetReader, r: number, texts: string[]): { value: number; cell: ReportCell } | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)?\s*$/i.exec(texts.join(' '));
  const value = m ? parseNumberText(m[1]!) : undefined;
  const c = (sheet.grid.values[r] ?? []).findIndex((v) => !isBlank(v));
  return value === undefined ? undefined : { value, cell: sheetCell(sheet.grid, r, Math.max(c, 0)) };
}

/** Children that are levels of one item: points stepping down to the parent's maximum, or worded as levels. */
function isLevels(node: Node): boolean {
  const items = node.children.filter((k) => k.kind === 'item');
  if (items.length < 2 || items.some((k) => k.max === undefined || k.children.some((g) => g.kind === 'item'))) return false;
  const maxima = items.map((k) => k.max!);
  const top = Math.max(...maxima);
  const sum = maxima.reduce((s, m) => s + m, 0);
  const worded = items.every((k) => LEVEL_WORDS.test(normalizeLabel(k.title)));
  if (worded) return node.max === undefined || top <= node.max + 1e-9;
  const stepping = maxima.every((m, i) => i === 0 || m < maxima[i - 1]!);
  // Stepping down to nothing («Đủ 2 chuyên đề 4 | 01 chuyên đề 2 | Không đủ 0»): no part worth 0 is added, a level is.
  if (stepping && maxima.at(-1) === 0 && !items.some((k) => k.unreadable)) return true;
  return node.max !== undefined && stepping && Math.abs(top - node.max) < 1e-9 && Math.abs(sum - node.max) > 1e-9;
}

type Settling = { sheet: SheetReader; out: Criterion[] };

/** Codes kept apart by their place, each said once: at the parent whose rows took its code, at a row given a suffix. */
function noteCodes(sheet: SheetReader, changes: CodeChange<Node>[]): void {
  for (const change of changes) {
    if (change.kind === 'place') {
      const { node, examples } = change;
      sheet.note(node.codeCell.address, `Các dòng dưới ${node.code} (${node.title || node.code}) đánh số như ở phần khác của bảng: mã tiêu chí ghi kèm «${node.code}.» ở đầu (${examples.join(', ')}…).`);
    } else {
      sheet.note(change.node.codeCell.address, `Số «${change.from}» đã có ở ô ${change.first.codeCell.address}, cùng chỗ trong bảng: mã tiêu chí của dòng này là «${change.node.code}».`);
    }
  }
}

const hasPoints = (n: Node): boolean => n.max !== undefined || n.points !== undefined || n.words !== undefined || n.unreadable;
const pointsBelow = (n: Node): boolean => n.children.some((k) => hasPoints(k) || pointsBelow(k));

/**
 * Rows without points under an item with points describe it (C3.1 → C3.1.1 → C3.1.1.1, text only; «2.2.7» under
 * «2.2 Điểm trừ»): their words join its note, said once at the item, and they are not children worth 0.
 */
function foldDescriptions(sheet: SheetReader, node: Node, owner: Node | undefined, later: (say: () => void) => void): void {
  const mine = hasPoints(node) ? node : owner;
  const folded: Node[] = [];
  node.children = node.children.filter((k) => {
    if (mine && !hasPoints(k) && !pointsBelow(k)) {
      folded.push(k);
      return false;
    }
    foldDescriptions(sheet, k, mine, later);
    return true;
  });
  if (folded.length === 0) return;
  const texts = (k: Node): string[] => [[k.code, k.title].filter(Boolean).join(' '), ...k.notes, ...k.children.flatMap(texts)];
  const codes = (k: Node): string[] => [k.code, ...k.children.flatMap(codes)];
  mine!.notes.push(...folded.flatMap(texts));
  const rows = folded.flatMap(codes).join(', ');
  later(() => sheet.note(mine!.codeCell.address, `Mục ${mine!.code} có điểm; các dòng ${rows} dưới nó không ghi điểm: đọc là lời mô tả của mục ${mine!.code}, không phải mục con.`));
}

/** The criteria a node gives: itself (a leaf, or an item with levels), else its children's; its bonus and deductions beside. */
function settle(ctx: Settling, node: Node, group: string, cap: number | undefined): void {
  const { sheet } = ctx;
  const items = node.children.filter((k) => k.kind === 'item');
  const push = (c: Omit<Criterion, 'code' | 'title' | 'group' | 'appliesTo' | 'evidenceRequired' | 'source' | 'unit' | 'measure'> & { unit?: string }) => {
    const notes = [c.note, ...node.notes].filter(Boolean).join(' ');
    ctx.out.push({
      code: node.code, title: node.title || node.code, group, unit: 'điểm', measure: 'points', appliesTo: [], evidenceRequired: false, source: '',
      ...c, ...(notes !== '' && { note: notes }),
    });
  };
  if (node.kind !== 'item' && node.children.length > 0) {
    // A part of deductions or bonus («1.2 Điểm trừ: - 20 điểm (tối đa)»): its rows, each at most the part's maximum.
    const part = node.points ?? (node.words?.kind === 'each' ? node.words.cap : undefined);
    if (part !== undefined) {
      sheet.note(node.codeCell.address, `Mục ${node.code} (${node.title || node.code}) là phần ${node.kind === 'deduction' ? 'điểm trừ' : 'điểm thưởng'} tối đa ${formatNumberVi(part)} điểm: mỗi dòng dưới nó ${node.kind === 'deduction' ? 'trừ' : 'cộng'} tối đa như dòng ghi và không quá ${formatNumberVi(part)}; tổng các dòng không tự giới hạn ở ${formatNumberVi(part)}.`);
    }
    for (const k of node.children) settle(ctx, k, group, part ?? cap);
    return;
  }
  if (node.words) {
    const read = wordsRule(sheet, node, cap);
    if (read) push(read);
  } else if (node.kind !== 'item') {
    const points = node.worded ? 0 : node.points!;
    push({ maxPoints: cap === undefined ? points : Math.min(points, cap), rule: { kind: node.kind } });
  } else if (items.length === 0) {
    if (node.max !== undefined || node.worded) push({ maxPoints: node.max ?? 0, rule: { kind: 'manual' } });
    else if (node.children.length === 0) sheet.note(node.codeCell.address, `Mục ${node.code} (${node.title || node.code}) không ghi điểm và không có mục con nào có điểm: giữ làm dòng tiêu đề, không chấm.`);
  } else if (isLevels(node)) {
    const levels = [...items].sort((a, b) => b.max! - a.max!);
    // Its highest level is what it can give: a maximum written above that is said, not scored.
    const max = node.max === undefined || node.max > levels[0]!.max! ? levels[0]!.max! : node.max;
    if (node.max !== undefined && node.max > max) sheet.note(node.maxCell!.address, `Mục ${node.code} ghi ${formatNumberVi(node.max)} điểm, nhưng mức cao nhất của nó là ${formatNumberVi(max)}: tính tối đa ${formatNumberVi(max)} điểm.`);
    const said = levels.map((k) => `${k.code} ${k.title} (${formatNumberVi(k.max!)} điểm)`).join('; ');
    push({
      maxPoints: max,
      rule: { kind: 'tiers', tiers: levels.filter((k) => k.max! > 0).map((k) => ({ min: k.max!, points: k.max! })) },
      note: `Chọn một mức, không cộng: ${said}. Điểm tự chấm ghi ở dòng ${node.code} hoặc ở dòng mức đạt; điểm giữa hai mức tính mức thấp hơn.`,
    });
    sheet.note(node.codeCell.address, `Mục ${node.code}: các dòng ${levels.map((k) => k.code).join(', ')} là các mức của một tiêu chí (chọn một, không cộng), tối đa ${formatNumberVi(max)} điểm.`);
  } else {
    for (const child of items) settle(ctx, child, group, node.max ?? cap);
    checkSum(sheet, node, cap);
  }
  for (const extra of node.children.filter((k) => k.kind !== 'item')) settle(ctx, extra, group, node.max ?? cap);
}

/**
 * A criterion whose points are written in words: per occurrence («2 điểm/lần»: the count is entered; «-10 điểm/lần»
 * a deduction), capped as written or by the part above it; levels in one cell («2 điểm 4 điểm»: choose one; negative,
 * a deduction up to the largest); levels per occurrence («8 điểm/giải 6 điểm/giải»: entered by hand, up to the part's
 * maximum). Each said once at its cell.
 */
function wordsRule(sheet: SheetReader, node: Node, cap: number | undefined): Pick<Criterion, 'maxPoints' | 'rule' | 'note'> & { unit?: string } | undefined {
  const words = node.words!;
  const at = node.wordsCell!.address;
  const deduction = node.kind === 'deduction';
  if (words.kind === 'levels' && words.unit === undefined) {
    const levels = [...new Set(words.points.map(Math.abs).filter((p) => p > 0))].sort((a, b) => b - a);
    const shown = words.points.map((p) => formatNumberVi(p)).join(' / ');
    if (deduction) {
      sheet.note(at, `Mục ${node.code} ghi các mức trừ ${shown} điểm trong một ô: trừ theo mức đơn vị ghi, tối đa ${formatNumberVi(levels[0]!)} điểm.`);
      return { maxPoints: levels[0]!, rule: { kind: 'deduction' }, note: `Các mức trừ: ${shown} điểm.` };
    }
    sheet.note(at, `Mục ${node.code} ghi các mức ${shown} điểm trong một ô: chọn một mức, tối đa ${formatNumberVi(levels[0]!)} điểm.`);
    return { maxPoints: levels[0]!, rule: { kind: 'tiers', tiers: levels.map((p) => ({ min: p, points: p })) }, note: `Chọn một mức: ${shown} điểm.` };
  }
  const once = words.kind === 'each' ? Math.abs(words.points) : Math.max(...words.points.map(Math.abs));
  const limit = (words.kind === 'each' ? words.cap : undefined) ?? cap ?? once;
  const each = words.kind === 'each' ? `${formatNumberVi(Math.abs(words.points))} điểm mỗi ${words.unit}` : `${words.points.map((p) => formatNumberVi(Math.abs(p))).join(' / ')} điểm mỗi ${words.unit} tùy mức`;
  const from = words.kind === 'each' && words.cap !== undefined ? 'như bảng ghi'
    : cap !== undefined ? 'bằng điểm tối đa của phần chứa nó'
    : 'bảng không ghi mức tối đa: tạm tính bằng một lần, sửa «Điểm tối đa» trên trang tiêu chí';
  if (words.kind === 'levels') {
    sheet.note(at, `Mục ${node.code}: ${deduction ? 'trừ' : 'được'} ${each}, tối đa ${formatNumberVi(limit)} điểm (${from}): đơn vị ghi số điểm.`);
    // In a bonus column they add on top of the total, as the column's other rows do.
    return { maxPoints: limit, rule: { kind: deduction ? 'deduction' : node.kind === 'bonus' ? 'bonus' : 'manual' }, note: `${deduction ? 'Trừ' : 'Được'} ${each}.` };
  }
  sheet.note(at, `Mục ${node.code}: ${deduction ? 'trừ' : 'được'} ${each}, tối đa ${formatNumberVi(limit)} điểm (${from}): đơn vị ghi số ${words.unit}.`);
  const pointsEach = Math.abs(words.points);
  const rule = deduction ? { kind: 'deduction' as const, pointsEach } : node.kind === 'bonus' ? { kind: 'bonus' as const, pointsEach } : { kind: 'per_occurrence' as const, pointsEach };
  return { maxPoints: limit, rule, unit: words.unit };
}

/** What a node is worth: a leaf or levels its maximum, a parent the sum of its children. */
function worth(node: Node): number {
  if (node.words?.kind === 'levels' && node.words.unit === undefined) return Math.max(...node.words.points.map(Math.abs));
  const items = node.children.filter((k) => k.kind === 'item');
  if (items.length === 0) return node.max ?? 0;
  // Levels give at most their highest (as settle counts them).
  if (isLevels(node)) return Math.min(node.max ?? Infinity, Math.max(...items.map((k) => k.max ?? 0)));
  return items.reduce((s, k) => s + worth(k), 0);
}

/**
 * A parent's stated maximum against the sum of its children (said, with its cell, when they differ). Above it, the
 * group's cap counts when the parent is the group's whole part (its maximum the group's); else each child its own.
 */
function checkSum(sheet: SheetReader, node: Node, groupCap: number | undefined): void {
  const items = node.children.filter((k) => k.kind === 'item');
  // Points per occurrence have no sum of their own: the part's maximum is what caps them.
  if (items.some((k) => k.words && (k.words.kind === 'each' || k.words.unit !== undefined))) return;
  const sum = items.reduce((s, k) => s + worth(k), 0);
  if (node.max === undefined || Math.abs(sum - node.max) < 1e-9) return;
  if (sum > node.max && groupCap !== undefined && node.max >= groupCap - 1e-9) return;
  sheet.note(
    node.maxCell!.address,
    `Mục ${node.code} ghi ${formatNumberVi(node.max)} điểm, nhưng các mục con ${items.map((k) => k.code).join(', ')} cộng được ${formatNumberVi(sum)}: dùng điểm của từng mục con.`,
  );
}

export default {
  id: 'scoring-table',
  detect,
  read,
} satisfies CriteriaLayout;

// Made for: a provincial department's emulation scoring appendix issued as a Word document (STT | TIÊU CHUẨN THI ĐUA |
// ĐIỂM over Chuẩn | Thưởng | Trừ, «Tổng cộng … 100» under the header, items a1…a9 with deductions a1.1 and levels
// C1.1/C1.2/C1.3), the same table pasted into Excel, and a unit's copy with its «Tự chấm» column added.
