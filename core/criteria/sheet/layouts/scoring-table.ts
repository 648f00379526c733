// Bảng điểm của cơ quan: the scoring table a plan's appendix gives (a Word table, or pasted into Excel) —
// STT | TIÊU CHUẨN THI ĐUA | ĐIỂM over Chuẩn | Thưởng | Trừ, standards → sections → items → sub-items numbered
// any way (I / 1 / a / a1 / a1.1; 1 / 1.1 / 1.1.1), a «Tổng cộng» row at the top or the bottom, points typed as
// text («3.5», «0,5», «100 điểm»). A parent is worth the sum of its children unless they are levels of one item
// (choose one: tiers); a row with points only under Trừ is a deduction, only under Thưởng a bonus; a row of text
//
// Read in passes, one file each under ./scoring-table/: columns found (columns.ts) → rows classified (rows.ts, the
// stated totals kept by stated.ts; rows of words alone heading groups, or sub-parts writing their points without a
// number, found by heads.ts) → tree built (tree.ts,
// over node.ts) → an item's own rows joined to it (own-rows.ts) → criteria settled (settle.ts) → groups made
// (groups.ts) → a level of 0 that takes points given them (level-takes.ts) → a bonus the document records beside its total, not added (recorded.ts) → the totals held against
// the set (stated.ts). This file detects the layout and runs the passes.
import { isBlank, isBlankRow, seenAt, sheetCell } from '../../../sheet/grid.js';
import type { CellValue } from '../../../cell.js';
import type { SheetGrid } from '../../../sheet/cell.js';
import { labelLookup, normalizeLabel } from '../../../text.js';
import { rules } from '../../rules/index.js';
import { addedParts, comparedAcrossUnits } from '../../rules/scoring-words.js';
import type { Criterion } from '../../schema.js';
import { cellText, formatNumberVi } from '../../../values.js';
import { finishSet, noteNoBase, worthNothing } from '../finish.js';
import { evidenceRuled, type LineUnder } from '../evidence-rule.js';
import { noteFootnoteMarks } from '../footnote-marks.js';
import { scoreStepWritten } from '../score-step.js';
import { kindNamer } from '../infer.js';
import { cappedSum, noteVerifier, readAwards, readBands, readMetadata } from '../common-parts.js';
import { sectionMarker } from '../tree-codes.js';
import { hasCriteriaTable, SheetReader, sortByCell, type CriteriaLayout, type ReadCriteriaSheetOptions, type ReadCriteriaSheetResult } from '../sheet-reader.js';
import { OWN_CRITERIA_COLUMNS, SECTION_TITLES, WRITTEN_TOTAL } from '../vocabulary.js';
import { noteAchievedColumn } from './scoring-table/achieved.js';
import { findScoringTable, noteColumnsByCells, noteUnreadColumns, ownColumn, type Table } from './scoring-table/columns.js';
import { tableEnd } from './scoring-table/end.js';
import { groupsOf } from './scoring-table/groups.js';
import { levelsTaking } from './scoring-table/level-takes.js';
import { noteLevelColumn } from './scoring-table/levels.js';
import { subPartHeads, wordHeads } from './scoring-table/heads.js';
import { classifyRows, dashed, headerRows, listRow } from './scoring-table/rows.js';
import { unmarkedLists } from './scoring-table/unmarked-lists.js';
import { isTotalText, noteTotals } from './scoring-table/stated.js';
import { ownRows } from './scoring-table/own-rows.js';
import { recordedBonus } from './scoring-table/recorded.js';
import { partKind, settledTree } from './scoring-table/tree.js';

export { scoringColumn } from './scoring-table/columns.js';

