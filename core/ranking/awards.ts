// Đề xuất khen thưởng (award proposals) for one review round: forms tried highest level first (trung ương ›
// tỉnh › huyện › xã) whatever order the set lists them; a unit gets at most one, the highest it qualifies
// for within quota, and also the form the set says that one also gives («Đồng thời tặng»; a unit reaching a later
// form with no number but proposed for one that does not give it has that form on its row, alsoReaches); a form whose plan gives no number is never proposed automatically — its qualifying
// units are listed as eligible for the council. Every unit considered gets a row saying why or why not.
import { decisionKey } from '../council/merge.js';
import type { CouncilDecision } from '../council/decision.js';
import { rejectionsOf } from './council-effect.js';
import type { AwardForm, AwardRound, CriteriaSet } from '../criteria/schema.js';
import { quotaText } from '../criteria/sheet/quota-text.js';
import { subjectWord } from '../criteria/kinds.js';
import { gateMet } from '../scoring/classify.js';
import { formatNumber } from '../criteria/rules/reason.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { isForReport, unnamedUnit } from '../scoring/score.js';
import { classificationText, sanctionForCouncil } from '../scoring/sanction.js';
import { recordedText } from '../scoring/total-text.js';
import { compareCards } from './rank.js';
import { defaultRound, formsForRound } from './rounds.js';
import type { AwardProposal } from './schema.js';
import { placesText, quotaPlaces, shareText, subjectCovers, subjectText } from './quota-places.js';

/** How the unreviewed-errors note starts, on proposed and not-proposed rows alike. */
export const UNREVIEWED_NOTE_PREFIX = 'lưu ý (không chặn đề xuất): ';

/** `on`: the day the round is scored, which decides whether a district form exists (rounds.ts hasDistrictLevel). */
export type AwardOptions = { decisions?: readonly CouncilDecision[]; round?: AwardRound; on?: string };

