// Whether a table found as a scoring table holds points at all. A table of rewards in money («Thưởng (đồng)»), of
// dates or of counts of people has a content column and a column of numbers, but ranking units by it would rank them
// out of nothing: it is refused with the reason, naming the column, never read as a set that scores out of 0.
import type { StackedHeader } from '../../../../report/header-rows.js';
import { gridAddress, sheetCell } from '../../../../sheet/grid.js';
import type { SheetGrid } from '../../../../sheet/cell.js';
import { normalizeLabel } from '../../../../text.js';
import { cellText, formatPoints } from '../../../../values.js';
import { scoringColumn, type Key, type Table } from './columns.js';

/** A refusal: the cell it is said at, and why the table is not a scoring table. */
export type NotScoring = { cell: string; message: string };

const POINTS: readonly Key[] = ['maxPoints', 'bonus', 'deduction'];

/**
 * Words standing as a column's unit, in any of their sequences («triệu đồng», «lượt người»): alone in brackets or as the
 * whole title, after a colon, comma or dash («(đồng)», «ĐVT: người», «Ngày»), or after what `after` adds (a figure for
 * money: «500.000 đồng»); ending the words or followed by a stop, a bracket or a slash («đồng/người»). The same words
 * elsewhere are not the unit: «Hội đồng», «cộng đồng», «tỷ lệ», «người đứng đầu», «mỗi lượt vi phạm», «chậm nộp mỗi ngày».
 */
const asUnit = (words: string, after = '') =>
  String.raw`(?:(?<=${after}[(:,;\-–]\s*)|^)(?:${words})(?:\s+(?:${words}))*(?=\s*(?:$|[)/,;:.\-–]))`;

/**
 * Money by its units, as units only and as written («(đồng)», «500.000 đồng», «(Triệu Đồng)», «(1.000đ)», «VNĐ»): a
 * unit's place tells it from a name («Lâm Đồng», «Đồng Nai», «Triệu Phong», in capitals or not). «100đ» alone may be points.
 */
const MONEY_UNITS = new RegExp(String.raw`${asUnit('đồng|triệu|nghìn|ngàn|tỷ|tỉ', String.raw`\d\s*|`)}|(?<!\p{L})(?:vnđ|vnd)(?!\p{L})|(?<![\d.,])1[.,]?000\s*đ(?!\p{L})`, 'iu');

/**
 * The phrases that name money however they are capitalised («Thành Tiền», «Kinh Phí» in a title written word by word
 * capitalised): no place is named so.
 */
const MONEY_PHRASES = /(?<!\p{L})(?:thành tiền|số tiền|tiền thưởng|dự toán|kinh phí|mức chi|ngân sách)(?!\p{L})/iu;

/** «tiền» alone: money outside a name («Tiền mặt», «tiền»), not in «Tiền Giang». */
const MONEY_WORD = /(?<!\p{L})tiền(?!\p{L})/iu;

/**
 * A name, two or more syllables each capitalised («Tiền Giang», «Ngân Sơn») or written in capitals throughout («TIỀN
 * GIANG», as real tables write their headers): a province's, a district's or a unit's over a column of its results,
 * never money whatever its syllables say. The phrases naming money («THÀNH TIỀN», «SỐ TIỀN») and its units («(ĐỒNG)»)
 * are read before names are set aside, so capitals leave them money.
 */
const NAME = /(?<!\p{L})(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+|\p{Lu}+(?:\s+\p{Lu}+)+)(?!\p{L})/gu;

/** Whether the words give money: a unit of money in its place, a phrase naming money, or «tiền» outside a name. */
const saysMoney = (words: string) => MONEY_UNITS.test(words) || MONEY_PHRASES.test(words) || MONEY_WORD.test(words.replace(NAME, ' '));

/** A table's unit line above its header: «Đơn vị tính: triệu đồng», «ĐVT: 1.000đ». */
const MONEY_UNIT = /(?<!\p{L})(đơn vị tính|đvt)(?!\p{L})/iu;
const moneyUnit = (words: string) => MONEY_UNIT.test(words) && saysMoney(words.slice(words.search(MONEY_UNIT)).replace(MONEY_UNIT, '').trim());

/** No item of a scoring table is worth this many points: a figure this size beside money words is money. */
const NO_ITEM_SCORES = 10_000;

/**
 * What a column holds instead of points, by a level of its title: money; dates, the title a date («Ngày hoàn thành»,
 * «Thời hạn», «Ngày tháng») or its unit one («(ngày)», «(ngày/tháng/năm)»); counts, the title a count («Số người»,
 * «Số lượng», «Số hộ») or its unit people or a count («(người)», «(lượt)», «(số người)», «ĐVT: hộ»). A points column
 * that only mentions them is points: «Điểm trừ (mỗi lượt vi phạm)», «Điểm tối đa (người đứng đầu)», «Điểm trừ (mỗi
 * ngày chậm nộp)».
 */
