// Pass 2 of reading an office's scoring table: the rows classified. Under the header found by pass 1, each row is
// the column numbering (skipped), the header written again (its points columns taken from then on), a total row
// (kept as a stated figure), the classification that ends the criteria, a section opened by its marker, or a row
// with its number and its words — what it is worth is read by the tree (pass 3).
import { isBlank, isBlankRow, sheetCell } from '../../../../sheet/grid.js';
import type { CellValue } from '../../../../cell.js';
import type { ReportCell, SheetGrid } from '../../../../sheet/cell.js';
import { normalizeLabel } from '../../../../text.js';
import { cellText, formatPoints, parseCell, parseNumberText } from '../../../../values.js';
import { readPointsText, type PointsText } from '../../points-text.js';
import { rowWords, type SheetReader } from '../../sheet-reader.js';
import { sectionMarker } from '../../tree-codes.js';
import { GOES_ON, WRITTEN_TOTAL } from '../../vocabulary.js';
import { scoringColumn, shareOf, splitColumn, type Key, type Table } from './columns.js';
import { tableEnd } from './end.js';
import { levelCodes } from './levels.js';
import { collectTotalRow, isTotalText, type Stated } from './stated.js';
import { leadsAsTotal } from '../../leading-total.js';
import { summedHeads } from './summed-heads.js';
import { subPartRows, type WrittenRow } from '../../sub-part-rows.js';
import { unmarkedLists, type ListRow } from './unmarked-lists.js';

/** What is said of a row once the whole tree (and so its code) is known. */
export type Later = (say: () => void) => void;

/**
 * A row of the criteria: its number as written (`raw`, '' when none) and its words. `section`: the row's marker
 * opened its text («I. BÁO CÁO NHANH (Tổng 120 điểm)»), its number cell empty; `word`: the section word it opened with.
 */
export type TableRow = { r: number; raw: string; title: string; word?: string; section?: boolean; dash?: true; mark?: string };

/**
 * A dash (or a plus, a bullet) where a number goes, or opening the words of a row without one («- Có báo cáo»,
 * «- Không có công văn chỉ đạo»): one of the alternatives or parts of the row above, never a number of its own.
 */
const DASH = /^[-–—+•*]$/;
const DASHED_TITLE = /^(?:[-–—•*]\s*|\+\s+)(?=\p{L}|\d)/u;

/**
 * A dashed row and its mark, the dashes typed alike («–», «—» as «-»): under one row, rows of another mark than the dashed
 * row above them are its parts or levels («- Tỉ lệ đảng viên dự họp 4» over «+ Đạt từ 90% … 4», «+ … 3»), as a
 * document nests its lists.
 */
export function dashed(raw: string, title: string): { dash: true; mark: string } | undefined {
  const mark = DASH.test(raw) ? raw : raw === '' && DASHED_TITLE.test(title) ? title[0]! : undefined;
  return mark === undefined ? undefined : { dash: true, mark: mark.replace(/[–—]/, '-') };
}

/** A row's cell in a points column, as the header last written above the row names the columns. */
export type PointsCell = (r: number, k: Key) => ReportCell | undefined;

/**
 * «1.», «3:», «1.1», «2.2.7» at the start of a name cell: the row's number written in its name, the words after a space
 * or straight after its dot («1.Kết quả học tập»). A lone number needs its dot or colon: «01 chuyên đề» is a count, not
 * a row's number.
 */
export const NUMBER_IN_TITLE = /^(\d+(?:\.\d+)+|\d+(?=[.:]))[.:]?(?:\s+|$|(?<=[.:])(?=\p{L}))(.*)$/su;

/**
 * A row's number written in its name (NUMBER_IN_TITLE), `below` the names of the rows under it. So is a lone number
 * opening a name without its dot where the next name numbered below extends it («2 Hiệu quả công việc» over «2.1 Khối
 * lượng công việc») — as an app prints a code and its title in one cell; never otherwise: «01 chuyên đề» is a count.
 * Read so by the rows pass and by the figures the table states alike.
 */
export function numberInTitle(title: string, below: readonly string[]): RegExpExecArray | null {
  const dotted = NUMBER_IN_TITLE.exec(title);
  if (dotted) return dotted;
  const lone = /^(\d+)\s+(\p{Lu}.*)$/su.exec(title);
  const next = lone ? below.map((t) => NUMBER_IN_TITLE.exec(t)?.[1]).find((n) => n !== undefined) : undefined;
  return lone && next?.startsWith(`${lone[1]}.`) ? lone : null;
}

