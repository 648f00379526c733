// Điều Hội đồng đã ghi, từ hai tệp (the council's work from two run results): what a run carries into its new
// tong-hop.xlsx when both the output folder's own tong-hop.xlsx and the one given with --decisions (the council's copy,
// saved under a name of its own and given back) hold it. Everything either holds goes on — the decisions, the vote, the
// meeting, the names the council gave its sheets, the sheets it added — so a copy read into a new folder loses nothing.
// The decisions, the vote and the rest: what only one holds is taken; what both hold alike is one (a step of a flag's
// review only one holds joins the other's); what both hold differently is a conflict, named with both files, sheets and
// cells, and the run stops — thidua never picks one decision, one tally or one meeting over another.
import { flagOfUnit, type TypedReview } from '../council/merge.js';
import { cellsInPart, countsOf, countsShown, DEFAULT_PASSING_RULE, nomineeKey, NO_MEETING, NO_VOTES, ruleCells, sheetCells, type CountField, type Meeting, type TypedVote, type Vote, type VoteSheet } from '../council/vote.js';
import { flagTitle } from '../checks/titles.js';
import { COUNCIL_SHEET_NAMES } from '../workbook/council-sheets.js';
import { asSeen } from '../workbook/council-conflicts.js';
import { namesNoFlag, type CouncilDecision, type DecisionKind, type TypedReviewRow, type UnreadDecision } from '../council/decision.js';
import { decisionWord } from '../workbook/plan-review.js';
import { cellText, formatDateVi } from '../values.js';
import { joinKept, type KeptCells } from '../workbook/kept-cells.js';
import type { CellValue } from '../cell.js';
import { COUNT_HEADERS, VOTE_FIELDS } from '../workbook/plan-votes.js';
import { isPartOf } from '../workbook/table-sheet.js';
import { voteEntry } from './face-and-file.js';
import { councilSheetNamesOf, type PreviousSheets } from './plan-copy.js';
import type { PreviousSummary } from './previous-summary.js';
import { votePlaces, type TypedPlace } from './rows-moved.js';
import type { CouncilNames } from './summary-sheets.js';

/** A run's tong-hop.xlsx as read, by the name the officer knows it by. */
export type RunResult = { name: string; summary: PreviousSummary };

export type CouncilWork = {
  votes: VoteSheet;
  sheets: PreviousSheets;
  /** The workbook the new tong-hop.xlsx is written over, so the sheets the council added stay: none when it added none. */
  base?: 'folder' | 'given';
  /** How the two were combined, one Vietnamese line each. */
  said: string[];
  /** What both hold differently, one line each naming both files: the run stops on any. */
  conflicts: string[];
};

