// The public-service quality index of Decision 766/QĐ-TTg (23/6/2022) at commune level, as the national
// portal shows it: six groups (18 + 20 + 12 + 10 + 18 + 22 = 100) and the commune-level indicators.
// The indicator list, max points and formulas are how public tools read the portal [public code]; each criterion is
// scored by the portal's own formula (core/indicators/formulas-766.ts), and what is not known is said in its note.
import { definedIndicator, ratioCode } from '../../indicators/codes.js';
import { GROUPS_766, type Group766 } from '../../indicators/groups-766.js';
import { CriteriaSet, type CriteriaSetInput } from '../schema.js';
import { RATE_FORMULAS, type RateFormulaId } from '../../indicators/formulas-766.js';
import { ADJUSTABLE_SPLIT, CLASSIFICATION, CLASSIFICATION_NOTE, TIE_BREAKS, UBND_XA_ALIASES, type CriterionInput } from './shared.js';

type Group = Group766;

/** A group's title as the portal shows it (codes.ts holds the six, with their points). */
const groupTitle = (group: Group): string => definedIndicator(group).label;

/**
 * One indicator: a rate scored by the portal's own formula (DOMAIN §6, core/indicators/formulas-766.ts — the same
 * functions that explain a capture's scores), «đủ điểm» at the formula's threshold. Linked, where thidua's
 * catalogue names the metric, to the ratio the portal shows beside it (`<code>_TY_LE`, percent) for the cross-check.
 */
function indicator(group: Group, n: number, title: string, maxPoints: number, formula: RateFormulaId, portalCode: string | undefined, note: string): CriterionInput {
  return {
    code: `${group}${n}`,
    title,
    group,
    unit: '%',
    measure: 'ratio',
    target: { comparator: '>=', value: RATE_FORMULAS[formula].fullAt },
    maxPoints,
    rule: { kind: 'portal_766', formula },
    appliesTo: ['ubnd-xa'],
    evidenceRequired: false,
    source: `QĐ 766/QĐ-TTg ngày 23/6/2022, nhóm «${groupTitle(group)}» (${group}); chỉ tiêu cấp xã và công thức theo công cụ công khai [public code]`,
    ...(portalCode ? { portal: { indicator: portalCode, tolerance: 5 } } : {}),
    note,
  };
}

const PUBLIC = 'Công thức công khai: công cụ mã nguồn mở dựng lại từ số liệu cả tỉnh năm 2026, khớp điểm Cổng đến 0,015 [public code].';
const CONFIRM = 'Chỉ tiêu và điểm tối đa theo các công cụ công khai, chưa đối chiếu văn bản hướng dẫn — cán bộ xác nhận với Cổng.';

