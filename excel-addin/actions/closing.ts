// «Chốt kết quả» in the task pane, where the run is the open workbook: closing scores it as it is now (the same
// three round trips as «Kiểm tra & chấm điểm»), then records who, when, the run's result and a SHA-256 of each report
// sheet as the unit typed it — the workbook's own bytes change as it is scored and closed, its reports do not — in the
// workbook's store and on its «Chốt kết quả» sheet (one more round trip). A check compares the workbook with the last
// closed round (two round trips, nothing written); the papers come from that round.
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { defaultRound } from '../../core/ranking/rounds.js';
import type { UnitReport } from '../../core/report/schema.js';
import { changesSinceClosing, closeRound, ClosedRounds, CLOSED_ROUNDS_KEY, localMinute, recordRun, reportContent, type CloseOutcome, type ClosedRound, type FileDigest, type RunRecord } from '../../core/run/closing.js';
import { CLOSED_SHEETS, planClosing } from '../../core/run/plan-closing.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { checkAndScore, isoDate, type ScoreActionResult } from './score.js';
import { SessionPort } from './session-port.js';
import { readStored } from './store.js';

/** Lower-case hex SHA-256 (Web Crypto), as `thidua close` writes it. */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** How a digest of the open workbook is named to officers: its report sheet. */
export const sheetNamed = (name: string) => `Trang «${name}»`;

/** One digest per report sheet, named by the sheet. */
export async function sheetDigests(reports: readonly UnitReport[]): Promise<FileDigest[]> {
  const encoder = new TextEncoder();
  const out: FileDigest[] = [];
  for (const r of reports) out.push({ name: r.sheet, sha256: await sha256Hex(encoder.encode(reportContent(r))) });
  return out;
}

/** The rounds closed in the open workbook; `unreadable` when its store was edited by hand. */
async function closedRounds(port: WorkbookPort): Promise<{ rounds: ClosedRound[]; unreadable: boolean }> {
  const parsed = ClosedRounds.safeParse((await port.readStore(CLOSED_ROUNDS_KEY)) ?? []);
  return parsed.success ? { rounds: parsed.data, unreadable: false } : { rounds: [], unreadable: true };
}

function recordOf(set: CriteriaSet, result: Pick<ScoreActionResult, 'cards' | 'ranking' | 'proposals'>, round: AwardRound, now: Date): RunRecord {
  return recordRun(set, { ...result, round, scoredOn: isoDate(now), files: result.cards.map((c) => c.sheet) });
}

export type WorkbookClosing = { result: ScoreActionResult; outcome: CloseOutcome | { kind: 'unreadable' } };

export async function closeWorkbook(port: WorkbookPort, set: CriteriaSet, opts: { now: Date; round?: AwardRound; closedBy: string; reason?: string }): Promise<WorkbookClosing> {
  const round = opts.round ?? defaultRound(set);
  const result = await checkAndScore(port, set, { now: opts.now, round });
  // The store came with the sheet names of the scoring's first round trip: no round trip here.
  const { rounds, unreadable } = await closedRounds(port);
  if (unreadable) return { result, outcome: { kind: 'unreadable' } };
  const outcome = closeRound(rounds, recordOf(set, result, round, opts.now), await sheetDigests(result.reports), {
    closedBy: opts.closedBy,
    closedAt: localMinute(opts.now),
    ...(opts.reason ? { reason: opts.reason } : {}),
  }, sheetNamed);
  if (outcome.kind === 'closed') {
    await port.writeStore(CLOSED_ROUNDS_KEY, outcome.rounds);
    await port.apply({ sheets: [planClosing(outcome.rounds, CLOSED_SHEETS)] });
  }
  return { result, outcome };
}

export type WorkbookCheck = { last: ClosedRound | undefined; changes: string[]; unreadable: boolean };

/** The open workbook against its last closed round: every report sheet and result that differs, nothing written. */
export async function checkWorkbook(port: WorkbookPort, set: CriteriaSet, opts: { now: Date; round?: AwardRound }): Promise<WorkbookCheck> {
  const session = new SessionPort(port);
  const { rounds, unreadable } = await closedRounds(session);
  const last = rounds.at(-1);
  if (!last) return { last, changes: [], unreadable };
  const round = opts.round ?? defaultRound(set);
  // The decisions the pane keeps, with those typed into «Rà soát» winning, as scoring applies them.
  const stored = await readStored(session, 'decisions');
  const now = await scoreWorkbook(session.dryRun(), set, { decisions: stored.value ?? [], round, date: isoDate(opts.now) });
  return { last, changes: changesSinceClosing(last, recordOf(set, now, round, opts.now), await sheetDigests(now.reports), sheetNamed), unreadable };
}

/** The last closed round of the open workbook, for its papers (the store only: one round trip). */
export async function lastClosedRound(port: WorkbookPort): Promise<{ last: ClosedRound | undefined; unreadable: boolean }> {
  const { rounds, unreadable } = await closedRounds(port);
  return { last: rounds.at(-1), unreadable };
}

// Made for issue 26 in the task pane: closing, checking and the papers where the run is one open workbook.
