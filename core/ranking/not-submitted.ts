// Chưa nộp (not submitted): a unit's sheet that came back as the blank template — not one figure, self-score
// or piece of evidence typed. It is listed as «Chưa nộp», never ranked at 0 % «Chưa đạt» nor proposed;
// said once as a flag by core/checks/blank-report.ts.
import type { CriterionScore, ScoreCard } from '../scoring/score-card.js';

/**
 * The criteria a report is asked to fill: not those that do not apply, nor a bonus or deduction line that adds or takes
 * nothing and has no self-score — left blank, it is read as none (0), so it neither shows the report filled nor keeps
 * a blank one from being said.
 */
export function askedOf(criteria: readonly CriterionScore[]): CriterionScore[] {
  return criteria.filter(asked);
}

const asked = (c: CriterionScore): boolean =>
  c.status !== 'not_applicable' && !((c.rule === 'bonus' || c.rule === 'deduction') && c.value === 0 && c.selfScore === null);

export function notSubmitted(card: Pick<ScoreCard, 'criteria'>): boolean {
  // One indexed pass, no list of the asked made: blank-report asks it of every report scored (issue 59).
  const { criteria } = card;
  let any = false;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    if (!asked(c)) continue;
    if (c.status !== 'missing' || c.selfScore !== null) return false;
    any = true;
  }
  return any;
}

// Made for the blank template sent back (core/checks/blank-report.ts); its bonus and deduction lines for the walk of
// individuals (test/cli/walk-ca-nhan-son-tra.test.ts), where a civil servant's blank Mẫu 03 was ranked at 0 % «Không
// hoàn thành nhiệm vụ» with 28 «Thiếu số liệu».