export function proposeAwards(set: CriteriaSet, cards: readonly ScoreCard[], opts: AwardOptions = {}): AwardProposal[] {
  const decisions = opts.decisions ?? [];
  const order = compareCards(set);
  /** Each unit proposed so far, with the form and its row. */
  const awarded = new Map<ScoreCard, AwardForm>();
  const ownRow = new Map<ScoreCard, AwardProposal>();
  const proposals: AwardProposal[] = [];

  for (const form of formsForRound(set, opts.round ?? defaultRound(set), opts.on)) {
    const row = (card: ScoreCard, status: Pick<AwardProposal, 'proposed' | 'eligible'>, reason: string): AwardProposal => {
      // The table's sanction words thidua does not apply itself, on every row of the unit, as the open errors are.
      const council = sanctionForCouncil(card);
      // A bonus the set records beside the total decides nothing here, but the council reading the list sees it.
      const note = [recordedText(card), unresolvedErrors(card, decisions), ...(council ? [`${UNREVIEWED_NOTE_PREFIX}${council}`] : [])].filter((n) => n !== undefined).join('; ') || undefined;
      return {
        form: form.id,
        formLabel: form.label,
        sheet: card.sheet,
        ...(card.file !== undefined ? { file: card.file } : {}),
        unitName: card.unitName,
        unitKind: card.unitKind,
        ...status,
        reason: note ? `${reason}; ${note}` : reason,
      };
    };
    // A unit proposed for a form that also gives this one («Đồng thời tặng») is considered again; any other unit
    // proposed already is not, and one reaching this form is said so on its own row (alsoReaches), never left out silently.
    const carried = (c: ScoreCard) => awarded.get(c)?.alsoGives?.form === form.id;
    const open = cards.filter((c) => !awarded.has(c) || carried(c));
    const also = (c: ScoreCard) => (carried(c) ? `; đã được đề nghị ${awarded.get(c)!.label}, bộ tiêu chí ghi «Đồng thời tặng» ${form.label}` : '');
    // Said only where the plan gives no number (a title everyone reaching it is listed for): a quota's places go to
    // units not proposed yet, one form a unit.
    for (const card of form.quotas.length === 0 ? awarded.keys() : []) {
      if (carried(card) || eligibilityBlockers(set, form, card, decisions).length > 0) continue;
      const own = ownRow.get(card)!;
      own.alsoReaches = [...(own.alsoReaches ?? []), form.id];
    }

    if (form.quotas.length === 0) {
      // The plan gives no number: the council decides; qualifying units are listed, none is proposed.
      for (const card of [...open].sort(order)) {
        const blocked = eligibilityBlockers(set, form, card, decisions);
        proposals.push(
          blocked.length > 0
            ? row(card, { proposed: false, eligible: false }, `Không đủ điều kiện: ${blocked.join('; ')}`)
            : row(
                card,
                { proposed: false, eligible: true },
                `Đủ điều kiện: ${achievement(form, card)}${also(card)} — kế hoạch không nêu số lượng${form.source ? ` (${form.source})` : ''}, Hội đồng quyết định`,
              ),
        );
      }
      continue;
    }

    const pools = form.quotas.map((quota) => ({ quota, cards: [] as ScoreCard[] }));
    // Carried beyond the quota where the set says so: proposed as their own form's holders, taking no place.
    const beyond = (c: ScoreCard) => carried(c) && !awarded.get(c)!.alsoGives!.withinQuota;
    for (const card of open.filter(beyond).sort(order)) {
      const blocked = eligibilityBlockers(set, form, card, decisions);
      proposals.push(
        blocked.length > 0
          ? row(card, { proposed: false, eligible: false }, `Không đề xuất: ${blocked.join('; ')}`)
          : row(card, { proposed: true, eligible: false }, `Đề xuất: ${achievement(form, card)}${also(card)} (ngoài chỉ tiêu)`),
      );
    }
    // A unit counts against the first quota of the form that covers its kind; one none covers has no place in the form.
    const placeless: ScoreCard[] = [];
    for (const card of open.filter((c) => !beyond(c))) (pools.find((p) => subjectCovers(set, p.quota.subject, card.unitKind))?.cards ?? placeless).push(card);

    for (const { quota, cards: pool } of pools) {
      const sorted = [...pool].sort(order);
      const blockers = new Map(sorted.map((c) => [c, eligibilityBlockers(set, form, c, decisions)]));
      const eligible = sorted.filter((c) => blockers.get(c)!.length === 0);
      // A share of the units the run ranks, or of those reaching another form (quota-places.ts): the figure, its base
      // and its rounding in each row's words.
      const counted = quotaPlaces(set, quota, cards, (id, c) => reachesForm(set, id, c, decisions));
      const places = placesWithinQuota(eligible, order, counted.max);
      const figure = `${counted.max}${counted.share ? ` (${shareText(counted.share, counted.max, subjectText(set, quota.subject))})` : ''}`;

      for (const card of sorted) {
        const blocked = blockers.get(card)!;
        const place = places.get(card);
        if (blocked.length > 0) proposals.push(row(card, { proposed: false, eligible: false }, `Không đề xuất: ${blocked.join('; ')}`));
        else if (place?.within) {
          const proposed = row(card, { proposed: true, eligible: false }, `Đề xuất: ${achievement(form, card)}${also(card)}, hạng ${place.rank} — trong chỉ tiêu ${placesText(counted, subjectText(set, quota.subject))}`);
          if (!awarded.has(card)) {
            awarded.set(card, form);
            ownRow.set(card, proposed);
          }
          proposals.push(proposed);
        } else if (place?.tied) {
          proposals.push(
            row(card, { proposed: false, eligible: false }, `Không đề xuất: đồng hạng ${place.rank} với ${place.tied} đơn vị khác, vượt chỉ tiêu ${figure} — Hội đồng xem xét`),
          );
        } else {
          proposals.push(row(card, { proposed: false, eligible: false }, `Không đề xuất: ngoài chỉ tiêu (hạng ${place?.rank ?? '?'}, chỉ tiêu ${figure})`));
        }
      }
    }
    // «Xét khen thưởng» lists every unit for every form: one the plan gives no place is said so after the ranked
    // (the Bằng khen's «tập thể: 30%» left the example's two individuals, one Xuất sắc 96 %, off it with no word).
    for (const card of placeless.sort(order)) proposals.push(row(card, { proposed: false, eligible: false }, `Không đề xuất: ${noPlaceText(set, form, card.unitKind)!}`));
  }
  return proposals;
}

