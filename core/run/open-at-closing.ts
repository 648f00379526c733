// Còn mở khi chốt (what is still open at closing): the flags the council has not decided, the errors nobody has
// reviewed, the units whose explanation the council is waiting for, and what the run could not score — from the run's
// record (each unit's flags, what was left out) and the council's «Rà soát» as it stands. Every face asks the same
// question before closing (`thidua close`, the page, the pane), the closed round keeps the answer under its seal, and
// «Chốt kết quả» and the minutes say it.
import { z } from 'zod';
import { flagTitle } from '../checks/titles.js';
import { flagStanding } from '../council/decision.js';
import { flagOfUnit, type TypedReview } from '../council/merge.js';
import { Severity } from '../flags/flag.js';
import { COUNCIL_SHEET_NAMES, councilPlace, type CouncilRole, type CouncilSheetNames, type CouncilWorkbook } from '../workbook/council-sheets.js';
import { cellsInPart, countsOf, countsShown, nomineeKey, sheetCells, votedUnlisted, wherePlace, type Nominee, type TypedCounts, type VoteSheet } from '../council/vote.js';
import { FORMER_VOTES_TITLE } from '../workbook/plan-votes.js';
import { VotedOnOther, votedOnOtherLine } from '../council/voted-on.js';
import { capitalize } from '../criteria/rules/reason.js';
import { normalizeLabel } from '../text.js';
import { said, saidOf, type Place, type Said } from './said.js';

/**
 * A unit's flag as the run's record keeps it: enough to say it and to match the council's decision on it; `criterion`:
 * the code of the criterion it is about (absent in records made before it was kept).
 */
export const RecordedFlag = z.object({ code: z.string(), severity: Severity, cell: z.string().optional(), criterion: z.string().optional() });
export type RecordedFlag = z.infer<typeof RecordedFlag>;

/** A file, sheet or cell the run left out before scoring, with why (as «Tổng hợp» lists it). */
export const LeftOut = z.object({ what: z.string(), why: z.string() });
export type LeftOut = z.infer<typeof LeftOut>;

/**
 * One open flag, as officers read it: the unit, the flag's title, its cell; and where that cell is — the unit's report
 * sheet and, where the run read it from a file of its own, that file — so every face opens the cell the line names
 * (absent in rounds sealed before they were kept: their lines name the cell in words only).
 */
export const OpenFlag = z.object({ unitName: z.string(), title: z.string(), cell: z.string().optional(), sheet: z.string().optional(), file: z.string().optional() });
export type OpenFlag = z.infer<typeof OpenFlag>;

/**
 * A vote or a note typed on a row of «Biểu quyết» naming no nominee of the run (votedUnlisted): the row as it names its
 * unit («Bản Ta Maa (trang «Bản Ta Ma», Giấy khen …)»), what was typed on it, and its cells.
 */
export const UnlistedVote = z.object({
  nominee: z.string(),
  typed: z.string(),
  where: z.string().optional(),
  /**
   * The run scored no report of the row's unit — none of its sheet, none of its name: its report taken out of the
   * folder (or the workbook). Absent otherwise, and in rounds sealed before it was kept (they keep their seal).
   */
  noReport: z.literal(true).optional(),
});
export type UnlistedVote = z.infer<typeof UnlistedVote>;

/**
 * A row of «Biểu quyết» whose unit the council typed in other letters that still name a nominee («CÔNG AN XÃ TA MA»
 * for «Công an xã Ta Ma»: case, marks): `typed` as typed, the nominee as its report names it, the row's cells.
 */
export const NameRetyped = z.object({ typed: z.string(), unitName: z.string(), sheet: z.string(), form: z.string(), where: z.string().optional() });
export type NameRetyped = z.infer<typeof NameRetyped>;

/** An unvoted nominee, «unit (form)» as `unvoted` says it, and its row's cells on its part («B6:D6 (trang «Biểu quyết (phần 2)»)»). */
export const UnvotedAt = z.object({ nominee: z.string(), where: z.string() });
export type UnvotedAt = z.infer<typeof UnvotedAt>;

