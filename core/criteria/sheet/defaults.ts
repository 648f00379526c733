// What a criteria sheet may leave out, and what is used instead. Each default is announced to the officer
// as a notice, never applied silently; the sheet's own section, when present, always wins.
import { normalizeLabel } from '../../text.js';
import { formatPoints } from '../../values.js';
import {
  CLASSIFICATION, communeCertificate, HAMLET_ALIASES, HEALTH_STATION, HOUSEHOLD, INDIVIDUAL_ALIASES, SCHOOL, SOFTWARE_DEFAULT, UBND_XA_ALIASES,
} from '../builtin/shared.js';
import { AwardForm, ClassificationBand, SubjectKind } from '../schema.js';

/** The bands every built-in set uses (a common local practice). */
export const DEFAULT_BANDS: ClassificationBand[] = ClassificationBand.array().parse(CLASSIFICATION);

/** The commune chairman's certificate from «Tốt» (or the band below the best when there is no «Tốt»), no quota. */
export function defaultAward(bands: readonly ClassificationBand[]): AwardForm {
  const band = bands.find((b) => normalizeLabel(b.label) === 'tot') ?? bands[1] ?? bands[0]!;
  return AwardForm.parse({ ...communeCertificate(`${SOFTWARE_DEFAULT} (trang tiêu chí không có mục «HÌNH THỨC KHEN THƯỞNG»)`), minClassification: band.id });
}

/**
 * The kinds of unit a commune's reports name, so that any usual «Loại đơn vị» is recognised without a
 * «LOẠI ĐỐI TƯỢNG» section; a kind word of the sheet's own is added beside them.
 */
export const COMMON_KINDS: SubjectKind[] = SubjectKind.array().parse([
  { id: 'ubnd-xa', label: 'UBND xã', collective: true, aliases: [...UBND_XA_ALIASES, 'UBND phường', 'Phường', 'Xã'] },
  { id: 'co-quan', label: 'Cơ quan', collective: true, aliases: ['Cơ quan, đơn vị', 'Đơn vị', 'Đảng ủy', 'HĐND xã', 'Ban, ngành'] },
  { id: 'doan-the', label: 'Đoàn thể', collective: true, aliases: ['MTTQ', 'UB MTTQ', 'Ủy ban MTTQ', 'Tổ chức chính trị - xã hội', 'Hội Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Đoàn thanh niên'] },
  { id: 'thon', label: 'Thôn', collective: true, aliases: HAMLET_ALIASES },
  SCHOOL,
  HEALTH_STATION,
  { id: 'doanh-nghiep', label: 'Doanh nghiệp', collective: true, aliases: ['Công ty', 'Hợp tác xã'] },
  { id: 'ca-nhan', label: 'Cá nhân', collective: false, aliases: INDIVIDUAL_ALIASES },
  HOUSEHOLD,
]);

/** "Xuất sắc ≥ 90%, Tốt ≥ 80%, Đạt ≥ 60%, Chưa đạt dưới 60%". */
export function bandsText(bands: readonly ClassificationBand[]): string {
  return bands
    .map((b, i) => (b.minPercent === 0 && i > 0 ? `${b.label} dưới ${formatPoints(bands[i - 1]!.minPercent)}%` : `${b.label} ≥ ${formatPoints(b.minPercent)}%`))
    .join(', ');
}

/** An id made of a name: lower case, no diacritics, words joined by hyphens, at most 60 characters. */
export function slugOf(name: string): string {
  const words = normalizeLabel(name).split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug.length + w.length + 1 > 60 && slug !== '') break;
    slug = slug === '' ? w : `${slug}-${w}`;
  }
  return slug.slice(0, 60);
}
