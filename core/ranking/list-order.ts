// Thứ tự danh sách (the lists' order): collectives before individuals before households, then by band, score, rank and name — the order of
// every list the papers carry (core/papers/proposed.ts), of the posted list, and of «Rà soát» on every face, whatever
// order the files (the command line, the page) or the sheets (the pane) came in.
import { cardKey, type ScoreCard } from '../scoring/score-card.js';
import { SUBJECT_WORDS, subjectOfKind, subjectWord, type SubjectOf } from '../criteria/kinds.js';

/** What listOrder orders a unit by, as a run's record (RecordedUnit) holds it. */
export type ListedUnit = SubjectOf & { classification: string | null; percent: number; total: number; rank: number | null; unitName: string; sheet: string; file?: string | undefined };

/**
 * A run's cards in listOrder (`collective`: whether a unit kind is one): «Rà soát» lists their flags so on every face,
 * as the posted list and the papers list the units — not in the order the files (the command line, the page) or the
 * sheets (the pane) came in.
 */
export function cardsInListOrder<C extends ScoreCard>(
  cards: readonly C[],
  ranking: readonly { entries: readonly { sheet: string; file?: string | undefined; rank: number }[] }[],
  set: { classification: readonly { label: string }[]; subjectKinds: readonly (SubjectOf & { id: string })[] },
): C[] {
  const rankOf = new Map(ranking.flatMap((g) => g.entries.map((e) => [cardKey(e), e.rank] as const)));
  const unit = (c: C): ListedUnit => ({
    ...subjectOfKind(set.subjectKinds.find((k) => k.id === c.unitKind)),
    classification: c.classification?.label ?? null,
    percent: c.percent,
    total: c.total,
    rank: rankOf.get(cardKey(c)) ?? null,
    unitName: c.unitName,
    sheet: c.sheet,
    ...(c.file !== undefined ? { file: c.file } : {}),
  });
  const order = listOrder({ set: { bands: set.classification } });
  return cards.map((card) => ({ card, unit: unit(card) })).sort((a, b) => order(a.unit, b.unit)).map((x) => x.card);
}

/**
 * The order of every list the papers carry: collectives, individuals, households (SUBJECT_WORDS), then by band (a lower band never above a
 * higher one, as the ranking: a band the sanctions capped stands under the band's others), then by score (percentage,
 * then points), then by rank, then by name. It reads only the record, so the command line (units in file order) and
 * the pane (units in sheet order) write the same lists; a record that kept no bands lists by score.
 */
export function listOrder(record: { set: { bands?: readonly { label: string }[] | undefined } }): (a: ListedUnit, b: ListedUnit) => number {
  const places = new Map((record.set.bands ?? []).map((band, i) => [band.label, i]));
  const band = (u: ListedUnit) => (u.classification === null ? places.size : (places.get(u.classification) ?? places.size));
  const rank = (u: ListedUnit) => u.rank ?? Number.MAX_SAFE_INTEGER;
  const subject = (u: ListedUnit) => SUBJECT_WORDS.indexOf(subjectWord(u));
  return (a, b) =>
    subject(a) - subject(b) ||
    band(a) - band(b) ||
    b.percent - a.percent ||
    b.total - a.total ||
    rank(a) - rank(b) ||
    a.unitName.localeCompare(b.unitName, 'vi') ||
    a.sheet.localeCompare(b.sheet) ||
    (a.file ?? '').localeCompare(b.file ?? '');
}

// Made for issue 26 item 4's one order of the papers' lists, and for «Rà soát» listed by file on the command line and
// by sheet in the pane (the example commune): one order on every face.
