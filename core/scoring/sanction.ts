// The table's sanctions on a unit (Criterion.sanction, read by core/criteria/sheet/sanction.ts): a deduction whose
// words carry one, taken (its points below zero), caps the unit's band («không xếp loại Xuất sắc»), lowers it («hạ 01
// mức xếp loại») or keeps it from any award, as the table writes; what thidua cannot apply itself stays on the card
// for the council (the sanction-for-council check). Why the band is what it is is said beside it wherever it is shown
// (classificationText): the scored copy, «Tổng hợp», the ranking on screen and the proposals.
import { capText, sanctionApplied } from '../criteria/sheet/sanction.js';
import type { ClassificationBand, CriteriaSet } from '../criteria/schema.js';
import type { CardSanction, CriterionScore, ScoreCard } from './score-card.js';
import { planOf } from './set-plan.js';

/** Whether a criterion's deduction was taken on the unit: a deduction scored below zero. */
export function deductionTaken(score: Pick<CriterionScore, 'rule' | 'points' | 'status'>): boolean {
  return score.rule === 'deduction' && score.points < 0 && score.status !== 'not_applicable' && score.status !== 'not_assigned';
}

/**
 * The band after the sanctions taken on the unit, and what was taken; `band` the one its percentage reached. Caps first
 * (the lowest holds), then bands down, never below the lowest band; each said in `why` with the items that took it, and
 * on the reason of each deduction that took one.
 */
export function applySanctions(set: CriteriaSet, scores: CriterionScore[], band: ClassificationBand | undefined): { band: ClassificationBand | undefined; sanction?: CardSanction } {
  const withSanction = planOf(set).sanctioned;
  if (withSanction.size === 0) return { band };
  const by: CardSanction['by'] = [];
  for (const score of scores) {
    const criterion = withSanction.get(score.code);
    if (!criterion || !deductionTaken(score)) continue;
    const { text, cap, lower, noAward, rest } = criterion.sanction!;
    // Said on the deduction's own row too, where the officer reads how its points were taken.
    const applied = sanctionApplied(set.classification, criterion.sanction!);
    score.reason = `${score.reason}; chế tài của bảng: ${[...(applied ? [applied] : []), ...(rest !== undefined ? [`«${rest}» Hội đồng quyết định`] : [])].join('; ')}`;
    by.push({ code: score.code, text, ...(cap !== undefined && { cap }), ...(lower !== undefined && { lower }), ...(noAward && { noAward }), ...(rest !== undefined && { rest }) });
  }
  if (by.length === 0) return { band };

  const bands = set.classification;
  // The parts of why, each with the items that took it, in the order they apply.
  const parts = new Map<string, string[]>();
  const part = (what: string, code: string) => parts.set(what, [...(parts.get(what) ?? []), code]);
  let index = band ? bands.indexOf(band) : -1;
  // Of several caps the lowest holds, and only it is said (IX.7's «từ Tốt trở lên» holds over IX.8's «Xuất sắc»).
  const cap = Math.max(-1, ...by.map((s) => bands.findIndex((b) => b.id === s.cap)));
  if (cap >= 0) {
    if (index >= 0) index = Math.max(index, cap);
    for (const s of by) if (s.cap === bands[cap]!.id) part(capText(bands, s.cap), s.code);
  }
  for (const s of by) {
    if (s.lower === undefined) continue;
    if (index >= 0) index = Math.min(bands.length - 1, index + s.lower);
    part(`hạ ${s.lower} mức xếp loại`, s.code);
  }
  for (const s of by) if (s.noAward) part('không xét khen thưởng', s.code);
  const why = parts.size === 0 ? '' : `${[...parts].map(([what, codes]) => `${what} vì bị trừ điểm mục ${codes.join(', ')}`).join('; ')}, chế tài của bảng`;
  const after = index >= 0 ? bands[index] : undefined;
  return {
    band: after,
    sanction: { reached: band ? { id: band.id, label: band.label } : null, by, why, ...(by.some((s) => s.noAward) && { noAward: true as const }) },
  };
}

/** The band as every face shows it: «Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)»; `none` when unclassified. */
export function classificationText(card: Pick<ScoreCard, 'classification' | 'sanction'>, none = 'Chưa xếp loại'): string {
  return bandWithWhy(card.classification?.label ?? none, card.sanction?.why);
}

/** A band with why the table's sanctions set it, where they did: «Tốt (không xếp loại Xuất sắc vì …)»; the band alone otherwise. */
export function bandWithWhy(label: string, why: string | undefined): string {
  return why ? `${label} (${why})` : label;
}

/** The sanctions' words left to the council on a unit, one line: «chế tài mục IX.9 «tái phạm thì xếp loại Yếu»: Hội đồng quyết định»; undefined when none. */
export function sanctionForCouncil(card: Pick<ScoreCard, 'sanction'>): string | undefined {
  const left = card.sanction?.by.filter((s) => s.rest !== undefined) ?? [];
  if (left.length === 0) return undefined;
  return `chế tài ${left.map((s) => `mục ${s.code} «${s.rest}»`).join(', ')} thidua không tự áp dụng: Hội đồng quyết định`;
}

// Made for: an officer walk's commune People's Council table (Thanh Hóa, Phụ lục II): Thọ Xuân, IX.1 taken (−5), stayed
// «Xuất sắc» at 94% and was proposed for an award, though its table says «Chế tài: Không xếp loại Xuất sắc».
