// Một sổ tính của lượt chấm (one workbook of a run): its sheets read as unit reports and scored on their
// own, before the run is decided. Pure: the sheets come in as grids, whoever opened the workbook (Excel,
// ExcelJS in a worker thread or in the page's Web Worker).
import type { Flag } from '../flags/flag.js';
import type { CouncilDecision, UnreadDecision } from '../council/decision.js';
import { combineReviews } from '../council/merge.js';
import { unitsExplanations } from './unit-review.js';
import { readReviewDecisions } from '../workbook/read-review.js';
import type { KeptCells } from '../workbook/kept-cells.js';
import type { CriteriaSet } from '../criteria/schema.js';
import { CRITERIA_SHEET_NAME } from '../criteria/sheet/vocabulary.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import { madeIndicatorsSheet } from '../indicators/own-sheet.js';
import { readRoster, ROSTER_SHEET, type RosterUnit } from '../ranking/roster.js';
import { readIfReport, type ReadReportResult } from '../report/read.js';
import type { ReportReadError, UnitReport } from '../report/schema.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { score } from '../checks/run.js';
import { cellText } from '../values.js';
import { isNamedAfter, madeByThidua, ownSheetName, type SheetTitle } from '../workbook/own-sheets.js';
import { councilSheetCut, CUT_REMEDY } from '../workbook/limits.js';
import { AWARD_LIST_SHEET, AWARD_LIST_TITLE } from '../workbook/plan-award-list.js';
import { REVIEW_SHEET, REVIEW_TITLE } from '../workbook/plan-review.js';
import { scoredColumnsStart } from '../workbook/plan-scored-sheet.js';
import { isSummaryTitle, SUMMARY_SHEET } from '../workbook/plan-summary.js';
import { PROPOSALS_SHEET, PROPOSALS_TITLE } from '../workbook/plan-proposals.js';
import { OMITTED_SHEET, OMITTED_TITLE } from '../workbook/plan-omitted.js';
import { SHORTFALL_SHEET, SHORTFALL_TITLE } from '../workbook/plan-shortfall.js';
import { VOTE_SHEET, VOTE_TITLE } from '../workbook/plan-votes.js';
import { readVotes, type ReadVotes } from '../workbook/read-votes.js';
import { findCouncilSheets } from '../workbook/council-sheets.js';
import { conflictLine } from '../workbook/council-conflicts.js';
import type { WorkbookPort } from '../sheet/port.js';
import type { ComparedWith } from './edited-cells.js';
import { heldAgainstCopies, withHeld } from './edited-since.js';

/** Sheets thidua writes itself, never read as reports (the adapters keep its hidden store sheet out of listSheets). */
export const OWN_SHEETS: readonly string[] = [SUMMARY_SHEET, REVIEW_SHEET, CRITERIA_SHEET_NAME];

/** The sheets to read of a workbook listing these names: all but the criteria sheet. */
function sheetsToRead(names: readonly string[]): string[] {
  return names.filter((n) => n !== CRITERIA_SHEET_NAME);
}

export type WorkbookReportsOptions = {
  decisions?: readonly CouncilDecision[];
  /** Flags whose review rows could not be read, held as typed (from a tong-hop.xlsx, or the pane's dry run). */
  unread?: readonly UnreadDecision[];
  indicators?: IndicatorSnapshot[];
  /** Workbook file name, carried into reports and cards (command line, standalone page). */
  file?: string;
  /**
   * Whose `Rà soát` the workbook holds. 'read' (one workbook scored alone, the council's): its typed decisions are read
   * and win. 'given': the council's, and `decisions` already include what it holds as typed (the pane reads them in
   * its dry run and sets aside those that no longer apply, and `unread` is what the sheet held as typed; what it could
   * not read is still said in `errors`). 'unit': a
   * report of a run of files (maybe a unit's returned scored copy): its sheet gives only the unit's answers to the
   * flags the council asked it to explain (unit-review.ts); what else it shows is said in `errors`, never applied.
   */
  typedDecisions?: 'read' | 'given' | 'unit';
  /** Flags found outside scoring (the add-in's `changed-after-scoring`), put first on the card of their sheet. */
  extraFlags?: readonly Flag[];
  /** The reports read, not scored (`cards` empty): a workbook read again for its copy, whose cards the run has. */
  unscored?: boolean;
  /**
   * The last run's copies the council decided on (its record's cells) and this workbook's copy's name then: a decision
   * whose row the unit edited since, or whose sheet has no sure copy to compare with, is held as typed (`edited`).
   */
  lastCopies?: ComparedWith;
};

