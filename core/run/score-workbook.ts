// Kiểm tra & chấm điểm (check and score) one whole workbook through the port: the run's order (run-order.ts) with
// one input — read, score, decide, and one apply with every scored sheet, `Tổng hợp`, `Rà soát`,
// `Xét khen thưởng` (and `Biểu quyết`, where the workbook keeps the council's vote). The task pane runs it on the open workbook; tests and the bench on ExcelJS ones.
import type { Flag } from '../flags/flag.js';
import type { CouncilDecision, UnreadDecision } from '../council/decision.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import type { ReportReadError, UnitReport } from '../report/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import type { Omitted } from '../workbook/plan-summary.js';
import { officerDay } from '../values.js';
import { listedNominees, planCopy } from './plan-copy.js';
import { NO_VOTES, withMeeting, withoutOwnRows, withVotes, writtenAgain, type FaceVote, type Meeting, type Nominee, type VoteSheet } from '../council/vote.js';
import type { FirstListed, ListedBefore } from '../council/first-listed.js';
import { planVotes } from '../workbook/plan-votes.js';
import { NO_KEPT_CELLS, withKeptCells, type KeptSaid } from '../workbook/kept-cells.js';
import { VOTE_LAYOUT } from '../workbook/read-votes.js';
import type { ReviewReadProblem } from '../workbook/read-review.js';
import { runInOrder, type RunPort } from './run-order.js';
import type { UnlistedVote } from './open-at-closing.js';
import { readWorkbookOn, type WorkbookReports } from './workbook-reports.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { WorkbookPort } from '../sheet/port.js';
import { CONFLICT_REMEDY } from '../workbook/council-conflicts.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';
import type { Said } from './said.js';

export type ScoreWorkbookOptions = {
  decisions?: CouncilDecision[];
  /** Flags held as typed (their review rows could not be read), written back as typed. */
  unread?: UnreadDecision[];
  indicators?: IndicatorSnapshot[];
  /** Workbook file name, carried into reports and cards. */
  file?: string;
  /** The summary's date, "YYYY-MM-DD" (defaults to today). */
  date?: string;
  /**
   * 'given' when `decisions` already include what `Rà soát` holds as typed (the pane reads them in its dry
   * run and sets aside those that no longer apply); otherwise the sheet's typed decisions are read and win.
   */
  typedDecisions?: 'read' | 'given';
  /** Đợt xét: the review round whose forms and quotas apply (defaults to the set's first, yearly when it has one). */
  round?: AwardRound;
  /**
   * Flags found outside scoring (e.g. `changed-after-scoring` from the add-in's fingerprints), added
   * to the card of their sheet before planning, so they show in that sheet's flag column and in `Rà soát`.
   */
  extraFlags?: Flag[];
  /**
   * The council's vote kept in the workbook itself (the task pane's, whose workbook is the whole run as tong-hop.xlsx
   * is): its «Biểu quyết» read, these votes just recorded standing over it, and written again with the run's nominees.
   */
  votes?: readonly FaceVote[];
  /** The meeting typed in the pane: stands over the one «Biểu quyết» holds. */
  meeting?: Meeting;
  /**
   * The nominees whose rows the last scoring wrote in «Biểu quyết» (kept in the workbook's store under
   * WRITTEN_NOMINEES_KEY, written again with each run that keeps the vote): their rows are thidua's, not the council's.
   */
  written?: readonly Nominee[];
  /** What the workbook's store kept of the days its nominees were first listed (FIRST_LISTED_KEY), carried by a run that keeps the vote. */
  listed?: ListedBefore;
};

/**
 * The store's key for the nominees a scoring wrote rows for in «Biểu quyết»: the workbook keeps no run record (the
 * command line's tong-hop.xlsx knows its own rows from its record, recordNominees), so the pane knows them from this.
 */
export const WRITTEN_NOMINEES_KEY = 'nominees';

