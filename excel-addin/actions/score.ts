// `Kiểm tra & chấm điểm` as the pane runs it: the shared scoring (core/workbook/score-workbook.ts)
// plus what lives in the workbook between runs — council decisions kept when they still apply,
// fingerprints of what was scored (with the figures of the flagged rows a decision is compared with), the
// sheets found edited after scoring, and the nominees whose rows of «Biểu quyết» it wrote. Three round trips
// in Excel whatever the size: list (with the store), read, apply (with the store writes).
import type { Flag } from '../../core/flags/flag.js';
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import type { FaceVote, Meeting } from '../../core/council/vote.js';
import { FaceDiffers, PANE_DIFFERS, paneOverSheets, type KeptEntry, type PaneSheets } from '../../core/run/face-and-file.js';
import { combineReviews, flagOfUnit, mergeDecisions, type SetAside, type TypedReview } from '../../core/council/merge.js';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { changedAfterScoringFlag, fingerprintMissingFlag, fingerprintReport } from '../../core/workbook/fingerprint.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { PROPOSALS_SHEET } from '../../core/workbook/plan-proposals.js';
import { OMITTED_SHEET } from '../../core/workbook/plan-omitted.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { FIRST_LISTED_KEY, scoreWorkbook, WRITTEN_NOMINEES_KEY, type ScoreWorkbookResult } from '../../core/run/score-workbook.js';
import type { ListedBefore } from '../../core/council/first-listed.js';
import { decisionsGone } from '../../core/run/decisions-said.js';
import { editedSinceFingerprints, figuresOfFlags } from '../../core/run/edited-cells.js';
import { heldOf } from '../../core/run/edited-since.js';
import { setLines } from '../../core/run/run-order.js';
import { officerDay } from '../../core/values.js';
import { SessionPort } from './session-port.js';
import { readStored, writeStored, type ChangeRecord, type StoreKey } from './store.js';

export type ScoreActionOptions = {
  /** Score only this sheet (the active one); the summary and review are left as they are. */
  onlySheet?: string;
  /** The clock, given so tests and the standalone page agree on dates. */
  now: Date;
  /** Đợt xét: the review round whose award forms and quotas apply (the set's default when omitted). */
  round?: AwardRound;
  /** A decision just recorded in the pane: it wins over the one `Rà soát` shows for the same flag. */
  latest?: CouncilDecision;
  /**
   * A nominee's vote just recorded in the pane (or a fallback nominee's «Không đề nghị», as the sheet holds it): it stands
   * over the workbook's «Biểu quyết» row of the same nominee.
   */
  vote?: FaceVote;
  /**
   * What the pane showed when `vote` or `latest` was recorded (the last scoring's «Biểu quyết» and decisions): where the
   * sheet holds otherwise for the same nominee or flag now, the council typed it since, and the run stops (FaceDiffers)
   * until `kept` says which stands. Absent: the pane showed nothing, and whatever the sheets hold was typed since.
   */
  shown?: PaneSheets;
  kept?: readonly KeptEntry[];
  /** The meeting typed in the pane, written to «Biểu quyết» with the run. */
  meeting?: Meeting;
};

export type ScoreActionResult = ScoreWorkbookResult & {
  /** Sheets found edited since they were last scored (this run's findings). */
  changes: ChangeRecord[];
  /** Decisions set aside because their flag is gone or its cell was edited. */
  setAside: SetAside[];
  /** Decisions in force after this run. */
  decisions: CouncilDecision[];
  /**
   * Decisions whose flag no report carries now, kept in «Rà soát» under «Quyết định không còn cảnh báo» as the command
   * line keeps them (a whole scoring only: scoring one sheet does not write «Rà soát»).
   */
  gone: CouncilDecision[];
  /**
   * Decisions held because the unit edited their figure after the council decided: kept as typed in «Rà soát» under
   * «Quyết định trên số liệu đã sửa sau đó», never applied until the council decides again (a whole scoring only).
   */
  edited: UnreadDecision[];
  /** Stored keys that could not be read (edited by hand); treated as empty. */
  unreadable: StoreKey[];
};

