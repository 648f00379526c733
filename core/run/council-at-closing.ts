// What the council did, as a closed round keeps it under its seal: each decision it took on a flag of the run (the
// unit, the figure, the decision, the unit's explanation, the points before → after) and its vote on each nominee.
// Both are drawn at closing from the run's record and the council's «Rà soát» and «Biểu quyết» as they stand, so the
// minutes say what the council did without reading anything but the round.
import { z } from 'zod';
import { flagTitle } from '../checks/titles.js';
import { DecisionKind, finalDecision } from '../council/decision.js';
import { flagOfUnit, type TypedReview } from '../council/merge.js';
import { cellsInPart, nomineeKey, type Nominee, type RecordedVotes, type VoteSheet } from '../council/vote.js';
import type { FirstListed, ListedBefore } from '../council/first-listed.js';
import type { ListedUnit } from '../council/voted-on.js';
import { declinedIn, fallbackNominees, type FallbackNominee } from '../council/fallback-vote.js';
import { normalizeLabel, parseAddress } from '../text.js';
import { DECISION_LABEL, standingUnder } from '../workbook/plan-review.js';
import { formatDateVi } from '../values.js';
import { said as placed, type Said } from './said.js';
import { namesRetyped, unlistedVotes, type NameRetyped, type PartlyTyped, type RecordedFlag, type UnlistedVote, type UnvotedAt } from './open-at-closing.js';

/** What of the run's record this reads (closing.ts imports this file: the record's shape is named here, not imported). */
type RecordShape = {
  units: readonly {
    sheet: string;
    unitName: string;
    total: number;
    totalBefore?: number | undefined;
    flags?: readonly RecordedFlag[] | undefined;
    rejected?: readonly { title: string; row: number | null; before: number; after: number }[] | undefined;
    proposals: readonly { formLabel: string; proposed: boolean; eligible: boolean; alsoReaches?: readonly string[] | undefined }[];
  }[];
  /** The round's forms, for the label of a form a unit reaches (absent where a face passes no record's forms). */
  forms?: readonly { id: string; label: string }[];
};

export const RecordedDecision = z.object({
  sheet: z.string(),
  unitName: z.string(),
  /** The flag's title, as officers read it. */
  flag: z.string(),
  cell: z.string().optional(),
  /** The criterion whose figure the flag is about, when the decision is on one. */
  criterion: z.string().optional(),
  /** The code of the criterion the flag is about, so the minutes name it (absent in rounds closed before it was kept). */
  code: z.string().optional(),
  first: DecisionKind,
  /** The decision in force (the second review's when there is one). */
  decision: DecisionKind,
  reviewer: z.string(),
  date: z.string(),
  comment: z.string(),
  explanation: z.object({ text: z.string(), by: z.string(), date: z.string() }).optional(),
  /** Points of the figure and of the unit before → after the decision (only a «Bác số liệu» that withdrew points moves them). */
  points: z.object({ before: z.number(), after: z.number() }).optional(),
  total: z.object({ before: z.number(), after: z.number() }),
});
export type RecordedDecision = z.infer<typeof RecordedDecision>;

/** The council's decisions in force on the run's flags, unit by unit in the record's order, each with what it did. */
export function decisionsAtClosing(record: RecordShape, review: TypedReview): RecordedDecision[] {
  const byFlag = new Map(review.decisions.map((d) => [flagOfUnit(d), d]));
  return record.units.flatMap((unit) =>
    (unit.flags ?? []).flatMap((flag) => {
      const d = byFlag.get(flagOfUnit({ sheet: unit.sheet, unitName: unit.unitName, flagCode: flag.code, ...(flag.cell !== undefined ? { cell: flag.cell } : {}) }));
      if (!d) return [];
      const row = flag.cell ? parseAddress(flag.cell)?.row : undefined;
      const figure = row === undefined ? undefined : unit.rejected?.find((r) => r.row === row);
      const decision = finalDecision(d);
      return [
        {
          sheet: unit.sheet,
          unitName: unit.unitName,
          flag: flagTitle(flag.code),
          ...(flag.cell !== undefined ? { cell: flag.cell } : {}),
          ...(figure ? { criterion: figure.title } : {}),
          ...(flag.criterion !== undefined ? { code: flag.criterion } : {}),
          first: d.decision,
          decision,
          reviewer: d.second?.reviewer || d.reviewer,
          date: d.second?.date || d.date,
          comment: d.second?.comment || d.comment,
          ...(d.explanation ? { explanation: { text: d.explanation.text, by: d.explanation.by, date: d.explanation.date } } : {}),
          ...(figure && decision === 'reject' ? { points: { before: figure.before, after: figure.after } } : {}),
          total: { before: decision === 'reject' ? (unit.totalBefore ?? unit.total) : unit.total, after: unit.total },
        },
      ];
    }),
  );
}

