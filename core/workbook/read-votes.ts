// Reads the council's vote back from «Biểu quyết» (plan-votes.ts), typed by hand in Excel or LibreOffice or recorded
// by the page and the pane: the passing rule and the meeting above the table, then each nominee's members, present
// and in favour. Like «Rà soát», what cannot be read is named by its cell and held as typed — never applied, never
// lost: a rule that does not read judges nobody, a row whose numbers do not read counts as no vote. Words typed
// outside the cells it reads (a note right of the table, a line under it, a word among the meeting's cells, a word
// over a result thidua does not write) are copied word for word, with their cell, into a block under the tables
// (ASIDES_TITLE), read back from there as kept run after run: never a vote, never said twice, gone once deleted.
import { COUNT_NAMES, countProblems, countsOf, countsShown, DEFAULT_PASSING_RULE, namesIn, NO_MEETING, nomineeKey, parseRule, parseVotingMethod, tallyOf, typedCountsText, type CountField, type Meeting, type TypedCounts, type PassingRule, type TypedVote, type Vote, type VoteAside, type VoteSheet } from '../council/vote.js';
import type { CellValue } from '../cell.js';
import type { SheetGrid } from '../sheet/cell.js';
import { formulasWithoutResult } from '../sheet/formula-cell.js';
import { mergeOver } from '../sheet/grid.js';
import { cellAddress, labelLookup, matchesHeader, normalizeLabel } from '../text.js';
import { keptCellsOf, type KeptCells, type TableLayout } from './kept-cells.js';
import { cellText, decisionDate, formatDateVi, formatNumberVi, isDateFormat, isPercentFormat, parseCell } from '../values.js';
import { headerColumns, type ReviewReadProblem } from './read-review.js';
import { conflictLine, twiceTyped, type CouncilConflict, type TypedEntry } from './council-conflicts.js';
import { FINDING_HEADER, isConditionLine } from './finding-column.js';
import { parseFinding } from '../council/band-finding.js';
import { declines, FALLBACK_LINE_HEAD } from '../council/fallback-vote.js';
import { ASIDES_HEADERS, ASIDES_TITLE, FORMER_VOTES_TITLE, NO_NOMINEES_LINE, OTHER_COUNT_HEADERS, RESULT_WORDS, resultOf, TABLE_NOTES, VOTE_FIELDS, VOTE_HEADERS } from './plan-votes.js';

const COLUMNS = labelLookup({
  unitName: VOTE_HEADERS[1],
  sheet: VOTE_HEADERS[2],
  form: VOTE_HEADERS[3],
  members: [VOTE_HEADERS[4], 'Số thành viên'],
  present: [VOTE_HEADERS[5], 'Số có mặt'],
  inFavour: [VOTE_HEADERS[6], 'Số đồng ý', 'Tán thành'],
  result: VOTE_HEADERS[7],
  note: VOTE_HEADERS[8],
  finding: FINDING_HEADER,
});
type Column = NonNullable<ReturnType<typeof COLUMNS>>;
const FIELDS = labelLookup(VOTE_FIELDS);
/** «Không đồng ý» and «Không biểu quyết», which a council adds beside «Đồng ý» and a face records in: read into the tally, written again by thidua. */
const OTHER_COUNTS = labelLookup({ against: [OTHER_COUNT_HEADERS.against, 'Không tán thành'], abstain: [OTHER_COUNT_HEADERS.abstain, 'Không ý kiến'] });

/** What a row holding counts and «Không đề nghị» asks of the council. */
const DECLINE_REMEDY = 'thidua không chọn bên nào, trường hợp này chưa tính đạt, không đạt hay không đề nghị; hãy giữ một trong hai (xóa các số, hoặc xóa «Không đề nghị»), lưu rồi chạy lại';
/** What to do about counts that do not make a vote, said with them where the closing stops. */
const DOUBT_REMEDY = 'thidua không đoán số nào, trường hợp này chưa tính đạt hay không đạt; hãy ghi lại đúng số Hội đồng đã biểu quyết (mỗi ô một số nguyên), lưu rồi chạy lại';

/**
 * A count that is a date: «5/7» typed into a cell of LibreOffice or Excel becomes 5 July (or 7 May, by the computer's
 * language) — a date to the file's reader, a serial number under a date format to Office.js. Never taken for 5 of 7,
 * nor its serial for a count: the day (yyyy-mm-dd), undefined for any other cell.
 */
function dayIn(grid: SheetGrid, r: number, c: number): string | undefined {
  const v = grid.values[r]?.[c] ?? null;
  const format = grid.formats?.[r]?.[c];
  const parsed = v instanceof Date || (typeof v === 'number' && isDateFormat(format)) ? parseCell(v, format) : undefined;
  return parsed?.kind === 'date' ? parsed.value : undefined;
}

/**
 * A count in a cell formatted as percent («100%» typed: everyone present agreed): its number (1) is no count of votes,
 * never read as one; the text the council sees there («100%»), undefined for any other cell.
 */
function percentIn(grid: SheetGrid, r: number, c: number): string | undefined {
  const v = grid.values[r]?.[c] ?? null;
  return typeof v === 'number' && isPercentFormat(grid.formats?.[r]?.[c]) ? `${formatNumberVi(Number((v * 100).toPrecision(15)))}%` : undefined;
}

