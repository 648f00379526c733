// Chế tài để Hội đồng quyết định: a unit's deduction was taken on an item whose words carry a sanction thidua does not
// apply itself (Sanction.rest: «tái phạm thì xếp loại Yếu», «trừ toàn bộ điểm của tiêu chí liên quan», a band the set
// does not have) — said at the deduction's cell for the council, never applied by a guess nor left unsaid. What thidua
// does apply (a cap, bands down, no award) is on the card (core/scoring/sanction.ts), its band said with why.
import { deductionTaken } from '../scoring/sanction.js';
import { cellMessage, defineCheck } from './define.js';

export default defineCheck({
  id: 'sanction-for-council',
  severity: 'warning',
  title: 'Chế tài của bảng để Hội đồng quyết định',
  titleEn: 'Sanction of the table left to the council',
  description:
    'Đơn vị bị trừ điểm ở mục mà bảng ghi kèm chế tài thidua không tự áp dụng được (tái phạm, trừ điểm tiêu chí liên quan, mức xếp loại bộ tiêu chí không có): Hội đồng xem xét và quyết định chế tài với đơn vị.',
  canFlag: (set) => set.criteria.some((c) => c.sanction?.rest !== undefined),
  looksAt: (criterion) => criterion.sanction?.rest !== undefined,
  criterion(ctx, { criterion, score, reading }, flags) {
    const rest = criterion.sanction!.rest!;
    // The deduction as typed: a «Bác số liệu» that withdrew its points keeps this flag on its row with that decision, as
    // every flag keeps its own — gone, the minutes would call it a report sent again.
    if (!deductionTaken({ ...score, points: score.before ?? score.points })) return;
    const cell = reading.kind === 'value' ? reading.cell || undefined : undefined;
    flags.push({
      message: cellMessage(cell, `bị trừ điểm mục ${criterion.code}; bảng ghi chế tài «${rest}», thidua không tự áp dụng — Hội đồng xem xét và quyết định`, criterion),
      ...(cell !== undefined && { cell }),
      criterion: criterion.code,
      details: { sanction: criterion.sanction!.text, rest },
    });
  },
});

// Made for: an officer walk's commune People's Council table (Thanh Hóa, Phụ lục II), whose IX.9 «Kê khai… không trung
// thực» writes «Chế tài: Trừ toàn bộ điểm của tiêu chí liên quan và hạ 01 mức xếp loại; tái phạm thì xếp loại Yếu»: the
// band is lowered by thidua, the rest is the council's to decide, and was said nowhere.
