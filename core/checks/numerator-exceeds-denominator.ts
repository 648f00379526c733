// Tử số lớn hơn mẫu số: more dossiers handled online than dossiers received cannot be.
import { cellNumber } from '../scoring/classify.js';
import { formatNumber, isPercentMeasure } from '../criteria/rules/reason.js';
import { cellMessage, defineCheck } from './define.js';

export default defineCheck({
  id: 'numerator-exceeds-denominator',
  severity: 'error',
  title: 'Tử số lớn hơn mẫu số',
  titleEn: 'Numerator larger than denominator',
  description: 'Tử số của một tỷ lệ lớn hơn mẫu số: số liệu không thể đúng.',
  canFlag: (set) => set.criteria.some(isPercentMeasure),
  // The measure first: a count's or a score's row has no parts, and its cells are not read for nothing.
  looksAt: isPercentMeasure,
  needs: { typed: ['numerator', 'denominator'] },
  criterion(ctx, { criterion, row }, flags) {
    const n = cellNumber(row.numerator);
    const d = cellNumber(row.denominator);
    if (typeof n !== 'number' || typeof d !== 'number' || n <= d) return;
    const cell = row.numerator!.address;
    flags.push({
      message: cellMessage(cell, `tử số ${formatNumber(n)} lớn hơn mẫu số ${formatNumber(d)}`, criterion),
      cell,
      criterion: criterion.code,
      details: { numerator: n, denominator: d, denominatorCell: row.denominator!.address },
    });
  },
});

// Made for: online-dossier rates (hồ sơ trực tuyến / hồ sơ tiếp nhận): more handled online than received is a typing
// slip, caught at its cell.