/** What a count that is a date is said as, at its cell. */
function datedCount(cell: string, day: string, field: CountField): string {
  return `ô ${cell} là ngày ${day.slice(8, 10)}/${day.slice(5, 7)}, không phải ${COUNT_NAMES[field]} (LibreOffice, Excel đổi «5/7» gõ vào ô thành ngày; thidua không đọc là 5 trên 7): hãy định dạng ô là Số rồi gõ ${COUNT_NAMES[field]}, một số nguyên — mỗi số ở cột của nó`;
}

/**
 * «Trang «Biểu quyết», dòng 14 (ô J14): Bản Ta Ma (Giấy khen …) đã ghi 2 không đồng ý nhưng chưa ghi tổng số thành
 * viên / số có mặt / số đồng ý — chưa tính là đã biểu quyết …»: counts typed that go nowhere until the others are.
 * `result`: «Đạt» or «Không đạt» typed in «Kết quả» with no count, said instead of counts (kept under the tables).
 */
function partialLine(sheet: string, row: number, cells: readonly string[], nominee: string, typed: TypedCounts, blank: readonly string[], result?: string): string {
  const missing = (Object.keys(COUNT_NAMES) as CountField[]).filter((f) => (f === 'members' || f === 'present' || f === 'inFavour') && typed[f]!.trim() === '').map((f) => COUNT_NAMES[f]);
  const [said, kept] = result ? [`«${result}» ở cột «${VOTE_HEADERS[7]}»`, `chép nguyên văn «${result}» xuống bảng «${ASIDES_TITLE}»`] : [typedCountsText(typed), 'đã giữ nguyên số đã ghi'];
  return `Trang «${sheet}», dòng ${row} (ô ${cells.join(', ')}): ${nominee} đã ghi ${said} nhưng chưa ghi ${missing.join(' / ')} (ô ${blank.join(', ')}) — chưa tính là đã biểu quyết; ${kept}: ghi đủ các số của dòng này, lưu rồi chốt lại`;
}

/** The council's members a vote of the nominees' table counts, at its cell (and its part's sheet, of a sheet in parts). */
export type MembersTyped = { members: number; cell: string; sheet?: string };

/**
 * `conflicts`: nominees given two different tallies (council-conflicts.ts): neither applied. `asides` (when any): the
 * lines kept under the tables, then the words first found outside the cells read, in the order the sheet holds them.
 * `membersTyped`: every part's, compared across the parts by the caller (one meeting, one council: membersDiffering).
 */
export type ReadVotes = VoteSheet & { problems: ReviewReadProblem[]; conflicts: CouncilConflict[]; councilCells: KeptCells; membersTyped: MembersTyped[] };

const HELD = 'đã giữ nguyên chữ đã ghi, trường hợp này tính là chưa biểu quyết';
/** What becomes of words typed outside the cells thidua reads back. */
const STRAY_KEPT = `chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết`;
/** The lines thidua itself writes under the nominees' table (the title and the fields' note stand in column A, above it). */
const OWN_LINES = new Set<string>([...TABLE_NOTES, FORMER_VOTES_TITLE]);

/** Cells where `where` says them: «E9:G9», with the part's sheet of «Biểu quyết» in parts: «E9:G9 (trang «Biểu quyết (2)»)». */
const whereIn = (cells: string, part: string | undefined): string => (part ? `${cells} (trang «${part}»)` : cells);

/**
 * @param part given when the sheet is one part of «Biểu quyết» in parts (table-sheet.ts): a word kept from it names
 * its sheet beside its cell; `rule`, for a part after the first, the rule typed on the first (its «Kết quả» is judged by it).
 */