/**
 * A row's number and name. Its name cell empty, the row is named in the table's other name column, its number opening
 * the words there («1.1. Thuyết minh nhiệm vụ quy hoạch» under «Nội dung tiêu chí», «Tên tiêu chí» left to the
 * criteria's headings). Its name cell written beside words there that open with a number of their own (a criterion's
 * name merged down its rows and written on the row of its first content, «Quy hoạch và thực hiện quy hoạch | 1. Lập
 * nhiệm vụ quy hoạch | Đạt | 15»): the points are the numbered words', the row is theirs, and the name, a heading over
 * the rows, is `over` — for the reader to say. Read so by the rows pass and by the figures the table states alike.
 */
export function namedRow(raw: string, title: string, content: CellValue | undefined): [code: string, title: string, over?: string] {
  if (content === undefined) return [raw, title];
  const named = cellText(content).trim();
  const inContent = NUMBER_IN_TITLE.exec(named);
  if (title !== '') return inContent ? [inContent[1]!, inContent[2]!.trim(), title] : [raw, title];
  return inContent && raw === '' ? [inContent[1]!, inContent[2]!.trim()] : [raw, named];
}

/**
 * The column a row's words stand in, as namedRow reads them: its name cell, unless the other name column opens with a
 * number of its own; else the other name column, else its number cell («Tiêu chí 1. … (20 điểm)» written across the
 * table, unmerged into its first cell) — the cell a note names.
 */
export function wordsColumn(values: readonly CellValue[], title: number, content: number | undefined, ordinal: number | undefined): number {
  const numbered = content !== undefined && NUMBER_IN_TITLE.test(cellText(values[content]).trim());
  if (!isBlank(values[title]) && !numbered) return title;
  if (content !== undefined && !isBlank(values[content])) return content;
  return ordinal !== undefined && !isBlank(values[ordinal]) ? ordinal : title;
}

/**
 * A points cell: a number («3.5», «0,5», «100 điểm», «-0,5 đ», «5 điểm (tối đa)»), or words read as points
 * (common-parts: per occurrence, levels, a note); undefined when empty, `unreadable` when none of these.
 */
export function pointsOf(cell: ReportCell | undefined): { value?: number; words?: Exclude<PointsText, { kind: 'points' }>; unreadable?: true } | undefined {
  if (!cell || cell.value.kind === 'empty') return undefined;
  if (cell.value.kind === 'number') return { value: cell.value.value };
  const read = readPointsText(cellText(cell.raw));
  if (!read) return { unreadable: true };
  return read.kind === 'points' ? { value: read.points } : { words: read };
}

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
 * Rows taking points between a lowest and a highest both below zero («Điểm tối thiểu -10 | Điểm tối đa -3»: «trừ từ 3
 * đến 10 điểm»), by the cell of their figure: read as taking up to the lowest (tree.ts), the least they take is no rule
 * thidua holds — said beside their figure (at the lowest's cell, where the figure read is written), never dropped under a ✔.
 */
function leastTaken(rows: readonly TableRow[], pointsCell: PointsCell): Map<string, string> {
  const said = new Map<string, string>();
  for (const { r } of rows) {
    const [low, high] = [pointsCell(r, 'lowest'), pointsCell(r, 'maxPoints')];
    const [lo, hi] = [pointsOf(low)?.value, pointsOf(high)?.value];
    if (lo === undefined || hi === undefined || hi >= 0 || lo >= hi) continue;
    said.set(low!.address, `ô ${low!.address} ghi ${formatPoints(lo)}, ô ${high!.address} ghi ${formatPoints(hi)}: trừ từ ${formatPoints(-hi)} đến ${formatPoints(-lo)} điểm; thidua trừ tối đa ${formatPoints(-lo)} điểm, chấm thủ công — mức trừ ít nhất ${formatPoints(-hi)} điểm không được giữ, người chấm tự giữ`);
  }
  return said;
}

/**
 * A share written of a whole other than the points header's («20/50 điểm» under «Điểm số tối đa/ 100»): what the
 * reconciliation says beside its figure (`doubt`), and what its cell says.
 */
function otherScale(grid: SheetGrid, cell: ReportCell, share: { points: string; whole: number }, table: Table): { doubt: string; note: string } {
  const typed = cellText(cell.raw).trim();
  const scales = `thang ${formatPoints(share.whole)} khác thang ${formatPoints(table.outOf!)} tiêu đề cột điểm ghi (ô ${sheetCell(grid, table.row, table.columns.maxPoints!).address})`;
  return {
    doubt: `ô ghi «${typed}», ${scales}: không quy đổi`,
    note: `Ô ${cell.address} ghi «${typed}»: ${share.points} điểm, ${scales}. thidua đọc ${share.points} điểm, không quy đổi theo thang nào; sửa ô này hoặc tiêu đề cột cho cùng một thang rồi nhập lại.`,
  };
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
    later(() => sheet.note(cell.address, `Ô ghi «${cellText(cell.raw).trim()}»: điểm đạt ${formatPoints(scored)} vượt điểm tối đa ${formatPoints(max)}; bộ tiêu chí lấy điểm tối đa ${formatPoints(max)}.`));
  }
  return { ...cell, raw: pair[2]!, value: parseCell(pair[2]!) };
}

