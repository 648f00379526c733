// What a run writes: each workbook's scored copy (its report sheets with the scored columns, and its own
// `Tổng hợp` with the sheets beside it, `Rà soát`, `Xét khen thưởng`) and the run's summary workbook (`tong-hop.xlsx`). A copy is
// planned only once the run is decided, so it is written once and never contradicts the summary: its
// units carry the run's flags, ranks and proposals; where the run holds other workbooks, its `Tổng hợp`
// shows its own units' share of the run and names the summary file that holds the whole of it.
import type { CouncilDecision, UnreadDecision } from '../council/decision.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import type { DuplicateGroup } from '../ranking/duplicates.js';
import type { AwardProposal, Ranking, Shortfall } from '../ranking/schema.js';
import { shortfalls } from '../ranking/what-it-takes.js';
import { cardKey, type ScoreCard } from '../scoring/score-card.js';
import { isForReport } from '../scoring/score.js';
import { planAwardList } from '../workbook/plan-award-list.js';
import { PART_ROWS } from '../workbook/table-sheet.js';
import { planReviewSheets } from '../workbook/plan-review.js';
import { cardsInListOrder } from '../ranking/list-order.js';
import { planVoteSheets } from '../workbook/plan-votes.js';
import { keptInParts, NO_KEPT_CELLS, withKeptCells, type KeptSaid } from '../workbook/kept-cells.js';
import { REVIEW_LAYOUT } from '../workbook/read-review.js';
import { VOTE_LAYOUT } from '../workbook/read-votes.js';
import { conditionsOf, type ListedNominee } from '../council/band-finding.js';
import { fallbackNominees, type FallbackNominee } from '../council/fallback-vote.js';
import { namedBeside, namesBeside, partsNotWritten, type CouncilNames } from './summary-sheets.js';
import { reviewRowsMoved, votePlaces, voteRowsMoved, type TypedPlace } from './rows-moved.js';
import { COUNCIL_SHEET_NAMES, type CouncilRole, type CouncilSheetNames } from '../workbook/council-sheets.js';
import { NO_VOTES, type Nominee, type VoteSheet } from '../council/vote.js';
import type { FirstListed } from '../council/first-listed.js';
import { planScoredSheet } from '../workbook/plan-scored-sheet.js';
import { planSummarySheets, type Omitted } from '../workbook/plan-summary.js';
import type { SheetEdit, WorkbookEdit } from '../sheet/port.js';
import type { LeftOut } from './open-at-closing.js';
import { CLOSED_ROUNDS_KEY, recordRun, roundsToStore, RUN_RECORD_KEY, type ClosedRound, type CopyDigest, type RunRecord } from './closing.js';
import { sealSheet, type SealedSheet } from './seal.js';
import { applyEditToValues } from '../workbook/apply-grid.js';
import { omittedUnits, type Run } from './decide-run.js';
import { planClosing } from './plan-closing.js';
import type { WorkbookReports } from './workbook-reports.js';
import type { CouncilKept } from './previous-summary.js';
import { addTo } from '../grouped.js';
import { SCORED_SUFFIX, SUMMARY_FILE } from './output-names.js';

export { SCORED_SUFFIX, SUMMARY_FILE };

export type CopyOptions = {
  /** The summary's date, "YYYY-MM-DD" (today when omitted). */
  date?: string;
  /** What this workbook could not have read (its unreadable sheets), listed in its own `Tổng hợp`. */
  problems?: readonly Omitted[];
  /** Where to say what the council typed in the copy's «Rà soát» that could not be kept as it stood (kept-cells.ts). */
  said?: KeptSaid[];
  /**
   * The day each flag was first listed, when this copy's «Rà soát» is the council's own (the pane's workbook, as
   * tong-hop.xlsx's): a decision dated before it is noted at its «Ngày» (first-listed.ts).
   */
  listed?: FirstListed;
};

/** One input's share of a run: its cards with the run's flags, its ranks and proposals as the run decided them. */
export type RunShare = {
  round: AwardRound;
  cards: ScoreCard[];
  ranking: Ranking;
  proposals: AwardProposal[];
  omitted: Omitted[];
  /** How many units and workbooks the run ranked together (the copy says so, beside the summary's name). */
  runUnits: number;
  runInputs: number;
};

/**
 * Every input's share of the run, sorted out in one pass over it (a run of 300 files took 50 ms asking each input
 * of every card): `shareOf(i, problems)` is input i's, plain data small enough to hand to the thread that holds
 * the workbook. What belongs to an input is what names one of its cards (file and sheet).
 */