/**
 * «kế hoạch chỉ nêu chỉ tiêu «tập thể: 30%» (KH Ta Ma 6/2023, mục IV.1, IV.3.1), không có chỉ tiêu cho cá nhân»: the
 * quotas as the «Tiêu chí» cell holds them, where the plan says them, and the unit's kind none of them covers — by
 * its own label where a quota names a kind like it (a quota for «Cơ quan» says nothing of «Thôn» as «tập thể» would).
 * Undefined where a quota covers the kind, or the plan gives no number.
 */
export function noPlaceText(set: CriteriaSet, form: AwardForm, unitKind: string | null): string | undefined {
  if (form.quotas.length === 0 || form.quotas.some((q) => subjectCovers(set, q.subject, unitKind))) return undefined;
  const kind = set.subjectKinds.find((k) => k.id === unitKind);
  const namesLike = form.quotas.some((q) => set.subjectKinds.some((k) => k.id === q.subject && k.collective === kind?.collective));
  const whom = !kind ? 'đơn vị chưa rõ loại' : namesLike ? kind.label : subjectWord(kind);
  const quotas = form.quotas.map((q) => `«${quotaText(set, q)}»`).join(', ');
  return `kế hoạch chỉ nêu chỉ tiêu ${quotas} (${form.source || 'cột «Chỉ tiêu», trang «Tiêu chí»'}), không có chỉ tiêu cho ${whom}`;
}

/** The gate criteria of the form that concern the unit (applicable and assigned) and those it meets. */
function gatesOf(form: AwardForm, card: ScoreCard): { applicable: string[]; unmet: string[] } {
  const byCode = new Map(card.criteria.map((c) => [c.code, c]));
  const applicable = form.gateCriteria.filter((code) => {
    const s = byCode.get(code);
    return s !== undefined && s.status !== 'not_applicable' && s.status !== 'not_assigned';
  });
  return { applicable, unmet: applicable.filter((code) => !gateMet(byCode.get(code)!)) };
}

/** "Xuất sắc 96,5%, đạt 4/4 tiêu chí bắt buộc". */
function achievement(form: AwardForm, card: ScoreCard): string {
  const { applicable, unmet } = gatesOf(form, card);
  const band = `${classificationText(card)} ${formatNumber(card.percent)}%`;
  return applicable.length > 0 ? `${band}, đạt ${applicable.length - unmet.length}/${applicable.length} tiêu chí bắt buộc` : band;
}

/**
 * Whether the unit reaches the form (by id) in this run, after the council's decisions: the one test every count of a
 * form's holders takes (a quota that is a share of them: quota-places.ts). `decisions` always given, the proposals'
 * own: a card scored before a rejection was typed does not carry it, and a count without them is another count.
 */
export function reachesForm(set: CriteriaSet, formId: string, card: ScoreCard, decisions: readonly CouncilDecision[]): boolean {
  const form = set.awards.forms.find((f) => f.id === formId);
  return form !== undefined && eligibilityBlockers(set, form, card, decisions).length === 0;
}

/**
 * Why the council's rejections keep the unit from every form, in Vietnamese; undefined when they do not (the set
 * withdraws the points instead, or nothing of the unit's was rejected).
 */
