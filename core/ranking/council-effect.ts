// What a council decision does to a unit's score. «Bác số liệu» acts on a figure: the criterion the
// flag is about (by its code, or the row of its cell) loses its points or keeps the unit from awards,
// as the set's council policy says. A flag with no figure behind it — a late submission, a duplicate
// report, a unit off the roster, missing metadata — has nothing to withdraw: the decision is recorded
// and said to be so, and the score stays.
import { codeKey } from '../scoring/classify.js';
import type { CriterionScore, ScoreCard } from '../scoring/score-card.js';
import { isForReport } from '../scoring/score.js';
import { classificationText } from '../scoring/sanction.js';
import { totalText } from '../scoring/total-text.js';
import { parseAddress } from '../text.js';
import { formatNumberVi } from '../values.js';
import type { CouncilPolicy } from '../criteria/schema.js';
import { finalDecision, reviewState, type CouncilDecision } from '../council/decision.js';

/** The scored criterion a decision is about, when there is one (none for a flag on the report as a whole or its metadata). */
export function decidedCriterion(decision: Pick<CouncilDecision, 'criterion' | 'cell'>, card: Pick<ScoreCard, 'criteria'>): CriterionScore | undefined {
  if (decision.criterion) {
    const key = codeKey(decision.criterion);
    const byCode = card.criteria.find((c) => codeKey(c.code) === key);
    if (byCode) return byCode;
  }
  const row = decision.cell ? parseAddress(decision.cell)?.row : undefined;
  return row === undefined ? undefined : card.criteria.find((c) => c.row === row);
}

/** A unit's «Bác số liệu» decisions: on a figure (points withdrawn or awards excluded), or recorded only. */
export type Rejections = { onFigures: { decision: CouncilDecision; criterion: CriterionScore }[]; recordedOnly: CouncilDecision[] };

export function rejectionsOf(card: ScoreCard, decisions: readonly CouncilDecision[]): Rejections {
  const out: Rejections = { onFigures: [], recordedOnly: [] };
  for (const decision of decisions) {
    if (finalDecision(decision) !== 'reject' || !isForReport(decision, card, card.unitName)) continue;
    const criterion = decidedCriterion(decision, card);
    if (criterion) out.onFigures.push({ decision, criterion });
    else out.recordedOnly.push(decision);
  }
  return out;
}

/** Units by what the council's rejections did to them, for the summary's sentence about them. */
export function rejectedUnits(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[]): { onFigures: string[]; recordedOnly: string[] } {
  const onFigures = new Set<string>();
  const recordedOnly = new Set<string>();
  for (const card of cards) {
    const r = rejectionsOf(card, decisions);
    if (r.onFigures.length > 0) onFigures.add(card.unitName);
    if (r.recordedOnly.length > 0) recordedOnly.add(card.unitName);
  }
  return { onFigures: [...onFigures], recordedOnly: [...recordedOnly] };
}

/**
 * What the decision in force on a flag does to its unit, said beside the decision on every face (the page's step
 * «Rà soát», the pane): points withdrawn and the new total, awards excluded, or the score kept — read from the card
 * scored with the decision, so it says what the run did, not what it meant to.
 */
export function decisionEffect(decision: CouncilDecision, card: ScoreCard, policy: CouncilPolicy['onRejectedFigure']): string {
  const total = `${totalText(card)}${card.classification ? `, xếp loại ${classificationText(card)}` : ''}`;
  const state = reviewState(decision);
  if (state === 'awaiting-explanation') return `Chờ đơn vị giải trình; điểm chưa đổi: ${total}.`;
  if (state === 'explained') return `Đơn vị đã giải trình; chờ Hội đồng quyết định lần 2; điểm chưa đổi: ${total}.`;
  if (finalDecision(decision) === 'accept') return `Giữ số liệu đơn vị báo cáo; tổng ${total}.`;
  const criterion = isForReport(decision, card, card.unitName) ? decidedCriterion(decision, card) : undefined;
  if (!criterion || criterion.status !== 'rejected') return `Ghi nhận; cảnh báo này không gắn với số liệu nào để rút điểm; tổng giữ nguyên ${total}.`;
  if (policy === 'exclude_from_awards') return `Tiêu chí «${criterion.title}» bị bác: đơn vị không được xét khen thưởng; điểm giữ nguyên ${total}.`;
  const withdrawn = criterion.before ?? 0;
  return `Rút ${formatNumberVi(withdrawn)} điểm của tiêu chí «${criterion.title}» (${formatNumberVi(withdrawn)} → 0/${formatNumberVi(criterion.max)}); tổng nay ${total}.`;
}

// Made for issue 19: «Bác số liệu» on a late-submission flag was reported as points withdrawn while the score stayed.
