// Lục Ba (Đại Từ, Thái Nguyên), plan 100/KH-UBND of 22/02/2024: the content areas of II.3 (a–h; the plan
// has no e) as criteria the officer scores by hand. The plan leaves the scoring criteria to the Culture–Social
// officer (IV.1); this set is a starting point for that.
import type { CriteriaSetInput } from '../schema.js';
import {
  ADJUSTABLE_SPLIT,
  CLASSIFICATION,
  CLASSIFICATION_NOTE,
  HAMLET_ALIASES,
  HEALTH_STATION,
  INDIVIDUAL_ALIASES,
  SCHOOL,
  TIE_BREAKS,
  communeCertificate,
  individualContentCriteria,
  manual,
  CONTENT_AREA_GROUPS,
  HOUSEHOLD,
  HOUSEHOLD_GROUP,
  householdCriteria,
} from './shared.js';

const src = (clause: string) => `KH Lục Ba 100/KH-UBND, mục ${clause}`;

const subjectKinds: CriteriaSetInput['subjectKinds'] = [
  {
    id: 'co-quan',
    label: 'Đảng ủy - HĐND - UBND - UB MTTQ xã',
    collective: true,
    aliases: ['Đảng ủy', 'HĐND xã', 'UBND xã', 'Ủy ban nhân dân xã', 'UB MTTQ', 'Ủy ban MTTQ', 'MTTQ', 'Cơ quan'],
  },
  {
    id: 'doan-the',
    label: 'Hội Phụ nữ, Hội Nông dân, Hội Cựu chiến binh xã',
    collective: true,
    aliases: ['Hội Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Đoàn thể', 'Tổ chức chính trị - xã hội'],
  },
  {
    id: 'doan-thanh-nien',
    label: 'Đoàn TNCS Hồ Chí Minh xã',
    collective: true,
    aliases: ['Đoàn thanh niên', 'Đoàn TNCS', 'Đoàn TNCS Hồ Chí Minh'],
  },
  SCHOOL,
  HEALTH_STATION,
  {
    id: 'hoi-xa-hoi',
    label: 'Các tổ chức hội xã hội',
    collective: true,
    aliases: [
      'Hội người cao tuổi',
      'Hội Chữ thập đỏ',
      'Hội Khuyến học',
      'Hội nạn nhân chất độc da cam',
      'Hội chất độc da cam',
      'Hội Cựu thanh niên xung phong',
      'Hội thanh niên xung phong',
      'Hội xã hội',
    ],
  },
  {
    id: 'xom',
    label: 'Xóm (Nhân dân và cán bộ xóm, ban công tác Mặt trận, chi hội, đoàn thể xóm)',
    collective: true,
    aliases: HAMLET_ALIASES,
  },
  {
    id: 'ca-nhan',
    label: 'Cá nhân (cán bộ, công chức, viên chức, người lao động trên địa bàn xã)',
    collective: false,
    aliases: INDIVIDUAL_ALIASES,
  },
  // «Tập thể, cá nhân, hộ gia đình trên địa bàn xã» are the plan's award subjects (III.1.a).
  HOUSEHOLD,
];

const COLLECTIVES = subjectKinds.filter((k) => k.collective).map((k) => k.id);

