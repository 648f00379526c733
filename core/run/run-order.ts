// Lượt chấm theo thứ tự (the run, in its order), written once for every face: the previous result read, every
// input read and scored alone, the run decided, a result the council closed held against it, every copy written
// once with its share, tong-hop.xlsx planned from the run, and what the run says of the council's decisions.
// A face gives the I/O as a RunPort: the command line over its worker threads and the output folder, the standalone
// page over its Web Worker and the .zip it offers, the task pane over the one workbook it scores in place. The order and every decision live here; the wording of the
// progress and the faults, and where the bytes go, are the face's.
import { bandConditions } from '../scoring/band-conditions.js';
import { unscoredLines } from '../criteria/lines-under-total.js';
import { cappedTotals } from '../scoring/total-cap.js';
import type { CouncilDecision, UnreadDecision } from '../council/decision.js';
import { combineDecisions, type TypedReview } from '../council/merge.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import type { VoteSheet } from '../council/vote.js';
import { firstListed, flagListedKey, type FirstListed, type ListedBefore } from '../council/first-listed.js';
import { decisionsBeforeListing } from './decisions-before-listing.js';
import { votedOnOtherLine, votedOnOtherResult, votesNoLonger, withListings, type ListedUnit } from '../council/voted-on.js';
import { cardKey, type ScoreCard } from '../scoring/score-card.js';
import type { AwardProposal } from '../ranking/schema.js';
import type { RosterUnit } from '../ranking/roster.js';
import type { Shortfall } from '../ranking/schema.js';
import { shortfalls } from '../ranking/what-it-takes.js';
import type { Omitted } from '../workbook/plan-summary.js';
import { changesSinceClosing, councilChangedSince, recordRun, type ClosedRound, type CopyDigest, type FoundDigest, type RunRecord } from './closing.js';
import { communeFolder } from './commune-scope.js';
import { decideRun, type Run } from './decide-run.js';
import { said, type Said } from './said.js';
import { asidesSaid, decisionsSaid } from './decisions-said.js';
import { meetingShortOfQuorum } from './meeting-quorum.js';
import { unlistedVotes, type UnlistedVote } from './open-at-closing.js';
import { withHeld } from './edited-since.js';
import { findingsWithoutCondition } from '../workbook/finding-column.js';
import type { KeptSaid } from '../workbook/kept-cells.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';
import { councilSheetNamesOf, listedNominees, planSummaryWorkbook, runShares, type PreviousSheets, type RunShare, type RunSummaryPlan, type SummaryStore } from './plan-copy.js';

/**
 * The previous result as the run needs it: the council's review, the rounds it closed, sheets of it edited by hand
 * since, and the council's vote (written again into «Biểu quyết»; none: a sheet with no vote yet).
 * `listed`: what the run before left of the days its nominees were first listed (none: no run before).
 */
export type RunPrevious = { review: TypedReview; rounds: ClosedRound[]; edited: readonly string[]; votes?: VoteSheet; sheets?: PreviousSheets; listed?: ListedBefore };

/** One input read and scored alone: its cards, what was left out of it (its copy's «Tổng hợp» lists it), its file time. */
export type RunRead = { cards: readonly ScoreCard[]; problems: readonly Omitted[]; fileTime?: number };

/**
 * The inputs read: those with cards, in input order (an input without one is not in the run: its fault is among
 * `problems`); the units' answers taken from returned copies; everything left out so far, said first in «Tổng hợp».
 * A workbook scored alone (the task pane's) holds its own list of units and the council's own «Rà soát»: the run is
 * decided with its `roster` and the `decisions` its scoring applied.
 */