export function readVotes(typedGrid: SheetGrid, part?: { rule?: PassingRule | undefined }): ReadVotes {
  // A formula the file holds no result of is read as typed («=…»), never as a blank cell.
  const grid = formulasWithoutResult(typedGrid);
  // The council's formulas and its own columns, kept in place by the next plan (kept-cells.ts): not words outside.
  const { kept: keptAt, ...councilCells } = keptCellsOf(grid, VOTE_LAYOUT);
  const problems: ReviewReadProblem[] = [];
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const at = (r: number, c: number) => cellAddress(top + r, left + c);
  const fields: Partial<Record<keyof typeof VOTE_FIELDS, { text: string; raw: unknown; cell: string }>> = {};
  let columns: Partial<Record<Column, number>> | undefined;
  /** «Không đồng ý» and «Không biểu quyết» where the sheet has them: counted with the others, kept in the tally where typed. */
  let otherCounts: Partial<Record<'against' | 'abstain', number>> = {};
  let otherColumns: VoteSheet['otherCountColumns'];
  /** The first table's headers typed in other words than thidua's, by thidua's header (written back as typed). */
  let typedHeaders: Record<string, string> | undefined;
  const votes: Vote[] = [];
  const held: TypedVote[] = [];
  const typedRows: CountRow[] = [];
  /** Each vote's counts typed as text, by nominee, from its first row (an empty entry where all were numbers). */
  const textCounts: NonNullable<VoteSheet['textCounts']> = {};
  const listed: NonNullable<VoteSheet['listed']> = [];
  /** Each finding typed, with its cell: a unit's rows that say otherwise are said (band-finding.ts applies neither). */
  const findingCells: { unit: string; unitName: string; typed: string; cell: string }[] = [];
  /** The members each vote of the nominees' table counts, at its cell: one meeting, one council (membersDiffering). */
  const membersTyped: MembersTyped[] = [];
  /** Which table the rows read are in: 0 the nominees', 1 the former nominees' under it. */
  let table = -1;
  /** Where each row holding counts or a note was typed, by nominee (the first row, when typed twice). */
  const typedAt: Record<string, string> = {};
  const typedIn = (key: string, cells: string) => (typedAt[key] ??= whereIn(cells, part && grid.name));
  /** Columns of the nominees' table under one of thidua's titles twice (titledTwice). */
  const titleConflicts: CouncilConflict[] = [];
  /** Where each vote's «Ghi chú» is, by nominee: a vote taken again is said there (voted-on.ts). */
  const notedAt: Record<string, string> = {};

  /** The last column of the table's header: a cell right of it is none of thidua's. */
  let lastColumn = -1;
  /** The council's words kept under the tables (read back), and those first found outside the cells read. */
  const kept: VoteAside[] = [];
  const found: (VoteAside & { at: [number, number] })[] = [];
  /** Columns within the table that are none of thidua's (the council inserted them): every word in them is kept as words outside. */
  let councilColumns = new Set<number>();
  /** Whether the rows read are the kept words' block (under its title). */
  let inAsides = false;
  /** «Kết quả» as each row holds it, judged once the rule is read (`vote`: what the row reads as). */
  const results: { r: number; c: number; text: string; vote: Vote | TypedVote | undefined; key: string }[] = [];
  // Words typed where a run does not write them back: said at their cell once, and copied word for word under the tables.
  const stray = (r: number, c: number, text: string) => {
    const cell = at(r, c);
    if (keptAt.has(cell)) return;
    problems.push({ cell, message: `«${text}» ghi ngoài các ô thidua đọc: ${STRAY_KEPT}` });
    found.push({ where: whereIn(cell, part && grid.name), text, at: [r, c] });
  };

  grid.values.forEach((row, r) => {
    const heads = voteHeader(row);
    const textAt = (c: number) => cellText(row[c] ?? null);
    // A header row: the nominees' table, or the former votes' table under it.
    if (heads) {
      columns = heads;
      table++;
      // One of thidua's titles over two columns (a «Ghi chú» inserted between the counts): which is thidua's cannot be
      // told — the first, taken, is written back after the other, so the next run read the other — so neither is chosen.
      if (table === 0) titleConflicts.push(...titledTwice(row, (c) => at(r, c)));
      otherCounts = {};
      row.forEach((v, c) => {
        const k = OTHER_COUNTS(v);
        if (k && otherCounts[k] === undefined) otherCounts[k] = c;
      });
      inAsides = false;
      // The first of them stands right of one of thidua's columns: written again there.
      const first = Math.min(...Object.values(otherCounts));
      const left = (Object.entries(heads) as [Column, number][]).filter(([, c]) => c < first).sort((x, y) => y[1] - x[1])[0];
      if (Number.isFinite(first) && !otherColumns) otherColumns = { after: left ? HEADER_OF[left[0]] : VOTE_HEADERS[6] };
      if (!typedHeaders) {
        const own: [string, number][] = [...(Object.entries(heads) as [Column, number][]).map(([k, c]) => [HEADER_OF[k], c] as [string, number]), ...(Object.entries(otherCounts) as ['against' | 'abstain', number][]).map(([k, c]) => [OTHER_COUNT_HEADERS[k], c] as [string, number])];
        typedHeaders = Object.fromEntries(own.filter(([header, c]) => textAt(c) !== header).map(([header, c]) => [header, textAt(c)]));
      }
      const ours = new Set([...headerColumns(row, heads, [VOTE_HEADERS[0]]), ...Object.values(otherCounts)]);
      lastColumn = Math.max(lastColumn, ...ours);
      // A column the council added to the table (its members' remarks, headed or not) is not written again: its words are kept as words outside.
      councilColumns = new Set(Array.from({ length: lastColumn + 1 }, (_, c) => c).filter((c) => !ours.has(c)));
      for (let c = 0; c < row.length; c++) if (!ours.has(c) && textAt(c) !== '') stray(r, c, textAt(c));
      return;
    }
    // The block of the council's words kept: its title, its header, then one line each (a number, the words, where).
    if (textAt(0) === ASIDES_TITLE) {
      inAsides = true;
      for (let c = 1; c < row.length; c++) if (textAt(c) !== '') stray(r, c, textAt(c));
      return;
    }
    if (inAsides) {
      const header = ASIDES_HEADERS.every((h, c) => textAt(c) === h);
      const numbered = typeof row[0] === 'number' || /^\d+$/.test(textAt(0));
      // A line kept; one whose words were deleted is gone (its number and cell are thidua's).
      if (!header && numbered && textAt(1) !== '') kept.push({ where: textAt(2), text: textAt(1) });
      const own = header || numbered ? ASIDES_HEADERS.length : 0;
      for (let c = own; c < row.length; c++) if (textAt(c) !== '') stray(r, c, textAt(c));
      return;
    }
    if (!columns) {
      // Above the table: each field's value is the first cell right of its label; the title and the note are thidua's.
      const values = new Set<number>();
      row.forEach((v, c) => {
        const key = FIELDS(v);
        if (key) values.add(c + 1);
        if (key && !fields[key]) fields[key] = { text: cellText(row[c + 1] ?? null), raw: row[c + 1] ?? null, cell: at(r, c + 1) };
      });
      row.forEach((v, c) => {
        // Column A holds the labels and thidua's lines (the title, a part's line).
        if (c > 0 && !values.has(c) && !FIELDS(v) && textAt(c) !== '') stray(r, c, textAt(c));
      });
      return;
    }
    for (let c = lastColumn + 1; c < row.length; c++) if (textAt(c) !== '') stray(r, c, textAt(c));
    for (const c of councilColumns) if (textAt(c) !== '') stray(r, c, textAt(c));
    const cell = (key: Column) => (columns![key] === undefined ? '' : cellText(row[columns![key]!] ?? null));
    const unitName = cell('unitName');
    // A count that is a date is held as its day (yyyy-mm-dd), written back a date (plan-votes.ts), never its serial; a
    // percent as the council sees it.
    const count = (key: 'members' | 'present' | 'inFavour') => (columns![key] === undefined ? '' : (dayIn(grid, r, columns![key]!) ?? percentIn(grid, r, columns![key]!) ?? cell(key)));
    const numbers = { members: count('members'), present: count('present'), inFavour: count('inFavour') };
    // The counts as typed, with against and abstaining where typed in their columns: held with the row, each problem at its own cell.
    const others = Object.entries(otherCounts).map(([k, c]) => [k, dayIn(grid, r, c) ?? percentIn(grid, r, c) ?? textAt(c)] as const);
    const typedCounts: TypedCounts = { ...numbers, ...Object.fromEntries(others.filter(([, v]) => v !== '')) };
    // The counts typed in number cells, so a row held is written back with them numbers (a text «9» stays text).
    const countColumn = (f: CountField) => (f === 'against' || f === 'abstain' ? otherCounts[f] : columns![f]);
    const numbered = (Object.keys(typedCounts) as CountField[]).filter((f) => {
      const c = countColumn(f);
      return c !== undefined && typeof row[c] === 'number' && dayIn(grid, r, c) === undefined && percentIn(grid, r, c) === undefined;
    });
    const typedAs = numbered.length > 0 ? { numbers: numbered } : {};
    const nominee = { sheet: cell('sheet'), unitName, form: cell('form') };
    const note = cell('note');
    // The council's finding on the band's condition, kept word for word on the row (band-finding.ts reads it).
    const typedFinding = cell('finding');
    const finding = typedFinding === '' ? {} : { finding: typedFinding };
    if (unitName === '' || unitName === NO_NOMINEES_LINE) {
      // A line under the table, bar thidua's own.
      for (let c = 0; c <= lastColumn; c++) if (!councilColumns.has(c) && textAt(c) !== '' && !OWN_LINES.has(textAt(c)) && !isConditionLine(textAt(c)) && !textAt(c).startsWith(FALLBACK_LINE_HEAD) && textAt(c) !== NO_NOMINEES_LINE) stray(r, c, textAt(c));
      return;
    }
    if (typedFinding !== '') findingCells.push({ unit: `${nominee.sheet}\u0000${normalizeLabel(unitName)}`, unitName, typed: typedFinding, cell: at(r, columns.finding!) });
    // Words that say neither: kept, said at their cell, never read as one or the other.
    if (typedFinding !== '' && !parseFinding(typedFinding)) {
      problems.push({ cell: at(r, columns.finding!), message: `${unitName}: không hiểu điều kiện xếp loại «${typedFinding}» (ghi «Đạt» hoặc «Không đạt»); đã giữ nguyên chữ đã ghi, giấy tờ ghi xếp loại theo điểm như chưa có kết quả Hội đồng` });
    }
    // «Kết quả» is thidua's to write again: judged against what it writes once the rule is read.
    const result = (vote: Vote | TypedVote | undefined) => {
      const text = cell('result');
      if (text !== '') results.push({ r, c: columns!.result!, text, vote, key: nomineeKey(nominee) });
    };
    if (Object.values(typedCounts).every((x) => x === '')) {
      const typedResult = cell('result');
      // Beside «Không đề nghị» the decision is that word (read below as declined): «Kết quả» is then said as thidua writes it.
      if ((typedResult === RESULT_WORDS.passed || typedResult === RESULT_WORDS.failed) && !declines(note)) {
        // «Đạt» typed with no count (the minutes' «nhất trí»): the council's word, never a vote thidua counts — it writes
        // «Kết quả» from the counts —, so kept word for word under the tables and said with the row, never written over.
        const resultCell = at(r, columns.result!);
        const countCells = (['members', 'present', 'inFavour'] as const).flatMap((k) => (columns![k] === undefined ? [] : [at(r, columns![k]!)]));
        const partial = partialLine(grid.name, top + r, [resultCell], `${unitName} (${nominee.form})`, typedCounts, countCells, typedResult);
        problems.push({ cell: resultCell, message: `${unitName}: «${typedResult}» ở cột «${VOTE_HEADERS[7]}» mà chưa ghi số biểu quyết (ô ${countCells.join(', ')}): cột này do thidua tính từ các số, trường hợp này tính là chưa biểu quyết; ${STRAY_KEPT}` });
        found.push({ where: whereIn(resultCell, part && grid.name), text: typedResult, at: [r, columns.result!] });
        held.push({ ...nominee, ...numbers, note, ...finding, partial });
        typedIn(nomineeKey(nominee), resultCell);
        return;
      }
      // A word typed alone in the unit's column of a blank row (no sheet, no form): the council's, not a nominee.
      if (note === '' && typedFinding === '' && columns.sheet !== undefined && columns.form !== undefined && (nominee.sheet === '' || nominee.form === '')) {
        for (let c = 0; c <= lastColumn; c++) if (!councilColumns.has(c) && textAt(c) !== '') stray(r, c, textAt(c));
        return;
      }
      // A note before the vote (a nominee to take again, a member's remark): kept on its row, not a vote.
      const typed = note !== '' || typedFinding !== '' ? { ...nominee, ...numbers, note, ...finding } : undefined;
      if (typed) {
        held.push(typed);
        typedIn(nomineeKey(nominee), `${at(r, columns.unitName!)}:${at(r, lastColumn)}`);
      }
      // A nominee's row not yet voted on, or a row the council typed for a unit not proposed: told apart once the run's nominees are known (unlisted).
      else {
        const cells = `${at(r, columns.unitName!)}:${at(r, columns.form ?? columns.unitName!)}`;
        listed.push({ ...nominee, where: whereIn(cells, part && grid.name) });
      }
      result(typed);
      return;
    }
    typedIn(nomineeKey(nominee), `${at(r, columns.members!)}:${at(r, columns.inFavour!)}`);
    if (columns.note !== undefined) notedAt[nomineeKey(nominee)] ??= whereIn(at(r, columns.note), part && grid.name);
    const columnOf = (f: CountField) => countColumn(f)!;
    const typedCells = (Object.keys(typedCounts) as CountField[]).filter((f) => typedCounts[f]!.trim() !== '');
    const typedAt = typedCells.map((f) => at(r, columnOf(f)));
    typedRows.push({
      key: nomineeKey(nominee),
      cells: `${at(r, columns.members!)}:${at(r, columns.inFavour!)}`,
      label: `${unitName}${nominee.form ? ` (${nominee.form})` : ''}`,
      shown: countsShown(typedCounts),
      holds: JSON.stringify([typedCounts, note, typedFinding]),
      row: top + r,
      counts: typedCells.map((f) => ({ field: f, cell: at(r, columnOf(f)), text: typedCounts[f]!, number: numbered.includes(f) })),
    });
    if (declines(note) && columns.note !== undefined) {
      // Counts and «Không đề nghị» on one row: two decisions, neither chosen — the nominee waits, as a doubt, for the council to keep one.
      const what = `${unitName} (${nominee.form}): ghi cả số biểu quyết (${typedCountsText(typedCounts)}) và «${note}» ở «Ghi chú» (ô ${at(r, columns.note)}) — ${DECLINE_REMEDY}`;
      problems.push({ cell: at(r, columns.note), message: what });
      held.push({ ...nominee, ...typedCounts, ...typedAs, note, ...finding, doubt: conflictLine(grid.name, { cells: [...typedAt, at(r, columns.note)], message: what }) });
      result(held.at(-1));
      return;
    }
    const unreadCounts = countProblems(typedCounts).map(({ field, message }) => {
      const c = columnOf(field);
      const day = dayIn(grid, r, c);
      // A count typed once over several nominees' rows (a merged cell) is its first row's: the others are said as such.
      const merged = typedCounts[field] === '' ? mergeOver(grid, at(r, c)) : undefined;
      const what =
        day !== undefined
          ? datedCount(at(r, c), day, field)
          : merged && merged.top < top + r
            ? `ô ${at(r, c)} nằm trong ô gộp ${cellAddress(merged.top, merged.left)}:${cellAddress(merged.bottom, merged.right)}, ${COUNT_NAMES[field]} ghi ở ô ${cellAddress(merged.top, merged.left)} chỉ là của dòng ${merged.top} (bỏ gộp ô, ghi số ở từng dòng)`
            : message;
      return { cell: at(r, c), what, typed: typedCounts[field]!.trim() !== '' };
    });
    if (unreadCounts.length > 0) {
      for (const f of unreadCounts) problems.push({ cell: f.cell, message: `${unitName}: ${f.what}; ${HELD}` });
      // Counts typed that do not make a vote are no «chưa biểu quyết»: no closing seals the nominee over them (a count not yet typed is one).
      const typed = unreadCounts.filter((f) => f.typed);
      const doubt = typed.length > 0 ? { doubt: conflictLine(grid.name, { cells: typed.map((f) => f.cell), message: `${unitName} (${nominee.form}): ${typed.map((f) => f.what).join('; ')}; ${DOUBT_REMEDY}` }) } : {};
      // Some counts typed, the others blank (only «Không đồng ý», say): still no vote, said with the cells typed wherever the sheet is read.
      const partial = typed.length === 0 ? { partial: partialLine(grid.name, top + r, typedAt, `${unitName} (${nominee.form})`, typedCounts, unreadCounts.map((f) => f.cell)) } : {};
      held.push({ ...nominee, ...typedCounts, ...typedAs, note, ...finding, ...doubt, ...partial });
      result(held.at(-1));
      return;
    }
    votes.push({ ...nominee, tally: tallyOf(typedCounts), note, ...finding });
    // Counts typed as text that read («9» after an apostrophe): written back as text, never changed to numbers unsaid (the first row's, of a row copied).
    textCounts[nomineeKey(nominee)] ??= Object.fromEntries(typedCells.filter((f) => !numbered.includes(f)).map((f) => [f, typedCounts[f]!]));
    if (table === 0) membersTyped.push({ members: votes.at(-1)!.tally.members, cell: at(r, columns.members!), ...(part ? { sheet: grid.name } : {}) });
    result(votes.at(-1));
  });

  problems.push(...findingsDiffering(findingCells));
  // A nominee with two tallies: neither is its vote.
  const twice = twiceTyped(typedRows, 'kết quả biểu quyết');
  // Such a nominee is found at every row typed for it, not at its first alone.
  for (const key of twice.keys) {
    const cells = typedRows.filter((row) => row.key === key).map((row) => row.cells).join(', ');
    typedAt[key] = whereIn(cells, part && grid.name);
  }
  // A row copied with the same counts is one vote: its first row is written again, the others are not — said at every row's cells.
  const copied = rowsCopied(typedRows, twice.keys);
  problems.push(...copied.problems);
  const inConflict = votes.filter((v) => twice.keys.has(nomineeKey(v)));
  const counted = firstRow(votes.filter((v) => !twice.keys.has(nomineeKey(v))), copied.keys);
  held.push(...inConflict.map((v) => ({ sheet: v.sheet, unitName: v.unitName, form: v.form, ...countsOf(v.tally), note: v.note, ...(v.finding ? { finding: v.finding } : {}) })));

  const text = (k: keyof typeof VOTE_FIELDS) => fields[k]?.text ?? '';
  const ruleRead = fields.rule || fields.base ? parseRule(text('rule'), text('base')) : { rule: DEFAULT_PASSING_RULE, unread: [] };
  for (const u of ruleRead.unread) {
    const f = fields[u === 'share' ? 'rule' : 'base'];
    const ask = u === 'share' ? 'ghi «Trên 50%» hoặc «Từ 90%»…' : 'ghi «tổng số thành viên Hội đồng» hoặc «số thành viên có mặt»';
    problems.push({ cell: f?.cell ?? 'B2', message: `không hiểu ${VOTE_FIELDS[u === 'share' ? 'rule' : 'base'].toLowerCase()} «${f?.text ?? ''}» (${ask}); đã giữ nguyên chữ đã ghi, chưa xét đạt hay không đạt cho trường hợp nào` });
  }
  // «Kết quả» as thidua writes it again: a word of its own that no longer holds is said (never changed without a
  // word); any other word is the council's, kept under the tables. A nominee typed twice stops the run: not judged.
  const rule = part && 'rule' in part ? part.rule : ruleRead.rule;
  for (const x of results) {
    if (twice.keys.has(x.key)) continue;
    const now = resultOf(x.vote, rule);
    if (x.text === now) continue;
    const own = [RESULT_WORDS.passed, RESULT_WORDS.failed, RESULT_WORDS.noRule].includes(x.text as never) || x.text.startsWith(RESULT_WORDS.unread);
    if (!own) stray(x.r, x.c, x.text);
    else {
      const shown = now === '' ? 'để trống (trường hợp chưa có số biểu quyết đọc được)' : `ghi «${now}»`;
      problems.push({ cell: at(x.r, x.c), message: `«${x.text}» ở cột «${VOTE_HEADERS[7]}» khác kết quả tính từ số đã ghi và điều kiện đạt: cột này do thidua ghi lại mỗi lần chấm, lần chấm này ${shown}` });
    }
  }
  const date = fields.date ? decisionDate(fields.date.raw) : '';
  if (date === undefined) problems.push({ cell: fields.date!.cell, message: `không hiểu ngày họp «${fields.date!.text}» (ghi ngày dd/mm/yyyy); biên bản không ghi ngày họp` });
  // The meeting's cells as typed where thidua would write them otherwise, kept while they say the same (plan-votes.ts);
  // a date typed as a number is a date cell to Excel, written back as one.
  const raw = fields.date?.raw;
  const asTyped = (k: 'present' | 'absent') => (text(k) !== namesIn(text(k)).join('; ') ? { [k]: text(k) } : {});
  const typedMeeting: NonNullable<VoteSheet['typedMeeting']> = {
    ...(date && raw !== formatDateVi(date) ? { date: typeof raw === 'number' ? new Date(`${date}T00:00:00Z`) : (raw as CellValue) } : {}),
    ...asTyped('present'),
    ...asTyped('absent'),
  };
  const meeting: Meeting = { ...NO_MEETING, date: date ?? '', place: text('place'), chair: text('chair'), secretary: text('secretary'), ...meetingDetails(fields, problems), ...(date ? { dateCell: fields.date!.cell } : {}) };
  // Names typed beside numbers typed: a count that differs is said, never printed as if both held.
  const named = meeting.present?.length;
  const differing = named === undefined ? [] : votes.filter((v) => v.tally.present !== named);
  if (named !== undefined && differing.length > 0) {
    problems.push({ cell: fields.present!.cell, message: `ghi ${named} tên thành viên có mặt nhưng ${differing.length} trường hợp ghi số có mặt khác (${differing.map((v) => `${v.unitName}: ${v.tally.present}`).join('; ')}); biên bản ghi cả hai như đã ghi — hãy kiểm tra` });
  }
  // Only the nominees with a count typed as text (the others' first rows were all numbers).
  const asText = Object.fromEntries(Object.entries(textCounts).filter(([, t]) => Object.keys(t).length > 0));
  return {
    rule: ruleRead.rule,
    ...(fields.rule || fields.base ? { typedRule: { share: text('rule'), base: text('base') } } : {}),
    ...(date === undefined ? { typedDate: text('date') } : {}),
    ...(text('method') !== '' ? { typedMethod: text('method') } : {}),
    ...(Object.keys(typedMeeting).length > 0 ? { typedMeeting } : {}),
    ...(Object.keys(fields).length > 0 ? { fieldsAt: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.cell])) } : {}),
    meeting,
    votes: counted,
    held: firstRow(held, copied.keys),
    ...(listed.length > 0 ? { listed } : {}),
    ...(Object.keys(typedAt).length > 0 ? { typedAt } : {}),
    ...(Object.keys(notedAt).length > 0 ? { notedAt } : {}),
    ...(Object.keys(asText).length > 0 ? { textCounts: asText } : {}),
    ...(otherColumns ? { otherCountColumns: otherColumns } : {}),
    ...(typedHeaders && Object.keys(typedHeaders).length > 0 ? { typedHeaders } : {}),
    // The lines kept first, then the words just found in the sheet's order, each once: the block reads back the same run after run.
    ...(kept.length + found.length > 0 ? { asides: [...kept, ...found.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]).map(({ where, text }) => ({ where, text }))] } : {}),
    problems,
    // A part's members are compared with every part's (previous-summary.ts), never within it alone.
    conflicts: [...titleConflicts, ...twice.conflicts, ...(part ? [] : membersDiffering(membersTyped))],
    councilCells,
    membersTyped,
  };
}