/** The council's work of the folder's own result (`folder`: none in a new folder) and of the one given with --decisions (`given`). */
export function councilWork(folder: RunResult | undefined, given: RunResult): CouncilWork {
  const b = given.summary;
  if (!folder) return { votes: b.votes, sheets: previousSheets(b, given.name), ...(b.added.length > 0 ? { base: 'given' as const } : {}), said: [], conflicts: [] };
  const a = folder.summary;
  const conflicts: string[] = [];
  const differ = (what: string, shownA: string, shownB: string) => conflicts.push(`${what}: ${folder.name} ghi ${shownA}, ${given.name} ghi ${shownB}.`);
  /** A nominee's row as the officer finds it: the sheet, and the cells its counts were typed in. */
  const votePlace = (s: PreviousSummary, key: string) => `trang ${sheetCells(firstVotes(s), s.votes.typedAt?.[key])}`;

  // The vote: nominee by nominee, then the rule and the meeting, each taken from the one that holds it.
  type Entry = { v: Vote | TypedVote; shown: string };
  const entries = (s: PreviousSummary) =>
    new Map<string, Entry>([
      ...s.votes.votes.map((v): [string, Entry] => [nomineeKey(v), { v, shown: countsShown(countsOf(v.tally)) }]),
      ...s.votes.held.map((v): [string, Entry] => [nomineeKey(v), { v, shown: [v.members, v.present, v.inFavour].every((x) => x === '') ? `chưa biểu quyết (ghi chú «${v.note}»)` : `${countsShown(v)} (chưa đọc được)` }]),
    ]);
  // What the council typed for a nominee, as a face compares it (its counts and note) with its finding: not the row it
  // stands on (a held row's lines name its cells, which a copy sorted moves), nor its unit's name as retyped.
  const typed = (v: Vote | TypedVote) => asSeen(JSON.stringify([voteEntry(v).holds, v.finding ?? '']));
  const [ofA, ofB] = [entries(a), entries(b)];
  /**
   * Votes and rows held alike in both whose cells are typed of other types (9 a number in one, «9» text in the other):
   * written as the given file types them, said naming «Biểu quyết» as the file thidua writes names it (`written`, known
   * once the names are taken below).
   */
  const typesSaid: ((written: string) => string)[] = [];
  for (const [key, x] of ofA) {
    const y = ofB.get(key);
    if (y && typed(x.v) !== typed(y.v)) differ(`Biểu quyết ${x.v.unitName} — ${x.v.form}`, `${x.shown} (${votePlace(a, key)})`, `${y.shown} (${votePlace(b, key)})`);
    const [cellA, cellB] = [(f: CountField) => countCell(x.v, a.votes.textCounts?.[key], f), (f: CountField) => countCell(y?.v, b.votes.textCounts?.[key], f)];
    const apart = (Object.keys(COUNT_HEADERS) as CountField[]).filter((f) => cellA(f) && cellB(f) && cellA(f)!.number !== cellB(f)!.number);
    if (y && typed(x.v) === typed(y.v) && apart.length > 0) {
      typesSaid.push(
        (written) => `Biểu quyết ${x.v.unitName} — ${x.v.form}: ${folder.name} và ${given.name} ghi cùng ${y.shown}, khác kiểu ô: ${apart.map((f) => `«${COUNT_HEADERS[f]}» là ${typedAs(cellA(f)!)} ở ${folder.name} (${votePlace(a, key)}), ${typedAs(cellB(f)!)} ở ${given.name} (${votePlace(b, key)})`).join('; ')} — thidua ghi lại theo ${given.name} (tệp --decisions): ${apart.map((f) => typedAs(cellB(f)!)).join(', ')}. Nếu Hội đồng muốn giữ như ở ${folder.name}, sau lần chấm này sửa lại ô ấy ở trang «${written}» trong tệp thidua vừa ghi rồi lưu.`,
      );
    }
  }
  const only = (s: PreviousSummary, other: Map<string, unknown>) => ({ votes: s.votes.votes.filter((v) => !other.has(nomineeKey(v))), held: s.votes.held.filter((v) => !other.has(nomineeKey(v))) });
  const fromA = only(a, ofB);
  // The rule as thidua writes it until the council types another («Trên 50%» of the members) is typed in neither.
  const rule = (v: VoteSheet) => JSON.stringify([v.rule, v.typedRule ?? ruleCells(DEFAULT_PASSING_RULE)]);
  const untouched = rule({ ...NO_VOTES, rule: DEFAULT_PASSING_RULE });
  if (rule(a.votes) !== rule(b.votes) && rule(a.votes) !== untouched && rule(b.votes) !== untouched) differ('Cách tính kết quả biểu quyết', `«${ruleShown(a.votes)}»`, `«${ruleShown(b.votes)}»`);
  const { rule: passing, typedRule } = rule(b.votes) === untouched ? a.votes : b.votes;
  const meeting = meetingOf(a.votes, b.votes, (field, x, y) => differ(`Cuộc họp biểu quyết, ${field}`, `«${x}»`, `«${y}»`));
  // The council's words kept outside the table: every line of either, a line both hold alike once.
  const asides = [...(a.votes.asides ?? []), ...(b.votes.asides ?? []).filter((x) => !(a.votes.asides ?? []).some((y) => y.where === x.where && y.text === x.text))];
  const listed = [...(a.votes.listed ?? []), ...(b.votes.listed ?? []).filter((x) => !(a.votes.listed ?? []).some((y) => y.where === x.where && nomineeKey(y) === nomineeKey(x)))];
  const others = b.votes.otherCountColumns ?? a.votes.otherCountColumns;
  // Counts typed as text go with their vote: of the file each vote is taken from.
  const textCounts = { ...Object.fromEntries(Object.entries(a.votes.textCounts ?? {}).filter(([key]) => !ofB.has(key))), ...b.votes.textCounts };
  const votes: VoteSheet = { rule: passing, ...(typedRule ? { typedRule } : {}), ...meeting, votes: [...fromA.votes, ...b.votes.votes], held: [...fromA.held, ...b.votes.held], ...(asides.length > 0 ? { asides } : {}), ...(listed.length > 0 ? { listed } : {}), ...(others ? { otherCountColumns: others } : {}), ...(Object.keys(textCounts).length > 0 ? { textCounts } : {}) };

  // The names the council gave its two sheets: one renamed in one file only takes that name.
  const council: CouncilNames = {};
  for (const role of ['review', 'votes'] as const) {
    const [x, y] = [a.council[role], b.council[role]];
    const renamed = (names: readonly string[] | undefined) => names !== undefined && !names.every((n) => isPartOf(COUNCIL_SHEET_NAMES[role], n));
    if (renamed(x) && renamed(y) && JSON.stringify(x) !== JSON.stringify(y)) differ(`Tên trang «${COUNCIL_SHEET_NAMES[role]}»`, names(x!), names(y!));
    const name = renamed(x) && !renamed(y) ? x : (y ?? x);
    if (name) council[role] = name;
  }

  // What the council typed beyond thidua's plan (its formulas, its own columns), kept in place: one cell typed otherwise in each is a conflict too.
  for (const role of ['review', 'votes'] as const) {
    for (const [cell, x, y] of keptApart(a.kept?.[role], b.kept?.[role])) differ(`Trang «${(a.council[role] ?? [COUNCIL_SHEET_NAMES[role]])[0]}», ${cell}`, `«${x.shown}» (ô ${x.at})`, `«${y.shown}» (ô ${y.at})`);
  }

  // Sheets the council added: kept from one workbook only, the given one's when it has any.
  const base = b.added.length > 0 ? 'given' : a.added.length > 0 ? 'folder' : undefined;
  const lost = base === 'given' ? a.added.filter((n) => !b.added.includes(n)) : [];
  if (lost.length > 0) differ('Trang Hội đồng tự thêm', names(a.added), `${names(b.added)} — thidua chỉ giữ được trang của một tệp, ${names(lost)} sẽ mất`);
  const kept = base === 'given' ? a.added.filter((n) => b.added.includes(n)) : [];

  // The decisions: what both hold for the same flag of a unit, said differently, is a conflict as a tally is; a step only
  // one holds (the unit's explanation, the second decision typed in one copy) joins the other's (combineReviews).
  for (const d of reviewsDiffering(a.review, b.review)) {
    if (d.shownA !== undefined) differ(d.what, `${d.shownA} (${reviewPlace(a, d.key)})`, `${d.shownB} (${reviewPlace(b, d.key)})`);
  }
  // Where the council typed each row, of the file each is taken from (the given one's where both hold it): a cut it made
  // in either is kept, and a row written on another sheet is said naming the file it was typed in — the folder's too:
  // of two files, a sheet's name alone does not say which (rows-moved.ts).
  // A part one file named otherwise takes the other's name: its rows are said so, not as cut again.
  const [atA, atB] = [previousSheets(a, folder.name), previousSheets(b, given.name)];
  const renamedBy = (s: PreviousSummary, other: string, role: 'review' | 'votes', places: Readonly<Record<string, TypedPlace>> = {}) =>
    Object.fromEntries(
      Object.entries(places).map(([key, p]) => {
        const as = (council[role] ?? [COUNCIL_SHEET_NAMES[role]])[(s.council[role] ?? [COUNCIL_SHEET_NAMES[role]]).indexOf(p.sheet)];
        return [key, as !== undefined && as !== p.sheet ? { ...p, renamed: { file: other, as } } : p];
      }),
    );
  const sheets = {
    council,
    added: base === 'given' ? b.added : base === 'folder' ? a.added : [],
    kept: { review: joinKept(keptOf(b, 'review', a)), votes: joinKept(keptOf(b, 'votes', a)) },
    reviewAt: { ...renamedBy(a, given.name, 'review', atA.reviewAt), ...renamedBy(b, folder.name, 'review', atB.reviewAt) },
    votesAt: { ...renamedBy(a, given.name, 'votes', atA.votesAt), ...renamedBy(b, folder.name, 'votes', atB.votesAt) },
  };
  const written = councilSheetNamesOf(sheets).votes;
  for (const f of ['typedAt', 'blankAt', 'notedAt'] as const) {
    const cells = { ...cellsAs(a, f, written), ...cellsAs(b, f, written) };
    if (Object.keys(cells).length > 0) votes[f] = cells;
  }
  const said = [
    ...typesSaid.map((line) => line(written)),
    ...(kept.length > 0 ? [`Trang Hội đồng tự thêm ${names(kept)} có ở cả hai tệp: giữ theo ${given.name}.`] : []),
  ];
  return {
    votes,
    sheets,
    ...(base ? { base } : {}),
    said,
    conflicts,
  };
}

