// What a run writes: each workbook's scored copy (its report sheets with the scored columns, and its own
// `Tổng hợp`, `Rà soát`, `Xét khen thưởng`) and the run's summary workbook (`tong-hop.xlsx`). A copy is
// planned only once the run is decided, so it is written once and never contradicts the summary: its
// units carry the run's flags, ranks and proposals; where the run holds other workbooks, its `Tổng hợp`
// shows its own units' share of the run and names the summary file that holds the whole of it.
import type { CouncilDecision } from '../council/decision.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import type { DuplicateGroup } from '../ranking/duplicates.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { isForReport } from '../scoring/score.js';
import { planAwardList } from '../workbook/plan-award-list.js';
import { planReview } from '../workbook/plan-review.js';
import { planScoredSheet } from '../workbook/plan-scored-sheet.js';
import { cardKey, planSummary, type Omitted } from '../workbook/plan-summary.js';
import type { SheetEdit, WorkbookEdit } from '../sheet/port.js';
import { CLOSED_ROUNDS_KEY, RUN_RECORD_KEY, type ClosedRound, type RunRecord } from './closing.js';
import { omittedUnits, type Run } from './decide-run.js';
import { planClosing } from './plan-closing.js';
import type { WorkbookReports } from './workbook-reports.js';

/** The summary workbook of a run holding more than one workbook. */
export const SUMMARY_FILE = 'tong-hop.xlsx';

export type CopyOptions = {
  /** The summary's date, "YYYY-MM-DD" (today when omitted). */
  date?: string;
  /** What this workbook could not have read (its unreadable sheets), listed in its own `Tổng hợp`. */
  problems?: readonly Omitted[];
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

/** Input `index`'s share of the run: plain data, small enough to hand to the thread that holds the workbook. */
export function runShare(run: Run, index: number, problems: readonly Omitted[] = []): RunShare {
  const cards = run.byInput[index] ?? [];
  const mine = new Set(cards.map(cardKey));
  const own = (x: { file?: string; sheet: string }) => mine.has(cardKey(x));
  const groups: DuplicateGroup[] = run.groups.flatMap((g) => {
    const dropped = g.dropped.filter(own);
    return dropped.length > 0 ? [{ ...g, dropped }] : [];
  });
  return {
    round: run.round,
    cards,
    ranking: run.ranking.flatMap((g) => {
      const entries = g.entries.filter(own);
      return entries.length > 0 ? [{ ...g, entries }] : [];
    }),
    proposals: run.proposals.filter(own),
    // A run of one workbook is its whole: the listed units without a report are its own to say.
    omitted: [...problems, ...(run.byInput.length <= 1 ? run.omittedUnits : omittedUnits(cards, groups))],
    runUnits: run.cards.length,
    runInputs: run.byInput.length,
  };
}

/**
 * The scored copy of one workbook: every edit in one apply. `decisions`: the run's council decisions;
 * the copy's `Rà soát` keeps those typed in it and those about its units.
 */
export function planCopy(set: CriteriaSet, read: WorkbookReports, share: RunShare, decisions: readonly CouncilDecision[], opts: CopyOptions = {}): WorkbookEdit {
  const { cards } = share;
  const whole = share.runInputs <= 1;
  const note = whole ? undefined : `Hạng và đề xuất khen thưởng của các đơn vị trong tệp này là của cả lượt chấm (${share.runUnits} đơn vị, ${share.runInputs} tệp); bảng đầy đủ ở ${SUMMARY_FILE}.`;
  const sheets: SheetEdit[] = [
    ...read.reports.map((r, i) => planScoredSheet(r, cards[i]!, read.grids[i])),
    {
      ...planSummary(set, cards, share.ranking, share.proposals, { omitted: share.omitted, ...(opts.date ? { date: opts.date } : {}), round: share.round, ...(note ? { note } : {}) }),
      sheet: read.summarySheet,
    },
    { ...planReview(cards, decisions.filter((d) => read.typedDecisions.includes(d) || cards.some((c) => isForReport(d, c, c.unitName)))), sheet: read.reviewSheet },
    { ...planAwardList(share.proposals), sheet: read.awardListSheet },
  ];
  return { sheets };
}

/** `tong-hop.xlsx`: the whole run's `Tổng hợp`, `Rà soát` with every flag and decision, `Xét khen thưởng`. */
/**
 * tong-hop.xlsx, the same whichever face writes it: the run's «Tổng hợp», «Rà soát» and «Xét khen thưởng»; the rounds
 * the council closed before, as «Chốt kết quả»; and in the workbook's store the run's record (what `thidua close`
 * closes and the papers are drawn from) with those rounds.
 */
export function planRunSummary(
  set: CriteriaSet,
  run: Run,
  decisions: readonly CouncilDecision[],
  opts: { date: string; record: RunRecord; closed: readonly ClosedRound[] },
): { edit: WorkbookEdit; store: Record<string, unknown> } {
  const sheets = [
    planSummary(set, run.cards, run.ranking, run.proposals, { date: opts.date, round: run.round, omitted: run.omitted, whatItTakes: true }),
    planReview(run.cards, decisions),
    planAwardList(run.proposals),
    ...(opts.closed.length > 0 ? [planClosing(opts.closed)] : []),
  ];
  return { edit: { sheets }, store: { [RUN_RECORD_KEY]: opts.record, ...(opts.closed.length > 0 ? { [CLOSED_ROUNDS_KEY]: opts.closed } : {}) } };
}

// Made for: writing every scored copy once, after the run is decided, saying what tong-hop.xlsx says.
