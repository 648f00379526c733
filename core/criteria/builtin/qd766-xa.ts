// The public-service quality index of Decision 766/QĐ-TTg (23/6/2022) at commune level, as the national
// portal shows it: six groups (18 + 20 + 12 + 10 + 18 + 22 = 100) and the commune-level indicators.
// The indicator list and max points are how public tools read the portal [public code]; the thresholds are configurable.
import { ratioCode } from '../../indicators/codes.js';
import { CriteriaSet, type CriteriaSetInput } from '../schema.js';
import { CLASSIFICATION, CLASSIFICATION_NOTE, TIE_BREAKS, UBND_XA_ALIASES, type CriterionInput, rate } from './shared.js';

type Group = 'CKMB' | 'TDGQ' | 'CLGQ' | 'TTTT' | 'MDHL' | 'MDSH';

const GROUP_TITLES: Record<Group, string> = {
  CKMB: 'Công khai, minh bạch',
  TDGQ: 'Tiến độ giải quyết',
  CLGQ: 'Dịch vụ công trực tuyến',
  TTTT: 'Thanh toán trực tuyến',
  MDHL: 'Mức độ hài lòng',
  MDSH: 'Số hóa hồ sơ',
};

const FULL_AT_100 = 'Điểm = điểm tối đa × tỷ lệ (đủ điểm ở 100%) [public code]; nếu cổng cho đủ điểm từ 80% hoặc 90% thì sửa Chỉ tiêu.';

/**
 * One indicator: a rate scored as max × ratio. It is cross-checked against the ratio the portal shows beside the
 * indicator (`<code>_TY_LE`, percent) — the group scores are points and cannot be compared with a rate.
 */
function indicator(group: Group, n: number, title: string, maxPoints: number, portalCode: string, note?: string): CriterionInput {
  return rate({
    code: `${group}${n}`,
    title,
    group,
    target: ['>=', 100],
    maxPoints,
    appliesTo: ['ubnd-xa'],
    evidence: false,
    source: `QĐ 766/QĐ-TTg ngày 23/6/2022, nhóm «${GROUP_TITLES[group]}» (${group}); chỉ tiêu cấp xã theo công cụ công khai [public code]`,
    portal: { indicator: portalCode, tolerance: 5 },
    note: note ? `${note} ${FULL_AT_100}` : FULL_AT_100,
  });
}

const NO_PAKN = 'Đơn vị không có phản ánh, kiến nghị trong kỳ được đủ điểm: ghi Kết quả 100%.';

