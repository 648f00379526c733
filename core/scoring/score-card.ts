// Phiếu chấm điểm (score card): the result of scoring one unit report.
import { z } from 'zod';
import { ReportedPeriod } from '../report/period.js';
import { Flag } from '../flags/flag.js';
import type { CouncilDecision } from '../council/decision.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import { formatNumber, roundPoints } from '../criteria/rules/reason.js';
import { OtherUnits } from '../criteria/rules/ways-up.js';

export const CriterionStatus = z.enum([
  'scored', // chấm được
  'not_assigned', // không được giao: leaves the denominator
  'not_applicable', // không áp dụng cho loại đơn vị này
  'missing', // không có số liệu → 0 điểm, flagged
  'invalid', // số liệu không đọc được → 0 điểm, flagged
  'rejected', // Hội đồng bác số liệu → per the set's council policy
]);
export type CriterionStatus = z.infer<typeof CriterionStatus>;

/** One bonus or deduction line of an item as scored (core/scoring/item-lines.ts). */
export const ItemLineScore = z.object({
  code: z.string(),
  kind: z.enum(['bonus', 'deduction']),
  /** What the line adds (bonus) or takes (deduction), as a size, before the item's caps. */
  points: z.number(),
  selfScore: z.number().nullable(),
  row: z.number().int().nullable(),
  reason: z.string(),
});
export type ItemLineScore = z.infer<typeof ItemLineScore>;

/** What an item's own lines add and take after its caps, outside its base points; each line, and one Vietnamese line. */
export const ItemLinesScore = z.object({
  bonus: z.number(),
  deduction: z.number(),
  lines: z.array(ItemLineScore),
  reason: z.string(),
});
export type ItemLinesScore = z.infer<typeof ItemLinesScore>;

export const CriterionScore = z.object({
  code: z.string(),
  title: z.string(),
  group: z.string(),
  rule: z.string(),
  status: CriterionStatus,
  /** The value scored, in the criterion's unit (percent points for rates, 1/0 for yes/no). */
  value: z.number().nullable(),
  met: z.boolean().nullable(), // target met (null when no target)
  points: z.number(), // verified points (điểm thẩm định); negative for deductions
  max: z.number(),
  selfScore: z.number().nullable(), // điểm tự chấm
  reason: z.string(), // one Vietnamese line
  row: z.number().int().nullable(), // sheet row, null when the criterion is missing from the sheet
  /** The points before the council rejected the figure («Bác số liệu»), when it withdrew them. */
  before: z.number().optional(),
  /** Minh chứng as the unit wrote it (the achievement report cites it). */
  evidence: z.string().optional(),
  /** A bonus the set records beside the official total, not added to it (its points go to the card's `recorded`). */
  recorded: z.literal(true).optional(),
  /** The item's own bonus and deduction lines, when the set gives it some (counted in the card's bonus and deduction). */
  own: ItemLinesScore.optional(),
  /** «Điểm tự chấm»'s cell of a criterion scored between the units (Min-Max), where the run says a gap to its points. */
  selfScoreCell: z.string().optional(),
  /** A criterion scored between the units (Min-Max): the other units' figures its points hang on this run. */
  others: OtherUnits.optional(),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/**
 * A group (nhóm, phần) whose rows add up past the maximum the set gives it, as scored: what they add (`summed`) and
 * what counts (`counted`, the group's maximum), both as sizes; `part`, where they count: the base points, the bonus,
 * the deductions or the bonus recorded beside the total.
 */
export const GroupCap = z.object({
  group: z.string(),
  /** The group's title as the set words it. */
  title: z.string(),
  /** `total`: the unit's whole total past the cap its table states (core/scoring/total-cap.ts). */
  part: z.enum(['item', 'bonus', 'deduction', 'recorded', 'total']),
  summed: z.number(),
  counted: z.number(),
  /** A total's cap as said, with the table's words and where they are (absent for a group's). */
  said: z.string().optional(),
});
export type GroupCap = z.infer<typeof GroupCap>;

/**
 * «III. Điểm thưởng» cộng 14 điểm, tính tối đa 10 điểm: said wherever the rows' points are listed, so that they and
 * the total agree. The group named as the confirmation of the set names it (its code and title).
 */
export function capLine(cap: GroupCap): string {
  if (cap.said !== undefined) return cap.said;
  const name = cap.group === cap.title ? cap.title : `${cap.group}. ${cap.title}`;
  return `«${name}» ${cap.part === 'deduction' ? 'trừ' : 'cộng'} ${formatNumber(cap.summed)} điểm, tính tối đa ${formatNumber(cap.counted)} điểm`;
}

/** What the cap changes the rows' points by as listed (deductions listed below zero): −4 for a bonus of 14 counted 10. */
export function capChange(cap: GroupCap): number {
  return roundPoints(cap.part === 'deduction' ? cap.summed - cap.counted : cap.counted - cap.summed);
}

/**
 * What the commune's list of units (`Danh sách đơn vị`, core/ranking/roster.ts) says of a person beyond the name, as
 * typed, for the achievement report's form (Decree 152/2025/NĐ-CP, appendix): each field only when the list gives it.
 */
export const UnitDetails = z.object({
  sex: z.string().optional(),
  /** «15/03/1985» as the list writes it (a date cell written the Vietnamese way). */
  birthDate: z.string().optional(),
  post: z.string().optional(),
  workUnit: z.string().optional(),
});
export type UnitDetails = z.infer<typeof UnitDetails>;

/**
 * The table's sanctions taken on a unit (core/scoring/sanction.ts): each criterion whose deduction was taken and whose
 * words carry a sanction, the band its percentage reached before them, and why the band is what it is.
 */
export const CardSanction = z.object({
  /** The band the percentage reached before the sanctions; null when it reached none. */
  reached: z.object({ id: z.string(), label: z.string() }).nullable(),
  by: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      cap: z.string().optional(),
      lower: z.number().optional(),
      noAward: z.literal(true).optional(),
      /** The words thidua does not apply itself: the council decides (flagged by sanction-for-council). */
      rest: z.string().optional(),
    }),
  ),
  /** Vietnamese, said beside the band: «không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng»; '' when only words were taken. */
  why: z.string(),
  /** A sanction taken says the unit is not proposed for any award. */
  noAward: z.literal(true).optional(),
});
export type CardSanction = z.infer<typeof CardSanction>;

