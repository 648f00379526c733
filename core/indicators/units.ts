// Tên đơn vị (unit names) compared the way officers read them: "UBND xã Ta Ma", "Xã Ta Ma" and "Ta Ma" are one unit.
import { normalizeLabel } from '../text.js';

/** Administrative prefixes a commune-level name may carry (normalised): the body, then the kind of unit. */
const BODY = ['uy ban nhan dan', 'ubnd'];
const KIND = ['xa', 'phuong', 'thi tran'];

/** The name without diacritics, case, punctuation or a leading "UBND", "Xã", "Phường", "Thị trấn". */
export function unitKey(name: string): string {
  let key = normalizeLabel(name).replace(/[.,;:()"'“”]/g, ' ').replace(/\s+/g, ' ').trim();
  // One of each at most: "Xã Xa Dung" keeps its own "Xa".
  for (const prefixes of [BODY, KIND]) {
    const p = prefixes.find((x) => key.startsWith(`${x} `));
    if (p) key = key.slice(p.length + 1);
  }
  return key;
}

/** True when both names denote the same unit (see unitKey). */
export function sameUnit(a: string, b: string): boolean {
  const ka = unitKey(a);
  return ka !== '' && ka === unitKey(b);
}
