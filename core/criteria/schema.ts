// Bộ tiêu chí (criteria set): the single source of truth for its shape.
// Types are inferred from these schemas; parse at the edges (JSON files, sheets), trust inside.
import { z } from 'zod';
import { RATE_FORMULA_IDS } from '../indicators/formulas-766.js';

/** So sánh của chỉ tiêu (target comparator). */
export const Comparator = z.enum(['>=', '>', '=', '<=', '<']);
export type Comparator = z.infer<typeof Comparator>;

/** Chỉ tiêu (target): e.g. ≥ 80 (%), = 100 (%), ≥ 2 (lần), = 1 (Có). */
export const Target = z.object({
  comparator: Comparator,
  /** In the criterion's own unit: percent points for percent/ratio (80 = 80%), 1/0 for yes/no. */
  value: z.number(),
});
export type Target = z.infer<typeof Target>;

/** What is measured (đại lượng đo). */
export const Measure = z.enum([
  'ratio', // tỷ lệ: numerator / denominator, shown as a percent
  'percent', // phần trăm stated directly
  'count', // số lượng (lần, người, cuộc…)
  'yes_no', // có / không
  'date', // ngày (e.g. a deadline met)
  'points', // điểm do cán bộ chấm (manual points)
]);
export type Measure = z.infer<typeof Measure>;

/**
 * One band of a tiered rule: value ≥ min earns `points`. `label`: the level's name as the table writes it («a»,
 * «Giỏi»), which a unit may type for the level instead of its points. Points below zero: a level that takes points
 * («- Không tổ chức | 0 | Trừ −3»: a unit at that level loses 3), its min its points.
 */
export const Tier = z.object({ min: z.number(), points: z.number(), label: z.string().min(1).optional() });
export type Tier = z.infer<typeof Tier>;

/** Cách tính điểm (scoring rule). Each kind is implemented in core/criteria/rules/<kind>.ts. */
export const ScoringRule = z.discriminatedUnion('kind', [
  /** Đạt chỉ tiêu: all or nothing. */
  z.object({ kind: z.literal('threshold') }),
  /**
   * Tỷ lệ: min(1, value / target) × max. `fullFrom` (đủ điểm từ N%): the maximum from that rate, below it the rate
   * measured against 100% × max — «Tỷ lệ ≥ 90%: Điểm tối đa; Tỷ lệ < 90%: Tỷ lệ × Điểm tối đa», 8,5 of 10 at 85%.
   */
  z.object({ kind: z.literal('ratio'), fullFrom: z.number().positive().max(100).optional() }),
  /** Bậc: the highest tier whose min the value reaches. */
  z.object({ kind: z.literal('tiers'), tiers: z.array(Tier).min(1) }),
  /** Mỗi lần: points per occurrence, capped at max. */
  z.object({ kind: z.literal('per_occurrence'), pointsEach: z.number().positive() }),
  /** Có/Không: yes earns max. */
  z.object({ kind: z.literal('yes_no') }),
  /** Thủ công: the officer enters points within 0..max. */
  z.object({ kind: z.literal('manual') }),
  /**
   * Cộng điểm: added on top of the total, capped at max; pointsEach given = value is a count. `recorded`: the document
   * says its bonus is recorded beside the official total, not added to it («ghi nhận, không cộng vào tổng»). `withinPart`:
   * a part's own bonus row, raising the part at most to its group's maximum (core/scoring/capped-parts.ts).
   */
  z.object({ kind: z.literal('bonus'), pointsEach: z.number().positive().optional(), recorded: z.literal(true).optional(), withinPart: z.literal(true).optional() }),
  /** Trừ điểm: subtracted, capped at max; pointsEach given = value is a count. */
  z.object({ kind: z.literal('deduction'), pointsEach: z.number().positive().optional() }),
  /**
   * Min-Max giữa các đơn vị: (figure − lowest)/(highest − lowest) × max over the units scored together, the highest
   * earning the maximum (`lower`: the lowest earns it); no report alone gives it (core/run/min-max.ts, the run's pass).
   */
  z.object({ kind: z.literal('min_max'), lower: z.literal(true).optional() }),
  /** Công thức Cổng 766: a rate scored as the national 766 portal scores it (core/indicators/formulas-766.ts). */
  z.object({ kind: z.literal('portal_766'), formula: z.enum(RATE_FORMULA_IDS) }),
]);
export type ScoringRule = z.infer<typeof ScoringRule>;
export type RuleKind = ScoringRule['kind'];