export type WorkbookReports = {
  file?: string;
  /** The reports as the units typed them (scoring's own columns cut off), one per card, same order. */
  reports: UnitReport[];
  /** The sheet each report was read from (its formats and row heights guide the scored columns). */
  grids: SheetGrid[];
  /** Each report scored on its own: no flag yet that only the whole run can give (duplicate, unlisted); none when read `unscored`. */
  cards: ScoreCard[];
  /** Sheets that look like reports but could not be read, cells left out, unreadable typed decisions. */
  errors: ReportReadError[];
  /** Report sheets that already carried thidua's scored columns (scored before), by name. */
  alreadyScored: string[];
  /** Decisions read from the workbook's `Rà soát` as typed, and those scoring applied (given and typed). */
  typedDecisions: CouncilDecision[];
  decisions: CouncilDecision[];
  /** A unit's workbook ('unit'): the council's decisions that took the unit's answer from its `Rà soát`. */
  explained: CouncilDecision[];
  /** Flags held as typed (rows that could not be read): those of this workbook's `Rà soát`, and all in force. */
  typedUnread: UnreadDecision[];
  unread: UnreadDecision[];
  /** The decisions given that this workbook's units edited the figure of since the last copy: held, among `unread`. */
  edited: UnreadDecision[];
  /** The workbook's own `Danh sách đơn vị`, when it has one. */
  roster: RosterUnit[];
  /**
   * Where `Tổng hợp`, `Đề xuất khen thưởng`, `Không chấm, không xếp hạng`, `Rà soát` and `Xét khen thưởng` go (another
   * name when an officer's own sheet has theirs); whether thidua's `Không chấm, không xếp hạng` is there from before.
   */
  summarySheet: string;
  proposalsSheet: string;
  omittedSheet: string;
  omittedSheetKept: boolean;
  reviewSheet: string;
  /** Where each decision of `typedDecisions` was typed, by its flag of a unit (flagOfUnit → cell): said with it. */
  reviewAt: Record<string, string>;
  /** What the council typed in «Rà soát» beyond thidua's plan (its formulas, its own columns), kept in place when the sheet is written again. */
  reviewKept?: KeptCells;
  awardListSheet: string;
  /** Where `Biểu quyết` goes, and the council's vote its thidua-made sheet holds (the task pane's workbook keeps it). */
  voteSheet: string;
  votes?: ReadVotes;
  /**
   * What the workbook's «Rà soát» and «Biểu quyết» hold that thidua will not choose from (core/workbook/council-conflicts.ts;
   * two sheets claiming one role), one line each with its sheet and cells: the council's own workbook (the pane's) is
   * not scored while one stands; a unit's copy says them among its errors.
   */
  conflicts: string[];
};

