// Chưa thẩm định: an all-in-one scoring sheet has a column for the council's verified score (Điểm thẩm định /
// phúc tra) that is still empty on some items. Those items are scored on the unit's self-score for now;
// one flag per sheet says which, so the council knows its review is not finished.
import { cellAddress, columnNumber } from '../text.js';
import { defineCheck, reportedCriteria } from './define.js';

/** Cells listed in the message; the rest are counted. */
const LISTED = 6;

export default defineCheck({
  id: 'not-yet-verified',
  severity: 'info',
  title: 'Chưa có điểm thẩm định',
  titleEn: 'Not yet verified by the council',
  description: 'Bảng chấm điểm có cột điểm thẩm định (phúc tra) nhưng Hội đồng chưa ghi ở một số mục: các mục đó tạm tính theo điểm tự chấm.',
  canFlag: (set) => set.criteria.some((c) => c.rule.kind === 'manual'),
  run(ctx) {
    const column = ctx.report.columns.verifiedScore;
    if (column === undefined) return [];
    const pending = reportedCriteria(ctx).filter(({ criterion, row }) => criterion.rule.kind === 'manual' && (row.verifiedScore?.value.kind ?? 'empty') === 'empty');
    if (pending.length === 0) return [];
    const cells = pending.map(({ row }) => cellAddress(row.row, columnNumber(column)));
    const listed = cells.slice(0, LISTED).join(', ') + (cells.length > LISTED ? ` và ${cells.length - LISTED} ô khác` : '');
    return [
      {
        message: `${pending.length} mục chưa có điểm thẩm định (ô ${listed}): đang tạm tính theo điểm tự chấm, chờ Hội đồng thẩm định.`,
        cell: cells[0]!,
        details: { pending: pending.map(({ criterion }) => criterion.code) },
      },
    ];
  },
});

// Made for: all-in-one scoring sheets (DOMAIN.md §8) whose «Điểm thẩm định / phúc tra» column the council has not
// finished: the items still on self-score are named, one flag per sheet.