/** Loại đối tượng (subject kind): a collective kind (agency, hamlet, school…), individuals, or households. */
export const SubjectKind = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  collective: z.boolean(),
  /**
   * Hộ gia đình: an award subject of its own in the Law on Emulation and Commendation, neither a collective nor a person
   * (`collective: false`): the papers count, list and report it as a household, and price no prize for it as a person's.
   */
  household: z.literal(true).optional(),
  /** Other spellings officers use in the `Loại đơn vị` cell. */
  aliases: z.array(z.string()).default([]),
});
export type SubjectKind = z.infer<typeof SubjectKind>;

/** Nhóm tiêu chí. */
export const CriteriaGroup = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  maxPoints: z.number().nonnegative().optional(),
  /**
   * Khung điểm trừ có sẵn: the group's maximum is the unit's by default and its deduction rows take from it, at most all
   * of it («A. KHUNG ĐIỂM TRỪ [A = 20 − (Tổng điểm trừ)]»: a unit without violations has the 20, counted in the base of
   * 100). Only a group of deduction rows with its maximum (check-set.ts); absent in sets saved before it was read.
   */
  granted: z.literal(true).optional(),
});
export type CriteriaGroup = z.infer<typeof CriteriaGroup>;

/** Link to a portal indicator captured by the extension (cross-check in scoring). */
export const PortalLink = z.object({
  /** Stable indicator code, see core/indicators/codes.ts. */
  indicator: z.string().min(1),
  /** Allowed gap, in the criterion's unit (percent points for rates). */
  tolerance: z.number().nonnegative().default(5),
  /** Said with every mismatch when the portal figure is not exactly what the criterion measures. */
  caveat: z.string().optional(),
});
export type PortalLink = z.infer<typeof PortalLink>;

/**
 * Dòng cộng / trừ của mục: a numbered bonus or deduction line of an item («a1.1 Mỗi trường hợp chậm … | Trừ 0,5»),
 * typed by the unit on its own row and counted with its item, not a criterion beside it.
 */
export const ItemLine = z.object({
  code: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(['bonus', 'deduction']),
  /** The points the table writes on the line (for one case where it says «mỗi trường hợp»). */
  maxPoints: z.number().nonnegative(),
});
export type ItemLine = z.infer<typeof ItemLine>;

/** An item's own bonus and deduction lines, with the caps its note rows give («Tổng điểm trừ của mục a1 không quá 1,5 điểm»). */
export const ItemLines = z.object({
  lines: z.array(ItemLine).min(1),
  /** What the item's bonus (its bonus lines, and its points typed above its maximum) adds at most. */
  bonusCap: z.number().nonnegative().optional(),
  /** What the item's deduction lines take at most. */
  deductionCap: z.number().nonnegative().optional(),
  /**
   * Codes of lines of which one only applies to a unit (their heading says «đối với một trong các trường hợp sau»):
   * more than one typed is said at the cells, the largest counted (core/scoring/item-lines.ts). Absent in older sets.
   */
  oneOf: z.array(z.array(z.string().min(1)).min(2)).optional(),
});
export type ItemLines = z.infer<typeof ItemLines>;

/**
 * The document's item a criterion is a part of («Mục C3 (5 điểm)» over C3.1, C3.2, C3.3): the parts are scored each on
 * its own rows and add up to the item, so the item is kept beside them, to be shown and counted as the document has it.
 */
export const PartOf = z.object({
  code: z.string().min(1),
  title: z.string().min(1),
  /** The points the document writes for the whole item (`summed`: it writes none, and they are what its parts add up to). */
  maxPoints: z.number().nonnegative(),
  /**
   * The document writes no points for the item, only for its parts («5.2 Được khen thưởng…» over «+ Được kết nạp Đảng
   * +5», «+ Khen thưởng cấp Khoa +3»…): `maxPoints` is their sum. Absent in older sets (the item wrote its points).
   */
  summed: z.literal(true).optional(),
});
export type PartOf = z.infer<typeof PartOf>;