export const qd766Xa: CriteriaSet = CriteriaSet.parse({
  id: 'qd766-xa',
  version: '2025.1',
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
  groups: [
    { id: 'CKMB', title: GROUP_TITLES.CKMB, maxPoints: 18 },
    { id: 'TDGQ', title: GROUP_TITLES.TDGQ, maxPoints: 20 },
    { id: 'CLGQ', title: GROUP_TITLES.CLGQ, maxPoints: 12 },
    { id: 'TTTT', title: GROUP_TITLES.TTTT, maxPoints: 10 },
    { id: 'MDHL', title: GROUP_TITLES.MDHL, maxPoints: 18 },
    { id: 'MDSH', title: GROUP_TITLES.MDSH, maxPoints: 22 },
  ],
  criteria: [
    indicator('CKMB', 1, 'Thủ tục hành chính được công bố đúng hạn', 6, ratioCode('CKMB_CONG_BO_DUNG_HAN')),
    indicator('CKMB', 2, 'Thủ tục hành chính được cập nhật, công khai đúng hạn', 4, ratioCode('CKMB_CAP_NHAT_DUNG_HAN')),
    indicator('CKMB', 3, 'Thủ tục hành chính được công khai đầy đủ các bộ phận tạo thành', 2, ratioCode('CKMB_DAY_DU_BO_PHAN')),
    indicator(
      'CKMB',
      4,
      'Hồ sơ được đồng bộ trạng thái theo thời gian thực với Cổng Dịch vụ công quốc gia',
      6,
      ratioCode('CKMB_DONG_BO_DVCQG'),
    ),
    indicator(
      'TDGQ',
      1,
      'Hồ sơ xử lý đúng hạn (trước hạn, đúng hạn) trên tổng hồ sơ tiếp nhận và xử lý trong kỳ',
      20,
      ratioCode('TDGQ_DUNG_HAN'),
    ),
    indicator(
      'CLGQ',
      1,
      'Hồ sơ thủ tục hành chính được tiếp nhận trực tuyến trên tổng hồ sơ tiếp nhận',
      12,
      'TY_LE_NOP_TRUC_TUYEN',
      '[Chưa xác minh] Các công cụ công khai không liệt kê chỉ tiêu cấp xã của nhóm này; tạm dùng tỷ lệ hồ sơ nộp trực tuyến, đối chiếu với hệ thống một cửa điện tử của tỉnh.',
    ),
    indicator(
      'TTTT',
      1,
      'Hồ sơ thanh toán phí, lệ phí trực tuyến trên tổng hồ sơ của thủ tục hành chính có phí, lệ phí',
      10,
      ratioCode('TTTT_THANH_TOAN'),
    ),
    indicator('MDHL', 1, 'Phản ánh, kiến nghị được xử lý đúng hạn', 6, ratioCode('MDHL_PAKN_DUNG_HAN'), NO_PAKN),
    indicator('MDHL', 2, 'Mức độ hài lòng trong xử lý phản ánh, kiến nghị', 6, ratioCode('MDHL_HAI_LONG_PAKN'), NO_PAKN),
    indicator('MDHL', 3, 'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính', 6, ratioCode('MDHL_HAI_LONG_TTHC')),
    indicator('MDSH', 1, 'Hồ sơ có cấp kết quả điện tử', 6, ratioCode('MDSH_KET_QUA_DIEN_TU')),
    indicator('MDSH', 2, 'Hồ sơ có số hóa thành phần hồ sơ', 4, ratioCode('MDSH_SO_HOA_THANH_PHAN')),
    indicator('MDSH', 3, 'Chứng thực bản sao điện tử', 2, ratioCode('MDSH_CHUNG_THUC_DIEN_TU')),
    indicator('MDSH', 4, 'Khai thác, sử dụng lại dữ liệu số hóa', 2, ratioCode('MDSH_KHAI_THAC_LAI')),
    indicator('MDSH', 5, 'Hồ sơ số hóa được kết nối, chia sẻ', 4, ratioCode('MDSH_KET_NOI_CHIA_SE')),
  ],
  classification: CLASSIFICATION,
  awards: { forms: [], tieBreaks: TIE_BREAKS },
  notes: [
    'Quyết định nêu 5 nhóm (công khai, minh bạch 18; tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18); Cổng Dịch vụ công quốc gia hiển thị 6 nhóm, tách dịch vụ trực tuyến thành «Dịch vụ công trực tuyến» 12 (CLGQ) và «Thanh toán trực tuyến» 10 (TTTT). Tổng 100 điểm ứng với TONG_SCORE.',
    'Danh mục chỉ tiêu cấp xã và điểm tối đa theo cách các công cụ công khai đọc Cổng [public code], chưa đối chiếu văn bản hướng dẫn: nhóm Số hóa hồ sơ ở cấp xã có 18 trong 22 điểm; nhóm CLGQ chưa rõ chỉ tiêu cấp xã (đánh dấu [Chưa xác minh]). Tổng điểm các chỉ tiêu ở đây là 96; xếp loại theo tỷ lệ %.',
    'Ngưỡng đủ điểm: mọi chỉ tiêu đặt 100% (điểm = tối đa × tỷ lệ); các công cụ công khai cho thấy một số chỉ tiêu đủ điểm từ 80% hoặc 90% nhưng không thống nhất [public code] — cán bộ sửa Chỉ tiêu cho khớp Cổng.',
    'Đối chiếu Cổng: mã nhóm tiêu chí là mã nhóm trên Cổng (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH); mỗi chỉ tiêu đối chiếu với tỷ lệ Cổng hiển thị cạnh chỉ tiêu đó (mã …_TY_LE), sai lệch cho phép 5 điểm phần trăm. Điểm nhóm trên Cổng là điểm, không so trực tiếp với tỷ lệ.',
    'Bộ chỉ số không quy định khen thưởng; xếp loại (Xuất sắc từ 90%, Tốt từ 80%, Đạt từ 60%) chỉ để tham khảo.',
    CLASSIFICATION_NOTE,
  ].join('\n'),
} satisfies CriteriaSetInput);