/**
 * A count's cell as a file holds it — of a vote read (`texts`: its counts typed as text, VoteSheet.textCounts) or a row
 * held as typed —: what it shows and whether a number cell holds it; undefined where none was typed.
 */
function countCell(v: Vote | TypedVote | undefined, texts: Partial<Record<CountField, string>> | undefined, f: CountField): { text: string; number: boolean } | undefined {
  if (!v) return undefined;
  if ('tally' in v) {
    const n = v.tally[f];
    return n === undefined ? undefined : texts?.[f] !== undefined ? { text: texts[f]!, number: false } : { text: String(n), number: true };
  }
  const text = v[f] ?? '';
  return text.trim() === '' ? undefined : { text, number: v.numbers?.includes(f) ?? false };
}

/** A count as its cell shows it: «số 9» in a number cell, «chữ «9»» in a text cell. */
const typedAs = (c: { text: string; number: boolean }) => (c.number ? `số ${c.text}` : `chữ «${c.text}»`);

/** Where a run's tong-hop.xlsx holds a flag's review (by its flag of a unit): «trang «Rà soát», ô I9», the sheet by the council's name. */
export function reviewPlace(s: PreviousSummary, key: string): string {
  const at = s.reviewAt?.[key];
  return `trang «${at?.sheet ?? (s.council.review ?? [COUNCIL_SHEET_NAMES.review])[0]}»${at ? `, ô ${at.cell}` : ''}`;
}