/**
 * Chế tài: what the table's words say befalls a unit whose deduction on this criterion is taken («Chế tài: Không xếp
 * loại Xuất sắc», «hạ 01 mức xếp loại», «không xét khen thưởng»), read against the set's classification
 * (core/criteria/sheet/sanction.ts) and applied by scoring (core/scoring/sanction.ts). `text`: the words as written;
 * `cap`: the highest band the unit may have (a band id); `lower`: bands the unit goes down; `noAward`: the unit is not
 * proposed for any award; `rest`: the words thidua does not apply itself (a repeat offence, another criterion's points),
 * left to the council — a sanction of `rest` alone is words only. Absent in sets saved before sanctions were read.
 */
export const Sanction = z.object({
  text: z.string().min(1),
  cap: z.string().min(1).optional(),
  lower: z.number().int().positive().optional(),
  noAward: z.literal(true).optional(),
  rest: z.string().min(1).optional(),
});
export type Sanction = z.infer<typeof Sanction>;

/** Tiêu chí (criterion). */
export const Criterion = z.object({
  code: z.string().min(1),
  title: z.string().min(1),
  group: z.string().min(1),
  /** Đơn vị tính as written (%, lần, người, Có/Không…). */
  unit: z.string().default(''),
  measure: Measure,
  target: Target.optional(),
  maxPoints: z.number().nonnegative(),
  rule: ScoringRule,
  /** Subject-kind ids it applies to; empty = every kind. */
  appliesTo: z.array(z.string()).default([]),
  evidenceRequired: z.boolean().default(false),
  /** Căn cứ: the plan and clause it comes from. */
  source: z.string().default(''),
  /** Officer's note, e.g. that the point split is theirs to adjust. */
  note: z.string().optional(),
  portal: PortalLink.optional(),
  /** The item's own bonus and deduction lines (core/scoring/item-lines.ts); absent in sets saved before them. */
  own: ItemLines.optional(),
  /** The document's item this criterion is a part of; absent where the criterion is the item itself, and in older sets. */
  partOf: PartOf.optional(),
  /** The sanction the criterion's words carry (Sanction); absent where they carry none, and in older sets. */
  sanction: Sanction.optional(),
});
export type Criterion = z.infer<typeof Criterion>;

/** Xếp loại (classification band): reached at percent ≥ minPercent; listed best first. */
export const ClassificationBand = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  minPercent: z.number().min(0).max(100),
  /** «Điều kiện khác»: what the band asks beyond the points («hoàn thành 100% nhiệm vụ»), which the council weighs; thidua grades by points. */
  condition: z.string().optional(),
});
export type ClassificationBand = z.infer<typeof ClassificationBand>;

/**
 * Quota (chỉ tiêu khen thưởng) for one award form: a number (`max`), or a share of the units of its subject the run
 * ranks («không quá 15% số cá nhân»: `percent`) — or, with `of`, of those of them reaching another form of the set
 * («không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến», as Chiến sĩ thi đua cơ sở is counted) — rounded as
 * the plan says (`rounding`), down when it does not say, so the places never pass the share
 * (core/ranking/quota-places.ts; said where the figure is shown).
 */
export const AwardQuota = z.union([
  z.object({
    /** A subject-kind id, or 'collective' / 'individual', or 'all'. */
    subject: z.string().min(1),
    max: z.number().int().nonnegative(),
  }),
  z.object({
    subject: z.string().min(1),
    percent: z.number().positive().max(100),
    rounding: z.enum(['down', 'up']).optional(),
    /** The id of the form whose holders in the run the share is of; absent: of all the units ranked (older sets). */
    of: z.string().min(1).optional(),
  }),
]);
export type AwardQuota = z.infer<typeof AwardQuota>;

/**
 * Đợt xét khen thưởng (review round): yearly, the mid-term review (sơ kết) or the final review (tổng kết)
 * of a plan's phase. A run scores one round; only that round's forms and quotas apply.
 */
