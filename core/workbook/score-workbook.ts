// Kiểm tra & chấm điểm (check and score) a whole workbook: the one action the task pane, the
// standalone page and the command line share. One read, one write, through the port.
import type { Flag } from '../checks/flag.js';
import type { CouncilDecision } from '../council/decision.js';
import { combineDecisions } from '../council/merge.js';
import { readReviewDecisions } from '../council/read-review.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import { CRITERIA_SHEET_NAME } from '../criteria/sheet/vocabulary.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import { proposeAwards } from '../ranking/awards.js';
import { markDuplicates, whereReported, type DuplicateGroup } from '../ranking/duplicates.js';
import { notSubmitted } from '../ranking/not-submitted.js';
import { flagUnlisted, missingLine, missingReports, readRoster, ROSTER_SHEET } from '../ranking/roster.js';
import { rank } from '../ranking/rank.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import { looksLikeReport, readReport } from '../report/read.js';
import type { ReportReadError, SheetGrid, UnitReport } from '../report/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { score } from '../checks/run.js';
import { isForReport } from '../scoring/score.js';
import { isNamedAfter, ownSheetName } from './own-sheets.js';
import { AWARD_LIST_SHEET, AWARD_LIST_TITLE, planAwardList } from './plan-award-list.js';
import { planReview, REVIEW_SHEET, REVIEW_TITLE } from './plan-review.js';
import { planScoredSheet, scoredColumnsStart } from './plan-scored-sheet.js';
import { planSummary, SUMMARY_SHEET, SUMMARY_TITLE, type Omitted } from './plan-summary.js';
import type { SheetEdit, WorkbookPort } from './port.js';

/** Sheets thidua writes itself, never read as reports (the adapters keep its hidden store sheet out of listSheets). */
export const OWN_SHEETS: readonly string[] = [SUMMARY_SHEET, REVIEW_SHEET, CRITERIA_SHEET_NAME];

export type ScoreWorkbookOptions = {
  decisions?: CouncilDecision[];
  indicators?: IndicatorSnapshot[];
  /** Workbook file name, carried into reports and cards (command line). */
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
};

export type ScoreWorkbookResult = {
  /** The reports as the units typed them (scoring's own columns cut off), one per card, same order. */
  reports: UnitReport[];
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
  /** Where `Tổng hợp` and `Rà soát` were written (another name when an officer's own sheet had theirs). */
  summarySheet: string;
  reviewSheet: string;
};

