// «Rà soát» as every face writes and reads it (the command line's tong-hop.xlsx, the page's, the task pane's workbook):
// a council decision set aside because the unit edited its figure since is written as typed under its own table,
// read back held — never a decision that applies, never a «twice typed» conflict with its flag's row — and said at
// its cell; a decision typed on the flag's row replaces it.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cell.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { decisionsSaid } from '../../core/run/decisions-said.js';
import { heldAsEdited } from '../../core/run/edited-since.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { planReview, REVIEW_HEADERS } from '../../core/workbook/plan-review.js';
import { readReviewDecisions } from '../../core/workbook/read-review.js';
import { card } from './fixtures.js';

const HUA_CA = card();
/** The council's «Đồng ý» on Bản Hua Ca's numerator E9, typed 2/11/2026. */
const AGREED: CouncilDecision = { sheet: 'Bản Hua Ca', unitName: 'Bản Hua Ca', flagCode: 'numerator-exceeds-denominator', cell: 'E9', decision: 'accept', typed: 'Đồng ý', reviewer: 'Lò Văn Thành', date: '2026-11-02', typedDate: '2/11/2026', comment: 'Có biên bản' };
const HELD = heldAsEdited(AGREED, ['E9', 'F9']);
const grid = (values: CellValue[][]) => ({ name: 'Rà soát', values });
const written = (values: CellValue[][]) => applyEditToValues([], planReview([HUA_CA], [], readReviewDecisions(grid(values)).unread));
const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h);

describe('a decision held because its figure was edited since', () => {
  const first = applyEditToValues([], planReview([HUA_CA], [], [HELD]));
  const top = first.findIndex((r) => r[0] === EDITED_TITLE);

  it('is written as typed under its own table, «Nội dung» naming the cells, and read back held, run after run', () => {
    expect(first.slice(top + 2).map((r) => [r[col('Ô')], r[col('Nội dung')], r[col('Quyết định')], r[col('Người rà soát')], r[col('Ngày')], r[col('Ý kiến')]])).toEqual([
      ['E9', 'Ô E9, F9 đã sửa sau khi Hội đồng quyết định ngày 2/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại.', 'Đồng ý', 'Lò Văn Thành', '2/11/2026', 'Có biên bản'],
    ]);
    const read = readReviewDecisions(grid(first));
    expect([read.decisions, read.conflicts, read.problems]).toEqual([[], [], []]);
    expect(read.unread).toEqual([{ ...HELD, first: { ...HELD.first!, notes: [] } }]);
    expect(written(first)).toEqual(first);
    expect(decisionsSaid([], [HUA_CA], read.unread, COUNCIL_SHEET_NAMES).map((l) => l.text)).toContain(
      `  - Trang «Bản Hua Ca», ô E9 (Bản Hua Ca): quyết định «Đồng ý», Lò Văn Thành, 2/11/2026 về cảnh báo «Tử số lớn hơn mẫu số» — ô E9, F9 đã sửa sau khi Hội đồng quyết định ngày 2/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «Rà soát».`,
    );
  });

  it('gives way to a decision the council types on its flag’s row', () => {
    const flagRow = first.findIndex((r) => r[col('Ô')] === 'E9');
    // The flag's row waits blank for the council's new decision.
    expect(first[flagRow]!.slice(col('Quyết định'), col('Ngày') + 1)).toEqual(['', '', '']);
    const typed = first.map((r, i) => (i === flagRow ? r.map((v, c) => (c === col('Quyết định') ? 'Bác số liệu' : c === col('Người rà soát') ? 'Quàng Thị Lan' : c === col('Ngày') ? '09/11/2026' : v)) : r));
    const read = readReviewDecisions(grid(typed));
    expect([read.unread, read.conflicts]).toEqual([[], []]);
    expect(read.decisions.map((d) => [d.cell, d.decision, d.reviewer, d.date])).toEqual([['E9', 'reject', 'Quàng Thị Lan', '2026-11-09']]);
  });
});

// Made for: the council's decision on a figure the unit edited since, held alike by every face that writes «Rà soát».