export const lucBa2024: CriteriaSetInput = {
  id: 'luc-ba-2024',
  // 2025.2: its households are households (HOUSEHOLD's `household`), no longer persons — on the template, the quotas
  // and every paper; a report from a 2025.1 template is said to be made on the earlier version.
  version: '2025.2',
  title: 'Lục Ba — Phong trào thi đua “Xã Lục Ba đẩy mạnh chương trình chuyển đổi số” năm 2024',
  commune: 'Lục Ba',
  district: 'Đại Từ',
  province: 'Thái Nguyên',
  legalBasis: {
    document: '100/KH-UBND',
    date: '2024-02-22',
    title: 'Kế hoạch Phát động phong trào thi đua “Xã Lục Ba đẩy mạnh chương trình chuyển đổi số” năm 2024',
  },
  period: { from: '2024-01-01', to: '2024-12-31', label: 'Năm 2024' },
  subjectKinds,
  groups: [...CONTENT_AREA_GROUPS, HOUSEHOLD_GROUP],
  criteria: [
    manual({
      code: 'A',
      title: 'Tăng cường công tác lãnh đạo, chỉ đạo thực hiện các chỉ thị, nghị quyết của Trung ương, tỉnh, huyện về chuyển đổi số',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.a'),
    }),
    manual({
      code: 'B',
      title:
        'Đẩy mạnh tuyên truyền, quán triệt, học tập, nâng cao nhận thức về chuyển đổi số; người đứng đầu chịu trách nhiệm trực tiếp, tiên phong đi đầu trong chuyển đổi số',
      group: 'ND',
      maxPoints: 15,
      appliesTo: COLLECTIVES,
      source: src('II.3.b'),
    }),
    manual({
      code: 'C',
      title: 'Xây dựng chương trình, kế hoạch và đẩy nhanh tiến trình chuyển đổi số theo từng ngành, lĩnh vực; chủ động rà soát',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.c'),
    }),
    manual({
      code: 'D',
      title:
        'Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội trong tuyên truyền, vận động Nhân dân tích cực hưởng ứng chương trình chuyển đổi số',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.d'),
    }),
    manual({
      code: 'F',
      title:
        'Tăng cường quản lý an ninh mạng, bảo mật thông tin và an toàn dữ liệu; phòng chống hoạt động phá hoại, thâm nhập hệ thống chính quyền điện tử',
      group: 'ND',
      maxPoints: 15,
      appliesTo: COLLECTIVES,
      source: src('II.3.f'),
    }),
    manual({
      code: 'G',
      title:
        'Tổ chức phong trào thi đua thiết thực, hiệu quả với nội dung, hình thức phong phú, đa dạng, bám sát nhiệm vụ chính trị của cơ quan, đơn vị',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.g'),
    }),
    manual({
      code: 'H1',
      title:
        'Xây dựng chính quyền số: đẩy mạnh chuyển đổi số trong các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
      group: 'LVUT',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.h'),
    }),
    manual({
      code: 'H2',
      title:
        'Phát triển kinh tế số: nông nghiệp (chè, sản phẩm OCOP, thương mại điện tử, truy xuất nguồn gốc), công nghiệp - tiểu thủ công nghiệp, tài nguyên và môi trường',
      group: 'LVUT',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.h'),
    }),
    manual({
      code: 'H3',
      title: 'Phát triển xã hội số: giáo dục và đào tạo, y tế (Bảo hiểm xã hội số), văn hóa, du lịch, an ninh',
      group: 'LVUT',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.h'),
    }),
    ...individualContentCriteria(src, { awareness: 'II.3.b', security: 'II.3.f', movement: 'II.3.g, h' }, 'CN', ['ca-nhan']),
    ...householdCriteria(src, { awareness: 'II.3.b, III.1.a', economy: 'II.3.h, III.1.a', society: 'II.3.h, III.1.a' }),
  ],
  classification: CLASSIFICATION,
  awards: { forms: [communeCertificate(src('III.2'))], tieBreaks: TIE_BREAKS },
  notes: [
    ADJUSTABLE_SPLIT,
    'Kế hoạch giao công chức Văn hóa - xã hội xây dựng tiêu chí đánh giá, chấm điểm thi đua (mục IV.1); bộ này chuyển các nội dung thi đua tại mục II.3 (a, b, c, d, f, g, h — kế hoạch không có mục e) thành tiêu chí chấm thủ công để cán bộ bắt đầu.',
    'Mỗi loại tập thể tổng 100 điểm; cá nhân 100 điểm; hộ gia đình 100 điểm (đối tượng khen thưởng tại mục III.1.a). Lĩnh vực ưu tiên (H1–H3) không thuộc nhiệm vụ của đơn vị thì ghi «Không được giao».',
    'Khen thưởng: Giấy khen của Chủ tịch UBND xã (mục III.2); kế hoạch không nêu số lượng hay tiêu chí bắt buộc. Đối tượng khen thưởng gồm cả hộ gia đình (mục III.1.a).',
    'Báo cáo: cuối năm, qua công chức Văn hóa - xã hội (mục IV.3, IV.5); kế hoạch không nêu ngày cụ thể.',
    CLASSIFICATION_NOTE,
  ].join('\n'),
};