export const OpenAtClosing = z.object({
  /** Flags with no decision in force: none taken, one typed that could not be read, or explained and awaiting the second decision. */
  undecided: z.array(OpenFlag),
  /** Error flags no decision touches at all (lỗi chưa rà soát): also among `undecided`. */
  errors: z.array(OpenFlag),
  /** Units the council asked to explain that have not yet (chờ giải trình), by name. */
  awaitingExplanation: z.array(z.string()),
  /** Files or sheets the run could not score, and scored copies it declined to write. */
  notScored: z.array(LeftOut),
  /** Nominees with no vote of the council recorded, «unit (form)» (absent where the face records no vote). */
  unvoted: z.array(z.string()).optional(),
  /**
   * Of those, on «Biểu quyết» in parts, where each one's row is — its part's sheet and cells, as read (UnvotedAt): the
   * sheet's first name alone does not say which part holds it. Absent when none, and on a sheet whole.
   */
  unvotedAt: z.array(UnvotedAt).optional(),
  /**
   * Of those, the rows where some counts were typed and the others left blank, each line naming its sheet, row and cells
   * (TypedVote.partial): counts the council typed that go nowhere yet, said on every face; `where`, the row's cells as
   * read (VoteSheet.typedAt), the place a face opens (absent in rounds sealed before it was kept). Absent when none.
   */
  partlyTyped: z.array(z.object({ nominee: z.string(), line: z.string(), where: z.string().optional() })).optional(),
  /**
   * Votes and notes typed on rows naming no nominee (a unit's name retyped on its row, a unit no longer proposed):
   * counted for none, said on every face — the nominee they were meant for is among `unvoted`. Absent when none.
   */
  votedUnlisted: z.array(UnlistedVote).optional(),
  /**
   * Nominees' rows whose unit the council retyped in other letters (namesRetyped): nothing open — the vote is the
   * nominee's, sealed and printed under its report's name — but said on every face after closing and before the
   * papers, so a name the council typed is never set aside unsaid. Not counted. Absent when none.
   */
  namesRetyped: z.array(NameRetyped).optional(),
  /**
   * Votes taken on a result other than the one closed (a report edited and scored again since, voted-on.ts): the
   * counts stand, said on every face. Absent when none, so a round sealed before keeps its seal.
   */
  votedOnOther: z.array(VotedOnOther).optional(),
  /**
   * What the council typed twice or over several rows, each line naming its sheet and cells (previous-summary.ts):
   * never closed over, even when the council confirms what else is open — thidua would be choosing one entry.
   */
  conflicts: z.array(z.string()).optional(),
  /**
   * The council's sheets of a role claimed by several sheets (a conflict), by their names, none read: what is open on
   * them is not counted — never every flag «undecided», never on a sheet named by guess (absent when none).
   */
  uncounted: z.object({ review: z.array(z.string()).optional(), votes: z.array(z.string()).optional() }).optional(),
});
export type OpenAtClosing = z.infer<typeof OpenAtClosing>;
export type PartlyTyped = NonNullable<OpenAtClosing['partlyTyped']>[number];

/** What the record holds that this needs: each unit's flags (absent in a record written before they were kept) and what was left out. */
type RecordShape = {
  units: readonly { sheet: string; unitName: string; file?: string | undefined; flags?: readonly RecordedFlag[] | undefined }[];
  notScored?: readonly LeftOut[] | undefined;
  notWritten?: readonly LeftOut[] | undefined;
};

/** Whether the record keeps its units' flags: one written before they were kept cannot say what is open. */
export function keepsFlags(record: RecordShape): boolean {
  return record.units.every((u) => u.flags !== undefined);
}