/**
 * A decision the council took on a flag no report of the run carries any more — the unit resent its report corrected,
 * or is not in the run — or carries under another name than the one typed on «Rà soát» (still undecided), kept in «Rà soát» under «Quyết định không còn cảnh báo»: not applied, but taken at the
 * meeting, so the round keeps it for the minutes (who, when, what the unit explained) beside the decisions in force.
 */
export const GoneDecision = RecordedDecision.pick({ sheet: true, unitName: true, flag: true, cell: true, first: true, decision: true, reviewer: true, date: true, comment: true, explanation: true }).extend({
  /**
   * Why it is not applied: the unit's report no longer raises its flag, the unit is not in the run, or the flag still
   * stands at its sheet and cell under the sheet's own unit name (`named`), the name retyped on «Rà soát».
   */
  gone: z.enum(['flag', 'unit', 'name']),
  named: z.string().optional(),
});
export type GoneDecision = z.infer<typeof GoneDecision>;

/** The council's decisions in «Rà soát» whose flag no unit of the run carries, in the sheet's order. */
export function decisionsGoneAtClosing(record: RecordShape, review: TypedReview): GoneDecision[] {
  const flags = new Set(record.units.flatMap((unit) => (unit.flags ?? []).map((flag) => flagOfUnit({ sheet: unit.sheet, unitName: unit.unitName, flagCode: flag.code, ...(flag.cell !== undefined ? { cell: flag.cell } : {}) }))));
  const unitOf = (u: { sheet: string; unitName: string }) => `${u.sheet}\u0000${normalizeLabel(u.unitName)}`;
  const units = new Set(record.units.map(unitOf));
  return review.decisions
    .filter((d) => !flags.has(flagOfUnit(d)))
    .map((d) => ({ d, standing: standingUnder(d, record.units) }))
    .map(({ d, standing }) => ({
      sheet: d.sheet,
      unitName: d.unitName,
      flag: flagTitle(d.flagCode),
      ...(d.cell !== undefined ? { cell: d.cell } : {}),
      first: d.decision,
      decision: finalDecision(d),
      reviewer: d.second?.reviewer || d.reviewer,
      date: d.second?.date || d.date,
      comment: d.second?.comment || d.comment,
      ...(d.explanation ? { explanation: { text: d.explanation.text, by: d.explanation.by, date: d.explanation.date } } : {}),
      ...(standing ? { gone: 'name' as const, named: standing.unitName } : { gone: units.has(unitOf(d)) ? ('flag' as const) : ('unit' as const) }),
    }));
}

/** What a closing seals of a decision as the council typed it: its word at each step, who, when, why, the unit's answer. */
type TypedDecisionOf = Pick<RecordedDecision, 'sheet' | 'unitName' | 'flag' | 'cell' | 'first' | 'decision' | 'reviewer' | 'date' | 'comment' | 'explanation'>;

/**
 * The decisions typed in «Rà soát» since the round `before` was sealed, changed or new or gone, one line each at its
 * flag's sheet and cell, the place given with it (said.ts) as the words name it: a
 * change of what the minutes print, so closing again asks for a reason and never answers «không có gì thay đổi». The
 * points a decision moves are compared by the record; fields derived from the run (criterion, points) are not compared.
 * `named`: the name «Rà soát» has in the workbook now (the council may have renamed it), which each line says.
 */