/** listSheets → readSheets (one read) → read reports → score → rank → propose awards → one apply with every scored sheet, `Tổng hợp` and `Rà soát`. */
export async function scoreWorkbook(port: WorkbookPort, set: CriteriaSet, opts: ScoreWorkbookOptions = {}): Promise<ScoreWorkbookResult> {
  const all = await port.listSheets();
  // Sheets named like thidua's own are read too (small): whether thidua made them decides where it writes.
  const ownNamed = (n: string) => isNamedAfter(SUMMARY_SHEET, n) || isNamedAfter(REVIEW_SHEET, n) || isNamedAfter(AWARD_LIST_SHEET, n);
  const names = all.filter((n) => n !== CRITERIA_SHEET_NAME);
  const read = await port.readSheets(names);
  const grids = read.filter((g) => !ownNamed(g.name));
  const ownGrids = read.filter((g) => ownNamed(g.name));
  const summarySheet = ownSheetName(SUMMARY_SHEET, SUMMARY_TITLE, all, ownGrids);
  const reviewSheet = ownSheetName(REVIEW_SHEET, REVIEW_TITLE, all, ownGrids);
  const awardListSheet = ownSheetName(AWARD_LIST_SHEET, AWARD_LIST_TITLE, all, ownGrids);
  // The decisions typed in thidua's own `Rà soát` (about to be rewritten) are read first, never lost.
  const reviewGrid = ownGrids.find((g) => g.name === reviewSheet);
  const typed = reviewGrid && opts.typedDecisions !== 'given' ? readReviewDecisions(reviewGrid) : { decisions: [], problems: [] };
  const decisions = combineDecisions(opts.decisions ?? [], typed.decisions);

  const reports: UnitReport[] = [];
  const reportGrids: SheetGrid[] = [];
  const errors: ReportReadError[] = typed.problems.map((p) => ({ sheet: reviewSheet, cell: p.cell, message: `ô ${p.cell}: ${p.message}` }));
  const alreadyScored: string[] = [];
  for (const grid of grids) {
    const read = readUnitReport(grid, opts.file);
    if (!read) continue;
    if (read.ok) {
      reports.push(read.report);
      reportGrids.push(grid);
    } else errors.push(read.error);
    if (scoredColumnsStart(grid) !== undefined) alreadyScored.push(grid.name);
    // A report read within the limits is scored; what was left out of it is said (a data sheet beside it is not a report).
    for (const c of grid.clipped ?? []) errors.push({ sheet: grid.name, cell: c.cell, message: c.message });
  }

  const scoreOptions = {
    decisions,
    ...(opts.indicators ? { indicators: opts.indicators } : {}),
  };
  // A unit reported twice is flagged on both sheets and ranked once; a blank template is «Chưa nộp».
  const rosterGrid = grids.find((g) => g.name === ROSTER_SHEET);
  const roster = rosterGrid ? readRoster(set, rosterGrid) : [];
  const { cards, ranked, groups } = markDuplicates(flagUnlisted(roster, reports.map((r) => withFlags(score(set, r, scoreOptions), opts.extraFlags))));
  const toRank = ranked.filter((c) => !notSubmitted(c));
  const ranking = rank(set, toRank);
  const proposals = proposeAwards(set, toRank, { decisions, ...(opts.round ? { round: opts.round } : {}) });
  const omitted = [
    ...errors.map((e) => ({ what: `trang «${e.sheet}»${e.cell ? `, ô ${e.cell}` : ''}`, why: e.message })),
    ...omittedUnits(cards, groups),
    ...missingReports(roster, cards).map(missingLine),
  ];
  const sheets: SheetEdit[] = [
    ...reports.map((r, i) => planScoredSheet(r, cards[i]!, reportGrids[i])),
    { ...planSummary(set, cards, ranking, proposals, { omitted, ...(opts.date ? { date: opts.date } : {}), ...(opts.round ? { round: opts.round } : {}) }), sheet: summarySheet },
    // This workbook's `Rà soát` keeps its own decisions: those typed in it and those about its units.
    { ...planReview(cards, decisions.filter((d) => typed.decisions.includes(d) || cards.some((c) => isForReport(d, c, c.unitName)))), sheet: reviewSheet },
    { ...planAwardList(proposals), sheet: awardListSheet },
  ];
  await port.apply({ sheets });
  return { reports, cards, errors, ranking, proposals, alreadyScored, summarySheet, reviewSheet, typedDecisions: typed.decisions, decisions };
}

/** The units scored but not ranked: duplicates left out (with the report ranked instead) and «Chưa nộp». */
export function omittedUnits(cards: readonly ScoreCard[], groups: readonly DuplicateGroup[]): Omitted[] {
  return [
    ...groups.flatMap((g) => g.dropped.map((d) => ({ what: `${g.unitName} (${whereReported(d)})`, why: `báo cáo trùng: xếp hạng bản ở ${whereReported(g.kept)} — ${g.why}` }))),
    ...cards.filter(notSubmitted).map((c) => ({ what: `${c.unitName} (${whereReported(c)})`, why: 'Chưa nộp: báo cáo còn để trống, không xếp hạng, không đề xuất' })),
  ];
}

function withFlags(card: ScoreCard, extra: readonly Flag[] = []): ScoreCard {
  const mine = extra.filter((f) => f.sheet === card.sheet);
  return mine.length > 0 ? { ...card, flags: [...mine, ...card.flags] } : card;
}

/**
 * A sheet read as the unit typed it (scoring's columns from an earlier run cut off), or undefined
 * when it does not look like a report. A re-scored report keeps `lastColumn` where the first run
 * put its columns, so they are written at the same place.
 */
export function readUnitReport(grid: SheetGrid, file?: string): ReturnType<typeof readReport> | undefined {
  const typed = withoutScoredColumns(grid);
  if (!looksLikeReport(typed.grid)) return undefined;
  const read = readReport(typed.grid, file !== undefined ? { file } : undefined);
  if (!read.ok || !typed.start) return read;
  return { ok: true, report: { ...read.report, lastColumn: typed.start - 2 } };
}

/** The grid as the unit typed it: scoring's own columns (from an earlier run) and the blank one before them cut off. */
function withoutScoredColumns(grid: SheetGrid): { grid: SheetGrid; start?: number } {
  const start = scoredColumnsStart(grid);
  if (start === undefined) return { grid };
  const keep = Math.max(0, start - 1 - (grid.origin?.col ?? 1));
  return {
    start,
    grid: {
      ...grid,
      values: grid.values.map((r) => r.slice(0, keep)),
      ...(grid.formats ? { formats: grid.formats.map((r) => r.slice(0, keep)) } : {}),
    },
  };
}