/** The store's key for the day a scoring first listed each nominee in «Biểu quyết» (first-listed.ts), kept as the command line's record keeps it. */
export const FIRST_LISTED_KEY = 'listed';

/** The council's vote in force in the workbook, where its «Biểu quyết» is, and the cells of it that did not read. */
export type KeptVotes = VoteSheet & { sheet: string; problems: ReviewReadProblem[] };

export type ScoreWorkbookResult = {
  /** The reports as the units typed them (scoring's own columns cut off), one per card, same order. */
  reports: UnitReport[];
  /** The sheet each report was read from, same order. */
  grids: SheetGrid[];
  cards: ScoreCard[];
  /** Sheets that look like reports but could not be read. */
  errors: ReportReadError[];
  ranking: Ranking;
  proposals: AwardProposal[];
  /** Report sheets that already carried thidua's scored columns (scored before), by name. */
  alreadyScored: string[];
  /** Decisions read from the `Rà soát` sheet as typed, and all decisions the run applied (stored and typed). */
  typedDecisions: CouncilDecision[];
  decisions: CouncilDecision[];
  /** Flags held as typed: those read from `Rà soát`, and all the run kept. */
  typedUnread: UnreadDecision[];
  unread: UnreadDecision[];
  /** Where `Tổng hợp` was written (another name when an officer's own sheet had its name). */
  summarySheet: string;
  /** The names of `Rà soát` and `Biểu quyết` in the workbook: the council's own, or thidua's (beside an officer's sheet of that name). */
  councilSheets: CouncilSheetNames;
  /** Only when asked to keep the vote (`votes`). */
  votes?: KeptVotes;
  /** «Biểu quyết» as the council typed it, before anything recorded on a face stands over it (NO_VOTES where there is none). */
  typedVotes: VoteSheet;
  /** Where each decision of `typedDecisions` was typed in «Rà soát», by its flag of a unit (flagOfUnit → cell). */
  reviewAt: Record<string, string>;
  /** Each nominee's first listed day after this run, written to the store with it; only when asked to keep the vote. */
  listed?: FirstListed;
  /** What the run says once it is scored (run-order.ts's `say`), the lines the command line prints after scoring, each with its place. */
  said: Said[];
  /** The votes typed on «Biểu quyết» for no nominee, said among `said` (RunOutcome.votedForNone). */
  votedForNone: UnlistedVote[];
};

/** A sheet that looks like a report but could not be read, as the run lists what it left out. */
export function sheetLeftOut(e: Pick<ReportReadError, 'sheet' | 'cell' | 'message'>): Omitted {
  return { what: `trang «${e.sheet}»${e.cell ? `, ô ${e.cell}` : ''}`, why: e.message };
}

/**
 * listSheets → readSheets (one read) → read reports and score → decide the run → one apply: the run's order
 * (run-order.ts) with one input, the workbook itself, whose own «Rà soát» and list of units the run is decided with.
 */
