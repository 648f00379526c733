// «Chốt kết quả» in the task pane, where the run is the open workbook: closing scores it as it is now (the same
// three round trips as «Kiểm tra & chấm điểm»), then records who, when, the run's result and a SHA-256 of each report
// sheet as the unit typed it — the workbook's own bytes change as it is scored and closed, its reports do not — in the
// workbook's store and on its «Chốt kết quả» sheet (one more round trip). A check compares the workbook with the last
// closed round (two round trips, nothing written); the papers come from that round. The closed rounds are read by
// core's one reader (core/run/previous-summary.ts): a round that does not hold its seal is damage, never «not closed».
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { defaultRound } from '../../core/ranking/rounds.js';
import type { UnitReport } from '../../core/report/schema.js';
import { changesSinceClosing, closeRound, CLOSED_ROUNDS_KEY, paperSealProblem, recordRun, reportContent, councilChangedSince, type CloseOutcome, type ClosedRound, type FileDigest, type RunRecord } from '../../core/run/closing.js';
import { officerDay, officerMinute } from '../../core/values.js';
import { NO_MEETING, type Meeting } from '../../core/council/vote.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { said, type Said } from '../../core/run/said.js';
import { sealCode, sealMistyped } from '../../core/run/seal.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { councilSheetNamesOf } from '../../core/run/plan-copy.js';
import type { CouncilSheetNames } from '../../core/workbook/council-sheets.js';
import type { TypedReview } from '../../core/council/merge.js';
import { scoreWorkbook, sheetLeftOut } from '../../core/run/score-workbook.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { checkAndScore, paneReview, scoredReview, type ScoreActionResult } from './score.js';
import { SessionPort } from './session-port.js';
import { readStored } from './store.js';

/** Lower-case hex SHA-256 (Web Crypto), as `thidua close` writes it. */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** One digest per report sheet, named by the sheet. */
export async function sheetDigests(reports: readonly UnitReport[]): Promise<FileDigest[]> {
  const encoder = new TextEncoder();
  const out: FileDigest[] = [];
  for (const r of reports) out.push({ name: r.sheet, sha256: await sha256Hex(encoder.encode(reportContent(r))) });
  return out;
}

/** The open workbook's run as a record: its report sheets are its files, the sheets it could not read were not scored. */
export function recordOf(set: CriteriaSet, result: Pick<ScoreActionResult, 'cards' | 'ranking' | 'proposals' | 'errors' | 'listed' | 'decisions'>, round: AwardRound, now: Date): RunRecord {
  return recordRun(set, { ...result, round, scoredOn: officerDay(now), files: result.cards.map((c) => c.sheet), omitted: result.errors.map(sheetLeftOut) });
}

/**
 * The open workbook scored as it is now, as a record, with the meeting on its «Biểu quyết»: what the posting list is
 * made from before the council votes (scoring's round trips, nothing closed).
 */
export async function workbookRun(port: WorkbookPort, set: CriteriaSet, opts: { now: Date; round?: AwardRound }): Promise<{ result: ScoreActionResult; record: RunRecord; meeting: Meeting }> {
  const round = opts.round ?? defaultRound(set);
  const result = await checkAndScore(port, set, { now: opts.now, round });
  return { result, record: recordOf(set, result, round, opts.now), meeting: result.votes?.meeting ?? NO_MEETING };
}

/** A closing that does not read or hold its seal: never taken for «not closed» — nothing is closed, checked or drawn from it. */
export type Damaged = { kind: 'damaged'; damage: string[] };

export type WorkbookClosing = { result: ScoreActionResult; outcome: CloseOutcome | Damaged };

/**
 * Closes the open workbook's result; while anything is open (flags undecided, errors not reviewed, units awaiting
 * their explanation, sheets not read) nothing is written and the outcome lists it, until the council confirms
 * (`acceptOpen`: the pane's second click).
 */
export async function closeWorkbook(port: WorkbookPort, set: CriteriaSet, opts: { now: Date; round?: AwardRound; closedBy: string; reason?: string; acceptOpen?: boolean }): Promise<WorkbookClosing> {
  const round = opts.round ?? defaultRound(set);
  // One session: the previous result is read from what scoring already read (no round trip here).
  const session = new SessionPort(port);
  const result = await checkAndScore(session, set, { now: opts.now, round });
  const previous = await readPreviousSummary(session);
  // A council's sheet not read whole is never sealed without its rest.
  if (previous.damage.length > 0 || previous.cut.length > 0) return { result, outcome: { kind: 'damaged', damage: [...previous.damage, ...previous.cut] } };
  const outcome = closeRound(previous.rounds, recordOf(set, result, round, opts.now), await sheetDigests(result.reports), {
    closedBy: opts.closedBy,
    closedAt: officerMinute(opts.now),
    ...(opts.reason ? { reason: opts.reason } : {}),
  }, 'sheets', { review: scoredReview(result), sheets: result.councilSheets, acceptOpen: opts.acceptOpen === true, ...(result.votes ? { votes: result.votes } : {}), conflicts: previous.conflicts, unsettled: previous.unsettled });
  if (outcome.kind === 'closed') {
    await port.writeStore(CLOSED_ROUNDS_KEY, outcome.rounds);
    await port.apply({ sheets: [planClosing(outcome.rounds)] });
  }
  return { result, outcome };
}