/** `unsettled`: the sheets claiming a role none of which was read (PreviousSummary.unsettled); with «Rà soát»'s, no flag is counted. */
export function openAtClosing(record: RecordShape, review: TypedReview, unsettled: Partial<Record<CouncilRole, readonly string[]>> = {}): OpenAtClosing {
  if (unsettled.review) {
    return { undecided: [], errors: [], awaitingExplanation: [], notScored: [...(record.notScored ?? []), ...(record.notWritten ?? [])], uncounted: { review: [...unsettled.review] } };
  }
  const decided = new Map(review.decisions.map((d) => [flagOfUnit(d), d]));
  const held = new Set(review.unread.map(flagOfUnit));
  const open: OpenAtClosing = { undecided: [], errors: [], awaitingExplanation: [], notScored: [...(record.notScored ?? []), ...(record.notWritten ?? [])] };
  const awaiting = new Set<string>();
  for (const unit of record.units) {
    for (const flag of unit.flags ?? []) {
      const key = flagOfUnit({ sheet: unit.sheet, unitName: unit.unitName, flagCode: flag.code, ...(flag.cell !== undefined ? { cell: flag.cell } : {}) });
      const said: OpenFlag = { unitName: unit.unitName, title: flagTitle(flag.code), ...(flag.cell !== undefined ? { cell: flag.cell } : {}), sheet: unit.sheet, ...(unit.file !== undefined ? { file: unit.file } : {}) };
      const d = held.has(key) ? undefined : decided.get(key);
      const standing = flagStanding(d);
      if (standing === 'awaiting-explanation') awaiting.add(unit.unitName);
      else if (standing === 'open') open.undecided.push(said);
      if (!d && flag.severity === 'error') open.errors.push(said);
    }
  }
  open.awaitingExplanation = [...awaiting];
  return open;
}

/** How many things are open: flags undecided, units awaiting explanation, what was not scored (the errors are among the flags). */
export function openCount(open: OpenAtClosing): number {
  return open.undecided.length + open.awaitingExplanation.length + open.notScored.length + (open.unvoted?.length ?? 0) + (open.votedOnOther?.length ?? 0) + (open.conflicts?.length ?? 0);
}

/** Whether the round may not be closed even with the council's confirmation: a conflict stands, or a council sheet could not be counted. */
export function blocksClosing(open: OpenAtClosing): boolean {
  return (open.conflicts?.length ?? 0) > 0 || open.uncounted !== undefined;
}

