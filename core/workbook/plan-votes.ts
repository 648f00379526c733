// «Biểu quyết»: one row per nominee (a unit proposed for an award form, or meeting every condition of a form whose
// plan gives no number) for the council to type its vote — members, present, in favour, and against and abstaining
// where counted — under the passing rule and the meeting written above the table. Every run writes it again from what was typed (read-votes.ts), so a vote is
// never lost: a row that could not be read is written back as typed, a vote for a unit no longer a nominee is kept
// in a table apart. «Kết quả» is thidua's: whether each vote passes under the rule.
import type { CellValue } from '../cell.js';
import { conditionLines, FINDING_HEADER, findingCell } from './finding-column.js';
import type { ListedNominee } from '../council/band-finding.js';
import { fallbackLine } from '../council/fallback-vote.js';
import { cellsInPart, countProblems, namesIn, nomineeKey, passes, ruleCells, unlisted, VOTING_METHOD_LABEL, wholeCount, type CountField, type Meeting, type TypedVote, type Vote, type VoteAside, type VoteSheet } from '../council/vote.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import { cellText, decisionDate, formatDateVi } from '../values.js';
import { FILL } from './plan-scored-sheet.js';
import { inParts, partLine, partName } from './table-sheet.js';

export const VOTE_SHEET = 'Biểu quyết';
/** A1 of every «Biểu quyết» thidua writes: how a later run knows the sheet is its own. */
export const VOTE_TITLE = 'BIỂU QUYẾT CỦA HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG';

/** The labels beside the cells the council types above the table (the value is the cell to the right of its label). */
export const VOTE_FIELDS = {
  rule: 'Điều kiện đạt',
  base: 'Tính trên',
  date: 'Ngày họp',
  place: 'Địa điểm',
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  method: 'Hình thức biểu quyết',
  time: 'Giờ họp',
  present: 'Thành viên có mặt',
  absent: 'Thành viên vắng mặt',
  postedAt: 'Nơi niêm yết danh sách',
} as const;

/** Where «Ngày họp»'s value stands: the fields are written from A2 (planVoteSheets), the date on their second row, right of its label — where every run writes it again. */
const MEETING_DATE_CELL = 'B3';

/** The cell the meeting's date was read from; thidua's own for a meeting typed on a face or sealed before it was kept. */
export function meetingDateCell(meeting: Pick<Meeting, 'dateCell'>): string {
  return meeting.dateCell ?? MEETING_DATE_CELL;
}

export const VOTE_HEADERS = ['STT', 'Đơn vị', 'Trang', 'Hình thức khen thưởng', 'Tổng số thành viên', 'Có mặt', 'Đồng ý', 'Kết quả', 'Ghi chú'] as const;
export const VOTE_HEADER_ROW = 7;
/**
 * Against and abstaining, only on a sheet where they were typed (by the council, or recorded on a face): right of
 * «Đồng ý», or where the council put them; a sheet without them stays as before.
 */
export const OTHER_COUNT_HEADERS = { against: 'Không đồng ý', abstain: 'Không biểu quyết' } as const;
/** Each count's column, by thidua's header. */
export const COUNT_HEADERS: Record<CountField, string> = { members: VOTE_HEADERS[4], present: VOTE_HEADERS[5], inFavour: VOTE_HEADERS[6], ...OTHER_COUNT_HEADERS };
/** Title of the votes whose unit is no longer a nominee, under the table. */
export const FORMER_VOTES_TITLE = 'Biểu quyết của trường hợp không còn trong danh sách đề nghị';

/**
 * Title of the block under the tables that keeps, word for word, what the council typed outside the cells thidua reads
 * (read-votes.ts): each line with the cell it was typed in, read back as such run after run, never counted as a vote.
 */
export const ASIDES_TITLE = 'Ghi chép của Hội đồng ngoài bảng biểu quyết';
export const ASIDES_HEADERS = ['STT', 'Chữ Hội đồng đã ghi (chép nguyên văn)', 'Ghi ở ô'] as const;

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const TEXT: CellFormat = { wrap: true };
const TYPED: CellFormat = { fill: '#FFF2CC' };