export const ScoreCard = z.object({
  sheet: z.string(),
  file: z.string().optional(),
  unitName: z.string(),
  unitKind: z.string().nullable(), // subject-kind id
  criteriaSet: z.object({ id: z.string(), version: z.string() }),
  submittedAt: z.string().nullable(),
  /** «Kỳ báo cáo» as the report states it (absent when blank): the papers of a set naming no period take the reports' year. */
  period: ReportedPeriod.optional(),
  criteria: z.array(CriterionScore),
  /** Base points (without bonus and deductions); a frame granted by default counted in, whole. */
  base: z.number(),
  /**
   * The points of the frames granted by default (CriteriaGroup.granted) in `base` and `applicableMax`, their rows'
   * deductions in `deduction`: «A = 20 − điểm trừ» is 20 in the base less what is taken; absent when the set has none.
   */
  granted: z.number().optional(),
  bonus: z.number(),
  deduction: z.number(), // positive number subtracted
  total: z.number(), // base + bonus − deduction
  /**
   * Điểm cộng ghi nhận: the bonus the set records beside the official total, not added to it (a city's form: «Tổng
   * điểm … chính thức: 100», «Tổng điểm cộng (nếu có): 2»); absent when the set records none.
   */
  recorded: z.number().optional(),
  /** The total before the council's «Bác số liệu» withdrew points; absent when it withdrew none. */
  totalBefore: z.number().optional(),
  /** The groups whose rows counted less than they add (capLine says each); absent when none. */
  caps: z.array(GroupCap).optional(),
  applicableMax: z.number(), // max of the criteria that apply and were assigned
  percent: z.number(), // total / applicableMax × 100, rounded to 2 decimals
  selfTotal: z.number().nullable(),
  classification: z.object({ id: z.string(), label: z.string() }).nullable(),
  /** The table's sanctions taken on the unit, its band after them (CardSanction); absent when none was taken. */
  sanction: CardSanction.optional(),
  gatesMet: z.number().int(),
  flags: z.array(Flag),
  /** The unit's line of the commune's list beyond its name, when the list gives any (set by each run). */
  details: UnitDetails.optional(),
});
export type ScoreCard = z.infer<typeof ScoreCard>;

/** A card's key across workbooks: the same sheet name may appear in several files. */
export function cardKey(x: { file?: string; sheet: string }): string {
  return `${x.file ?? ''}\u0000${x.sheet}`;
}

/** What scoring and the checks take beside the criteria set and the report. */
export type ScoreOptions = {
  /** Council decisions (quyết định của Hội đồng); a rejected figure is handled per set.council. */
  decisions?: CouncilDecision[];
  /** Captured portal indicators, for the cross-check against self-reported figures. */
  indicators?: IndicatorSnapshot[];
};
