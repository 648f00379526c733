// Xếp hạng (ranking) per subject kind: by percentage, then the set's tie-breaks in their written order.
// Units still equal after every tie-break share a rank (1, 1, 3).
import type { CriteriaSet, TieBreak } from '../criteria/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import type { RankEntry, Ranking } from './schema.js';

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

/** The first key that tells two cards apart, with its verdict (< 0: a first); undefined when they are equal. */
function separate(set: CriteriaSet, a: ScoreCard, b: ScoreCard): { key: TieBreak; order: number } | undefined {
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

/** Sorted cards with their competition rank and the tie-break that set each apart from the one above. */
export function rankCards(set: CriteriaSet, cards: readonly ScoreCard[]): { card: ScoreCard; rank: number; tieBrokenBy?: TieBreak }[] {
  const sorted = [...cards].sort(compareCards(set));
  const out: { card: ScoreCard; rank: number; tieBrokenBy?: TieBreak }[] = [];
  sorted.forEach((card, i) => {
    const above = out[i - 1];
    if (!above) return void out.push({ card, rank: 1 });
    const split = separate(set, above.card, card);
    if (!split) return void out.push({ card, rank: above.rank });
    out.push({ card, rank: i + 1, ...(split.key !== 'percent' ? { tieBrokenBy: split.key } : {}) });
  });
  return out;
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
      entries: rankCards(set, members).map(({ card, rank, tieBrokenBy }): RankEntry => ({
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
      })),
    }));
}
