// Điểm ghi ở cột Kết quả: a criterion scored by hand (chấm thủ công) whose unit left «Điểm tự chấm» blank and typed a
// number in «Kết quả». Scoring takes that number as the points (docs/dinh-dang-tep.md: a manual criterion's points are
// its self-score, or a number in «Kết quả»), but it is no self-score: the unit's total of self-scores leaves it out, and
// whether it is points at all — not a count or a figure of what was done — is the council's to decide. Said at the cell.
import { formatNumber, pointsOf } from '../criteria/rules/reason.js';
import { fieldAddress } from '../scoring/classify.js';
import { cellMessage, defineCheck, figureChecked, rejectedSaid } from './define.js';

export default defineCheck({
  id: 'points-in-result',
  severity: 'warning',
  title: 'Điểm ghi ở cột Kết quả',
  titleEn: 'Points typed in the result column',
  description:
    'Tiêu chí chấm thủ công mà đơn vị để trống «Điểm tự chấm» và ghi một số ở «Kết quả»: số ấy được tính là điểm của tiêu chí nhưng không phải điểm tự chấm (không vào tổng điểm tự chấm); Hội đồng quyết định.',
  canFlag: (set) => set.criteria.some((c) => c.rule.kind === 'manual'),
  looksAt: (criterion) => criterion.rule.kind === 'manual',
  needs: { reading: 'value' },
  criterion(ctx, reported, flags) {
    const { criterion, row, reading } = reported;
    const { columns } = ctx.report;
    // A rejected figure is looked at as it was scored: the council decided on this flag.
    const score = figureChecked(reported);
    if (!score || reading.kind !== 'value' || reading.byHand) return;
    // Only where the report has a «Điểm tự chấm» to fill: without one, «Kết quả» is the only place for the points.
    const selfCell = fieldAddress(row, columns, 'selfScore');
    if (!row.result || reading.cell !== row.result.address || columns.selfScore === undefined || selfCell === undefined) return;
    flags.push({
      message: cellMessage(
        reading.cell,
        `tiêu chí chấm thủ công, «Điểm tự chấm» (ô ${selfCell}) để trống: số ${formatNumber(reading.value)} ghi ở «Kết quả» được tính là điểm → ${pointsOf(score.points, score.max)}, nhưng không phải điểm tự chấm (không vào tổng điểm tự chấm)${rejectedSaid(score, 'Hội đồng quyết định')}`,
        criterion,
      ),
      cell: reading.cell,
      criterion: criterion.code,
      details: { result: reading.value, points: score.points, selfScoreCell: selfCell },
    });
  },
});

// Made for an engineer's walk of the example commune (ta-ma-2025): a hamlet's template filled with its points for
// BAN1 «Tổ chức Phong trào thi đua…» (chấm thủ công, 15 điểm) typed in «Kết quả», «Điểm tự chấm» left blank, was scored
// «Chấm 12/15 điểm» with no word that the figure came from «Kết quả» and was no self-score.