export function runShares(run: Run): (index: number, problems?: readonly Omitted[]) => RunShare {
  // Sorted out apart (byInputs): the map from each card to its inputs, a key a card, is let go once the shares are
  // sorted, not held with them through every copy (~0.3 KB a workbook at 1,800).
  const { groups, ranking, proposals } = byInputs(run);
  return (index, problems = []) => {
    const cards = run.byInput[index] ?? [];
    return {
      round: run.round,
      cards,
      ranking: ranking[index] ?? [],
      proposals: proposals[index] ?? [],
      // A run of one workbook is its whole: the listed units without a report are its own to say.
      omitted: [...problems, ...(run.byInput.length <= 1 ? run.omittedUnits : omittedUnits(cards, groups[index] ?? []))],
      runUnits: run.cards.length,
      runInputs: run.byInput.length,
    };
  };
}

/** Each input's duplicate groups, ranking groups and proposals (filtered to its cards), in one pass over the run. */
function byInputs(run: Run): { groups: DuplicateGroup[][]; ranking: Ranking[]; proposals: AwardProposal[][] } {
  const inputsOf = new Map<string, number[]>();
  run.byInput.forEach((cards, i) => {
    for (const c of cards) {
      const key = cardKey(c);
      const inputs = inputsOf.get(key);
      if (!inputs) inputsOf.set(key, [i]);
      else if (inputs.at(-1) !== i) inputs.push(i);
    }
  });
  /** Each input's items of `items`, in their order; `own` makes an input's copy of one (filtered to its cards). */
  const byInput = <T, K extends { file?: string; sheet: string }>(items: readonly T[], keysOf: (item: T) => readonly K[], own: (item: T, mine: K[]) => T): T[][] => {
    const out: T[][] = run.byInput.map(() => []);
    for (const item of items) {
      const mine = new Map<number, K[]>();
      for (const k of keysOf(item)) {
        for (const i of inputsOf.get(cardKey(k)) ?? []) addTo(mine, i, k);
      }
      for (const [i, ks] of mine) out[i]!.push(own(item, ks));
    }
    // Held through every copy: each input's list cut to its length, not left at the 17 places push makes for its first
    // item (the shares 0.93 → 0.51 MB at 1,800 workbooks: heap snapshots of the command's thread at 90 % of the copies).
    return out.map((items) => (items.length > 0 ? items.slice() : items));
  };
  return {
    groups: byInput(run.groups, (g) => g.dropped, (g, dropped): DuplicateGroup => ({ ...g, dropped })),
    ranking: byInput(run.ranking, (g) => g.entries, (g, entries) => ({ ...g, entries })),
    proposals: byInput(run.proposals, (p) => [p], (p) => p),
  };
}

/**
 * The scored copy of one workbook: every edit in one apply. `decisions`: the run's council decisions;
 * the copy's `Rà soát` keeps those typed in it and those about its units, and so the flags held as typed (`read.unread`).
 */
export function planCopy(set: CriteriaSet, read: WorkbookReports, share: RunShare, decisions: readonly CouncilDecision[], opts: CopyOptions = {}): WorkbookEdit {
  const { cards } = share;
  const whole = share.runInputs <= 1;
  const note = whole ? undefined : `Hạng và đề xuất khen thưởng của các đơn vị trong tệp này là của cả lượt chấm (${share.runUnits} đơn vị, ${share.runInputs} tệp); bảng đầy đủ ở ${SUMMARY_FILE}.`;
  const sheets: SheetEdit[] = [
    ...read.reports.map((r, i) => planScoredSheet(r, cards[i]!, read.grids[i])),
    ...planSummarySheets(set, cards, share.ranking, share.proposals, {
      omitted: share.omitted,
      ...(opts.date ? { date: opts.date } : {}),
      round: share.round,
      ...(note ? { note } : {}),
      names: { summary: read.summarySheet, proposals: read.proposalsSheet, awardList: read.awardListSheet, omitted: read.omittedSheet },
      omittedSheetKept: read.omittedSheetKept,
    }),
    withKeptCells({ ...planReviewSheets(cardsInListOrder(cards, share.ranking, set), ...ownReview(read, decisions, cards), Infinity, opts.listed)[0]!, sheet: read.reviewSheet }, read.reviewKept ?? NO_KEPT_CELLS, REVIEW_LAYOUT, new Set(), true, opts.said ?? [], [read.reviewSheet, read.voteSheet]),
    ...planAwardList(share.proposals).map((s) => ({ ...s, sheet: read.awardListSheet })),
  ];
  return { sheets };
}

