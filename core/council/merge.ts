// Re-scoring keeps the council's decisions that still apply: a decision is about one flag (sheet,
// code, cell or criterion) on figures as they stood when it was taken. When the flag is gone (the
// unit corrected the figure) or a cell under it was edited since, the decision no longer applies
// and is set aside — with the reason, so the pane can say so — rather than silently carried over.
import type { Flag } from '../flags/flag.js';
import { normalizeLabel, parseAddress } from '../text.js';
import { namesNoFlag, type CouncilDecision, type UnreadDecision } from './decision.js';

export type SetAside = { decision: CouncilDecision; reason: 'flag-gone' | 'cell-changed' };
export type MergedDecisions = { kept: CouncilDecision[]; setAside: SetAside[] };

/** The decision's key as the review sheet matches it: sheet, flag code, cell. */
export function decisionKey(d: Pick<CouncilDecision, 'sheet' | 'flagCode' | 'cell'>): string {
  return `${d.sheet}\u0000${d.flagCode}\u0000${d.cell ?? ''}`;
}

function flagKey(f: Flag): string {
  return decisionKey({ sheet: f.sheet, flagCode: f.code, ...(f.cell !== undefined ? { cell: f.cell } : {}) });
}

/**
 * @param decisions the stored decisions
 * @param flags every flag of the sheets just scored (without decisions applied)
 * @param scoredSheets the sheets just scored; decisions about other sheets are kept untouched
 * @param changed sheet → input cells edited since the decisions were taken (from the fingerprints)
 */
export function mergeDecisions(
  decisions: readonly CouncilDecision[],
  flags: readonly Flag[],
  scoredSheets: readonly string[],
  changed: ReadonlyMap<string, readonly string[]> = new Map(),
): MergedDecisions {
  const present = new Set(flags.map(flagKey));
  const scored = new Set(scoredSheets);
  const kept: CouncilDecision[] = [];
  const setAside: SetAside[] = [];
  for (const d of decisions) {
    if (!scored.has(d.sheet)) kept.push(d);
    else if (!present.has(decisionKey(d))) setAside.push({ decision: d, reason: 'flag-gone' });
    else if (cellsUnder(d, changed.get(d.sheet) ?? []).length > 0) setAside.push({ decision: d, reason: 'cell-changed' });
    else kept.push(d);
  }
  return { kept, setAside };
}

/** The edited cells that touch a decision on a cell: those on that cell's row (the figure, its numerator or denominator). */
export function cellsUnder(d: Pick<CouncilDecision, 'cell'>, cells: readonly string[]): string[] {
  const row = d.cell ? parseAddress(d.cell)?.row : undefined;
  if (row === undefined) return [];
  return cells.filter((c) => parseAddress(c)?.row === row);
}

/** Records a decision, replacing an earlier one on the same flag. */
export function upsertDecision(decisions: readonly CouncilDecision[], decision: CouncilDecision): CouncilDecision[] {
  const key = decisionKey(decision);
  return [...decisions.filter((d) => decisionKey(d) !== key), decision];
}

/**
 * Decisions from two places (the pane's store or tong-hop.xlsx, and a `Rà soát` sheet as typed — the council's, or
 * the one a unit returns with its explanation) as one list: one decision per flag of a unit, the typed one winning —
 * it is what the sheet shows and what was last written — but no step of the trail lost: an explanation or a second
 * review only one of them holds is kept.
 */
export function combineDecisions(stored: readonly CouncilDecision[], typed: readonly CouncilDecision[]): CouncilDecision[] {
  const byKey = new Map(stored.map((d) => [flagOfUnit(d), d]));
  for (const d of typed) {
    const old = byKey.get(flagOfUnit(d));
    const explanation = d.explanation ?? old?.explanation;
    const second = d.second ?? old?.second;
    byKey.set(flagOfUnit(d), { ...d, ...(explanation ? { explanation } : {}), ...(second ? { second } : {}) });
  }
  return [...byKey.values()];
}

/** One flag of one unit: what `combineDecisions` and `combineReviews` match on. */
export function flagOfUnit(d: Pick<CouncilDecision, 'sheet' | 'flagCode' | 'cell' | 'unitName'>): string {
  return `${decisionKey(d)}\u0000${normalizeLabel(d.unitName)}`;
}

/** A «Rà soát» as read: the decisions, and the flags whose rows could not be read, kept as typed. */
export type TypedReview = { decisions: CouncilDecision[]; unread: UnreadDecision[] };

/**
 * `combineDecisions` with the flags held as typed: what the later place holds for a flag stands, read or not — rows
 * the council typed over a decision («xem sau» where «Chấp nhận» stood) leave the flag undecided, kept as typed.
 */
export function combineReviews(stored: TypedReview, typed: TypedReview): TypedReview {
  const unread = new Set(typed.unread.map(flagOfUnit));
  const later = new Set([...typed.decisions.map(flagOfUnit), ...typed.unread.map(heldKey)]);
  return {
    decisions: combineDecisions(stored.decisions.filter((d) => !unread.has(flagOfUnit(d))), typed.decisions),
    unread: [...stored.unread.filter((u) => !later.has(heldKey(u))), ...typed.unread],
  };
}

/**
 * A row held as typed: its flag of a unit, or — naming no flag — what it says (two such rows are one only when
 * they read the same, as the same sheet read twice).
 */
function heldKey(u: UnreadDecision): string {
  return namesNoFlag(u) ? `${flagOfUnit(u)}\u0000${JSON.stringify([u.first, u.explanation, u.second])}` : flagOfUnit(u);
}