/**
 * The meeting's fields added for the minutes (issue 57): time, voting method, members present and absent by name, where
 * the list was posted —
 * each kept only when typed; a method that says neither way is named by its cell and held as typed.
 */
function meetingDetails(fields: Partial<Record<keyof typeof VOTE_FIELDS, { text: string; cell: string }>>, problems: ReviewReadProblem[]): Partial<Meeting> {
  const text = (k: keyof typeof VOTE_FIELDS) => fields[k]?.text.trim() ?? '';
  const method = text('method') === '' ? undefined : parseVotingMethod(text('method'));
  if (text('method') !== '' && !method) {
    problems.push({ cell: fields.method!.cell, message: `không hiểu hình thức biểu quyết «${text('method')}» (ghi «Giơ tay» hoặc «Bỏ phiếu kín»); đã giữ nguyên chữ đã ghi, biên bản không ghi hình thức biểu quyết` });
  }
  const present = namesIn(text('present'));
  const absent = namesIn(text('absent'));
  return {
    ...(text('time') ? { time: text('time') } : {}),
    ...(method ? { method } : {}),
    ...(present.length > 0 ? { present } : {}),
    ...(absent.length > 0 ? { absent } : {}),
    ...(text('postedAt') ? { postedAt: text('postedAt') } : {}),
  };
}