const sectionTitle = labelLookup(SECTION_TITLES);

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
    // A Word table broken over pages, its header written again: our own sheet's layout reads it as a second list.
    headerRows(grid, table, tableEnd(grid, table).row).repeated.size > 0 ||
    // «Điểm chuẩn» and «Điểm tối đa» apart: our own sheet's layout would drop the second without a word.
    table.maxima !== undefined ||
    // Headers only an office's table is read by («Điểm», «Tiêu chuẩn thi đua»): no other layout would take it.
    !hasCriteriaTable(grid) ||
    nestedOrInContent(grid, table) ||
    levelsUnderItem(grid, table) ||
    partsUnderItem(grid, table) ||
    listUnderItem(grid, table) ||
    numbersStartAgain(grid, table) ||
    bonusOrDeductionPart(grid, table) ||
    bonusRowInPart(grid, table) ||
    !titleLabel.some((l) => ownColumn(l) === 'title') ||
    firstRow.slice(0, 3).some((v) => typeof v === 'string' && isTotalText(v))
  );
}

/**
 * What a plain criteria table cannot hold: a section opened in the content cell (its number cell empty, a section
 * word or numeral with points or a written total: «I. BÁO CÁO NHANH (Tổng 120 điểm) | 120»), or parts over sections
 * (a lettered part «A» then a numeral «I», or «Phần …»).
 */
/** The table's rows under its header that hold anything. */
const bodyOf = (grid: SheetGrid, table: Table) => grid.values.slice(table.row + table.header.depth).filter((row) => !isBlankRow(row));
/** A row's number as typed, without the dot or bracket after it («1.», «a)»). */
const numberOf = (row: readonly CellValue[], table: Table) => cellText(row[table.columns.ordinal!]).trim().replace(/[.)]+$/, '');

