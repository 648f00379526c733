// Số suất của một chỉ tiêu khen thưởng: a quota's number as the plan gives it, or its share («không quá 15% số cá
// nhân») of the units of its subject the run ranks — those who sent a report that was scored, each once — or of those
// of them reaching another form («15% số cá nhân đạt Lao động tiên tiến»: reachesForm in awards.ts, after the
// council's decisions), rounded as the plan says, down when it does not (the places never pass the share), the
// figure, its base and the rounding said wherever the number is shown: the proposals' reasons, the record, the papers.
import type { AwardQuota, CriteriaSet } from '../criteria/schema.js';
import { formatNumberVi } from '../values.js';
import { subjectWord } from '../criteria/kinds.js';
import type { QuotaShare } from './schema.js';

export type QuotaPlaces = { subject: string; max: number; share?: QuotaShare };

/** Whether a quota's subject ('all', 'collective', 'individual' or a kind id) covers a unit of this kind; a household is no individual. */
export function subjectCovers(set: Pick<CriteriaSet, 'subjectKinds'>, subject: string, kindId: string | null): boolean {
  if (subject === 'all') return true;
  const kind = set.subjectKinds.find((k) => k.id === kindId);
  if (!kind) return false;
  if (subject === 'collective') return kind.collective;
  if (subject === 'individual') return subjectWord(kind) === 'cá nhân';
  return subject === kind.id;
}

export function subjectText(set: Pick<CriteriaSet, 'subjectKinds'>, subject: string): string {
  if (subject === 'all') return 'đơn vị';
  if (subject === 'collective') return 'tập thể';
  if (subject === 'individual') return 'cá nhân';
  return set.subjectKinds.find((k) => k.id === subject)?.label ?? subject;
}

/** Whether a unit ranked reaches the form (by id) in the run: awards.ts reachesForm, the one test of it. */
export type Reaches<U> = (formId: string, unit: U) => boolean;

/** The places of `quota` in a run that ranks `ranked`, of whom `reaches` tells those reaching the form a share is of. */
export function quotaPlaces<U extends { unitKind: string | null }>(set: Pick<CriteriaSet, 'subjectKinds' | 'awards'>, quota: AwardQuota, ranked: readonly U[], reaches: Reaches<U>): QuotaPlaces {
  if ('max' in quota) return { subject: quota.subject, max: quota.max };
  const of = quota.of;
  const base = ranked.filter((u) => subjectCovers(set, quota.subject, u.unitKind) && (of === undefined || reaches(of, u))).length;
  const exact = (quota.percent * base) / 100;
  // 15 × 20 / 100 is 3.0000000000000004 in binary: a whole figure stays whole.
  const max = quota.rounding === 'up' ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9);
  const label = of === undefined ? undefined : (set.awards.forms.find((f) => f.id === of)?.label ?? of);
  return { subject: quota.subject, max, share: { percent: quota.percent, base, rounding: quota.rounding ?? 'down', stated: quota.rounding !== undefined, ...(label ? { of: label } : {}) } };
}

/**
 * «15% của 8 cá nhân được chấm điểm, xếp hạng = 1,2, làm tròn xuống; kế hoạch không nêu cách làm tròn», «15% của 7
 * cá nhân đạt Lao động tiên tiến = 1,05, …»; a whole figure is said without rounding. `subject`: the quota's subject
 * in words.
 */
export function shareText(share: QuotaShare, max: number, subject: string): string {
  const exact = (share.percent * share.base) / 100;
  const whose = share.of === undefined ? 'được chấm điểm, xếp hạng' : `đạt ${share.of}`;
  const figure = `${formatNumberVi(share.percent)}% của ${share.base} ${subject} ${whose} = ${formatNumberVi(Number(exact.toPrecision(12)))}`;
  if (Math.abs(exact - max) < 1e-9) return figure;
  return `${figure}, làm tròn ${share.rounding === 'up' ? 'lên' : 'xuống'}${share.stated ? ' như kế hoạch ghi' : '; kế hoạch không nêu cách làm tròn'}`;
}

/** «1 cá nhân (15% của 8 cá nhân …)», «5 tập thể»: the places with their working. */
export function placesText(places: QuotaPlaces, subject: string): string {
  return `${places.max} ${subject}${places.share ? ` (${shareText(places.share, places.max, subject)})` : ''}`;
}

// Made for quotas typed as shares on the «Tiêu chí» sheet («cá nhân: 15%», «không quá 15% số cá nhân», 0,15 in a
// percent format, «15» under «Tỷ lệ (%)») and shares of another form's holders («không quá 15% số cá nhân đạt danh
// hiệu Lao động tiên tiến»), on the walk of individuals (test/cli/walk-ca-nhan-son-tra.test.ts).
