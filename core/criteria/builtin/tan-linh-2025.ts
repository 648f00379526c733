// Tân Linh (Đại Từ, Thái Nguyên): the ten content areas of II.3 (3.1–3.10) as criteria the officer scores by
// hand. The plan leaves the scoring criteria to the Standing Council for emulation (V.1); this set is a starting point.
import type { CriteriaSetInput } from '../schema.js';
import {
  ADJUSTABLE_SPLIT,
  CLASSIFICATION,
  CLASSIFICATION_NOTE,
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

const src = (clause: string) => `KH Tân Linh 2025, mục ${clause}`;

const subjectKinds: CriteriaSetInput['subjectKinds'] = [
  {
    id: 'co-quan',
    label: 'Cơ quan xã (Đảng ủy, HĐND, UBND)',
    collective: true,
    aliases: ['Cơ quan xã', 'Cơ quan', 'Đảng ủy', 'HĐND xã', 'UBND xã', 'Ủy ban nhân dân xã'],
  },
  {
    id: 'mttq-doan-the',
    label: 'MTTQ và các đoàn thể',
    collective: true,
    aliases: [
      'MTTQ',
      'Ủy ban MTTQ',
      'UB MTTQ',
      'Đoàn thể',
      'Hội Phụ nữ',
      'Hội Nông dân',
      'Hội Cựu chiến binh',
      'Đoàn thanh niên',
      'Tổ chức chính trị - xã hội',
    ],
  },
  { id: 'cong-an', label: 'Công an xã', collective: true, aliases: ['Công an', 'Công an xã Tân Linh'] },
  HEALTH_STATION,
  SCHOOL,
  {
    id: 'ca-nhan',
    label: 'Cá nhân (cán bộ, công chức, viên chức, người lao động tại các cơ quan)',
    collective: false,
    aliases: INDIVIDUAL_ALIASES,
  },
  HOUSEHOLD,
];

const COLLECTIVES = subjectKinds.filter((k) => k.collective).map((k) => k.id);

export const tanLinh2025: CriteriaSetInput = {
  id: 'tan-linh-2025',
  // 2025.2: its households are households (HOUSEHOLD's `household`), no longer persons — on the template, the quotas
  // and every paper; a report from a 2025.1 template is said to be made on the earlier version.
  version: '2025.2',
  title: 'Tân Linh — Phong trào thi đua “xã Tân Linh đẩy mạnh chương trình chuyển đổi số” năm 2025',
  commune: 'Tân Linh',
  district: 'Đại Từ',
  province: 'Thái Nguyên',
  // The copy of the plan we have carries no number or date.
  legalBasis: {
    document: '',
    date: '',
    title: 'Kế hoạch Phát động thực hiện phong trào thi đua “chuyển đổi số” năm 2025 trên địa bàn xã Tân Linh',
  },
  period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
  subjectKinds,
  groups: [...CONTENT_AREA_GROUPS, HOUSEHOLD_GROUP],
  criteria: [
    manual({
      code: 'ND1',
      title: 'Tăng cường công tác lãnh đạo, chỉ đạo thực hiện các chỉ thị, nghị quyết của Trung ương, tỉnh, huyện về chuyển đổi số',
      group: 'ND',
      maxPoints: 8,
      appliesTo: COLLECTIVES,
      source: src('II.3.1'),
    }),
    manual({
      code: 'ND2',
      title:
        'Đẩy mạnh tuyên truyền, quán triệt, học tập, nâng cao nhận thức về chuyển đổi số; người đứng đầu chịu trách nhiệm trực tiếp, tiên phong đi đầu trong chuyển đổi số',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.2'),
    }),
    manual({
      code: 'ND3',
      title:
        'Xây dựng chương trình, kế hoạch và đẩy nhanh tiến trình chuyển đổi số theo ngành, lĩnh vực; rà soát, tham mưu đề xuất sửa đổi cơ chế, chính sách',
      group: 'ND',
      maxPoints: 8,
      appliesTo: COLLECTIVES,
      source: src('II.3.3'),
    }),
    manual({
      code: 'ND4',
      title:
        'Đào tạo, bồi dưỡng về chuyển đổi số cho cán bộ, công chức, viên chức, người lao động, nhất là đội ngũ lãnh đạo chủ chốt và cán bộ phụ trách công nghệ thông tin',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.4'),
    }),
    manual({
      code: 'ND5',
      title: 'Tăng cường đầu tư, phát triển hạ tầng số, nền tảng số; sẵn sàng thử nghiệm các giải pháp, công nghệ mới',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.5'),
    }),
    manual({
      code: 'ND6',
      title:
        'Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội trong tuyên truyền, vận động Nhân dân hưởng ứng chương trình chuyển đổi số',
      group: 'ND',
      maxPoints: 8,
      appliesTo: COLLECTIVES,
      source: src('II.3.6'),
    }),
    manual({
      code: 'ND7',
      title: 'Xây dựng cơ chế thúc đẩy chuyển đổi số; phát triển nguồn nhân lực; xây dựng, tạo lập dữ liệu mở',
      group: 'ND',
      maxPoints: 8,
      appliesTo: COLLECTIVES,
      source: src('II.3.7'),
    }),
    manual({
      code: 'ND8',
      title:
        'Tăng cường quản lý an ninh mạng, bảo mật thông tin và an toàn dữ liệu; phòng chống hoạt động phá hoại, thâm nhập hệ thống chính quyền điện tử',
      group: 'ND',
      maxPoints: 10,
      appliesTo: COLLECTIVES,
      source: src('II.3.8'),
    }),
    manual({
      code: 'ND9',
      title:
        'Tổ chức phong trào thi đua thiết thực, hiệu quả với nội dung, hình thức phong phú, đa dạng, bám sát nhiệm vụ chính trị của địa phương',
      group: 'ND',
      maxPoints: 8,
      appliesTo: COLLECTIVES,
      source: src('II.3.9'),
    }),
    manual({
      code: 'ND10A',
      title:
        'Xây dựng chính quyền số: họp trực tuyến, phòng họp không giấy, ký số; trung tâm điều hành chính quyền số kết nối dữ liệu các phần mềm',
      group: 'LVUT',
      maxPoints: 8,
      appliesTo: COLLECTIVES,
      source: src('II.3.10'),
    }),
    manual({
      code: 'ND10B',
      title:
        'Phát triển kinh tế số: nông nghiệp (chè, sản phẩm OCOP, thương mại điện tử), công nghiệp - tiểu thủ công nghiệp, giao thông, tài nguyên và môi trường',
      group: 'LVUT',
      maxPoints: 6,
      appliesTo: COLLECTIVES,
      source: src('II.3.10'),
    }),
    manual({
      code: 'ND10C',
      title: 'Phát triển xã hội số: giáo dục và đào tạo, y tế (Bảo hiểm xã hội số), văn hóa, du lịch, an ninh',
      group: 'LVUT',
      maxPoints: 6,
      appliesTo: COLLECTIVES,
      source: src('II.3.10'),
    }),
    ...individualContentCriteria(src, { awareness: 'II.3.2, 3.4', security: 'II.3.8', movement: 'II.3.9, 3.10' }, 'CN', [
      'ca-nhan',
    ]),
    ...householdCriteria(src, { awareness: 'II.3.2', economy: 'II.3.10', society: 'II.3.10' }),
  ],
  classification: CLASSIFICATION,
  awards: { forms: [communeCertificate(src('IV.2'))], tieBreaks: TIE_BREAKS },
  notes: [
    ADJUSTABLE_SPLIT,
    'Kế hoạch giao Thường trực Hội đồng Thi đua - Khen thưởng xã xây dựng tiêu chí đánh giá, chấm điểm thi đua (mục V.1); bộ này chuyển mười nội dung thi đua tại mục II.3 thành tiêu chí chấm thủ công để cán bộ bắt đầu.',
    'Mỗi loại tập thể tổng 100 điểm; cá nhân 100 điểm; hộ gia đình 100 điểm. Nội dung không thuộc nhiệm vụ của đơn vị thì ghi «Không được giao».',
    'Khen thưởng: Giấy khen của Chủ tịch UBND xã (mục IV.2); kế hoạch không nêu số lượng hay tiêu chí bắt buộc.',
    'Báo cáo: theo chỉ đạo của cấp trên và UBND xã (mục V.7); kế hoạch không nêu ngày cụ thể.',
    CLASSIFICATION_NOTE,
  ].join('\n'),
};