/**
 * The workbook against its last closed round; `paper`: the code typed from the signed minutes against it, when one
 * was typed (`matched`: its code as printed; else why not, in the words `thidua verify --seal` uses; `mistyped`: a code
 * of the wrong form, nothing read).
 */
export type WorkbookCheck = { last: ClosedRound | undefined; changes: Said[]; damage: string[]; paper?: { matched: string } | { problem: string } | { mistyped: string } };

/**
 * The open workbook against its last closed round, nothing written: its «Chốt kết quả» as the record prints it, then
 * every report sheet and result that differs (scored now in a dry run, whose reads also give the previous result), the vote
 * and the decisions on «Rà soát» changed since (in the words of closing),
 * and, when the officer typed the code printed on the signed minutes (`seal`), the round against it — a workbook
 * edited and sealed again matches itself, not the paper. A code mistyped is said before anything is read.
 */
export async function checkWorkbook(port: WorkbookPort, set: CriteriaSet, opts: { now: Date; round?: AwardRound; seal?: string }): Promise<WorkbookCheck> {
  const typed = opts.seal?.trim() || undefined;
  const mistyped = typed === undefined ? undefined : sealMistyped(typed);
  if (mistyped) return { last: undefined, changes: [], damage: [], paper: { mistyped } };
  const session = new SessionPort(port);
  const round = opts.round ?? defaultRound(set);
  // The decisions the pane keeps, with those typed into «Rà soát» winning, as scoring applies them.
  const stored = await readStored(session, 'decisions');
  const now = await scoreWorkbook(session.dryRun(), set, { decisions: stored.value ?? [], round, date: officerDay(opts.now), votes: [] });
  const previous = await readPreviousSummary(session);
  const last = previous.rounds.at(-1);
  if (previous.damage.length > 0 || !last) return { last, changes: [], damage: previous.damage };
  // The decisions as the papers take them (the store's, «Rà soát» read with the round winning).
  const changes = await changedSinceRound(last, set, now, { round, now: opts.now, review: paneReview(stored.value, previous.review) });
  const problem = typed === undefined ? undefined : paperSealProblem(typed, previous.rounds);
  const paper = typed === undefined ? undefined : problem ? { problem } : { matched: sealCode(last.seal) };
  return { last, changes: [...previous.edited.map((text) => said(text)), ...changes], damage: [], ...(paper ? { paper } : {}) };
}

/**
 * What the workbook as scored (`result`) changes of the closed round `last`, one line each in closing's words: its
 * report sheets and result, its vote, and the council's decisions on «Rà soát» (`review`, as the face takes them) —
 * what the pane's check says, and what «Chốt kết quả» lists as a scoring comes (no round trip: the pane holds both).
 */
export async function changedSinceRound(
  last: ClosedRound,
  set: CriteriaSet,
  result: Pick<ScoreActionResult, 'cards' | 'ranking' | 'proposals' | 'errors' | 'listed' | 'decisions' | 'reports' | 'votes' | 'councilSheets'>,
  opts: { round: AwardRound; now: Date; review: TypedReview },
): Promise<Said[]> {
  const record = recordOf(set, result, opts.round, opts.now);
  // One sheet scored reads no «Biểu quyết»: its vote is not compared.
  return [...(changesSinceClosing(last, record, await sheetDigests(result.reports))).map((text) => said(text)), ...councilChangedSince(last, record, { review: opts.review, votes: result.votes }, result.councilSheets)];
}

/**
 * The last closed round of the open workbook, for its papers: its record and its printed «Chốt kết quả» (two round
 * trips); `refused` says why no papers may be drawn from it (damage, or the sheet edited by hand); `sheets`, the names
 * the council's sheets have in the workbook now (read with it: the pane need not have scored first), for what the papers' check says;
 * `review`, the council's decisions as scoring takes them now (the store's, «Rà soát» read with the round winning), for
 * what the papers say of a decision changed since the seal.
 */
export async function lastClosedRound(port: WorkbookPort): Promise<{ last: ClosedRound | undefined; refused: string[]; sheets: CouncilSheetNames; review: TypedReview }> {
  const previous = await readPreviousSummary(port);
  // The store came with the sheets' names (the first round trip): no round trip more.
  const review = paneReview((await readStored(port, 'decisions')).value, previous.review);
  return { last: previous.rounds.at(-1), refused: [...previous.damage, ...previous.edited], sheets: councilSheetNamesOf(previous), review };
}

// Made for issue 26 in the task pane: closing, checking and the papers where the run is one open workbook.