/**
 * «(1) (2) (3)…» or «1 2 3…» across a row: the columns' numbering. Its last cell may be misprinted («(1) … (5) (ổ)»
 * in a decision's form, a letter where «(6)» was typed): a short bracket in its place still ends the numbering.
 */
const isNumbering = (texts: readonly string[]) =>
  texts.length >= 3 && texts.every((t, i) => t === `(${i + 1})` || t === String(i + 1) || (i === texts.length - 1 && i >= 3 && /^\(\S{1,2}\)$/u.test(t)));


/**
 * The rows under the header that are none of the table's: the header written again where the table goes on over a
 * page (`repeated`, whatever its depth, known by its words, with a row «(tiếp theo)» marking it), and the column numbering — (1) (2) (3)… or 1 2 3… —
 * right under a header, the first or one written again (`numbering`).
 */
export function headerRows(grid: SheetGrid, table: Table, end: number): { repeated: Set<number>; numbering: Set<number> } {
  const start = table.row + table.header.depth;
  const words = new Set(grid.values.slice(table.row, start).map(rowWords));
  const [repeated, numbering] = [new Set<number>(), new Set<number>()];
  let underHeader = true;
  for (let r = start; r < end; r++) {
    const values = grid.values[r] ?? [];
    if (isBlankRow(values)) continue;
    const texts = values.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
    if (underHeader && isNumbering(texts)) numbering.add(r);
    // The header again, or a row marking the table going on («(tiếp theo)») where a Word table runs over a page.
    else if (words.has(rowWords(values)) || (texts.length === 1 && GOES_ON.test(normalizeLabel(texts[0]!)))) repeated.add(r);
    else underHeader = headerAgain(values, table.columns) !== undefined;
    if (repeated.has(r)) underHeader = true;
  }
  return { repeated, numbering };
}

/** How the note of the table's end opens, by its row: a bonus or deduction line there is said by under-total.ts instead. */
export const tableEndsBefore = (row: number) => `Bảng tiêu chí dừng trước dòng ${row} (`;

