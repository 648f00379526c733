// Báo cáo trùng (duplicate reports): the same unit (same name and kind, whatever the case, spacing and
// diacritics) reported twice in one run — a corrected `ban-x (1).xlsx` beside the first is the usual way.
// Both are flagged; only one is ranked: the later Ngày nộp, else the later file time, else the first read.
import type { Flag } from '../checks/flag.js';
import { DUPLICATE_REPORT } from '../checks/run-flags.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { normalizeLabel } from '../text.js';
import { formatDateVi } from '../values.js';


/** One unit reported more than once: the report ranked, the others, and why that one. */
export type DuplicateGroup = { unitName: string; kept: ScoreCard; dropped: ScoreCard[]; why: string };

/** "tệp ban-x.xlsx, trang «Báo cáo»" or "trang «Báo cáo»". */
export function whereReported(card: Pick<ScoreCard, 'file' | 'sheet'>): string {
  return card.file ? `tệp ${card.file}, trang «${card.sheet}»` : `trang «${card.sheet}»`;
}

/**
 * The cards with every duplicate flagged, the cards to rank (one per unit), and the groups.
 * `fileTime` gives a card's file modification time (ms) when the caller knows it (the command line);
 * `scope` keeps apart units that only share a name (a province run: one folder per commune).
 */
export function markDuplicates(
  cards: readonly ScoreCard[],
  fileTime: (card: ScoreCard) => number | undefined = () => undefined,
  scope: (card: ScoreCard) => string = () => '',
): { cards: ScoreCard[]; ranked: ScoreCard[]; groups: DuplicateGroup[] } {
  const byUnit = new Map<string, ScoreCard[]>();
  for (const card of cards) {
    const key = `${scope(card)}\u0000${normalizeLabel(card.unitName)}\u0000${card.unitKind ?? ''}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), card]);
  }
  const groups: DuplicateGroup[] = [];
  const flagsOf = new Map<ScoreCard, Flag>();
  for (const same of byUnit.values()) {
    if (same.length < 2 || normalizeLabel(same[0]!.unitName) === '') continue;
    const { kept, why } = choose(same, fileTime);
    const dropped = same.filter((c) => c !== kept);
    groups.push({ unitName: kept.unitName, kept, dropped, why });
    const message = `Đơn vị «${kept.unitName}» có ${same.length} báo cáo (${same.map(whereReported).join('; ')}): chỉ xếp hạng bản ở ${whereReported(kept)} — ${why}.`;
    for (const card of same) flagsOf.set(card, { code: DUPLICATE_REPORT, severity: 'warning', sheet: card.sheet, message });
  }
  const marked = cards.map((c) => (flagsOf.has(c) ? { ...c, flags: [flagsOf.get(c)!, ...c.flags] } : c));
  const droppedCards = new Set(groups.flatMap((g) => g.dropped));
  return { cards: marked, ranked: marked.filter((_, i) => !droppedCards.has(cards[i]!)), groups: groups.map((g) => remap(g, cards, marked)) };
}

function choose(same: ScoreCard[], fileTime: (card: ScoreCard) => number | undefined): { kept: ScoreCard; why: string } {
  const dated = same.filter((c) => c.submittedAt !== null);
  const latestDay = dated.map((c) => c.submittedAt!).sort().at(-1);
  const onLatestDay = latestDay === undefined ? [] : dated.filter((c) => c.submittedAt === latestDay);
  if (onLatestDay.length === 1 && dated.length > 1) return { kept: onLatestDay[0]!, why: `Ngày nộp muộn hơn (${formatDateVi(latestDay!)})` };
  const pool = onLatestDay.length > 1 ? onLatestDay : same;
  const times = pool.map((c) => fileTime(c));
  if (times.every((t) => t !== undefined) && new Set(times).size === pool.length) {
    const latest = Math.max(...times.map((t) => t!)); // `pool` holds a unit's few reports, never unbounded
    return { kept: pool[times.indexOf(latest)]!, why: 'tệp được lưu sau cùng' };
  }
  return { kept: pool[0]!, why: 'không phân biệt được bằng Ngày nộp hay thời gian lưu tệp, lấy bản đọc trước' };
}

/** The group with the flagged copies of its cards. */
function remap(g: DuplicateGroup, before: readonly ScoreCard[], after: readonly ScoreCard[]): DuplicateGroup {
  const to = (c: ScoreCard) => after[before.indexOf(c)]!;
  return { ...g, kept: to(g.kept), dropped: g.dropped.map(to) };
}