export async function checkAndScore(port: WorkbookPort, set: CriteriaSet, opts: ScoreActionOptions): Promise<ScoreActionResult> {
  const session = new SessionPort(port);
  if (opts.onlySheet !== undefined) {
    session.onlySheets = [opts.onlySheet];
    session.skipEdits = new Set([SUMMARY_SHEET, PROPOSALS_SHEET, OMITTED_SHEET, REVIEW_SHEET]);
  }
  await session.listSheets(); // first round trip, which also brings the store
  const stored = {
    decisions: await readStored(session, 'decisions'),
    fingerprints: await readStored(session, 'fingerprints'),
    indicators: await readStored(session, 'indicators'),
    changes: await readStored(session, 'changes'),
    nominees: await readStored(session, WRITTEN_NOMINEES_KEY),
    listed: await readStored(session, FIRST_LISTED_KEY),
  };
  const unreadable = (Object.keys(stored) as (keyof typeof stored)[]).filter((k) => stored[k].unreadable);
  // The days the nominees were first listed, as kept; a workbook scored before they were kept (fingerprints stored)
  // knows which rows it wrote, or not even that: those nominees read as unknown, never as listed today.
  const listed: ListedBefore | undefined = stored.listed.value ? { days: stored.listed.value } : stored.nominees.value ? { nominees: stored.nominees.value } : stored.fingerprints.value ? {} : undefined;
  const indicators = stored.indicators.value ?? [];
  const date = officerDay(opts.now);

  // Dry run without the pane's stored decisions: which flags exist on the figures as they are now, and the reports
  // as typed, to fingerprint (second round trip; nothing written). It applies what «Rà soát» holds as typed, so a flag a
  // decision silences goes here: «Bác số liệu» on Hội LHPN xã Ta Ma's K21 (self-score 10, verified 3,75, gap 6,25 >
  // 5 allowed) withdraws the figure's points (3,75 → 0, total 71,75 → 68) and leaves it «rejected», which the gap
  // check does not look at — the decision is then kept as one whose flag is gone (scoredReview).
  const bare = await scoreWorkbook(session.dryRun(), set, { indicators, date });
  const scoredSheets = bare.cards.map((c) => c.sheet);

  // Each sheet's fingerprint keeps the figures of its flagged rows, which a decision on them is compared with next time.
  const fingerprints = new Map(bare.reports.map((r, i) => [r.sheet, { ...fingerprintReport(r, bare.cards[i]!.unitName, opts.now.toISOString()), figures: figuresOfFlags(r, bare.grids[i]!, bare.cards[i]!.flags) }]));
  const before = new Map((stored.fingerprints.value ?? []).map((f) => [f.sheet, f]));
  const changeFlags: Flag[] = [];
  const changes: ChangeRecord[] = [];
  for (const report of bare.reports) {
    const sheet = report.sheet;
    const old = before.get(sheet);
    if (!old && bare.alreadyScored.includes(sheet)) changeFlags.push(fingerprintMissingFlag(sheet));
    const flag = old && changedAfterScoringFlag(old, report);
    if (!flag) continue;
    changeFlags.push(flag);
    changes.push({ sheet, cells: flag.details!.cells as string[], scoredAt: old.scoredAt, detectedAt: opts.now.toISOString() });
  }

  // What the pane just recorded never replaces unchosen what the council typed in «Biểu quyết» or «Rà soát» since the
  // pane showed it (read in this dry run): nothing is written until the officer keeps one.
  const faced = paneOverSheets({ votes: opts.vote ? [opts.vote] : [], ...(opts.latest ? { latest: opts.latest } : {}) }, opts.shown ?? { decisions: [] }, { votes: bare.typedVotes, decisions: bare.typedDecisions, reviewAt: bare.reviewAt }, bare.councilSheets, opts.kept ?? []);
  if (faced.conflicts.length > 0) throw new FaceDiffers(PANE_DIFFERS, faced.conflicts);

  // Decisions typed into `Rà soát` (by hand, on a printout copied back) join the pane's stored ones; a flag whose rows
  // could not be read is held as typed (written back as it was) unless the pane has just recorded a decision on it.
  const typed = paneReview(stored.decisions.value, { decisions: bare.typedDecisions, unread: bare.typedUnread });
  const latest = combineReviews(typed, { decisions: faced.latest ? [faced.latest] : [], unread: [] });
  // A decision whose figure was edited since — judged as the command line judges it (core/run/edited-cells.ts), not by
  // every cell the fingerprint names — or could not be compared, is held as the council typed it, not applied.
  const since = editedSinceFingerprints(bare.reports, bare.grids, latest.decisions, before);
  const merged = mergeDecisions(latest.decisions, bare.cards.flatMap((c) => c.flags), scoredSheets, since.changed);
  const edited = heldOf(merged, since, 'fingerprint');
  const held = new Set(edited.map(flagOfUnit));
  const kept = merged.kept.filter((d) => !held.has(flagOfUnit(d)));
  const { setAside } = merged;
  // Scoring one sheet leaves «Rà soát» as it is, so what it sets aside is not written there: the store keeps every
  // decision, and a sheet holding one set aside for an edit keeps its last fingerprint, so the next whole scoring finds the
  // edit again and holds the decision in «Rà soát» (else the decision still on its flag's row would apply to the new figure).
  const whole = opts.onlySheet === undefined;
  const editedSheets = new Set(edited.map((u) => u.sheet));
  const keepsLast = (sheet: string) => !whole && editedSheets.has(sheet);
  const fingerprintsAfter = [...[...before.values()].filter((f) => !fingerprints.has(f.sheet) || keepsLast(f.sheet)), ...[...fingerprints.values()].filter((f) => !keepsLast(f.sheet))];
  const changesAfter = [...(stored.changes.value ?? []).filter((c) => !changes.some((n) => n.sheet === c.sheet)), ...changes];
  session.beforeApply = async () => {
    await writeStored(session, 'decisions', whole ? kept : [...merged.kept, ...setAside.map((a) => a.decision)]);
    await writeStored(session, 'fingerprints', fingerprintsAfter);
    if (changes.length > 0) await writeStored(session, 'changes', changesAfter);
  };
  // The real scoring, with the decisions that still apply and the `Đã sửa sau khi chấm` flags in
  // each sheet's flag column and `Rà soát`; its reads are cached (third round trip: the write).
  // A decision whose flag is gone stays in «Rà soát», listed apart and not applied, as on the command line: what the council decided is never lost.
  const flagGone = whole ? setAside.filter((a) => a.reason === 'flag-gone').map((a) => a.decision) : [];
  const result = await scoreWorkbook(session, set, { decisions: [...kept, ...flagGone], unread: [...latest.unread, ...(whole ? edited : [])], typedDecisions: 'given', indicators, date, extraFlags: changeFlags,
    // The workbook is the whole run: its «Biểu quyết» kept as tong-hop.xlsx keeps it (not when one sheet is scored).
    ...(whole ? { votes: faced.votes, ...(opts.meeting ? { meeting: opts.meeting } : {}), written: stored.nominees.value ?? [], ...(listed ? { listed } : {}) } : {}),
    ...(opts.round ? { round: opts.round } : {}) });

  // One sheet scored is not the run: what the run would say of the council's decisions counts that sheet's alone (a
  // decision on another sheet would read as gone), and «Biểu quyết» and «Rà soát» are neither read into it nor written,
  // so their lines stay with the whole scoring. What is true of the sheet is said: the set's lines, its unit's band.
  return { ...result, changes, setAside, decisions: kept, gone: whole ? decisionsGone(result.decisions, result.cards) : [], edited: whole ? result.unread.filter((u) => u.edited) : [], unreadable, said: [...faced.said, ...(whole ? result.said : setLines(set, result.cards))] };
}

/**
 * The council's decisions as the pane holds them: those it stored, with those typed into «Rà soát» (`typed`, as read)
 * winning — what scoring applies, and what the papers compare with the closed round.
 */
export function paneReview(stored: readonly CouncilDecision[] | undefined, typed: TypedReview): TypedReview {
  return combineReviews({ decisions: [...(stored ?? [])], unread: [] }, typed);
}

/**
 * The council's decisions as a whole scoring wrote them in «Rà soát»: those in force and those whose flag is gone (kept
 * under «Quyết định không còn cảnh báo») — what the pane's closing seals, as `thidua close` reads them back from
 * tong-hop.xlsx, so its closing and its papers compare the same decisions with the closed round.
 */
export function scoredReview(result: Pick<ScoreActionResult, 'decisions' | 'gone' | 'unread'>): TypedReview {
  // A decision just recorded is in force on the scoring that silenced its flag (gone from its cards too): said once, in force.
  return combineReviews({ decisions: [...result.gone], unread: [] }, { decisions: result.decisions, unread: result.unread });
}

/* Made for: «Kiểm tra & chấm điểm» in the pane: the shared scoring with what the workbook keeps between runs (decisions, fingerprints, sheets edited since), in three round trips. */
