// Điểm tối đa bị sửa: the unit's sheet states a criterion's maximum other than the set's — the unit changed
// the commune's form (an all-in-one scoring sheet, or a template whose «Điểm tối đa» was edited).
import { formatNumber } from '../criteria/rules/reason.js';
import { cellMessage, defineCheck } from './define.js';

export default defineCheck({
  id: 'max-points-changed',
  severity: 'warning',
  title: 'Điểm tối đa khác bộ tiêu chí',
  titleEn: 'Maximum points differ from the criteria set',
  description:
    'Cột «Điểm tối đa» trên trang của đơn vị ghi khác điểm tối đa của bộ tiêu chí (đơn vị đã sửa mẫu): điểm được chấm theo bộ tiêu chí, Hội đồng xem lại.',
  needs: { typed: ['maxPoints'] },
  criterion(ctx, { criterion, row }, flags) {
    const stated = row.maxPoints?.value;
    if (stated?.kind !== 'number' || Math.abs(stated.value - criterion.maxPoints) < 1e-9) return;
    flags.push({
      message: cellMessage(
        row.maxPoints!.address,
        `trang ghi điểm tối đa ${formatNumber(stated.value)}, bộ tiêu chí là ${formatNumber(criterion.maxPoints)}: mẫu đã bị sửa, chấm theo bộ tiêu chí`,
        criterion,
      ),
      cell: row.maxPoints!.address,
      criterion: criterion.code,
      details: { stated: stated.value, max: criterion.maxPoints },
    });
  },
});

// Made for: units' all-in-one scoring sheets (STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm…) scored against
// the commune's reference sheet, and `thidua template` reports whose «Điểm tối đa» column was edited.
