// What a run's downloads are named after, on the page and in the pane alike: the results' .zip and the papers' .zip of
// one round carry the same words, so the officer files them together.
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { cutAtWord } from '../../core/text.js';

/** «UBND xã Tà Ma» → «Tà Ma»: the commune a unit's name says it belongs to. */
const COMMUNE_UNIT = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|thị trấn)\s+(.+)$/iu;

/** The commune the run's people's committees name, when they name one and the same (a set read from a Word document has none). */
function communeOfUnits(units: readonly { unitName: string }[]): string | undefined {
  const named = new Set(units.flatMap((u) => COMMUNE_UNIT.exec(u.unitName.normalize('NFC').trim())?.[1] ?? []));
  return named.size === 1 ? [...named][0] : undefined;
}

/** A year a title ends with («… năm 2025»). */
const LAST_YEAR = /\b(?:19|20)\d\d$/;

/**
 * «Ta Ma»: the commune (the set's, else the one its units' committee names, else the set's title), within 60
 * characters of a file name, cut at a word; a title's year kept when the cut would drop it — «Bộ chỉ số đánh giá mức độ
 * chuyển đổi số cấp xã (DTI) … 2025», never «… (DTI) năm» nor «… năm 202».
 */
export function runName(set: Pick<CriteriaSet, 'commune' | 'title'>, units: readonly { unitName: string }[]): string {
  const name = (set.commune || communeOfUnits(units) || set.title.split(' — ')[0]!).replace(/[\\/:*?"<>|]/g, '-').trim();
  const cut = cutAtWord(name, 60);
  const year = LAST_YEAR.exec(name)?.[0];
  return year === undefined || cut === name ? cut : `${cutAtWord(name, 60 - year.length - 3)} … ${year}`;
}

// Made for an officer's walk of a Tây Ninh commune's DTI set (issue 59): one round downloaded on the page as
// «… (DTI) năm - …-da-chot-lan-1.zip» and «Hồ sơ khen thưởng - … (DTI) năm 202 - lần 1 - ….zip», the year dropped from
// one and cut in two in the other.
