// Đạt mức một hình thức nhưng được đề nghị hình thức khác: units reaching a form with no number but proposed for
// another that the set does not say also gives it (AwardProposal.alsoReaches). Said wherever the lists are read —
// `thidua score`, «Đề xuất khen thưởng» of tong-hop.xlsx, the pane and the page — with where the set would say both are
// given —, and every paper listing nominees by form (the proposal, the posted list, the minutes, the decision, the
// submission: core/papers/proposed.ts heldInLists, no word to the clerk) — never left out of a list silently.
import type { CriteriaSet } from '../criteria/schema.js';
import { AWARD_COLUMNS, CRITERIA_SHEET_NAME } from '../criteria/sheet/vocabulary.js';
import { addTo } from '../grouped.js';
import { andList } from '../text.js';
import { bySubject, SUBJECTS, subjectOfKind, type SubjectOf } from '../criteria/kinds.js';
import type { AwardProposal } from './schema.js';

const two = (n: number) => String(n).padStart(2, '0');

/** «02 tập thể và 03 cá nhân», «01 tập thể, 01 cá nhân và 02 hộ gia đình», as decisions count. */
export function countText(form: { collectives: readonly unknown[]; individuals: readonly unknown[]; households?: readonly unknown[] }): string {
  return andList(SUBJECTS.flatMap(({ word, list }) => ((form[list]?.length ?? 0) > 0 ? [`${two(form[list]!.length)} ${word}`] : [])));
}

/** «01 tập thể và 02 cá nhân» of units, by what each is (bySubject). */
export const countOf = (units: readonly SubjectOf[]): string => countText(bySubject(units));

type HeldUnit = SubjectOf & { unitName: string; proposals: readonly { formLabel: string; proposed: boolean; alsoReaches?: readonly string[] | undefined }[] };
/** A form and, in the order given, the units reaching it that are listed for another form (`by`). */
export type HeldElsewhere = { form: { id: string; label: string }; held: (SubjectOf & { unitName: string; by: string })[]; count: string };

/** One entry a form that has any. */
export function heldElsewhere(forms: readonly { id: string; label: string }[], units: readonly HeldUnit[]): HeldElsewhere[] {
  return forms.flatMap((form) => {
    const held = units.flatMap((u) => u.proposals.filter((p) => p.proposed && p.alsoReaches?.includes(form.id)).map((p) => ({ unitName: u.unitName, ...subjectOfKind(u), by: p.formLabel })));
    if (held.length === 0) return [];
    return [{ form, held, count: countOf(held) }];
  });
}

/** «03 cá nhân đạt mức Lao động tiên tiến được đề nghị hình thức khác, không ghi trong danh sách Lao động tiên tiến»: the head of every face's sentence. */
export function heldHead(h: HeldElsewhere): string {
  return `${h.count} đạt mức ${h.form.label} được đề nghị hình thức khác, không ghi trong danh sách ${h.form.label}`;
}

/**
 * The sentence naming each unit under the form it is proposed for — the units of one form together, «Giấy khen … — A,
 * B», its long name said once —, and where the rule would be written: one a form.
 */
export function heldElsewhereLines(forms: readonly { id: string; label: string }[], units: readonly HeldUnit[]): string[] {
  return heldElsewhere(forms, units).map((h) => {
    const byForm = new Map<string, string[]>();
    for (const u of h.held) addTo(byForm, u.by, u.unitName);
    const named = [...byForm].map(([by, names]) => `${by} — ${names.join(', ')}`).join('; ');
    return `${heldHead(h)}: ${named}; nếu quy định xét cả hai danh hiệu, ghi ở cột «${AWARD_COLUMNS.alsoGives[0]}» của trang «${CRITERIA_SHEET_NAME}»`;
  });
}

/** The sentences of a run's proposals, each unit a collective, a person or a household by its kind in the set (`name`: how a face writes a name). */
export function runHeldElsewhere(set: CriteriaSet, proposals: readonly AwardProposal[], name: (unitName: string) => string = (n) => n): string[] {
  const subject = (kind: string | null) => subjectOfKind(set.subjectKinds.find((k) => k.id === kind));
  return heldElsewhereLines(set.awards.forms, proposals.map((p) => ({ unitName: name(p.unitName), ...subject(p.unitKind), proposals: [p] })));
}

// Made for the walk of individuals (test/cli/walk-ca-nhan-son-tra.test.ts): the persons proposed for Chiến sĩ thi đua
// cơ sở and Giấy khen who reach Lao động tiên tiến, said on every face and paper where the LĐTT list is read.