/** `names`: every sheet in tab order; `read`: the grids of sheetsToRead(names). */
export function readWorkbookReports(names: readonly string[], read: readonly SheetGrid[], set: CriteriaSet, opts: WorkbookReportsOptions = {}): WorkbookReports {
  // Sheets named like thidua's own are read too (small): whether thidua made them decides where it writes.
  const own: [string, SheetTitle][] = [
    [SUMMARY_SHEET, isSummaryTitle],
    [PROPOSALS_SHEET, PROPOSALS_TITLE],
    [SHORTFALL_SHEET, SHORTFALL_TITLE],
    [OMITTED_SHEET, OMITTED_TITLE],
    [REVIEW_SHEET, REVIEW_TITLE],
    [AWARD_LIST_SHEET, AWARD_LIST_TITLE],
    [VOTE_SHEET, VOTE_TITLE],
  ];
  const ownNamed = (n: string) => own.some(([base]) => isNamedAfter(base, n));
  // A unit's own «Tổng hợp» (not thidua's: no thidua title in A1) may be its report, read like any sheet.
  // The council's sheets are known by what they hold, renamed or moved (council-sheets.ts); else thidua's by name.
  const found = findCouncilSheets(read);
  // This face writes the council's sheets as one sheet each: one in parts (tong-hop.xlsx past PART_ROWS) is said and stops it, never written over its first part.
  const inParts = (['review', 'votes'] as const).filter((role) => (found[role]?.length ?? 0) > 1);
  const council = {
    ...(found.review?.length === 1 ? { review: found.review[0]! } : {}),
    ...(found.votes?.length === 1 ? { votes: found.votes[0]! } : {}),
    claims: [
      ...found.claims,
      ...inParts.map((role) => `Trang ${found[role]!.map((g) => `«${g.name}»`).join(', ')} là các phần của một trang của Hội đồng: ở đây thidua chỉ ghi lại trang ấy thành một trang, nên không chạy. Hãy chấm tong-hop.xlsx này bằng dòng lệnh (thidua score).`),
    ],
  };
  const grids = read.filter((g) => g !== council.review && g !== council.votes && !own.some(([base, title]) => isNamedAfter(base, g.name) && madeByThidua(g, title)));
  const ownGrids = read.filter((g) => ownNamed(g.name));
  const all = [...names];
  // Thidua's own `Rà soát` typed past the read limits is never rewritten from its first part: it is kept as typed (the
  // run writes its review beside it) and said; its first part is read, as the sheet written beside it is on later runs.
  const cutReview = council.review?.clipped ? council.review : ownGrids.find((g) => isNamedAfter(REVIEW_SHEET, g.name) && madeByThidua(g, REVIEW_TITLE) && g.clipped);
  const summarySheet = ownSheetName(SUMMARY_SHEET, isSummaryTitle, all, ownGrids);
  const proposalsSheet = ownSheetName(PROPOSALS_SHEET, PROPOSALS_TITLE, all, ownGrids);
  const omittedSheet = ownSheetName(OMITTED_SHEET, OMITTED_TITLE, all, ownGrids);
  const reviewSheet = council.review && council.review !== cutReview ? council.review.name : ownSheetName(REVIEW_SHEET, REVIEW_TITLE, all, ownGrids.filter((g) => g !== cutReview));
  const awardListSheet = ownSheetName(AWARD_LIST_SHEET, AWARD_LIST_TITLE, all, ownGrids);
  const voteSheet = council.votes?.name ?? ownSheetName(VOTE_SHEET, VOTE_TITLE, all, ownGrids);
  const voteGrid = council.votes ?? ownGrids.find((g) => g.name === voteSheet && madeByThidua(g, VOTE_TITLE));
  // The decisions typed in thidua's own `Rà soát` (about to be rewritten) are read first, never lost.
  const reviewGrid = (council.review !== cutReview ? council.review : undefined) ?? ownGrids.find((g) => g.name === reviewSheet) ?? cutReview;
  const given = { decisions: [...(opts.decisions ?? [])], unread: [...(opts.unread ?? [])] };
  const sheet = reviewGrid ? readReviewDecisions(reviewGrid) : undefined;
  // Given, the flags held as typed are what the sheet held (the pane's dry run read them): the copy keeps them whole,
  // and what the sheet could not read is said as the command line says it (the pane's notice, at its cell).
  // A unit's sheet is never typed decisions: only its answers are taken.
  const typed = sheet && (opts.typedDecisions ?? 'read') === 'read' ? sheet : { decisions: [], unread: opts.typedDecisions === 'given' ? given.unread : [], problems: opts.typedDecisions === 'given' ? (sheet?.problems ?? []) : [] };
  const unit = opts.typedDecisions === 'unit' ? unitsExplanations(given, sheet ?? { decisions: [], unread: [] }) : undefined;
  const review = unit ? unit.review : combineReviews(given, typed);

  const votes = voteGrid ? readVotes(voteGrid) : undefined;
  const conflicts = [
    ...council.claims,
    ...(sheet?.conflicts ?? []).map((c) => conflictLine(reviewGrid!.name, c)),
    ...(votes?.conflicts ?? []).map((c) => conflictLine(voteGrid!.name, c)),
  ];
  const reports: UnitReport[] = [];
  const reportGrids: SheetGrid[] = [];
  const errors: ReportReadError[] = [
    ...typed.problems.map((p) => ({ sheet: reviewSheet, cell: p.cell, message: `ô ${p.cell}: ${p.message}` })),
    ...(unit?.said ?? []).map((message) => ({ sheet: reviewSheet, message })),
    // A unit's copy is not the council's: what conflicts in it is said, and none of it taken.
    ...(unit ? conflicts.map((message) => ({ sheet: reviewSheet, message })) : []),
    ...councilSheetCut(cutReview).map((line) => ({ sheet: cutReview!.name, message: `${line} Trang này được giữ nguyên như đã ghi; kết quả rà soát lần này ghi ở trang «${reviewSheet}». ${CUT_REMEDY}` })),
  ];
  const alreadyScored: string[] = [];
  for (const grid of grids) {
    const { read: unit, scoredFrom } = readTyped(grid, opts.file);
    if (!unit || (unit.ok && namesNoOne(unit.report))) continue;
    if (unit.ok) {
      reports.push(unit.report);
      reportGrids.push(grid);
    } else errors.push(unit.error);
    if (scoredFrom !== undefined) alreadyScored.push(grid.name);
    // A report read within the limits is scored; what was left out of it is said (a data sheet beside it is not a report).
    for (const c of grid.clipped ?? []) errors.push({ sheet: grid.name, cell: c.cell, message: c.message });
  }
  const scored = (decisions: CouncilDecision[]) => (opts.unscored ? [] : reports.map((r) => withFlags(score(set, r, { decisions, ...(opts.indicators ? { indicators: opts.indicators } : {}) }), opts.extraFlags)));
  let cards = scored(review.decisions);
  // A figure edited since the last copy: the council's decision on it is held, and the reports scored again without it (rare).
  const edited = opts.lastCopies && cards.length > 0 ? heldAgainstCopies(review.decisions, { reports, grids: reportGrids, cards }, opts.lastCopies) : [];
  const { decisions, unread } = withHeld(review, edited);
  if (edited.length > 0) cards = scored(decisions);
  const rosterGrid = grids.find((g) => g.name === ROSTER_SHEET);
  return {
    ...(opts.file !== undefined ? { file: opts.file } : {}),
    reports,
    grids: reportGrids,
    cards,
    errors,
    alreadyScored,
    typedDecisions: typed.decisions,
    decisions,
    explained: unit?.explained ?? [],
    typedUnread: typed.unread,
    unread,
    edited,
    roster: rosterGrid ? readRoster(set, rosterGrid) : [],
    summarySheet,
    proposalsSheet,
    omittedSheet,
    omittedSheetKept: ownGrids.some((g) => g.name === omittedSheet && madeByThidua(g, OMITTED_TITLE)),
    reviewSheet,
    reviewAt: sheet?.typedAt ?? {},
    ...(sheet ? { reviewKept: sheet.kept } : {}),
    awardListSheet,
    voteSheet,
    ...(votes ? { votes } : {}),
    conflicts,
  };
}