export function classifyRows(sheet: SheetReader, table: Table, later: Later): { rows: TableRow[]; stated: Stated; pointsCell: PointsCell; doubts: Map<string, string>; whole?: TableRow } {
  const { grid } = sheet;
  const c = table.columns;
  // A pair's maximum is taken once per cell (what it says, said once).
  const pairs = new Map<number, ReportCell>();
  // Shares of a whole other than the header's, by their cell: what is said of each.
  const scales = new Map<string, ReturnType<typeof otherScale>>();
  // The points columns as the header last written above a row names them.
  let cols = c;
  const colsAt = new Map<number, typeof c>();
  // A row's points under a points header split in two: its own, else its parts' (as the row above's part, below).
  const partsOf = (r: number) => (table.partPoints !== undefined && (colsAt.get(r) ?? c).maxPoints === c.maxPoints ? splitColumn(grid.values[r] ?? [], c.maxPoints!, table.partPoints) === table.partPoints : false);
  const pointsCell: PointsCell = (r, k) => {
    const at = colsAt.get(r) ?? c;
    if (at[k] === undefined) return undefined;
    const cell = sheetCell(grid, r, k === 'maxPoints' && partsOf(r) ? table.partPoints! : at[k]!);
    // «60/100», «20/100 điểm» under «Điểm số tối đa/ 100»: 60, 20 points of the whole the header states. Of another
    // whole («20/50 điểm»), its points all the same, never scaled: which scale is meant is the officer's to say.
    const share = k === 'maxPoints' && table.outOf !== undefined && cell ? shareOf(cellText(cell.raw), table.outOf) : undefined;
    if (share && !share.same && !scales.has(cell!.address)) scales.set(cell!.address, otherScale(grid, cell!, share, table));
    if (share !== undefined) return { ...cell!, raw: share.points, value: parseCell(share.points) };
    if (!table.pairs || k !== 'maxPoints') return cell;
    if (!pairs.has(r)) pairs.set(r, maximumOfPair(sheet, cell, later));
    return pairs.get(r);
  };
  const start = table.row + table.header.depth;
  // «TỔNG ĐIỂM PHẦN 1 … 20 điểm» after a part: that part's maximum, by its number.
  const stated: Stated = { totals: [], sections: new Map() };
  const rows: TableRow[] = [];
  const end = tableEnd(grid, table);
  if (end.line !== undefined) {
    const line = end.line.length > 60 ? `${end.line.slice(0, 57)}…` : end.line;
    const at = end.row + (grid.origin?.row ?? 1);
    later(() => sheet.note(sheet.at(end.row, c.ordinal!), `${tableEndsBefore(at)}«${line}»): từ dòng đó trở xuống là phần sau bảng (tổng hợp, ngày tháng, chữ ký), không đọc thành tiêu chí.`));
  }
  const skipped = headerRows(grid, table, end.row);
  // A level column gives each row its place in the tree: its code, whatever its words («Phần a1» is no section).
  const levelled = table.levels === undefined ? undefined : levelCodes(grid, table.levels, start, end.row);
  let repeating = false;
  for (let r = start; r < end.row; r++) {
    const values = grid.values[r] ?? [];
    if (isBlankRow(values)) continue;
    const texts = values.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
    if (skipped.numbering.has(r)) continue;
    if (skipped.repeated.has(r)) {
      if (!repeating) later(() => sheet.note(sheet.at(r, c.title!), `Dòng ${r + (grid.origin?.row ?? 1)} ghi lại dòng tiêu đề của bảng (bảng sang trang mới): không đọc thành tiêu chí.`));
      repeating = true;
      continue;
    }
    repeating = false;
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
    if (table.partPoints !== undefined) sayBothPoints(sheet, table, r, later);
    let [raw, title, over] = namedRow(table.numberedTitles ? '' : cellText(values[c.ordinal!]).trim(), cellText(values[c.title!]).trim(), table.content === undefined ? undefined : values[table.content]);
    if (over !== undefined) {
      const [name, words, line] = [sheet.at(r, c.title!), sheet.at(r, table.content!), r + (grid.origin?.row ?? 1)];
      later(() => sheet.note(name, `Ô ${name} ghi «${over}» bên ô ${words} «${cellText(values[table.content!]).trim()}»: dòng ${line} đọc theo ô ${words} (mục ${raw}); «${over}» là tên ghi trên các mục, không thành nhóm hay tiêu chí nào của bộ.`));
    }
    // A part's heading whole in the number cell, the name cell empty («IX. ĐIỂM TRỪ …» across the table in its first
    // cell, as a Word paragraph between two parts of one table is handed on): read as in the name cell.
    const across = title === '' ? sectionMarker(raw) : undefined;
    if (across?.title && (across.word || /^(?:[IVXLC]+|[A-ZĐ])$/.test(across.raw))) [raw, title] = ['', raw];
    if (texts.slice(0, 3).some(isTotalText)) {
      const cell = pointsCell(r, 'maxPoints');
      collectTotalRow(sheet, stated, r, texts, cell, pointsOf(cell)?.value);
      continue;
    }
    if (levelled) {
      rows.push({ r, raw: levelled.get(r) ?? '', title });
      continue;
    }
    if (table.numberedTitles) {
      // «Phần I. … (0 - 20 điểm)», «TIÊU CHÍ 1: …», «II. …», «II - …» open a section; «1.», «1.1» an item, «a.» its part.
      const opening = sectionMarker(title);
      if (opening && (opening.word || /^(?:[IVXLC]+|[A-ZĐ])$/.test(opening.raw))) {
        rows.push({ r, raw: opening.raw, title: opening.title || title, section: true, ...(opening.word && { word: opening.word }) });
        continue;
      }
      const inTitle = numberInTitle(title, grid.values.slice(r + 1, end.row).map((v) => cellText(v[c.title!]).trim()));
      if (inTitle) [raw, title] = [inTitle[1]!, inTitle[2]!.trim()];
      // «a. Cấp khoa», «b) …»: a part lettered in its words, as its number would be in a number column.
      else if (opening && /^\p{Ll}\d*$/u.test(opening.raw) && opening.title !== '') [raw, title] = [opening.raw, opening.title];
      rows.push({ r, raw, title, ...(raw === '' && (dashed('', title) ?? partMark(partsOf(r)))) });
      continue;
    }
    // A section's marker in the number cell («Phần A») or opening the content, the number cell left empty
    // («I. BÁO CÁO NHANH (Tổng 120 điểm)», «Tiêu chuẩn 1: …», «II.1. …»); a number there counts with points beside it.
    const marker = sectionMarker(raw === '' ? title : `${raw} ${title}`);
    const scored = [cols.maxPoints, cols.bonus, cols.deduction].some((k) => k !== undefined && !isBlank(values[k])) || WRITTEN_TOTAL.test(title);
    if (marker && (marker.word || (raw === '' && (/^(?:[IVXLC]+(?:\.\d+)*|[A-ZĐ])$/.test(marker.raw) || scored)))) {
      rows.push({ r, raw: marker.raw, title: marker.title || title, section: raw === '' || !!marker.word, ...(marker.word && { word: marker.word }) });
    } else {
      const dash = dashed(raw, title) ?? (raw === '' ? partMark(partsOf(r)) : undefined);
      rows.push(dash ? { r, raw: '', title, ...dash } : { r, raw, title });
    }
  }
  // The first row the table's total, written above its parts without the word «Tổng»: a total row, not an item. So is
  // a numbered part the whole table is, over its sub-parts written with their points (../../sub-part-rows.ts).
  const valueAt = (x: TableRow) => pointsOf(pointsCell(x.r, 'maxPoints'))?.value;
  const first = rows[0];
  const subParts = subPartRows(writtenRows(rows, pointsCell));
  let whole: TableRow | undefined;
  if (first && !first.section && (subParts?.whole === 0 || leadsAsTotal({ code: first.raw, value: valueAt(first) }, rows.slice(1).map((x) => ({ code: x.raw, value: valueAt(x) }))))) {
    stated.totals.push({ value: valueAt(first)!, cell: pointsCell(first.r, 'maxPoints')! });
    if (subParts?.whole === 0) {
      sayWhole(sheet, first, pointsCell(first.r, 'maxPoints')!, subParts.heads.map((i) => ({ x: rows[i]!, value: valueAt(rows[i]!)! })), later);
      whole = first;
    }
    rows.shift();
  }
  const doubts = markLists(sheet, rows, pointsCell, later);
  // A group column names each row's part (groups.ts): no row of the table is a part's heading.
  if (c.group === undefined) for (const cell of sayHeadsBySums(sheet, rows, pointsCell, later)) doubts.set(cell, 'dòng này có thể là tiêu đề phần, bằng các dòng dưới nó cộng lại');
  for (const [cell, doubt] of leastTaken(rows, pointsCell)) doubts.set(cell, doubt);
  for (const [cell, { doubt, note }] of scales) {
    doubts.set(cell, doubt);
    later(() => sheet.note(cell, note));
  }
  return { rows, stated, pointsCell, doubts, ...(whole && { whole }) };
}