/** The sheets planCopy edits in place (mode 'existing'): the report sheets. thidua's own it writes anew. */
export function editedInPlace(read: WorkbookReports): string[] {
  return read.reports.map((r) => r.sheet);
}

/**
 * What planCopy reads of a workbook's reports, the rest left out: a kept workbook's reports wait for the run to be
 * decided (core/run/kept-workbooks.ts), on the thread that read them and plans the copy (core/run/worker-steps.ts).
 * Each report's sheet, header row, columns, last column, period and rows' numbers; each grid's values and
 * widths up to the column after the report's last (scoring's own, right of it, are sized anew), not its formats or
 * formulas; the sheets the copy writes, and the decisions and flags held as typed that its `Rà soát` keeps (not every
 * one the run was given). Not the cards (the run has them), nor the errors, the roster and the sheets scored before
 * (the run is told of them when they are read). planCopy of it plans what planCopy of the whole does; on the example
 * reports it is a third of the whole (19 KB of 53, measured when they crossed to the command's thread).
 */
export function forCopy(read: WorkbookReports): WorkbookReports {
  // Chosen by the workbook's own cards: those planCopy is given are the same units, the run's flags added.
  const [decisions, unread] = ownReview(read, read.decisions, read.cards);
  return {
    ...read,
    reports: read.reports.map((r) => ({
      sheet: r.sheet,
      headerRow: r.headerRow,
      columns: r.columns,
      lastColumn: r.lastColumn,
      rows: r.rows.map((row) => ({ row: row.row, code: row.code })),
      ...(r.period ? { period: r.period } : {}),
    })),
    grids: read.grids.map((g, i) => {
      const width = Math.max(0, read.reports[i]!.lastColumn + 2 - (g.origin?.col ?? 1));
      return {
        name: g.name,
        values: g.values.map((row) => (row.length > width ? row.slice(0, width) : row)),
        ...(g.origin ? { origin: g.origin } : {}),
        ...(g.columnWidths ? { columnWidths: g.columnWidths.slice(0, width) } : {}),
      };
    }),
    decisions,
    unread,
    // The vote is the whole run's (tong-hop.xlsx's), never a copy's.
    votes: undefined,
    explained: [],
    cards: [],
    errors: [],
    alreadyScored: [],
    roster: [],
  };
}

/**
 * Whether the copy's `Rà soát` planned from `read` carries any review to read back (typed-in-copies.ts reviewWritten): a
 * decision or a flag held as typed that it keeps, or a cell of the council's kept in it. Without one, each flag's row
 * has its review cells blank, which reads as no review: a run with no decision yet reads back nothing, copy after copy.
 */
export function reviewCarried(read: WorkbookReports, decisions: readonly CouncilDecision[], cards: readonly ScoreCard[]): boolean {
  const [own, unread] = ownReview(read, decisions, cards);
  const kept = read.reviewKept;
  return own.length > 0 || unread.length > 0 || (kept !== undefined && (kept.columns.length > 0 || Object.keys(kept.formulas).length > 0));
}

/** The decisions and the flags held as typed that the copy's `Rà soát` keeps: those typed in it, and those about its units (`cards`). */
function ownReview(read: WorkbookReports, decisions: readonly CouncilDecision[], cards: readonly ScoreCard[]): [CouncilDecision[], UnreadDecision[]] {
  return [decisions.filter(ownOr(read.typedDecisions, cards)), read.unread.filter(ownOr(read.typedUnread, cards))];
}

/** Typed in this workbook's own `Rà soát`, or about one of its units. */
function ownOr<T extends CouncilDecision | UnreadDecision>(typed: readonly T[], cards: readonly ScoreCard[]): (d: T) => boolean {
  return (d) => typed.includes(d) || cards.some((c) => isForReport(d, c, c.unitName));
}

/**
 * tong-hop.xlsx as planned, a sheet at a time: `sheets` plans each table only when the face asks for its first sheet,
 * so the face holds one table's plan at most (all of them at once, at 1,800 workbooks, were ~26 MB of the command's
 * heap where its peak is); once the last sheet is given it returns the store. `kept`: the previous one's sheets the
 * council added, kept as they are (the face writes over the previous file then).
 */