/** A row holding counts as typed (twiceTyped's entry): its sheet row, each count's cell and whether a number cell holds it. */
type CountRow = TypedEntry & { row: number; counts: { field: CountField; cell: string; text: string; number: boolean }[] };

/**
 * Rows of one nominee holding the same counts (a row copied, a cell retyped as text «9» where the other holds the number
 * 9): one vote, written again once — on its first row, each cell of the type typed there —, never a row gone unsaid.
 * One problem per nominee naming every row's cells and the cells typed otherwise; `keys`, the nominees so copied.
 */
function rowsCopied(rows: readonly CountRow[], apart: ReadonlySet<string>): { problems: ReviewReadProblem[]; keys: Set<string> } {
  const byKey = new Map<string, CountRow[]>();
  for (const row of rows) if (!apart.has(row.key)) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const copies = [...byKey].filter(([, list]) => list.length > 1);
  const as = (c: CountRow['counts'][number]) => `ô ${c.cell} ghi ${c.number ? `số ${c.text}` : `chữ «${c.text}»`}`;
  const problems = copies.map(([, [first, ...others]]) => {
    const typedOtherwise = others.flatMap((row) => row.counts.flatMap((c) => {
      const f = first!.counts.find((x) => x.field === c.field);
      return f && f.number !== c.number ? [`${as(c)}, ${as(f)}`] : [];
    }));
    const cells = [first!, ...others].map((row) => row.cells).join(', ');
    const dropped = others.map((row) => row.row).join(', ');
    return {
      cell: cells,
      message: `${first!.label}: ${others.length + 1} dòng ghi cùng một kết quả biểu quyết ${first!.shown}${typedOtherwise.length > 0 ? ` (${typedOtherwise.join('; ')})` : ''} — là một lần biểu quyết ghi ${others.length + 1} lần: thidua tính một lần, ghi lại dòng ${first!.row} như đã ghi, không ghi lại dòng ${dropped}. Nếu Hội đồng muốn giữ các ô như ở dòng ${dropped}, hãy sửa dòng ${first!.row} cho giống rồi lưu.`,
    };
  });
  return { problems, keys: new Set(copies.map(([key]) => key)) };
}