/**
 * An unnumbered row whose points stand in the parts' sub-column of a points header split in two (columns.ts): a part
 * of the row above, as a row marked «-» is — the header says so, whatever its figures add up to (the row above's own
 * figure held against them, said where they differ).
 */
const partMark = (ofParts: boolean) => (ofParts ? { dash: true as const, mark: '-' } : undefined);

/**
 * A row writing points in both sub-columns of a points header split in two: its own read, its parts' figure no
 * criterion takes — said at that cell, never dropped without a word.
 */
function sayBothPoints(sheet: SheetReader, table: Table, r: number, later: Later): void {
  const values = sheet.grid.values[r] ?? [];
  const [own, parts] = [table.columns.maxPoints!, table.partPoints!];
  if (isBlank(values[own]) || isBlank(values[parts])) return;
  const [at, ownAt] = [sheet.at(r, parts), sheet.at(r, own)];
  const header = (col: number) => table.header.labels[col]![1] ?? table.header.labels[col]![0];
  later(() => sheet.note(at, `Ô ${at} ghi «${cellText(values[parts]).trim()}» ở cột «${header(parts)}» (điểm các phần của mục), nhưng cùng dòng ô ${ownAt} ghi «${cellText(values[own]).trim()}» ở cột «${header(own)}»: thidua đọc điểm của dòng ở ô ${ownAt}; số ở ô ${at} không vào bộ tiêu chí. Kiểm tra lại trước khi xác nhận.`));
}

