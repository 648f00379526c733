// Giải trình của đơn vị (a unit's explanation), and nothing more: what a unit writes in the «Rà soát» of its returned
// scored copy — given with `--decisions`, or sent back in as its report — is read only for its answers to the flags
// the council asked it to explain. Decisions belong to the council alone (its tong-hop.xlsx, the pane's workbook):
// a decision such a sheet shows, typed by the unit or the council's own as it stood when the copy was made, never
// applies, and where it differs from the council's it is said. So the ranking, «Rà soát» and the papers agree.
import { awaitsDecision, finalDecision, type CouncilDecision, type Explanation, type TypedReviewRow, type UnreadDecision } from '../council/decision.js';
import { flagOfUnit, type TypedReview } from '../council/merge.js';
import { flagTitle } from '../checks/titles.js';
import { parseDateText } from '../values.js';
import { DECISION_LABEL } from '../workbook/plan-review.js';

export type UnitReview = {
  /** The council's review, with the unit's answers taken onto the flags awaiting them. */
  review: TypedReview;
  /** The council's decisions that took an answer from this sheet. */
  explained: CouncilDecision[];
  /** What the sheet shows that was not taken, one Vietnamese line each (the face names the file and sheet). */
  said: string[];
};

/** The answer a unit typed under a flag, when its row reads (an unreadable date: not taken, said). */
function answerOf(trail: CouncilDecision | UnreadDecision): Explanation | 'unreadable' | undefined {
  if ('decision' in trail) return trail.explanation;
  const row: TypedReviewRow | undefined = trail.explanation;
  if (!row?.comment) return undefined;
  const date = row.date === '' ? '' : parseDateText(row.date);
  return date === undefined || row.notes.length > 0 ? 'unreadable' : { text: row.comment, by: row.reviewer, date };
}

const sameAnswer = (a: Explanation | undefined, b: Explanation) => a !== undefined && a.text === b.text && a.by === b.by && a.date === b.date;
const stateOf = (d: CouncilDecision | undefined) => (d ? `«${DECISION_LABEL[finalDecision(d)]}»` : 'chưa quyết định');

/** `unit`: the «Rà soát» of a unit's workbook as read; `council`: the council's review the run applies. */
export function unitsExplanations(council: TypedReview, unit: TypedReview): UnitReview {
  const decisions = new Map(council.decisions.map((d) => [flagOfUnit(d), d]));
  // Held as typed; a flag only awaiting its decision is undecided, not misread.
  const held = new Set(council.unread.filter((u) => !awaitsDecision(u)).map(flagOfUnit));
  const explained: CouncilDecision[] = [];
  const said: string[] = [];
  for (const trail of [...unit.decisions, ...unit.unread]) {
    const key = flagOfUnit(trail);
    const ours = decisions.get(key);
    const flag = `cảnh báo «${flagTitle(trail.flagCode)}»${trail.cell ? ` ô ${trail.cell}` : ''} của ${trail.unitName}`;
    if ('decision' in trail && (trail.decision !== ours?.decision || trail.second?.decision !== ours?.second?.decision)) {
      said.push(`${flag}: ghi quyết định ${stateOf(trail)}, không áp — chỉ Hội đồng quyết định (tong-hop.xlsx); quyết định của Hội đồng: ${stateOf(ours)}.`);
    }
    const answer = answerOf(trail);
    if (answer === undefined || (answer !== 'unreadable' && sameAnswer(ours?.explanation, answer))) continue;
    if (answer === 'unreadable') said.push(`${flag}: giải trình của đơn vị có ngày không đọc được, chưa ghi nhận.`);
    else if (ours?.decision === 'explain' && !ours.second) {
      const taken = { ...ours, explanation: answer };
      decisions.set(key, taken);
      explained.push(taken);
    } else {
      const why = held.has(key) ? 'quyết định của Hội đồng về cảnh báo này chưa đọc được' : !ours ? 'Hội đồng chưa yêu cầu giải trình cảnh báo này' : ours.second ? 'Hội đồng đã quyết định lần 2' : 'Hội đồng không yêu cầu giải trình';
      said.push(`${flag}: giải trình của đơn vị chưa được ghi nhận (${why}).`);
    }
  }
  return { review: { decisions: [...decisions.values()], unread: council.unread }, explained, said };
}

// Made for issue 35 item 1: decisions have an owner — a unit's returned copy explains, the council decides.
