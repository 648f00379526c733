// The figures a criteria table states about itself, collected from the document as written, apart from what the
// reader builds: the maximum its title gives («TỐI ĐA 100 ĐIỂM», «Thang điểm 100»), its total rows («Tổng cộng … 100»,
// «TỔNG ĐIỂM PHẦN 1 … 20»), each part's maximum on its heading row or in its words («III. … (30 điểm)»), the cap of a
// bonus or deduction part, and each item's maximum in the points column. reconcile.ts holds the set to them.
import { z } from 'zod';
import { isBlank, isBlankRow, sheetCell } from '../../sheet/grid.js';
import type { CellValue } from '../../cell.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { normalizeLabel } from '../../text.js';
import { cellText, parseNumberText } from '../../values.js';
import { findScoringTable, shareOf, splitColumn } from './layouts/scoring-table/columns.js';
import { tableEnd } from './layouts/scoring-table/end.js';
import { levelCodes } from './layouts/scoring-table/levels.js';
import { partKind } from './layouts/scoring-table/tree.js';
import { dashed, headerRows, namedRow, numberInTitle, wordsColumn } from './layouts/scoring-table/rows.js';
import { collectTotalRow, isPartNumber, isTotalText, type Stated as TotalRows } from './layouts/scoring-table/stated.js';
import { leadsAsTotal } from './leading-total.js';
import { subPartRows } from './sub-part-rows.js';
import { capInText, capInWords, readPointsText } from './points-text.js';
import { levelLinePoints } from './cell-levels.js';
import { columnsOf, criteriaColumn, SheetReader } from './sheet-reader.js';
import { numberedAlike } from './layouts/sectioned/numbers-alike.js';
import { sectionMarker } from './tree-codes.js';
import { ADDING, SECTION_TOTAL, TAKING, WRITTEN_TOTAL } from './vocabulary.js';
import { holdsFloors } from './unread-figures.js';

export const StatedFigure = z
  .object({
    /**
     * Where the document states it: the title above the table, a total row, a part's heading row, an item's row; or a
     * grade's lowest score, written in words around the table («từ 75 đến dưới 90 điểm xếp loại Tốt», written-bands.ts).
     */
    kind: z.enum(['title', 'total', 'part', 'item', 'band']),
    /** What it counts: the base score, or a part of bonus or deduction points (outside the base total; its cap). */
    counts: z.enum(['base', 'bonus', 'deduction']),
    value: z.number(),
    /** The cell holding the figure (its points cell, or the words that write it); «» for a document's paragraph above the table. */
    cell: z.string(),
    /** The sheet's row number (1-based, as the officer sees it). */
    row: z.number().int(),
    /** The row's number as written («III.1», «B», «TC1»; «» for none) and its words. */
    code: z.string(),
    title: z.string(),
    /** A part: the last row under it (before the next part of its rank, or the total). */
    lastRow: z.number().int().optional(),
    /** A part's rank: its kind of marker in the order the table first uses them («Phần A» over «I», or «II» over «C»), a numbered part last. */
    rank: z.number().int().optional(),
    /**
     * A deduction or bonus the row writes in its own column beside its points («- Không tổ chức | 0 | | -3»; «a2 | … | 3 |
     * 0,5» under «Chuẩn / Thưởng»): a figure of its own, its `counts` the column's.
     */
    beside: z.literal(true).optional(),
    /** A maximum an item's or a part's words write («…, tối đa trừ 10,0đ») other than its points cell's: a figure of its own. */
    inWords: z.literal(true).optional(),
    /**
     * With `inWords`: the points the row's words close with as a level («b) Từ 80% đến dưới 100%: 8 điểm») where its
     * points cell writes others (6): the row's points, not a maximum, held to what thidua reads of the row.
     */
    level: z.literal(true).optional(),
  })
  .strict();
export type StatedFigure = z.infer<typeof StatedFigure>;

/** A row of the table as written: its number and words (to find which criteria a part's rows became); `points`: its points cells hold something. */
export type TableRow = { row: number; code: string; title: string; points: boolean };
export type Stated = { figures: StatedFigure[]; rows: TableRow[] };

