// Xếp hạng (ranking) per subject kind: by classification (xếp loại) first — a lower band never above a higher one, as
// officers rank —, then by percentage, then the set's tie-breaks in their written order. Units still equal after every
// tie-break share a rank (1, 1, 3). Bands follow the percentage but where the table's sanctions cap or lower a unit's
// band: such a unit keeps its points and stands under the band's others, and its entry names whom it stands under.
import type { CriteriaSet, TieBreak } from '../criteria/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import type { RankEntry, Ranking } from './schema.js';
import { bandWithWhy } from '../scoring/sanction.js';

/** Label of the group of units whose `Loại đơn vị` the set does not know. */
export const UNKNOWN_KIND_LABEL = 'Chưa xác định loại';

/** How a tie-break reads in the ranking ("tách hạng nhờ: tổng điểm cao hơn"). */
export const TIE_BREAK_TEXT: Record<TieBreak, string> = {
  percent: 'tỷ lệ điểm cao hơn',
  total: 'tổng điểm cao hơn',
  gates_met: 'đạt nhiều tiêu chí bắt buộc hơn',
  fewer_flags: 'ít cảnh báo hơn',
  earlier_submission: 'nộp sớm hơn',
  name: 'theo tên',
};

type CardOrder = (a: ScoreCard, b: ScoreCard) => number;

const BY: Record<TieBreak, CardOrder> = {
  percent: (a, b) => b.percent - a.percent,
  total: (a, b) => b.total - a.total,
  gates_met: (a, b) => b.gatesMet - a.gatesMet,
  fewer_flags: (a, b) => a.flags.length - b.flags.length,
  // A unit without a submission date comes after those with one.
  earlier_submission: (a, b) =>
    a.submittedAt === b.submittedAt ? 0 : a.submittedAt === null ? 1 : b.submittedAt === null ? -1 : a.submittedAt < b.submittedAt ? -1 : 1,
  name: (a, b) => a.unitName.localeCompare(b.unitName, 'vi'),
};

/** The percentage first, then the set's tie-breaks in order. */
function keys(set: CriteriaSet): TieBreak[] {
  return ['percent', ...set.awards.tieBreaks.filter((k) => k !== 'percent')];
}

/** A card's band by its place in the set's bands (best first); a card with none after every band. */
function bandPlace(set: CriteriaSet, card: ScoreCard): number {
  const i = set.classification.findIndex((b) => b.id === card.classification?.id);
  return i < 0 ? set.classification.length : i;
}

/** The first key that tells two cards apart, with its verdict (< 0: a first); undefined when they are equal. */
function separate(set: CriteriaSet, a: ScoreCard, b: ScoreCard): { key: TieBreak | 'classification'; order: number } | undefined {
  const band = bandPlace(set, a) - bandPlace(set, b);
  if (band !== 0) return { key: 'classification', order: band };
  for (const key of keys(set)) {
    const order = BY[key](a, b);
    if (order !== 0) return { key, order };
  }
  return undefined;
}

/** Best first, by the set's rules; equal cards keep their input order. */
export function compareCards(set: CriteriaSet): CardOrder {
  return (a, b) => separate(set, a, b)?.order ?? 0;
}

type Ranked = { card: ScoreCard; rank: number; tieBrokenBy?: TieBreak; under?: string[] };

/**
 * Sorted cards with their competition rank, the tie-break that set each apart from the one above, and — for a card
 * whose band the sanctions set — the cards ranked above it with a lower percentage (`under`).
 */
export function rankCards(set: CriteriaSet, cards: readonly ScoreCard[]): Ranked[] {
  const sorted = [...cards].sort(compareCards(set));
  const out: Ranked[] = [];
  sorted.forEach((card, i) => {
    const above = out[i - 1];
    // Only a sanction puts a card under a lower percentage: asked of those cards alone.
    const under = card.sanction ? sorted.slice(0, i).filter((c) => c.percent < card.percent).map((c) => c.unitName) : [];
    const why = under.length > 0 ? { under } : {};
    if (!above) return void out.push({ card, rank: 1, ...why });
    const split = separate(set, above.card, card);
    if (!split) return void out.push({ card, rank: above.rank, ...why });
    out.push({ card, rank: i + 1, ...(split.key !== 'percent' && split.key !== 'classification' ? { tieBrokenBy: split.key } : {}), ...why });
  });
  return out;
}

/** Names at most in the line that says why a unit stands under others, then how many more. */
const UNDER_NAMED = 3;

/**
 * Why a unit stands under units of a lower percentage, as every face says it beside its band: «xếp sau Hoàng Thị Thu
 * dù tỷ lệ điểm cao hơn (xếp hạng theo xếp loại trước, điểm sau)»; undefined for a unit that stands by its points.
 */
export function standingText(entry: Pick<RankEntry, 'under'>): string | undefined {
  const under = entry.under ?? [];
  if (under.length === 0) return undefined;
  const named = under.length > UNDER_NAMED ? `${under.slice(0, UNDER_NAMED).join(', ')} và ${under.length - UNDER_NAMED} đơn vị khác` : under.join(', ');
  return `xếp sau ${named} dù tỷ lệ điểm cao hơn (xếp hạng theo xếp loại trước, điểm sau)`;
}

/** A ranked unit's band as the ranking says it on every face: with why the sanctions set it, and why it stands where it does. */
export function rankedBandText(entry: Pick<RankEntry, 'classification' | 'sanction' | 'under'>, none = 'chưa xếp loại'): string {
  const standing = standingText(entry);
  return `${bandWithWhy(entry.classification ?? none, entry.sanction)}${standing ? `, ${standing}` : ''}`;
}

export function rank(set: CriteriaSet, cards: readonly ScoreCard[]): Ranking {
  const known = new Map(set.subjectKinds.map((k) => [k.id, k.label]));
  // Groups in the set's order of kinds, then kinds the set does not know, then units of unknown kind.
  const groups = [...set.subjectKinds.map((k) => k.id as string | null)];
  for (const card of cards) if (!groups.includes(card.unitKind)) groups.push(card.unitKind);
  groups.sort((a, b) => (a === null ? 1 : 0) - (b === null ? 1 : 0));

  return groups
    .map((kind) => ({ kind, members: cards.filter((c) => c.unitKind === kind) }))
    .filter((g) => g.members.length > 0)
    .map(({ kind, members }) => ({
      kind,
      kindLabel: kind === null ? UNKNOWN_KIND_LABEL : (known.get(kind) ?? kind),
      entries: rankCards(set, members).map(({ card, rank, tieBrokenBy, under }): RankEntry => ({
        rank,
        sheet: card.sheet,
        ...(card.file !== undefined ? { file: card.file } : {}),
        unitName: card.unitName,
        unitKind: card.unitKind,
        total: card.total,
        percent: card.percent,
        classification: card.classification?.label ?? null,
        ...(card.sanction?.why ? { sanction: card.sanction.why } : {}),
        ...(tieBrokenBy ? { tieBrokenBy: TIE_BREAK_TEXT[tieBrokenBy] } : {}),
        ...(under ? { under } : {}),
      })),
    }));
}
