// The public-service quality index of Decision 766/QĐ-TTg (23/6/2022) at commune level, as the national
// portal shows it: six groups (18 + 20 + 12 + 10 + 18 + 22 = 100) and the commune-level indicators.
// The groups, criteria, max points and formulas are the 766 model's (core/indicators/model-766/, one file per group:
// how public tools read the portal [public code]); each criterion is scored by the portal's own formula
// (core/indicators/formulas-766.ts), and what is not known is said in its note.
import { ratioCode } from '../../indicators/codes.js';
import { MODEL_766, metricOf, type CriterionDeclaration, type GroupDeclaration } from '../../indicators/model-766/index.js';
import type { CriteriaSetInput } from '../schema.js';
import { RATE_FORMULAS } from '../../indicators/formulas-766.js';
import { ADJUSTABLE_SPLIT, CLASSIFICATION, CLASSIFICATION_NOTE, TIE_BREAKS, UBND_XA_ALIASES, type CriterionInput } from './shared.js';

/**
 * One criterion as its group declares it (core/indicators/model-766/): a rate scored by the portal's own formula
 * (DOMAIN §6, core/indicators/formulas-766.ts — the same functions that explain a capture's scores), «đủ điểm» at the
 * formula's threshold, linked to the ratio the portal shows beside its metric (`<code>_TY_LE`, percent) for the
 * cross-check; or, where no formula is known, the group's score as the portal gives it, typed in.
 */
function criterion(group: GroupDeclaration, c: CriterionDeclaration, n: number): CriterionInput {
  const metric = c.metric ? metricOf(c.metric) : undefined;
  const formula = c.formula ?? metric?.formula;
  const maxPoints = c.max ?? metric?.max;
  if (!formula || maxPoints === undefined) throw new Error(`Chỉ tiêu ${group.code}${n} của mô hình 766 thiếu công thức hoặc điểm tối đa.`);
  const common = { code: `${group.code}${n}`, title: c.title, group: group.code, maxPoints, appliesTo: ['ubnd-xa'], evidenceRequired: false };
  if (formula === 'manual') {
    return {
      ...common,
      unit: 'điểm',
      measure: 'points',
      rule: { kind: 'manual' },
      source: `QĐ 766/QĐ-TTg ngày 23/6/2022, nhóm «${group.label}» (${group.code}); chưa có công thức công khai`,
      note: `${c.note} ${ADJUSTABLE_SPLIT}`,
    };
  }
  return {
    ...common,
    unit: '%',
    measure: 'ratio',
    target: { comparator: '>=', value: RATE_FORMULAS[formula].fullAt },
    rule: { kind: 'portal_766', formula },
    source: `QĐ 766/QĐ-TTg ngày 23/6/2022, nhóm «${group.label}» (${group.code}); chỉ tiêu cấp xã và công thức theo công cụ công khai [public code]`,
    ...(metric ? { portal: { indicator: ratioCode(metric.code), tolerance: 5 } } : {}),
    note: c.note,
  };
}

export const qd766Xa: CriteriaSetInput = {
  id: 'qd766-xa',
  version: '2026.1',
  title: 'Bộ chỉ số chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) — cấp xã',
  legalBasis: {
    document: '766/QĐ-TTg',
    date: '2022-06-23',
    title:
      'Quyết định phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
  },
  period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025 (cán bộ chọn kỳ như trên Cổng: năm, quý hoặc tháng)' },
  subjectKinds: [
    {
      id: 'ubnd-xa',
      label: 'UBND cấp xã (xã, phường, thị trấn)',
      collective: true,
      aliases: [...UBND_XA_ALIASES, 'Xã', 'Phường', 'Thị trấn', 'UBND phường', 'UBND thị trấn', 'UBND cấp xã'],
    },
  ],
  groups: MODEL_766.map((g) => ({ id: g.code, title: g.label, maxPoints: g.max })),
  criteria: MODEL_766.flatMap((g) => g.criteria.map((c, i) => criterion(g, c, i + 1))),
  classification: CLASSIFICATION,
  awards: { forms: [], tieBreaks: TIE_BREAKS },
  notes: [
    'Quyết định nêu 5 nhóm (công khai, minh bạch 18; tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18); Cổng Dịch vụ công quốc gia hiển thị 6 nhóm, tách dịch vụ trực tuyến thành «Dịch vụ công trực tuyến» 12 (CLGQ) và «Thanh toán trực tuyến» 10 (TTTT). Tổng 100 điểm ứng với TONG_SCORE.',
    'Cách tính «Công thức Cổng 766»: mỗi chỉ tiêu tính điểm bằng đúng công thức giải thích điểm Cổng trong tiện ích và `thidua capture` (điểm Cổng vẫn là điểm chính thức). Công thức công khai [public code] (một công cụ mã nguồn mở dựng lại từ số liệu cả tỉnh năm 2026, khớp đến 0,015 điểm): Công khai, minh bạch = tối đa × tỷ lệ; Tiến độ = 20 × đúng hạn ÷ tiếp nhận; Hài lòng TTHC đủ điểm từ 90%, không có đánh giá thì 0; PAKN = 6 × tỷ lệ, không có PAKN thì đủ 6; Số hóa = tối đa × tỷ lệ, khai thác lại đủ điểm từ 80%; Thanh toán = 6A + min(2; 2,5B) + min(2; 2,5C) (Cổng chia 6 + 2 + 2).',
    'Cán bộ xác nhận: nhóm Dịch vụ công trực tuyến (CLGQ) chưa có công thức — ghi điểm nhóm trên Cổng (Thủ công); phần C của Thanh toán đủ điểm từ 80% như Cổng chia 6 + 2 + 2 (chưa đối chiếu được phản hồi nào có C từ 80%); ba chỉ tiêu Số hóa đánh dấu [Chưa xác minh] (chứng thực, kết nối chia sẻ, đồng bộ kho dữ liệu cá nhân) lấy theo công cụ công khai để nhóm đủ 22 điểm; kỳ Tiến độ không tiếp nhận hồ sơ nào. Ở những chỗ này, điểm Cổng là căn cứ.',
    'Đối chiếu Cổng: mã nhóm tiêu chí là mã nhóm trên Cổng (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH); chỉ tiêu có trong danh mục chỉ số của thidua được đối chiếu với tỷ lệ Cổng hiển thị cạnh chỉ tiêu đó (mã …_TY_LE), sai lệch cho phép 5 điểm phần trăm. Điểm nhóm trên Cổng là điểm, không so trực tiếp với tỷ lệ.',
    'Bộ chỉ số không quy định khen thưởng; xếp loại (Xuất sắc từ 90%, Tốt từ 80%, Đạt từ 60%) chỉ để tham khảo.',
    CLASSIFICATION_NOTE,
  ].join('\n'),
};