/** Where the table is: its header, the row its body starts at, its number, content and points columns. */
type Place = { header: number; body: number; end: number; skipped: Set<number>; levelled?: Map<number, string>; ordinal?: number; title: number; content?: number; points?: number; parts?: number; lowest?: number; bonus?: number; deduction?: number; pairs: boolean; outOf?: number; inTitle: boolean };

/** The table as the layouts find it: an office's scoring table, else our own criteria table. */
function placeOf(grid: SheetGrid): Place | undefined {
  const t = findScoringTable(grid);
  if (t) {
    const c = t.columns;
    // Where the reader ends the table, and the header rows written again in it, as it skips them.
    const end = tableEnd(grid, t).row;
    const { repeated, numbering } = headerRows(grid, t, end);
    // A level column gives each row's code, as the reader makes it (levels.ts).
    const levelled = t.levels === undefined ? undefined : levelCodes(grid, t.levels, t.row + t.header.depth, end);
    return { header: t.row, body: t.row + t.header.depth, end, skipped: new Set([...repeated, ...numbering]), ...(levelled && { levelled }), ordinal: t.numberedTitles ? undefined : c.ordinal, title: c.title!, ...(t.content !== undefined && { content: t.content }), points: c.maxPoints, ...(t.partPoints !== undefined && { parts: t.partPoints }), lowest: c.lowest, bonus: c.bonus, deduction: c.deduction, pairs: t.pairs === true, ...(t.outOf !== undefined && { outOf: t.outOf }), inTitle: t.numberedTitles };
  }
  const header = new SheetReader(grid).sections.get('criteria')?.header;
  if (header === undefined) return undefined;
  const c = columnsOf(grid.values[header], criteriaColumn);
  const lowest = c.minPoints !== undefined && holdsFloors(grid.values, c.minPoints, header + 1, grid.values.length) ? c.minPoints : undefined;
  return { header, body: header + 1, end: grid.values.length, skipped: new Set(), ordinal: c.code ?? c.ordinal, title: c.title!, points: c.maxPoints, lowest, pairs: false, inTitle: false };
}

/**
 * A number cell as the row's number: «1.», «a)» without the dot or bracket after it; a part's words written across it
 * («Tiêu chí 1. Đánh giá … (20 điểm)», the heading unmerged into its first cell) kept whole, its bracket with them.
 */
const numberCell = (v: CellValue | undefined) => {
  const t = cellText(v).trim();
  return /\s/.test(t) ? t : t.replace(/[.)]+$/, '');
};

/**
 * «TỐI ĐA 100 ĐIỂM», «tối đa: 100 điểm», «chuẩn 100 điểm» (a school's «30 Tiêu chí chấm điểm KPI Giáo viên chuẩn 100
 * điểm»), «Tổng cộng: 100 điểm», «Thang điểm 100», «(100 điểm)», «Tổng điểm: 100», «Tổng số điểm tối đa: 100» in a title
 * or a line under it (never «tối đa 05 tập thể», nor the «30» of «30 Tiêu chí», nor «Tổng cộng: 12» of no points).
 */
const TITLE_MAX = /(?:tối đa|chuẩn|tổng\s+cộng)\s*[:=]?\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?![\p{L}\d])|(?:thang điểm|tổng(?:\s+cộng)?(?:\s+số)?\s+điểm(?:\s+tối\s+đa)?)\s*[:=]?\s*(\d+(?:[.,]\d+)?)(?![\d%/])|\(\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\s*\)/iu;

/** A number in a points cell: typed, or written in words as points («100 điểm», «tối đa 20»); a pair's maximum («16 / 20»). */
function pointsIn(raw: CellValue | undefined, pairs: boolean, outOf?: number): number | undefined {
  if (typeof raw === 'number') return raw;
  let text = cellText(raw).trim();
  if (text === '') return undefined;
  if (pairs && text.includes('/')) text = text.split('/').at(-1)!;
  if (outOf !== undefined) text = shareOf(text, outOf)?.points ?? text;
  const read = readPointsText(text);
  if (read?.kind === 'points') return read.points;
  if (read?.kind === 'each' && read.cap !== undefined) return read.cap;
  return read?.kind === 'range' ? read.max : undefined;
}

/**
 * «…: 03 điểm - …: 1,5 điểm - …: 0 điểm» (one a line or one after another): a row's levels, each a case and its
 * points. The last of them closes its words but is no maximum the row writes.
 */