/** Of the nominees whose rows were copied (`keys`), the first row holding counts only; every other entry as read. */
function firstRow<T extends Vote | TypedVote>(list: readonly T[], keys: ReadonlySet<string>): T[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = nomineeKey(v);
    const counts = 'tally' in v || [v.members, v.present, v.inFavour].some((x) => x !== '');
    if (!keys.has(key) || !counts) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cells named in a line at most, per number typed. */
const CELLS_NAMED = 8;

/**
 * The nominees' table typing two or more numbers of the council's members: its rows are one meeting's votes (one date
 * above the table), so one council — 90 typed for 9 on one row judges that nominee over 90; the same across the parts
 * of «Biểu quyết» in parts, each cell named with its part. Two entries for one thing: a conflict naming each number's
 * cells, none chosen (the closing is stopped, as for a nominee typed twice).
 */
export function membersDiffering(typed: readonly MembersTyped[]): CouncilConflict[] {
  const byMembers = new Map<number, MembersTyped[]>();
  for (const t of typed) byMembers.set(t.members, [...(byMembers.get(t.members) ?? []), t]);
  if (byMembers.size < 2) return [];
  const groups = [...byMembers].map(([n, rows]) => `${n} ở ${rows.length} dòng (${cellsBySheet(rows.slice(0, CELLS_NAMED))}${rows.length > CELLS_NAMED ? ` và ${rows.length - CELLS_NAMED} ô khác` : ''})`);
  return [
    {
      cells: [...byMembers.values()].map((rows) => rows[0]!.cell),
      message: `tổng số thành viên Hội đồng ghi khác nhau giữa các trường hợp của một cuộc họp: ${groups.join('; ')}; thidua không chọn số nào, chưa tính đạt hay không đạt theo số ấy. Hãy ghi cùng một tổng số thành viên Hội đồng ở mọi dòng.`,
    },
  ];
}

/** Cells as a line names them: «ô E8, E9», or, in parts, «trang «Biểu quyết», ô E8; trang «Biểu quyết (phần 2)», ô E4». */
function cellsBySheet(rows: readonly MembersTyped[]): string {
  const bySheet = new Map<string | undefined, string[]>();
  for (const t of rows) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t.cell]);
  return [...bySheet].map(([sheet, cells]) => `${sheet ? `trang «${sheet}», ` : ''}ô ${cells.join(', ')}`).join('; ');
}

