// Chưa nộp (not submitted): a unit's sheet that came back as the blank template — not one figure, self-score
// or piece of evidence typed. It is listed as «Chưa nộp», never ranked at 0 % «Chưa đạt» nor proposed.
import type { ScoreCard } from '../scoring/score-card.js';

export function notSubmitted(card: ScoreCard): boolean {
  const asked = card.criteria.filter((c) => c.status !== 'not_applicable');
  return asked.length > 0 && asked.every((c) => c.status === 'missing' && c.selfScore === null);
}