const listsLevels = (title: string) => (title.match(/:\s*\d+(?:[.,]\d+)?\s*điểm/giu)?.length ?? 0) >= 2;
/** «giảm trừ điểm tối đa tương ứng»: a maximum lowered where a criterion does not apply, no points taken. */
const LOWERED = /\bgiam tru\b/g;

const TAKEN_WITHIN = new RegExp(String.raw`\b${TAKING}\b`);
const ADDED_WITHIN = new RegExp(String.raw`\b${ADDING}\b`);
/**
 * «Thưởng» alone (a part «THƯỞNG»), told by its accents from «thường» (usual, standing: «Ban thường vụ CĐCS», a
 * union's part its standing committee scores), which folding them would make the same word; «khen thưởng» is awards.
 */
const REWARD = /(?<!\bkhen\s+)(?<!\p{L})thưởng(?!\p{L})/u;

/** What a part's words say it counts: «Điểm cộng», «Điểm thưởng» bonus («khen thưởng», awards, is not); «Điểm trừ», «Điểm phạt» deduction. */
export function countsOf(title: string, value: number | undefined): StatedFigure['counts'] {
  const t = normalizeLabel(title).replace(LOWERED, '');
  if (ADDED_WITHIN.test(t) || REWARD.test(title.normalize('NFC').toLocaleLowerCase('vi'))) return 'bonus';
  if (TAKEN_WITHIN.test(t) || (value ?? 0) < 0) return 'deduction';
  return 'base';
}

/** The kind of a heading's marker; undefined for a row that is not a part's heading. */
function markerKind(code: string, word: boolean, lastLetter: string | undefined, lastSmall: string | undefined): string | undefined {
  if (word) return 'word';
  // «C» right after a sub-part «b»: the small letter typed as a capital, a sub-part as «b» and «d» are (as the reader reads it).
  if (lastSmall !== undefined && code === String.fromCharCode(lastSmall.charCodeAt(0) + 1).toUpperCase()) return undefined;
  // «C» right after «B» is the next part's letter, not the numeral 100 (as the reader reads it).
  if (lastLetter !== undefined && code === String.fromCharCode(lastLetter.charCodeAt(0) + 1)) return 'letter';
  if (/^[IVXLC]+$/.test(code)) return 'roman';
  if (/^[A-ZĐ]$/.test(code)) return 'letter';
  if (/^[IVXLC]+\.\d+$/.test(code)) return 'roman.n';
  // «IV.A» … «IV.E»: part IV's alternatives, a kind of their own.
  if (/^[IVXLC]+\.[A-Z]$/.test(code)) return 'roman.A';
  return undefined;
}

/** A numbered part («1» over «1.1»): below every marked one. */
const NUMBERED = 9;

/** The part a sub-part's number names: «III» of «III.1», «IV» of «IV.A». */
export const partNamed = (code: string): string | undefined => /^([IVXLC]+)\.(?:\d+|[A-Z])$/.exec(code)?.[1];

/**
 * Whether part `q` (below `p`) stands within `p`: of a lower rank, and — numbered «III.1», «IV.A» — of `p`'s own
 * number («III.1» after «II» is part III's, wherever it is written).
 */
export function within(p: Pick<StatedFigure, 'rank' | 'code'>, q: Pick<StatedFigure, 'rank' | 'code'>): boolean {
  if (q.rank === undefined || p.rank === undefined || q.rank <= p.rank) return false;
  const parent = partNamed(q.code);
  return parent === undefined || parent === p.code;
}

/**
 * Every figure the table states, in the order it states them, with the table's rows; none when no table is found. A
 * document's table: `caption`, the line right above it; `above`, the paragraphs above that, from the table before (a
 * plan's title block: «Phụ lục 01», «Tổng số điểm: 100»), the nearest first.
 */
