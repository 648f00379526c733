// How a unit kind and an award quota are written in the «Tiêu chí» sheet's lists («tập thể: 30%», «15% số cá nhân đạt
// Lao động tiên tiến»): the words the reader takes back, and the words an award row quotes the plan's quota in.
import { formatPoints } from '../../values.js';
import { resolveKind } from '../kinds.js';
import type { AwardQuota, CriteriaSet, SubjectKind } from '../schema.js';
import { fromLabels, QUOTA_ROUNDING_WORDS, QUOTA_SUBJECTS } from './vocabulary.js';

/** Separators of the lists a kind's name is written in («Áp dụng cho», quotas). */
const LIST_PUNCTUATION = /[,;:]/;

/**
 * The text that reads back as this kind in a list: its label, else one of its other names (a label holding a
 * comma, «UBND xã (Văn phòng HĐND-UBND, Bộ phận Một cửa)», is listed as «UBND xã»), its id only when no name will do.
 */
export function kindText(set: CriteriaSet, kind: SubjectKind): string {
  const ok = (t: string) => !LIST_PUNCTUATION.test(t) && !fromLabels(QUOTA_SUBJECTS, t) && resolveKind(set, t)?.id === kind.id;
  return [kind.label, ...kind.aliases, kind.id].find(ok) ?? kind.id;
}

/** A quota as the «Chỉ tiêu» cell holds it («tập thể: 30%»), as the reader takes it back and the award rows quote it. */
export function quotaText(set: CriteriaSet, q: AwardQuota): string {
  const kind = set.subjectKinds.find((k) => k.id === q.subject);
  const subject = QUOTA_SUBJECTS[q.subject] ?? (kind ? kindText(set, kind) : q.subject);
  if ('max' in q) return `${subject}: ${formatPoints(q.max)}`;
  const rounding = q.rounding ? ` (${QUOTA_ROUNDING_WORDS[q.rounding]})` : '';
  // Of another form's holders, in the plan's words the reader takes back: «15% số cá nhân đạt Lao động tiên tiến».
  if (q.of !== undefined) return `${formatPoints(q.percent)}% số ${subject} đạt ${set.awards.forms.find((f) => f.id === q.of)?.label ?? q.of}${rounding}`;
  return `${subject}: ${formatPoints(q.percent)}%${rounding}`;
}

// Made for the «Tiêu chí» sheet's writer (write.ts) and the award rows that quote a plan's quota (core/ranking/awards.ts:
// a unit no quota of a form covers), without the ranking loading the sheet's writer.
