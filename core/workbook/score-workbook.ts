// Kiểm tra & chấm điểm (check and score) a whole workbook: the one action the task pane, the
// standalone page and the command line share. One read, one write, through the port.
import type { Flag } from '../checks/flag.js';
import type { CouncilDecision } from '../council/decision.js';
import type { CriteriaSet } from '../criteria/schema.js';
import { CRITERIA_SHEET_NAME } from '../criteria/sheet.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import { proposeAwards } from '../ranking/awards.js';
import { rank } from '../ranking/rank.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import { looksLikeReport, readReport } from '../report/read.js';
import type { ReportReadError, SheetGrid, UnitReport } from '../report/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { score } from '../scoring/score.js';
import { planReview, REVIEW_SHEET } from './plan-review.js';
import { planScoredSheet, scoredColumnsStart } from './plan-scored-sheet.js';
import { planSummary, SUMMARY_SHEET } from './plan-summary.js';
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
};

/** listSheets → readSheets (one read) → read reports → score → rank → propose awards → one apply with every scored sheet, `Tổng hợp` and `Rà soát`. */
export async function scoreWorkbook(port: WorkbookPort, set: CriteriaSet, opts: ScoreWorkbookOptions = {}): Promise<ScoreWorkbookResult> {
  const names = (await port.listSheets()).filter((n) => !OWN_SHEETS.includes(n));
  const grids = await port.readSheets(names);

  const reports: UnitReport[] = [];
  const errors: ReportReadError[] = [];
  for (const grid of grids) {
    const read = readUnitReport(grid, opts.file);
    if (!read) continue;
    if (read.ok) reports.push(read.report);
    else errors.push(read.error);
  }

  const scoreOptions = {
    ...(opts.decisions ? { decisions: opts.decisions } : {}),
    ...(opts.indicators ? { indicators: opts.indicators } : {}),
  };
  const cards = reports.map((r) => withFlags(score(set, r, scoreOptions), opts.extraFlags));
  const ranking = rank(set, cards);
  const proposals = proposeAwards(set, cards, opts.decisions);
  const sheets: SheetEdit[] = [
    ...reports.map((r, i) => planScoredSheet(r, cards[i]!)),
    planSummary(set, cards, ranking, proposals, opts.date ? { date: opts.date } : {}),
    planReview(cards, opts.decisions),
  ];
  await port.apply({ sheets });
  return { reports, cards, errors, ranking, proposals };
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