export type RunSummaryPlan = { sheets: Generator<SheetEdit, SummaryStore, void>; kept: readonly string[] };

/** tong-hop.xlsx's store: the run's record (sealed with the rows of the sheets that show it) and the rounds closed before. */
/** `council`: the council's two sheets as written, each its parts in order (a line about a table under «Rà soát»'s flags names its last). */
export type SummaryStore = { store: Record<string, unknown>; record: RunRecord; said: KeptSaid[]; council: CouncilNames };

/**
 * What the previous tong-hop.xlsx says of the sheets the next one writes: the council's two as it named them, and the
 * sheets it added (`added`); `kept`: what the council typed in its two sheets beyond thidua's plan (its formulas, its
 * own columns), kept in place (kept-cells.ts); `reviewAt`, `votesAt`: where each flag's review and each nominee's
 * tally was typed, a row written on another sheet now being said (rows-moved.ts).
 */
export type PreviousSheets = { council: CouncilNames; added: readonly string[]; kept?: CouncilKept; reviewAt?: Readonly<Record<string, TypedPlace>>; votesAt?: Readonly<Record<string, TypedPlace>> };

/**
 * tong-hop.xlsx, the same whichever face writes it: the run's «Tổng hợp» and the sheets beside it (planSummarySheets), «Rà soát» (with
 * the flags held as typed, `opts.unread`), «Xét khen thưởng» and «Biểu quyết» (with the council's vote typed before, `opts.votes`); the rounds the
 * council closed before, as «Chốt kết quả»; then in its store the run's record (what `thidua close` closes and the papers are drawn from), sealed
 * with the rows of the sheets that show it, each sealed as it is planned, and each nominee's first listed day (`opts.listed`). `opts.files`: the run's scored files, by name within the output folder;
 * `opts.copies`: their contents as written; `opts.notWritten`: the copies declined, with why. `opts.whatItTakes`: the run's
 * «Còn thiếu gì» when the face has it already (the command line gives the same to `--json`), worked out here otherwise.
 */
export function planSummaryWorkbook(
  set: CriteriaSet,
  run: Run,
  decisions: readonly CouncilDecision[],
  opts: {
    date: string;
    closed: readonly ClosedRound[];
    files: readonly string[];
    copies?: readonly CopyDigest[];
    notWritten?: readonly LeftOut[];
    unread?: readonly UnreadDecision[];
    votes?: VoteSheet;
    sheets?: PreviousSheets;
    partRows?: number;
    listed?: FirstListed;
    whatItTakes?: readonly Shortfall[];
  },
): RunSummaryPlan {
  // Each sheet under the name it keeps: the council's two under the names it gave them, none over a sheet kept.
  const named = (list: SheetEdit[]) => namedBeside(list, opts.sheets?.added ?? [], opts.sheets?.council ?? {});
  // A table longer than PART_ROWS goes on in sheets of its own, each sealed row by row like the rest (the record names them all).
  const partRows = opts.partRows ?? PART_ROWS;
  /** What the council typed that could not be kept as it stood, a line each: the face says them. */
  const said: KeptSaid[] = [];
  // The names the council gave its two sheets: a formula reading one reads a sheet thidua writes anew, as by thidua's names.
  const councilNames = [...(opts.sheets?.council.review ?? []), ...(opts.sheets?.council.votes ?? [])];
  // In tab order, each table with whether the record shows it (sealed), and the council's two with their role.
  const tables: [plan: () => SheetEdit[], shown: boolean, role?: CouncilRole][] = [
    [() => planSummarySheets(set, run.cards, run.ranking, run.proposals, { date: opts.date, round: run.round, omitted: run.omitted, whatItTakes: opts.whatItTakes ?? shortfalls(set, run.cards, run.proposals, decisions, run.round, opts.date), partRows }), true],
    [() => keptInParts(planReviewSheets(cardsInListOrder(run.cards, run.ranking, set), decisions, opts.unread, partRows, opts.listed), opts.sheets?.kept?.review, REVIEW_LAYOUT, said, councilNames), false, 'review'],
    [() => planAwardList(run.proposals, partRows), true],
    [() => keptInParts(planVoteSheets(listedNominees(set, run, opts.votes), opts.votes ?? NO_VOTES, partRows, opts.sheets?.council.votes), opts.sheets?.kept?.votes, VOTE_LAYOUT, said, councilNames), false, 'votes'],
    ...(opts.closed.length > 0 ? [[() => [planClosing(opts.closed)], false] as [() => SheetEdit[], boolean]] : []),
  ];
  // The rows the council typed now on another sheet than typed (rows-moved.ts).
  const moved: Record<CouncilRole, (written: SheetEdit[]) => KeptSaid[]> = {
    review: (written) => reviewRowsMoved(written, opts.sheets?.reviewAt ?? {}, decisions, opts.unread ?? []),
    votes: (written) => voteRowsMoved(written, opts.votes, opts.sheets?.votesAt ?? votePlaces(opts.votes, opts.sheets?.council.votes?.[0])),
  };
  function* sheets(): Generator<SheetEdit, SummaryStore, void> {
    const shown: SealedSheet[] = [];
    const council: CouncilNames = {};
    for (const [plan, sealed, role] of tables) {
      const list = named(plan());
      said.push(...partsNotWritten(list.map((s) => s.sheet), opts.sheets?.council ?? {}));
      if (role) {
        council[role] = list.map((s) => s.sheet);
        said.push(...moved[role](list));
      }
      // Each sheet let go once given: the rest of its table is all that is held.
      for (let sheet = list.shift(); sheet; sheet = list.shift()) {
        if (sealed) shown.push(sealSheet({ name: sheet.sheet, values: applyEditToValues([], sheet) }));
        yield sheet;
      }
    }
    const record = recordRun(set, { ...run, scoredOn: opts.date, files: opts.files, ...(opts.copies ? { copies: opts.copies } : {}), ...(opts.notWritten ? { notWritten: opts.notWritten } : {}), ...(opts.listed ? { listed: opts.listed } : {}), decisions, shown });
    const { closed } = opts;
    return { store: { [RUN_RECORD_KEY]: record, ...(closed.length > 0 ? { [CLOSED_ROUNDS_KEY]: roundsToStore(closed, record) } : {}) }, record, said, council };
  }
  return { sheets: sheets(), kept: opts.sheets?.added ?? [] };
}

