// A small set with a document's item scored by its parts (Criterion.partOf), built by hand as Tiền Giang's table has it:
// «C3 … 5 điểm» over C3.1 and C3.2 chosen by level (2 + 3) and C3.3 a bonus part, beside a plain item C2.
import type { PartOf } from '../../core/criteria/schema.js';
import { criterion, makeSet } from './make-report.js';

export const C3: PartOf = { code: 'C3', title: 'Công tác bảo vệ môi trường nông thôn', maxPoints: 5 };

export const partOfSet = makeSet({
  groups: [{ id: '1', title: 'Thực hiện nhiệm vụ chuyên môn', maxPoints: 10 }],
  criteria: [
    criterion({ code: 'C2', title: 'Thẩm định hồ sơ đúng hạn', group: '1', measure: 'points', unit: 'điểm', maxPoints: 5, rule: { kind: 'manual' } }),
    criterion({
      code: 'C3.1', title: 'Tham mưu chỉ đạo các xã có kế hoạch', group: '1', measure: 'points', unit: 'điểm', maxPoints: 2,
      rule: { kind: 'tiers', tiers: [{ min: 2, points: 2 }] }, note: 'Chọn một mức, không cộng: có báo cáo (2 điểm); không có (0 điểm).', partOf: C3,
    }),
    criterion({ code: 'C3.2', title: 'Tổ chức thu gom bao gói thuốc bảo vệ thực vật', group: '1', measure: 'points', unit: 'điểm', maxPoints: 3, rule: { kind: 'tiers', tiers: [{ min: 3, points: 3 }] }, partOf: C3 }),
    criterion({ code: 'C3.3', title: 'Thu gom ở 100% số xã', group: '1', measure: 'points', unit: 'điểm', maxPoints: 1, rule: { kind: 'bonus' }, partOf: C3 }),
  ],
});

// Made for issue 55: the tests of the faces that show and keep a document's item scored by its parts (the command
// line, the criteria sheet, the template, the standalone page).
