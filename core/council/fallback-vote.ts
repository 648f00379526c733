// Biểu quyết hình thức khác (the fallback vote): a unit the council's vote did not pass for a form, that reaches a later
// form it is not listed for (AwardProposal.alsoReaches), is on no list (papers/proposed.ts listedNowhere says it). It
// gets a row of its own on «Biểu quyết» for the form it reaches, under the failed one (plan-votes.ts): the council votes
// it like any nominee — read, checked and sealed by the same rules, on that form's lists when passed — or writes
// «Không đề nghị» in «Ghi chú», the sheet's own place for a word on a row: then it is on no list by the council's decision.
// The word reads the same on a proposed nominee's row (votesAtClosing): every row of «Biểu quyết» may be declined.
import { normalizeLabel } from '../text.js';
import { nomineeKey, passes, type Nominee, type PassingRule, type TypedVote, type Vote, type VoteSheet } from './vote.js';

/** A fallback nominee: the unit, the form it reaches (`formId`, its id), and the form whose vote it did not pass (`after`, its label). */
export type FallbackNominee = Nominee & { formId: string; after: string };

/** A unit's row for a form, as a run's proposals and a record's hold it. */
type Proposing = { sheet: string; unitName: string; formLabel: string; proposed: boolean; eligible: boolean; alsoReaches?: readonly string[] | undefined };

/**
 * The fallback nominees of `proposals` under `votes` (none while the rule does not read: nobody is judged): each unit
 * whose vote failed on a form, that passed no other, with each form it reaches and is not a nominee for (`labelOf`:
 * a form's label by its id).
 */
export function fallbackNominees(proposals: readonly Proposing[], votes: { rule?: PassingRule | undefined; votes: readonly Vote[] } | undefined, labelOf: (formId: string) => string | undefined): FallbackNominee[] {
  const rule = votes?.rule;
  if (!rule) return [];
  const asNominee = (p: Proposing): Nominee => ({ sheet: p.sheet, unitName: p.unitName, form: p.formLabel });
  const byKey = new Map(votes.votes.map((v) => [nomineeKey(v), v]));
  const passed = (p: Proposing) => {
    const v = byKey.get(nomineeKey(asNominee(p)));
    return v ? passes(v.tally, rule) : undefined;
  };
  const unit = (p: Proposing) => `${p.sheet}\u0000${normalizeLabel(p.unitName)}`;
  const listed = proposals.filter((p) => p.proposed || p.eligible);
  const onList = new Set(listed.filter((p) => passed(p) === true).map(unit));
  const nominees = new Set(listed.map((p) => nomineeKey(asNominee(p))));
  const found = new Map<string, FallbackNominee>();
  for (const p of listed) {
    if (passed(p) !== false || onList.has(unit(p))) continue;
    for (const id of p.alsoReaches ?? []) {
      const form = labelOf(id);
      const n = form === undefined ? undefined : { sheet: p.sheet, unitName: p.unitName, form, formId: id, after: p.formLabel };
      if (n && !nominees.has(nomineeKey(n)) && !found.has(nomineeKey(n))) found.set(nomineeKey(n), n);
    }
  }
  return [...found.values()];
}

/** «Không đề nghị», «không đề nghị.», «Không đề nghị Giấy khen»: the council's word that a nominee is not proposed. */
export function declines(note: string): boolean {
  return /^khong de nghi\b/.test(normalizeLabel(note).trim());
}

/** The word as the sheet's line asks for it, and as the page and the pane write it in «Ghi chú». */
export const DECLINE_NOTE = 'Không đề nghị';

/**
 * A nominee declined as «Biểu quyết» holds it: the row with no count and «Không đề nghị» in «Ghi chú» — what
 * the page's and the pane's forms record, so it is written, read and sealed (votesAtClosing) as one typed on the sheet.
 */
export function declinedRow(n: Nominee): TypedVote {
  return { sheet: n.sheet, unitName: n.unitName, form: n.form, members: '', present: '', inFavour: '', note: DECLINE_NOTE };
}

/** Whether `sheet` holds `n` declined: its row with «Không đề nghị» in «Ghi chú», no count typed, nothing in doubt. */
export function declinedIn(sheet: Pick<VoteSheet, 'held'>, n: Nominee): boolean {
  return sheet.held.some((h) => nomineeKey(h) === nomineeKey(n) && declines(h.note) && !h.partial && !h.doubt);
}

/** The line under «Biểu quyết»'s table saying why a fallback nominee has a row; LINE_HEAD tells it as thidua's own when read back. */
export const FALLBACK_LINE_HEAD = 'Biểu quyết hình thức khác sau khi không đạt: ';
export function fallbackLine(n: Nominee & { after: string }): string {
  return `${FALLBACK_LINE_HEAD}${n.unitName} không được Hội đồng thông qua đề nghị ${n.after}, đạt điều kiện ${n.form} — Hội đồng biểu quyết đề nghị ${n.form} ở dòng của hình thức này, hoặc ghi «${DECLINE_NOTE}» ở cột «Ghi chú».`;
}

// Made for: the example commune's Ủy ban MTTQ Việt Nam xã Ta Ma, 4 of 9 for the province's Bằng khen, reaching the
// commune's Giấy khen with no row to vote it on (listedNowhere, 06fadd4f).