/** The rows as ../../sub-part-rows.ts reads them: each one's number, its points in whichever points column, plain or dashed. */
export function writtenRows(rows: readonly TableRow[], pointsCell: PointsCell): WrittenRow[] {
  const value = (x: TableRow) => (['maxPoints', 'bonus', 'deduction'] as const).map((k) => pointsOf(pointsCell(x.r, k))?.value).find((v) => v !== undefined);
  return rows.map((x) => ({ code: x.raw, value: value(x), plain: !x.section && !x.dash }));
}

/**
 * A numbered part over sub-parts written with their points, every row after it numbered from its number: the whole
 * table, its points the table's total — said at its points cell, with the sub-parts that add up to it. Its name is the
 * table's own (classifyRows returns the row): a title above naming another part is said (scoring-table.ts).
 */
function sayWhole(sheet: SheetReader, whole: TableRow, cell: ReportCell, heads: readonly { x: TableRow; value: number }[], later: Later): void {
  const line = (x: TableRow) => x.r + (sheet.grid.origin?.row ?? 1);
  const parts = heads.map((h) => `«${h.x.title}» ${formatPoints(h.value)} (dòng ${line(h.x)})`).join(', ');
  later(() => sheet.note(cell.address, `Dòng ${line(whole)} «${whole.raw} ${whole.title}» ghi ${formatPoints(pointsOf(cell)!.value!)} điểm, đúng bằng ${heads.length} phần nhỏ dưới nó cộng lại (${parts}), và mọi dòng đánh số sau nó đều là ${whole.raw}.…: đọc là tổng điểm của bảng (phần ${whole.raw} là cả bảng), không phải một tiêu chí.`));
}

/**
 * A table with no number, no section and no mark anywhere whose rows split into runs each opened by a row worth what
 * the rows under it add up to (./summed-heads.ts): said at the first such row, and each of those rows' figures held as
 * a doubt by the reconciliation — read row by row as written, each point may count twice.
 */
function sayHeadsBySums(sheet: SheetReader, rows: readonly TableRow[], pointsCell: PointsCell, later: Later): string[] {
  if (rows.some((x) => x.raw !== '' || x.section || x.dash)) return [];
  const pointed = rows.flatMap((x) => {
    const value = pointsOf(pointsCell(x.r, 'maxPoints'))?.value;
    return value === undefined ? [] : [{ x, value }];
  });
  const runs = summedHeads(pointed.map((p) => p.value));
  if (!runs) return [];
  const line = (k: number) => pointed[k]!.x.r + (sheet.grid.origin?.row ?? 1);
  const said = runs.map(({ head, last }) => `dòng ${line(head)} (${formatPoints(pointed[head]!.value)} điểm, bằng dòng ${line(head + 1)}–${line(last)} cộng lại)`);
  const cells = runs.map(({ head }) => pointsCell(pointed[head]!.x.r, 'maxPoints')!.address);
  later(() => sheet.note(cells[0]!, `Bảng không đánh số dòng nào; ${said.join('; ')}: các dòng đó có thể là tiêu đề phần chứ không phải tiêu chí — thidua đọc mọi dòng là tiêu chí, nên điểm của chúng có thể bị tính hai lần. Kiểm tra lại; nếu là tiêu đề phần, ghi số phần (I, II…) và số mục (1, 2…) vào cột STT rồi nhập lại.`));
  return cells;
}

