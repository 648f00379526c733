// Tổng điểm tự chấm không khớp: the «Tổng cộng» row states a self-score total other than the sum of the
// self-scores above it — the sheet's own arithmetic (a total typed by hand, a SUM over the wrong rows).
import { formatNumber } from '../scoring/rules/reason.js';
import { cellMessage, defineCheck } from './define.js';

export default defineCheck({
  id: 'self-score-total',
  severity: 'warning',
  title: 'Tổng điểm tự chấm không khớp',
  description: 'Dòng «Tổng cộng» ghi tổng điểm tự chấm khác tổng điểm tự chấm của các tiêu chí trên trang (cộng tay sai, hoặc công thức cộng sai dòng).',
  run({ report }) {
    const total = report.selfScoreTotal;
    if (total?.value.kind !== 'number') return [];
    const typed = report.rows.flatMap((r) => (r.selfScore?.value.kind === 'number' ? [r.selfScore.value.value] : []));
    const sum = typed.reduce((s, v) => s + v, 0);
    if (Math.abs(sum - total.value.value) < 1e-6) return [];
    return [{
      message: cellMessage(total.address, `dòng «Tổng cộng» ghi ${formatNumber(total.value.value)} điểm tự chấm, nhưng cộng điểm tự chấm các tiêu chí được ${formatNumber(sum)}`),
      cell: total.address,
      details: { stated: total.value.value, sum },
    }];
  },
});

// Made for: all-in-one scoring sheets and report forms whose «Tổng cộng» row sums the «Điểm tự chấm» column
// (DOMAIN.md §8), typed by hand or by a SUM formula.