export async function scoreWorkbook(port: WorkbookPort, set: CriteriaSet, opts: ScoreWorkbookOptions = {}): Promise<ScoreWorkbookResult> {
  let read: WorkbookReports | undefined;
  let kept: KeptVotes | undefined;
  let listed: FirstListed | undefined;
  let said: Said[] = [];
  const inPlace: RunPort = {
    readPrevious: async () => ({ review: { decisions: opts.decisions ?? [], unread: opts.unread ?? [] }, rounds: [], edited: [], ...(opts.listed ? { listed: opts.listed } : {}) }),
    async readInputs(review) {
      read = await readWorkbookOn(port, set, {
        ...(opts.decisions ? { decisions: review.decisions } : {}),
        ...(opts.unread ? { unread: review.unread } : {}),
        ...(opts.indicators ? { indicators: opts.indicators } : {}),
        ...(opts.file !== undefined ? { file: opts.file } : {}),
        ...(opts.typedDecisions ? { typedDecisions: opts.typedDecisions } : {}),
        ...(opts.extraFlags ? { extraFlags: opts.extraFlags } : {}),
      });
      // The council's own workbook is never written again over entries thidua would have to choose from (a merge would be lost).
      if (read.conflicts.length > 0) throw new Error([`Điều Hội đồng đã ghi trong sổ tính có chỗ mâu thuẫn, thidua không tự chọn; chưa chấm, không ghi gì:`, ...read.conflicts, CONFLICT_REMEDY].join('\n'));
      if (opts.votes) {
        const { problems, conflicts: _conflicts, ...sheet } = read.votes ?? { ...NO_VOTES, problems: [], conflicts: [] };
        kept = { ...writtenAgain(withMeeting(withVotes(withoutOwnRows(sheet, opts.written ?? []), opts.votes), opts.meeting)), sheet: read.voteSheet, problems };
      }
      const problems = read.errors.map(sheetLeftOut);
      // Its unreadable sheets are its own copy's to list, not the run's: the run is this one workbook.
      return { read: [{ cards: read.cards, problems }], explained: [], problems: [], roster: read.roster, decisions: read.decisions, sheets: { review: read.reviewSheet, votes: read.voteSheet }, ...(kept ? { votes: kept } : {}) };
    },
    // A workbook's own closings are the pane's to check (excel-addin/actions/closing.ts): none is given here.
    closed: () => true,
    async writeCopies(run, shareOf, days) {
      const said: KeptSaid[] = [];
      const edit = planCopy(set, read!, shareOf(0), read!.decisions, { said, listed: days, ...(opts.date ? { date: opts.date } : {}) });
      // In the same apply (one round trip in Excel); a workbook with no nominee and no vote gets no sheet for one.
      // With the fallback nominees of the vote typed (fallback-vote.ts): their rows are thidua's too.
      const nominees = listedNominees(set, run, kept);
      if (kept && (nominees.length > 0 || read!.votes)) {
        edit.sheets.push(withKeptCells({ ...planVotes(nominees, kept), sheet: kept.sheet }, read!.votes?.councilCells ?? NO_KEPT_CELLS, VOTE_LAYOUT, new Set(), true, said, [read!.reviewSheet, kept.sheet]));
      }
      // What the council typed in its sheets that could not be kept as it stood: said with what the sheets could not read,
      // as before its cell was kept (a closing's record lists these errors as left out, «trang …» alone).
      read!.errors.push(...said.map(({ sheet, message }) => ({ sheet, message })));
      // The rows written now, known as thidua's by the next run; queued into the same apply (no round trip more).
      if (kept) {
        await port.writeStore(WRITTEN_NOMINEES_KEY, nominees.map(({ sheet, unitName, form }) => ({ sheet, unitName, form })));
        await port.writeStore(FIRST_LISTED_KEY, days);
        listed = days;
      }
      await port.apply(edit);
      return [];
    },
    say: (lines) => {
      said = [...lines];
    },
  };
  const { run, votedForNone } = await runInOrder(set, inPlace, { date: opts.date ?? officerDay(), ...(opts.round ? { round: opts.round } : {}) });
  const { reports, grids, errors, alreadyScored, summarySheet, reviewSheet, voteSheet, typedDecisions, decisions, typedUnread, unread, reviewAt } = read!;
  const { problems: _problems, conflicts: _conflicts, ...typedVotes } = read!.votes ?? { ...NO_VOTES, problems: [], conflicts: [] };
  return { reports, grids, cards: run.cards, errors, ranking: run.ranking, proposals: run.proposals, alreadyScored, summarySheet, councilSheets: { review: reviewSheet, votes: voteSheet }, typedDecisions, decisions, typedUnread, unread, ...(kept ? { votes: kept } : {}), typedVotes, reviewAt, ...(listed ? { listed } : {}), said, votedForNone };
}