/**
 * How to type the sheet, a line each, every line short enough to print within the table's width: one note of four
 * sentences in A6 ran past the last column, and LibreOffice shrank the whole sheet to 5 pt to print it on the page.
 */
const FIELDS_NOTE = 'Có mặt, vắng mặt: tên cách nhau bằng «;»; biểu quyết: «Giơ tay» hoặc «Bỏ phiếu kín»; niêm yết: để trống là trụ sở UBND xã.';
export const TABLE_NOTES = [
  'Ghi số thành viên Hội đồng, số có mặt và số đồng ý của từng trường hợp.',
  'Điều kiện đạt: «Trên 50%» hoặc «Từ 90%»…; tính trên «tổng số thành viên Hội đồng» hoặc «số thành viên có mặt».',
  'Cột Kết quả được ghi lại mỗi lần chấm; kết quả biểu quyết được niêm phong khi chốt.',
];

/** What the nominees' table holds when there is none. */
export const NO_NOMINEES_LINE = 'Không có trường hợp nào được đề nghị.';

/** Nothing typed is an empty cell, not a cell holding empty text (which readers tell apart). */
const typedText = (text: string): CellValue => (text === '' ? null : text);

/**
 * A count of a row held, as typed: a number cell stays a number (never the text «9», which Excel marks and a sum skips),
 * a date cell («5/7» LibreOffice made a date; read-votes.ts holds it as its day) a date cell, a text a text.
 */