function nestedOrInContent(grid: SheetGrid, table: Table): boolean {
  const { title, maxPoints } = table.columns;
  let letter: string | undefined;
  for (const row of bodyOf(grid, table)) {
    const number = numberOf(row, table);
    const text = cellText(row[title!]).trim();
    // «C» right after «B» is the next part's letter, not the numeral 100 (A / B / C of a power company's table).
    const following = letter && number === String.fromCharCode(letter.charCodeAt(0) + 1);
    // A part's heading whole in the number cell, written across the table («I. NHÓM TIÊU CHÍ … (30 điểm)» merged over
    // the row, a Word row of one cell): a section in content, as the rows pass reads it.
    const across = text === '' ? sectionMarker(number) : undefined;
    if (across?.title && /^(?:[IVXLC]+|[A-ZĐ])$/.test(across.raw)) return true;
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
 * A numbered row without points over rows without a number that have them («1.4 Việc … | » over «Hoàn thành tốt 12»,
 * «Hoàn thành 6», «Không hoàn thành 0»): an item's levels, as only an office's table writes them — our own sheet gives
 * every criterion its code and its points on its row, and would read each level as a criterion of its own.
 */
function levelsUnderItem(grid: SheetGrid, table: Table): boolean {
  const { title, maxPoints } = table.columns;
  const rows = bodyOf(grid, table);
  const numbered = (row: readonly CellValue[]) => numberOf(row, table) !== '';
  const points = (row: readonly CellValue[]) => !isBlank(row[maxPoints!]);
  const level = (row: readonly CellValue[] | undefined) => row !== undefined && !numbered(row) && points(row);
  return rows.some((row, i) => numbered(row) && !points(row) && cellText(row[title!]).trim() !== '' && level(rows[i + 1]) && level(rows[i + 2]));
}

/**
 * An item with points over rows numbered from its letter that have points too («a | 11» over «a1 | 3», «a2 | 8»): its
 * parts, as an office's table nests them — our own sheet gives its criteria one level, and would count «a» beside them.
 */
function partsUnderItem(grid: SheetGrid, table: Table): boolean {
  const codes = bodyOf(grid, table).filter((row) => !isBlank(row[table.columns.maxPoints!])).map((row) => numberOf(row, table));
  return codes.some((code, i) => /^\p{L}+$/u.test(code) && codes[i + 1] === `${code}1`);
}

/**
 * A numbered row's list: rows with points marked by a dash under it («3 | Công tác chuẩn bị … | 10» over «- Chuẩn bị nội
 * dung … | 3», «+ Đạt từ 90% … | 4»), or unmarked rows with points under it (./scoring-table/unmarked-lists.ts: read as
 * its parts and levels where its figures allow one reading, else said as a doubt), as a document's lists nest them — our
 * own sheet codes every criterion, and would read each row of the list as a criterion beside the row it belongs to.
 */
function listUnderItem(grid: SheetGrid, table: Table): boolean {
  const c = table.columns;
  const at = grid.values.flatMap((row, r) => (r >= table.row + table.header.depth && !isBlankRow(row) ? [r] : []));
  const marks = at.map((r) => dashed(numberOf(grid.values[r]!, table), cellText(grid.values[r]![c.title!]).trim())?.mark);
  const dash = marks.map((m) => m !== undefined);
  const rows = at.map((r, i) => listRow(numberOf(grid.values[r]!, table) !== '' && !dash[i], marks[i], (k) => (c[k] === undefined ? undefined : sheetCell(grid, r, c[k]!))));
  const first = rows.findIndex((row) => row.numbered);
  return (first >= 0 && at.some((r, i) => i > first && dash[i] && !isBlank(grid.values[r]![c.maxPoints!]))) || unmarkedLists(rows).length > 0;
}

/**
 * Items numbered from 1 again in each section, with parts numbered under a number met the second time («1», «1.1», «2»
 * in section I, «1», «2», «2.1» in section II): an office's nesting. Our own sheet's codes are its criteria's, each once;
 * read as one list, II's «2.1» would be taken for a part of I's «2».
 */
function numbersStartAgain(grid: SheetGrid, table: Table): boolean {
  const seen = new Map<string, number>();
  for (const row of bodyOf(grid, table)) {
    const code = numberOf(row, table);
    if (/^\d+$/.test(code)) seen.set(code, (seen.get(code) ?? 0) + 1);
    const part = /^(\d+)\.\d+$/.exec(code);
    if (part && (seen.get(part[1]!) ?? 0) >= 2) return true;
  }
  return false;
}

/**
 * A part named for its bonus with no points of its own, or for its deductions, with rows numbered under it («VI | ĐIỂM
 * CỘNG (tối đa 10 điểm)» over «1 … +3đ/đợt», «IX | ĐIỂM TRỪ (tối đa trừ 20 điểm) | -20» over «1 … -5»), or a maximum
 * written below zero: outside the base total, as only an office's table heads them — read as our own sheet, a bonus
 * part's rows were counted in it, and a deduction part's or a row's negative maximum refused the set. (A bonus part
 * that writes its points, or a part with no rows, our own sheet reads as written: a union's «VIII | ĐIỂM THƯỞNG | 15» is
 * counted in its «TỔNG ĐIỂM: 100».)
 */
function bonusOrDeductionPart(grid: SheetGrid, table: Table): boolean {
  const rows = bodyOf(grid, table);
  return rows.some((row, i) => {
    const points = row[table.columns.maxPoints!];
    if (typeof points === 'number' && points < 0) return true;
    const number = numberOf(row, table);
    const title = cellText(row[table.columns.title!]).trim();
    const marker = number === '' ? sectionMarker(title) : { raw: number, title };
    const kind = marker !== undefined && /^(?:[IVXLC]+|[A-ZĐ])$/.test(marker.raw) ? partKind(marker.title) : undefined;
    return kind !== undefined && (kind === 'deduction' || isBlank(points)) && rows[i + 1] !== undefined && /^\d/.test(numberOf(rows[i + 1]!, table));
  });
}

/**
 * A row without a number or points opening with a bonus's words («* Điểm thưởng (tối đa 5 điểm): …», «Điểm cộng …»):
 * the bonus of the part it closes, which only an office's table reads (scoring-table/bonus-row.ts) — thidua's own sheet
 * would fold it, unsaid, into the words of the item above.
 */
function bonusRowInPart(grid: SheetGrid, table: Table): boolean {
  return bodyOf(grid, table).some((row) => numberOf(row, table) === '' && isBlank(row[table.columns.maxPoints!]) && partKind(cellText(row[table.columns.title!]).trim().replace(/^\*+\s*/, '').split('\n')[0]!) === 'bonus');
}

/** A row's words in the group column: its own cell's (a merged cell's, seen on each of its rows), else the nearest above in the table's body. */
function groupAbove(grid: SheetGrid, col: number, r: number, body: number): string {
  for (let k = r; k >= body; k--) {
    const text = cellText(seenAt(grid, sheetCell(grid, k, col).address)).trim();
    if (text !== '') return text;
  }
  return '';
}

/** What is written under the table: the sheet's cells after its end, then a Word document's paragraphs under it. */
function linesUnder(sheet: SheetReader, end: number, below: readonly string[] = []): LineUnder[] {
  const cells = sheet.grid.values.slice(end).flatMap((row, k) => row.flatMap((v, c) => (isBlank(v) ? [] : [{ text: cellText(v), cell: sheet.at(end + k, c) }])));
  return [...cells, ...below.map((text, i) => ({ text, paragraph: i + 1 }))];
}

/**
 * The set named from the title above the table (no «Tên bộ tiêu chí»), where the table's first row is the whole part
 * under another name: a workbook's sheet kept from another part's template («Thể chế số» above «5 | Hoạt động chính
 * quyền số | 540»). Said at the title, where the name's source is said; the name is left as read.
 */
function noteOtherPartTitle(sheet: SheetReader, title: string, whole: { r: number; raw: string; title: string }): void {
  const banner = sheet.titleRow();
  if (!banner || sheet.text(banner) !== title || normalizeLabel(title) === normalizeLabel(whole.title)) return;
  const line = whole.r + (sheet.grid.origin?.row ?? 1);
  sheet.note(
    banner.address,
    `Tiêu đề ô ${banner.address} «${title}» (tên bộ tiêu chí lấy từ đây) khác tên phần mà cả bảng là, ở dòng ${line} «${whole.raw} ${whole.title}»: tiêu đề có thể là của phần khác. Kiểm tra, sửa «Tên bộ tiêu chí» trên trang «Tiêu chí» của tệp .xlsx xuất ra trước khi xác nhận — tên bộ in trên mẫu báo cáo, «Tổng hợp» và giấy tờ khen thưởng.`,
  );
}

/** Whether a rate read from the words is measured against a figure below 100% («Tỷ lệ/80% × Điểm tối đa»). */
const partRate = (criteria: readonly Criterion[], codes: readonly string[]) =>
  criteria.some((c) => codes.includes(c.code) && c.rule.kind === 'ratio' && c.rule.fullFrom === undefined && c.target !== undefined && c.target.value !== 100);

/** How the run scores the criteria read as Min-Max between the units, when some are (none: ''). */
function acrossUnits(criteria: readonly Criterion[], codes: readonly string[]): string {
  const across = criteria.filter((c) => codes.includes(c.code) && c.rule.kind === 'min_max');
  const lower = (c: Criterion) => c.rule.kind === 'min_max' && c.rule.lower === true;
  return [false, true]
    .map((low) => [low, across.filter((c) => lower(c) === low).map((c) => c.code)] as const)
    .filter(([, cs]) => cs.length > 0)
    .map(([low, cs]) => `; ${cs.join(', ')}: điểm = (${low ? 'cao nhất − số liệu' : 'số liệu − thấp nhất'})/(cao nhất − thấp nhất) × điểm tối đa giữa các đơn vị chấm cùng một lượt`)
    .join('');
}

/** The criteria scored by the rule their method words state, by rule: «Tỷ lệ: 5.1, 5.2, 5.4». */
function ruledByWords(criteria: readonly Criterion[], codes: readonly string[]): string {
  const byKind = new Map<string, string[]>();
  for (const c of criteria) {
    if (!codes.includes(c.code)) continue;
    // A rate full at less than 100% says where («Tỷ lệ/80% × Điểm tối đa»); one full from a rate, below it the rate
    // itself × the maximum, in its own «Cách tính» words («Tỷ lệ × điểm tối đa, đủ điểm từ 90%»).
    const label =
      c.rule.kind === 'ratio' && c.rule.fullFrom !== undefined
        ? rules.ratio.format(c.rule)
        : `${rules[c.rule.kind].label}${partRate([c], codes) ? ` (đủ điểm từ ${formatNumberVi(c.target!.value)}%)` : ''}`;
    byKind.set(label, [...(byKind.get(label) ?? []), c.code]);
  }
  return [...byKind].map(([label, cs]) => `${label}: ${cs.join(', ')}`).join('; ');
}

/**
 * What the words of criteria scored by hand say beyond a choice of levels, after «các mức … chọn một, không cộng»:
 * parts that add up to the maximum («; lời của 6.1, 6.2 ghi các phần cộng lại thành điểm tối đa — 6.1: 8 + 2; 6.2: 2,5 +
 * 2,5: điểm là tổng các phần đơn vị đạt»), and points given by comparing the units (Min-Max) whose words name no end
 * that earns the maximum (those that name one are read as «Min-Max giữa các đơn vị», scored by the run). The checks
 * and «Còn thiếu gì» read the same words (core/criteria/rules/manual.ts).
 */
function byHandWords(criteria: readonly Criterion[]): string {
  const manual = criteria.filter((c) => c.rule.kind === 'manual');
  const parts = manual.flatMap((c) => {
    const added = addedParts(c);
    return added ? [{ code: c.code, sum: added.map((p) => formatNumberVi(p.points)).join(' + ') }] : [];
  });
  const across = manual.filter(comparedAcrossUnits).map((c) => c.code);
  return [
    parts.length === 0
      ? ''
      : `; lời của ${parts.map((p) => p.code).join(', ')} ghi các phần cộng lại thành điểm tối đa (${parts.map((p) => `${p.code}: ${p.sum}`).join('; ')} điểm): điểm là tổng các phần đơn vị đạt, không phải một mức`,
    across.length === 0
      ? ''
      : `; lời của ${across.join(', ')} tính điểm theo Min-Max giữa các đơn vị nhưng không nói đơn vị cao nhất hay thấp nhất được điểm tối đa: thidua không tự chọn — chấm thủ công (điểm tự chấm tính như đã ghi); nếu bảng muốn thidua tính, ghi «Cách tính» của ${across.length > 1 ? 'các mục ấy' : 'mục ấy'} là «${rules.min_max.label}» (hoặc «${rules.min_max.format({ kind: 'min_max', lower: true })}») trên trang «Tiêu chí» của tệp .xlsx xuất ra`,
  ].join('');
}

function read(grid: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaSheetResult {
  const table = findScoringTable(grid)!;
  const sheet = new SheetReader(grid, table.row);
  const headerCell = sheet.at(table.row, table.columns.ordinal!);
  const meta = readMetadata(sheet, options);
  noteColumnsByCells(sheet, table);
  const end = tableEnd(grid, table).row;
  noteUnreadColumns(sheet, table, end, options.fileName);
  if (table.levels !== undefined) noteLevelColumn(sheet, table.row, table.levels, table.header.labels[table.levels]![0]!);
  // What is said of a row names its code, known once the whole tree is: said after the codes are settled.
  const pending: (() => void)[] = [];
  const later = (say: () => void) => pending.push(say);
  const { rows, stated, pointsCell, doubts, whole } = classifyRows(sheet, table, later);
  if (whole) noteOtherPartTitle(sheet, meta.title, whole);
  const words = wordHeads(grid, table, rows, pointsCell);
  const nodes = settledTree(sheet, table, rows, pointsCell, later, words.size > 0 ? words : subPartHeads(table, rows, pointsCell));
  ownRows(sheet, nodes);
  for (const say of pending) say();
  const g = table.columns.group;
  // A group's name typed once over its merged rows stands on each of them; so does one written on a part's first row,
  // the rows under it left blank.
  const column = g === undefined ? undefined : { label: table.header.labels[g]![0]!, at: (line: number) => groupAbove(grid, g, line - (grid.origin?.row ?? 1), table.row + table.header.depth) };
  const { criteria, groups, caps, rowOf, byWords } = groupsOf(sheet, nodes, stated, headerCell, table.levels !== undefined, column);
  noteFootnoteMarks(sheet, criteria, (code) => {
    const row = rowOf.get(code);
    return row === undefined ? undefined : sheet.at(row - (grid.origin?.row ?? 1), table.columns.title!);
  });
  levelsTaking(sheet, table, nodes, criteria);
  recordedBonus(sheet, table, nodes, criteria);
  const base = cappedSum(criteria, caps);
  const nothing = worthNothing(headerCell, criteria, caps);
  if (nothing) return { ok: false, errors: [nothing], notices: sortByCell(sheet.notices) };
  noteTotals(sheet, stated.totals, base, criteria);
  noteAchievedColumn(sheet, table, end, base, stated.totals, options);
  // A class's table of events, each added or taken (an app's «+3» / «-2»): what a unit starts from is no row of it.
  if (base === 0) noteNoBase(sheet, grid, table.row, headerCell);
  const verifier = table.columns.verifiedScore;
  if (verifier !== undefined) {
    const labels = table.header.labels[verifier]!;
    const lowest = table.row + table.header.depth - 1;
    noteVerifier(sheet, sheet.at(isBlank(grid.values[lowest]?.[verifier]) ? table.row : lowest, verifier), labels[1] ?? labels[0]!);
  }
  const kinds = kindNamer(sheet, undefined).kinds(headerCell);
  const bands = readBands(sheet, { from: table.row + table.header.depth, criterion: (r) => !isBlank(grid.values[r]?.[table.columns.maxPoints!]), base, top: table.row, end, below: options.below, above: options.above });
  const forms = readAwards(sheet, bands, criteria, kinds);
  const method = table.columns.method === undefined ? undefined : table.header.labels[table.columns.method]![0];
  sheet.note(
    headerCell,
    method === undefined
      ? 'Bảng điểm không có cột «Cách tính»: mọi tiêu chí chấm thủ công (đơn vị tự chấm, Hội đồng thẩm định); các mức của một tiêu chí chọn một, không cộng.'
      : byWords.length === 0
        ? `Cột «${method}» ghi cách chấm bằng lời: giữ làm ghi chú của từng tiêu chí («Cách chấm: …»), không đọc thành công thức; mọi tiêu chí chấm thủ công theo lời đó (đơn vị tự chấm, Hội đồng thẩm định); các mức của một tiêu chí chọn một, không cộng${byHandWords(criteria)}.`
        : `Cột «${method}» ghi cách chấm bằng lời: giữ làm ghi chú của từng tiêu chí («Cách chấm: …»). Lời của ${byWords.length} tiêu chí nói rõ một cách tính, đọc thành cách tính ấy — ${ruledByWords(criteria, byWords)}: chấm từ số liệu đơn vị ghi («Kết quả», hoặc «Tử số» và «Mẫu số» của một tỷ lệ: điểm = tỷ lệ × điểm tối đa${partRate(criteria, byWords) ? ', chia cho mức đủ điểm với tỷ lệ ghi mức ấy' : ''}${acrossUnits(criteria, byWords)}), điểm tự chấm để đối chiếu; các tiêu chí khác chấm thủ công theo lời đó (đơn vị tự chấm, Hội đồng thẩm định); các mức của một tiêu chí chọn một, không cộng${byHandWords(criteria)}.`,
  );
  const frame = table.columns.frame;
  if (frame !== undefined) {
    const label = table.header.labels[frame]![0]!;
    sheet.note(
      sheet.at(table.row, frame),
      `Cột «${label}» ghi khung chấm của từng tiêu chí: giữ làm ghi chú của tiêu chí («${label}: …»), không đọc thành chỉ tiêu hay cách tính. Ghi «Chỉ tiêu», «Cách tính» trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu cần.`,
    );
  }
  const under = linesUnder(sheet, end, options.below);
  const step = meta.scoreStep === undefined ? scoreStepWritten(sheet, under) : {};
  const done = finishSet(sheet, { ...meta, ...step, subjectKinds: kinds, groups, criteria: evidenceRuled(sheet, criteria, under), classification: bands, awards: { forms } });
  return done.ok ? { ...done, rowOf, doubts } : done;
}

export default {
  id: 'scoring-table',
  detect,
  read,
} satisfies CriteriaLayout;

// Made for: a provincial department's emulation scoring appendix issued as a Word document (STT | TIÊU CHUẨN THI ĐUA |
// ĐIỂM over Chuẩn | Thưởng | Trừ, «Tổng cộng … 100» under the header, items a1…a9 with deductions a1.1 and levels
// C1.1/C1.2/C1.3), the same table pasted into Excel, and a unit's copy with its «Tự chấm» column added.