export function refusedByCouncil(set: CriteriaSet, card: ScoreCard, decisions: readonly CouncilDecision[]): string | undefined {
  if (set.council.onRejectedFigure !== 'exclude_from_awards') return undefined;
  // From the card (scored with the decisions) and from the decisions themselves (cards scored without them);
  // a rejection with no figure behind it (late, duplicate…) is recorded only and excludes nothing.
  // Named by their titles, as the chairman reads them (a code is the unit's sheet's, not the council's).
  const rejected = new Set(card.criteria.filter((c) => c.status === 'rejected').map((c) => `«${c.title}»`));
  for (const { criterion } of rejectionsOf(card, decisions).onFigures) rejected.add(`«${criterion.title}»`);
  return rejected.size > 0 ? `Hội đồng bác số liệu tiêu chí ${[...rejected].join(', ')}` : undefined;
}

/** Why the unit cannot have this form, in Vietnamese; empty when it is eligible. Only council rejections exclude. */
function eligibilityBlockers(set: CriteriaSet, form: AwardForm, card: ScoreCard, decisions: readonly CouncilDecision[]): string[] {
  const refused = refusedByCouncil(set, card, decisions);
  const blockers: string[] = refused === undefined ? [] : [refused];

  const bands = set.classification.map((b) => b.id);
  const needed = bands.indexOf(form.minClassification);
  const minLabel = set.classification[needed]?.label ?? form.minClassification;
  if (!card.classification) blockers.push(`chưa xếp loại (${formatNumber(card.percent)}%), cần tối thiểu ${minLabel}`);
  else if (needed >= 0 && bands.indexOf(card.classification.id) > needed) {
    // A band the table's sanctions set says why beside it: «xếp loại Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)».
    const why = card.sanction?.why ? `; ${card.sanction.why}` : '';
    blockers.push(`xếp loại ${card.classification.label} (${formatNumber(card.percent)}%${why}) thấp hơn mức tối thiểu ${minLabel}`);
  }
  if (card.sanction?.noAward) blockers.push(`không xét khen thưởng: bị trừ điểm mục ${card.sanction.by.filter((s) => s.noAward).map((s) => s.code).join(', ')}, chế tài của bảng`);

  const { unmet } = gatesOf(form, card);
  if (unmet.length > 0) blockers.push(`chưa đạt tiêu chí bắt buộc ${unmet.join(', ')}`);
  // No one to write on the certificate until the report names the unit.
  if (card.unitName === unnamedUnit(card.sheet)) blockers.push('báo cáo chưa ghi tên đơn vị');
  return blockers;
}

type Place = { rank: number; within: boolean; tied?: number };

/**
 * Competition ranks among the eligible units and whether each fits the quota. Units equal after every
 * tie-break that straddle the quota's edge are left to the council rather than picked by input order.
 */
function placesWithinQuota(eligible: ScoreCard[], order: (a: ScoreCard, b: ScoreCard) => number, max: number): Map<ScoreCard, Place> {
  const places = new Map<ScoreCard, Place>();
  let i = 0;
  while (i < eligible.length) {
    let j = i + 1;
    while (j < eligible.length && order(eligible[i]!, eligible[j]!) === 0) j++;
    const group = eligible.slice(i, j);
    const within = j <= max;
    const straddles = !within && i < max;
    for (const card of group) places.set(card, { rank: i + 1, within, ...(straddles ? { tied: group.length - 1 } : {}) });
    i = j;
  }
  return places;
}

/**
 * "lưu ý: còn 2 cảnh báo lỗi chưa được Hội đồng xem xét", when error flags have no council decision. Such flags
 * never block a proposal (the council reviews them before proposing); the note reads the same on every row.
 */
function unresolvedErrors(card: ScoreCard, decisions: readonly CouncilDecision[]): string | undefined {
  const decided = new Set(decisions.filter((d) => isForReport(d, card, card.unitName)).map(decisionKey));
  const open = card.flags.filter(
    (f) => f.severity === 'error' && !decided.has(decisionKey({ sheet: f.sheet, flagCode: f.code, ...(f.cell !== undefined ? { cell: f.cell } : {}) })),
  ).length;
  return open > 0 ? `${UNREVIEWED_NOTE_PREFIX}còn ${open} cảnh báo lỗi chưa được Hội đồng xem xét` : undefined;
}
