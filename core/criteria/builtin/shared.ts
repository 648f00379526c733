// Pieces every built-in set uses: criterion builders, classification bands, recurring subject kinds.
// The builders only fill the fields that follow from the kind of target (unit, measure, rule);
// titles, targets, points and clauses stay written out in each set's file.
import type { Comparator, CriteriaSetInput } from '../schema.js';

export type CriterionInput = CriteriaSetInput['criteria'][number];
export type SubjectKindInput = CriteriaSetInput['subjectKinds'][number];
export type AwardFormInput = NonNullable<NonNullable<CriteriaSetInput['awards']>['forms']>[number];

/** The point split of every built-in set is ours, not the plan's: officers are told so. */
export const ADJUSTABLE_SPLIT = 'Điểm phân bổ do cán bộ điều chỉnh cho phù hợp.';

/** Bands the plans do not set; a common local practice, configurable per set. */
export const CLASSIFICATION: CriteriaSetInput['classification'] = [
  { id: 'xuat-sac', label: 'Xuất sắc', minPercent: 90 },
  { id: 'tot', label: 'Tốt', minPercent: 80 },
  { id: 'dat', label: 'Đạt', minPercent: 60 },
  { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
];

/** Why a set gives partial points below a target: the plan's targets are a path the units advance along. */
export const PROPORTIONAL_NOTE = (clause: string) =>
  `Dưới chỉ tiêu, tiêu chí tỷ lệ được điểm theo tỷ lệ đạt được so với chỉ tiêu (Cách tính «Tỷ lệ», làm tròn xuống, luôn dưới điểm tối đa): các chỉ tiêu ở mục ${clause} là mục tiêu phấn đấu của cả xã đến cuối giai đoạn, mỗi đơn vị góp phần tiến tới, nên phần đã làm được vẫn được ghi nhận. Muốn «đạt mới có điểm» thì đổi Cách tính thành «Đạt chỉ tiêu».`;

export const CLASSIFICATION_NOTE =
  'Xếp loại (Xuất sắc từ 90%, Tốt từ 80%, Đạt từ 60%, Chưa đạt dưới 60% tổng điểm áp dụng) và thứ tự ưu tiên khi bằng điểm ' +
  'không do kế hoạch quy định mà là mặc định của phần mềm — cán bộ điều chỉnh được.';

export const TIE_BREAKS: NonNullable<CriteriaSetInput['awards']>['tieBreaks'] = [
  'percent',
  'total',
  'gates_met',
  'earlier_submission',
  'name',
];

type Common = Pick<CriterionInput, 'code' | 'title' | 'group' | 'maxPoints' | 'appliesTo' | 'source' | 'note' | 'portal'> & {
  evidence?: boolean;
};

/** A rate with a threshold, scored in proportion to the target (Tỷ lệ). `stated` = a percent given directly, not tử số / mẫu số. */
export function rate(c: Common & { target: [Comparator, number]; stated?: boolean; allOrNothing?: boolean }): CriterionInput {
  const { target, stated, evidence, allOrNothing, ...rest } = c;
  return {
    ...rest,
    unit: '%',
    measure: stated ? 'percent' : 'ratio',
    target: { comparator: target[0], value: target[1] },
    // Below the target: a share of the points in proportion (Tỷ lệ), or none (Đạt chỉ tiêu) where the plan means reaching it.
    rule: { kind: allOrNothing ? 'threshold' : 'ratio' },
    evidenceRequired: evidence ?? false,
  };
}

/** Done or not (Có/Không): yes earns the max. */
export function yesNo(c: Common): CriterionInput {
  const { evidence, ...rest } = c;
  return {
    ...rest,
    unit: 'Có/Không',
    measure: 'yes_no',
    target: { comparator: '=', value: 1 },
    rule: { kind: 'yes_no' },
    evidenceRequired: evidence ?? false,
  };
}

/** A count with a target; `rule` says how it scores (ratio to the target, all or nothing, per occurrence). */
export function count(
  c: Common & { unit: string; target: [Comparator, number]; rule: CriterionInput['rule'] },
): CriterionInput {
  const { target, evidence, ...rest } = c;
  return {
    ...rest,
    measure: 'count',
    target: { comparator: target[0], value: target[1] },
    evidenceRequired: evidence ?? false,
  };
}

/** Points the officer gives within 0..max (Thủ công); the note says the split is theirs to adjust. */
export function manual(c: Common): CriterionInput {
  const { evidence, note, ...rest } = c;
  return {
    ...rest,
    unit: 'điểm',
    measure: 'points',
    rule: { kind: 'manual' },
    evidenceRequired: evidence ?? true,
    note: note ? `${note} ${ADJUSTABLE_SPLIT}` : ADJUSTABLE_SPLIT,
  };
}

/** Spellings officers use for a hamlet in the `Loại đơn vị` cell. */
/** Groups of the Đại Từ plans that list content areas (Lục Ba 2024, Tân Linh 2025), scored by hand. */
export const CONTENT_AREA_GROUPS: CriteriaSetInput['groups'] = [
  { id: 'ND', title: 'Nội dung thi đua' },
  { id: 'LVUT', title: 'Lĩnh vực ưu tiên thi đua đẩy mạnh chuyển đổi số' },
  { id: 'CN', title: 'Cá nhân' },
];

export const HAMLET_ALIASES = ['Bản', 'Thôn', 'Xóm', 'Tổ dân phố', 'Khu dân cư', 'Làng'];

export const UBND_XA_ALIASES = [
  'UBND xã',
  'Ủy ban nhân dân xã',
  'Uỷ ban nhân dân xã',
  'Bộ phận Một cửa',
  'Bộ phận một cửa xã',
  'Bộ phận tiếp nhận và trả kết quả',
];

export const INDIVIDUAL_ALIASES = ['Cá nhân', 'Cán bộ', 'Công chức', 'Viên chức', 'Người lao động', 'CBCCVC', 'CB, CC, VC'];

export const SCHOOL: SubjectKindInput = {
  id: 'truong-hoc',
  label: 'Trường học',
  collective: true,
  aliases: ['Trường', 'Nhà trường', 'Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường Trung học cơ sở'],
};

export const HEALTH_STATION: SubjectKindInput = {
  id: 'tram-y-te',
  label: 'Trạm y tế xã',
  collective: true,
  aliases: ['Trạm y tế', 'Trạm Y tế'],
};

/**
 * How a form's source starts when no plan names it and the software chose it (a sheet without awards, a plan that only
 * says «khen thưởng»): the papers say so before they are written (core/papers/plan-forms.ts).
 */
export const SOFTWARE_DEFAULT = 'Mặc định của phần mềm';

/** The commune chairman's certificate, the award every plan gives at commune level. */
export function communeCertificate(source: string, gateCriteria: string[] = []): AwardFormInput {
  return {
    id: 'giay-khen-xa',
    label: 'Giấy khen của Chủ tịch UBND xã',
    level: 'xa',
    minClassification: 'tot',
    gateCriteria,
    quotas: [],
    source,
  };
}

/**
 * Individuals' criteria for the two plans (Lục Ba, Tân Linh) that list content areas for collectives only:
 * the same three aspects, each citing the plan's own clauses.
 */
export function individualContentCriteria(
  source: (clause: string) => string,
  clauses: { awareness: string; security: string; movement: string },
  group: string,
  kinds: string[],
): CriterionInput[] {
  return [
    manual({
      code: 'CN1',
      title: 'Gương mẫu học tập, nâng cao nhận thức và kỹ năng số; tiên phong ứng dụng chuyển đổi số trong nhiệm vụ được giao',
      group,
      maxPoints: 30,
      appliesTo: kinds,
      source: source(clauses.awareness),
    }),
    manual({
      code: 'CN2',
      title: 'Chấp hành quy định về an ninh mạng, bảo mật thông tin và an toàn dữ liệu',
      group,
      maxPoints: 20,
      appliesTo: kinds,
      source: source(clauses.security),
    }),
    manual({
      code: 'CN3',
      title: 'Tích cực tham gia phong trào thi đua; có cách làm hay, mô hình hiệu quả trong các lĩnh vực ưu tiên',
      group,
      maxPoints: 50,
      appliesTo: kinds,
      source: source(clauses.movement),
    }),
  ];
}

/** Hộ gia đình (households), a subject where a plan names them (Tân Linh II.1.b and IV.1.a, Lục Ba III.1.a). */
export const HOUSEHOLD: SubjectKindInput = { id: 'ho-gia-dinh', label: 'Hộ gia đình', collective: false, household: true, aliases: ['Hộ', 'Gia đình', 'Hộ dân'] };

/** The group households' criteria sit in. */
export const HOUSEHOLD_GROUP = { id: 'HGD', title: 'Hộ gia đình' };

/** Households' criteria: taking part, digital production and trade, digital services — each citing the plan's own clauses. */
export function householdCriteria(source: (clause: string) => string, clauses: { awareness: string; economy: string; society: string }): CriterionInput[] {
  return [
    manual({
      code: 'HGD1',
      title: 'Hưởng ứng tuyên truyền, tìm hiểu và tham gia tiến trình chuyển đổi số của xã',
      group: HOUSEHOLD_GROUP.id,
      maxPoints: 30,
      appliesTo: [HOUSEHOLD.id],
      evidence: false,
      source: source(clauses.awareness),
    }),
    manual({
      code: 'HGD2',
      title: 'Ứng dụng công nghệ số trong sản xuất, kinh doanh (truy xuất nguồn gốc, thương mại điện tử sản phẩm chè, OCOP…)',
      group: HOUSEHOLD_GROUP.id,
      maxPoints: 40,
      appliesTo: [HOUSEHOLD.id],
      evidence: false,
      source: source(clauses.economy),
    }),
    manual({
      code: 'HGD3',
      title: 'Sử dụng các ứng dụng số trong giáo dục, y tế (Bảo hiểm xã hội số trên điện thoại thông minh), văn hóa, du lịch',
      group: HOUSEHOLD_GROUP.id,
      maxPoints: 30,
      appliesTo: [HOUSEHOLD.id],
      evidence: false,
      source: source(clauses.society),
    }),
  ];
}
