// «Chốt kết quả» and «Kiểm tra» on the standalone page: the commune run just scored is closed exactly as
// `thidua close` closes an output folder — who, when, the SHA-256 (Web Crypto) of every scored copy in the
// .zip — and its tong-hop.xlsx written again with the closed rounds and the «Chốt kết quả» sheet, so that
// `thidua verify` on the unzipped folder agrees. Chosen files are checked against a closed tong-hop.xlsx.
import { closeRound, CLOSED_ROUNDS_KEY, paperSealProblem, roundsToStore, type CloseOutcome, type ClosedRound, type FileDigest, type FoundDigest } from '../../core/run/closing.js';
import { officerMinute } from '../../core/values.js';
import { copyChanges, typedSinceSealed, unverified, type PreviousSummary } from '../../core/run/previous-summary.js';
import { CLOSING_SHEET, planClosing } from '../../core/run/plan-closing.js';
import { councilSheetNamesOf, SCORED_SUFFIX, SUMMARY_FILE } from '../../core/run/plan-copy.js';
import type { TypedReview } from '../../core/council/merge.js';
import { sha256Hex } from '../actions/closing.js';
import { said, type Said } from '../../core/run/said.js';
import { namedAsSummary, summariesChosen, zipDownload, type ChosenFile, type CommuneRun, type StepThread } from './commune-run.js';

/** The council's «Rà soát» as the page's run read it: what closing seals, and what the papers compare with the closed round. */
export function runReview(result: Pick<CommuneRun, 'decisions' | 'unread'>): TypedReview {
  return { decisions: result.decisions, unread: result.unread };
}

async function digestsOf(files: Record<string, Uint8Array>): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  for (const [name, bytes] of Object.entries(files)) out.push({ name, sha256: await sha256Hex(bytes) });
  return out;
}

/**
 * Closes the page's run: on `closed`, the run comes back with its new tong-hop.xlsx in the download and the
 * closed round kept; otherwise as it was, with why nothing was closed (`open`: what is still open, until the
 * council confirms with `acceptOpen`).
 */
export async function closeCommuneRun(
  result: CommuneRun,
  by: { closedBy: string; reason?: string; acceptOpen?: boolean },
  now: Date,
  thread: StepThread,
): Promise<{ outcome: CloseOutcome; result: CommuneRun }> {
  const closing = result.closing!;
  const { acceptOpen, ...who } = by;
  // What is open is what the run holds: its record's flags against the council's decisions the run read.
  // And its vote: the file's «Biểu quyết» with what was typed on the page, sealed as `thidua close` seals it.
  const checklist = { review: runReview(result), sheets: result.sheets, acceptOpen: acceptOpen === true, votes: result.votes };
  const outcome = closeRound(closing.rounds, closing.record, await digestsOf(closing.copies), { ...who, closedAt: officerMinute(now) }, 'files', checklist);
  if (outcome.kind !== 'closed') return { outcome, result };
  const summary = {
    // Written over the chosen tong-hop.xlsx again when the council added sheets to it (`base`).
    ...closing.summary,
    edit: { sheets: [...closing.summary.edit.sheets.filter((s) => s.sheet !== CLOSING_SHEET), planClosing(outcome.rounds)] },
    store: { ...closing.summary.store, [CLOSED_ROUNDS_KEY]: roundsToStore(outcome.rounds, closing.record) },
  };
  const a = await thread.step({ step: 'summary', ...summary });
  if (!a.ok || a.step !== 'summary') throw new Error(a.ok ? 'bước ghi tong-hop.xlsx trả lời sai' : a.message);
  const download = zipDownload({ ...closing.copies, [SUMMARY_FILE]: a.bytes }, closing.zipName);
  return { outcome, result: { ...result, download, closing: { ...closing, rounds: outcome.rounds, changes: [], summary } } };
}

export type Verified =
  | { ok: false; message: string }
  | { ok: true; round: ClosedRound; matched: number; lines: Said[] };

/**
 * Chosen files checked against the last round closed in the chosen tong-hop.xlsx as `thidua verify` checks a folder:
 * the closed record's seal and the sheets showing it, then every scored copy chosen (by its name, in any chosen
 * folder): changed, missing, or not of the round.
 */
export async function verifyChosen(files: readonly ChosenFile[], thread: StepThread, typedSeal?: string): Promise<Verified> {
  // The closed tong-hop.xlsx is known by what it holds, whatever it is called (the council's copy, saved under its own name).
  const found: { name: string; summary: PreviousSummary }[] = [];
  for (const f of files.filter((c) => !c.name.toLowerCase().endsWith(SCORED_SUFFIX))) {
    const a = await thread.step({ step: 'previous', file: f.file, name: f.name });
    if (!a.ok && namedAsSummary(f.name)) return { ok: false, message: `${f.name}: ${a.message}` };
    if (a.ok && a.step === 'previous' && a.summary) found.push({ name: f.name, summary: a.summary });
  }
  if (found.length !== 1) return { ok: false, message: found.length === 0 ? 'Hãy chọn cả tệp tổng hợp đã chốt (tong-hop.xlsx) cùng các bản đã chấm.' : summariesChosen(found.map((s) => s.name)) };
  const { name, summary } = found[0]!;
  if (summary.damage.length > 0) return { ok: false, message: [`${name} bị hỏng — không coi là chưa chốt:`, ...summary.damage].join('\n') };
  const round = summary.rounds.at(-1);
  if (!round) return { ok: false, message: `${name} chưa được chốt: hãy «Chốt kết quả» trước.` };
  const copies: FoundDigest[] = [];
  const closed = new Map(round.files.map((f) => [f.name, f.sha256]));
  for (const f of files.filter((c) => c.name.toLowerCase().endsWith(SCORED_SUFFIX))) {
    const digest = { name: baseName(f.name), sha256: await sha256Hex(await f.file.arrayBuffer()) };
    // A copy whose bytes changed is told by content, as `thidua verify` tells it: saved again with no cell changed, or which cells changed.
    const sheets = closed.has(digest.name) && closed.get(digest.name) !== digest.sha256 ? await thread.step({ step: 'sheets', file: f.file, name: f.name }) : undefined;
    copies.push(sheets?.ok && sheets.step === 'sheets' ? { ...digest, differs: copyChanges(digest.name, round.record, sheets.grids) } : digest);
  }
  const matched = copies.filter((d) => round.files.some((f) => f.name === d.name)).length;
  // The code from the paper the council signed, when given, as `thidua verify --seal` checks it.
  const paper = typedSeal?.trim() ? paperSealProblem(typedSeal.trim(), summary.rounds) : undefined;
  return { ok: true, round, matched, lines: [...unverified(summary, copies).map((text) => said(text)), ...typedSinceSealed(summary, councilSheetNamesOf(summary)), ...(paper ? [said(paper)] : [])] };
}

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

// Made for issue 26 item 2 on the standalone page: the officer without the command line closes the result and
// checks files against it, with the command line's own record.