export function decisionsChangedSince(before: readonly TypedDecisionOf[], now: readonly TypedDecisionOf[], named: string): Said[] {
  const key = (d: TypedDecisionOf) => `${d.sheet}\u0000${d.cell ?? ''}\u0000${d.flag}\u0000${normalizeLabel(d.unitName)}`;
  const typed = (d: TypedDecisionOf | undefined) => (d ? JSON.stringify([d.first, d.decision, d.reviewer, d.date, d.comment, d.explanation?.text ?? '']) : '');
  const said = (d: TypedDecisionOf | undefined) => (d ? `«${DECISION_LABEL[d.decision]}»${d.reviewer ? ` (${d.reviewer}${d.date ? `, ${formatDateVi(d.date)}` : ''})` : ''}${d.comment ? ` — ${d.comment}` : ''}` : 'chưa quyết định');
  const [was, is] = [new Map(before.map((d) => [key(d), d])), new Map(now.map((d) => [key(d), d]))];
  return [...new Set([...was.keys(), ...is.keys()])].flatMap((k) => {
    const [a, b] = [was.get(k), is.get(k)];
    if (typed(a) === typed(b)) return [];
    const d = (b ?? a)!;
    return [placed(`Trang «${named}», quyết định về cảnh báo «${d.flag}» của ${d.unitName} (trang «${d.sheet}»${d.cell ? `, ô ${d.cell}` : ''}) đã khác lần chốt: ${said(a)} → ${said(b)}.`, d.sheet, d.cell)];
  });
}

/**
 * The decisions `review` (the council's «Rà soát» as a face reads it now, on the run `record`) holds otherwise than the
 * round `sealed` kept them, one line each (decisionsChangedSince): what closing, the pane's check and the papers say
 * alike, naming «Rà soát» `named` (its name in the workbook now). A round sealed before it kept its decisions cannot say: none.
 */
export function decisionsChangedSinceRound(sealed: { decisions?: readonly TypedDecisionOf[] | undefined; decisionsGone?: readonly TypedDecisionOf[] | undefined }, record: RecordShape, review: TypedReview, named: string): Said[] {
  if (!sealed.decisions) return [];
  return decisionsChangedSince([...sealed.decisions, ...(sealed.decisionsGone ?? [])], [...decisionsAtClosing(record, review), ...decisionsGoneAtClosing(record, review)], named);
}

/** The record's nominees: each unit proposed for a form, or meeting every condition of one whose plan gives no number. */
export function recordNominees(record: RecordShape): Nominee[] {
  return record.units.flatMap((u) => u.proposals.filter((p) => p.proposed || p.eligible).map((p) => ({ sheet: u.sheet, unitName: u.unitName, form: p.formLabel })));
}

/** The record's fallback nominees under `votes` (fallback-vote.ts): a failed vote's unit with the form it still reaches. */
export function recordFallbacks(record: RecordShape, votes: Pick<VoteSheet, 'rule' | 'votes'> | undefined): FallbackNominee[] {
  const proposals = record.units.flatMap((u) => u.proposals.map((p) => ({ sheet: u.sheet, unitName: u.unitName, ...p })));
  return fallbackNominees(proposals, votes, (id) => record.forms?.find((f) => f.id === id)?.label);
}

/** What a run's record leaves the next run of the days its nominees were first listed (first-listed.ts). */
export function listedBefore(record: RecordShape & { listed?: FirstListed | undefined; units: readonly ListedUnit[] }): ListedBefore {
  return { ...(record.listed ? { days: record.listed } : {}), nominees: recordNominees(record), units: record.units };
}

/** «Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã)»: a nominee as the checklist and the papers' refusal name it. */
export const nomineeName = (n: Nominee) => `${n.unitName} (${n.form})`;

/**
 * The vote as the round keeps it — only the votes on this run's nominees — and the nominees with none: every one
 * when the rule did not read (nobody can be judged under it). `doubts`: the lines of this run's nominees whose counts
 * were typed but make no vote (read-votes.ts): a closing stops on them, as on a conflict. `partial`: the lines of this
 * run's nominees with some counts typed and the others blank (TypedVote.partial): unvoted, said with their cells.
 * `unvotedAt`: of «Biểu quyết» in parts, the part and cells of each unvoted nominee's row (UnvotedAt).
 */
