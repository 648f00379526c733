// What the two Ta Ma sets share: the one plan (2023–2030) with its subjects, award standards (IV.2),
// award forms (IV.1) and quotas (IV.3). Only the targets differ (2025: III.2.2.1; 2030: III.2.2.2).
import type { CriteriaSetInput } from '../schema.js';
import {
  ADJUSTABLE_SPLIT,
  CLASSIFICATION,
  CLASSIFICATION_NOTE,
  PROPORTIONAL_NOTE,
  TIE_BREAKS,
  type AwardFormInput,
  type CriterionInput,
  HAMLET_ALIASES,
  INDIVIDUAL_ALIASES,
  UBND_XA_ALIASES,
  communeCertificate,
  count,
  manual,
  yesNo,
  rate,
} from './shared.js';

export const taMaSource = (clause: string): string => `KH Ta Ma 6/2023, mục ${clause}`;

const TA_MA_PLACE = { commune: 'Ta Ma', district: 'Tuần Giáo', province: 'Điện Biên' } as const;

const TA_MA_LEGAL_BASIS: CriteriaSetInput['legalBasis'] = {
  // The plan is printed with its number and day left blank: "Số: /KH-UBND", "ngày … tháng 6 năm 2023".
  document: '…/KH-UBND',
  date: '',
  title:
    'Kế hoạch Phát động và tổ chức thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030” trên địa bàn xã Ta Ma (tháng 6/2023)',
};

const TA_MA_KINDS: CriteriaSetInput['subjectKinds'] = [
  {
    id: 'ubnd-xa',
    label: 'UBND xã (Văn phòng HĐND-UBND, Bộ phận Một cửa)',
    collective: true,
    aliases: [...UBND_XA_ALIASES, 'Văn phòng HĐND-UBND'],
  },
  {
    id: 'co-quan',
    label: 'Cơ quan, ban, ngành, UB MTTQ và tổ chức chính trị - xã hội xã',
    collective: true,
    aliases: [
      'Cơ quan',
      'Cơ quan, ban, ngành',
      'Bộ phận chuyên môn',
      'Ban, ngành, đoàn thể',
      'Đoàn thể',
      'MTTQ',
      'UB MTTQ',
      'Ủy ban MTTQ',
      'Tổ chức chính trị - xã hội',
    ],
  },
  { id: 'ban', label: 'Bản', collective: true, aliases: HAMLET_ALIASES },
  {
    id: 'ca-nhan',
    label: 'Cá nhân (CB, CC, VC, người lao động, Nhân dân)',
    collective: false,
    aliases: [...INDIVIDUAL_ALIASES, 'Người dân'],
  },
  // «Các tập thể, cá nhân ngoài xã có nhiều đóng góp» (II.3), proposed for awards «nếu có» (IV.3.1).
  { id: 'tap-the-ngoai-xa', label: 'Tập thể ngoài xã có nhiều đóng góp cho Chuyển đổi số của xã', collective: true, aliases: ['Tập thể ngoài xã', 'Ngoài xã'] },
  { id: 'ca-nhan-ngoai-xa', label: 'Cá nhân ngoài xã có nhiều đóng góp cho Chuyển đổi số của xã', collective: false, aliases: ['Cá nhân ngoài xã'] },
];

/** The target groups follow the plan's a–d; the standards groups follow IV.2.a and IV.2.b. */
const TA_MA_GROUPS: CriteriaSetInput['groups'] = [
  { id: 'HTS', title: 'Phát triển hạ tầng số' },
  { id: 'CQS', title: 'Phát triển chính quyền số' },
  { id: 'KTS', title: 'Phát triển kinh tế số' },
  { id: 'XHS', title: 'Phát triển xã hội số' },
  { id: 'TCTT', title: 'Tiêu chuẩn khen thưởng tập thể' },
  { id: 'TCCN', title: 'Tiêu chuẩn khen thưởng cá nhân' },
  { id: 'NX', title: 'Tập thể, cá nhân ngoài xã' },
];

const AGENCIES = ['ubnd-xa', 'co-quan'];

