// Tổng điểm tự chấm không khớp: the sheet's own arithmetic of self-scores — the «Tổng cộng» row, a roman-numeral
// group, or an item over its sub-items («3» over «3.a», «3.b») states a sum other than that of the self-scores it adds up
// (a total typed by hand, a SUM over the wrong rows).
import type { ReportCell } from '../sheet/cell.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { pointsNumber } from '../scoring/classify.js';
import { planOf } from '../scoring/set-plan.js';
import { cellMessage, defineCheck, type FlagDraft } from './define.js';

export default defineCheck({
  id: 'self-score-total',
  severity: 'warning',
  title: 'Tổng điểm tự chấm không khớp',
  titleEn: 'Self-scores do not add up to the total',
  description:
    'Dòng «Tổng cộng», một nhóm (I, II…), hoặc một mục có các mục con, ghi tổng điểm tự chấm khác tổng điểm tự chấm các dòng nó cộng (cộng tay sai, hoặc công thức cộng sai dòng).',
  run({ report, set }) {
    // Most sheets state no sum of self-scores: nothing to add up, nothing made.
    if (!report.selfScoreSubtotals?.length && !report.selfScoreTotal) return [];
    const selfScore = (code: (c: string) => boolean) =>
      report.rows.reduce((s, r) => {
        const points = code(String(r.code.raw)) ? pointsNumber(r.selfScore) : undefined;
        return s + (typeof points === 'number' ? points : 0);
      }, 0);
    const flags: FlagDraft[] = [];
    const compare = (stated: ReportCell, sum: number, what: string, parts: string) => {
      if (stated.value.kind !== 'number' || Math.abs(sum - stated.value.value) < 1e-6) return;
      flags.push({
        message: cellMessage(stated.address, `${what} ghi ${formatNumber(stated.value.value)} điểm tự chấm, nhưng cộng điểm tự chấm ${parts} được ${formatNumber(sum)}`),
        cell: stated.address,
        details: { stated: stated.value.value, sum },
      });
    };
    for (const { code, cell, parts } of report.selfScoreSubtotals ?? []) {
      // An item scored as one (its sub-rows its levels, deductions or own lines) states its own score, not a sum.
      // Which codes those are is the set's alone, worked out once (planOf), not over every criterion for every subtotal.
      if (planOf(set).scoredAsOne.has(code)) continue;
      if (parts) compare(cell, selfScore((c) => parts.includes(c)), `nhóm ${code}`, 'các tiêu chí trong nhóm');
      else compare(cell, selfScore((c) => c.startsWith(`${code}.`)), `mục ${code}`, 'các mục con');
    }
    if (report.selfScoreTotal) compare(report.selfScoreTotal, selfScore(() => true), 'dòng «Tổng cộng»', 'các tiêu chí');
    return flags;
  },
});

// Made for: all-in-one scoring sheets and report forms whose «Tổng cộng» row and items sum the «Điểm tự chấm»
// column (DOMAIN.md §8), typed by hand or by SUM formulas.