export function votesAtClosing(record: RecordShape, sheet: VoteSheet): { recorded?: RecordedVotes; unvoted: string[]; unvotedAt: UnvotedAt[]; doubts: string[]; partial: PartlyTyped[]; unlisted: UnlistedVote[]; retyped: NameRetyped[] } {
  // A fallback nominee's vote is read, checked and sealed as any nominee's; with none, it waits as listedNowhere says (not unvoted).
  const fallbacks = recordFallbacks(record, sheet);
  const nominees = recordNominees(record);
  const voted = [...nominees, ...fallbacks];
  const byKey = new Map(sheet.votes.map((v) => [nomineeKey(v), v]));
  const votes = voted.flatMap((n) => {
    const v = byKey.get(nomineeKey(n));
    // Kept under the record's own names: a name retyped on the sheet still names the unit as scored.
    return v ? [{ ...v, sheet: n.sheet, unitName: n.unitName, form: n.form }] : [];
  });
  const keys = new Set(voted.map(nomineeKey));
  const doubted = sheet.held.filter((v) => v.doubt && keys.has(nomineeKey(v)));
  const doubts = doubted.map((v) => v.doubt!);
  // Counts typed on a nominee's row with others left blank: not voted on, and said with their cells.
  const partialAt = new Map(sheet.held.filter((v) => v.partial).map((v) => [nomineeKey(v), v.partial!]));
  const partial = voted.flatMap((n) => {
    const where = sheet.typedAt?.[nomineeKey(n)];
    return partialAt.has(nomineeKey(n)) ? [{ nominee: nomineeName(n), line: partialAt.get(nomineeKey(n))!, ...(where ? { where } : {}) }] : [];
  });
  // Counts or a note typed on a row naming no nominee: counted for none, said.
  const unlisted = unlistedVotes(sheet, voted, record.units);
  // A nominee's unit retyped in other letters: its row is its own, sealed under the record's name, and said.
  const retyped = namesRetyped(sheet, voted);
  if (!sheet.rule) return { unvoted: nominees.map(nomineeName), unvotedAt: rowsInParts(nominees, sheet), doubts, partial, unlisted, retyped };
  // «Không đề nghị» in «Ghi chú» of any nominee's row with no count — proposed or fallback alike: on no list for that
  // form by the council's decision, sealed so (a row with counts too is a doubt, read-votes.ts).
  const withVote = new Set(votes.map(nomineeKey));
  const declined = voted.filter((n) => !withVote.has(nomineeKey(n)) && declinedIn(sheet, n)).map(({ sheet, unitName, form }) => ({ sheet, unitName, form }));
  // A nominee whose typed counts make no vote is said by its doubt, one declined by its decision, not again as «chưa có kết quả biểu quyết».
  const said = new Set([...votes, ...doubted, ...declined].map(nomineeKey));
  const unvoted = nominees.filter((n) => !said.has(nomineeKey(n)));
  return { recorded: { rule: sheet.rule, meeting: sheet.meeting, votes, ...(declined.length > 0 ? { declined } : {}) }, unvoted: unvoted.map(nomineeName), unvotedAt: rowsInParts(unvoted, sheet), doubts, partial, unlisted, retyped };
}

/** Where `nominees`' rows are on «Biểu quyết» in parts (their cells name their part); none on a sheet whole, whose name says where. */
function rowsInParts(nominees: readonly Nominee[], sheet: Pick<VoteSheet, 'typedAt' | 'blankAt'>): UnvotedAt[] {
  return nominees.flatMap((n) => {
    const where = sheet.typedAt?.[nomineeKey(n)] ?? sheet.blankAt?.[nomineeKey(n)];
    return where && cellsInPart(where) ? [{ nominee: nomineeName(n), where }] : [];
  });
}

// Made for issue 46 items 2 and 3: the minutes say each decision of the council and each tally, from the sealed round.