export const AwardRound = z.enum(['hang-nam', 'so-ket', 'tong-ket']);
export type AwardRound = z.infer<typeof AwardRound>;

/** What officers read for each round, in the order rounds are offered. */
export const AWARD_ROUND_TITLES: Record<AwardRound, string> = {
  'hang-nam': 'Hằng năm',
  'so-ket': 'Sơ kết giai đoạn',
  'tong-ket': 'Tổng kết giai đoạn',
};

/** Cấp khen thưởng (who decides), highest first: forms are tried in this order. */
export const AwardLevel = z.enum(['trung-uong', 'tinh', 'huyen', 'xa']);
export type AwardLevel = z.infer<typeof AwardLevel>;

/** Hình thức khen thưởng (award form). */
export const AwardForm = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Who decides: central, province, district (only before 1 July 2025), commune. */
  level: AwardLevel,
  /** The review round the form belongs to; a yearly form unless the plan gives it at a phase review. */
  round: AwardRound.default('hang-nam'),
  /** Lowest classification that qualifies (band id). */
  minClassification: z.string().min(1),
  /** Criteria codes whose targets must all be met (tiêu chí bắt buộc). */
  gateCriteria: z.array(z.string()).default([]),
  /** The numbers the plan sets; none means the plan gives no number and the council decides (never proposed automatically). */
  quotas: z.array(AwardQuota).default([]),
  source: z.string().default(''),
  /**
   * «Đồng thời tặng»: another form of the set its holders also receive (Chiến sĩ thi đua cơ sở is given to those who
   * hold Lao động tiên tiến, Law 06/2022/QH15; the 2026 text is not verified, so the set says it, never thidua), and
   * whether they take places in that form's quota. Absent: a person proposed here is not listed for the other form.
   */
  alsoGives: z.object({ form: z.string().min(1), withinQuota: z.boolean() }).optional(),
});
export type AwardForm = z.infer<typeof AwardForm>;

/** Tie-break keys, applied in order after the percentage. */
export const TieBreak = z.enum([
  'percent', // tỷ lệ điểm cao hơn
  'total', // tổng điểm cao hơn
  'gates_met', // đạt nhiều tiêu chí bắt buộc hơn
  'fewer_flags', // ít cảnh báo hơn
  'earlier_submission', // nộp sớm hơn
  'name', // theo tên (cuối cùng, để ổn định)
]);
export type TieBreak = z.infer<typeof TieBreak>;

export const AwardRules = z.object({
  forms: z.array(AwardForm).default([]),
  tieBreaks: z.array(TieBreak).default(['percent', 'total', 'gates_met', 'earlier_submission', 'name']),
});
export type AwardRules = z.infer<typeof AwardRules>;

/** Tolerances used by checks. */
export const Tolerances = z.object({
  /** Stated percent vs numerator/denominator, in percent points. */
  ratioMismatch: z.number().nonnegative().default(0.5),
  /**
   * Self-score vs verified score, as a share of the criterion's max (0.5 = half of max), beyond the self-score's own
   * rounding (self-score-gap). 0 by default: any difference a unit's rounding does not explain is the council's to see.
   */
  selfScoreGap: z.number().nonnegative().default(0),
});
export type Tolerances = z.infer<typeof Tolerances>;

/** What scoring does with a figure the council rejected (bác số liệu). */
export const CouncilPolicy = z.object({
  onRejectedFigure: z.enum(['withdraw_points', 'exclude_from_awards']).default('withdraw_points'),
});
export type CouncilPolicy = z.infer<typeof CouncilPolicy>;

/**
 * Dòng dưới dòng tổng: a bonus or a deduction the table writes as a line under its total row («Tổng cộng | 100», then
 * «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình …»), no row of it (core/criteria/sheet/under-total.ts). Kept
 * with the set so scoring says it while no criterion of its kind scores it (core/criteria/lines-under-total.ts).
 * `text`: its words as typed; `maxPoints`: the cap they write; `where`: where the table wrote it («ô A12, trang «Bảng
 * điểm» (tệp bang-diem.xlsx)», «đoạn dưới bảng 1 (tệp ke-hoach.docx)»).
 */
