// Cát Nê (Đại Từ, Thái Nguyên): the ten emulation targets of 2024 (section III).
import { CriteriaSet, type CriteriaSetInput } from '../schema.js';
import {
  ADJUSTABLE_SPLIT,
  CLASSIFICATION,
  CLASSIFICATION_NOTE,
  INDIVIDUAL_ALIASES,
  TIE_BREAKS,
  UBND_XA_ALIASES,
  communeCertificate,
  rate,
  yesNo,
} from './shared.js';

/** The plan lists its targets as unnumbered dashes; we number them in order, as TARGETS.md does. */
const src = (n: number) => `KH Cát Nê 2024, mục III, chỉ tiêu ${n}`;
const ALL_COLLECTIVES = ['ubnd-xa', 'co-quan'];
const WITH_INDIVIDUALS = [...ALL_COLLECTIVES, 'ca-nhan'];

export const catNe2024: CriteriaSet = CriteriaSet.parse({
  id: 'cat-ne-2024',
  version: '2025.1',
  title: 'Cát Nê — Phong trào thi đua “Chuyển đổi số năm 2024”: chỉ tiêu thi đua',
  commune: 'Cát Nê',
  district: 'Đại Từ',
  province: 'Thái Nguyên',
  // The copy of the plan we have carries no number or date.
  legalBasis: { document: '', date: '', title: 'Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2024 (UBND xã Cát Nê)' },
  period: { from: '2024-01-01', to: '2024-12-31', label: 'Năm 2024 (đến hết ngày 31/12/2024)' },
  deadline: '2024-12-31',
  subjectKinds: [
    { id: 'ubnd-xa', label: 'UBND xã', collective: true, aliases: UBND_XA_ALIASES },
    {
      id: 'co-quan',
      label: 'Cơ quan, đơn vị, tổ chức đóng trên địa bàn xã',
      collective: true,
      aliases: ['Cơ quan', 'Cơ quan, đơn vị', 'Đơn vị', 'Tổ chức', 'MTTQ', 'Đoàn thể', 'Trường học', 'Trạm y tế'],
    },
    {
      id: 'ca-nhan',
      label: 'Cá nhân (CB, CC, VC, người lao động của UBND và các cơ quan, đơn vị)',
      collective: false,
      aliases: INDIVIDUAL_ALIASES,
    },
  ],
  groups: [{ id: 'CT', title: 'Chỉ tiêu thi đua chuyển đổi số năm 2024' }],
  criteria: [
    yesNo({
      code: 'CT1',
      title: 'Triển khai thực hiện đầy đủ, kịp thời, đúng quy định các văn bản pháp luật do Trung ương, tỉnh, huyện ban hành',
      group: 'CT',
      maxPoints: 10,
      appliesTo: ALL_COLLECTIVES,
      evidence: true,
      source: src(1),
    }),
    rate({
      code: 'CT2',
      title: 'Hồ sơ công việc được xử lý và lưu trữ trên môi trường mạng (trừ hồ sơ thuộc bí mật nhà nước)',
      group: 'CT',
      target: ['=', 100],
      maxPoints: 10,
      appliesTo: WITH_INDIVIDUALS,
      evidence: true,
      source: src(2),
    }),
    rate({
      code: 'CT3',
      title:
        'Người dân sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền',
      group: 'CT',
      target: ['=', 100],
      maxPoints: 10,
      appliesTo: ['ubnd-xa'],
      source: src(3),
    }),
    rate({
      code: 'CT4',
      title: 'Hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần',
      group: 'CT',
      target: ['>=', 80],
      maxPoints: 10,
      appliesTo: ['ubnd-xa'],
      evidence: true,
      source: src(4),
      portal: { indicator: 'TY_LE_NOP_TRUC_TUYEN', tolerance: 5 },
      note: 'Đối chiếu với «Tỷ lệ nộp hồ sơ trực tuyến» trên Cổng dịch vụ công tỉnh (dichvucong.thainguyen.gov.vn).',
    }),
    rate({
      code: 'CT5',
      title:
        'Văn bản trao đổi với các cơ quan nhà nước khác được thực hiện dưới dạng điện tử, ký số bởi chữ ký số chuyên dùng (trừ văn bản mật)',
      group: 'CT',
      target: ['=', 100],
      maxPoints: 10,
      appliesTo: WITH_INDIVIDUALS,
      evidence: true,
      source: src(5),
    }),
    rate({
      code: 'CT6',
      title: 'Công tác báo cáo được thực hiện trên hệ thống',
      group: 'CT',
      target: ['=', 100],
      maxPoints: 10,
      appliesTo: ALL_COLLECTIVES,
      evidence: true,
      source: src(6),
    }),
    rate({
      code: 'CT7',
      title: 'Cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản',
      group: 'CT',
      target: ['=', 100],
      maxPoints: 10,
      appliesTo: WITH_INDIVIDUALS,
      evidence: true,
      source: src(7),
      note: 'Cá nhân: ghi 1/1 khi đã được tập huấn, 0/1 khi chưa.',
    }),
    yesNo({
      code: 'CT8',
      title: 'Thực hiện lập và lưu trữ hồ sơ điện tử',
      group: 'CT',
      maxPoints: 10,
      appliesTo: WITH_INDIVIDUALS,
      evidence: true,
      source: src(8),
    }),
    yesNo({
      code: 'CT9',
      title:
        'Trang thông tin điện tử của UBND xã cung cấp đầy đủ nội dung, thông tin theo Luật Tiếp cận thông tin và Nghị định số 42/2022/NĐ-CP',
      group: 'CT',
      maxPoints: 10,
      appliesTo: ['ubnd-xa'],
      evidence: true,
      source: src(9),
    }),
    rate({
      code: 'CT10',
      title: 'Hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua hệ thống Một cửa điện tử',
      group: 'CT',
      target: ['=', 100],
      maxPoints: 10,
      appliesTo: ['ubnd-xa'],
      evidence: true,
      source: src(10),
    }),
  ],
  classification: CLASSIFICATION,
  awards: {
    forms: [communeCertificate('KH Cát Nê 2024, mục V.2')],
    tieBreaks: TIE_BREAKS,
  },
  notes: [
    ADJUSTABLE_SPLIT,
    'Mười chỉ tiêu, mỗi chỉ tiêu 10 điểm. Tổng điểm tối đa: UBND xã 100 (cả mười chỉ tiêu); cơ quan, đơn vị 60; cá nhân 40 (các chỉ tiêu áp dụng được cho cá nhân). Xếp loại theo tỷ lệ % trên tổng điểm áp dụng.',
    'Hạn nộp: kế hoạch không quy định hạn nộp báo cáo riêng; lấy ngày kết thúc phong trào 31/12/2024 (mục I.2) — cán bộ điều chỉnh.',
    'Hình thức khen thưởng: kế hoạch chỉ giao công chức Văn phòng tham mưu «biểu dương, khen thưởng» (mục V.2), không nêu hình thức; mặc định Giấy khen của Chủ tịch UBND xã, không có tiêu chí bắt buộc hay số lượng.',
    CLASSIFICATION_NOTE,
  ].join('\n'),
} satisfies CriteriaSetInput);