/** A flag's review as a file holds it, by its flag of a unit. */
function reviewsOf(review: TypedReview): Map<string, Reviewed> {
  return new Map<string, Reviewed>([
    ...review.decisions.map((d): [string, Reviewed] => [flagOfUnit(d), { flag: d, steps: [asShown(firstStep(d)), d.explanation, asShown(d.second)] }]),
    ...review.unread.filter((u) => !namesNoFlag(u) && !u.edited).map((u): [string, Reviewed] => [flagOfUnit(u), { flag: u, steps: [u.first, u.explanation, u.second], held: true }]),
  ]);
}

/**
 * Each flag's review in `review` whole, as its sheet shows it, by its flag of a unit: one text, the same for the same
 * review however its words were composed — what a scored copy's «Rà soát» is held to as the run wrote it (typed-in-copies.ts).
 */
export function reviewsSeen(review: TypedReview): Map<string, string> {
  return new Map([...reviewsOf(review)].map(([key, r]) => [key, asSeen(JSON.stringify([r.held === true, r.steps]))]));
}

/**
 * The flags whose review `b` holds differently from `a` — or holds where `a` holds none (`shownA` then undefined) —
 * each with what the flag is (`what`) and its review as each shows it. Two files of the council's work stop a run on
 * the first kind (councilWork); a scored copy's «Rà soát» beside tong-hop.xlsx on both (typed-in-copies.ts).
 */
export function reviewsDiffering(a: TypedReview, b: TypedReview): { key: string; what: string; shownA?: string; shownB: string }[] {
  const [reviewsA, reviewsB] = [reviewsOf(a), reviewsOf(b)];
  // In `a`'s order, then those only `b` holds.
  const keys = [...[...reviewsA.keys()].filter((k) => reviewsB.has(k)), ...[...reviewsB.keys()].filter((k) => !reviewsA.has(k))];
  return keys.flatMap((key) => {
    const [x, y] = [reviewsA.get(key), reviewsB.get(key)!];
    if (x && !differently(x, y)) return [];
    const { flag } = y;
    const what = `Quyết định về cảnh báo «${flagTitle(flag.flagCode)}»${flag.cell ? ` ô ${flag.cell}` : ''} của ${flag.unitName} (trang «${flag.sheet}»)`;
    return [{ key, what, ...(x ? { shownA: reviewShown(x) } : {}), shownB: reviewShown(y) }];
  });
}