function typedCount(v: TypedVote, field: CountField): CellValue {
  const text = v[field] ?? '';
  if (v.numbers?.includes(field)) return Number(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : typedText(text);
}

/** The words thidua writes in «Kết quả» (besides «Chưa đọc được: …»): a later run knows them as its own. */
export const RESULT_WORDS = { passed: 'Đạt', failed: 'Không đạt', noRule: 'Chưa xét (điều kiện đạt chưa đọc được)', unread: 'Chưa đọc được' } as const;

/** «Kết quả» of a row as thidua writes it: whether the vote passes, why it is not read, or nothing (no vote yet). */
export function resultOf(v: Vote | TypedVote | undefined, rule: VoteSheet['rule']): string {
  if (!v) return '';
  if ('tally' in v) return rule ? (passes(v.tally, rule) ? RESULT_WORDS.passed : RESULT_WORDS.failed) : RESULT_WORDS.noRule;
  // Only a note, no number yet: a nominee not yet voted on.
  if ([v.members, v.present, v.inFavour].every((x) => x === '')) return '';
  const problem = [v.members, v.present, v.inFavour].every((x) => /^\d+$/.test(x)) ? (countProblems(v)[0]?.message ?? '') : '';
  return `${RESULT_WORDS.unread}${problem ? `: ${problem}` : ''}`;
}

/**
 * A count of a vote read: the text the council typed (`texts`, VoteSheet.textCounts) while it still says the tally's
 * count — «9» typed as text stays text —, else the number; null where none was typed.
 */
function tallyCount(v: Vote, field: CountField, texts: Partial<Record<CountField, string>> | undefined): CellValue {
  const n = v.tally[field];
  if (n === undefined) return null;
  const text = texts?.[field];
  return text !== undefined && wholeCount(text) === n ? text : n;
}

/** Against and abstaining of a vote read or a row held as typed, each cell as it is written; null where none was typed. */
function otherCells(v: Vote | TypedVote | undefined, texts?: Partial<Record<CountField, string>>): [CellValue, CellValue] {
  if (!v) return [null, null];
  if ('tally' in v) return [tallyCount(v, 'against', texts), tallyCount(v, 'abstain', texts)];
  return [typedCount(v, 'against'), typedCount(v, 'abstain')];
}

/** A row's cells from a vote read (`texts`: its counts typed as text), one held as typed, or none yet; `others`: against and abstaining (otherCells). */
function voteCells(v: Vote | TypedVote | undefined, rule: VoteSheet['rule'], texts?: Partial<Record<CountField, string>>): { values: CellValue[]; others: [CellValue, CellValue]; warn: boolean } {
  const result = typedText(resultOf(v, rule));
  const others = otherCells(v, texts);
  if (!v) return { values: [null, null, null, null, null], others, warn: false };
  if ('tally' in v) return { values: [tallyCount(v, 'members', texts), tallyCount(v, 'present', texts), tallyCount(v, 'inFavour', texts), result, typedText(v.note)], others, warn: false };
  // Only a note, no number yet: a nominee not yet voted on, its note kept.
  if ([v.members, v.present, v.inFavour].every((x) => x === '')) return { values: [null, null, null, null, typedText(v.note)], others, warn: false };
  return { values: [typedCount(v, 'members'), typedCount(v, 'present'), typedCount(v, 'inFavour'), result, typedText(v.note)], others, warn: true };
}

/**
 * A meeting's cell as the council typed it while it still says what the meeting holds now (read by `means`); else
 * `written`, as thidua words it (a field typed again on the page or in the pane, or in another file of the council's).
 */
function asTyped<T>(cell: CellValue | undefined, means: (v: CellValue) => T, now: T, written: CellValue): CellValue {
  return cell !== undefined && JSON.stringify(means(cell)) === JSON.stringify(now) ? cell : written;
}

/** Names in their cell: as typed (one a line, after «- ») while they are the same names, else joined by «; ». */
const names = (cell: string | undefined, now: string[] | undefined): CellValue => asTyped(cell, (v) => namesIn(cellText(v)), now ?? [], typedText((now ?? []).join('; ')));

/** The council's words kept from outside the cells thidua reads: the block's title, header and one row each. */
function asideBlocks(asides: readonly VoteAside[], at: number): SheetEdit['blocks'] {
  if (asides.length === 0) return [];
  return [
    { address: `A${at}`, values: [[ASIDES_TITLE]], format: { bold: true } },
    {
      address: `A${at + 1}`,
      values: [[...ASIDES_HEADERS], ...asides.map((a, i) => [i + 1, a.text, typedText(a.where)])],
      cellFormats: [ASIDES_HEADERS.map(() => HEADER), ...asides.map(() => [null, TEXT, null])],
    },
  ];
}

/** A nominee as «Biểu quyết» lists it: `after`, for a fallback nominee (fallback-vote.ts), the form whose vote it did not pass. */
type Listed = ListedNominee & { after?: string | undefined };

/**
 * @param nominees the run's nominees, in the order the council takes them
 * @param typed what the council typed before (the previous «Biểu quyết», or the page's and pane's record)
 */
export function planVotes(nominees: readonly Listed[], typed: VoteSheet): SheetEdit {
  return planVoteSheets(nominees, typed)[0]!;
}

/**
 * «Biểu quyết» as planVotes writes it, or, past `partRows` nominees, in sheets of its own (partName: «Biểu quyết
 * (phần 2)»…), each with the title, a line saying which rows it holds (what tells a part from a copy:
 * council-sheets.ts) and the header; the rule and the meeting on the first part only (typed once), the votes of
 * former nominees on the last. `councilParts`: the names of the parts the sheet was read from, in order, when it was
 * in parts: each row goes back on the part that held it (councilCuts), the parts as the council made them.
 */
export function planVoteSheets(nominees: readonly Listed[], typed: VoteSheet, partRows = Infinity, councilParts: readonly string[] = []): SheetEdit[] {
  const found = new Map<string, Vote | TypedVote>();
  for (const v of [...typed.votes, ...typed.held]) found.set(nomineeKey(v), v);
  const used = new Set<string>();
  // «Điều kiện xếp loại» only where a nominee's band asks more or the council typed a finding: other sheets as before.
  const findings = nominees.some((n) => n.condition) || [...found.values()].some((v) => v.finding);
  const own: string[] = [...VOTE_HEADERS, ...(findings ? [FINDING_HEADER] : [])];
  // Against and abstaining only on a sheet that has them or a vote that holds one, where the council put them.
  const counted = typed.otherCountColumns !== undefined || [...found.values()].some((v) => otherCells(v).some((c) => c !== null));
  const after = typed.otherCountColumns && own.includes(typed.otherCountColumns.after) ? typed.otherCountColumns.after : VOTE_HEADERS[6];
  const at = own.indexOf(after) + 1;
  /** A row's cells with against's and abstaining's put in at their place. */
  const withOthers = <T>(cells: T[], others: readonly [T, T]): T[] => (counted ? [...cells.slice(0, at), ...others, ...cells.slice(at)] : cells);
  // Each header in the council's words where it typed its own that thidua reads («Tán thành», «Không tán thành»).
  const headers = withOthers(own, [OTHER_COUNT_HEADERS.against, OTHER_COUNT_HEADERS.abstain]).map((h) => typed.typedHeaders?.[h] ?? h);
  const row = (n: ListedNominee, i: number) => {
    const key = nomineeKey(n);
    used.add(key);
    const v = found.get(key);
    const cells = voteCells(v, typed.rule, typed.textCounts?.[key]);
    const finding = findingCell(v?.finding, n.condition);
    return {
      values: withOthers([i + 1, n.unitName, n.sheet, n.form, ...cells.values, ...(findings ? [finding.value] : [])], cells.others),
      formats: withOthers([null, TEXT, TEXT, TEXT, null, null, null, cells.warn ? { fill: FILL.warning } : null, TEXT, ...(findings ? [finding.format] : [])], [null, null]),
    };
  };
  const rows = nominees.map(row);
  const formerRows = [...found.entries()].filter(([k]) => !used.has(k)).map(([, v], i) => row(v, i));
  if (rows.length === 0) rows.push({ values: [null, NO_NOMINEES_LINE, ...headers.slice(2).map(() => null)], formats: headers.map(() => null) });
  // Under the table, what each band asks beyond points, for the council to find on.
  // And why a fallback nominee has a row, under the failed one: the council votes the form it reaches, or declines it.
  const notes = [...TABLE_NOTES, ...conditionLines(nominees), ...nominees.flatMap((n) => (n.after ? [fallbackLine({ ...n, after: n.after })] : []))];
  const m: Meeting = typed.meeting;
  const rule = typed.rule;
  const ruleCell = typed.typedRule ?? (rule ? ruleCells(rule) : { share: '', base: '' });
  const fields = {
    address: 'A2',
    values: [
      // The rule as the council typed it (one that did not read, for the council to correct); as ruleCells words it when none was typed.
      [VOTE_FIELDS.rule, typedText(ruleCell.share), VOTE_FIELDS.base, typedText(ruleCell.base), VOTE_FIELDS.method, typedText(typed.typedMethod ?? (m.method ? VOTING_METHOD_LABEL[m.method] : ''))],
      [VOTE_FIELDS.date, asTyped(typed.typedMeeting?.date, decisionDate, m.date, m.date ? formatDateVi(m.date) : typedText(typed.typedDate ?? '')), VOTE_FIELDS.place, typedText(m.place), VOTE_FIELDS.time, typedText(m.time ?? '')],
      [VOTE_FIELDS.chair, typedText(m.chair), VOTE_FIELDS.secretary, typedText(m.secretary), VOTE_FIELDS.postedAt, typedText(m.postedAt ?? '')],
      [VOTE_FIELDS.present, names(typed.typedMeeting?.present, m.present), VOTE_FIELDS.absent, names(typed.typedMeeting?.absent, m.absent)],
      [FIELDS_NOTE],
    ],
    cellFormats: [
      [{ bold: true }, TYPED, { bold: true }, TYPED, { bold: true }, TYPED],
      [{ bold: true }, TYPED, { bold: true }, TYPED, { bold: true }, TYPED],
      [{ bold: true }, TYPED, { bold: true }, TYPED, { bold: true }, { ...TYPED, wrap: true }],
      [{ bold: true }, { ...TYPED, wrap: true }, { bold: true }, { ...TYPED, wrap: true }],
      [{ italic: true }],
    ],
  };
  const cuts = councilCuts(nominees, typed, councilParts, partRows);
  const parts = cuts ? cuts.map((at, p) => rows.slice(at, cuts[p + 1] ?? rows.length)) : inParts(rows, partRows);
  const firstRow = (p: number) => (cuts ? cuts[p]! : p * partRows) + 1;
  return parts.map((part, p) => {
    const first = p === 0;
    const last = p + 1 === parts.length;
    const former = last ? formerRows : [];
    const split = parts.length > 1 ? partLine(p + 1, parts.length, firstRow(p), firstRow(p) + part.length - 1, last ? undefined : cuts ? councilParts[p + 1] : partName(VOTE_SHEET, p + 2)) : undefined;
    // The fields on the first part; the part line under them (or under the title), the header under it.
    const lineRow = first ? VOTE_HEADER_ROW : 2;
    const headerRow = split ? lineRow + 1 : VOTE_HEADER_ROW;
    // The notes under the last part's table, the votes of former nominees under them, the council's words kept last.
    const notesAt = headerRow + part.length + 2;
    const formerAt = notesAt + (last ? notes.length + 2 : 1);
    const asidesAt = (former.length > 0 ? formerAt + former.length : notesAt + notes.length - 1) + 2;
    const sheet = withRowHeights({
      sheet: partName(VOTE_SHEET, p + 1),
      mode: 'replace',
      blocks: [
        { address: 'A1', values: [[VOTE_TITLE]], format: { bold: true } },
        ...(first ? [fields] : []),
        ...(split ? [{ address: `A${lineRow}`, values: [[split]], format: { bold: true } }] : []),
        {
          address: `A${headerRow}`,
          values: [headers, ...part.map((r) => r.values)],
          cellFormats: [headers.map(() => HEADER), ...part.map((r) => r.formats)],
        },
        ...(last ? [{ address: `A${notesAt}`, values: notes.map((n) => [n]), format: { italic: true } }] : []),
        ...(former.length > 0
          ? [
              { address: `A${formerAt - 1}`, values: [[FORMER_VOTES_TITLE]], format: { bold: true } },
              { address: `A${formerAt}`, values: [headers, ...former.map((r) => r.values)], cellFormats: [headers.map(() => HEADER), ...former.map((r) => r.formats)] },
            ]
          : []),
        ...(last ? asideBlocks([...(typed.asides ?? []), ...unlisted(typed, nominees)], asidesAt) : []),
      ],
      columnWidths: widthsFromA(withOthers([5, 30, 16, 28, 11, 9, 9, 14, 20, ...(findings ? [16] : [])], [11, 11])),
      freeze: { rows: headerRow, columns: 0 },
    });
    return withPrintLayout(sheet, { titleRows: `$${headerRow}:$${headerRow}` });
  });
}

/**
 * Where each of the council's parts begins among `nominees` (their indices, the first 0): a nominee on the part its row
 * was read from (`typed.typedAt`, `blankAt`: cells with their part), one without a row there on its previous nominee's
 * part. Undefined — the table cut every `partRows` rows as thidua cuts it — when the sheet was one, a row stood on an
 * earlier part than the row before it, a part keeps no nominee, or a part would pass `partRows`: the council's cut
 * cannot then be kept as it was (a part left unwritten is said: summary-sheets.ts partsNotWritten; a tally now on
 * another part, at its new cells: core/run/rows-moved.ts).
 */
function councilCuts(nominees: readonly Listed[], typed: Pick<VoteSheet, 'typedAt' | 'blankAt'>, councilParts: readonly string[], partRows: number): number[] | undefined {
  if (councilParts.length < 2 || nominees.length === 0) return undefined;
  const cuts = [0];
  let part = 0;
  for (const [i, n] of nominees.entries()) {
    const cells = typed.typedAt?.[nomineeKey(n)] ?? typed.blankAt?.[nomineeKey(n)];
    const own = cells === undefined ? part : councilParts.indexOf(cellsInPart(cells)?.sheet ?? '');
    if (own < part) return undefined;
    if (own === part + 1 && i > 0) cuts.push(i);
    else if (own > part) return undefined;
    part = own;
  }
  const sizes = cuts.map((at, p) => (cuts[p + 1] ?? nominees.length) - at);
  return cuts.length === councilParts.length && sizes.every((n) => n <= partRows) ? cuts : undefined;
}

// Made for issue 46 item 2: the council's vote typed in tong-hop.xlsx like its decisions in «Rà soát».