export type RunInputs = {
  read: readonly RunRead[];
  explained: readonly CouncilDecision[];
  problems: readonly Omitted[];
  roster?: readonly RosterUnit[];
  decisions?: readonly CouncilDecision[];
  /** The council's decisions an input's unit edited the figure of since the last run: held as typed, not applied (edited-since.ts). */
  edited?: readonly UnreadDecision[];
  /** The workbook scored alone: the names its own «Rà soát» and «Biểu quyết» go by, which the run's lines say. */
  sheets?: CouncilSheetNames;
  /**
   * The workbook scored alone: the council's vote its own «Biểu quyết» holds, read with the inputs (no previous result
   * to read it from), standing for the previous result's: the run lists and dates the same nominees on every face.
   */
  votes?: VoteSheet;
};

export type { RunSummaryPlan, SummaryStore };

/** A scored copy the face declined to write, by the name the record would hold, and why (its units stay in the run). */
export type NotWritten = { name: string; notWritten: string };

export interface RunPort {
  /** The previous result, read once before any input (none: an empty review, no rounds). */
  readPrevious(): Promise<RunPrevious>;
  /** Every input read and scored alone, with the council's review in force (less what an input's read step holds: `edited`). */
  readInputs(review: TypedReview): Promise<RunInputs>;
  /**
   * The council closed a result: `changes` says what this run changes of the last round, given the scored files as
   * they are found now (with the sheets edited by hand since). Resolves whether the run goes on to write.
   */
  closed(last: ClosedRound, changes: (found: readonly FoundDigest[]) => Said[]): Promise<boolean> | boolean;
  /**
   * Every input of the run given its scored copy, once, with its share; resolves the copies' names as the record holds
   * them, with their contents as written where the face knows them (the record then vouches for each copy's bytes),
   * and each copy the face declined to write (one it could not read again) with why: left out, the rest still written.
   * `listed`: each nominee's first listed day after this run, for a face that keeps it beside its own «Biểu quyết».
   */
  writeCopies(run: Run, shareOf: (index: number) => RunShare, listed: FirstListed): Promise<readonly (string | CopyDigest | NotWritten)[]>;
  /**
   * tong-hop.xlsx written as planned (only when the run has a unit): each sheet taken from `summary.sheets` and written
   * before the next is asked for, then the store it returns. None for one workbook scored in place, its own summary.
   */
  writeSummary?(summary: RunSummaryPlan): Promise<void>;
  /** What the run says of the council's decisions it read, once the summary is written: each line with its place (said.ts). */
  say(lines: readonly Said[]): void;
}

export type RunOrderOptions = {
  /** "YYYY-MM-DD": the day of the run. */
  date: string;
  round?: AwardRound;
  roster?: readonly RosterUnit[];
};

export type RunOutcome = {
  run: Run;
  /** false: the council closed a result and the port held the run there (nothing written). */
  written: boolean;
  /** The council's decisions in force, with the units' answers taken, and the flags held as typed. */
  decisions: CouncilDecision[];
  unread: UnreadDecision[];
  rounds: ClosedRound[];
  /** What this run changes of the last round closed, each line with its place (empty when none was closed, or the port did not ask). */
  changes: Said[];
  /** The run's record as tong-hop.xlsx keeps it: absent when no summary was planned, or the face wrote none. */
  record?: RunRecord;
  /** «Còn thiếu gì» as tong-hop.xlsx's sheet has it, worked out once for the sheet and the face: absent when no summary was planned. */
  whatItTakes?: Shortfall[];
  /**
   * The votes and notes the council typed on «Biểu quyết» for no nominee of this run (a unit whose report was taken
   * out, a unit, sheet or form typed otherwise), said among the run's lines: counted for no one, so every face shows
   * them as something the officer must act on — never by reading the line's words. None when the run held there.
   */
  votedForNone: UnlistedVote[];
  /** The names the council's sheets have where the run writes them (the council may have renamed them): a face sending the officer there says them so. */
  names: CouncilSheetNames;
};