export const qd766Xa: CriteriaSet = CriteriaSet.parse({
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
  groups: GROUPS_766.map((id) => ({ id, title: groupTitle(id), maxPoints: definedIndicator(id).max! })),
  criteria: [
    indicator('CKMB', 1, 'Thủ tục hành chính được công bố đúng hạn', 6, 'ty-le', ratioCode('CKMB_CONG_BO_DUNG_HAN'), PUBLIC),
    indicator('CKMB', 2, 'Thủ tục hành chính được cập nhật, công khai đúng hạn', 4, 'ty-le', ratioCode('CKMB_CAP_NHAT_DUNG_HAN'), PUBLIC),
    indicator('CKMB', 3, 'Thủ tục hành chính được công khai đầy đủ các bộ phận tạo thành', 2, 'ty-le', ratioCode('CKMB_DAY_DU_BO_PHAN'), PUBLIC),
    indicator('CKMB', 4, 'Hồ sơ được đồng bộ trạng thái theo thời gian thực với Cổng Dịch vụ công quốc gia', 6, 'ty-le', ratioCode('CKMB_DONG_BO_DVCQG'), PUBLIC),
    indicator(
      'TDGQ',
      1,
      'Hồ sơ xử lý đúng hạn (trước hạn, đúng hạn) trên tổng hồ sơ tiếp nhận và xử lý trong kỳ',
      20,
      'ty-le',
      ratioCode('TDGQ_DUNG_HAN'),
      `Điểm = 20 × hồ sơ đúng hạn ÷ hồ sơ tiếp nhận. ${PUBLIC} Kỳ không tiếp nhận hồ sơ nào: chưa rõ Cổng tính thế nào, ghi điểm Cổng.`,
    ),
    {
      code: 'CLGQ1',
      title: 'Điểm nhóm Dịch vụ công trực tuyến theo Cổng Dịch vụ công quốc gia',
      group: 'CLGQ',
      unit: 'điểm',
      measure: 'points',
      maxPoints: 12,
      rule: { kind: 'manual' },
      appliesTo: ['ubnd-xa'],
      evidenceRequired: false,
      source: `QĐ 766/QĐ-TTg ngày 23/6/2022, nhóm «${groupTitle('CLGQ')}» (CLGQ); chưa có công thức công khai`,
      note: `Chưa rõ công thức Cổng tính nhóm này (số TTHC cung cấp trực tuyến toàn trình, một phần, hồ sơ theo kênh): ghi đúng điểm nhóm trên Cổng vào Điểm tự chấm. ${ADJUSTABLE_SPLIT}`,
    },
    indicator(
      'TTTT',
      1,
      'Hồ sơ thanh toán trực tuyến thành công trên tổng hồ sơ có nghĩa vụ tài chính',
      6,
      'ty-le',
      ratioCode('TTTT_THANH_TOAN'),
      `Phần 6A của công thức 6A + min(2; 2,5B) + min(2; 2,5C). ${PUBLIC}`,
    ),
    indicator(
      'TTTT',
      2,
      'Thủ tục có phí, lệ phí có hồ sơ thanh toán trực tuyến thành công trên tổng thủ tục có phí, lệ phí',
      2,
      'du-tu-80',
      undefined,
      `Phần min(2; 2,5B): đủ điểm từ 80%. ${PUBLIC}`,
    ),
    indicator(
      'TTTT',
      3,
      'Thủ tục có phí, lệ phí đã phát sinh hồ sơ trên tổng thủ tục có phí, lệ phí',
      2,
      'du-tu-80',
      undefined,
      `Phần min(2; 2,5C): đủ điểm từ 80%, theo cách Cổng chia nhóm 6 + 2 + 2 (tối đa 10); chưa có phản hồi lưu được nào có C từ 80% để đối chiếu — cán bộ xác nhận với Cổng khi C từ 80%. ${PUBLIC}`,
    ),
    indicator('MDHL', 1, 'Phản ánh, kiến nghị được xử lý đúng hạn', 6, 'pakn', ratioCode('MDHL_PAKN_DUNG_HAN'), `Không có phản ánh, kiến nghị trong kỳ (mẫu số 0): đủ điểm. ${PUBLIC}`),
    indicator('MDHL', 2, 'Mức độ hài lòng trong xử lý phản ánh, kiến nghị', 6, 'pakn', ratioCode('MDHL_HAI_LONG_PAKN'), `Không có phản ánh, kiến nghị trong kỳ (mẫu số 0): đủ điểm. ${PUBLIC}`),
    indicator(
      'MDHL',
      3,
      'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
      6,
      'hai-long-tthc',
      ratioCode('MDHL_HAI_LONG_TTHC'),
      `Đủ điểm từ 90% hài lòng; không có đánh giá nào (mẫu số 0): 0 điểm. ${PUBLIC}`,
    ),
    indicator('MDSH', 1, 'Hồ sơ có cấp kết quả điện tử', 6, 'ty-le-tran', ratioCode('MDSH_KET_QUA_DIEN_TU'), PUBLIC),
    indicator('MDSH', 2, 'Hồ sơ có giấy tờ được số hóa khi giải quyết', 4, 'ty-le-tran', ratioCode('MDSH_SO_HOA_THANH_PHAN'), `${PUBLIC} Trên Cổng: «Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết».`),
    indicator('MDSH', 3, 'Chứng thực bản sao điện tử', 2, 'ty-le-tran', ratioCode('MDSH_CHUNG_THUC_DIEN_TU'), `[Chưa xác minh] ${CONFIRM}`),
    indicator('MDSH', 4, 'Khai thác, sử dụng lại dữ liệu số hóa', 2, 'du-tu-80', ratioCode('MDSH_KHAI_THAC_LAI'), `Đủ điểm từ 80%. ${PUBLIC}`),
    indicator('MDSH', 5, 'Hồ sơ số hóa được kết nối, chia sẻ', 4, 'ty-le-tran', ratioCode('MDSH_KET_NOI_CHIA_SE'), `[Chưa xác minh] ${CONFIRM}`),
    indicator(
      'MDSH',
      6,
      'Kết quả giải quyết được đồng bộ vào kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia',
      4,
      'ty-le-tran',
      undefined,
      `[Chưa xác minh] Chỉ số Cổng trả về cho cấp xã («Tỷ lệ kết quả đồng bộ kho dữ liệu cá nhân»), điểm tối đa 4 để nhóm đủ 22. ${CONFIRM}`,
    ),
  ],
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
} satisfies CriteriaSetInput);