/** «20 cảnh báo chưa quyết định, 4 lỗi chưa rà soát, 1 đơn vị chờ giải trình»; '' when nothing is open. */
export function openSummary(open: OpenAtClosing): string {
  return [
    open.undecided.length > 0 ? `${open.undecided.length} cảnh báo chưa quyết định` : '',
    open.errors.length > 0 ? `${open.errors.length} lỗi chưa rà soát` : '',
    open.awaitingExplanation.length > 0 ? `${open.awaitingExplanation.length} đơn vị chờ giải trình` : '',
    open.notScored.length > 0 ? `${open.notScored.length} tệp hoặc trang không chấm được` : '',
    open.unvoted?.length ? `${open.unvoted.length} trường hợp chưa có kết quả biểu quyết` : '',
    open.votedOnOther?.length ? `${open.votedOnOther.length} trường hợp được biểu quyết trên kết quả chấm khác lần này` : '',
    open.conflicts?.length ? `${open.conflicts.length} chỗ mâu thuẫn trong điều Hội đồng đã ghi` : '',
    open.uncounted?.review ? 'cảnh báo chưa quyết định chưa đếm được' : '',
    open.uncounted?.votes ? 'trường hợp chưa biểu quyết chưa đếm được' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Names listed at most on a line, then how many more. */
const NAMED = 8;

/** `items` on one line, NAMED of them at most, then `more` of how many are left («và 12 trường hợp khác»). */
export function named(items: readonly string[], more: (n: number) => string): string {
  return items.length > NAMED ? `${items.slice(0, NAMED).join('; ')}; ${more(items.length - NAMED)}` : items.join('; ');
}

/** «UBND xã Thới Lai — Thiếu minh chứng (ô J12)». */
export const flagAt = (f: OpenFlag): string => `${f.unitName} — ${f.title}${f.cell ? ` (ô ${f.cell})` : ''}`;

/** Where an open flag's line opens it: its report sheet's cell, in its file where it has one; none for a flag of no cell, or sealed before its sheet was kept. */
function flagPlace(f: OpenFlag): { words: string; place: Place }[] {
  return f.sheet !== undefined && f.cell !== undefined ? [{ words: flagAt(f), place: { sheet: f.sheet, cell: f.cell, ...(f.file !== undefined ? { file: f.file } : {}) } }] : [];
}

/** A nominee's row partly typed, as closing, its notes and the papers' refusal say it: at the row's cells on «Biểu quyết» (`votesSheet`: its name now) where the round keeps them. */
export function partlyTypedLine(p: PartlyTyped, votesSheet: string): Said {
  return { text: `${p.line}.`, ...(p.where ? wherePlace(votesSheet, p.where) : {}) };
}

/** What is open, one Vietnamese line per kind, naming the units, cells and files, and the council's sheets by `sheets`; empty when nothing is. */
export function openLines(open: OpenAtClosing, sheets: CouncilSheetNames): Said[] {
  const perUnit = new Map<string, number>();
  for (const f of open.undecided) perUnit.set(f.unitName, (perUnit.get(f.unitName) ?? 0) + 1);
  const counted = [
    ...(open.undecided.length > 0
      ? [said(`${open.undecided.length} cảnh báo chưa quyết định ở «${sheets.review}»: ${named([...perUnit].map(([unit, n]) => `${unit}: ${n}`), (n) => `và ${n} đơn vị khác`)}.`)]
      : []),
    // Each error at its cell, of its report sheet (and file) where the round keeps them.
    ...(open.errors.length > 0 ? [saidOf(`${open.errors.length} lỗi chưa rà soát: ${named(open.errors.map(flagAt), (n) => `và ${n} lỗi khác`)}.`, open.errors.flatMap(flagPlace))] : []),
    ...(open.awaitingExplanation.length > 0 ? [said(`${open.awaitingExplanation.length} đơn vị chờ giải trình: ${named(open.awaitingExplanation, (n) => `và ${n} đơn vị khác`)}.`)] : []),
    ...(open.notScored.length > 0 ? [said(`${open.notScored.length} tệp hoặc trang không chấm được: ${named(open.notScored.map((l) => `${l.what} (${l.why})`), (n) => `và ${n} mục khác`)}.`)] : []),
  ];
  // The nominees not voted on, at each row named on «Biểu quyết» in parts; then each row of them partly typed.
  const unvoted = [
    ...(open.unvoted?.length ? [unvotedSaid(`${open.unvoted.length} trường hợp chưa có kết quả biểu quyết ở ${unvotedPlace(open, sheets)}: ${named(unvotedNamed(open), (n) => `và ${n} trường hợp khác`)}.`, open)] : []),
    ...(open.partlyTyped ?? []).map((p) => partlyTypedLine(p, sheets.votes)),
  ];
  // A vote typed for no nominee, or taken on another result: at its row, the place its words name.
  const voted = [...(open.votedUnlisted ?? []).map((u) => unlistedVoteLine(u, sheets.votes)), ...(open.votedOnOther ?? []).map((v) => votedOnOtherLine(v, sheets.votes))];
  const uncounted = [
    ...(open.uncounted?.review ? [uncountedLine(open.uncounted.review, 'review', 'cảnh báo chưa quyết định, lỗi chưa rà soát và đơn vị chờ giải trình', 'quyết định')] : []),
    ...(open.uncounted?.votes ? [uncountedLine(open.uncounted.votes, 'votes', 'trường hợp chưa có kết quả biểu quyết', 'kết quả biểu quyết')] : []),
    // Each conflict whole, with its cells: the council corrects each one; none may be confirmed away.
    ...(open.conflicts ?? []).map((c) => `Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: ${c}`),
  ].map((text) => said(text));
  return [...counted, ...unvoted, ...voted, ...uncounted];
}

/** What cannot be counted on the sheets claiming one role (their names as they are), and why, as the conflict line says it. */
function uncountedLine(sheets: readonly string[], role: CouncilRole, what: string, typed: string): string {
  const names = sheets.map((s) => `«${s}»`).join(' và ');
  return `Chưa đếm được ${what}: các trang ${names} đều được nhận là trang «${COUNCIL_SHEET_NAMES[role]}» của Hội đồng mà không thành một trang (mâu thuẫn nêu dưới đây), nên thidua không đọc ${typed} ghi ở trang nào.`;
}

/** The unvoted nominees (`list`, by default all of them) as said, each with its part and cells where «Biểu quyết» is in parts (unvotedAt). */
export function unvotedNamed(open: Pick<OpenAtClosing, 'unvoted' | 'unvotedAt'>, list: readonly string[] = open.unvoted ?? []): string[] {
  const at = new Map((open.unvotedAt ?? []).map((u) => [u.nominee, u.where]));
  return list.map((n) => (at.has(n) ? `${n} — trang ${sheetCells('', at.get(n))}` : n));
}

/** `text` naming the unvoted nominees `list` as unvotedNamed says them, at each row it names on «Biểu quyết» in parts. */
export function unvotedSaid(text: string, open: Pick<OpenAtClosing, 'unvoted' | 'unvotedAt'>, list: readonly string[] = open.unvoted ?? []): Said {
  const at = new Map((open.unvotedAt ?? []).map((u) => [u.nominee, u.where]));
  const words = unvotedNamed(open, list);
  return saidOf(text, list.flatMap((n, i) => (at.has(n) ? [{ words: words[i]!, place: wherePlace('', at.get(n)) as Place }] : [])));
}

/** Where the unvoted nominees' votes are to be typed: «Biểu quyết» by its name in `book`, or the parts holding their rows. */
export function unvotedPlace(open: Pick<OpenAtClosing, 'unvotedAt'>, book: CouncilWorkbook): string {
  const parts = [...new Set((open.unvotedAt ?? []).map((u) => cellsInPart(u.where)!.sheet))];
  return councilPlace(parts.length > 0 ? { ...book, votes: parts.join('» và «') } : book, 'votes');
}

/** What a closed round says of it: «Khi chốt còn 20 cảnh báo chưa quyết định, 4 lỗi chưa rà soát.» or that nothing was open. */
export function openAtClosingSentence(open: OpenAtClosing): string {
  const summary = openSummary(open);
  return summary ? `Khi chốt còn ${summary}.` : 'Khi chốt không còn cảnh báo chưa quyết định, lỗi chưa rà soát, đơn vị chờ giải trình, tệp không chấm được hay trường hợp chưa biểu quyết.';
}

/**
 * The votes and notes typed on «Biểu quyết» for no nominee among `nominees`, as OpenAtClosing keeps them; `units`, the
 * run's scored reports: a row none of whose sheet or name is among them is said to have no report (noReport).
 */
export function unlistedVotes(sheet: VoteSheet, nominees: readonly Nominee[], units: readonly { sheet: string; unitName: string }[]): UnlistedVote[] {
  const reported = (v: { sheet: string; unitName: string }) => units.some((u) => u.sheet === v.sheet || normalizeLabel(u.unitName) === normalizeLabel(v.unitName));
  return votedUnlisted(sheet, nominees).map(({ vote, where }) => {
    const counts: TypedCounts = 'tally' in vote ? countsOf(vote.tally) : vote;
    const typed = [
      ...(Object.values(counts).some((c) => (c ?? '').trim() !== '') ? [`số biểu quyết ${countsShown(counts)}`] : []),
      ...(vote.note.trim() !== '' ? [`ghi chú «${vote.note.trim()}»`] : []),
      ...(vote.finding ? [`điều kiện xếp loại «${vote.finding}»`] : []),
    ].join(', ');
    return { nominee: `${vote.unitName} (trang «${vote.sheet}», ${vote.form})`, typed, ...(where ? { where } : {}), ...(reported(vote) ? {} : { noReport: true as const }) };
  });
}

/**
 * «Trang «Biểu quyết», ô E14:G14: Bản Ta Maa (trang «Bản Ta Ma», Giấy khen …) ghi số biểu quyết 9/8/7 nhưng không có
 * trong danh sách đề nghị …»: said by a run and by closing on every face, in these words.
 */
export function unlistedVoteLine(u: UnlistedVote, votesSheet: string): Said {
  // Why, as the decision of such a unit says it (goneText): its report is not in the run; else the row names it otherwise.
  const [why, remedy] = u.noReport
    ? ['lần chấm này không có báo cáo của đơn vị này', 'Nếu đơn vị vẫn được xét, hãy đưa báo cáo của đơn vị vào lại rồi chấm lại.']
    : ['tên đơn vị, trang hoặc hình thức khác mọi dòng thidua ghi', 'Nếu đó là biểu quyết của một trường hợp trong danh sách, hãy ghi lại ở dòng của trường hợp ấy, lưu rồi chạy lại.'];
  return { text: `Trang ${sheetCells(votesSheet, u.where)}: ${u.nominee} ghi ${u.typed} nhưng không có trong danh sách đề nghị của lần chấm này (${why}): không tính cho trường hợp nào, giữ nguyên ở bảng «${FORMER_VOTES_TITLE}». ${remedy}`, ...wherePlace(votesSheet, u.where) };
}

/**
 * The rows of «Biểu quyết» whose unit the council retyped in other letters that still name a nominee («CÔNG AN XÃ TA
 * MA»: case, marks), at the rows' cells: the row stays the nominee's, under its report's name. Spacing and Unicode form
 * alone, which the officer does not see, are not.
 */
export function namesRetyped(votes: VoteSheet, nominees: readonly Nominee[]): NameRetyped[] {
  const named = new Map(nominees.map((n) => [nomineeKey(n), n]));
  const seen = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const rows = [...[...votes.votes, ...votes.held].map((v) => ({ ...v, where: votes.typedAt?.[nomineeKey(v)] ?? '' })), ...(votes.listed ?? [])];
  return rows.flatMap((row) => {
    const n = named.get(nomineeKey(row));
    if (!n || seen(row.unitName) === seen(n.unitName)) return [];
    return [{ typed: row.unitName, unitName: n.unitName, sheet: n.sheet, form: n.form, ...(row.where ? { where: row.where } : {}) }];
  });
}

/** A retyped name as every face says it: the row stays the nominee's, then `then` — what the face does with the name. */
export function nameRetypedText(r: NameRetyped, then: string): string {
  return `tên đơn vị ghi «${r.typed}», khác tên «${r.unitName}» trong báo cáo (trang «${r.sheet}»): dòng này vẫn là của ${r.unitName} (${r.form}), ${then}`;
}

/**
 * A retyped name sealed with a round (OpenAtClosing.namesRetyped), as closing and the papers say it on every face,
 * with the file where the face has one: which name the round and the papers hold.
 */
export function nameSealedLine(r: NameRetyped, book: CouncilWorkbook): Said {
  return { ...wherePlace(book.votes, r.where), text: `${capitalize(councilPlace(book, 'votes', r.where))}: ${nameRetypedText(r, `lần chốt ghi trường hợp này dưới tên «${r.unitName}» trong báo cáo, và hồ sơ khen thưởng (tờ trình, danh sách, quyết định) in tên ấy. Muốn in tên khác, sửa tên ở báo cáo của đơn vị, chấm lại rồi chốt lần mới.`)}` };
}

// Made for issue 38 item 2: a checklist before closing, on every face, kept with the closed round; and what the
// council typed on «Biểu quyết» beside the votes (a vote for no nominee and why, a unit's name retyped), said with it.