export async function runInOrder(set: CriteriaSet, port: RunPort, opts: RunOrderOptions): Promise<RunOutcome> {
  const previous = await port.readPrevious();
  const { rounds } = previous;
  const inputs = await port.readInputs(previous.review);
  // The names the council's sheets have (the council may have renamed them): every line of the run says them so.
  const names = inputs.sheets ?? councilSheetNamesOf(previous.sheets);
  // What the inputs' read steps held (a figure edited since the council decided) is the run's review from here on.
  const review = withHeld(previous.review, inputs.edited ?? []);
  // The run decided across inputs (a unit reported twice is flagged and ranked once: the later Ngày nộp, else the
  // file saved last; a blank template is «Chưa nộp»), only once every input is read.
  // The decisions the proposals take: the record's places and «Còn thiếu gì»'s are counted with the same.
  const taken = inputs.decisions ?? review.decisions;
  const run = decideRun(set, inputs.read, {
    roster: inputs.roster ?? opts.roster ?? [],
    decisions: taken,
    ...(opts.round ? { round: opts.round } : {}),
    on: opts.date,
    scope: communeFolder(inputs.read.flatMap((r) => r.cards)),
    problems: inputs.problems,
  });
  const base = { run, decisions: review.decisions, unread: review.unread, rounds, names };
  // A result the council closed is never changed silently: the port says whether the run goes on.
  let changes: Said[] = [];
  const last = rounds.at(-1);
  if (last) {
    const now = recordRun(set, { ...run, scoredOn: opts.date, files: [], decisions: taken });
    // A vote or a decision retyped since the seal is a change too, as closing names it (the sheets as read, as `close` reads them).
    const goOn = await port.closed(last, (found) => (changes = [...[...previous.edited, ...changesSinceClosing(last, now, found)].map((text) => said(text)), ...councilChangedSince(last, now, previous, names)]));
    if (!goOn) return { ...base, written: false, changes, votedForNone: [] };
  }
  const shareOf = runShares(run);
  const decisions = combineDecisions(review.decisions, inputs.explained);
  const votes = inputs.votes ?? previous.votes;
  // Each nominee's first listed day, carried from the run before: what the meeting typed on «Biểu quyết» is held to.
  // With the fallback nominees of the vote typed (fallback-vote.ts): rows of thidua's, listed like the others.
  const nominees = listedNominees(set, run, votes);
  const flagKeys = run.cards.flatMap((c) => c.flags.map((f) => flagListedKey({ sheet: c.sheet, cell: f.cell, flagCode: f.code })));
  // With what each nominee was listed and voted on: a report edited after the vote is said, the vote kept (voted-on.ts).
  const units = listedUnits(run);
  const listed = withListings(firstListed(previous.listed, nominees, opts.date, flagKeys, votes?.meeting.date ?? ''), previous.listed?.units, units, votes?.votes ?? []);
  const answered = await port.writeCopies(run, (i) => shareOf(i, inputs.read[i]!.problems), listed);
  const declined = answered.filter((w): w is NotWritten => typeof w !== 'string' && 'notWritten' in w);
  const written = answered.filter((w): w is string | CopyDigest => typeof w === 'string' || !('notWritten' in w));
  const files = written.map((w) => (typeof w === 'string' ? w : w.name));
  const copies = written.filter((w): w is CopyDigest => typeof w !== 'string');
  let record: RunRecord | undefined;
  let whatItTakes: Shortfall[] | undefined;
  /** What the council typed in its sheets that could not be kept as it stood (kept-cells.ts). */
  let kept: Said[] = [];
  const keptLine = (s: KeptSaid) => said(`Trang «${s.sheet}», ${s.message}`, s.sheet, s.cell);
  /** The sheet «Rà soát»'s tables under the flags were written on: its last part (none written: the sheet as named). */
  let tables = names.review;
  if (run.cards.length > 0 && port.writeSummary) {
    // Planned once the copies are written, and a sheet at a time as the face writes them (planSummaryWorkbook): the
    // plan is never held whole, and never beside the worker's copies, where the run's peak was.
    whatItTakes = shortfalls(set, run.cards, run.proposals, taken, run.round, opts.date);
    const plan = planSummaryWorkbook(set, run, decisions, {
      whatItTakes,
      date: opts.date,
      closed: rounds,
      files,
      ...(copies.length === files.length && files.length > 0 ? { copies } : {}),
      notWritten: declined.map((d) => ({ what: d.name, why: d.notWritten })),
      unread: review.unread,
      listed,
      ...(votes ? { votes } : {}),
      ...(previous.sheets ? { sheets: previous.sheets } : {}),
    });
    await port.writeSummary({
      ...plan,
      sheets: recorded(plan.sheets, (store) => {
        record = store.record;
        kept = store.said.map(keptLine);
        tables = store.council.review?.at(-1) ?? tables;
      }),
    });
  }
  // What the run leaves to the council: its decisions as read, and the bands that ask more than points; and what the set
  // cannot score: a bonus or deduction its table wrote under the total, no criterion of its kind.
  // «Biểu quyết» written again by this run: in tong-hop.xlsx (its record written), or in the workbook scored alone that keeps its vote.
  const votesWritten = record !== undefined || inputs.votes !== undefined;
  const votedForNone = votesWritten && votes ? unlistedVotes(votes, nominees, run.cards) : [];
  port.say([...kept, ...decisionsSaid(decisions, run.cards, review.unread, names, tables), ...decisionsBeforeListing(decisions, listed, names), ...(votes ? votedOnOtherResult(listed, units, votes).map((v) => votedOnOtherLine(v, names.votes)) : []), ...(votes ? votesNoLonger(previous.listed?.days, nominees, votes).map((text) => votedOnOtherLine({ text }, names.votes)) : []), ...(votesWritten ? asidesSaid(votes, names, nominees, votedForNone) : []), ...(votesWritten ? findingsWithoutCondition(votes, nominees, names.votes) : []), ...(votesWritten && votes ? meetingShortOfQuorum(votes.votes, names, votes.typedAt) : []), ...setLines(set, run.cards)]);
  return { ...base, decisions, written: true, changes, votedForNone, ...(record ? { record } : {}), ...(whatItTakes ? { whatItTakes } : {}) };
}

