// Điểm tự chấm vượt tối đa: the unit gave itself more than the criterion's max (capped for manual, bonus and deduction criteria).
import type { Criterion } from '../criteria/schema.js';
import { formatNumber } from '../criteria/rules/reason.js';
import type { ReportedCriterion } from '../scoring/score.js';
import { cellMessage, defineCheck, figureChecked, rejectedSaid } from './define.js';

export default defineCheck({
  id: 'self-score-over-max',
  severity: 'warning',
  title: 'Điểm tự chấm vượt điểm tối đa',
  titleEn: 'Self-score above the maximum',
  description: 'Điểm tự chấm lớn hơn điểm tối đa của tiêu chí; với tiêu chí chấm thủ công, điểm cộng, điểm trừ, điểm được tính không quá điểm tối đa và cờ nói điểm được tính.',
  needs: { typed: ['selfScore'] },
  criterion(ctx, reported, flags) {
    const { criterion, score, row } = reported;
    if (score.selfScore === null || !row.selfScore || Math.abs(score.selfScore) <= score.max) return;
    flags.push({
      message: cellMessage(row.selfScore.address, overMax(reported, 'điểm tự chấm', score.selfScore, row.selfScore.address), criterion),
      cell: row.selfScore.address,
      criterion: criterion.code,
      details: { selfScore: score.selfScore, max: score.max },
    });
  },
});

/**
 * «điểm tự chấm 3 vượt điểm tối đa 2 → tính 2»: a figure typed above the criterion's maximum (`which`: the column's
 * name), and what the score computed counts; the council's verified score is held to the same words (verified-score-over-max).
 */
export function overMax(reported: ReportedCriterion, which: string, figure: number, cell: string): string {
  return `${overMaxWords(which, figure, reported.score.max, reported.criterion.rule.kind === 'deduction')}${counted(reported, cell)}`;
}

const CAPPED: readonly Criterion['rule']['kind'][] = ['manual', 'bonus', 'deduction'];

/**
 * « → tính 4», « → trừ 3 điểm»: what the score computed counts, for a kind whose points stop at the maximum; the cell
 * named when the score was not taken from the figure's cell (a verified score, a figure in «Kết quả»).
 */
function counted(reported: ReportedCriterion, cell: string): string {
  const { criterion, reading } = reported;
  // A rejected figure says what it counted before the council rejected it, and that it did.
  const score = figureChecked(reported);
  if (!score || !CAPPED.includes(criterion.rule.kind)) return '';
  const points = criterion.rule.kind === 'deduction' ? `trừ ${formatNumber(-score.points)} điểm` : `tính ${formatNumber(score.points)}`;
  const from = reading.kind === 'value' && reading.cell !== cell ? ` (theo ô ${reading.cell})` : '';
  // An item with bonus lines of its own counts what it typed above its maximum as its bonus (core/scoring/item-lines.ts).
  const asBonus = score.own?.lines.some((l) => l.code === criterion.code) ? ', phần vượt tính là điểm thưởng của mục' : '';
  return ` → ${points}${from}${asBonus}${rejectedSaid(score)}`;
}

/** A deduction beyond its cap, typed «-5» or «5» alike, is said as one: «trừ 5 điểm, quá mức trừ tối đa 3 điểm», never «-5 vượt điểm tối đa 3». */
function overMaxWords(which: string, figure: number, max: number, deduction: boolean): string {
  return deduction
    ? `${which} trừ ${formatNumber(Math.abs(figure))} điểm, quá mức trừ tối đa ${formatNumber(max)} điểm`
    : `${which} ${formatNumber(figure)} vượt điểm tối đa ${formatNumber(max)}`;
}

// Made for: units that gave themselves more than a criterion's «Điểm tối đa» on their own scoring: capped for manual
// criteria, bonus and deductions, what is counted said; flagged for all.
