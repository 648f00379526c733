// A small set of a commune council's table with its deductions' sanctions as the reader keeps them (Criterion.sanction):
// IX.1 «Không xếp loại Xuất sắc», IX.7 «Không xếp loại từ mức Tốt trở lên», IX.9 «hạ 01 mức xếp loại; tái phạm thì xếp
// loại Yếu», IX.10 «không xét khen thưởng» — for the scoring, checks and ranking tests of sanctions.
import { criterion, makeReport, makeSet } from './make-report.js';
import type { UnitReport } from '../../core/report/schema.js';

export const sanctionSet = makeSet({
  groups: [{ id: 'G1', title: 'Hoạt động' }, { id: 'IX', title: 'Điểm trừ và chế tài', maxPoints: 20 }],
  criteria: [
    criterion({ code: 'I.1', measure: 'points', rule: { kind: 'manual' }, maxPoints: 100 }),
    criterion({ code: 'IX.1', group: 'IX', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 5, title: 'Nghị quyết bị bãi bỏ', sanction: { text: 'Chế tài: Không xếp loại Xuất sắc trong năm đánh giá.', cap: 'tot' } }),
    criterion({ code: 'IX.2', group: 'IX', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 3, title: 'Không hoàn thành giám sát' }),
    criterion({ code: 'IX.7', group: 'IX', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 10, title: 'Chủ tịch bị kỷ luật', sanction: { text: 'Chế tài: Không xếp loại từ mức Tốt trở lên trong năm đánh giá.', cap: 'dat' } }),
    criterion({
      code: 'IX.9', group: 'IX', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 5, title: 'Kê khai không trung thực',
      sanction: { text: 'Chế tài: Trừ toàn bộ điểm của tiêu chí liên quan và hạ 01 mức xếp loại; tái phạm thì xếp loại Yếu.', lower: 1, rest: 'Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu' },
    }),
    criterion({ code: 'IX.10', group: 'IX', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 5, title: 'Để xảy ra sai phạm', sanction: { text: 'Chế tài: không xét khen thưởng.', noAward: true } }),
  ],
  awards: {
    forms: [
      { id: 'bang-khen', label: 'Bằng khen của Chủ tịch UBND tỉnh', level: 'tinh', minClassification: 'xuat-sac', quotas: [{ subject: 'all', max: 5 }] },
      { id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'all', max: 5 }] },
    ],
  },
});

/** A unit of the set: its base points and what it typed on each deduction row (positive, as units type them). */
export function sanctionReport(unitName: string, base: number, taken: Record<string, number> = {}): UnitReport {
  // Every deduction row there, blank where nothing was taken (none, as units leave them).
  const deductions = sanctionSet.criteria.filter((c) => c.rule.kind === 'deduction').map((c) => c.code);
  return makeReport({ sheet: unitName, unitName, unitKind: 'Cơ quan', rows: [{ code: 'I.1', selfScore: base }, ...deductions.map((code) => (taken[code] === undefined ? { code } : { code, selfScore: taken[code] }))] });
}

// Made for: the tests of the table's sanctions (an officer walk's commune People's Council table, Thanh Hóa, Phụ lục II).