export const LineUnderTotal = z.object({
  kind: z.enum(['bonus', 'deduction']),
  text: z.string().min(1),
  maxPoints: z.number().nonnegative().optional(),
  where: z.string().min(1).optional(),
  /**
   * The criteria of its kind the table wrote as rows when the line was read beside them, by code and title: a doubt (it
   * may be theirs written again, or another no criterion scores), kept until the officer deletes the line or adds a
   * criterion. The title follows a criterion the officer renumbers; a set.xlsx written before kept the code alone.
   */
  beside: z.array(z.object({ code: z.string().min(1), title: z.string().min(1).optional() })).min(1).optional(),
});
export type LineUnderTotal = z.infer<typeof LineUnderTotal>;

/**
 * Mức tổng điểm: the figure the table says its total may not pass while its parts, bonus included, add to more
 * («ĐIỂM TỔNG CỘNG (tối đa không quá 100 điểm):», «tổng điểm rèn luyện không vượt quá 100 điểm»; core/criteria/total-cap.ts
 * reads the words). Scoring counts a unit's total at most this, and says so at its total (core/scoring/total-cap.ts).
 * `text`: the words as typed; `where`: where the table wrote them; `bonus`: «kể cả điểm thưởng» (`inside`, the whole
 * total capped) or «không kể điểm thưởng» (`outside`, the total without the bonus capped); absent: the words do not say.
 */
export const TotalCap = z.object({
  maxPoints: z.number().positive(),
  text: z.string().min(1),
  where: z.string().min(1).optional(),
  bonus: z.enum(['inside', 'outside']).optional(),
});
export type TotalCap = z.infer<typeof TotalCap>;

export const CriteriaSet = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: chữ thường, số và gạch nối'),
  version: z.string().min(1),
  title: z.string().min(1),
  commune: z.string().default(''),
  district: z.string().default(''),
  province: z.string().default(''),
  /** Căn cứ: plan number and date. */
  legalBasis: z.object({
    document: z.string().default(''),
    date: z.string().default(''), // YYYY-MM-DD, '' when the plan leaves it blank
    title: z.string().default(''),
  }),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  /** Hạn nộp báo cáo (YYYY-MM-DD); later submissions are flagged. */
  deadline: z.string().optional(),
  /** The deadline in the plan's own words («trước ngày 05/11»), printed beside the date it means. */
  deadlineWording: z.string().optional(),
  /**
   * Bước chấm điểm: the smallest step a score given by hand may take, as the table's guide writes it («cho điểm lẻ đến
   * 0,5 điểm»): a self-score or verified score off it is flagged for the council, never changed.
   */
  scoreStep: z.number().positive().optional(),
  /** The step in the table's own words, said beside it («cho điểm lẻ đến 0,5 điểm»). */
  scoreStepWording: z.string().optional(),
  subjectKinds: z.array(SubjectKind).min(1),
  groups: z.array(CriteriaGroup).min(1),
  criteria: z.array(Criterion).min(1),
  classification: z.array(ClassificationBand).min(1),
  awards: AwardRules.default({ forms: [], tieBreaks: ['percent', 'total', 'gates_met', 'earlier_submission', 'name'] }),
  tolerances: Tolerances.default({ ratioMismatch: 0.5, selfScoreGap: 0 }),
  council: CouncilPolicy.default({ onRejectedFigure: 'withdraw_points' }),
  /** Free text for officers: what is theirs to adjust, sources, caveats. */
  notes: z.string().optional(),
  /** The bonus and deduction lines the table writes under its total row (LineUnderTotal); absent where it writes none, and in older sets. */
  underTotal: z.array(LineUnderTotal).min(1).optional(),
  /** The cap the table states on its total (TotalCap); absent where it states none, and in older sets. */
  totalCap: TotalCap.optional(),
});
export type CriteriaSet = z.infer<typeof CriteriaSet>;
/** What a built-in or JSON file may omit (defaults filled by parsing). */
export type CriteriaSetInput = z.input<typeof CriteriaSet>;