/** A unit's rows whose findings say otherwise (voted for two forms, «Đạt» on one, «Không đạt» on the other): said at the later cell. */
function findingsDiffering(cells: readonly { unit: string; unitName: string; typed: string; cell: string }[]): ReviewReadProblem[] {
  return cells.flatMap((c, i) => {
    const first = cells.slice(0, i).find((d) => d.unit === c.unit && parseFinding(d.typed) !== parseFinding(c.typed));
    return first ? [{ cell: c.cell, message: `${c.unitName}: điều kiện xếp loại «${c.typed}» khác «${first.typed}» ghi ở ${first.cell}; chưa áp dụng kết quả nào, giấy tờ ghi xếp loại theo điểm — ghi cùng một kết quả cho đơn vị này` }] : [];
  });
}

/**
 * The columns of a header row that read as the same column of thidua's («Ghi chú» twice, «Đồng ý» and «Tán thành»): one
 * conflict each, naming their header cells (`at`: a column's cell).
 */
function titledTwice(row: readonly CellValue[], at: (c: number) => string): CouncilConflict[] {
  const byHeader = new Map<string, number[]>();
  row.forEach((v, c) => {
    const key = COLUMNS(v);
    const other = OTHER_COUNTS(v);
    const header = key ? HEADER_OF[key] : other ? OTHER_COUNT_HEADERS[other] : undefined;
    if (header) byHeader.set(header, [...(byHeader.get(header) ?? []), c]);
  });
  return [...byHeader]
    .filter(([, cs]) => cs.length > 1)
    .map(([header, cs]) => ({
      cells: cs.map(at),
      message: `${cs.map((c) => `«${cellText(row[c] ?? null)}» ở ${at(c)}`).join(' và ')} đều là tiêu đề cột «${header}» thidua đọc: thidua không biết cột nào là cột của mình, cột nào Hội đồng thêm, nên không chọn cột nào. Hãy đổi tiêu đề cột Hội đồng thêm (ví dụ «${header} riêng»), lưu rồi chạy lại.`,
    }));
}