export function statedFigures(grid: SheetGrid, caption?: string, above: readonly string[] = []): Stated {
  const place = placeOf(grid);
  if (!place) return { figures: [], rows: [] };
  const line = (r: number) => r + (grid.origin?.row ?? 1);
  const figures: StatedFigure[] = [];
  // The title above the table (its lone-text rows, not a block of labels and values; a Word table's caption): its
  // first stated maximum.
  const lines: { text: string; r: number; c: number }[] = [caption, ...above.filter((p) => p !== caption).reverse()].flatMap((text) => (text ? [{ text, r: -1, c: 0 }] : []));
  for (let r = 0; r < place.header; r++) {
    const filled = (grid.values[r] ?? []).flatMap((v, c) => (isBlank(v) ? [] : [{ v, c }]));
    if (filled.length === 1 && typeof filled[0]!.v === 'string') lines.push({ text: filled[0]!.v, r, c: filled[0]!.c });
  }
  const titled = lines.map((a) => ({ ...a, m: TITLE_MAX.exec(a.text) })).find((a) => a.m);
  if (titled) {
    const value = parseNumberText(titled.m![1] ?? titled.m![2] ?? titled.m![3]!)!;
    // A document's paragraph above the table has no cell: said by its words (reconcile.ts).
    const cell = titled.r < 0 ? '' : sheetCell(grid, titled.r, titled.c).address;
    figures.push({ kind: 'title', counts: 'base', value, cell, row: titled.r < 0 ? 0 : line(titled.r), code: '', title: titled.text.trim() });
  } else if (place.outOf !== undefined && place.points !== undefined) {
    // No title stating it, the points header does («Điểm số tối đa/ 100»): the whole the table's rows are shares of.
    const cell = sheetCell(grid, place.header, place.points).address;
    figures.push({ kind: 'title', counts: 'base', value: place.outOf, cell, row: line(place.header), code: '', title: cellText(grid.values[place.header]?.[place.points]).trim() });
  }
  const sheet = new SheetReader(grid, place.header);
  // Kinds of markers in the order the table first uses them: the first is the highest level, as the reader nests them.
  const kinds: string[] = [];
  let lastLetter: string | undefined;
  // The last sub-part lettered small («a», «b»), while no part of a higher rank has opened since.
  let lastSmall: string | undefined;
  // Every part's heading, with a figure or without: where the part above it ends.
  const headings: { row: number; code: string; rank: number }[] = [];
  const rows: TableRow[] = [];
  const parts: StatedFigure[] = [];
  // Items' and parts' maxima in their words, set beside their rows' figures once every row's kind is settled.
  const worded: Pick<StatedFigure, 'row' | 'value' | 'cell' | 'level'>[] = [];
  for (let r = place.body; r < place.end; r++) {
    const values = grid.values[r] ?? [];
    if (isBlankRow(values) || place.skipped.has(r)) continue;
    const texts = values.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
    // The classification under the table ends it, as the reader ends it.
    if (/^xep loai\b/.test(normalizeLabel(texts[0]!)) && !values.some((v) => typeof v === 'number')) break;
    // A points header split in two: a part's points in its second sub-column (columns.ts), as the reader reads them.
    const own = place.points === undefined ? undefined : splitColumn(values, place.points, place.parts);
    const most = own === undefined ? undefined : pointsIn(values[own], place.pairs, place.outOf);
    // «-5 | 0» in an «Điểm tối thiểu | Điểm tối đa» pair: a deduction of 5, as the reader reads it.
    const lowest = place.lowest === undefined ? undefined : pointsIn(values[place.lowest], false);
    const points = most !== undefined && most <= 0 && lowest !== undefined && lowest < 0 ? Math.min(lowest, most) : most;
    const pointsCell = (c: number | undefined) => sheetCell(grid, r, c ?? place.title).address;
    // Where the row's words stand, for a figure they write.
    const words = wordsColumn(values, place.title, place.content, place.ordinal);
    if (texts.slice(0, 3).some(isTotalText)) {
      // The total row as the reader reads it: its points cell, else the number its words end with; a part's by its number.
      const got: TotalRows = { totals: [], sections: new Map() };
      collectTotalRow(sheet, got, r, texts, place.points === undefined ? undefined : sheetCell(grid, r, place.points), points);
      const [part, stated] = [...got.sections][0] ?? [undefined, got.totals[0]];
      if (!stated) continue;
      // A part closed by its name («Cộng phần Hạ tầng số»): the row stands for the part of that name, as its group is titled.
      const name = part !== undefined && !isPartNumber(part) ? part : undefined;
      figures.push({ kind: part ? 'part' : 'total', counts: 'base', value: stated.value, cell: stated.cell.address, row: line(r), code: name === undefined ? (part ?? '') : '', title: name ?? texts[0]!, ...(part && { rank: NUMBERED }) });
      rows.push({ row: line(r), code: '', title: name ?? texts[0]!, points: true });
      continue;
    }
    let [code, title] = namedRow(
      place.levelled ? (place.levelled.get(r) ?? '') : place.ordinal === undefined ? '' : numberCell(values[place.ordinal]),
      cellText(values[place.title]).trim(),
      place.content === undefined ? undefined : values[place.content],
    );
    const marker = place.levelled ? undefined : sectionMarker(code === '' ? title : `${code} ${title}`);
    // A heading written across the table whole in its number cell («I. Đánh giá … (Điểm tối đa 20 điểm)», its name cell
    // empty) is its marker and its words, as one in the name cell is.
    if (marker && (code === '' || marker.word || title === '')) [code, title] = [marker.raw, marker.title || title];
    // A number the reader takes from the content cell («3: Có giấy khen…»), as it takes it.
    const inTitle = place.inTitle && code === '' ? numberInTitle(title, grid.values.slice(r + 1, place.end).map((v) => cellText(v[place.title]).trim())) : null;
    if (inTitle) [code, title] = [inTitle[1]!, inTitle[2]!.trim()];
    rows.push({ row: line(r), code, title, points: [own, place.bonus, place.deduction].some((c) => c !== undefined && !isBlank(values[c])) });
    const bonus = place.bonus === undefined ? undefined : pointsIn(values[place.bonus], false);
    const deduction = place.deduction === undefined ? undefined : pointsIn(values[place.deduction], false);
    const levels = listsLevels(title);
    const written = (levels ? null : WRITTEN_TOTAL.exec(title)) ?? SECTION_TOTAL.exec(title);
    // Among levels, a cap only in points («tối đa 10 điểm»; «không quá 30 ngày» is a level's deadline).
    const inWords = written ? parseNumberText(written[1]!) : levels ? capInWords(title) : capInText(title);
    const kind = markerKind(code, marker?.word !== undefined, lastLetter, lastSmall);
    if (kind === 'letter') lastLetter = code;
    if (/^\p{Ll}$/u.test(code)) lastSmall = code;
    else if (kind !== undefined) lastSmall = undefined;
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
    const rank = kind === undefined ? undefined : kinds.indexOf(kind);
    if (rank !== undefined) headings.push({ row: line(r), code, rank });
    // A top-level number's maximum in its words («4 | Công tác … (10 điểm)»): held as its part's if rows extend it (below).
    const numberedWords = rank === undefined && /^\d+$/.test(code) && written ? inWords : undefined;
    // A row written whole in its number cell, across the table, without points, opening with the words of a bonus or
    // deduction part («* Điểm thưởng (tối đa 20 điểm)», its levels on lines): a part of that kind, its cap in its words,
    // within the part it closes — held to what thidua reads, so a row read as another's words is said, not passed over.
    // (A note in the words column capping an item's lines, «* Điểm trừ, cộng tối đa đối với d2 không quá 7 điểm», is
    // that item's, read with it.)
    const across = kind === undefined && points === undefined && bonus === undefined && deduction === undefined && title === '' && /\s/.test(code) ? code : undefined;
    const outside = across === undefined ? undefined : partKind(across);
    const outsideCap = outside === 'bonus' || outside === 'deduction' ? (listsLevels(across!) ? capInWords(across!) : capInText(across!)) : undefined;
    const apart = outsideCap === undefined ? undefined : NUMBERED;
    if (apart !== undefined) headings.push({ row: line(r), code: '', rank: apart });
    const value = points ?? bonus ?? deduction ?? (rank !== undefined ? inWords : apart !== undefined ? outsideCap : numberedWords);
    if (value === undefined) continue;
    // A deduction read from the lowest of the pair («-10 | -3»: 10) is named at the cell that writes it.
    const cell = points !== undefined ? pointsCell(points === most ? own : place.lowest) : bonus !== undefined ? pointsCell(place.bonus) : deduction !== undefined ? pointsCell(place.deduction) : pointsCell(words);
    const counts = bonus !== undefined && points === undefined ? 'bonus' : deduction !== undefined && points === undefined ? 'deduction' : countsOf(title, value);
    const ranked = rank ?? apart;
    const figure: StatedFigure = { kind: ranked === undefined ? 'item' : 'part', counts: apart === undefined ? counts : outside as 'bonus' | 'deduction', value: Math.abs(value), cell, row: line(r), ...(apart === undefined ? { code, title } : { code: '', title: across! }), ...(ranked !== undefined && { rank: ranked }), ...(numberedWords !== undefined && points === undefined && { inWords: true }) };
    figures.push(figure);
    if (ranked !== undefined) parts.push(figure);
    // An item's row writing points and a bonus or a deduction beside them («a2 | … | 3 | 0,5 |», «- Không tổ chức | 0 | |
    // -3»): stated too.
    else if (points !== undefined) {
      if (bonus !== undefined && bonus !== 0) figures.push({ ...figure, counts: 'bonus', value: Math.abs(bonus), cell: pointsCell(place.bonus), beside: true });
      if (deduction !== undefined && deduction !== 0) figures.push({ ...figure, counts: 'deduction', value: Math.abs(deduction), cell: pointsCell(place.deduction), beside: true });
    }
    // An item whose words write another maximum than its points cell («Trừ 5,0đ/trường hợp, tối đa trừ 10,0đ» beside
    // «-5»): the table states both, so both are held to what thidua reads.
    // A part's words writing a maximum its points cell does not («I. LĨNH VỰC 1 (20 điểm) | 25») likewise.
    const cap = rank === undefined ? capInWords(title) : points !== undefined ? inWords : undefined;
    if (cap !== undefined && Math.abs(cap - Math.abs(value)) > 1e-9) worded.push({ row: figure.row, value: cap, cell: pointsCell(words) });
    // A row whose words close with a level's points other than its points cell's («b) Từ 80% …: 8 điểm» beside 6): the
    // table states both, so both are held, never one taken in silence.
    const said = rank === undefined && points !== undefined && cap === undefined ? levelLinePoints(title) : undefined;
    if (said !== undefined && Math.abs(said - Math.abs(points!)) > 1e-9) worded.push({ row: figure.row, value: said, cell: pointsCell(words), level: true });
  }
  // Sub-parts numbered like the items under them («1» over items «1», «2»…; «2.a)» a division of sub-part 2), as the
  // reader tells them apart: parts, coded with their part («I.2», «I.2.a»), worth what their items add up to.
  // A row's own figure: its points (a deduction written beside them is a figure of its own, after it).
  const valueOf = new Map<number, number>();
  for (const f of figures) if (!valueOf.has(f.row)) valueOf.set(f.row, f.value);
  const alike = numberedAlike(rows.map((x) => ({ code: x.code, points: valueOf.get(x.row) })));
  // One holding no rows (III.4) is an item, and ends the sub-part above it.
  for (const [i, depth] of alike?.depth ?? []) {
    const [code, rank] = [alike!.code.get(i)!, NUMBERED + depth - 1];
    headings.push({ row: rows[i]!.row, code, rank });
    const f = figures.find((x) => x.row === rows[i]!.row);
    if (!f || f.kind !== 'item' || !alike!.parent.includes(i)) continue;
    Object.assign(f, { kind: 'part', rank, code });
    parts.push(f);
  }
  // Sub-parts written with their points and no number over the items adding up to them (sub-part-rows.ts, as the
  // reader reads them): parts; the numbered part they divide, when it is the whole table, its total.
  const subParts = subPartRows(rows.map((x) => {
    const dash = dashed(x.code, x.title) !== undefined;
    return { code: dash ? '' : x.code, value: valueOf.get(x.row), plain: !dash };
  }));
  for (const i of subParts?.heads ?? []) {
    const f = figures.find((x) => x.row === rows[i]!.row)!;
    Object.assign(f, { kind: 'part', rank: NUMBERED });
    parts.push(f);
    headings.push({ row: f.row, code: f.code, rank: NUMBERED });
  }
  if (subParts?.whole !== undefined) figures.find((x) => x.row === rows[subParts.whole!]!.row)!.kind = 'total';
  // A top-level number that the next numbered rows with points extend («1» over «1.1», «1.2»): a numbered part, not an
  // item («2» of a second part is not one over the «2.1» of a third).
  for (const f of figures) {
    if (f.kind === 'item' && /^\d+$/.test(f.code) && rows.find((x) => x.row > f.row && x.points && x.code !== '')?.code.startsWith(`${f.code}.`)) {
      Object.assign(f, { kind: 'part', rank: NUMBERED });
      parts.push(f);
      headings.push({ row: f.row, code: f.code, rank: NUMBERED });
    }
  }
  // Such a part ends at the next top-level number, an item of its own or not («1» over «1.1», «1.2», then «2 … 10»).
  if (parts.some((p) => p.rank === NUMBERED && /^\d+$/.test(p.code))) {
    const headed = new Set(headings.map((e) => e.row));
    for (const x of rows) if (/^\d+$/.test(x.code) && !headed.has(x.row)) headings.push({ row: x.row, code: x.code, rank: NUMBERED });
  }
  // A row with points and no number over a row without points (an indicator) and its levels stepping down to 0, all
  // below the row's figure: a content group of its own written total («Nội dung đánh giá: Học tập và làm theo … 8» over
  // an indicator of levels 4 / 2 / 0), held as a part, not as one item's maximum.
  const valueAt = new Map(figures.filter((f) => f.kind === 'item').map((f) => [f.row, f.value]));
  const levelsFrom = (i: number) => {
    const out: number[] = [];
    for (let j = i; j < rows.length && rows[j]!.points && valueAt.has(rows[j]!.row); j++) out.push(valueAt.get(rows[j]!.row)!);
    return out;
  };
  for (const f of figures) {
    const i = rows.findIndex((x) => x.row === f.row);
    const levels = i >= 0 && rows[i + 1]?.points === false ? levelsFrom(i + 2) : [];
    const stepping = levels.length >= 2 && levels.at(-1) === 0 && levels.every((v, k) => k === 0 || v < levels[k - 1]!);
    if (f.kind === 'item' && f.code === '' && stepping && f.value > levels[0]!) {
      Object.assign(f, { kind: 'part', rank: NUMBERED });
      parts.push(f);
      headings.push({ row: f.row, code: f.code, rank: NUMBERED });
    }
  }
  // A part's rows run to the next part not within it, or to the total. The headings in row order, each part walks from
  // its own row to the first not its own: a table of thousands of rows is not scanned whole once a part.
  const totals = figures.filter((f) => f.kind === 'total').map((f) => f.row);
  const ordered = [...headings].sort((a, b) => a.row - b.row);
  for (const p of parts) {
    let at = countAbove(ordered, p.row + 1);
    while (at < ordered.length && within(p, ordered[at]!)) at++;
    const end = totals.reduce((m, t) => (t > p.row && t < m ? t : m), ordered[at]?.row ?? Infinity);
    p.lastRow = rows[countAbove(rows, end) - 1]?.row ?? p.row;
  }
  // The first row the table's total, written above its parts without the word «Tổng» (as the reader reads it).
  const lead = figures[0];
  if (lead?.kind === 'item' && lead.row === rows[0]?.row && leadsAsTotal({ code: lead.code, value: lead.value }, rows.slice(1).map((x) => ({ code: x.code, value: valueOf.get(x.row) })))) lead.kind = 'total';
  for (const w of worded) {
    const at = figures.findIndex((f) => f.row === w.row);
    const own = figures[at];
    // Of the kind its row's figure has settled to (an item found to be a part by the passes above reads as one).
    if (own) figures.splice(at + 1, 0, { ...own, value: w.value, cell: w.cell, inWords: true, ...(w.level && { level: true as const }) });
  }
  return { figures, rows };
}

/** How many of `xs` (in row order) stand above row `row`. */
function countAbove(xs: readonly { row: number }[], row: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Made for issue 55 item 1: the figures a table states about itself — «Thang điểm 100» in its title, «Tổng cộng 100»,
// «III.1 … 35», «Phần C: Điểm cộng (tối đa 7)» — gathered once, so the set the reader built is held to them.
// «chuẩn 100 điểm» in a title: a high school's teachers' KPI table (criteria-corpus, kpi-thpt-phuong-xa-giao-vien).
// «Tổng số điểm: 100» in a plan's title block above a Word table's caption: until 2026-11-30 read in a workbook only.
// That paragraph said «ô A1» until 2026-11-30 evening, a cell a Word document has not: now by its words.
// «Điểm số tối đa/ 100» over the points: the whole a scholarship's rows are shares of (hoc-bong-nhan-hoc-khxhnv), until 2026-12-01 no figure.