/**
 * What a run says of the set and of the bands its units reached, true of any sheet scored alone (the pane's «Trang đang
 * mở»): the bands that ask more than points, for the units scored, the set's lines under the total no criterion scores,
 * and each unit whose total the table's cap cut.
 */
export function setLines(set: CriteriaSet, cards: readonly ScoreCard[]): Said[] {
  return [...[...bandConditions(set.classification, cards.map((c) => ({ unitName: c.unitName, band: c.classification?.label }))), ...unscoredLines(set)].map((text) => said(text)), ...cappedTotals(cards).map((c) => said(c.text, c.sheet))];
}

/** Each card as «Xét khen thưởng» lists it: its points, rank, band and proposals. */
function listedUnits(run: Run): ListedUnit[] {
  const rankOf = new Map(run.ranking.flatMap((g) => g.entries.map((e) => [cardKey(e), e.rank] as const)));
  const proposalsOf = new Map<string, AwardProposal[]>();
  for (const p of run.proposals) proposalsOf.set(cardKey(p), [...(proposalsOf.get(cardKey(p)) ?? []), p]);
  return run.cards.map((c) => ({ sheet: c.sheet, unitName: c.unitName, total: c.total, percent: c.percent, rank: rankOf.get(cardKey(c)) ?? null, classification: c.classification?.label ?? null, proposals: proposalsOf.get(cardKey(c)) ?? [] }));
}

/** `sheets` as given, `done` told the store once the face has taken the last (none: tong-hop.xlsx not written). */
function* recorded<T>(sheets: Generator<T, SummaryStore, void>, done: (store: SummaryStore) => void): Generator<T, SummaryStore, void> {
  const store = yield* sheets;
  done(store);
  return store;
}

// Made for issue 36 item 1: the run's order written once, for the command line, the standalone page and the task pane.