const DATES = new RegExp(String.raw`^(?:ngày|thời gian|thời hạn|hạn)(?!\p{L})|${asUnit('ngày tháng năm|ngày tháng|ngày')}`, 'iu');
const COUNT = String.raw`(?:tổng\s+)?số\s+(?:người|lượt|hộ|lượng)`;
const PEOPLE = new RegExp(String.raw`^${COUNT}(?!\p{L})|${asUnit(`${COUNT}|hộ gia đình|người|lượt|hộ`)}`, 'iu');
const NOT_POINTS: readonly { what: string; says: (words: string) => boolean }[] = [
  { what: 'số tiền', says: saysMoney },
  { what: 'ngày tháng', says: (words) => DATES.test(words) },
  { what: 'số người', says: (words) => PEOPLE.test(words) },
];

/** A column's cells under a header ending above row `from`, as read: its numbers, and how many are dates. */
function cellsOf(grid: SheetGrid, from: number, col: number): { numbers: number[]; dates: number } {
  const numbers: number[] = [];
  let dates = 0;
  for (let r = from; r < grid.values.length; r++) {
    const v = sheetCell(grid, r, col).value;
    if (v.kind === 'number') numbers.push(v.value);
    else if (v.kind === 'date') dates++;
  }
  return { numbers, dates };
}

/** The header cell holding a column's label (the lowest level that names it). */
function labelCell(grid: SheetGrid, row: number, header: StackedHeader, col: number): string {
  for (let r = row + header.depth - 1; r > row; r--) if (cellText(grid.values[r]?.[col]).trim() !== '') return gridAddress(grid, r, col);
  return gridAddress(grid, row, col);
}

const shownLabel = (header: StackedHeader, col: number) => (header.labels[col]![0] ?? '').replace(/\s+/g, ' ').trim();

/**
 * The first column of the header at `row` that the table itself titles as money and that holds figures («Dự toán giao
 * năm 2024» over 525 469, 436 734 …): its title and its header cell.
 */
export function moneyColumn(grid: SheetGrid, row: number, header: StackedHeader, except?: number): { label: string; cell: string } | undefined {
  for (let col = 0; col < header.labels.length; col++) {
    if (col === except || !saysMoney(header.labels[col]![0] ?? '')) continue;
    if (cellsOf(grid, row + header.depth, col).numbers.length >= 2) return { label: shownLabel(header, col), cell: labelCell(grid, row, header, col) };
  }
  return undefined;
}

/** Whether the lines above the header give the table's figures in money («Đơn vị tính: triệu đồng»). */
const moneyUnitLine = (grid: SheetGrid, row: number) => grid.values.slice(0, row).some((line) => line.some((v) => moneyUnit(cellText(v))));

/**
 * Why a header with no points column is not a scoring table's when one of its columns of figures is titled as
 * money: said before the columns it lacks, which would send the officer looking for a points column that is not there.
 */
export function moneyInsteadOfPoints(grid: SheetGrid, row: number, header: StackedHeader): string | undefined {
  const money = moneyColumn(grid, row, header);
  return money && `cột «${money.label}» (ô ${money.cell}) ghi số tiền, không phải điểm: đây không phải bảng chấm điểm`;
}

/**
 * Why a sheet with no header row at all is not a scoring table, when the lines above its first figures (its title, its
 * column titles in words no layout knows, its unit line) say money («Biểu tổng hợp dự toán», «(1.000đ)», «Đơn vị
 * tính: triệu đồng»): the money reason at that cell, rather than the columns a header lacks.
 */
export function moneySheet(grid: SheetGrid): string | undefined {
  const first = grid.values.findIndex((line) => line.some((v) => typeof v === 'number'));
  if (first < 0) return undefined;
  // Words alone do not make money of a sheet of codes and small counts: a figure no item's points reach must be there.
  let large: { value: number; cell: string } | undefined;
  for (let r = first; r < grid.values.length && !large; r++) {
    const c = grid.values[r]!.findIndex((v) => typeof v === 'number' && Math.abs(v) >= NO_ITEM_SCORES);
    if (c >= 0) large = { value: grid.values[r]![c] as number, cell: gridAddress(grid, r, c) };
  }
  if (!large) return undefined;
  for (let r = 0; r < first; r++) {
    const c = grid.values[r]!.findIndex((v) => saysMoney(cellText(v)) || moneyUnit(cellText(v)));
    if (c < 0) continue;
    return `ô ${gridAddress(grid, r, c)} ghi «${cellText(grid.values[r]![c]).replace(/\s+/g, ' ').trim()}»: các số của bảng (như ${formatPoints(large.value)} ở ô ${large.cell}) là số tiền, không phải điểm: đây không phải bảng chấm điểm`;
  }
  return undefined;
}

/** A field a program fills in a form: «{{điểm tối đa}}», «[điểm]», «<điểm>», «${diem}». */
const PLACEHOLDER = /^(?:\{\{.+\}\}|\[[^\]]+\]|<[^>]+>|\$\{.+\})$/u;

/**
 * Whether the points column is one of several of the same title under different headings above it («Điểm số» under
 * «Lâm Đồng», «Đắk Nông» and «Bình Thuận»): units' figures side by side, not a table with one column of maxima. Which
 * of them would be the maximum the table does not say, and thidua does not choose: said at the column's title, with
 * each heading at its cell.
 */
