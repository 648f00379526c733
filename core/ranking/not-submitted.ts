// Chưa nộp (not submitted): a unit's sheet that came back as the blank template — not one figure, self-score
// or piece of evidence typed. It is listed as «Chưa nộp», never ranked at 0 % «Chưa đạt» nor proposed;
// said once as a flag by core/checks/blank-report.ts.
import type { ScoreCard } from '../scoring/score-card.js';

export function notSubmitted(card: Pick<ScoreCard, 'criteria'>): boolean {
  const asked = card.criteria.filter((c) => c.status !== 'not_applicable');
  return asked.length > 0 && asked.every((c) => c.status === 'missing' && c.selfScore === null);
}
