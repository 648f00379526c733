// Điểm tự chấm vượt tối đa: the unit gave itself more than the criterion's max (capped for manual criteria).
import { formatNumber } from '../criteria/rules/reason.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

export default defineCheck({
  id: 'self-score-over-max',
  severity: 'warning',
  title: 'Điểm tự chấm vượt điểm tối đa',
  titleEn: 'Self-score above the maximum',
  description: 'Điểm tự chấm lớn hơn điểm tối đa của tiêu chí; với tiêu chí chấm thủ công, điểm được tính bằng điểm tối đa.',
  run(ctx) {
    const flags: FlagDraft[] = [];
    for (const { criterion, score, row } of reportedCriteria(ctx)) {
      if (score.selfScore === null || !row.selfScore || Math.abs(score.selfScore) <= score.max) continue;
      // An item with bonus lines of its own counts what it typed above its maximum as its bonus (core/scoring/item-lines.ts).
      const asBonus = score.own?.lines.some((l) => l.code === criterion.code) ? ', phần vượt tính là điểm thưởng của mục' : '';
      const capped = criterion.rule.kind === 'manual' ? ` → tính ${formatNumber(score.max)}${asBonus}` : '';
      flags.push({
        message: cellMessage(
          row.selfScore.address,
          `${overMaxWords(score.selfScore, score.max, criterion.rule.kind === 'deduction')}${capped}`,
          criterion,
        ),
        cell: row.selfScore.address,
        criterion: criterion.code,
        details: { selfScore: score.selfScore, max: score.max },
      });
    }
    return flags;
  },
});

/** A deduction beyond its cap, typed «-5» or «5» alike, is said as one: «trừ 5 điểm, quá mức trừ tối đa 3 điểm», never «-5 vượt điểm tối đa 3». */
function overMaxWords(selfScore: number, max: number, deduction: boolean): string {
  return deduction
    ? `điểm tự chấm trừ ${formatNumber(Math.abs(selfScore))} điểm, quá mức trừ tối đa ${formatNumber(max)} điểm`
    : `điểm tự chấm ${formatNumber(selfScore)} vượt điểm tối đa ${formatNumber(max)}`;
}

// Made for: units that gave themselves more than a criterion's «Điểm tối đa» on their own scoring: capped for manual
// criteria, flagged for all.