function repeatedPoints(grid: SheetGrid, table: Table): NotScoring | undefined {
  const col = table.columns.maxPoints;
  if (col === undefined || table.header.depth < 2) return undefined;
  const [, own, above] = table.header.labels[col]!;
  // Headings that are names (of units, of years), not points of their own: «Điểm thưởng» over «Tối đa | Tự chấm» beside
  // «Điểm chuẩn» over the same is one table's two kinds of points.
  const named = (words: string | undefined) => words !== undefined && scoringColumn(words) === undefined;
  if (!own || !named(above)) return undefined;
  const headings = new Map<string, string>();
  table.header.labels.forEach(([, sub, over], c) => {
    if (!sub || !named(over) || normalizeLabel(sub) !== normalizeLabel(own) || headings.has(over!)) return;
    const r = Array.from({ length: table.header.depth }, (_, i) => table.row + i).find((row) => cellText(grid.values[row]?.[c]).trim() === over) ?? table.row;
    headings.set(over!, gridAddress(grid, r, c));
  });
  if (headings.size < 2) return undefined;
  const listed = [...headings].map(([words, cell]) => `«${words}» (ô ${cell})`).join(', ');
  return {
    cell: labelCell(grid, table.row, table.header, col),
    message: `Cột «${own}» ghi lặp lại dưới ${headings.size} đầu cột ${listed}: bảng ghi điểm của từng đầu cột ấy cạnh nhau, không phải bảng tiêu chí có một cột điểm tối đa; thidua không chọn một trong các cột ấy làm điểm tối đa.`,
  };
}

/**
 * Why the table is not a scoring table, if it is not: its points column is one of several of the same title under
 * different headings (units' figures side by side), or one of its points columns is named for money, dates or people,
 * or holds sums of money (figures in the thousands, as no item's points are) or dates, or only the fields a program
 * fills in a form not filled in («{{điểm tối đa của tiêu chí}}»). A table whose other points
 * column holds points is a scoring table all the same (a «Thưởng (đồng)» beside «Điểm»: the money is not read).
 */
export function notScoring(grid: SheetGrid, table: Table): NotScoring | undefined {
  const repeated = repeatedPoints(grid, table);
  if (repeated) return repeated;
  const found: NotScoring[] = [];
  let points = 0;
  for (const k of POINTS) {
    const col = table.columns[k];
    if (col === undefined) continue;
    const named = NOT_POINTS.find((n) => table.header.labels[col]!.some((words) => n.says(words)));
    const { numbers, dates } = cellsOf(grid, table.row + table.header.depth, col);
    // A form not filled in: its points cells hold the fields a program fills («{{điểm tối đa của tiêu chí}}»), no figure.
    const fields = grid.values.slice(table.row + table.header.depth).map((row) => cellText(row?.[col]).trim()).filter((t) => PLACEHOLDER.test(t));
    if (numbers.length === 0 && fields.length >= 2) {
      found.push({ cell: labelCell(grid, table.row, table.header, col), message: `Cột «${shownLabel(table.header, col)}» ghi chỗ để điền (như «${fields[0]}»), chưa có điểm nào: bảng là mẫu chưa điền, điền điểm vào mẫu rồi nhập lại.` });
      continue;
    }
    const large = numbers.filter((n) => Math.abs(n) >= NO_ITEM_SCORES);
    // Money by its size alone when most figures run into the tens of thousands; by the table's own words (a column
    // beside titled as money, a unit line in đồng) when any does — an office writing millions (824,4; 586) has few.
    const beside = large.length > 0 ? moneyColumn(grid, table.row, table.header, col) : undefined;
    const money = (numbers.length >= 2 && large.length >= numbers.length * 0.6) || beside !== undefined || (large.length > 0 && moneyUnitLine(grid, table.row));
    const datesMostly = dates >= 2 && dates >= numbers.length;
    const what = named?.what ?? (money ? 'số tiền' : datesMostly ? 'ngày tháng' : undefined);
    if (what === undefined) {
      points++;
      continue;
    }
    const example = money ? ` (như ${formatPoints(large[0]!)}${beside ? `; cột «${beside.label}» (ô ${beside.cell}) bên cạnh cũng ghi số tiền` : ''})` : '';
    found.push({ cell: labelCell(grid, table.row, table.header, col), message: `Cột «${shownLabel(table.header, col)}» ghi ${what}${example}, không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.` });
  }
  return points === 0 ? found[0] : undefined;
}

// Made for issue 55 item 3: a table of rewards in money («Thưởng (đồng)»), imported as a set «Chấm trên tổng 0 điểm»
// and used to rank units out of 0; tables of dates and of counts of people the same; a money table whose header
// names no column the reader knows. And for Lâm Đồng's report on its indices (the corpus's
// chi-so-766-lam-dong-bao-cao-cac-chi-so.docx): its tables comparing three provinces, «Lâm Đồng» over «Điểm số», were
// said to hold money for the province's name, and, that corrected, one was taken as the criteria table.