/** The names the council's two sheets have in the tong-hop.xlsx written over the previous one's `sheets`, as planSummaryWorkbook names them. */
export function councilSheetNamesOf(sheets: PreviousSheets | undefined): CouncilSheetNames {
  const [review, votes] = namesBeside([COUNCIL_SHEET_NAMES.review, COUNCIL_SHEET_NAMES.votes], sheets?.added ?? [], sheets?.council ?? {});
  return { review: review!, votes: votes! };
}

/** tong-hop.xlsx planned whole, for a face that hands it on in one piece (the page's worker): every sheet, then the store. */
export function wholeSummary(plan: RunSummaryPlan): { edit: WorkbookEdit; kept: readonly string[] } & SummaryStore {
  const sheets: SheetEdit[] = [];
  let next = plan.sheets.next();
  for (; !next.done; next = plan.sheets.next()) sheets.push(next.value);
  return { edit: { sheets }, ...next.value, kept: plan.kept };
}

/** The run's nominees, as «Biểu quyết» lists them: every unit proposed for a form or meeting every condition of one whose plan gives no number. */
export function nomineesOf(proposals: readonly AwardProposal[]): Nominee[] {
  return proposals.filter((p) => p.proposed || p.eligible).map((p) => ({ sheet: p.sheet, unitName: p.unitName, form: p.formLabel }));
}

/**
 * The nominees as «Biểu quyết» lists them: each with the band it was graded into by points where that band asks more,
 * for the council's finding; and, under each whose vote in `votes` failed, the form it still reaches (fallback-vote.ts).
 */
export function listedNominees(set: CriteriaSet, run: Pick<Run, 'proposals' | 'cards'>, votes?: VoteSheet): (ListedNominee & { after?: string })[] {
  const fallbacks = fallbackNominees(run.proposals, votes, (id) => set.awards.forms.find((f) => f.id === id)?.label);
  const own = (n: Nominee) => (f: FallbackNominee) => f.sheet === n.sheet && f.unitName === n.unitName && f.after === n.form;
  const nominees = nomineesOf(run.proposals).flatMap((n) => [n, ...fallbacks.filter(own(n))]);
  return conditionsOf(nominees, set.classification, run.cards.map((c) => ({ sheet: c.sheet, unitName: c.unitName, band: c.classification?.label })));
}

// Made for: writing every scored copy once, after the run is decided, saying what tong-hop.xlsx says.