/** Standards for collectives (IV.2.a: agencies, then hamlets) and individuals (IV.2.b). */
const TA_MA_STANDARDS: CriterionInput[] = [
  rate({
    code: 'TT1',
    title: 'Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao tại Kế hoạch Chuyển đổi số hằng năm của UBND xã',
    group: 'TCTT',
    target: ['=', 100],
    maxPoints: 10,
    appliesTo: [...AGENCIES, 'ban'],
    evidence: true,
    source: taMaSource('IV.2.a'),
    note: 'Tử số: nhiệm vụ hoàn thành đúng hạn; mẫu số: nhiệm vụ được giao trong năm.',
  }),
  manual({
    code: 'TT2',
    title:
      'Tổ chức phong trào thi đua thiết thực, hiệu quả; có mô hình, giải pháp, cách làm hay trong lãnh đạo, chỉ đạo chuyển đổi số; tích cực vận động CB, CC, VC, người lao động hưởng ứng',
    group: 'TCTT',
    maxPoints: 10,
    appliesTo: AGENCIES,
    source: taMaSource('IV.2.a'),
  }),
  manual({
    code: 'TT3',
    title:
      'Ứng dụng nền tảng số thiết thực trong các ngành, lĩnh vực, đáp ứng tiêu chuẩn, quy chuẩn kỹ thuật và bảo đảm an toàn, an ninh mạng',
    group: 'TCTT',
    maxPoints: 10,
    appliesTo: AGENCIES,
    source: taMaSource('IV.2.a'),
  }),
  yesNo({
    code: 'TT4',
    title: 'Thực hiện tốt chế độ thông tin, báo cáo theo quy định',
    group: 'TCTT',
    maxPoints: 5,
    appliesTo: [...AGENCIES, 'ban'],
    evidence: true,
    source: taMaSource('IV.2.a'),
  }),
  yesNo({
    code: 'TT5',
    title: 'Kết quả xếp hạng thuộc tốp đầu theo Bộ chỉ số đánh giá Chính quyền số của các bộ phận chuyên môn thuộc UBND xã',
    group: 'TCTT',
    maxPoints: 20,
    appliesTo: AGENCIES,
    evidence: true,
    source: taMaSource('IV.2.a'),
    note: '«Tốp đầu» do Hội đồng Thi đua - Khen thưởng xã xác định khi xếp hạng; đơn vị không thuộc diện xếp hạng ghi «Không được giao».',
  }),
  manual({
    code: 'BAN1',
    title: 'Tổ chức Phong trào thi đua thiết thực, hiệu quả; có nhiều sáng kiến, giải pháp trong lãnh đạo, chỉ đạo thực hiện Chuyển đổi số đạt kết quả tốt',
    group: 'TCTT',
    maxPoints: 15,
    appliesTo: ['ban'],
    source: taMaSource('IV.2.a (đối với các bản)'),
  }),
  yesNo({
    code: 'CN1',
    title: 'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tích cực hưởng ứng Phong trào thi đua',
    group: 'TCCN',
    maxPoints: 20,
    appliesTo: ['ca-nhan'],
    source: taMaSource('IV.2.b'),
  }),
  count({
    code: 'CN2',
    title:
      'Có sáng kiến, giải pháp hữu ích trong việc xây dựng, ban hành hoặc trình cấp có thẩm quyền ban hành cơ chế, chính sách, hướng dẫn về Chuyển đổi số',
    group: 'TCCN',
    unit: 'sáng kiến',
    target: ['>=', 1],
    maxPoints: 40,
    rule: { kind: 'per_occurrence', pointsEach: 20 },
    appliesTo: ['ca-nhan'],
    evidence: true,
    source: taMaSource('IV.2.b'),
    note: 'Mỗi sáng kiến, giải pháp được công nhận 20 điểm, tối đa 40 điểm.',
  }),
  manual({
    code: 'CN3',
    title:
      'Nỗ lực bám nắm cơ sở; tổ chức thực hiện, kiểm tra thực hiện cơ chế chính sách, hướng dẫn tạo điều kiện cho Chuyển đổi số và phát triển sản phẩm, dịch vụ, mô hình kinh doanh mới dựa trên công nghệ số',
    group: 'TCCN',
    maxPoints: 40,
    appliesTo: ['ca-nhan'],
    source: taMaSource('IV.2.b'),
  }),
  manual({
    code: 'NX1',
    title: 'Có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào Chuyển đổi số của xã',
    group: 'NX',
    maxPoints: 100,
    appliesTo: ['tap-the-ngoai-xa', 'ca-nhan-ngoai-xa'],
    source: taMaSource('IV.2.c, II.3'),
    note: 'Kế hoạch viết «ngoài huyện … của huyện» ở mục IV.2.c (chép từ kế hoạch cấp huyện); mục II.3 và IV.3.1 nói tập thể, cá nhân ngoài xã đóng góp cho xã.',
  }),
];

/** Gates: the task-completion and reporting standards for collectives; the conduct and initiative standards for individuals. */
const PROVINCIAL_GATES = ['TT1', 'TT4', 'CN1', 'CN2'];

/** Award forms decided along the People's Committee line (IV.1), every year of the movement, highest first: a unit is proposed for at most one form, the highest it qualifies for. */
export const TA_MA_YEARLY_FORMS: AwardFormInput[] = [
  {
    id: 'bang-khen-tinh-hang-nam',
    label: 'Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)',
    level: 'tinh',
    minClassification: 'xuat-sac',
    gateCriteria: PROVINCIAL_GATES,
    // "tối đa không quá 05 tập thể, cá nhân": one quota shared by collectives and individuals.
    quotas: [{ subject: 'all', max: 5 }],
    source: taMaSource('IV.1, IV.3.1'),
  },
  {
    id: 'giay-khen-huyen',
    label: 'Giấy khen của Chủ tịch UBND huyện',
    level: 'huyen',
    minClassification: 'xuat-sac',
    gateCriteria: ['TT1', 'TT4', 'CN1'],
    quotas: [],
    source: taMaSource('IV.1'),
  },
  communeCertificate(taMaSource('IV.1'), ['TT1', 'CN1']),
];

