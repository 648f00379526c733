// The plan as forms cite it («Căn cứ»): only what is known. Some plans are printed with their number
// and day left blank («…/KH-UBND»); a form then names the plan by its title rather than print a blank.
import { formatDateVi } from '../values.js';
import type { CriteriaSet } from './schema.js';

/** A number left blank: dots or an ellipsis where the figure should be, or no figure at all. */
function isBlankNumber(number: string): boolean {
  return /…|\.\.\./.test(number) || !/\d/.test(number);
}

/** «100/KH-UBND ngày 22/02/2024», else the plan's title, else undefined. */
export function citedBasis(basis: CriteriaSet['legalBasis']): string | undefined {
  const day = basis.date ? `ngày ${formatDateVi(basis.date)}` : '';
  const named = basis.document && !isBlankNumber(basis.document) ? basis.document : basis.title;
  const text = [named, day].filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}