/** The meeting: each field from the file that typed it; `differ` for each typed differently in both. */
function meetingOf(a: VoteSheet, b: VoteSheet, differ: (field: string, x: string, y: string) => void): Pick<VoteSheet, 'meeting' | 'typedDate' | 'typedMethod' | 'typedMeeting'> {
  // Each field by the label «Biểu quyết» shows beside it, where the council typed it.
  const fields = (['date', 'time', 'place', 'chair', 'secretary', 'method', 'present', 'absent', 'postedAt'] as const).map((f) => [f, `«${VOTE_FIELDS[f]}»`] as const);
  // A date or a method that did not read is kept as typed: what the field shows.
  const shown = (v: VoteSheet, f: keyof Meeting) => (f === 'date' && v.typedDate) || (f === 'method' && v.typedMethod) || [v.meeting[f] ?? ''].flat().join('; ');
  const meeting: Meeting = { ...NO_MEETING };
  let typedDate: string | undefined;
  let typedMethod: string | undefined;
  const typedMeeting: NonNullable<VoteSheet['typedMeeting']> = {};
  for (const [f, label] of fields) {
    const [x, y] = [shown(a, f), shown(b, f)];
    if (x && y && x !== y) differ(label, x, y);
    const from = y ? b : a;
    if (from.meeting[f] !== undefined) Object.assign(meeting, { [f]: from.meeting[f] });
    if (f === 'date' && from.typedDate) typedDate = from.typedDate;
    // Where that file's date stands, for the doubts on it.
    if (f === 'date' && from.meeting.dateCell) meeting.dateCell = from.meeting.dateCell;
    if (f === 'method' && from.typedMethod) typedMethod = from.typedMethod;
    // The cell as that file's council typed it, written so while it says the field (plan-votes.ts).
    if ((f === 'date' || f === 'present' || f === 'absent') && from.typedMeeting?.[f] !== undefined) Object.assign(typedMeeting, { [f]: from.typedMeeting[f] });
  }
  return { meeting, ...(typedDate ? { typedDate } : {}), ...(typedMethod ? { typedMethod } : {}), ...(Object.keys(typedMeeting).length > 0 ? { typedMeeting } : {}) };
}

/** A flag's review as one file holds it: its first review, the unit's explanation, the second decision; `held` when typed so it does not read. */
type Reviewed = { flag: CouncilDecision | UnreadDecision; steps: readonly (object | undefined)[]; held?: true };

/** The first review of a decision, apart from the later steps. */
const firstStep = ({ explanation: _e, second: _s, ...first }: CouncilDecision) => first;

/**
 * A decision step as its sheet shows it: its word as typed, or thidua's own when none was kept (typed as thidua words
 * it) — the same word typed composed in one file and decomposed in the other is then one word (asSeen).
 */
function asShown<S extends { decision: DecisionKind; typed?: string | undefined }>(step: S | undefined): object | undefined {
  if (!step) return undefined;
  const { typed, ...rest } = step;
  return { typed: decisionWord(step.decision, typed), ...rest };
}

/** Whether two files hold a flag's review differently: read in one and held as typed in the other, or a step both hold that differs. */
function differently(x: Reviewed, y: Reviewed): boolean {
  if (x.held !== y.held) return true;
  return x.steps.some((step, i) => step !== undefined && y.steps[i] !== undefined && asSeen(JSON.stringify(step)) !== asSeen(JSON.stringify(y.steps[i])));
}