/** Phase I review (sơ kết, Q4 2025): at most 5 collectives and 5 individuals for the provincial certificate. */
export const TA_MA_PHASE_ONE_FORM: AwardFormInput = {
  id: 'bang-khen-tinh-so-ket-gd1',
  label: 'Bằng khen của Chủ tịch UBND tỉnh (sơ kết giai đoạn I, 2023 - 2025)',
  level: 'tinh',
  round: 'so-ket',
  minClassification: 'xuat-sac',
  gateCriteria: PROVINCIAL_GATES,
  quotas: [
    { subject: 'collective', max: 5 },
    { subject: 'individual', max: 5 },
  ],
  source: taMaSource('IV.3.2'),
};

/**
 * Phase II review (tổng kết, Q4 2030): 3 collectives and 10 individuals for the provincial certificate. The national
 * forms have no number in the plan (IV.3.3): units that qualify are listed for the council, never proposed automatically.
 */
export const TA_MA_PHASE_TWO_FORMS: AwardFormInput[] = [
  {
    id: 'huan-chuong-lao-dong-hang-ba',
    label: 'Huân chương Lao động hạng Ba (tổng kết giai đoạn II)',
    level: 'trung-uong',
    round: 'tong-ket',
    minClassification: 'xuat-sac',
    gateCriteria: PROVINCIAL_GATES,
    quotas: [],
    source: taMaSource('IV.1, IV.3.3'),
  },
  {
    id: 'bang-khen-thu-tuong',
    label: 'Bằng khen của Thủ tướng Chính phủ (tổng kết giai đoạn II)',
    level: 'trung-uong',
    round: 'tong-ket',
    minClassification: 'xuat-sac',
    gateCriteria: PROVINCIAL_GATES,
    quotas: [],
    source: taMaSource('IV.1, IV.3.3'),
  },
  {
    id: 'bang-khen-tinh-tong-ket-gd2',
    label: 'Bằng khen của Chủ tịch UBND tỉnh (tổng kết giai đoạn II, 2026 - 2030)',
    level: 'tinh',
    round: 'tong-ket',
    minClassification: 'xuat-sac',
    gateCriteria: PROVINCIAL_GATES,
    quotas: [
      { subject: 'collective', max: 3 },
      { subject: 'individual', max: 10 },
    ],
    source: taMaSource('IV.3.3'),
  },
];

const TA_MA_NOTES = [
  'Hạn nộp: các cơ quan, ban, ngành, đoàn thể báo cáo về UBND xã «trước ngày 05/11» hằng năm (mục V.6), tức chậm nhất ngày 04/11; công chức Văn hóa tổng hợp báo cáo trước 27/11 (mục V.4). Năm khác: sửa năm của hạn nộp.',
  'Loại «UBND xã» mang thêm các chỉ tiêu chung của xã (thủ tục hành chính, họp hai cấp, kinh tế số); «UBND xã» và «Cơ quan» có tiêu chuẩn xếp hạng tốp đầu Bộ chỉ số Chính quyền số (TT5, mục IV.2.a). Tổng điểm: UBND xã 120, cơ quan 100, bản 100, cá nhân 100, tập thể và cá nhân ngoài xã 100 (NX1, mục II.3, IV.2.c); xếp loại theo tỷ lệ % trên tổng điểm áp dụng nên các loại so sánh được.',
  'Tiêu chí bắt buộc (TT1, TT4 cho tập thể; CN1, CN2 cho cá nhân) chỉ xét với loại đối tượng mà tiêu chí áp dụng.',
  'Các hình thức khác tại mục IV.1 (Bằng khen của UB MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh, Giấy khen của Thủ trưởng các sở, ban, ngành tỉnh) do các cơ quan đó xét, không tính ở đây.',
];

/**
 * A Ta Ma criteria set: the plan's subjects, groups, award standards (IV.2), classification and notes,
 * with the phase's own targets, period and award forms.
 */
export function taMaSet(phase: {
  id: string;
  title: string;
  period: CriteriaSetInput['period'];
  deadline: string;
  targets: CriterionInput[];
  /** The plan clause the phase's targets come from (III.2.2.1, III.2.2.2). */
  targetsClause: string;
  forms: AwardFormInput[];
  awardNote: string;
}): CriteriaSetInput {
  return {
    id: phase.id,
    version: '2025.1',
    title: phase.title,
    ...TA_MA_PLACE,
    legalBasis: TA_MA_LEGAL_BASIS,
    period: phase.period,
    deadline: phase.deadline,
    deadlineWording: 'trước ngày 05/11 hằng năm (mục V.6)',
    subjectKinds: TA_MA_KINDS,
    groups: TA_MA_GROUPS,
    criteria: [...phase.targets, ...TA_MA_STANDARDS],
    classification: CLASSIFICATION,
    awards: { forms: phase.forms, tieBreaks: TIE_BREAKS },
    notes: [ADJUSTABLE_SPLIT, PROPORTIONAL_NOTE(phase.targetsClause), phase.awardNote, ...TA_MA_NOTES, CLASSIFICATION_NOTE].join('\n'),
  };
}