/** «Biểu quyết»'s table as kept-cells.ts finds its rows: by the nominee a row holds. */
export const VOTE_LAYOUT: TableLayout = {
  headerOf: (v) => {
    const key = COLUMNS(v);
    const other = OTHER_COUNTS(v);
    return key ? HEADER_OF[key] : other ? OTHER_COUNT_HEADERS[other] : matchesHeader(v, [VOTE_HEADERS[0]]) ? VOTE_HEADERS[0] : undefined;
  },
  header: (row) => voteHeader(row) !== undefined,
  keyOf: (at) => {
    const [unitName, form] = [cellText(at(VOTE_HEADERS[1])), cellText(at(VOTE_HEADERS[3]))];
    return unitName === '' || form === '' ? undefined : nomineeKey({ sheet: cellText(at(VOTE_HEADERS[2])), unitName, form });
  },
  label: (at) => `${cellText(at(VOTE_HEADERS[1]))} — ${cellText(at(VOTE_HEADERS[3]))}`,
};

/** thidua's header of each column read. */
const HEADER_OF: Record<Column, string> = { unitName: VOTE_HEADERS[1], sheet: VOTE_HEADERS[2], form: VOTE_HEADERS[3], members: VOTE_HEADERS[4], present: VOTE_HEADERS[5], inFavour: VOTE_HEADERS[6], result: VOTE_HEADERS[7], note: VOTE_HEADERS[8], finding: FINDING_HEADER };

/** The columns of a header row of the vote's tables (unit, members and in favour named); undefined for any other row. */
export function voteHeader(row: readonly unknown[]): Partial<Record<Column, number>> | undefined {
  const heads: Partial<Record<Column, number>> = {};
  row.forEach((v, c) => {
    const key = COLUMNS(v);
    if (key && heads[key] === undefined) heads[key] = c;
  });
  return heads.unitName !== undefined && heads.inFavour !== undefined && heads.members !== undefined ? heads : undefined;
}

// Made for issue 46 item 2: the vote read back from tong-hop.xlsx the way the council's decisions are, each cell
// that does not read named.