/**
 * A row as ./unmarked-lists.ts sees it, from its points cells (`cell`) and its mark (`mark`, a dashed row's): its maximum,
 * its «-» or «+», or what a plain part does not hold.
 */
export function listRow(numbered: boolean, mark: string | undefined, cell: (k: 'maxPoints' | 'bonus' | 'deduction') => ReportCell | undefined): ListRow {
  const [max, bonus, deduction] = (['maxPoints', 'bonus', 'deduction'] as const).map((k) => pointsOf(cell(k)));
  const listed = mark === '-' || mark === '+' ? mark : undefined;
  return { numbered, ...(max?.value !== undefined && { points: max.value }), ...(listed && { mark: listed }), other: (mark !== undefined && !listed) || !!max?.words || !!max?.unreadable || bonus !== undefined || deduction !== undefined };
}

/** The most figures of a doubted list its notice writes out. */
const SHOWN = 20;

/**
 * A criterion's list left unmarked, marked as its figures read it (./unmarked-lists.ts), said at the criterion; the
 * criteria's points cells whose lists no single reading adds up to (the reconciliation holds them as not agreeing).
 */
function markLists(sheet: SheetReader, rows: TableRow[], pointsCell: PointsCell, later: Later): Map<string, string> {
  const doubts = new Map<string, string>();
  const list = rows.map((x) => listRow(x.raw !== '' || !!x.section, x.dash ? x.mark : undefined, (k) => pointsCell(x.r, k)));
  for (const { at, under, marks } of unmarkedLists(list)) {
    const line = (j: number) => rows[j]!.r + (sheet.grid.origin?.row ?? 1);
    const { raw, r } = rows[at]!;
    const lines = `các dòng không đánh số dưới nó (dòng ${line(under[0]!)}–${line(under.at(-1)!)})`;
    const points = formatPoints(list[at]!.points!);
    if (!marks) {
      // No reading, or more than one, adds them up: each read as the tree reads unmarked rows, and the doubt said.
      doubts.set(pointsCell(r, 'maxPoints')!.address, 'các dòng không đánh số dưới nó không có một cách đọc duy nhất cộng lại được số này');
      later(() => sheet.note(pointsCell(r, 'maxPoints')!.address, `Mục ${raw} ghi ${points} điểm; ${lines} ghi ${under.slice(0, SHOWN).map((j) => formatPoints(list[j]!.points!)).join(', ')}${under.length > SHOWN ? ` … (${under.length} dòng)` : ''} điểm, không có một cách đọc duy nhất (phần của mục ${raw}, các mức của một phần) cộng lại được ${points}: thidua đọc từng dòng như các dòng không số thứ tự (xem các ghi chú của từng dòng). Kiểm tra lại; đánh số hoặc đánh dấu «-» (phần), «+» (mức) trước các dòng đó rồi nhập lại.`));
      continue;
    }
    for (const [j, mark] of marks) rows[j] = { ...rows[j]!, dash: true, mark };
    const levels = under.filter((j) => marks.get(j) === '+').length;
    later(() => sheet.note(pointsCell(r, 'maxPoints')!.address, `Mục ${raw} ghi ${points} điểm; ${lines} cộng lại đúng bằng số đó khi đọc ${under.length - levels} dòng là phần của mục ${raw}${levels > 0 ? ` và ${levels} dòng giảm dần ngay sau một phần là các mức của phần đó (chọn một)` : ''}: đọc như vậy, như bảng đánh dấu «-», «+».`));
  }
  return doubts;
}

// Made for issue 55 item 4: the scoring table's reading split into passes; this one says what each row under the
// header is, before any tree is built (a Word table continued after a page with its header again, total rows at the
// top or the bottom, sections opened in the content cell or by a word: «Phần», «Tiêu chuẩn», «TIÊU CHÍ n»); and for
// issue 55 item 2, a header of any depth written again after a page break, its column numbering under it, skipped,
// and the rows after the table's end (end.ts) left out; and for Đắk Lắk's new-rural scoring of communes (QĐ 2126/QĐ-UBND,
// as a legal site's page holds it), a criterion's merged name written on the row of its first numbered content.