/** A flag's review as its file shows it: each step's words as typed, who, when, the council's comment. */
function reviewShown({ flag }: Reviewed): string {
  const row = (word: string, by: string | undefined, date: string, comment: string | undefined) =>
    [`«${word}»`, by, date, comment && `ý kiến «${comment}»`].filter(Boolean).join(', ');
  const day = (iso: string) => (iso ? formatDateVi(iso) : '');
  if ('decision' in flag) {
    return [
      row(decisionWord(flag.decision, flag.typed), flag.reviewer, day(flag.date), flag.comment),
      ...(flag.explanation ? [`giải trình «${flag.explanation.text}»`] : []),
      ...(flag.second ? [`lần 2 ${row(decisionWord(flag.second.decision, flag.second.typed), flag.second.reviewer, day(flag.second.date), flag.second.comment)}`] : []),
    ].join('; ');
  }
  const typed = (r: TypedReviewRow | undefined) => (r ? row(r.decision, r.reviewer, r.date, r.comment) : '');
  return [`${typed(flag.first)} (chưa đọc được)`, ...(flag.explanation ? [`giải trình «${flag.explanation.comment}»`] : []), ...(flag.second ? [`lần 2 ${typed(flag.second)}`] : [])].join('; ');
}

/**
 * The sheets a run's tong-hop.xlsx leaves to the next: the names the council gave its two, those it added, what it typed
 * beyond thidua's plan, where it typed each flag's review and each tally — in `file` when another than the one written again.
 */
export function previousSheets(s: PreviousSummary, file?: string): PreviousSheets {
  const typedIn = (places: Readonly<Record<string, TypedPlace>>) => Object.fromEntries(Object.entries(places).map(([key, p]) => [key, file ? { ...p, file } : p]));
  return { council: s.council, added: s.added, ...(s.kept ? { kept: s.kept } : {}), reviewAt: typedIn(s.reviewAt ?? {}), votesAt: typedIn(votePlaces(s.votes, firstVotes(s))) };
}

/** The first sheet of a file's «Biểu quyết», by the name the council gave it. */
const firstVotes = (s: PreviousSummary) => (s.council.votes ?? [COUNCIL_SHEET_NAMES.votes])[0]!;

/**
 * `s`'s cells of its nominees' rows (`f`: typed, blank, noted), said against the file written, whose «Biểu quyết» is
 * named `written`: a row of a sheet of one part under another name gives that name with its cells, as a part's do.
 */
function cellsAs(s: PreviousSummary, f: 'typedAt' | 'blankAt' | 'notedAt', written: string): Record<string, string> {
  const first = firstVotes(s);
  return Object.fromEntries(Object.entries(s.votes[f] ?? {}).map(([key, where]) => [key, first === written || cellsInPart(where) ? where : `${where} (trang «${first}»)`]));
}

/** A kept cell as its file shows it, and where. */
type KeptShown = { shown: string; at: string };

/** The cells both files keep for the same row and column (or field) that say different things: what each shows, named by row and column. */
function keptApart(a: KeptCells | undefined, b: KeptCells | undefined): [string, KeptShown, KeptShown][] {
  if (!a || !b) return [];
  const shown = (c: { value: CellValue; formula?: string }) => (c.formula !== undefined ? `=${c.formula}` : cellText(c.value));
  const apart: [string, KeptShown, KeptShown][] = [];
  for (const [key, x] of Object.entries(a.formulas)) {
    const y = b.formulas[key];
    if (y && shown(x) !== shown(y)) apart.push([`công thức ở ô ${x.at}`, { shown: shown(x), at: x.at }, { shown: shown(y), at: y.at }]);
  }
  for (const col of a.columns) {
    const other = b.columns.find((c) => cellText(c.header) === cellText(col.header) && c.after === col.after);
    for (const [key, x] of Object.entries(col.cells)) {
      const y = other?.cells[key];
      if (y && shown(x) !== shown(y)) apart.push([`cột «${cellText(col.header)}», dòng ${x.row}`, { shown: shown(x), at: x.at }, { shown: shown(y), at: y.at }]);
    }
  }
  return apart;
}

/** What each file's council typed in one of its sheets beyond thidua's plan, the given file's first. */
const keptOf = (b: PreviousSummary, role: 'review' | 'votes', a: PreviousSummary) => [b.kept?.[role], a.kept?.[role]].filter((k) => k !== undefined);

const names = (list: readonly string[]) => list.map((n) => `«${n}»`).join(', ');
const ruleShown = (v: VoteSheet) => (v.typedRule ? `${v.typedRule.share} ${v.typedRule.base}`.trim() : '');

// Made for an officer's walk (KH 157, Cần Thơ): the council's tong-hop.xlsx saved as tong-hop-hoi-dong.xlsx and read
// with --decisions into a new folder lost its vote, its meeting and the name it gave «Rà soát».