/**
 * One read of a workbook through its port (list, then every sheet but the criteria sheet; of the pane's own
 * «Chỉ số cổng DVC» its first rows), then readWorkbookReports.
 */
export async function readWorkbookOn(port: WorkbookPort, set: CriteriaSet, opts: WorkbookReportsOptions = {}): Promise<WorkbookReports> {
  const names = await port.listSheets();
  return readWorkbookReports(names, await port.readSheets(sheetsToRead(names), { headOnly: madeIndicatorsSheet }), set, opts);
}

/**
 * A table under a report's headers that no unit filled: no unit, kind, period, day or set named above it, not one figure,
 * piece of evidence or score in its rows — the criteria table itself, kept in the officer's workbook beside the reports
 * («Mã | Tên tiêu chí | Điểm tối đa | Tự chấm» is a report's header too). Listing it as a unit «Chưa nộp» would add a
 * unit that does not exist; nothing typed in it is passed over.
 */
function namesNoOne(report: UnitReport): boolean {
  const named = [report.unitName, report.unitKind, report.period, report.submittedAt, report.criteriaSetRef, report.criteriaSetId].some((c) => cellText(c?.raw).trim() !== '');
  const typed = (r: UnitReport['rows'][number]) => [r.result, r.numerator, r.denominator, r.evidence, r.selfScore, r.verifiedScore].some((c) => cellText(c?.raw).trim() !== '');
  return !named && ![...report.rows, ...(report.itemRows ?? [])].some(typed);
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
export function readUnitReport(grid: SheetGrid, file?: string): ReadReportResult | undefined {
  return readTyped(grid, file).read;
}

/** readUnitReport, and where scoring's columns of an earlier run start (undefined when the sheet was never scored). */
function readTyped(grid: SheetGrid, file?: string): { read: ReadReportResult | undefined; scoredFrom?: number } {
  const typed = withoutScoredColumns(grid);
  const read = readIfReport(typed.grid, file !== undefined ? { file } : undefined);
  if (!read?.ok || !typed.start) return { read, ...(typed.start !== undefined ? { scoredFrom: typed.start } : {}) };
  return { read: { ok: true, report: { ...read.report, lastColumn: typed.start - 2 } }, scoredFrom: typed.start };
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

// Made for: reading one workbook of a run (command line, task pane, standalone page) into scored cards,
// before the run decides duplicates, roster, ranking and awards across every workbook.
